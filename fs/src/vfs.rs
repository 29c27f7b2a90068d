//! The VFS: a mounted `Volume` plus a table of open handles with positions.
//!
//! Handles are small integers (`Fd`), reused lowest-first like POSIX file
//! descriptors. Every mutating call exists and fails with
//! `FsError::ReadOnly`; none panics. This is not thread-safe by itself: the
//! kernel puts an `Fs` behind its lock, or shares the `Volume` (which is
//! immutable) and keeps handle tables per process.

use alloc::vec::Vec;

use crate::error::FsError;
use crate::volume::{DirEntry, Ino, ReadDir, Stat, Summary, Volume};
use crate::{disk, FatKind};

/// An open-file handle. The number is the index in the handle table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fd(pub u32);

/// Where a seek is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeekFrom {
    Start(u64),
    Current(i64),
    End(i64),
}

/// How a file is opened. Any write intent fails with `ReadOnly`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenFlags {
    pub write: bool,
    pub create: bool,
    pub truncate: bool,
    pub append: bool,
}

impl OpenFlags {
    /// Read-only open.
    pub const READ: OpenFlags = OpenFlags {
        write: false,
        create: false,
        truncate: false,
        append: false,
    };
}

/// Mount-time choices.
#[derive(Debug, Clone, Copy)]
pub struct MountOptions {
    /// After the index is built, walk the whole tree again with the FAT crate
    /// and compare names, sizes and extents (slower; used by tests and the
    /// fuzzer).
    pub cross_check: bool,
    /// Also let the FAT crate mount the volume (its boot-sector and FSInfo
    /// checks) after this crate's own checks and walk. The packer checks every
    /// image it writes this way (with the cross-check), so the kernel skips it
    /// for its sealed image: at boot under an emulator that code costs about
    /// 0.8 ms to translate.
    pub fat_gate: bool,
    /// Size of the handle table.
    pub max_open: usize,
}

