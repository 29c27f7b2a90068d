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
