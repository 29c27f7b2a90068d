//! The C ABI of the POSIX layer: what C services call. Each function
//! converts C arguments, calls the Rust API and reports failure C's way
//! (-1 or NULL with `errno` set). Struct layouts match `include/` (which
//! follow Linux x86-64, so ordinary C code compiles unchanged).
//! Everything here is `unsafe extern "C"`: callers are C code that passes
//! raw pointers; each function states what it relies on.
#![allow(clippy::missing_safety_doc)]
#![allow(non_camel_case_types)]

use crate::errno::{self, set_errno, Errno};
use crate::fd::{self, OpenFlags};
use alloc::alloc::{alloc, dealloc, Layout};
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::ffi::CString;
use alloc::vec::Vec;
use core::ffi::{c_char, c_int, c_long, c_uint, c_void, CStr};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicUsize, Ordering};
use sched::sync::{Condvar, Mutex};

type ssize_t = isize;
type size_t = usize;
type off_t = i64;
type time_t = i64;

fn fail<T>(e: Errno, value: T) -> T {
    set_errno(e);
    value
}

unsafe fn cstr<'a>(p: *const c_char) -> Result<&'a str, Errno> {
    if p.is_null() {
        return Err(Errno::EFAULT);
    }
    // SAFETY: C contract: a NUL-terminated string.
    CStr::from_ptr(p).to_str().map_err(|_| Errno::EINVAL)
}

// ---- errno, process -------------------------------------------------------

#[no_mangle]
pub extern "C" fn __errno_location() -> *mut c_int {
    &mut errno::thread_data().errno
}

static ATEXIT: spin::Mutex<Vec<extern "C" fn()>> = spin::Mutex::new(Vec::new());

#[no_mangle]
pub extern "C" fn atexit(f: extern "C" fn()) -> c_int {
    ATEXIT.lock().push(f);
    0
}

extern "C" {
    /// Flushes the C stdio buffers (libc/stdio.c).
    fn __mote_stdio_flush();
    fn main(argc: c_int, argv: *mut *mut c_char) -> c_int;
}

fn run_exit_handlers() {
    let handlers: Vec<_> = core::mem::take(&mut *ATEXIT.lock());
    for f in handlers.into_iter().rev() {
        f();
    }
    // SAFETY: defined in libc/stdio.c, which is linked into every C service.
    unsafe { __mote_stdio_flush() };
}

#[no_mangle]
pub extern "C" fn exit(code: c_int) -> ! {
    run_exit_handlers();
    kernel::exit(code)
}

#[no_mangle]
pub extern "C" fn _exit(code: c_int) -> ! {
    kernel::exit(code)
}

#[no_mangle]
pub extern "C" fn abort() -> ! {
    // SAFETY: see run_exit_handlers.
    unsafe { __mote_stdio_flush() };
    panic!("abort() called by the C service")
}

#[no_mangle]
pub unsafe extern "C" fn __assert_fail(
    expr: *const c_char,
    file: *const c_char,
    line: c_uint,
    func: *const c_char,
) -> ! {
    __mote_stdio_flush();
    let s = |p| cstr(p).unwrap_or("?");
    panic!(
        "assertion failed: {} ({}:{} in {})",
        s(expr),
        s(file),
        line,
        s(func)
    )
}

#[no_mangle]
pub static mut __stack_chk_guard: usize = 0x5e3d_91a7_c2f0_0d00;

#[no_mangle]
pub extern "C" fn __stack_chk_fail() -> ! {
    panic!("stack smashing detected in the C service (stack protector canary overwritten)")
}

#[no_mangle]
pub unsafe extern "C" fn getenv(name: *const c_char) -> *const c_char {
    match cstr(name).ok().and_then(crate::env::get) {
        Some(v) => v.as_ptr(),
        None => core::ptr::null(),
    }
}

