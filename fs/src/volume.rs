//! The mounted, immutable view of a FAT image: a tree index built once at
//! mount, and lock-free reads from it.
//!
//! Mount walks every directory breadth-first, decodes entries (8.3 and long
//! names), follows every cluster chain exactly once and records each file as a
//! list of extents (runs of contiguous clusters, as byte ranges of the image).
//! A bitmap of owned clusters makes every walk bounded: a chain that comes back
//! to a cluster already seen (a cycle, a cross-link, a directory that contains
//! an ancestor) is `Corruption::ClusterLoop`. After mount, reads are slice
//! copies from the extents; nothing here allocates on the read path and no FAT
//! code runs.
//!
//! This module is not a handle table (see `Fs`), and it never writes.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::ops::Range;

use crate::error::{Corruption, FsError};
use crate::layout::{FatKind, Layout, Next};

/// Longest path accepted by lookups, in bytes (PATH_MAX).
pub const MAX_PATH: usize = 4096;

/// Index of a node (file or directory) in a mounted volume; the root is 0.
/// Stable for the life of the mount, usable as an inode number.
pub type Ino = u32;

/// The root directory's node.
pub const ROOT: Ino = 0;

#[derive(Debug, Clone, Copy)]
enum Kind {
    /// Children are `nodes[start..start + len]`, sorted by name bytes.
    Dir { start: u32, len: u32 },
    /// Extents are `extents[start..start + len]`, in file order.
    File { size: u32, start: u32, len: u32 },
}

#[derive(Debug, Clone, Copy)]
struct Node {
    name: (u32, u32),
    parent: Ino,
    /// First cluster (0 for the FAT12/16 root and empty files).
    cluster: u32,
    kind: Kind,
}

/// A run of file bytes stored contiguously in the image.
#[derive(Debug, Clone, Copy)]
struct Extent {
    /// Offset of the run inside the file.
    file_off: u32,
    /// Offset of the run inside the image.
    img_off: usize,
    len: u32,
}

/// File metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub ino: Ino,
    /// File size in bytes; 0 for directories.
    pub size: u64,
    pub is_dir: bool,
}

/// One directory entry as listed by `readdir`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirEntry<'v> {
    pub name: &'v str,
    pub ino: Ino,
    pub is_dir: bool,
    /// File size in bytes; 0 for directories.
    pub size: u64,
}

/// What is on a mounted volume, for the boot log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Regular files.
    pub files: u64,
    /// Directories, not counting the root.
    pub dirs: u64,
    /// Sum of all file sizes.
    pub bytes: u64,
    pub fat: FatKind,
    pub cluster_size: u32,
    /// Bytes of the image covered by the volume.
    pub image_bytes: u64,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} files, {} dirs, {} bytes ({}, {} B clusters, {} B image)",
            self.files,
            self.dirs,
            self.bytes,
            self.fat.name(),
            self.cluster_size,
            self.image_bytes
        )
    }
}

/// A mounted, validated, immutable FAT volume. `Sync`: share it freely.
pub struct Volume<'a> {
    img: &'a [u8],
    layout: Layout,
    nodes: Vec<Node>,
    extents: Vec<Extent>,
    names: String,
    summary: Summary,
}

/// Short-name checksum of the 11 name bytes (fatgen103 "ChkSum").
fn sfn_checksum(name: &[u8]) -> u8 {
    name.iter().fold(0u8, |sum, &b| {
        ((sum & 1) << 7).wrapping_add(sum >> 1).wrapping_add(b)
    })
}

/// Long-name accumulator: the entries precede their short entry in reverse
/// order (ordinal N with the 0x40 flag first, down to 1).
struct LongName {
    units: [u16; 20 * 13],
    /// Total entries announced by the first (last-ordinal) entry.
    count: u8,
    /// Ordinal expected next; 0 when complete.
    next: u8,
    checksum: u8,
    active: bool,
}

impl LongName {
    fn new() -> Self {
        LongName {
            units: [0xFFFF; 260],
            count: 0,
            next: 0,
            checksum: 0,
            active: false,
        }
    }

    fn reset(&mut self) {
        self.active = false;
    }

