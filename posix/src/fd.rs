//! File descriptors: one table for the console streams, files and
//! directories of the sealed filesystem (and, with the network, sockets).
//! Numbers are small integers, lowest free first, like POSIX.

use crate::errno::Errno;
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::any::Any;
use fs::{Fd as FsFd, OpenFlags as FsOpenFlags, SeekFrom};
use kernel::rootfs;
use sched::sync::Mutex;

/// What the descriptor table needs from a socket. The socket module
/// implements it, so images whose code never creates sockets link no
/// network code through this table.
pub trait SocketObject: Send + Sync {
    /// read(2) on the socket.
    fn read(&self, buf: &mut [u8]) -> Result<usize, Errno>;
    /// write(2) on the socket.
    fn write(&self, buf: &[u8]) -> Result<usize, Errno>;
    fn as_any(&self) -> &dyn Any;
}

#[derive(Clone)]
pub enum Object {
    Stdin,
    Stdout,
    Stderr,
    File(FsFd),
    Dir(FsFd),
    Socket(Arc<dyn SocketObject>),
}

static TABLE: Mutex<Vec<Option<Object>>> = Mutex::new(Vec::new());

fn with_table<R>(f: impl FnOnce(&mut Vec<Option<Object>>) -> R) -> R {
    let mut t = TABLE.lock();
    if t.is_empty() {
        t.extend([
            Some(Object::Stdin),
            Some(Object::Stdout),
            Some(Object::Stderr),
        ]);
    }
    f(&mut t)
}

/// The object behind `fd` (a clone: use it without holding the table).
pub fn get(fd: i32) -> Result<Object, Errno> {
    with_table(|t| {
        usize::try_from(fd)
            .ok()
            .and_then(|i| t.get(i).cloned().flatten())
    })
    .ok_or(Errno::EBADF)
}

/// The socket object behind `fd` (ENOTSOCK for other objects).
pub fn socket(fd: i32) -> Result<Arc<dyn SocketObject>, Errno> {
    match get(fd)? {
        Object::Socket(s) => Ok(s),
        _ => Err(Errno(88)), // ENOTSOCK
    }
}

/// Adds an object at the lowest free number.
pub fn install(obj: Object) -> Result<i32, Errno> {
    with_table(|t| {
        let i = match t.iter().position(Option::is_none) {
            Some(i) => i,
            None if t.len() < 4096 => {
                t.push(None);
                t.len() - 1
            }
            None => return Err(Errno::EMFILE),
        };
        t[i] = Some(obj);
        Ok(i as i32)
    })
}

#[derive(Clone, Copy, Debug, Default)]
pub struct OpenFlags {
    pub write: bool,
    pub create: bool,
    pub truncate: bool,
    pub append: bool,
    pub directory: bool,
}

/// `path` made absolute: relative paths are taken from `/` (an image has
/// no other working directory).
fn absolute(path: &str) -> Cow<'_, str> {
    if path.starts_with('/') {
        Cow::Borrowed(path)
    } else {
        Cow::Owned(alloc::format!("/{path}"))
    }
}

/// Opens `path` (absolute; relative paths are taken from `/`).
pub fn open(path: &str, flags: OpenFlags) -> Result<i32, Errno> {
    let path = &*absolute(path);
    let fs_flags = FsOpenFlags {
        write: flags.write,
        create: flags.create,
        truncate: flags.truncate,
        append: flags.append,
    };
    let fd = rootfs::open_with(path, fs_flags)?;
    let is_dir = rootfs::fstat(fd)?.is_dir;
    if flags.directory && !is_dir {
        let _ = rootfs::close(fd);
        return Err(Errno::ENOTDIR);
    }
    let obj = if is_dir {
        Object::Dir(fd)
    } else {
        Object::File(fd)
    };
    install(obj).inspect_err(|_| {
        let _ = rootfs::close(fd);
    })
}

