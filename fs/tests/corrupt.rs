//! Bad input: truncated images, wrong boot sectors, cyclic FAT chains,
//! out-of-range clusters, directory loops. Each must be an error at mount;
//! none may panic or hang. The corruptions are made by editing a valid image
//! at offsets computed here from the boot sector fields (fatgen103), not
//! through the code under test.
#![cfg(feature = "pack")]

mod common;

use common::*;
use fs::pack::{pack_files, PackOptions};
use fs::{Corruption, FatKind, Fs, FsError, MountOptions};

fn le16(b: &[u8], o: usize) -> u32 {
    u32::from(u16::from_le_bytes([b[o], b[o + 1]]))
}
fn le32(b: &[u8], o: usize) -> u32 {
    u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]])
}

/// Geometry read straight from the BPB.
struct Geo {
    fat_off: usize,
    data_off: usize,
    cluster: usize,
    kind: FatKind,
}

fn geo(img: &[u8]) -> Geo {
    let bps = le16(img, 11) as usize;
    let spc = img[13] as usize;
    let rsvd = le16(img, 14) as usize;
    let nfats = img[16] as usize;
    let root_ent = le16(img, 17) as usize;
    let fatsz = if le16(img, 22) != 0 {
        le16(img, 22)
    } else {
        le32(img, 36)
    } as usize;
    let root_secs = (root_ent * 32).div_ceil(bps);
    let data_off = (rsvd + nfats * fatsz + root_secs) * bps;
    let tot = if le16(img, 19) != 0 {
        le16(img, 19)
    } else {
        le32(img, 32)
    } as usize;
    let clusters = (tot - data_off / bps) / spc;
    let kind = if clusters < 4085 {
        FatKind::Fat12
    } else if clusters < 65525 {
        FatKind::Fat16
    } else {
        FatKind::Fat32
    };
    Geo {
        fat_off: rsvd * bps,
        data_off,
        cluster: bps * spc,
        kind,
    }
}

fn set_fat(img: &mut [u8], g: &Geo, c: u32, v: u32) {
    let n = c as usize;
    match g.kind {
        FatKind::Fat12 => {
            let o = g.fat_off + n + n / 2;
            let old = le16(img, o) as u16;
            let v = (v & 0xFFF) as u16;
            let new = if n & 1 == 1 {
                (old & 0x000F) | (v << 4)
            } else {
                (old & 0xF000) | v
            };
            img[o..o + 2].copy_from_slice(&new.to_le_bytes());
        }
        FatKind::Fat16 => {
            let o = g.fat_off + n * 2;
            img[o..o + 2].copy_from_slice(&(v as u16).to_le_bytes());
        }
        FatKind::Fat32 => {
            let o = g.fat_off + n * 4;
            img[o..o + 4].copy_from_slice(&v.to_le_bytes());
        }
    }
}

fn get_fat(img: &[u8], g: &Geo, c: u32) -> u32 {
    let n = c as usize;
    match g.kind {
        FatKind::Fat12 => {
            let v = le16(img, g.fat_off + n + n / 2);
            if n & 1 == 1 {
                v >> 4
            } else {
                v & 0xFFF
            }
        }
        FatKind::Fat16 => le16(img, g.fat_off + n * 2),
        FatKind::Fat32 => le32(img, g.fat_off + n * 4) & 0x0FFF_FFFF,
    }
}

fn cluster_off(g: &Geo, c: u32) -> usize {
    g.data_off + (c as usize - 2) * g.cluster
}

/// First cluster of the entry named by its 8.3 bytes in the directory
/// starting at cluster `dir_c`; returns (slot offset, cluster).
fn find_entry(img: &[u8], g: &Geo, dir_c: u32, sfn: &[u8; 11]) -> (usize, u32) {
    let base = cluster_off(g, dir_c);
    for slot in (base..base + g.cluster).step_by(32) {
        if &img[slot..slot + 11] == sfn {
            let hi = if g.kind == FatKind::Fat32 {
                le16(img, slot + 20) << 16
            } else {
                0
            };
            return (slot, hi | le16(img, slot + 26));
        }
    }
    panic!("entry {:?} not found", String::from_utf8_lossy(sfn));
}

fn set_entry_cluster(img: &mut [u8], slot: usize, c: u32) {
    img[slot + 26..slot + 28].copy_from_slice(&(c as u16).to_le_bytes());
    img[slot + 20..slot + 22].copy_from_slice(&((c >> 16) as u16).to_le_bytes());
}

