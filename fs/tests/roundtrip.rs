//! Pack a host tree, mount the image, compare every listing and every byte;
//! determinism; the FAT crate's independent view of the same image.
#![cfg(feature = "pack")]

mod common;

use std::path::Path;

use common::*;
use fs::pack::{pack_dir, pack_dir_with, PackOptions};
use fs::{FatKind, Fs, MemDisk};

/// Reads every file of the image through the FAT crate itself (not through
/// this crate's index) and compares it with the host tree.
fn compare_via_fat_crate(img: &[u8], host_root: &Path) {
    use fatfs::Read;
    let opts = fatfs::FsOptions::new().update_accessed_date(false);
    let fat = fatfs::FileSystem::new(MemDisk::new(img, u64::MAX), opts).unwrap();
    let mut stack = vec![(fat.root_dir(), host_root.to_path_buf())];
    while let Some((dir, hp)) = stack.pop() {
        let mut names = Vec::new();
        for e in dir.iter() {
            let e = e.unwrap();
            let name = e.file_name();
            if name == "." || name == ".." {
                continue;
            }
            names.push((name.clone(), e.is_dir()));
            if e.is_dir() {
                stack.push((e.to_dir(), hp.join(&name)));
            } else {
                let mut f = e.to_file();
                let mut got = Vec::new();
                let mut buf = [0u8; 8192];
                loop {
                    let n = f.read(&mut buf).unwrap();
                    if n == 0 {
                        break;
                    }
                    got.extend_from_slice(&buf[..n]);
                }
                assert!(
                    got == std::fs::read(hp.join(&name)).unwrap(),
                    "FAT crate read of {name}"
                );
            }
        }
        names.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        assert_eq!(
            names,
            host_listing(&hp),
            "FAT crate listing of {}",
            hp.display()
        );
    }
}

fn roundtrip(opts: &PackOptions, expect: Option<FatKind>) -> Vec<u8> {
    let s = Scratch::new("rt");
    sample_tree(&s.0, false);
    let img = pack_dir_with(&s.0, opts).unwrap();
    let mut fs = Fs::mount_with(&img, &checked()).unwrap();
    if let Some(k) = expect {
        assert_eq!(fs.fat_kind(), k);
    }
    let (files, dirs, bytes) = compare_with_host(&mut fs, &s.0);
    let sum = fs.summary();
    assert_eq!((sum.files, sum.dirs, sum.bytes), (files, dirs, bytes));
    // Every packed file is one contiguous run.
    let vol = fs.volume();
    for ino in 0..vol.node_count() as u32 {
        if !vol.stat_ino(ino).unwrap().is_dir && vol.stat_ino(ino).unwrap().size > 0 {
            assert_eq!(
                vol.extent_count(ino).unwrap(),
                1,
                "{}",
                vol.name_of(ino).unwrap()
            );
        }
    }
    assert_eq!(fs.open_count(), 0);
    compare_via_fat_crate(&img, &s.0);
    img
}

#[test]
fn default_pack_roundtrip() {
    let img = roundtrip(&PackOptions::default(), Some(FatKind::Fat16));
    eprintln!("default image: {} bytes", img.len());
}

#[test]
fn fat12_roundtrip() {
    roundtrip(
        &PackOptions {
            fat: Some(FatKind::Fat12),
            cluster_size: None,
        },
        Some(FatKind::Fat12),
    );
}

#[test]
fn fat16_big_cluster_roundtrip() {
    roundtrip(
        &PackOptions {
            fat: Some(FatKind::Fat16),
            cluster_size: Some(8192),
        },
        Some(FatKind::Fat16),
    );
}

#[test]
fn fat32_roundtrip() {
    roundtrip(
        &PackOptions {
            fat: Some(FatKind::Fat32),
            cluster_size: None,
        },
        Some(FatKind::Fat32),
    );
}

