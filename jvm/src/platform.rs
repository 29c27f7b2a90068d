//! The VM's only door to the outside world. The hosted runner implements it on
//! std (`jvm-glue`); the image will implement it on Mote's POSIX layer.
//!
//! Each Java thread runs on its own platform thread when [`Platform::spawn`]
//! supports it, one at a time: the VM passes a baton between them with
//! [`Platform::park`]/[`Platform::unpark`]. A platform without threads keeps
//! the defaults and the VM schedules all Java threads on the calling thread.

use alloc::boxed::Box;
use alloc::vec::Vec;

pub trait Platform {
    /// Write bytes to the console: fd 1 is stdout, fd 2 is stderr.
    fn write(&self, fd: i32, bytes: &[u8]);
    /// Read a whole file (class path directories and jars).
    fn read_file(&self, path: &str) -> Option<Vec<u8>>;
    /// Monotonic nanoseconds.
    fn nanos(&self) -> u64;
    /// Wall-clock milliseconds since the Unix epoch.
    fn millis(&self) -> i64;
    /// Park the VM thread for up to `nanos` (no Java thread can run meanwhile).
    fn sleep(&self, nanos: u64);
    /// Flush buffered console output (called before the VM returns).
    fn flush(&self) {}
    /// Start a platform thread running `f`; false if threads are unsupported.
    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> bool {
        let _ = f;
        false
    }
    /// Block the calling platform thread until `unpark(token)`, where `token` is
    /// the caller's own token. A permit, like LockSupport: an unpark that comes
    /// first is not lost, and wakeups are never spurious. Everything written
    /// before `unpark` must be visible after the matching `park` returns. May
    /// be called from any platform thread, concurrently with `unpark`.
    fn park(&self, token: u32) {
        let _ = token;
    }
    /// Wake (or pre-permit) the platform thread parked under `token`.
    fn unpark(&self, token: u32) {
        let _ = token;
    }
    /// Opens a UDP socket on `port` (all addresses); a handle, or an errno.
    /// Used by `mote.net.Udp`. Default: not supported (ENOSYS).
    fn udp_bind(&self, port: u16) -> Result<u32, i32> {
        let _ = port;
        Err(38)
    }
    /// Waits for a datagram on any of `handles`: (index into `handles`,
    /// length, sender address, sender port). Blocks the calling platform
    /// thread (and so every Java thread: it holds the VM).
    fn udp_recv(
        &self,
        handles: &[u32],
        buf: &mut [u8],
    ) -> Result<(usize, usize, [u8; 4], u16), i32> {
        let _ = (handles, buf);
        Err(38)
    }
    /// The packet log (`mote.log.Packets`): switches it when `set` is
    /// `Some`, then returns its state; `None` when the platform has no packet
    /// path (the default: the hosted runner).
    fn packet_log(&self, set: Option<bool>) -> Option<bool> {
        let _ = set;
        None
    }
    /// Sends `data` from socket `handle` to `addr:port`; bytes sent or an errno.
    fn udp_send(&self, handle: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        let _ = (handle, data, addr, port);
        Err(38)
    }
}
