//! Unit tests on a FAT12 image assembled byte by byte here (no packer), so
//! they run without the `pack` feature. The image has a file split into two
//! non-adjacent runs, which the packer never produces.

use alloc::vec;
use alloc::vec::Vec;

use crate::{Corruption, Fs, FsError, MountOptions};

const SECTOR: usize = 512;

/// Spec checksum of an 8.3 name (written independently of the crate's).
fn checksum(name: &[u8; 11]) -> u8 {
    let mut sum: u8 = 0;
    for &b in name {
        sum = (if sum & 1 != 0 { 0x80u8 } else { 0 })
            .wrapping_add(sum >> 1)
            .wrapping_add(b);
    }
    sum
}

fn sfn(name: &[u8; 11], attr: u8, cluster: u16, size: u32) -> [u8; 32] {
    let mut e = [0u8; 32];
    e[..11].copy_from_slice(name);
    e[11] = attr;
    e[26..28].copy_from_slice(&cluster.to_le_bytes());
    e[28..32].copy_from_slice(&size.to_le_bytes());
    e
}

/// Long-name entries (in on-disk order) for `long`, tied to `short`.
fn lfn(long: &str, short: &[u8; 11]) -> Vec<[u8; 32]> {
    let mut units: Vec<u16> = long.encode_utf16().collect();
    let n = units.len().div_ceil(13);
    if !units.len().is_multiple_of(13) {
        units.push(0);
    }
    units.resize(n * 13, 0xFFFF);
    let offs = [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30];
    let mut out = Vec::new();
    for k in (1..=n).rev() {
        let mut e = [0u8; 32];
        e[0] = k as u8 | if k == n { 0x40 } else { 0 };
        e[11] = 0x0F;
        e[13] = checksum(short);
        for (i, &o) in offs.iter().enumerate() {
            e[o..o + 2].copy_from_slice(&units[(k - 1) * 13 + i].to_le_bytes());
        }
        out.push(e);
    }
    out
}

/// 40 sectors: boot, FAT (1 sector), root (1 sector, 16 entries), 37
/// one-sector clusters (2..=38).
fn image() -> (Vec<u8>, Vec<u8>) {
    let mut img = vec![0u8; 40 * SECTOR];
    img[0] = 0xEB;
    img[1] = 0x3C;
    img[2] = 0x90;
    img[11..13].copy_from_slice(&512u16.to_le_bytes());
    img[13] = 1; // sectors per cluster
    img[14..16].copy_from_slice(&1u16.to_le_bytes()); // reserved
    img[16] = 1; // FATs
    img[17..19].copy_from_slice(&16u16.to_le_bytes()); // root entries
    img[19..21].copy_from_slice(&40u16.to_le_bytes()); // total sectors
    img[21] = 0xF8;
    img[22..24].copy_from_slice(&1u16.to_le_bytes()); // sectors per FAT
    img[510] = 0x55;
    img[511] = 0xAA;
    // FAT12 entries.
    let mut fat = [0u16; 40];
    fat[0] = 0xFF8;
    fat[1] = 0xFFF;
    fat[2] = 3; // file "hello world.txt": 2 -> 3 -> 6 -> EOC (two runs)
    fat[3] = 6;
    fat[6] = 0xFFF;
    fat[4] = 0xFFF; // directory "sub": 4
    fat[5] = 0xFFF; // sub/A.TXT: 5
    for (n, &v) in fat.iter().enumerate() {
        let o = SECTOR + n + n / 2;
        if n % 2 == 0 {
            img[o] = v as u8;
            img[o + 1] = (img[o + 1] & 0xF0) | (v >> 8) as u8;
        } else {
            img[o] = (img[o] & 0x0F) | ((v & 0xF) << 4) as u8;
            img[o + 1] = (v >> 4) as u8;
        }
    }
    let cluster = |c: usize| 3 * SECTOR + (c - 2) * SECTOR;
    // Root directory.
    let short = *b"HELLOW~1TXT";
    let mut root: Vec<[u8; 32]> = vec![sfn(b"MOTE       ", 0x08, 0, 0)];
    root.extend(lfn("hello world.txt", &short));
    let content: Vec<u8> = (0..1200u32).map(|i| (i * 7 + i / 300) as u8).collect();
    root.push(sfn(&short, 0x20, 2, content.len() as u32));
    root.push(sfn(b"SUB        ", 0x10, 4, 0));
    let mut deleted = sfn(b"XGONE   TXT", 0x20, 0, 0);
    deleted[0] = 0xE5;
    root.push(deleted);
    root.push(sfn(b"EMPTY      ", 0x20, 0, 0));
    for (i, e) in root.iter().enumerate() {
        img[2 * SECTOR + i * 32..2 * SECTOR + i * 32 + 32].copy_from_slice(e);
    }
    // File data: 512 in cluster 2, 512 in cluster 3, 176 in cluster 6.
    img[cluster(2)..cluster(2) + 1024].copy_from_slice(&content[..1024]);
    img[cluster(6)..cluster(6) + 176].copy_from_slice(&content[1024..]);
    // sub: ".", "..", A.TXT (NT lower-case flags for base and extension).
    let sub = cluster(4);
    img[sub..sub + 32].copy_from_slice(&sfn(b".          ", 0x10, 4, 0));
    img[sub + 32..sub + 64].copy_from_slice(&sfn(b"..         ", 0x10, 0, 0));
    let mut a = sfn(b"A       TXT", 0x20, 5, 5);
    a[12] = 0x18;
    img[sub + 64..sub + 96].copy_from_slice(&a);
    img[cluster(5)..cluster(5) + 5].copy_from_slice(b"abcde");
    (img, content)
}