    fn feed(&mut self, e: &[u8]) {
        let ord = e[0];
        if ord & 0x40 != 0 {
            let n = ord & 0x1F;
            if n == 0 || n > 20 {
                self.active = false;
                return;
            }
            self.active = true;
            self.count = n;
            self.next = n;
            self.checksum = e[13];
        }
        if !self.active || ord & 0x1F != self.next || self.next == 0 || e[13] != self.checksum {
            self.active = false;
            return;
        }
        let base = (self.next as usize - 1) * 13;
        let offs = [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30];
        for (i, &o) in offs.iter().enumerate() {
            self.units[base + i] = u16::from_le_bytes([e[o], e[o + 1]]);
        }
        self.next -= 1;
    }

    /// The decoded long name for the short entry `sfn`, if the sequence is
    /// complete and its checksum matches.
    ///
    /// A complete sequence whose name is not laid out as the specification
    /// says (NUL terminator, if any, in the last entry, then only 0xFFFF
    /// padding) is a corrupt entry, not a silently shortened name.
    fn take(&mut self, sfn: &[u8]) -> Result<Option<&[u16]>, Corruption> {
        let ok = self.active && self.next == 0 && self.checksum == sfn_checksum(&sfn[..11]);
        self.active = false;
        if !ok {
            return Ok(None);
        }
        let all = &self.units[..self.count as usize * 13];
        let len = all.iter().position(|&u| u == 0).unwrap_or(all.len());
        let in_last_entry = len > (self.count as usize - 1) * 13;
        let padding_ok = all
            .get(len + 1..)
            .unwrap_or(&[])
            .iter()
            .all(|&u| u == 0xFFFF);
        let name_ok = !all[..len].contains(&0xFFFF);
        if !in_last_entry || !padding_ok || !name_ok {
            return Err(Corruption::BadDirEntry);
        }
        Ok(Some(&all[..len]))
    }
}

/// Appends the 8.3 name of a short entry to `out`, as the FAT library shows
/// it: trailing spaces trimmed, a dot before a non-empty extension, 0x05 read
/// as 0xE5, the NT lower-case flags applied, non-ASCII bytes as U+FFFD.
fn push_short_name(e: &[u8], out: &mut String) {
    let base_len = e[..8].iter().rposition(|&b| b != b' ').map_or(0, |p| p + 1);
    let ext_len = e[8..11]
        .iter()
        .rposition(|&b| b != b' ')
        .map_or(0, |p| p + 1);
    let lower_base = e[12] & 0x08 != 0;
    let lower_ext = e[12] & 0x10 != 0;
    let push = |out: &mut String, b: u8, lower: bool| {
        if b < 0x80 {
            let c = if lower { b.to_ascii_lowercase() } else { b };
            out.push(char::from(c));
        } else {
            out.push('\u{FFFD}');
        }
    };
    for (i, &b) in e[..base_len].iter().enumerate() {
        let b = if i == 0 && b == 0x05 { 0xE5 } else { b };
        push(out, b, lower_base);
    }
    if ext_len > 0 {
        out.push('.');
        for &b in &e[8..8 + ext_len] {
            push(out, b, lower_ext);
        }
    }
}

/// One bit per data cluster: set once a chain has claimed it.
struct Owned {
    bits: Vec<u64>,
}

impl Owned {
    fn new(clusters: u32) -> Self {
        Owned {
            bits: alloc::vec![0; (clusters as usize).div_ceil(64)],
        }
    }

    /// Claims clusters `c..c + n` (all valid); false if any was already
    /// claimed.
    fn claim_range(&mut self, c: u32, n: u32) -> bool {
        let (mut i, end) = ((c - 2) as usize, (c - 2) as usize + n as usize);
        while i < end {
            let (w, b) = (i / 64, i % 64);
            let take = (64 - b).min(end - i);
            let mask = if take == 64 {
                u64::MAX
            } else {
                ((1u64 << take) - 1) << b
            };
            if self.bits[w] & mask != 0 {
                return false; // mount fails; partial claims do not matter
            }
            self.bits[w] |= mask;
            i += take;
        }
        true
    }

    /// Claims cluster `c` (valid); false if it was already claimed.
    fn claim(&mut self, c: u32) -> bool {
        let i = (c - 2) as usize;
        let (w, b) = (i / 64, 1u64 << (i % 64));
        let seen = self.bits[w] & b != 0;
        self.bits[w] |= b;
        !seen
    }
}

struct Builder<'a> {
    img: &'a [u8],
    l: Layout,
    owned: Owned,
    nodes: Vec<Node>,
    extents: Vec<Extent>,
    names: String,
    /// Scratch: byte ranges of the directory being parsed.
    dir_runs: Vec<(usize, usize)>,
}