/// A small image: /A/B/F.BIN (3 clusters at 512 B), /A/BIG.DIR with enough
/// entries to span several clusters, /ROOT.TXT.
fn base(kind: FatKind) -> Vec<u8> {
    let f = bytes(1, 1500);
    let mut names: Vec<String> = (0..40).map(|i| format!("A/BIGDIR/F{i:02}.TXT")).collect();
    names.push("ROOT.TXT".into());
    let mut files: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    files.push(("A/B/F.BIN", &f));
    pack_files(
        &files,
        &[],
        &PackOptions {
            fat: Some(kind),
            cluster_size: Some(512),
        },
    )
    .unwrap()
}

const KINDS: [FatKind; 3] = [FatKind::Fat12, FatKind::Fat16, FatKind::Fat32];

fn root_cluster(img: &[u8], g: &Geo) -> Option<u32> {
    (g.kind == FatKind::Fat32).then(|| le32(img, 44))
}

/// Cluster of directory /A (found through the root directory bytes).
fn dir_a(img: &[u8], g: &Geo) -> (usize, u32) {
    match root_cluster(img, g) {
        Some(rc) => find_entry(img, g, rc, b"A          "),
        None => {
            let bps = le16(img, 11) as usize;
            let root_off =
                (le16(img, 14) as usize + img[16] as usize * le16(img, 22) as usize) * bps;
            for slot in (root_off..g.data_off).step_by(32) {
                if &img[slot..slot + 11] == b"A          " {
                    return (slot, le16(img, slot + 26));
                }
            }
            panic!("A not found");
        }
    }
}

fn mount_err(img: &[u8]) -> FsError {
    match Fs::mount_with(img, &checked()) {
        Ok(_) => panic!("corrupt image mounted"),
        Err(e) => e,
    }
}

#[test]
fn base_images_are_valid() {
    for k in KINDS {
        let img = base(k);
        let fs = Fs::mount_with(&img, &checked()).unwrap();
        assert_eq!(fs.fat_kind(), k);
        assert_eq!(geo(&img).kind, k);
    }
}

#[test]
fn truncated_images() {
    for k in KINDS {
        let img = base(k);
        let g = geo(&img);
        let mut cuts = vec![
            0,
            1,
            100,
            511,
            512,
            513,
            g.fat_off + 3,
            g.data_off,
            img.len() / 2,
            img.len() - 512,
            img.len() - 1,
        ];
        cuts.extend((0..img.len()).step_by(img.len() / 97 + 1));
        for cut in cuts {
            let e = mount_err(&img[..cut]);
            assert_eq!(
                e,
                FsError::Corrupt(Corruption::Truncated),
                "{k:?} cut at {cut}"
            );
            assert_eq!(e.errno(), 5);
        }
        // A longer slice than the volume is fine (the rest is ignored).
        let mut longer = img.clone();
        longer.extend_from_slice(&[0xAB; 4096]);
        Fs::mount_with(&longer, &checked()).unwrap();
    }
}

#[test]
fn wrong_boot_sectors() {
    for k in KINDS {
        let img = base(k);
        type Edit = Box<dyn Fn(&mut Vec<u8>)>;
        let edits: Vec<(&str, Edit)> = vec![
            ("zeroed", Box::new(|i: &mut Vec<u8>| i[..512].fill(0))),
            ("no signature", Box::new(|i: &mut Vec<u8>| i[510] = 0)),
            ("no jump", Box::new(|i: &mut Vec<u8>| i[0] = 0x90)),
            (
                "bytes/sector 500",
                Box::new(|i: &mut Vec<u8>| i[11..13].copy_from_slice(&500u16.to_le_bytes())),
            ),
            ("sectors/cluster 3", Box::new(|i: &mut Vec<u8>| i[13] = 3)),
            ("sectors/cluster 0", Box::new(|i: &mut Vec<u8>| i[13] = 0)),
            ("no reserved", Box::new(|i: &mut Vec<u8>| i[14..16].fill(0))),
            ("no FATs", Box::new(|i: &mut Vec<u8>| i[16] = 0)),
            (
                "no sectors",
                Box::new(|i: &mut Vec<u8>| {
                    i[19..21].fill(0);
                    i[32..36].fill(0)
                }),
            ),
            (
                "huge volume",
                Box::new(|i: &mut Vec<u8>| {
                    i[19..21].fill(0);
                    i[32..36].copy_from_slice(&u32::MAX.to_le_bytes())
                }),
            ),
            (
                "FAT size 0",
                Box::new(|i: &mut Vec<u8>| {
                    i[22..24].fill(0);
                    i[36..40].fill(0)
                }),
            ),
            (
                "random",
                Box::new(|i: &mut Vec<u8>| {
                    let r = bytes(99, 509);
                    i[3..512].copy_from_slice(&r)
                }),
            ),
        ];
        for (what, edit) in edits {
            let mut bad = img.clone();
            edit(&mut bad);
            match mount_err(&bad) {
                FsError::Corrupt(Corruption::BadBootSector(_) | Corruption::Truncated) => {}
                e => panic!("{k:?} {what}: unexpected {e:?}"),
            }
        }
    }
}

