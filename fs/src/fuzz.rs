//! Mutation fuzzing of mount + walk + read, on stable Rust (no cargo-fuzz).
//!
//! Valid images are packed once (FAT12, FAT16, FAT32); each case applies a
//! few structure-aware mutations in place — bit flips, byte sets,
//! truncation, FAT entries rewritten into cycles / out-of-range / free
//! values, directory entries pointed at their parent or at themselves, boot
//! sector fields, long-name sequences — mounts the result (half the cases with
//! the FAT crate cross-check), walks and reads everything, checks a few
//! invariants, and undoes the mutations. A case is a function of its number
//! alone, so any failure replays with `Fuzzer::case_image`.
//!
//! The runner (`examples/fs-fuzz.rs`) adds threads, a panic hook and a hang
//! watchdog; the test suite runs a short range.

use alloc::string::String;
use alloc::vec::Vec;

use crate::layout::{FatKind, Layout, Next};
use crate::pack::{pack_files, PackOptions};
use crate::{Fs, FsError, Ino, MountOptions, SeekFrom, MAX_PATH, ROOT};

/// splitmix64: small, fast, good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform-ish in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// A valid image and what the mutator needs to know about it.
pub struct Base {
    pub img: Vec<u8>,
    layout: Layout,
    /// Byte offsets of every 32-byte slot of every directory.
    dir_slots: Vec<usize>,
    /// First clusters of the directories (root included on FAT32).
    dir_clusters: Vec<u32>,
    /// Highest cluster in use + 1.
    used_end: u32,
}

/// What one case did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Mounted; this many nodes walked and this many bytes read.
    Mounted { nodes: usize, bytes: u64 },
    /// Rejected with this error.
    Rejected(FsError),
}

fn sample_files() -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    let mut r = Rng::new(42);
    let mut data = |n: usize| -> Vec<u8> { (0..n).map(|_| r.next_u64() as u8).collect() };
    v.push(("README.TXT".into(), data(40)));
    v.push(("hello world with a long name.txt".into(), data(1300)));
    v.push(("empty".into(), Vec::new()));
    v.push(("a/b/c/deep file.class".into(), data(2100)));
    v.push(("a/b/sibling.bin".into(), data(512)));
    v.push(("a/naïve Ünïcödé.txt".into(), data(7)));
    for i in 0..40 {
        v.push((
            alloc::format!("pkg/Many{i:02}LongishNames.class"),
            data(i * 53 % 700),
        ));
    }
    v
}

impl Base {
    fn new(opts: &PackOptions) -> Base {
        let files = sample_files();
        let refs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(p, d)| (p.as_str(), d.as_slice()))
            .collect();
        let img = pack_files(&refs, &["empty-dir", "a/b/c/d"], opts)
            .expect("packing the fuzz base image");
        let layout = Layout::parse(&img).expect("base layout");
        let fs = Fs::mount(&img).expect("base mounts");
        let vol = fs.volume();
        let mut dir_slots = Vec::new();
        let mut dir_clusters = Vec::new();
        let mut used_end = 2;
        for ino in 0..vol.node_count() as Ino {
            let c = vol.first_cluster(ino).unwrap_or(0);
            let st = vol.stat_ino(ino).unwrap();
            if !st.is_dir {
                if st.size > 0 {
                    used_end = used_end.max(c + (st.size as u32).div_ceil(layout.cluster_size));
                }
                continue;
            }
            if c == 0 {
                let (start, len) = layout.root_region;
                dir_slots.extend((start..start + len).step_by(32));
                continue;
            }
            dir_clusters.push(c);
            let mut cl = c;
            for _ in 0..layout.cluster_count {
                used_end = used_end.max(cl + 1);
                let off = layout.cluster_offset(cl);
                dir_slots.extend((off..off + layout.cluster_size as usize).step_by(32));
                match layout.next(&img, cl) {
                    Next::Cluster(n) => cl = n,
                    _ => break,
                }
            }
        }
        drop(fs);
        Base {
            img,
            layout,
            dir_slots,
            dir_clusters,
            used_end,
        }
    }

    fn fat_entry_offset(&self, c: u32) -> (usize, FatKind) {
        let l = &self.layout;
        let n = c as usize;
        let off = match l.kind {
            FatKind::Fat12 => n + n / 2,
            FatKind::Fat16 => n * 2,
            FatKind::Fat32 => n * 4,
        };
        (l.fat_offset + off, l.kind)
    }
}

