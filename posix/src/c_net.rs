//! The socket part of the C ABI: BSD sockets over `kernel::net`, plus
//! `poll`, `select` and `fcntl(O_NONBLOCK)`. Addresses are `struct
//! sockaddr_in` (AF_INET only; others fail with EAFNOSUPPORT). Option
//! values follow Linux.
#![allow(clippy::missing_safety_doc)]
#![allow(non_camel_case_types)]

use crate::errno::{set_errno, Errno};
use crate::fd::{self, Object};
use crate::socket::{self, SocketEntry};
use core::ffi::{c_int, c_uint, c_void};
use core::net::{Ipv4Addr, SocketAddrV4};
use core::sync::atomic::Ordering;
use kernel::net::{Events, Shutdown, SockOpt, Socket, Type};

type socklen_t = c_uint;
type ssize_t = isize;

const AF_INET: c_int = 2;
const SOCK_STREAM: c_int = 1;
const SOCK_DGRAM: c_int = 2;
const SOCK_NONBLOCK: c_int = 0o4000;
const SOCK_CLOEXEC: c_int = 0o2000000;
const SOL_SOCKET: c_int = 1;
const SO_REUSEADDR: c_int = 2;
const SO_TYPE: c_int = 3;
const SO_ERROR: c_int = 4;
const SO_SNDBUF: c_int = 7;
const SO_RCVBUF: c_int = 8;
const SO_KEEPALIVE: c_int = 9;
const SO_RCVTIMEO: c_int = 20;
const SO_SNDTIMEO: c_int = 21;
const IPPROTO_TCP: c_int = 6;
const TCP_NODELAY: c_int = 1;
const MSG_DONTWAIT: c_int = 0x40;
const O_NONBLOCK: c_int = 0o4000;

#[repr(C)]
pub struct sockaddr_in {
    sin_family: u16,
    sin_port: u16, // network order
    sin_addr: u32, // network order
    sin_zero: [u8; 8],
}

fn fail<T>(e: Errno, v: T) -> T {
    set_errno(e);
    v
}

unsafe fn read_addr(addr: *const c_void, len: socklen_t) -> Result<SocketAddrV4, Errno> {
    if addr.is_null() || (len as usize) < core::mem::size_of::<sockaddr_in>() {
        return Err(Errno::EINVAL);
    }
    // SAFETY: C contract: addr points to `len` >= sizeof(sockaddr_in) bytes.
    let a = &*(addr as *const sockaddr_in);
    if a.sin_family as c_int != AF_INET {
        return Err(Errno(97)); // EAFNOSUPPORT
    }
    Ok(SocketAddrV4::new(
        Ipv4Addr::from(u32::from_be(a.sin_addr)),
        u16::from_be(a.sin_port),
    ))
}

unsafe fn write_addr(a: SocketAddrV4, out: *mut c_void, len: *mut socklen_t) {
    if out.is_null() || len.is_null() {
        return;
    }
    let v = sockaddr_in {
        sin_family: AF_INET as u16,
        sin_port: a.port().to_be(),
        sin_addr: u32::from(*a.ip()).to_be(),
        sin_zero: [0; 8],
    };
    let n = (*len as usize).min(core::mem::size_of::<sockaddr_in>());
    // SAFETY: C contract: out has room for *len bytes; we copy at most that.
    core::ptr::copy_nonoverlapping(&v as *const sockaddr_in as *const u8, out as *mut u8, n);
    *len = core::mem::size_of::<sockaddr_in>() as socklen_t;
}

#[no_mangle]
pub extern "C" fn socket(domain: c_int, ty: c_int, _proto: c_int) -> c_int {
    if domain != AF_INET {
        return fail(Errno(97), -1);
    }
    let kind = match ty & !(SOCK_NONBLOCK | SOCK_CLOEXEC) {
        SOCK_STREAM => Type::Tcp,
        SOCK_DGRAM => Type::Udp,
        _ => return fail(Errno(93), -1), // EPROTONOSUPPORT
    };
    let r = Socket::new(kind)
        .map_err(Errno::from)
        .and_then(socket::install);
    match r {
        Ok(f) => {
            if ty & SOCK_NONBLOCK != 0 {
                let _ = socket::set_nonblocking(f, true);
            }
            f
        }
        Err(e) => fail(e, -1),
    }
}