#[test]
fn cyclic_file_chain() {
    for k in KINDS {
        let img = base(k);
        let g = geo(&img);
        let (_, a) = dir_a(&img, &g);
        let (_, b) = find_entry(&img, &g, a, b"B          ");
        let (_, f) = find_entry(&img, &g, b, b"F       BIN");
        assert_eq!(get_fat(&img, &g, f), f + 1, "packed file is contiguous");
        // Second cluster points back to the first: a cycle inside the size.
        let mut bad = img.clone();
        set_fat(&mut bad, &g, f + 1, f);
        assert_eq!(
            mount_err(&bad),
            FsError::Corrupt(Corruption::ClusterLoop),
            "{k:?}"
        );
        // Self-loop.
        let mut bad = img.clone();
        set_fat(&mut bad, &g, f, f);
        assert_eq!(
            mount_err(&bad),
            FsError::Corrupt(Corruption::ClusterLoop),
            "{k:?}"
        );
        // Last cluster points back to the first: the chain outlives the size.
        let mut bad = img.clone();
        set_fat(&mut bad, &g, f + 2, f);
        assert_eq!(
            mount_err(&bad),
            FsError::Corrupt(Corruption::ChainLengthMismatch),
            "{k:?}"
        );
        // Chain ends early.
        let mut bad = img.clone();
        set_fat(&mut bad, &g, f, 0x0FFF_FFFF);
        assert_eq!(
            mount_err(&bad),
            FsError::Corrupt(Corruption::ChainLengthMismatch),
            "{k:?}"
        );
    }
}

#[test]
fn cyclic_directory_chain() {
    for k in KINDS {
        let img = base(k);
        let g = geo(&img);
        let (_, a) = dir_a(&img, &g);
        let (_, big) = find_entry(&img, &g, a, b"BIGDIR     ");
        // Follow BIGDIR's chain to its last cluster and point it at the first.
        let mut last = big;
        let mut n = 1;
        loop {
            let v = get_fat(&img, &g, last);
            if v >= 0xFF8 && (g.kind == FatKind::Fat12 || v >= 0xFFF8) {
                break;
            }
            last = v;
            n += 1;
        }
        assert!(n >= 3, "BIGDIR spans {n} clusters");
        let mut bad = img.clone();
        set_fat(&mut bad, &g, last, big);
        assert_eq!(
            mount_err(&bad),
            FsError::Corrupt(Corruption::ClusterLoop),
            "{k:?}"
        );
    }
}

#[test]
fn bad_clusters_in_chain() {
    for k in KINDS {
        let img = base(k);
        let g = geo(&img);
        let (_, a) = dir_a(&img, &g);
        let (_, b) = find_entry(&img, &g, a, b"B          ");
        let (slot, f) = find_entry(&img, &g, b, b"F       BIN");
        let (bad_mark, out_of_range) = match k {
            FatKind::Fat12 => (0xFF7, 0xFF0),
            FatKind::Fat16 => (0xFFF7, 0xFFF0),
            FatKind::Fat32 => (0x0FFF_FFF7, 0x0FFF_FFF0),
        };
        for v in [0, 1, bad_mark, out_of_range] {
            let mut bad = img.clone();
            set_fat(&mut bad, &g, f, v);
            assert_eq!(
                mount_err(&bad),
                FsError::Corrupt(Corruption::BadClusterInChain),
                "{k:?} next={v:#x}"
            );
        }
        // The directory entry itself names cluster 1 or one past the end.
        for c in [1, out_of_range] {
            let mut bad = img.clone();
            set_entry_cluster(&mut bad, slot, c);
            assert_eq!(
                mount_err(&bad),
                FsError::Corrupt(Corruption::BadClusterInChain),
                "{k:?} first={c:#x}"
            );
        }
    }
}

