//! Shared test helpers: a scratch directory, a deterministic byte generator,
//! the sample tree, and comparison of a mounted image with the host tree it
//! was packed from.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use fs::{Fs, MountOptions};

/// A fresh, empty scratch directory (removed on drop).
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::SeqCst);
        let p = std::env::temp_dir().join(format!("mote-fs-{}-{}-{}", tag, std::process::id(), n));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// xorshift64* bytes: deterministic, incompressible-looking content.
pub fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed | 1;
    let mut v = Vec::with_capacity(len);
    while v.len() < len {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
        for b in r.to_le_bytes() {
            if v.len() < len {
                v.push(b);
            }
        }
    }
    v
}

fn put(root: &Path, rel: &str, data: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, data).unwrap();
}

/// The sample tree of the issue: nested directories, long names, empty
/// files, an empty directory, a directory spanning several clusters and a
/// 5 MiB file. `reverse` creates the same tree in the opposite order.
pub fn sample_tree(root: &Path, reverse: bool) {
    let long255: String = "L".repeat(250) + ".data";
    let unicode = "Grüße aus Köln — naïve café ünïcödé 日本語ファイル名.txt";
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("README.TXT".into(), b"upper-case 8.3 name\n".to_vec()),
        ("readme.md".into(), b"lower-case 8.3 name\n".to_vec()),
        ("MixedCase.Java".into(), b"class MixedCase {}\n".to_vec()),
        ("empty.txt".into(), Vec::new()),
        ("big/five-mib.bin".into(), bytes(5, 5 * 1024 * 1024)),
        (
            format!("names/{long255}"),
            b"a name of 255 UTF-16 units".to_vec(),
        ),
        (
            format!("names/{unicode}"),
            "unicode name".as_bytes().to_vec(),
        ),
        (
            "names/with spaces and (parens) [1] {2} +3.txt".into(),
            b"x".to_vec(),
        ),
        ("names/.hidden".into(), b"dot file".to_vec()),
        ("names/many.dots.in.name.tar.gz".into(), bytes(7, 3000)),
        ("a/b/c/d/e/f/deep.class".into(), bytes(11, 777)),
        ("a/b/empty-in-deep".into(), Vec::new()),
        ("a/sibling.bin".into(), bytes(13, 512)),
        ("a/exact-cluster.bin".into(), bytes(17, 4096)),
        ("a/one-more.bin".into(), bytes(19, 4097)),
    ];
    for i in 0..300 {
        files.push((
            format!("pkg/com/example/Class{i:04}WithALongerName.class"),
            bytes(100 + i, (i as usize * 37) % 2000),
        ));
    }
    if reverse {
        files.reverse();
    }
    for (rel, data) in &files {
        put(root, rel, data);
    }
    std::fs::create_dir_all(root.join("empty-dir")).unwrap();
    std::fs::create_dir_all(root.join("a/b/c/empty-deep-dir")).unwrap();
}

/// Host directory listing: (name, is_dir), sorted by name bytes.
pub fn host_listing(dir: &Path) -> Vec<(String, bool)> {
    let mut v: Vec<(String, bool)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().into_string().unwrap(),
                e.file_type().unwrap().is_dir(),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    v
}

/// Compares every listing and every byte of the mounted image with the host
/// tree, through the VFS (open/read/pread/seek/stat/readdir/close). Returns
/// (files, dirs, bytes) counted on the host side.
pub fn compare_with_host(fs: &mut Fs<'_>, host_root: &Path) -> (u64, u64, u64) {
    let mut counts = (0, 0, 0);
    let mut stack = vec![(host_root.to_path_buf(), String::from("/"))];
    let mut buf = vec![0u8; 4093];
    while let Some((hdir, vpath)) = stack.pop() {
        let want = host_listing(&hdir);
        let got: Vec<(String, bool)> = fs
            .readdir(&vpath)
            .unwrap()
            .map(|e| (e.name.to_string(), e.is_dir))
            .collect();
        assert_eq!(got, want, "listing of {vpath}");
        // The same listing through a directory handle.
        let dfd = fs.open(&vpath).unwrap();
        let mut via_fd = Vec::new();
        while let Some(e) = fs.readdir_fd(dfd).unwrap() {
            via_fd.push((e.name.to_string(), e.is_dir));
        }
        fs.close(dfd).unwrap();
        assert_eq!(via_fd, want, "readdir_fd of {vpath}");
        for (name, is_dir) in want {
            let hp = hdir.join(&name);
            let vp = if vpath == "/" {
                format!("/{name}")
            } else {
                format!("{vpath}/{name}")
            };
            let st = fs.stat(&vp).unwrap();
            assert_eq!(st.is_dir, is_dir, "{vp}");
            if is_dir {
                counts.1 += 1;
                stack.push((hp, vp));
                continue;
            }
            counts.0 += 1;
            let data = std::fs::read(&hp).unwrap();
            counts.2 += data.len() as u64;
            assert_eq!(st.size, data.len() as u64, "size of {vp}");
            let fd = fs.open(&vp).unwrap();
            assert_eq!(fs.fstat(fd).unwrap(), st);
            // Sequential read in odd-sized chunks.
            let mut got = Vec::with_capacity(data.len());
            loop {
                let n = fs.read(fd, &mut buf).unwrap();
                if n == 0 {
                    break;
                }
                got.extend_from_slice(&buf[..n]);
            }
            assert!(got == data, "content of {vp}");
            // pread at a few offsets, including across cluster boundaries.
            for off in [
                0usize,
                1,
                511,
                512,
                4095,
                4096,
                data.len() / 2,
                data.len().saturating_sub(3),
            ] {
                let n = fs.pread(fd, &mut buf[..1500], off as u64).unwrap();
                let end = (off + 1500).min(data.len());
                let expect = if off < data.len() {
                    &data[off..end]
                } else {
                    &[][..]
                };
                assert_eq!(&buf[..n], expect, "pread {vp} at {off}");
            }
            // Seek from the end and read the tail.
            if !data.is_empty() {
                let back = data.len().min(10) as i64;
                let pos = fs.seek(fd, fs::SeekFrom::End(-back)).unwrap();
                assert_eq!(pos, data.len() as u64 - back as u64);
                let n = fs.read(fd, &mut buf).unwrap();
                assert_eq!(&buf[..n], &data[data.len() - back as usize..]);
            }
            // Zero-copy view matches too (every packed file is contiguous).
            assert_eq!(
                fs.contents(fd).unwrap(),
                Some(&data[..]),
                "contents of {vp}"
            );
            fs.close(fd).unwrap();
        }
    }
    counts
}

/// Mount options used by the tests: with the FAT crate cross-check.
pub fn checked() -> MountOptions {
    MountOptions {
        cross_check: true,
        ..MountOptions::default()
    }
}