impl<'a> Builder<'a> {
    /// Follows a directory's chain, claiming every cluster, into `dir_runs`.
    fn dir_chain(&mut self, first: u32) -> Result<(), Corruption> {
        self.dir_runs.clear();
        let cs = self.l.cluster_size as usize;
        let mut c = first;
        loop {
            if !self.l.valid_cluster(c) {
                return Err(Corruption::BadClusterInChain);
            }
            if !self.owned.claim(c) {
                return Err(Corruption::ClusterLoop);
            }
            let off = self.l.cluster_offset(c);
            match self.dir_runs.last_mut() {
                Some(last) if last.0 + last.1 == off => last.1 += cs,
                _ => self.dir_runs.push((off, cs)),
            }
            match self.l.next(self.img, c) {
                Next::End => return Ok(()),
                Next::Cluster(n) => c = n,
                Next::Invalid => return Err(Corruption::BadClusterInChain),
            }
        }
    }

    /// Follows a file's chain for exactly `size` bytes, claiming clusters and
    /// appending merged extents. Returns the extent range. Straight runs
    /// (cluster x linking to x+1) are taken in bulk.
    fn file_chain(&mut self, first: u32, size: u32) -> Result<(u32, u32), Corruption> {
        let start = self.extents.len() as u32;
        if size == 0 {
            return Ok((start, 0));
        }
        let cs = self.l.cluster_size;
        let need = size.div_ceil(cs);
        let mut c = first;
        let mut done = 0u32; // clusters taken
        let mut file_off = 0u32;
        while done < need {
            if !self.l.valid_cluster(c) {
                return Err(Corruption::BadClusterInChain);
            }
            // Clusters c..=c+links form one contiguous run.
            let links = self.l.run_len(self.img, c, need - done - 1);
            let run = links + 1;
            if !self.owned.claim_range(c, run) {
                return Err(Corruption::ClusterLoop);
            }
            let len = (u64::from(run) * u64::from(cs)).min(u64::from(size - file_off)) as u32;
            let img_off = self.l.cluster_offset(c);
            let own_last = if self.extents.len() as u32 > start {
                self.extents.last_mut()
            } else {
                None
            };
            match own_last {
                Some(last) if last.img_off + last.len as usize == img_off => last.len += len,
                _ => self.extents.push(Extent {
                    file_off,
                    img_off,
                    len,
                }),
            }
            file_off += len;
            done += run;
            c += links;
            match (self.l.next(self.img, c), done == need) {
                (Next::Cluster(n), false) => c = n,
                (Next::End, true) => {}
                (Next::Invalid, _) => return Err(Corruption::BadClusterInChain),
                _ => return Err(Corruption::ChainLengthMismatch),
            }
        }
        Ok((start, self.extents.len() as u32 - start))
    }

    /// Parses the directory held in `dir_runs` and appends its children as
    /// nodes, sorted by name. Returns the child range.
    fn parse_dir(&mut self, parent: Ino) -> Result<(u32, u32), Corruption> {
        let start = self.nodes.len();
        let mut lfn = LongName::new();
        let runs = core::mem::take(&mut self.dir_runs);
        let mut result = Ok(());
        'runs: for &(off, len) in &runs {
            for e in self.img[off..off + len].chunks_exact(32) {
                match e[0] {
                    0x00 => break 'runs,
                    0xE5 => {
                        lfn.reset();
                        continue;
                    }
                    _ => {}
                }
                let attr = e[11];
                if attr & 0x3F == 0x0F {
                    lfn.feed(e);
                    continue;
                }
                if attr & 0x08 != 0 {
                    lfn.reset();
                    continue; // volume label
                }
                if e[0] == b'.' && (&e[1..11] == b"          " || &e[1..11] == b".         ") {
                    lfn.reset();
                    continue; // "." and ".."
                }
                if let Err(err) = self.add_entry(e, &mut lfn, parent) {
                    result = Err(err);
                    break 'runs;
                }
            }
        }
        self.dir_runs = runs;
        result?;
        let names = &self.names;
        let name_of = |n: &Node| &names.as_bytes()[n.name.0 as usize..n.name.1 as usize];
        // The packer writes entries in name order: check before sorting, so
        // the sort's code only runs (and, under an emulator, is only
        // translated) for images written by something else.
        let kids = &mut self.nodes[start..];
        if !kids.is_sorted_by(|a, b| name_of(a) <= name_of(b)) {
            heap_sort_by(kids, |a, b| name_of(a) < name_of(b));
        }
        Ok((start as u32, (self.nodes.len() - start) as u32))
    }

    fn add_entry(
        &mut self,
        e: &'a [u8],
        lfn: &mut LongName,
        parent: Ino,
    ) -> Result<(), Corruption> {
        let name_start = self.names.len();
        match lfn.take(e)? {
            Some(units) => {
                for c in char::decode_utf16(units.iter().copied()) {
                    self.names.push(c.unwrap_or('\u{FFFD}'));
                }
            }
            None => push_short_name(e, &mut self.names),
        }
        let name = &self.names[name_start..];
        if name.is_empty()
            || name.bytes().any(|b| b == b'/' || b == 0)
            || name == "."
            || name == ".."
        {
            return Err(Corruption::BadDirEntry);
        }
        if self.names.len() > u32::MAX as usize || self.nodes.len() >= u32::MAX as usize {
            return Err(Corruption::TooLarge);
        }
        let hi = if self.l.kind == FatKind::Fat32 {
            u32::from(u16::from_le_bytes([e[20], e[21]])) << 16
        } else {
            0
        };
        let cluster = hi | u32::from(u16::from_le_bytes([e[26], e[27]]));
        let kind = if e[11] & 0x10 != 0 {
            if cluster == 0 {
                return Err(Corruption::BadDirEntry);
            }
            // Children filled in when this directory's turn comes.
            Kind::Dir { start: 0, len: 0 }
        } else {
            let size = u32::from_le_bytes([e[28], e[29], e[30], e[31]]);
            let (start, len) = self.file_chain(cluster, size)?;
            Kind::File { size, start, len }
        };
        self.nodes.push(Node {
            name: (name_start as u32, self.names.len() as u32),
            parent,
            cluster,
            kind,
        });
        Ok(())
    }
}