#[test]
fn small_tree_is_fat12() {
    let s = Scratch::new("small");
    std::fs::write(s.0.join("hello.txt"), b"hello").unwrap();
    let img = pack_dir(&s.0).unwrap();
    let mut fs = Fs::mount(&img).unwrap();
    assert_eq!(fs.fat_kind(), FatKind::Fat12);
    compare_with_host(&mut fs, &s.0);
}

#[test]
fn empty_tree() {
    let s = Scratch::new("empty");
    let img = pack_dir(&s.0).unwrap();
    let fs = Fs::mount_with(&img, &checked()).unwrap();
    let sum = fs.summary();
    assert_eq!((sum.files, sum.dirs, sum.bytes), (0, 0, 0));
    assert_eq!(fs.readdir("/").unwrap().count(), 0);
}

#[test]
fn deterministic() {
    let a = Scratch::new("det-a");
    let b = Scratch::new("det-b");
    sample_tree(&a.0, false);
    sample_tree(&b.0, true); // same content, opposite creation order
    let i1 = pack_dir(&a.0).unwrap();
    let i2 = pack_dir(&a.0).unwrap();
    let i3 = pack_dir(&b.0).unwrap();
    assert!(i1 == i2, "same directory packed twice differs");
    assert!(i1 == i3, "same content created in another order differs");
    let o = PackOptions {
        fat: Some(FatKind::Fat32),
        cluster_size: None,
    };
    assert!(pack_dir_with(&a.0, &o).unwrap() == pack_dir_with(&b.0, &o).unwrap());
    // A one-byte change in one file changes the image.
    std::fs::write(b.0.join("README.TXT"), b"upper-case 8.3 namE\n").unwrap();
    assert!(pack_dir(&b.0).unwrap() != i1);
}

/// Random trees (names from the whole allowed alphabet, 8.3-looking names in
/// every case mix, long names, empty and multi-cluster files, nesting)
/// packed in memory, mounted, and compared with the input.
#[test]
fn random_trees_roundtrip() {
    use std::collections::{BTreeMap, BTreeSet};
    let ascii: Vec<char> = "abcxyzABCXYZ0189 $%'-_@~`!(){}.+,;=[]^#&".chars().collect();
    let wide: Vec<char> = "éÉßñΩж日本語€ü".chars().collect();
    let mut seed = 0x9E37_79B9u64;
    let mut rnd = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n.max(1)
    };
    for round in 0..40 {
        let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let mut dirs: BTreeSet<String> = BTreeSet::new();
        let mut taken: BTreeSet<(String, String)> = BTreeSet::new(); // (parent, upper-cased name)
        let mut parents = vec![String::new()];
        for _ in 0..(5 + rnd(40)) {
            let len = match rnd(10) {
                0 => 100 + rnd(156),
                1..=4 => 1 + rnd(12),
                _ => 1 + rnd(30),
            } as usize;
            let mut name = String::new();
            while name.encode_utf16().count() < len {
                let c = if name.is_empty() || rnd(5) != 0 {
                    ascii[rnd(ascii.len() as u64) as usize]
                } else {
                    wide[rnd(wide.len() as u64) as usize]
                };
                name.push(c);
            }
            if fs::pack::check_name(&name).is_err() {
                continue;
            }
            let parent = parents[rnd(parents.len() as u64) as usize].clone();
            let path = if parent.is_empty() {
                name.clone()
            } else {
                format!("{parent}/{name}")
            };
            if path.len() > 1000 || !taken.insert((parent.clone(), name.to_uppercase())) {
                continue;
            }
            if rnd(4) == 0 && parent.matches('/').count() < 6 {
                dirs.insert(path.clone());
                parents.push(path);
            } else {
                let size = match rnd(6) {
                    0 => 0,
                    1 => 512,
                    2 => 5000 + rnd(20000) as usize,
                    _ => rnd(1500) as usize,
                };
                files.insert(path, bytes(rnd(u64::MAX), size));
            }
        }
        let flist: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(p, d)| (p.as_str(), d.as_slice()))
            .collect();
        let dlist: Vec<&str> = dirs.iter().map(String::as_str).collect();
        let kind = [None, Some(FatKind::Fat12), Some(FatKind::Fat32)][round % 3];
        let img = fs::pack::pack_files(
            &flist,
            &dlist,
            &PackOptions {
                fat: kind,
                cluster_size: None,
            },
        )
        .unwrap_or_else(|e| panic!("round {round}: {e}"));
        let mut fs = Fs::mount_with(&img, &checked()).unwrap();
        let s = fs.summary();
        eprintln!("round {round}: {s}");
        assert_eq!(s.files as usize, files.len(), "round {round}");
        assert_eq!(s.dirs as usize, dirs.len(), "round {round}");
        for (path, data) in &files {
            let fd = fs
                .open(&format!("/{path}"))
                .unwrap_or_else(|e| panic!("round {round}: /{path}: {e}"));
            assert_eq!(
                fs.contents(fd).unwrap(),
                Some(&data[..]),
                "round {round}: /{path}"
            );
            let mut buf = vec![0u8; data.len() + 1];
            assert_eq!(fs.read(fd, &mut buf).unwrap(), data.len());
            assert!(buf[..data.len()] == data[..]);
            fs.close(fd).unwrap();
        }
        for d in dirs
            .iter()
            .map(|d| format!("/{d}"))
            .chain(["/".to_string()])
        {
            let prefix = if d == "/" {
                String::new()
            } else {
                format!("{}/", &d[1..])
            };
            let mut want: Vec<(String, bool)> = files
                .keys()
                .map(|k| (k, false))
                .chain(dirs.iter().map(|k| (k, true)))
                .filter_map(|(k, is_dir)| {
                    let rest = k.strip_prefix(&prefix)?;
                    (!rest.contains('/')).then(|| (rest.to_string(), is_dir))
                })
                .collect();
            want.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            let got: Vec<(String, bool)> = fs
                .readdir(&d)
                .unwrap()
                .map(|e| (e.name.to_string(), e.is_dir))
                .collect();
            assert_eq!(got, want, "round {round}: listing of {d}");
        }
    }
}