/// Runs `main(argc, argv)` of the C service; argv[0] is the service name.
pub fn run_c_main(name: &str, args: &[&str]) -> i32 {
    // SAFETY: written once before any C code runs; later reads are C's.
    unsafe {
        __stack_chk_guard = (kernel::arch::x86_64::cpu::rdtsc() as usize).rotate_left(17) & !0xff
    };
    let owned: Vec<CString> = core::iter::once(name)
        .chain(args.iter().copied())
        .map(|a| CString::new(a).unwrap_or_default())
        .collect();
    let mut argv: Vec<*mut c_char> = owned.iter().map(|a| a.as_ptr() as *mut c_char).collect();
    argv.push(null_mut());
    // SAFETY: `main` is the C service's, with the standard signature; argv is
    // NULL-terminated and outlives the call.
    let code = unsafe { main(owned.len() as c_int, argv.as_mut_ptr()) };
    run_exit_handlers();
    code
}

// ---- files ----------------------------------------------------------------

const O_ACCMODE: c_int = 3;
const O_CREAT: c_int = 0o100;
const O_TRUNC: c_int = 0o1000;
const O_APPEND: c_int = 0o2000;
const O_DIRECTORY: c_int = 0o200000;

#[no_mangle]
pub unsafe extern "C" fn open(path: *const c_char, flags: c_int, _mode: c_uint) -> c_int {
    let path = match cstr(path) {
        Ok(p) => p,
        Err(e) => return fail(e, -1),
    };
    let f = OpenFlags {
        write: flags & O_ACCMODE != 0,
        create: flags & O_CREAT != 0,
        truncate: flags & O_TRUNC != 0,
        append: flags & O_APPEND != 0,
        directory: flags & O_DIRECTORY != 0,
    };
    fd::open(path, f).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn read(fd: c_int, buf: *mut c_void, n: size_t) -> ssize_t {
    if buf.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    // SAFETY: C contract: buf is valid for n bytes.
    let b = core::slice::from_raw_parts_mut(buf as *mut u8, n);
    fd::read(fd, b)
        .map(|n| n as ssize_t)
        .unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn pread(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> ssize_t {
    if (buf.is_null() && n > 0) || off < 0 {
        return fail(Errno::EINVAL, -1);
    }
    // SAFETY: C contract: buf is valid for n bytes.
    let b = core::slice::from_raw_parts_mut(buf as *mut u8, n);
    fd::pread(fd, b, off as u64)
        .map(|n| n as ssize_t)
        .unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn write(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t {
    if buf.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    // SAFETY: C contract: buf is valid for n bytes.
    let b = core::slice::from_raw_parts(buf as *const u8, n);
    fd::write(fd, b)
        .map(|n| n as ssize_t)
        .unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub extern "C" fn lseek(fd: c_int, off: off_t, whence: c_int) -> off_t {
    fd::lseek(fd, off, whence)
        .map(|p| p as off_t)
        .unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub extern "C" fn close(fd: c_int) -> c_int {
    fd::close(fd).map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub extern "C" fn isatty(fd: c_int) -> c_int {
    match fd::isatty(fd) {
        Ok(true) => 1,
        Ok(false) => fail(Errno(25 /* ENOTTY */), 0),
        Err(e) => fail(e, 0),
    }
}

#[repr(C)]
pub struct timespec {
    pub tv_sec: time_t,
    pub tv_nsec: c_long,
}

/// Linux x86-64 `struct stat`.
#[repr(C)]
pub struct stat {
    st_dev: u64,
    st_ino: u64,
    st_nlink: u64,
    st_mode: u32,
    st_uid: u32,
    st_gid: u32,
    pad0: u32,
    st_rdev: u64,
    st_size: i64,
    st_blksize: i64,
    st_blocks: i64,
    st_atim: timespec,
    st_mtim: timespec,
    st_ctim: timespec,
    reserved: [i64; 3],
}

unsafe fn fill_stat(out: *mut stat, s: fd::Stat) -> c_int {
    if out.is_null() {
        return fail(Errno::EFAULT, -1);
    }
    let mode = if s.is_console {
        0o020620 // character device
    } else if s.is_dir {
        0o040555
    } else {
        0o100444
    };
    // SAFETY: C contract: out points to a struct stat; zero is valid for it.
    core::ptr::write_bytes(out, 0, 1);
    let o = &mut *out;
    o.st_ino = s.ino;
    o.st_nlink = 1;
    o.st_mode = mode;
    o.st_size = s.size as i64;
    o.st_blksize = 4096;
    o.st_blocks = s.size.div_ceil(512) as i64;
    0
}

#[no_mangle]
pub unsafe extern "C" fn fstat(fd: c_int, out: *mut stat) -> c_int {
    match fd::fstat(fd) {
        Ok(s) => fill_stat(out, s),
        Err(e) => fail(e, -1),
    }
}

#[no_mangle]
pub unsafe extern "C" fn stat(path: *const c_char, out: *mut stat) -> c_int {
    match cstr(path).and_then(fd::stat) {
        Ok(s) => fill_stat(out, s),
        Err(e) => fail(e, -1),
    }
}

/// Linux `struct dirent`.
#[repr(C)]
pub struct dirent {
    d_ino: u64,
    d_off: i64,
    d_reclen: u16,
    d_type: u8,
    d_name: [c_char; 256],
}

pub struct DIR {
    entries: Vec<(u64, bool, CString)>,
    next: usize,
    current: dirent,
}

#[no_mangle]
pub unsafe extern "C" fn opendir(path: *const c_char) -> *mut DIR {
    let path = match cstr(path) {
        Ok(p) => p,
        Err(e) => return fail(e, null_mut()),
    };
    let r = crate::fd::read_dir(path).map(|list| {
        list.into_iter()
            .map(|e| (e.ino, e.is_dir, CString::new(e.name).unwrap_or_default()))
            .collect::<Vec<_>>()
    });
    match r {
        Ok(entries) => Box::into_raw(Box::new(DIR {
            entries,
            next: 0,
            current: dirent {
                d_ino: 0,
                d_off: 0,
                d_reclen: 0,
                d_type: 0,
                d_name: [0; 256],
            },
        })),
        Err(e) => fail(e, null_mut()),
    }
}

#[no_mangle]
pub unsafe extern "C" fn readdir(dir: *mut DIR) -> *mut dirent {
    if dir.is_null() {
        return fail(Errno::EBADF, null_mut());
    }
    // SAFETY: C contract: a DIR from opendir, not yet closed.
    let d = &mut *dir;
    let Some((ino, is_dir, name)) = d.entries.get(d.next) else {
        return null_mut();
    };
    d.next += 1;
    let bytes = name.as_bytes_with_nul();
    let n = bytes.len().min(256);
    d.current.d_ino = *ino;
    d.current.d_off = d.next as i64;
    d.current.d_reclen = core::mem::size_of::<dirent>() as u16;
    d.current.d_type = if *is_dir { 4 } else { 8 }; // DT_DIR, DT_REG
    for (dst, &src) in d.current.d_name.iter_mut().zip(&bytes[..n]) {
        *dst = src as c_char;
    }
    d.current.d_name[255] = 0;
    &mut d.current
}

#[no_mangle]
pub unsafe extern "C" fn closedir(dir: *mut DIR) -> c_int {
    if dir.is_null() {
        return fail(Errno::EBADF, -1);
    }
    // SAFETY: C contract: a DIR from opendir, closed once.
    drop(Box::from_raw(dir));
    0
}

// ---- memory ---------------------------------------------------------------

/// Every block carries a 16-byte header before the pointer C sees: the
/// start of the underlying allocation and its size (free() has no size).
const HEADER: usize = 16;

unsafe fn alloc_aligned(size: usize, align: usize) -> *mut c_void {
    let align = align.max(16);
    let Some(total) = size.checked_add(HEADER + align) else {
        return fail(Errno::ENOMEM, null_mut());
    };
    let Ok(layout) = Layout::from_size_align(total, 16) else {
        return fail(Errno::ENOMEM, null_mut());
    };
    let base = alloc(layout);
    if base.is_null() {
        return fail(Errno::ENOMEM, null_mut());
    }
    let user = (base as usize + HEADER).next_multiple_of(align);
    // SAFETY: user - HEADER >= base and the header lies inside the block.
    let h = (user - HEADER) as *mut usize;
    h.write(base as usize);
    h.add(1).write(total);
    user as *mut c_void
}

#[no_mangle]
pub unsafe extern "C" fn malloc(size: size_t) -> *mut c_void {
    alloc_aligned(size, 16)
}

#[no_mangle]
pub unsafe extern "C" fn free(p: *mut c_void) {
    if p.is_null() {
        return;
    }
    // SAFETY: C contract: p came from this allocator and is freed once.
    let h = (p as usize - HEADER) as *const usize;
    let (base, total) = (h.read(), h.add(1).read());
    dealloc(
        base as *mut u8,
        Layout::from_size_align_unchecked(total, 16),
    );
}

#[no_mangle]
pub unsafe extern "C" fn calloc(n: size_t, size: size_t) -> *mut c_void {
    let Some(bytes) = n.checked_mul(size) else {
        return fail(Errno::ENOMEM, null_mut());
    };
    let p = malloc(bytes);
    if !p.is_null() {
        core::ptr::write_bytes(p as *mut u8, 0, bytes);
    }
    p
}

#[no_mangle]
pub unsafe extern "C" fn realloc(p: *mut c_void, size: size_t) -> *mut c_void {
    if p.is_null() {
        return malloc(size);
    }
    if size == 0 {
        free(p);
        return null_mut();
    }
    // SAFETY: as for free.
    let h = (p as usize - HEADER) as *const usize;
    let (base, total) = (h.read(), h.add(1).read());
    let old_usable = base + total - p as usize;
    let q = malloc(size);
    if !q.is_null() {
        core::ptr::copy_nonoverlapping(p as *const u8, q as *mut u8, old_usable.min(size));
        free(p);
    }
    q
}

#[no_mangle]
pub unsafe extern "C" fn posix_memalign(
    out: *mut *mut c_void,
    align: size_t,
    size: size_t,
) -> c_int {
    if !align.is_power_of_two() || !align.is_multiple_of(core::mem::size_of::<usize>()) {
        return Errno::EINVAL.0;
    }
    let p = alloc_aligned(size, align);
    if p.is_null() {
        return Errno::ENOMEM.0;
    }
    *out = p;
    0
}

#[no_mangle]
pub unsafe extern "C" fn aligned_alloc(align: size_t, size: size_t) -> *mut c_void {
    if !align.is_power_of_two() {
        return fail(Errno::EINVAL, null_mut());
    }
    alloc_aligned(size, align)
}

// ---- time -----------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn clock_gettime(clock: c_int, ts: *mut timespec) -> c_int {
    match crate::time::now_ns(clock) {
        Some(ns) if !ts.is_null() => {
            *ts = timespec {
                tv_sec: (ns / 1_000_000_000) as time_t,
                tv_nsec: (ns % 1_000_000_000) as c_long,
            };
            0
        }
        Some(_) => fail(Errno::EFAULT, -1),
        None => fail(Errno::EINVAL, -1),
    }
}

#[repr(C)]
pub struct timeval {
    tv_sec: time_t,
    tv_usec: c_long,
}

#[no_mangle]
pub unsafe extern "C" fn gettimeofday(tv: *mut timeval, _tz: *mut c_void) -> c_int {
    if !tv.is_null() {
        let ns = kernel::clock::realtime_ns();
        *tv = timeval {
            tv_sec: (ns / 1_000_000_000) as time_t,
            tv_usec: (ns / 1000 % 1_000_000) as c_long,
        };
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn time(t: *mut time_t) -> time_t {
    let now = (kernel::clock::realtime_ns() / 1_000_000_000) as time_t;
    if !t.is_null() {
        *t = now;
    }
    now
}

#[no_mangle]
pub unsafe extern "C" fn nanosleep(req: *const timespec, rem: *mut timespec) -> c_int {
    if req.is_null() || (*req).tv_nsec < 0 || (*req).tv_nsec >= 1_000_000_000 || (*req).tv_sec < 0 {
        return fail(Errno::EINVAL, -1);
    }
    crate::time::sleep_ns((*req).tv_sec as u64 * 1_000_000_000 + (*req).tv_nsec as u64);
    if !rem.is_null() {
        *rem = timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
    }
    0
}

#[no_mangle]
pub extern "C" fn sleep(secs: c_uint) -> c_uint {
    crate::time::sleep_ns(secs as u64 * 1_000_000_000);
    0
}

#[no_mangle]
pub extern "C" fn usleep(us: c_uint) -> c_int {
    crate::time::sleep_ns(us as u64 * 1000);
    0
}

#[no_mangle]
pub extern "C" fn sched_yield() -> c_int {
    kernel::thread::yield_now();
    0
}

// ---- threads --------------------------------------------------------------

pub type pthread_t = usize;

struct PThread {
    handle: Option<kernel::thread::JoinHandle>,
    result: alloc::sync::Arc<AtomicUsize>,
}

static PTHREADS: Mutex<BTreeMap<pthread_t, PThread>> = Mutex::new(BTreeMap::new());

/// `pthread_attr_t` as our headers define it.
#[repr(C)]
pub struct pthread_attr_t {
    stack_size: usize,
    detached: c_int,
    pad: [c_int; 5],
}

#[no_mangle]
pub unsafe extern "C" fn pthread_attr_init(a: *mut pthread_attr_t) -> c_int {
    *a = pthread_attr_t {
        stack_size: 256 * 1024,
        detached: 0,
        pad: [0; 5],
    };
    0
}

#[no_mangle]
pub extern "C" fn pthread_attr_destroy(_a: *mut pthread_attr_t) -> c_int {
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_attr_setstacksize(a: *mut pthread_attr_t, size: size_t) -> c_int {
    if size < 16 * 1024 {
        return Errno::EINVAL.0;
    }
    (*a).stack_size = size;
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_attr_setdetachstate(
    a: *mut pthread_attr_t,
    state: c_int,
) -> c_int {
    (*a).detached = state;
    0
}

struct SendPtr(*mut c_void);
// SAFETY: the pointer is handed to the new thread as C's pthread_create promises.
unsafe impl Send for SendPtr {}

#[no_mangle]
pub unsafe extern "C" fn pthread_create(
    out: *mut pthread_t,
    attr: *const pthread_attr_t,
    start: extern "C" fn(*mut c_void) -> *mut c_void,
    arg: *mut c_void,
) -> c_int {
    let (stack, detached) = if attr.is_null() {
        (256 * 1024, false)
    } else {
        ((*attr).stack_size, (*attr).detached != 0)
    };
    let result = alloc::sync::Arc::new(AtomicUsize::new(0));
    let r2 = result.clone();
    let arg = SendPtr(arg);
    let spawned = kernel::thread::Builder::new("pthread")
        .stack_size(stack)
        .spawn(move || {
            let arg = arg;
            let ret = start(arg.0);
            r2.store(ret as usize, Ordering::Release);
            crate::errno::free_thread_data();
            0
        });
    let Ok(handle) = spawned else {
        return Errno::EAGAIN.0;
    };
    let tid = handle.tid() as pthread_t;
    if detached {
        handle.detach();
    } else {
        PTHREADS.lock().insert(
            tid,
            PThread {
                handle: Some(handle),
                result,
            },
        );
    }
    if !out.is_null() {
        *out = tid;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_join(t: pthread_t, ret: *mut *mut c_void) -> c_int {
    if t == pthread_self() {
        return Errno::EDEADLK.0;
    }
    let Some(mut entry) = PTHREADS.lock().remove(&t) else {
        return 3; /* ESRCH */
    };
    entry.handle.take().unwrap().join();
    if !ret.is_null() {
        *ret = entry.result.load(Ordering::Acquire) as *mut c_void;
    }
    0
}

#[no_mangle]
pub extern "C" fn pthread_detach(t: pthread_t) -> c_int {
    match PTHREADS.lock().remove(&t) {
        Some(mut e) => {
            e.handle.take().unwrap().detach();
            0
        }
        None => 3, // ESRCH
    }
}

#[no_mangle]
pub extern "C" fn pthread_self() -> pthread_t {
    kernel::thread::current() as pthread_t
}

#[no_mangle]
pub extern "C" fn pthread_equal(a: pthread_t, b: pthread_t) -> c_int {
    (a == b) as c_int
}

#[no_mangle]
pub extern "C" fn pthread_exit(_ret: *mut c_void) -> ! {
    crate::errno::free_thread_data();
    kernel::thread::exit_thread(0)
}

/// pthread_mutex_t and pthread_cond_t are our zero-initialisable sched primitives.
pub type pthread_mutex_t = Mutex<()>;
pub type pthread_cond_t = Condvar;

const _: () = assert!(
    core::mem::size_of::<pthread_mutex_t>() <= 32 && core::mem::size_of::<pthread_cond_t>() <= 32
);

#[no_mangle]
pub unsafe extern "C" fn pthread_mutex_init(
    m: *mut pthread_mutex_t,
    _attr: *const c_void,
) -> c_int {
    m.write(Mutex::new(()));
    0
}

#[no_mangle]
pub extern "C" fn pthread_mutex_destroy(_m: *mut pthread_mutex_t) -> c_int {
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_mutex_lock(m: *mut pthread_mutex_t) -> c_int {
    core::mem::forget((*m).lock());
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_mutex_trylock(m: *mut pthread_mutex_t) -> c_int {
    match (*m).try_lock() {
        Some(g) => {
            core::mem::forget(g);
            0
        }
        None => 16, // EBUSY
    }
}

#[no_mangle]
pub unsafe extern "C" fn pthread_mutex_unlock(m: *mut pthread_mutex_t) -> c_int {
    if (*m).owner() != Some(kernel::thread::current()) {
        return Errno::EPERM.0;
    }
    // SAFETY: the caller holds it (checked above) through a forgotten guard.
    (*m).force_unlock();
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_cond_init(c: *mut pthread_cond_t, _attr: *const c_void) -> c_int {
    c.write(Condvar::new());
    0
}

#[no_mangle]
pub extern "C" fn pthread_cond_destroy(_c: *mut pthread_cond_t) -> c_int {
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_cond_wait(
    c: *mut pthread_cond_t,
    m: *mut pthread_mutex_t,
) -> c_int {
    // SAFETY: C contract: the caller holds m.
    let g = (*c).wait((*m).guard_for_held_lock());
    core::mem::forget(g);
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_cond_timedwait(
    c: *mut pthread_cond_t,
    m: *mut pthread_mutex_t,
    abstime: *const timespec,
) -> c_int {
    if abstime.is_null() {
        return Errno::EINVAL.0;
    }
    let deadline =
        (*abstime).tv_sec.max(0) as u64 * 1_000_000_000 + (*abstime).tv_nsec.max(0) as u64;
    let now = kernel::clock::realtime_ns();
    // SAFETY: C contract: the caller holds m.
    let (g, timed_out) =
        (*c).wait_timeout((*m).guard_for_held_lock(), deadline.saturating_sub(now));
    core::mem::forget(g);
    if timed_out {
        Errno::ETIMEDOUT.0
    } else {
        0
    }
}

#[no_mangle]
pub unsafe extern "C" fn pthread_cond_signal(c: *mut pthread_cond_t) -> c_int {
    (*c).notify_one();
    0
}

#[no_mangle]
pub unsafe extern "C" fn pthread_cond_broadcast(c: *mut pthread_cond_t) -> c_int {
    (*c).notify_all();
    0
}

/// `pthread_once_t`: 0 = not run, 1 = running, 2 = done.
#[no_mangle]
pub unsafe extern "C" fn pthread_once(once: *mut c_int, f: extern "C" fn()) -> c_int {
    let a = &*(once as *const core::sync::atomic::AtomicI32);
    if a.compare_exchange(0, 1, Ordering::AcqRel, Ordering::Acquire)
        .is_ok()
    {
        f();
        a.store(2, Ordering::Release);
    } else {
        while a.load(Ordering::Acquire) != 2 {
            kernel::thread::yield_now();
        }
    }
    0
}

pub type pthread_key_t = c_uint;

/// Thread-specific data: key -> (thread -> value).
static KEYS: spin::Mutex<Vec<Option<BTreeMap<pthread_t, usize>>>> = spin::Mutex::new(Vec::new());

fn keys<R>(f: impl FnOnce(&mut Vec<Option<BTreeMap<pthread_t, usize>>>) -> R) -> R {
    kernel::arch::x86_64::cpu::without_interrupts(|| f(&mut KEYS.lock()))
}

#[no_mangle]
pub unsafe extern "C" fn pthread_key_create(
    key: *mut pthread_key_t,
    _dtor: *const c_void,
) -> c_int {
    let k = keys(|k| {
        k.push(Some(BTreeMap::new()));
        k.len() - 1
    });
    *key = k as pthread_key_t;
    0
}

#[no_mangle]
pub extern "C" fn pthread_key_delete(key: pthread_key_t) -> c_int {
    keys(|k| match k.get_mut(key as usize) {
        Some(slot @ Some(_)) => {
            *slot = None;
            0
        }
        _ => Errno::EINVAL.0,
    })
}

#[no_mangle]
pub extern "C" fn pthread_setspecific(key: pthread_key_t, value: *const c_void) -> c_int {
    let me = pthread_self();
    keys(|k| match k.get_mut(key as usize) {
        Some(Some(map)) => {
            map.insert(me, value as usize);
            0
        }
        _ => Errno::EINVAL.0,
    })
}

#[no_mangle]
pub extern "C" fn pthread_getspecific(key: pthread_key_t) -> *mut c_void {
    let me = pthread_self();
    keys(|k| match k.get(key as usize) {
        Some(Some(map)) => map.get(&me).copied().unwrap_or(0) as *mut c_void,
        _ => null_mut(),
    })
}

// ---- signals and other unsupported calls ----------------------------------

#[no_mangle]
pub extern "C" fn signal(_sig: c_int, _handler: usize) -> usize {
    fail(errno::unsupported("signal"), usize::MAX) // SIG_ERR
}

#[no_mangle]
pub extern "C" fn raise(_sig: c_int) -> c_int {
    fail(errno::unsupported("raise"), -1)
}

#[no_mangle]
pub extern "C" fn kill(_pid: c_int, _sig: c_int) -> c_int {
    fail(errno::unsupported("kill"), -1)
}

#[no_mangle]
pub extern "C" fn sigaction(_sig: c_int, _act: *const c_void, _old: *mut c_void) -> c_int {
    fail(errno::unsupported("sigaction"), -1)
}

#[no_mangle]
pub extern "C" fn fork() -> c_int {
    fail(errno::unsupported("fork"), -1)
}

#[no_mangle]
pub extern "C" fn getpid() -> c_int {
    1
}

// ---- math (libm) ----------------------------------------------------------

macro_rules! math1 {
    ($($name:ident),*) => { $(
        #[no_mangle]
        pub extern "C" fn $name(x: f64) -> f64 { libm::$name(x) }
    )* };
}
macro_rules! math2 {
    ($($name:ident),*) => { $(
        #[no_mangle]
        pub extern "C" fn $name(x: f64, y: f64) -> f64 { libm::$name(x, y) }
    )* };
}
math1!(
    sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp, exp2, log, log10, log2, log1p, expm1,
    sqrt, cbrt, fabs, floor, ceil, round, trunc
);
math2!(atan2, pow, fmod, hypot, fmin, fmax);

#[no_mangle]
pub extern "C" fn sqrtf(x: f32) -> f32 {
    libm::sqrtf(x)
}

#[no_mangle]
pub extern "C" fn fabsf(x: f32) -> f32 {
    libm::fabsf(x)
}