impl<'a> Volume<'a> {
    /// Validates `img` and builds the index. Bounded: every chain step claims
    /// a fresh cluster, every directory entry is visited once.
    pub(crate) fn build(img: &'a [u8]) -> Result<Volume<'a>, Corruption> {
        let l = Layout::parse(img)?;
        let mut b = Builder {
            img,
            l,
            owned: Owned::new(l.cluster_count),
            nodes: Vec::new(),
            extents: Vec::new(),
            names: String::new(),
            dir_runs: Vec::new(),
        };
        let root_cluster = if l.kind == FatKind::Fat32 {
            l.root_cluster
        } else {
            0
        };
        b.nodes.push(Node {
            name: (0, 0),
            parent: ROOT,
            cluster: root_cluster,
            kind: Kind::Dir { start: 0, len: 0 },
        });
        let mut i = 0;
        while i < b.nodes.len() {
            let node = b.nodes[i];
            if let Kind::Dir { .. } = node.kind {
                if i == 0 && l.kind != FatKind::Fat32 {
                    b.dir_runs.clear();
                    b.dir_runs.push(l.root_region);
                } else {
                    b.dir_chain(node.cluster)?;
                }
                let (start, len) = b.parse_dir(i as Ino)?;
                b.nodes[i].kind = Kind::Dir { start, len };
            }
            i += 1;
        }
        let mut summary = Summary {
            files: 0,
            dirs: 0,
            bytes: 0,
            fat: l.kind,
            cluster_size: l.cluster_size,
            image_bytes: l.volume_len as u64,
        };
        for n in &b.nodes[1..] {
            match n.kind {
                Kind::Dir { .. } => summary.dirs += 1,
                Kind::File { size, .. } => {
                    summary.files += 1;
                    summary.bytes += u64::from(size);
                }
            }
        }
        Ok(Volume {
            img,
            layout: l,
            nodes: b.nodes,
            extents: b.extents,
            names: b.names,
            summary,
        })
    }

    /// Files, directories and bytes on the volume.
    pub fn summary(&self) -> Summary {
        self.summary
    }

    /// The image this volume was mounted from.
    pub fn image(&self) -> &'a [u8] {
        self.img
    }

    /// The FAT variant of the volume.
    pub fn fat_kind(&self) -> FatKind {
        self.layout.kind
    }

    /// Number of nodes (files and directories, with the root).
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    fn node(&self, ino: Ino) -> Result<&Node, FsError> {
        self.nodes.get(ino as usize).ok_or(FsError::NotFound)
    }

    fn name(&self, n: &Node) -> &str {
        &self.names[n.name.0 as usize..n.name.1 as usize]
    }

