//! VFS behaviour: path lookup errors, handles, seek, readdir, read-only
//! errors and their errno values, packer name errors.
#![cfg(feature = "pack")]

mod common;

use common::*;
use fs::pack::{check_name, pack_dir, pack_files, PackError, PackOptions};
use fs::{Fd, Fs, FsError, OpenFlags, SeekFrom};

fn image() -> Vec<u8> {
    pack_files(
        &[
            ("etc/config.toml", b"key = 1\n"),
            ("etc/Case.txt", b"Case"),
            ("bin/app.class", &bytes(3, 10_000)),
            ("empty", b""),
        ],
        &["var/empty-dir"],
        &PackOptions::default(),
    )
    .unwrap()
}

#[test]
fn lookup_errors() {
    let img = image();
    let fs = Fs::mount_with(&img, &checked()).unwrap();
    assert_eq!(fs.stat("/nope").unwrap_err(), FsError::NotFound);
    assert_eq!(fs.stat("/etc/nope").unwrap_err(), FsError::NotFound);
    assert_eq!(fs.stat("/empty/x").unwrap_err(), FsError::NotADirectory);
    assert_eq!(
        fs.stat("/etc/config.toml/").unwrap_err(),
        FsError::NotADirectory
    );
    assert_eq!(
        fs.stat("etc/config.toml").unwrap_err(),
        FsError::InvalidPath
    );
    assert_eq!(fs.stat("").unwrap_err(), FsError::InvalidPath);
    assert_eq!(fs.stat("/etc/\0").unwrap_err(), FsError::InvalidPath);
    assert_eq!(
        fs.stat(&format!("/{}", "a/".repeat(3000))).unwrap_err(),
        FsError::NameTooLong
    );
    // Case as stored.
    assert!(fs.stat("/etc/Case.txt").is_ok());
    assert_eq!(fs.stat("/etc/case.txt").unwrap_err(), FsError::NotFound);
    assert_eq!(fs.stat("/ETC/Case.txt").unwrap_err(), FsError::NotFound);
    // Redundant separators, "." and "..".
    let a = fs.stat("/etc/config.toml").unwrap();
    assert_eq!(fs.stat("//etc///config.toml").unwrap(), a);
    assert_eq!(fs.stat("/bin/../etc/./config.toml").unwrap(), a);
    assert_eq!(fs.stat("/../../etc/config.toml").unwrap(), a);
    assert!(fs.stat("/").unwrap().is_dir);
    assert!(fs.stat("/var/empty-dir/").unwrap().is_dir);
    assert_eq!(fs.readdir("/var/empty-dir").unwrap().count(), 0);
    assert_eq!(fs.readdir("/empty").err(), Some(FsError::NotADirectory));
    assert_eq!(FsError::NotFound.errno(), 2);
    assert_eq!(FsError::NotADirectory.errno(), 20);
}

