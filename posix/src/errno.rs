//! Error numbers (Linux values, which C programs expect) and the per-thread
//! `errno` C code reads through `__errno_location`.

use fs::FsError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub i32);

impl Errno {
    pub const EPERM: Errno = Errno(1);
    pub const ENOENT: Errno = Errno(2);
    pub const EINTR: Errno = Errno(4);
    pub const EIO: Errno = Errno(5);
    pub const EBADF: Errno = Errno(9);
    pub const EAGAIN: Errno = Errno(11);
    pub const ENOMEM: Errno = Errno(12);
    pub const EACCES: Errno = Errno(13);
    pub const EFAULT: Errno = Errno(14);
    pub const EEXIST: Errno = Errno(17);
    pub const ENOTDIR: Errno = Errno(20);
    pub const EISDIR: Errno = Errno(21);
    pub const EINVAL: Errno = Errno(22);
    pub const EMFILE: Errno = Errno(24);
    pub const ESPIPE: Errno = Errno(29);
    pub const EROFS: Errno = Errno(30);
    pub const ERANGE: Errno = Errno(34);
    pub const EDEADLK: Errno = Errno(35);
    pub const ENAMETOOLONG: Errno = Errno(36);
    pub const ENOSYS: Errno = Errno(38);
    pub const ETIMEDOUT: Errno = Errno(110);
}

impl From<FsError> for Errno {
    fn from(e: FsError) -> Errno {
        Errno(e.errno())
    }
}

/// Per-thread POSIX data, kept in the thread's TLS slot 0.
pub struct ThreadData {
    pub errno: i32,
}

const SLOT: usize = 0;

/// The calling thread's data, created on first use.
pub fn thread_data() -> &'static mut ThreadData {
    let mut p = kernel::thread::tls(SLOT) as *mut ThreadData;
    if p.is_null() {
        p = alloc::boxed::Box::into_raw(alloc::boxed::Box::new(ThreadData { errno: 0 }));
        kernel::thread::set_tls(SLOT, p as usize);
    }
    // SAFETY: the pointer is this thread's own, allocated above and never
    // shared with another thread; it lives until `free_thread_data`.
    unsafe { &mut *p }
}

/// Frees the calling thread's data (called when a POSIX thread ends).
pub fn free_thread_data() {
    let p = kernel::thread::tls(SLOT) as *mut ThreadData;
    if !p.is_null() {
        kernel::thread::set_tls(SLOT, 0);
        // SAFETY: allocated by `thread_data` for this thread; cleared above.
        drop(unsafe { alloc::boxed::Box::from_raw(p) });
    }
}

pub fn set_errno(e: Errno) {
    thread_data().errno = e.0;
}

/// A one-time console warning for a call the layer does not support.
pub fn unsupported(name: &str) -> Errno {
    static WARNED: spin::Mutex<alloc::collections::BTreeSet<alloc::string::String>> =
        spin::Mutex::new(alloc::collections::BTreeSet::new());
    let first = kernel::arch::x86_64::cpu::without_interrupts(|| WARNED.lock().insert(name.into()));
    if first {
        kernel::kwarn!("{name}() is not supported by Mote's POSIX layer: returning ENOSYS");
    }
    Errno::ENOSYS
}
