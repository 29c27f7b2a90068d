//! Sockets in the descriptor table: a `kernel::net::Socket` plus the
//! O_NONBLOCK flag, installed as an fd. Only code that creates sockets
//! links this (and with it the network stack).

use crate::errno::Errno;
use crate::fd::{self, Object, SocketObject};
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::any::Any;
use core::sync::atomic::{AtomicBool, Ordering};
use kernel::net::{Events, PollFd, SockOpt, Socket, Type};

impl From<kernel::net::Error> for Errno {
    fn from(e: kernel::net::Error) -> Errno {
        Errno(e.errno())
    }
}

pub struct SocketEntry {
    pub socket: Socket,
    pub nonblocking: AtomicBool,
}

impl SocketObject for SocketEntry {
    fn read(&self, buf: &mut [u8]) -> Result<usize, Errno> {
        Ok(match self.socket.socket_type()? {
            Type::Tcp => self.socket.recv(buf)?,
            Type::Udp => self.socket.recv_from(buf)?.0,
        })
    }

    fn write(&self, buf: &[u8]) -> Result<usize, Errno> {
        Ok(self.socket.send(buf)?) // UDP: to the connected peer (else an error)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A new socket of type `ty` at the lowest free descriptor.
pub fn open(ty: Type) -> Result<i32, Errno> {
    install(Socket::new(ty)?)
}

/// Installs `socket` at the lowest free descriptor.
pub fn install(socket: Socket) -> Result<i32, Errno> {
    fd::install(Object::Socket(Arc::new(SocketEntry {
        socket,
        nonblocking: AtomicBool::new(false),
    })))
}

/// The socket behind `f` (ENOTSOCK for other descriptors).
pub fn get(f: i32) -> Result<Arc<dyn SocketObject>, Errno> {
    fd::socket(f)
}

/// Runs `op` on the socket behind `f`.
pub fn with<R>(f: i32, op: impl FnOnce(&SocketEntry) -> Result<R, Errno>) -> Result<R, Errno> {
    let obj = fd::socket(f)?;
    let entry = obj
        .as_any()
        .downcast_ref::<SocketEntry>()
        .ok_or(Errno(88))?;
    op(entry)
}

/// Sets O_NONBLOCK on a socket.
pub fn set_nonblocking(f: i32, on: bool) -> Result<(), Errno> {
    with(f, |s| {
        s.socket.set_option(SockOpt::NonBlocking(on))?;
        s.nonblocking.store(on, Ordering::Relaxed);
        Ok(())
    })
}

/// One descriptor to wait on: the layout of C's `struct pollfd`, so the C
/// ABI passes its array straight through.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct PollEntry {
    pub fd: i32,
    pub events: i16,
    pub revents: i16,
}

pub const POLLIN: i16 = 0x001;
pub const POLLOUT: i16 = 0x004;
pub const POLLNVAL: i16 = 0x020;

/// poll(2) over any descriptors: sockets wait in the network layer; files
/// and the console are always ready; bad descriptors report POLLNVAL;
/// negative descriptors are skipped. Returns how many entries have events.
/// `timeout_ns` None waits without limit (EINVAL if nothing could wake it).
pub fn poll(entries: &mut [PollEntry], timeout_ns: Option<u64>) -> Result<usize, Errno> {
    let mut sockets = Vec::new();
    let mut ready_now = 0;
    for (i, p) in entries.iter_mut().enumerate() {
        p.revents = 0;
        if p.fd < 0 {
            continue;
        }
        match fd::get(p.fd) {
            Ok(Object::Socket(s)) => sockets.push((i, s)),
            Ok(Object::Stdin) | Ok(Object::File(_)) | Ok(Object::Dir(_)) => {
                p.revents = p.events & POLLIN
            }
            Ok(Object::Stdout) | Ok(Object::Stderr) => p.revents = p.events & POLLOUT,
            Err(_) => p.revents = POLLNVAL,
        }
        if p.revents != 0 {
            ready_now += 1;
        }
    }
    let timeout = if ready_now > 0 { Some(0) } else { timeout_ns };
    if sockets.is_empty() {
        match timeout {
            Some(t) if t > 0 => kernel::thread::sleep_ns(t),
            None if ready_now == 0 => return Err(Errno::EINVAL), // would wait forever on nothing
            _ => {}
        }
        return Ok(ready_now);
    }
    let mut waits: Vec<PollFd> = sockets
        .iter()
        .map(|(i, s)| PollFd {
            socket: &s
                .as_any()
                .downcast_ref::<SocketEntry>()
                .expect("socket objects are SocketEntry")
                .socket,
            events: Events(entries[*i].events as u16),
            revents: Events::empty(),
        })
        .collect();
    kernel::net::poll(&mut waits, timeout)?;
    for (w, (i, _)) in waits.iter().zip(&sockets) {
        entries[*i].revents = w.revents.0 as i16;
        if w.revents.0 != 0 {
            ready_now += 1;
        }
    }
    Ok(ready_now)
}