    /// The name of a node ("" for the root).
    pub fn name_of(&self, ino: Ino) -> Result<&str, FsError> {
        Ok(self.name(self.node(ino)?))
    }

    /// The parent directory of a node (the root is its own parent).
    pub fn parent_of(&self, ino: Ino) -> Result<Ino, FsError> {
        Ok(self.node(ino)?.parent)
    }

    fn children(&self, n: &Node) -> Range<usize> {
        match n.kind {
            Kind::Dir { start, len } => start as usize..(start + len) as usize,
            Kind::File { .. } => 0..0,
        }
    }

    /// Finds `name` (exact bytes, case as stored) in directory `dir`.
    pub fn child(&self, dir: Ino, name: &str) -> Result<Ino, FsError> {
        let n = self.node(dir)?;
        if let Kind::File { .. } = n.kind {
            return Err(FsError::NotADirectory);
        }
        let r = self.children(n);
        let kids = &self.nodes[r.clone()];
        let i = kids.partition_point(|k| self.name(k).as_bytes() < name.as_bytes());
        match kids.get(i) {
            Some(k) if self.name(k) == name => Ok((r.start + i) as Ino),
            _ => Err(FsError::NotFound),
        }
    }

    /// Resolves an absolute path. Empty components and "." are skipped, ".."
    /// goes to the parent; a trailing '/' requires a directory.
    pub fn lookup(&self, path: &str) -> Result<Ino, FsError> {
        if path.len() > MAX_PATH {
            return Err(FsError::NameTooLong);
        }
        if !path.starts_with('/') || path.contains('\0') {
            return Err(FsError::InvalidPath);
        }
        let mut cur = ROOT;
        for comp in path.split('/') {
            match comp {
                "" | "." => {
                    if let Kind::File { .. } = self.nodes[cur as usize].kind {
                        return Err(FsError::NotADirectory);
                    }
                }
                ".." => {
                    if let Kind::File { .. } = self.nodes[cur as usize].kind {
                        return Err(FsError::NotADirectory);
                    }
                    cur = self.nodes[cur as usize].parent;
                }
                name => cur = self.child(cur, name)?,
            }
        }
        Ok(cur)
    }

    /// Metadata of a node.
    pub fn stat_ino(&self, ino: Ino) -> Result<Stat, FsError> {
        let n = self.node(ino)?;
        Ok(match n.kind {
            Kind::Dir { .. } => Stat {
                ino,
                size: 0,
                is_dir: true,
            },
            Kind::File { size, .. } => Stat {
                ino,
                size: u64::from(size),
                is_dir: false,
            },
        })
    }

    /// Metadata of the node at `path`.
    pub fn stat(&self, path: &str) -> Result<Stat, FsError> {
        self.stat_ino(self.lookup(path)?)
    }