#[test]
fn handles_and_seek() {
    let img = image();
    let data = bytes(3, 10_000);
    let mut fs = Fs::mount(&img).unwrap();
    let a = fs.open("/bin/app.class").unwrap();
    let b = fs.open("/bin/app.class").unwrap();
    assert_ne!(a, b);
    let mut buf = [0u8; 100];
    // Independent positions.
    assert_eq!(fs.read(a, &mut buf).unwrap(), 100);
    assert_eq!(&buf[..], &data[..100]);
    assert_eq!(fs.read(b, &mut buf[..10]).unwrap(), 10);
    assert_eq!(fs.read(a, &mut buf).unwrap(), 100);
    assert_eq!(&buf[..], &data[100..200]);
    // pread does not move the position.
    assert_eq!(fs.pread(a, &mut buf, 9_950).unwrap(), 50);
    assert_eq!(&buf[..50], &data[9_950..]);
    assert_eq!(fs.seek(a, SeekFrom::Current(0)).unwrap(), 200);
    // Seeks.
    assert_eq!(fs.seek(a, SeekFrom::Current(-150)).unwrap(), 50);
    assert_eq!(
        fs.seek(a, SeekFrom::Current(-51)).unwrap_err(),
        FsError::InvalidSeek
    );
    assert_eq!(fs.seek(a, SeekFrom::End(5)).unwrap(), 10_005);
    assert_eq!(fs.read(a, &mut buf).unwrap(), 0);
    assert_eq!(fs.pread(a, &mut buf, u64::MAX).unwrap(), 0);
    assert_eq!(fs.seek(a, SeekFrom::Start(9_999)).unwrap(), 9_999);
    assert_eq!(fs.read(a, &mut buf).unwrap(), 1);
    // Close, reuse lowest number, bad handles.
    fs.close(a).unwrap();
    assert_eq!(fs.read(a, &mut buf).unwrap_err(), FsError::BadHandle);
    assert_eq!(fs.close(a).unwrap_err(), FsError::BadHandle);
    assert_eq!(fs.fstat(Fd(999)).unwrap_err(), FsError::BadHandle);
    assert_eq!(FsError::BadHandle.errno(), 9);
    let c = fs.open("/empty").unwrap();
    assert_eq!(c, a);
    assert_eq!(fs.read(c, &mut buf).unwrap(), 0);
    assert_eq!(fs.contents(c).unwrap(), Some(&[][..]));
    // Directories: open for readdir, not for read.
    let d = fs.open("/etc").unwrap();
    assert_eq!(fs.read(d, &mut buf).unwrap_err(), FsError::IsADirectory);
    assert_eq!(fs.pread(d, &mut buf, 0).unwrap_err(), FsError::IsADirectory);
    assert_eq!(FsError::IsADirectory.errno(), 21);
    let names: Vec<String> =
        std::iter::from_fn(|| fs.readdir_fd(d).unwrap().map(|e| e.name.to_string())).collect();
    assert_eq!(names, ["Case.txt", "config.toml"]);
    assert_eq!(fs.readdir_fd(c).unwrap_err(), FsError::NotADirectory);
    for fd in [b, c, d] {
        fs.close(fd).unwrap();
    }
    assert_eq!(fs.open_count(), 0);
    assert_eq!(fs.open("/nope").unwrap_err(), FsError::NotFound);
}

#[test]
fn handle_table_limit() {
    let img = image();
    let mut fs = Fs::mount_with(
        &img,
        &fs::MountOptions {
            max_open: 3,
            ..fs::MountOptions::default()
        },
    )
    .unwrap();
    let fds: Vec<Fd> = (0..3).map(|_| fs.open("/empty").unwrap()).collect();
    assert_eq!(fs.open("/empty").unwrap_err(), FsError::TooManyOpen);
    assert_eq!(FsError::TooManyOpen.errno(), 24);
    fs.close(fds[1]).unwrap();
    assert_eq!(fs.open("/empty").unwrap(), fds[1]);
}

#[test]
fn read_only_errors() {
    let img = image();
    let before = img.clone();
    let mut fs = Fs::mount(&img).unwrap();
    let fd = fs.open("/etc/config.toml").unwrap();
    assert_eq!(fs.write(fd, b"x").unwrap_err(), FsError::ReadOnly);
    assert_eq!(fs.pwrite(fd, b"x", 0).unwrap_err(), FsError::ReadOnly);
    assert_eq!(fs.ftruncate(fd, 0).unwrap_err(), FsError::ReadOnly);
    assert_eq!(fs.write(Fd(77), b"x").unwrap_err(), FsError::BadHandle);
    assert_eq!(fs.create("/new.txt").unwrap_err(), FsError::ReadOnly);
    assert_eq!(
        fs.create("/etc/config.toml").unwrap_err(),
        FsError::ReadOnly
    );
    assert_eq!(fs.mkdir("/d").unwrap_err(), FsError::ReadOnly);
    assert_eq!(
        fs.remove("/etc/config.toml").unwrap_err(),
        FsError::ReadOnly
    );
    assert_eq!(fs.rmdir("/var/empty-dir").unwrap_err(), FsError::ReadOnly);
    assert_eq!(fs.rename("/empty", "/full").unwrap_err(), FsError::ReadOnly);
    assert_eq!(fs.truncate("/empty", 5).unwrap_err(), FsError::ReadOnly);
    let w = OpenFlags {
        write: true,
        ..OpenFlags::READ
    };
    let cr = OpenFlags {
        create: true,
        ..OpenFlags::READ
    };
    assert_eq!(
        fs.open_with("/etc/config.toml", w).unwrap_err(),
        FsError::ReadOnly
    );
    assert_eq!(fs.open_with("/etc/new", cr).unwrap_err(), FsError::ReadOnly);
    assert_eq!(
        fs.open_with("/empty/x", cr).unwrap_err(),
        FsError::NotADirectory
    );
    assert_eq!(FsError::ReadOnly.errno(), 30);
    // Nothing changed, and reads still work.
    let mut buf = [0u8; 16];
    assert_eq!(fs.read(fd, &mut buf).unwrap(), 8);
    assert_eq!(&buf[..8], b"key = 1\n");
    drop(fs);
    assert!(img == before);
}

