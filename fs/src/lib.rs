//! Mote's read-only in-memory FAT filesystem.
//!
//! What it is: a FAT12/16/32 (long file names) image in a byte slice — in the
//! kernel, a `&'static [u8]` linked into the ELF — mounted read-only, with a
//! small VFS on top (path lookup, open/read/pread/seek/stat/readdir/close on
//! integer handles). Mount validates the whole tree once with bounded walks
//! and builds an extent index, so reads are slice copies straight from the
//! image. The FAT crate (lamfat, the rust-fatfs 0.4 line, imported as
//! `fatfs`) mounts the volume as a boot-sector gate and can re-walk the whole
//! tree as a cross-check (`MountOptions::cross_check`).
//!
//! What it is not: writable (every mutating call returns
//! `FsError::ReadOnly`), a block-device driver, or thread-safe by itself (a
//! `Volume` is immutable and shareable; an `Fs` handle table needs a lock).
//!
//! With the `pack` feature (std), `pack::pack_dir` builds images on the host.

#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]

extern crate alloc;

mod disk;
mod error;
mod layout;
pub mod seal;
mod vfs;
mod volume;

#[cfg(feature = "pack")]
pub mod fuzz;
#[cfg(feature = "pack")]
pub mod pack;

#[cfg(test)]
mod tests;

pub use disk::{DiskError, MemDisk};
pub use error::{Corruption, FsError};
pub use layout::FatKind;
pub use vfs::{Fd, Fs, MountOptions, OpenFlags, SeekFrom};
pub use volume::{DirEntry, Ino, ReadDir, Stat, Summary, Volume, MAX_PATH, ROOT};

/// Mounts `img` and returns its summary without keeping the mount (for tools
/// and a quick boot-time check).
pub fn probe(img: &[u8]) -> Result<Summary, FsError> {
    Ok(Fs::mount(img)?.summary())
}