#[no_mangle]
pub unsafe extern "C" fn bind(f: c_int, addr: *const c_void, len: socklen_t) -> c_int {
    let r = socket::with(f, |s| Ok(s.socket.bind(read_addr(addr, len)?)?));
    r.map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub extern "C" fn listen(f: c_int, backlog: c_int) -> c_int {
    let r = socket::with(f, |s| {
        Ok(s.socket.listen(backlog.clamp(1, 1024) as usize)?)
    });
    r.map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn accept(f: c_int, addr: *mut c_void, len: *mut socklen_t) -> c_int {
    let r = socket::with(f, |s| {
        let (sock, peer) = s.socket.accept()?;
        let nf = socket::install(sock)?;
        write_addr(peer, addr, len);
        Ok(nf)
    });
    r.unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn accept4(
    f: c_int,
    addr: *mut c_void,
    len: *mut socklen_t,
    flags: c_int,
) -> c_int {
    let nf = accept(f, addr, len);
    if nf >= 0 && flags & SOCK_NONBLOCK != 0 {
        let _ = socket::set_nonblocking(nf, true);
    }
    nf
}

#[no_mangle]
pub unsafe extern "C" fn connect(f: c_int, addr: *const c_void, len: socklen_t) -> c_int {
    let r = socket::with(f, |s| Ok(s.socket.connect(read_addr(addr, len)?)?));
    r.map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

/// MSG_DONTWAIT on a blocking socket: fail with EAGAIN unless ready now.
fn would_block(s: &SocketEntry, flags: c_int, want: Events) -> bool {
    flags & MSG_DONTWAIT != 0
        && !s.nonblocking.load(Ordering::Relaxed)
        && (s.socket.readiness() & want).is_empty()
}

#[no_mangle]
pub unsafe extern "C" fn send(f: c_int, buf: *const c_void, n: usize, flags: c_int) -> ssize_t {
    if buf.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    let r = socket::with(f, |s| {
        if would_block(s, flags, Events::WRITABLE) {
            return Err(Errno::EAGAIN);
        }
        // SAFETY: C contract: buf is valid for n bytes.
        Ok(s.socket
            .send(core::slice::from_raw_parts(buf as *const u8, n))?)
    });
    r.map(|n| n as ssize_t).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn recv(f: c_int, buf: *mut c_void, n: usize, flags: c_int) -> ssize_t {
    if buf.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    let r = socket::with(f, |s| {
        if would_block(s, flags, Events::READABLE) {
            return Err(Errno::EAGAIN);
        }
        // SAFETY: C contract: buf is valid for n bytes.
        let b = core::slice::from_raw_parts_mut(buf as *mut u8, n);
        Ok(match s.socket.socket_type()? {
            Type::Tcp => s.socket.recv(b)?,
            Type::Udp => s.socket.recv_from(b)?.0,
        })
    });
    r.map(|n| n as ssize_t).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn sendto(
    f: c_int,
    buf: *const c_void,
    n: usize,
    flags: c_int,
    addr: *const c_void,
    len: socklen_t,
) -> ssize_t {
    if addr.is_null() {
        return send(f, buf, n, flags);
    }
    if buf.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    let r = socket::with(f, |s| {
        let to = read_addr(addr, len)?;
        if would_block(s, flags, Events::WRITABLE) {
            return Err(Errno::EAGAIN);
        }
        // SAFETY: C contract: buf is valid for n bytes.
        Ok(s.socket
            .send_to(core::slice::from_raw_parts(buf as *const u8, n), to)?)
    });
    r.map(|n| n as ssize_t).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn recvfrom(
    f: c_int,
    buf: *mut c_void,
    n: usize,
    flags: c_int,
    addr: *mut c_void,
    len: *mut socklen_t,
) -> ssize_t {
    if buf.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    let r = socket::with(f, |s| {
        if would_block(s, flags, Events::READABLE) {
            return Err(Errno::EAGAIN);
        }
        // SAFETY: C contract: buf is valid for n bytes.
        let b = core::slice::from_raw_parts_mut(buf as *mut u8, n);
        match s.socket.socket_type()? {
            Type::Udp => {
                let (got, from) = s.socket.recv_from(b)?;
                write_addr(from, addr, len);
                Ok(got)
            }
            Type::Tcp => {
                let got = s.socket.recv(b)?;
                if let Ok(p) = s.socket.peer_addr() {
                    write_addr(p, addr, len);
                }
                Ok(got)
            }
        }
    });
    r.map(|n| n as ssize_t).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub extern "C" fn shutdown(f: c_int, how: c_int) -> c_int {
    let how = match how {
        0 => Shutdown::Read,
        1 => Shutdown::Write,
        2 => Shutdown::Both,
        _ => return fail(Errno::EINVAL, -1),
    };
    let r = socket::with(f, |s| Ok(s.socket.shutdown(how)?));
    r.map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

#[repr(C)]
pub struct timeval {
    tv_sec: i64,
    tv_usec: i64,
}

unsafe fn int_opt(val: *const c_void, len: socklen_t) -> Result<c_int, Errno> {
    if val.is_null() || (len as usize) < core::mem::size_of::<c_int>() {
        return Err(Errno::EINVAL);
    }
    Ok(*(val as *const c_int))
}

unsafe fn timeout_opt(val: *const c_void, len: socklen_t) -> Result<Option<u64>, Errno> {
    if val.is_null() || (len as usize) < core::mem::size_of::<timeval>() {
        return Err(Errno::EINVAL);
    }
    let tv = &*(val as *const timeval);
    if tv.tv_sec < 0 || tv.tv_usec < 0 {
        return Err(Errno(33)); // EDOM
    }
    let ns = tv.tv_sec as u64 * 1_000_000_000 + tv.tv_usec as u64 * 1000;
    Ok((ns > 0).then_some(ns)) // zero means "no timeout"
}

#[no_mangle]
pub unsafe extern "C" fn setsockopt(
    f: c_int,
    level: c_int,
    name: c_int,
    val: *const c_void,
    len: socklen_t,
) -> c_int {
    let r = socket::with(f, |s| {
        let opt = match (level, name) {
            (SOL_SOCKET, SO_REUSEADDR) | (SOL_SOCKET, SO_KEEPALIVE) => {
                int_opt(val, len)?;
                return Ok(()); // ports are free again as soon as a socket closes
            }
            (SOL_SOCKET, SO_RCVTIMEO) => SockOpt::RecvTimeout(timeout_opt(val, len)?),
            (SOL_SOCKET, SO_SNDTIMEO) => SockOpt::SendTimeout(timeout_opt(val, len)?),
            (SOL_SOCKET, SO_RCVBUF) => SockOpt::RecvBuffer(int_opt(val, len)?.max(256) as usize),
            (SOL_SOCKET, SO_SNDBUF) => SockOpt::SendBuffer(int_opt(val, len)?.max(256) as usize),
            (IPPROTO_TCP, TCP_NODELAY) => SockOpt::NoDelay(int_opt(val, len)? != 0),
            _ => return Err(Errno(92)), // ENOPROTOOPT
        };
        Ok(s.socket.set_option(opt)?)
    });
    r.map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

#[no_mangle]
pub unsafe extern "C" fn getsockopt(
    f: c_int,
    level: c_int,
    name: c_int,
    val: *mut c_void,
    len: *mut socklen_t,
) -> c_int {
    let r = socket::with(f, |s| {
        if val.is_null() || len.is_null() || (*len as usize) < core::mem::size_of::<c_int>() {
            return Err(Errno::EINVAL);
        }
        let v: c_int = match (level, name) {
            (SOL_SOCKET, SO_ERROR) => 0,
            (SOL_SOCKET, SO_TYPE) => match s.socket.socket_type()? {
                Type::Tcp => SOCK_STREAM,
                Type::Udp => SOCK_DGRAM,
            },
            _ => return Err(Errno(92)),
        };
        *(val as *mut c_int) = v;
        *len = core::mem::size_of::<c_int>() as socklen_t;
        Ok(())
    });
    r.map(|_| 0).unwrap_or_else(|e| fail(e, -1))
}

/// getsockname/getpeername: one of the socket's two addresses into `addr`.
unsafe fn address_of(
    f: c_int,
    which: fn(&Socket) -> kernel::net::Result<SocketAddrV4>,
    addr: *mut c_void,
    len: *mut socklen_t,
) -> c_int {
    match socket::with(f, |s| Ok(which(&s.socket)?)) {
        Ok(a) => {
            write_addr(a, addr, len);
            0
        }
        Err(e) => fail(e, -1),
    }
}

#[no_mangle]
pub unsafe extern "C" fn getsockname(f: c_int, addr: *mut c_void, len: *mut socklen_t) -> c_int {
    address_of(f, Socket::local_addr, addr, len)
}

#[no_mangle]
pub unsafe extern "C" fn getpeername(f: c_int, addr: *mut c_void, len: *mut socklen_t) -> c_int {
    address_of(f, Socket::peer_addr, addr, len)
}

#[no_mangle]
pub extern "C" fn fcntl(f: c_int, cmd: c_int, arg: c_int) -> c_int {
    const F_GETFD: c_int = 1;
    const F_SETFD: c_int = 2;
    const F_GETFL: c_int = 3;
    const F_SETFL: c_int = 4;
    let obj = match fd::get(f) {
        Ok(o) => o,
        Err(e) => return fail(e, -1),
    };
    match cmd {
        F_GETFD | F_SETFD => 0,
        F_GETFL => match obj {
            Object::Socket(_) => {
                2 | if socket::with(f, |s| Ok(s.nonblocking.load(Ordering::Relaxed)))
                    .unwrap_or(false)
                {
                    O_NONBLOCK
                } else {
                    0
                }
            }
            Object::Stdout | Object::Stderr => 1,
            _ => 0,
        },
        F_SETFL => match obj {
            Object::Socket(_) => socket::set_nonblocking(f, arg & O_NONBLOCK != 0)
                .map(|_| 0)
                .unwrap_or_else(|e| fail(e, -1)),
            _ => 0,
        },
        _ => fail(Errno::EINVAL, -1),
    }
}

/// C's `struct pollfd`.
pub type pollfd = socket::PollEntry;
use socket::{POLLIN, POLLNVAL, POLLOUT};

#[no_mangle]
pub unsafe extern "C" fn poll(fds: *mut pollfd, n: usize, timeout_ms: c_int) -> c_int {
    if fds.is_null() && n > 0 {
        return fail(Errno::EFAULT, -1);
    }
    let entries = if n == 0 {
        &mut []
    } else {
        // SAFETY: C contract: fds has n entries.
        core::slice::from_raw_parts_mut(fds, n)
    };
    let timeout = (timeout_ms >= 0).then(|| timeout_ms as u64 * 1_000_000);
    match socket::poll(entries, timeout) {
        Ok(ready) => ready as c_int,
        Err(e) => fail(e, -1),
    }
}

/// `fd_set` as our headers define it: 1024 bits.
#[repr(C)]
pub struct fd_set {
    bits: [u64; 16],
}

unsafe fn fd_isset(s: *const fd_set, fd: usize) -> bool {
    !s.is_null() && (*s).bits[fd / 64] & (1 << (fd % 64)) != 0
}

#[no_mangle]
pub unsafe extern "C" fn select(
    nfds: c_int,
    r: *mut fd_set,
    w: *mut fd_set,
    e: *mut fd_set,
    tv: *mut timeval,
) -> c_int {
    let nfds = nfds.clamp(0, 1024) as usize;
    let mut pfds = alloc::vec::Vec::new();
    for fdn in 0..nfds {
        let mut ev = 0;
        if fd_isset(r, fdn) {
            ev |= POLLIN;
        }
        if fd_isset(w, fdn) {
            ev |= POLLOUT;
        }
        if ev != 0 || fd_isset(e, fdn) {
            pfds.push(pollfd {
                fd: fdn as c_int,
                events: ev,
                revents: 0,
            });
        }
    }
    let timeout_ms = if tv.is_null() {
        -1
    } else {
        ((*tv).tv_sec * 1000 + (*tv).tv_usec / 1000) as c_int
    };
    let n = poll(pfds.as_mut_ptr(), pfds.len(), timeout_ms);
    if n < 0 {
        return -1;
    }
    for s in [r, w, e] {
        if !s.is_null() {
            (*s).bits = [0; 16];
        }
    }
    let mut count = 0;
    for p in &pfds {
        if p.revents & POLLNVAL != 0 {
            return fail(Errno::EBADF, -1);
        }
        let f = p.fd as usize;
        let mut set = |s: *mut fd_set| {
            if !s.is_null() {
                (*s).bits[f / 64] |= 1 << (f % 64);
                count += 1;
            }
        };
        if p.revents & (POLLIN | 0x18) != 0 && p.events & POLLIN != 0 {
            set(r);
        }
        if p.revents & POLLOUT != 0 && p.events & POLLOUT != 0 {
            set(w);
        }
    }
    count
}