/// The fuzzer: base images plus the undo log of the current case.
pub struct Fuzzer {
    pub bases: Vec<Base>,
    undo: Vec<(usize, u8)>,
    seed: u64,
}

impl Fuzzer {
    /// Packs the base images (FAT12, FAT16 with 2 KiB clusters, FAT32).
    pub fn new(seed: u64) -> Fuzzer {
        let bases = alloc::vec![
            Base::new(&PackOptions::default()),
            Base::new(&PackOptions {
                fat: Some(FatKind::Fat16),
                cluster_size: Some(2048)
            }),
            Base::new(&PackOptions {
                fat: Some(FatKind::Fat32),
                cluster_size: None
            }),
        ];
        Fuzzer {
            bases,
            undo: Vec::new(),
            seed,
        }
    }

    fn set(&mut self, b: usize, off: usize, v: u8) {
        let img = &mut self.bases[b].img;
        if off < img.len() {
            self.undo.push((off, img[off]));
            img[off] = v;
        }
    }

    fn set_le(&mut self, b: usize, off: usize, v: u32, width: usize) {
        for i in 0..width {
            self.set(b, off + i, (v >> (8 * i)) as u8);
        }
    }

    fn set_fat(&mut self, b: usize, c: u32, v: u32) {
        let (off, kind) = self.bases[b].fat_entry_offset(c);
        match kind {
            FatKind::Fat12 => {
                let img = &self.bases[b].img;
                let old = u16::from_le_bytes([img[off], img[off + 1]]);
                let v = (v & 0xFFF) as u16;
                let new = if c & 1 == 1 {
                    (old & 0x000F) | (v << 4)
                } else {
                    (old & 0xF000) | v
                };
                self.set_le(b, off, u32::from(new), 2);
            }
            FatKind::Fat16 => self.set_le(b, off, v & 0xFFFF, 2),
            FatKind::Fat32 => self.set_le(b, off, v, 4),
        }
    }

