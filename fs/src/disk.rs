//! The image as a disk for the FAT crate (lamfat, imported as `fatfs`), and
//! the two places mount uses that crate: the boot-sector gate and the optional
//! cross-check of the whole tree.
//!
//! `MemDisk` reads from a byte slice and refuses every write. It also carries
//! a read budget: once the FAT crate has read more than a fixed multiple of the
//! image, every further read fails, so no loop inside the crate can run
//! forever on a hostile image. The cross-check only runs after this crate's
//! own walk has validated every chain, so in practice the budget is a second
//! line of defence.

use alloc::string::String;
use alloc::vec::Vec;

use fatfs::{IoBase, IoError, Read, Seek, SeekFrom, Write};

use crate::error::Corruption;
use crate::volume::{Ino, Volume, ROOT};

/// Errors of the in-memory disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskError {
    /// Writes are refused: the image is read-only.
    ReadOnly,
    /// A read or seek outside the image.
    OutOfRange,
    /// The read budget is spent (see module docs).
    BudgetExceeded,
    UnexpectedEof,
    WriteZero,
}

impl IoError for DiskError {
    fn is_interrupted(&self) -> bool {
        false
    }
    fn new_unexpected_eof_error() -> Self {
        DiskError::UnexpectedEof
    }
    fn new_write_zero_error() -> Self {
        DiskError::WriteZero
    }
}

/// A read-only disk over a byte slice, for the FAT crate.
pub struct MemDisk<'a> {
    img: &'a [u8],
    pos: u64,
    budget: u64,
}

impl<'a> MemDisk<'a> {
    /// A disk over `img` whose reads stop after `budget` bytes in total.
    pub fn new(img: &'a [u8], budget: u64) -> Self {
        MemDisk {
            img,
            pos: 0,
            budget,
        }
    }
}

impl IoBase for MemDisk<'_> {
    type Error = DiskError;
}

impl Read for MemDisk<'_> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize, DiskError> {
        let len = self.img.len() as u64;
        if self.pos >= len {
            return Ok(0);
        }
        let n = (len - self.pos).min(buf.len() as u64);
        // Every call costs at least one unit, so even zero-length reads
        // in a loop run out.
        let cost = n.max(1);
        if cost > self.budget {
            return Err(DiskError::BudgetExceeded);
        }
        self.budget -= cost;
        let start = self.pos as usize;
        buf[..n as usize].copy_from_slice(&self.img[start..start + n as usize]);
        self.pos += n;
        Ok(n as usize)
    }
}

impl Write for MemDisk<'_> {
    fn write(&mut self, _buf: &[u8]) -> Result<usize, DiskError> {
        Err(DiskError::ReadOnly)
    }
    fn flush(&mut self) -> Result<(), DiskError> {
        Ok(())
    }
}

impl Seek for MemDisk<'_> {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64, DiskError> {
        let len = self.img.len() as i128;
        let new = match pos {
            SeekFrom::Start(n) => i128::from(n),
            SeekFrom::End(d) => len + i128::from(d),
            SeekFrom::Current(d) => i128::from(self.pos) + i128::from(d),
        };
        if new < 0 || new > len {
            return Err(DiskError::OutOfRange);
        }
        self.pos = new as u64;
        Ok(self.pos)
    }
}

/// One entry as the FAT crate lists it: name, is_dir, size, merged extents
/// (files only).
type Listed = (String, bool, u64, Option<Vec<(u64, u32)>>);

type FatFs<'a> =
    fatfs::FileSystem<MemDisk<'a>, fatfs::NullTimeProvider, fatfs::LossyOemCpConverter>;

fn open_fat(img: &[u8], budget: u64) -> Result<FatFs<'_>, Corruption> {
    let opts = fatfs::FsOptions::new()
        .update_accessed_date(false)
        .time_provider(fatfs::NullTimeProvider::new());
    fatfs::FileSystem::new(MemDisk::new(img, budget), opts)
        .map_err(|_| Corruption::RejectedByFatCrate)
}

/// Mounts `img` with the FAT crate (boot sector and FSInfo checks) and drops
/// it again. Cheap: a few sectors are read.
pub(crate) fn gate(img: &[u8]) -> Result<(), Corruption> {
    open_fat(img, 64 * 1024).map(drop)
}

/// Walks the whole tree with the FAT crate and compares it with `vol`: names,
/// kinds, sizes and file extents, directory by directory.
pub(crate) fn cross_check(img: &[u8], vol: &Volume<'_>) -> Result<(), Corruption> {
    let budget = (img.len() as u64).saturating_mul(4).saturating_add(1 << 20);
    let fs = open_fat(img, budget)?;
    let mismatch = Corruption::CrossCheckMismatch;
    let mut stack: Vec<(fatfs::Dir<'_, MemDisk<'_>, _, _>, Ino)> =
        alloc::vec![(fs.root_dir(), ROOT)];
    let mut listed: Vec<Listed> = Vec::new();
    while let Some((dir, ino)) = stack.pop() {
        listed.clear();
        let mut subdirs = Vec::new();
        for entry in dir.iter() {
            let entry = entry.map_err(|_| mismatch)?;
            let name = entry.file_name();
            if name == "." || name == ".." {
                continue;
            }
            let exts = if entry.is_dir() {
                subdirs.push((name.clone(), entry.to_dir()));
                None
            } else if entry.len() == 0 {
                // An empty file's cluster field is ignored (the FAT crate
                // would still follow it).
                Some(Vec::new())
            } else {
                let mut v: Vec<(u64, u32)> = Vec::new();
                for ext in entry.to_file().extents() {
                    let ext = ext.map_err(|_| mismatch)?;
                    match v.last_mut() {
                        Some(last) if last.0 + u64::from(last.1) == ext.offset => {
                            last.1 += ext.size
                        }
                        _ => v.push((ext.offset, ext.size)),
                    }
                }
                Some(v)
            };
            listed.push((name, entry.is_dir(), entry.len(), exts));
        }
        listed.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        let mut mine = vol.read_dir_ino(ino).map_err(|_| mismatch)?;
        for (name, is_dir, len, exts) in &listed {
            let e = mine.next().ok_or(mismatch)?;
            if e.name != name || e.is_dir != *is_dir {
                return Err(mismatch);
            }
            if let Some(exts) = exts {
                if e.size != *len {
                    return Err(mismatch);
                }
                let ours = vol.extents(e.ino).map_err(|_| mismatch)?;
                if !ours
                    .map(|(o, l)| (o as u64, l))
                    .eq(exts.iter().copied().filter(|x| x.1 > 0))
                {
                    return Err(mismatch);
                }
            }
        }
        if mine.next().is_some() {
            return Err(mismatch);
        }
        for (name, d) in subdirs {
            let child = vol.child(ino, &name).map_err(|_| mismatch)?;
            stack.push((d, child));
        }
    }
    Ok(())
}
