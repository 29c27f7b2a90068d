//! The filesystem sealed into the image (section `.mote_fs`, packed by
//! `mote build` from the manifest's `files` folder), mounted read-only at
//! boot (checked by the packer's seal; indexed at the first access). Reads
//! are copies straight out of the image. Everything that would
//! change it fails with `FsError::ReadOnly` (EROFS).

use fs::{DirEntry, Fd, Fs, FsError, OpenFlags, SeekFrom, Stat, Summary};
use sched::sync::Mutex;

extern "C" {
    static __mote_fs_start: u8;
    static __mote_fs_end: u8;
}

/// The sealed image bytes (empty when the service has no files).
pub fn image() -> &'static [u8] {
    let start = &raw const __mote_fs_start;
    let end = &raw const __mote_fs_end;
    // SAFETY: the linker script brackets the read-only `.mote_fs` section with
    // these symbols; it is mapped read-only for the life of the VM.
    unsafe { core::slice::from_raw_parts(start, end as usize - start as usize) }
}

/// The mounted filesystem with its index; for a sealed image built by the
/// first access (an error then stays the answer to every call).
static FS: spin::Once<Result<Mutex<Fs<'static>>, FsError>> = spin::Once::new();
/// The summary boot took from the packer's seal (the index is not built yet).
static SEALED: spin::Once<Summary> = spin::Once::new();

pub type MountFn = fn() -> Result<MountResult, FsError>;

pub enum MountResult {
    Mounted(Summary),
    NoFilesystem,
}

/// How the kernel mounts its sealed image: with the `fs` crate's own checks
/// of the whole tree; the FAT crate already checked this image when
/// `mote build` packed it, so its gate is skipped.
const OPTIONS: fs::MountOptions = fs::MountOptions {
    cross_check: false,
    fat_gate: false,
    max_open: 1024,
};

/// Mounts the sealed image. Called once at boot. An image with the packer's
/// seal (every image `mote build` makes) is checked by the seal: boot
/// sector, and a checksum over all the metadata (FAT, directories), whose
/// counts give the summary; the index (a full walk that validates the tree
/// again) is built by the first file access. Other images are walked here.
pub fn mount() -> Result<MountResult, FsError> {
    let img = image();
    if img.is_empty() {
        return Ok(MountResult::NoFilesystem);
    }
    if let Some(summary) = fs::seal::check(img)? {
        SEALED.call_once(|| summary);
        return Ok(MountResult::Mounted(summary));
    }
    let fs = Fs::mount_with(img, &OPTIONS)?;
    let summary = fs.summary();
    FS.call_once(|| Ok(Mutex::new(fs)));
    Ok(MountResult::Mounted(summary))
}

/// Checks the sealed image again as boot does and returns its summary (for
/// the filesystem benchmark's warm mount).
pub fn probe() -> Result<Summary, FsError> {
    match fs::seal::check(image())? {
        Some(summary) => Ok(summary),
        None => Ok(Fs::mount_with(image(), &OPTIONS)?.summary()),
    }
}

/// The mounted filesystem, building the index of a sealed image on first use.
fn index() -> Result<&'static Mutex<Fs<'static>>, FsError> {
    let fs = FS.call_once(|| {
        let sealed = SEALED.get().ok_or(FsError::NotFound)?; // no filesystem
        let fs = Fs::mount_with(image(), &OPTIONS).and_then(|fs| {
            if fs.summary() == *sealed {
                Ok(fs)
            } else {
                Err(FsError::Corrupt(fs::Corruption::SealMismatch))
            }
        });
        match fs {
            Ok(fs) => Ok(Mutex::new(fs)),
            Err(e) => {
                crate::kerror!("the sealed filesystem failed its full check at first use: {e}");
                Err(e)
            }
        }
    });
    fs.as_ref().map_err(|e| *e)
}

fn with<R>(f: impl FnOnce(&mut Fs<'static>) -> Result<R, FsError>) -> Result<R, FsError> {
    f(&mut index()?.lock())
}

pub fn open(path: &str) -> Result<Fd, FsError> {
    with(|fs| fs.open(path))
}

pub fn open_with(path: &str, flags: OpenFlags) -> Result<Fd, FsError> {
    with(|fs| fs.open_with(path, flags))
}

pub fn read(fd: Fd, buf: &mut [u8]) -> Result<usize, FsError> {
    with(|fs| fs.read(fd, buf))
}

pub fn pread(fd: Fd, buf: &mut [u8], offset: u64) -> Result<usize, FsError> {
    with(|fs| fs.pread(fd, buf, offset))
}

pub fn seek(fd: Fd, pos: SeekFrom) -> Result<u64, FsError> {
    with(|fs| fs.seek(fd, pos))
}

pub fn fstat(fd: Fd) -> Result<Stat, FsError> {
    with(|fs| fs.fstat(fd))
}

pub fn stat(path: &str) -> Result<Stat, FsError> {
    with(|fs| fs.stat(path))
}

pub fn close(fd: Fd) -> Result<(), FsError> {
    with(|fs| fs.close(fd))
}

/// The whole file, without copying, when it is stored contiguously.
pub fn contents(fd: Fd) -> Result<Option<&'static [u8]>, FsError> {
    with(|fs| fs.contents(fd))
}

/// Calls `f` for each entry of directory `path`, in name order.
pub fn for_each_entry(path: &str, mut f: impl FnMut(&DirEntry)) -> Result<(), FsError> {
    with(|fs| {
        for e in fs.readdir(path)? {
            f(&e);
        }
        Ok(())
    })
}

/// Writing is never possible: the image is immutable.
pub fn write(fd: Fd, buf: &[u8]) -> Result<usize, FsError> {
    with(|fs| fs.write(fd, buf))
}