    /// Applies the mutations of case `case` to its base image in place;
    /// returns (base index, length to use).
    fn mutate(&mut self, case: u64) -> (usize, usize) {
        let mut r = Rng::new(self.seed ^ case.wrapping_mul(0xA076_1D64_78BD_642F));
        let b = r.below(self.bases.len() as u64) as usize;
        let mut len = self.bases[b].img.len();
        let n = 1 + r.below(4);
        for _ in 0..n {
            let base = &self.bases[b];
            let l = base.layout;
            let img_len = base.img.len();
            let used_end = base.used_end;
            let special = [
                0x00, 0xFF, 0xE5, 0x0F, 0x10, 0x2E, 0x05, 0x40, 0x41, 0x80, 0x7F, 0x01, 0x20,
            ];
            match r.below(10) {
                // Bit flip in the metadata (boot sector, FAT, directories).
                0 | 1 => {
                    let off = match r.below(3) {
                        0 => r.below(512) as usize,
                        1 => {
                            l.fat_offset
                                + r.below(l.fat_len.min(4 * used_end as usize + 8) as u64) as usize
                        }
                        _ => r.pick(&base.dir_slots) + r.below(32) as usize,
                    };
                    let v = self.bases[b].img.get(off).copied().unwrap_or(0) ^ (1 << r.below(8));
                    self.set(b, off, v);
                }
                // Byte set anywhere in the metadata, or anywhere at all.
                2 => {
                    let off = if r.below(4) == 0 {
                        r.below(img_len as u64) as usize
                    } else {
                        r.pick(&base.dir_slots) + r.below(32) as usize
                    };
                    let v = if r.below(2) == 0 {
                        r.pick(&special)
                    } else {
                        r.next_u64() as u8
                    };
                    self.set(b, off, v);
                }
                // Truncation.
                3 => len = len.min(r.below(img_len as u64) as usize),
                // FAT entry rewrite: cycles, self-loops, free, EOC, bad,
                // out of range.
                4 | 5 => {
                    let c = 2 + r.below(u64::from(used_end.saturating_sub(2)).max(1)) as u32;
                    let v = match r.below(8) {
                        0 => c,
                        1 => 2 + r.below(u64::from(used_end.saturating_sub(2)).max(1)) as u32,
                        2 => 0,
                        3 => 1,
                        4 => 0x0FFF_FFFF,
                        5 => 0x0FFF_FFF7,
                        6 => l.cluster_count + 2 + r.below(16) as u32,
                        _ => r.next_u64() as u32,
                    };
                    self.set_fat(b, c, v);
                }
                // Directory entry rewrite: cluster to a directory (parent,
                // itself, root), size, attributes; or copy a slot.
                6 | 7 => {
                    let slot = r.pick(&base.dir_slots);
                    match r.below(5) {
                        0 | 1 => {
                            let target = if base.dir_clusters.is_empty() || r.below(4) == 0 {
                                r.below(u64::from(used_end) + 2) as u32
                            } else {
                                r.pick(&base.dir_clusters)
                            };
                            self.set_le(b, slot + 26, target & 0xFFFF, 2);
                            self.set_le(b, slot + 20, target >> 16, 2);
                        }
                        2 => {
                            let size = match r.below(3) {
                                0 => r.next_u64() as u32,
                                1 => u32::MAX,
                                _ => r.below(100_000) as u32,
                            };
                            self.set_le(b, slot + 28, size, 4);
                        }
                        3 => {
                            let attr = r.pick(&[0x10u8, 0x20, 0x0F, 0x08, 0x00, 0x3F, 0x16]);
                            self.set(b, slot + 11, attr);
                        }
                        _ => {
                            let from = r.pick(&base.dir_slots);
                            let bytes: Vec<u8> = base.img[from..from + 32].to_vec();
                            for (i, v) in bytes.into_iter().enumerate() {
                                self.set(b, slot + i, v);
                            }
                        }
                    }
                }
                // Boot sector field rewrite.
                8 => {
                    let (off, width) = r.pick(&[
                        (11usize, 2usize),
                        (13, 1),
                        (14, 2),
                        (16, 1),
                        (17, 2),
                        (19, 2),
                        (22, 2),
                        (32, 4),
                        (36, 4),
                        (40, 2),
                        (44, 4),
                        (510, 2),
                        (0, 1),
                    ]);
                    let v = match r.below(4) {
                        0 => 0,
                        1 => u32::MAX,
                        2 => 1 << r.below(8 * width as u64),
                        _ => r.next_u64() as u32,
                    };
                    self.set_le(b, off, v, width);
                }
                // Long-name sequence: ordinal or checksum.
                _ => {
                    let slot = r.pick(&base.dir_slots);
                    if r.below(2) == 0 {
                        self.set(
                            b,
                            slot,
                            r.pick(&[0x41, 0x42, 0x01, 0x02, 0x54, 0x40, 0x00, 0xE5]),
                        );
                    } else {
                        let v = r.next_u64() as u8;
                        self.set(b, slot + 13, v);
                    }
                }
            }
        }
        (b, len)
    }

    fn restore(&mut self, b: usize) {
        while let Some((off, v)) = self.undo.pop() {
            self.bases[b].img[off] = v;
        }
    }

    /// The mutated image of case `case` (for replaying a failure).
    pub fn case_image(&mut self, case: u64) -> Vec<u8> {
        let (b, len) = self.mutate(case);
        let v = self.bases[b].img[..len].to_vec();
        self.restore(b);
        v
    }

    /// Runs case `case`: mutate, mount, walk, read, check, undo.
    pub fn run(&mut self, case: u64) -> Outcome {
        let (b, len) = self.mutate(case);
        let cross_check = case & 1 == 1;
        let out = exercise(&self.bases[b].img[..len], cross_check);
        self.restore(b);
        out
    }
}