    /// The `index`-th entry of directory `dir` (sorted by name), or `None`
    /// past the end. "." and ".." are not listed.
    pub fn dir_entry(&self, dir: Ino, index: usize) -> Result<Option<DirEntry<'_>>, FsError> {
        let n = self.node(dir)?;
        if let Kind::File { .. } = n.kind {
            return Err(FsError::NotADirectory);
        }
        let r = self.children(n);
        if index >= r.len() {
            return Ok(None);
        }
        let ino = (r.start + index) as Ino;
        let st = self.stat_ino(ino)?;
        Ok(Some(DirEntry {
            name: self.name(&self.nodes[ino as usize]),
            ino,
            is_dir: st.is_dir,
            size: st.size,
        }))
    }

    /// Lists directory `dir`.
    pub fn read_dir_ino(&self, dir: Ino) -> Result<ReadDir<'_, 'a>, FsError> {
        let n = self.node(dir)?;
        if let Kind::File { .. } = n.kind {
            return Err(FsError::NotADirectory);
        }
        Ok(ReadDir {
            vol: self,
            dir,
            next: 0,
        })
    }

    /// Lists the directory at `path`.
    pub fn read_dir(&self, path: &str) -> Result<ReadDir<'_, 'a>, FsError> {
        self.read_dir_ino(self.lookup(path)?)
    }

    fn file(&self, ino: Ino) -> Result<(u32, &[Extent]), FsError> {
        match self.node(ino)?.kind {
            Kind::Dir { .. } => Err(FsError::IsADirectory),
            Kind::File { size, start, len } => {
                Ok((size, &self.extents[start as usize..(start + len) as usize]))
            }
        }
    }

    /// Reads from file `ino` at `offset` into `buf`; returns the bytes read
    /// (0 at or past the end). A slice copy per extent touched; no
    /// allocation.
    pub fn read_at(&self, ino: Ino, offset: u64, buf: &mut [u8]) -> Result<usize, FsError> {
        let (size, exts) = self.file(ino)?;
        if offset >= u64::from(size) || buf.is_empty() {
            return Ok(0);
        }
        let mut pos = offset as u32;
        let want = (u64::from(size) - offset).min(buf.len() as u64) as usize;
        // First extent whose end is past `pos`.
        let mut i = exts.partition_point(|e| e.file_off + e.len <= pos);
        let mut done = 0;
        while done < want {
            let e = &exts[i];
            let in_ext = (pos - e.file_off) as usize;
            let n = (e.len as usize - in_ext).min(want - done);
            let src = e.img_off + in_ext;
            buf[done..done + n].copy_from_slice(&self.img[src..src + n]);
            done += n;
            pos += n as u32;
            i += 1;
        }
        Ok(done)
    }

    /// The whole content of file `ino` as one slice of the image, when the
    /// file is stored contiguously (every file the packer writes is). Zero
    /// copy: the slice lives as long as the image.
    pub fn contiguous(&self, ino: Ino) -> Result<Option<&'a [u8]>, FsError> {
        let (size, exts) = self.file(ino)?;
        Ok(match exts {
            [] if size == 0 => Some(&self.img[..0]),
            [e] => Some(&self.img[e.img_off..e.img_off + e.len as usize]),
            _ => None,
        })
    }

    /// Number of extents of file `ino` (1 for a contiguous non-empty file).
    pub fn extent_count(&self, ino: Ino) -> Result<usize, FsError> {
        Ok(self.file(ino)?.1.len())
    }

    /// The extents of file `ino` as (image offset, length) pairs.
    pub fn extents(&self, ino: Ino) -> Result<impl Iterator<Item = (usize, u32)> + '_, FsError> {
        Ok(self.file(ino)?.1.iter().map(|e| (e.img_off, e.len)))
    }

    /// First cluster of a node, as stored in its directory entry.
    pub fn first_cluster(&self, ino: Ino) -> Result<u32, FsError> {
        Ok(self.node(ino)?.cluster)
    }

    /// Where the metadata ends: the end of the root region (FAT12/16) and
    /// of every directory's last cluster, whichever is furthest. The chains
    /// were validated by `build`, so following them ends.
    #[cfg(feature = "pack")]
    pub(crate) fn meta_end(&self) -> usize {
        let l = &self.layout;
        let mut end = l.data_offset;
        for n in &self.nodes {
            if !matches!(n.kind, Kind::Dir { .. }) || n.cluster == 0 {
                continue;
            }
            let mut c = n.cluster;
            while l.valid_cluster(c) {
                end = end.max(l.cluster_offset(c) + l.cluster_size as usize);
                match l.next(self.img, c) {
                    Next::Cluster(next) => c = next,
                    _ => break,
                }
            }
        }
        end
    }
}

/// Iterator over a directory's entries, sorted by name.
pub struct ReadDir<'v, 'a> {
    vol: &'v Volume<'a>,
    dir: Ino,
    next: usize,
}

impl<'v> Iterator for ReadDir<'v, '_> {
    type Item = DirEntry<'v>;

    fn next(&mut self) -> Option<DirEntry<'v>> {
        let e = self.vol.dir_entry(self.dir, self.next).ok().flatten()?;
        self.next += 1;
        Some(e)
    }
}

/// Sorts `v` by `less` in place, in O(n log n) and without allocating: a
/// heap sort, a few hundred bytes of code where `sort_by` costs the image
/// ~7 KB for a path only foreign images take. Not stable, which is moot:
/// names in one FAT directory are unique.
fn heap_sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    // moves v[root] down the max-heap v[..end]
    let sift_down = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[root], &v[child]) {
            return;
        }
        v.swap(root, child);
        root = child;
    };
    for root in (0..v.len() / 2).rev() {
        sift_down(v, root, v.len());
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

#[cfg(test)]
mod heap_sort_tests {
    use super::{heap_sort_by, Vec};

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for n in [0, 1, 2, 3, 7, 64, 1000] {
            let v: Vec<u32> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed % 50) as u32
                })
                .collect();
            let (mut mine, mut std) = (v.clone(), v);
            heap_sort_by(&mut mine, |a, b| a < b);
            std.sort();
            assert_eq!(mine, std, "n = {n}");
        }
    }
}