#[test]
fn summary_counts() {
    let img = image();
    let fs = Fs::mount(&img).unwrap();
    let s = fs.summary();
    assert_eq!((s.files, s.dirs, s.bytes), (4, 4, 8 + 4 + 10_000));
    assert_eq!(fs::probe(&img).unwrap(), s);
    let line = s.to_string();
    assert!(line.starts_with("4 files, 4 dirs, 10012 bytes"), "{line}");
}

fn name_err(name: &str) -> PackError {
    pack_files(
        &[(&format!("dir/{name}"), &b"x"[..])],
        &[],
        &PackOptions::default(),
    )
    .unwrap_err()
}

#[test]
fn bad_names_are_errors_naming_the_file() {
    let long256 = "n".repeat(256);
    let utf8_long = "é".repeat(130); // 130 UTF-16 units, 260 UTF-8 bytes
    for name in [
        "a:b",
        "a*b",
        "q?",
        "<x>",
        "pipe|",
        "back\\slash",
        "quote\"",
        "tab\tname",
        "dot.",
        "space ",
        &long256,
        &utf8_long,
        "emoji😀.txt",
        "Édition.txt",
    ] {
        match name_err(name) {
            PackError::BadName { path, reason } => {
                assert_eq!(path, std::path::Path::new("dir").join(name), "{reason}");
                let msg = PackError::BadName {
                    path: path.clone(),
                    reason,
                }
                .to_string();
                assert!(msg.contains(name), "{msg}");
            }
            e => panic!("{name:?}: unexpected {e}"),
        }
    }
    // 255 UTF-16 units is fine.
    assert!(check_name(&"n".repeat(255)).is_ok());
    // Case-insensitive duplicates.
    let e = pack_files(
        &[("d/Makefile", b"1"), ("d/makefile", b"2")],
        &[],
        &PackOptions::default(),
    )
    .unwrap_err();
    match e {
        PackError::DuplicateName { path, other } => {
            assert_eq!(path, std::path::Path::new("d/makefile"));
            assert_eq!(other, std::path::Path::new("d/Makefile"));
        }
        e => panic!("unexpected {e}"),
    }
    // Too deep.
    let deep = format!("{}f", "d/".repeat(70));
    assert!(matches!(
        pack_files(&[(&deep, b"x")], &[], &PackOptions::default()).unwrap_err(),
        PackError::TooLarge { .. }
    ));
}

#[test]
fn bad_name_from_a_directory() {
    let s = Scratch::new("badname");
    std::fs::create_dir_all(s.0.join("ok/sub")).unwrap();
    std::fs::write(s.0.join("ok/sub/what?.txt"), b"x").unwrap();
    match pack_dir(&s.0).unwrap_err() {
        PackError::BadName { path, .. } => {
            assert_eq!(path, std::path::Path::new("ok/sub/what?.txt"))
        }
        e => panic!("unexpected {e}"),
    }
    let msg = pack_dir(&s.0).unwrap_err().to_string();
    assert!(msg.contains("ok/sub/what?.txt"), "{msg}");
}

#[test]
fn forced_geometry_errors() {
    // 3 MiB in 512 B clusters is 6144 clusters: more than FAT12 allows.
    let big = vec![0u8; 3 << 20];
    let r = pack_files(
        &[("big", &big)],
        &[],
        &PackOptions {
            fat: Some(fs::FatKind::Fat12),
            cluster_size: Some(512),
        },
    );
    assert!(
        matches!(r, Err(PackError::NoGeometry(_))),
        "{:?}",
        r.map(|i| i.len())
    );
    let r = pack_files(
        &[("x", b"x")],
        &[],
        &PackOptions {
            fat: None,
            cluster_size: Some(1000),
        },
    );
    assert!(
        matches!(r, Err(PackError::NoGeometry(_))),
        "{:?}",
        r.map(|i| i.len())
    );
}