pub fn read(fd: i32, buf: &mut [u8]) -> Result<usize, Errno> {
    match get(fd)? {
        Object::Stdin => Ok(0), // no console input: end of file
        Object::File(f) => Ok(rootfs::read(f, buf)?),
        Object::Dir(_) => Err(Errno::EISDIR),
        Object::Stdout | Object::Stderr => Err(Errno::EBADF),
        Object::Socket(s) => s.read(buf),
    }
}

pub fn pread(fd: i32, buf: &mut [u8], offset: u64) -> Result<usize, Errno> {
    match get(fd)? {
        Object::File(f) => Ok(rootfs::pread(f, buf, offset)?),
        Object::Dir(_) => Err(Errno::EISDIR),
        _ => Err(Errno::ESPIPE),
    }
}

pub fn write(fd: i32, buf: &[u8]) -> Result<usize, Errno> {
    match get(fd)? {
        Object::Stdout | Object::Stderr => {
            kernel::console::write_bytes(buf);
            Ok(buf.len())
        }
        Object::File(_) | Object::Dir(_) => Err(Errno::EBADF), // opened read-only: the FS is
        Object::Stdin => Err(Errno::EBADF),
        Object::Socket(s) => s.write(buf),
    }
}

pub fn lseek(fd: i32, offset: i64, whence: i32) -> Result<u64, Errno> {
    let pos = match whence {
        0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::EINVAL)?),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(Errno::EINVAL),
    };
    match get(fd)? {
        Object::File(f) | Object::Dir(f) => Ok(rootfs::seek(f, pos)?),
        _ => Err(Errno::ESPIPE),
    }
}

pub fn close(fd: i32) -> Result<(), Errno> {
    let obj = with_table(|t| {
        usize::try_from(fd)
            .ok()
            .and_then(|i| t.get_mut(i))
            .and_then(Option::take)
    })
    .ok_or(Errno::EBADF)?;
    match obj {
        Object::File(f) | Object::Dir(f) => Ok(rootfs::close(f)?),
        _ => Ok(()), // a socket closes when the last user drops it
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Stat {
    pub ino: u64,
    pub size: u64,
    pub is_dir: bool,
    pub is_console: bool,
}

pub fn fstat(fd: i32) -> Result<Stat, Errno> {
    match get(fd)? {
        Object::File(f) | Object::Dir(f) => {
            let s = rootfs::fstat(f)?;
            Ok(Stat {
                ino: s.ino as u64,
                size: s.size,
                is_dir: s.is_dir,
                is_console: false,
            })
        }
        _ => Ok(Stat {
            ino: 0,
            size: 0,
            is_dir: false,
            is_console: true,
        }),
    }
}

pub fn stat(path: &str) -> Result<Stat, Errno> {
    let s = rootfs::stat(&absolute(path))?;
    Ok(Stat {
        ino: s.ino as u64,
        size: s.size,
        is_dir: s.is_dir,
        is_console: false,
    })
}

pub fn isatty(fd: i32) -> Result<bool, Errno> {
    Ok(matches!(
        get(fd)?,
        Object::Stdin | Object::Stdout | Object::Stderr
    ))
}

/// The whole contents of the file behind `fd` as one slice of the sealed
/// image, when the file is stored contiguously (None: read it instead).
pub fn contents(fd: i32) -> Result<Option<&'static [u8]>, Errno> {
    match get(fd)? {
        Object::File(f) => Ok(rootfs::contents(f)?),
        Object::Dir(_) => Err(Errno::EISDIR),
        _ => Ok(None),
    }
}

/// One entry of a directory listing.
#[derive(Clone, Debug)]
pub struct DirEntry {
    pub ino: u64,
    pub is_dir: bool,
    pub name: String,
}

/// The entries of directory `path` in name order (with `.` and `..` where
/// the filesystem has them), for opendir/readdir and java.io.File.list.
pub fn read_dir(path: &str) -> Result<Vec<DirEntry>, Errno> {
    let mut entries = Vec::new();
    rootfs::for_each_entry(&absolute(path), |e| {
        entries.push(DirEntry {
            ino: e.ino as u64,
            is_dir: e.is_dir,
            name: String::from(e.name),
        })
    })?;
    Ok(entries)
}