impl Default for MountOptions {
    fn default() -> Self {
        MountOptions {
            cross_check: false,
            fat_gate: true,
            max_open: 1024,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Handle {
    ino: Ino,
    /// Byte position for files; next entry index for directories.
    pos: u64,
    is_dir: bool,
}

/// A mounted read-only filesystem with a handle table.
pub struct Fs<'a> {
    vol: Volume<'a>,
    handles: Vec<Option<Handle>>,
    max_open: usize,
}

impl<'a> Fs<'a> {
    /// Mounts the FAT image in `img` (e.g. a `&'static [u8]` linked into the
    /// kernel). The whole tree is validated here; a corrupt image gives
    /// `FsError::Corrupt`.
    pub fn mount(img: &'a [u8]) -> Result<Fs<'a>, FsError> {
        Self::mount_with(img, &MountOptions::default())
    }

    /// `mount` with options.
    pub fn mount_with(img: &'a [u8], opts: &MountOptions) -> Result<Fs<'a>, FsError> {
        // Our own bounded checks run first, so the FAT crate only ever sees
        // a boot sector that is already known to be sane.
        let vol = Volume::build(img)?;
        if opts.fat_gate || opts.cross_check {
            disk::gate(img)?;
        }
        if opts.cross_check {
            disk::cross_check(img, &vol)?;
        }
        Ok(Fs {
            vol,
            handles: Vec::new(),
            max_open: opts.max_open,
        })
    }

    /// The immutable volume (lookups, stat, readdir, `read_at`).
    pub fn volume(&self) -> &Volume<'a> {
        &self.vol
    }

    /// Files, directories and bytes, for the boot log.
    pub fn summary(&self) -> Summary {
        self.vol.summary()
    }

    /// FAT12, FAT16 or FAT32.
    pub fn fat_kind(&self) -> FatKind {
        self.vol.fat_kind()
    }

    /// Opens a file or directory for reading.
    pub fn open(&mut self, path: &str) -> Result<Fd, FsError> {
        self.open_with(path, OpenFlags::READ)
    }

    /// Opens with flags; any write intent is `ReadOnly` (after the path is
    /// checked, so a missing file without `create` is still `NotFound`).
    pub fn open_with(&mut self, path: &str, flags: OpenFlags) -> Result<Fd, FsError> {
        let found = self.vol.lookup(path);
        if flags.write || flags.create || flags.truncate || flags.append {
            return match found {
                Ok(_) | Err(FsError::NotFound) => Err(FsError::ReadOnly),
                Err(e) => Err(e),
            };
        }
        let ino = found?;
        let is_dir = self.vol.stat_ino(ino)?.is_dir;
        let h = Handle {
            ino,
            pos: 0,
            is_dir,
        };
        if let Some(i) = self.handles.iter().position(Option::is_none) {
            self.handles[i] = Some(h);
            return Ok(Fd(i as u32));
        }
        if self.handles.len() >= self.max_open {
            return Err(FsError::TooManyOpen);
        }
        self.handles.push(Some(h));
        Ok(Fd((self.handles.len() - 1) as u32))
    }

    fn handle(&self, fd: Fd) -> Result<&Handle, FsError> {
        self.handles
            .get(fd.0 as usize)
            .and_then(Option::as_ref)
            .ok_or(FsError::BadHandle)
    }

    fn handle_mut(&mut self, fd: Fd) -> Result<&mut Handle, FsError> {
        self.handles
            .get_mut(fd.0 as usize)
            .and_then(Option::as_mut)
            .ok_or(FsError::BadHandle)
    }

    /// Reads at the handle's position and advances it.
    pub fn read(&mut self, fd: Fd, buf: &mut [u8]) -> Result<usize, FsError> {
        let h = *self.handle(fd)?;
        if h.is_dir {
            return Err(FsError::IsADirectory);
        }
        let n = self.vol.read_at(h.ino, h.pos, buf)?;
        self.handle_mut(fd)?.pos = h.pos + n as u64;
        Ok(n)
    }

    /// Reads at `offset` without moving the handle's position.
    pub fn pread(&self, fd: Fd, buf: &mut [u8], offset: u64) -> Result<usize, FsError> {
        let h = self.handle(fd)?;
        if h.is_dir {
            return Err(FsError::IsADirectory);
        }
        self.vol.read_at(h.ino, offset, buf)
    }

    /// Moves the position (past the end is allowed and reads 0 bytes);
    /// returns the new position.
    pub fn seek(&mut self, fd: Fd, pos: SeekFrom) -> Result<u64, FsError> {
        let h = *self.handle(fd)?;
        let size = self.vol.stat_ino(h.ino)?.size;
        let new = match pos {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::Current(d) => h.pos.checked_add_signed(d),
            SeekFrom::End(d) => size.checked_add_signed(d),
        };
        let new = new
            .filter(|&n| n <= i64::MAX as u64)
            .ok_or(FsError::InvalidSeek)?;
        self.handle_mut(fd)?.pos = new;
        Ok(new)
    }

    /// Metadata of an open handle.
    pub fn fstat(&self, fd: Fd) -> Result<Stat, FsError> {
        self.vol.stat_ino(self.handle(fd)?.ino)
    }

    /// Metadata of the node at `path`.
    pub fn stat(&self, path: &str) -> Result<Stat, FsError> {
        self.vol.stat(path)
    }

    /// Lists the directory at `path`, sorted by name.
    pub fn readdir(&self, path: &str) -> Result<ReadDir<'_, 'a>, FsError> {
        self.vol.read_dir(path)
    }

    /// Next entry of an open directory handle (`None` at the end), like
    /// POSIX `readdir(3)` on a `DIR*`.
    pub fn readdir_fd(&mut self, fd: Fd) -> Result<Option<DirEntry<'_>>, FsError> {
        let h = *self.handle(fd)?;
        if !h.is_dir {
            return Err(FsError::NotADirectory);
        }
        let index = usize::try_from(h.pos).unwrap_or(usize::MAX);
        if self.vol.dir_entry(h.ino, index)?.is_some() {
            self.handle_mut(fd)?.pos += 1;
        }
        self.vol.dir_entry(h.ino, index)
    }

    /// The whole content of an open file as a slice of the image when it is
    /// stored contiguously (zero copy), else `None`.
    pub fn contents(&self, fd: Fd) -> Result<Option<&'a [u8]>, FsError> {
        let h = self.handle(fd)?;
        if h.is_dir {
            return Err(FsError::IsADirectory);
        }
        self.vol.contiguous(h.ino)
    }

    /// Closes a handle; its number may be reused.
    pub fn close(&mut self, fd: Fd) -> Result<(), FsError> {
        self.handle(fd)?;
        self.handles[fd.0 as usize] = None;
        Ok(())
    }

    /// Number of open handles.
    pub fn open_count(&self) -> usize {
        self.handles.iter().filter(|h| h.is_some()).count()
    }

    /// Always `ReadOnly` for an open handle (`BadHandle` otherwise).
    pub fn write(&mut self, fd: Fd, _buf: &[u8]) -> Result<usize, FsError> {
        self.handle(fd)?;
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly` for an open handle (`BadHandle` otherwise).
    pub fn pwrite(&mut self, fd: Fd, _buf: &[u8], _offset: u64) -> Result<usize, FsError> {
        self.handle(fd)?;
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly` for an open handle (`BadHandle` otherwise).
    pub fn ftruncate(&mut self, fd: Fd, _len: u64) -> Result<(), FsError> {
        self.handle(fd)?;
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly`.
    pub fn create(&mut self, _path: &str) -> Result<Fd, FsError> {
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly`.
    pub fn mkdir(&mut self, _path: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly`.
    pub fn remove(&mut self, _path: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly`.
    pub fn rmdir(&mut self, _path: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly`.
    pub fn rename(&mut self, _from: &str, _to: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }

    /// Always `ReadOnly`.
    pub fn truncate(&mut self, _path: &str, _len: u64) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }
}
