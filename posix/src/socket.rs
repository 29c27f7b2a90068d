//! Sockets in the descriptor table: a `kernel::net::Socket` plus the
//! O_NONBLOCK flag, installed as an fd. Only code that creates sockets
//! links this (and with it the network stack).

use crate::errno::Errno;
use crate::fd::{self, Object, SocketObject};
use alloc::sync::Arc;
use core::any::Any;
use core::sync::atomic::{AtomicBool, Ordering};
use kernel::net::{SockOpt, Socket, Type};

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