fn path_of(fs: &Fs<'_>, mut ino: Ino) -> Option<String> {
    let vol = fs.volume();
    let mut parts = Vec::new();
    while ino != ROOT {
        parts.push(vol.name_of(ino).ok()?);
        let p = vol.parent_of(ino).ok()?;
        // Parents always have smaller numbers (breadth-first index).
        assert!(p < ino, "parent index not below child");
        ino = p;
    }
    let mut s = String::new();
    for p in parts.iter().rev() {
        s.push('/');
        s.push_str(p);
    }
    if s.is_empty() {
        s.push('/');
    }
    Some(s)
}

/// Mounts `img` and uses every part of the API on everything in it,
/// asserting invariants that must hold on any image that mounts.
pub fn exercise(img: &[u8], cross_check: bool) -> Outcome {
    // The bulk run walker agrees with following the FAT one entry at a time.
    if let Ok(l) = Layout::parse(img) {
        for c in 2..(l.cluster_count + 2).min(66) {
            for max in [0, 1, 7, 40] {
                let mut x = c;
                while x - c < max
                    && (x as u64) < u64::from(l.cluster_count) + 1
                    && l.next(img, x) == Next::Cluster(x + 1)
                {
                    x += 1;
                }
                assert_eq!(l.run_len(img, c, max), x - c, "run_len({c}, {max})");
            }
        }
    }
    // The boot-time seal check must not panic either (its verdict is not
    // compared: a mutation outside the metadata keeps the seal valid).
    let _ = crate::seal::check(img);
    // Cases without the cross-check mount as the kernel does: without the
    // FAT crate's gate, so everything after mount sees the images it would reject.
    let opts = MountOptions {
        cross_check,
        fat_gate: cross_check,
        max_open: 8,
    };
    let mut fs = match Fs::mount_with(img, &opts) {
        Ok(fs) => fs,
        Err(e) => return Outcome::Rejected(e),
    };
    let sum = fs.summary();
    let nodes = fs.volume().node_count();
    assert_eq!(sum.files + sum.dirs + 1, nodes as u64);
    let mut buf = [0u8; 3000];
    let mut total = 0u64;
    let mut skipped = false;
    for ino in 0..nodes as Ino {
        let st = fs.volume().stat_ino(ino).expect("stat of an indexed node");
        let Some(path) = path_of(&fs, ino) else {
            skipped = true;
            continue;
        };
        if path.len() <= MAX_PATH && !path.split('/').any(|c| c == "." || c == "..") {
            // Duplicate names resolve to the first; same kind at least.
            let found = fs.stat(&path).expect("lookup of an indexed path");
            if found.ino == ino {
                assert_eq!(found, st);
            }
        }
        if st.is_dir {
            let n = fs.volume().read_dir_ino(ino).expect("readdir").count();
            let mut k = 0;
            while fs.volume().dir_entry(ino, k).expect("dir_entry").is_some() {
                k += 1;
            }
            assert_eq!(n, k);
            continue;
        }
        let Ok(fd) = fs.open(&path) else {
            skipped = true;
            continue;
        };
        if fs.fstat(fd).unwrap().ino != ino {
            fs.close(fd).unwrap();
            skipped = true;
            continue;
        }
        let mut got = 0u64;
        loop {
            let n = fs.read(fd, &mut buf).expect("read");
            if n == 0 {
                break;
            }
            got += n as u64;
        }
        assert_eq!(got, st.size, "read length equals size");
        if let Some(c) = fs.contents(fd).unwrap() {
            assert_eq!(c.len() as u64, st.size);
        }
        let mid = st.size / 2;
        let n = fs.pread(fd, &mut buf, mid).expect("pread");
        assert_eq!(n as u64, (st.size - mid).min(buf.len() as u64));
        assert_eq!(fs.seek(fd, SeekFrom::End(0)).unwrap(), st.size);
        assert_eq!(fs.read(fd, &mut buf).unwrap(), 0);
        assert_eq!(fs.write(fd, b"x"), Err(FsError::ReadOnly));
        fs.close(fd).unwrap();
        total += got;
    }
    assert_eq!(fs.open_count(), 0);
    if !skipped {
        assert_eq!(total, sum.bytes);
    }
    Outcome::Mounted {
        nodes,
        bytes: total,
    }
}