/// An image another writer made (the FAT crate), its directory entries in
/// creation order, not name order: the mount sorts them, and listings and
/// lookups work as on a packed image.
#[test]
fn foreign_image_with_unsorted_directories_mounts_sorted() {
    use fatfs::{FileSystem, FormatVolumeOptions, FsOptions, StdIoWrapper, Write};
    use std::io::Cursor;
    let names: Vec<String> = (0..40).rev().map(|i| format!("file-{i:02}.txt")).collect();
    let mut disk = Cursor::new(vec![0u8; 2 << 20]);
    fatfs::format_volume(
        &mut StdIoWrapper::from(&mut disk),
        FormatVolumeOptions::new(),
    )
    .unwrap();
    {
        let fat = FileSystem::new(StdIoWrapper::from(&mut disk), FsOptions::new()).unwrap();
        let sub = fat.root_dir().create_dir("zz-sub").unwrap();
        fat.root_dir().create_dir("aa-sub").unwrap();
        for n in &names {
            let mut f = sub.create_file(n).unwrap();
            f.write_all(n.as_bytes()).unwrap();
        }
        drop(sub);
        fat.unmount().unwrap();
    }
    let img = disk.into_inner();
    let mut mounted = Fs::mount(&img).unwrap();
    let root: Vec<String> = mounted
        .readdir("/")
        .unwrap()
        .map(|e| e.name.to_string())
        .collect();
    assert_eq!(root, ["aa-sub", "zz-sub"]);
    let listed: Vec<String> = mounted
        .readdir("/zz-sub")
        .unwrap()
        .map(|e| e.name.to_string())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(listed, sorted);
    for n in &names {
        let fd = mounted.open(&format!("/zz-sub/{n}")).unwrap();
        let mut buf = [0u8; 64];
        let got = mounted.read(fd, &mut buf).unwrap();
        assert_eq!(&buf[..got], n.as_bytes());
        mounted.close(fd).unwrap();
    }
}