#[test]
fn hand_built_fat12_mounts_and_reads() {
    let (img, content) = image();
    let opts = MountOptions {
        cross_check: true,
        ..MountOptions::default()
    };
    let mut fs = Fs::mount_with(&img, &opts).unwrap();
    let names: Vec<_> = fs
        .readdir("/")
        .unwrap()
        .map(|e| (e.name, e.is_dir, e.size))
        .collect();
    assert_eq!(
        names,
        [
            ("EMPTY", false, 0),
            ("SUB", true, 0),
            ("hello world.txt", false, 1200)
        ]
    );
    let sub: Vec<_> = fs.readdir("/SUB").unwrap().map(|e| e.name).collect();
    assert_eq!(sub, ["a.txt"]);
    let s = fs.summary();
    assert_eq!((s.files, s.dirs, s.bytes), (3, 1, 1205));
    // The file spans two runs: reads cross the gap.
    let fd = fs.open("/hello world.txt").unwrap();
    assert_eq!(
        fs.volume().extent_count(fs.fstat(fd).unwrap().ino).unwrap(),
        2
    );
    assert_eq!(fs.contents(fd).unwrap(), None);
    let mut buf = vec![0u8; 1300];
    assert_eq!(fs.read(fd, &mut buf).unwrap(), 1200);
    assert_eq!(&buf[..1200], &content[..]);
    for off in [0usize, 511, 1000, 1023, 1024, 1199] {
        let n = fs.pread(fd, &mut buf[..100], off as u64).unwrap();
        assert_eq!(&buf[..n], &content[off..(off + 100).min(1200)], "at {off}");
    }
    let fd2 = fs.open("/SUB/a.txt").unwrap();
    assert_eq!(fs.read(fd2, &mut buf).unwrap(), 5);
    assert_eq!(&buf[..5], b"abcde");
    assert_eq!(fs.stat("/sub").unwrap_err(), FsError::NotFound);
}

#[test]
fn hand_built_corruptions() {
    let (img, _) = image();
    // Cycle 2 -> 3 -> 2 within the file's three clusters.
    let mut bad = img.clone();
    bad[SECTOR + 4] = (bad[SECTOR + 4] & 0x0F) | 0x20; // FAT[3] low nibble
    bad[SECTOR + 5] = 0x00; // FAT[3] = 2
    assert_eq!(
        Fs::mount(&bad).err(),
        Some(FsError::Corrupt(Corruption::ClusterLoop))
    );
    // sub's entry pointing at sub's own cluster from inside sub: "A.TXT"
    // turned into a directory at cluster 4.
    let mut bad = img.clone();
    let a = 3 * SECTOR + 2 * SECTOR + 64;
    bad[a + 11] = 0x10;
    bad[a + 26] = 4;
    assert_eq!(
        Fs::mount(&bad).err(),
        Some(FsError::Corrupt(Corruption::ClusterLoop))
    );
    // LFN sequence whose terminator sits in the wrong entry.
    let mut bad = img.clone();
    let lfn0 = 2 * SECTOR + 32; // first LFN entry (ordinal 0x42)
    bad[lfn0 + 1..lfn0 + 3].copy_from_slice(&0u16.to_le_bytes());
    assert_eq!(
        Fs::mount(&bad).err(),
        Some(FsError::Corrupt(Corruption::BadDirEntry))
    );
    // Every prefix of the image is an error, none panics.
    for cut in 0..img.len() {
        assert!(Fs::mount(&img[..cut]).is_err());
    }
}

#[test]
fn shareable_between_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Fs<'static>>();
    send_sync::<crate::Volume<'static>>();
}