#[test]
fn directory_loops() {
    for k in KINDS {
        let img = base(k);
        let g = geo(&img);
        let (_, a) = dir_a(&img, &g);
        let (slot_b, _) = find_entry(&img, &g, a, b"B          ");
        // /A/B points at /A: A contains itself.
        let mut bad = img.clone();
        set_entry_cluster(&mut bad, slot_b, a);
        assert_eq!(
            mount_err(&bad),
            FsError::Corrupt(Corruption::ClusterLoop),
            "{k:?} B -> A"
        );
        // /A/B points at the FAT32 root (on FAT12/16 a directory at cluster 0
        // is malformed).
        let mut bad = img.clone();
        match root_cluster(&img, &g) {
            Some(rc) => {
                set_entry_cluster(&mut bad, slot_b, rc);
                assert_eq!(
                    mount_err(&bad),
                    FsError::Corrupt(Corruption::ClusterLoop),
                    "{k:?} B -> root"
                );
            }
            None => {
                set_entry_cluster(&mut bad, slot_b, 0);
                assert_eq!(
                    mount_err(&bad),
                    FsError::Corrupt(Corruption::BadDirEntry),
                    "{k:?} B -> 0"
                );
            }
        }
        // A file and a directory share clusters (cross-link).
        let (_, b) = find_entry(&img, &g, a, b"B          ");
        let (slot_f, _) = find_entry(&img, &g, b, b"F       BIN");
        let mut bad = img.clone();
        set_entry_cluster(&mut bad, slot_f, a);
        let e = mount_err(&bad);
        assert!(
            matches!(
                e,
                FsError::Corrupt(Corruption::ClusterLoop | Corruption::ChainLengthMismatch)
            ),
            "{k:?} file -> dir: {e:?}"
        );
    }
}

/// The FAT crate's gate (on by default, off in the kernel, which mounts an
/// image the packer already checked with it) rejects a FAT32 image whose
/// FSInfo sector is damaged; this crate's own checks do not read FSInfo, so
/// without the gate the image mounts and reads like the original.
#[test]
fn fat_crate_gate_is_optional() {
    let mut img = base(FatKind::Fat32);
    let fsinfo = le16(&img, 48) as usize * le16(&img, 11) as usize;
    assert_eq!(&img[fsinfo..fsinfo + 4], b"RRaA", "FSInfo lead signature");
    img[fsinfo] = b'X';
    assert_eq!(
        Fs::mount(&img).map(|_| ()).unwrap_err(),
        FsError::Corrupt(Corruption::RejectedByFatCrate)
    );
    let no_gate = MountOptions {
        fat_gate: false,
        ..MountOptions::default()
    };
    let mut fs = Fs::mount_with(&img, &no_gate).unwrap();
    let fd = fs.open("/A/B/F.BIN").unwrap();
    let mut buf = vec![0u8; 2000];
    assert_eq!(fs.read(fd, &mut buf).unwrap(), 1500);
    assert_eq!(&buf[..1500], &bytes(1, 1500)[..]);
    // the cross-check always includes the gate
    let checked_no_gate = MountOptions {
        fat_gate: false,
        ..checked()
    };
    assert!(Fs::mount_with(&img, &checked_no_gate).is_err());
}

/// The packer's seal: boot checks it instead of walking the tree. It must
/// give the walk's summary, catch a damaged byte anywhere in the metadata
/// (FAT, root directory, a subdirectory's clusters), ignore file data, and
/// be absent when the record is cleared.
#[test]
fn seal_covers_the_metadata() {
    use fs::seal;
    for k in KINDS {
        let img = base(k);
        let g = geo(&img);
        let walked = Fs::mount(&img).unwrap().summary();
        assert_eq!(seal::check(&img), Ok(Some(walked)), "{k:?}");
        let sealed = seal::read(&img).unwrap();
        assert!(
            sealed.meta_len as usize > g.data_off,
            "{k:?}: covers directories"
        );
        let mismatch = Err(FsError::Corrupt(Corruption::SealMismatch));
        // a FAT entry, the root directory, directory /A's cluster
        let (a_slot, a_cluster) = dir_a(&img, &g);
        for at in [g.fat_off + 5, a_slot + 28, cluster_off(&g, a_cluster) + 40] {
            let mut bad = img.clone();
            bad[at] ^= 0x01;
            assert_eq!(seal::check(&bad), mismatch, "{k:?}: byte {at:#x}");
        }
        // file data is not metadata: /A/B/F.BIN's first byte
        let mut data = img.clone();
        let (_, b_cluster) = find_entry(&img, &g, a_cluster, b"B          ");
        let (_, f_cluster) = find_entry(&img, &g, b_cluster, b"F       BIN");
        let f_off = cluster_off(&g, f_cluster);
        assert!(
            f_off >= sealed.meta_len as usize,
            "{k:?}: data after metadata"
        );
        data[f_off] ^= 0xff;
        assert_eq!(seal::check(&data), Ok(Some(walked)), "{k:?}");
        // no record: no seal, the caller walks the tree
        let mut plain = img.clone();
        plain[448..456].fill(0);
        assert_eq!(seal::check(&plain), Ok(None));
        assert_eq!(
            Fs::mount_with(&plain, &checked()).unwrap().summary(),
            walked
        );
        // a damaged boot sector is still a boot-sector error
        let mut bs = img.clone();
        bs[13] = 3; // sectors per cluster: not a power of two
        assert!(matches!(
            seal::check(&bs),
            Err(FsError::Corrupt(Corruption::BadBootSector(_)))
        ));
    }
}
