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
    // --- io (java.io / java.nio.file): files by handle, errors as errno ---
    // Handle 0 is standard input. Defaults: ENOSYS (38), so platforms without a
    // file system still compile; a read-only one returns EROFS (30) for writes.
    /// Opens `path`: mode 0 = read, 1 = write (create, truncate), 2 = append
    /// (create), 3 = read and write (create, no truncation). A directory
    /// opened for reading fails with EISDIR (21).
    fn file_open(&self, path: &str, mode: u32) -> Result<u32, i32> {
        let _ = (path, mode);
        Err(38)
    }
    /// Reads up to `buf.len()` bytes; 0 only at end of file. Default: standard
    /// input is empty, other handles fail.
    fn file_read(&self, handle: u32, buf: &mut [u8]) -> Result<usize, i32> {
        let _ = buf;
        if handle == 0 {
            return Ok(0);
        }
        Err(38)
    }
    /// Writes some of `data`; the count written.
    fn file_write(&self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        let _ = (handle, data);
        Err(38)
    }
    fn file_close(&self, handle: u32) -> Result<(), i32> {
        let _ = handle;
        Err(38)
    }
    /// Bytes that can be read from `handle` without waiting (for a regular
    /// file: from the position to the end); 0 when unknown.
    fn file_available(&self, handle: u32) -> Result<u64, i32> {
        let _ = handle;
        Err(38)
    }
    /// Moves the position of `handle`: whence 0 = from the start, 1 = from the
    /// current position, 2 = from the end; the new position.
    fn file_seek(&self, handle: u32, offset: i64, whence: u32) -> Result<u64, i32> {
        let _ = (handle, offset, whence);
        Err(38)
    }
    /// Truncates or extends the file of `handle` to `len` bytes.
    fn file_set_len(&self, handle: u32, len: u64) -> Result<(), i32> {
        let _ = (handle, len);
        Err(38)
    }
    /// Kind (1 = regular file, 2 = directory, 3 = other), size in bytes and
    /// modification time (ms since the epoch); follows symbolic links.
    fn file_stat(&self, path: &str) -> Result<(u32, u64, i64), i32> {
        let _ = path;
        Err(38)
    }
    /// The names in directory `path` (without "." and ".."), in any order.
    fn dir_list(&self, path: &str) -> Result<Vec<alloc::string::String>, i32> {
        let _ = path;
        Err(38)
    }
    /// Deletes a file or an empty directory.
    fn file_delete(&self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(38)
    }
    fn dir_create(&self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(38)
    }
    /// Renames `from` to `to`, replacing a file there (like rename(2)).
    fn file_rename(&self, from: &str, to: &str) -> Result<(), i32> {
        let _ = (from, to);
        Err(38)
    }
    /// The working directory (for relative paths), if the platform has one.
    fn current_dir(&self) -> Option<alloc::string::String> {
        None
    }
    // --- end io ---
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

    // ---- java.net sockets (area: net) -------------------------------------
    // Every call is non-blocking: one that would block returns Err(EAGAIN = 11)
    // (connect: Err(EINPROGRESS = 115)); the VM parks the Java thread on
    // `sock_poll` readiness instead, so other Java threads keep running.
    // Handles are the platform's own numbers; errors are Linux errno values.
    // Defaults: not supported (ENOSYS).

    /// A new socket: `kind` 0 = TCP stream, 1 = UDP datagram (IPv4).
    fn sock_open(&self, kind: i32) -> Result<u32, i32> {
        let _ = kind;
        Err(38)
    }
    fn sock_bind(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        let _ = (h, addr, port);
        Err(38)
    }
    fn sock_listen(&self, h: u32, backlog: i32) -> Result<(), i32> {
        let _ = (h, backlog);
        Err(38)
    }
    /// A connection waiting on listening socket `h`: (new handle, peer address, peer port).
    fn sock_accept(&self, h: u32) -> Result<(u32, [u8; 4], u16), i32> {
        let _ = h;
        Err(38)
    }
    /// Starts a connection (TCP) or sets the default peer (UDP); Err(115) while
    /// in progress: wait for writability, then `sock_connect_result`.
    fn sock_connect(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        let _ = (h, addr, port);
        Err(38)
    }
    /// Outcome of a connection that was in progress (the socket's pending error).
    fn sock_connect_result(&self, h: u32) -> Result<(), i32> {
        let _ = h;
        Err(38)
    }
    /// Drops a UDP socket's default peer.
    fn sock_disconnect(&self, h: u32) -> Result<(), i32> {
        let _ = h;
        Err(38)
    }
    /// Bytes sent (to the connected peer).
    fn sock_send(&self, h: u32, data: &[u8]) -> Result<usize, i32> {
        let _ = (h, data);
        Err(38)
    }
    /// Bytes received; 0 = end of stream.
    fn sock_recv(&self, h: u32, buf: &mut [u8]) -> Result<usize, i32> {
        let _ = (h, buf);
        Err(38)
    }
    fn sock_send_to(&self, h: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        let _ = (h, data, addr, port);
        Err(38)
    }
    /// One datagram (truncated to `buf`): (length kept, sender address, sender port).
    fn sock_recv_from(&self, h: u32, buf: &mut [u8]) -> Result<(usize, [u8; 4], u16), i32> {
        let _ = (h, buf);
        Err(38)
    }
    /// `how`: 0 = input, 1 = output, 2 = both.
    fn sock_shutdown(&self, h: u32, how: i32) -> Result<(), i32> {
        let _ = (h, how);
        Err(38)
    }
    fn sock_close(&self, h: u32) {
        let _ = h;
    }
    /// Local (`peer` false) or remote address and port.
    fn sock_addr(&self, h: u32, peer: bool) -> Result<([u8; 4], u16), i32> {
        let _ = (h, peer);
        Err(38)
    }
    /// Options: 1 = TCP_NODELAY, 2 = SO_REUSEADDR, 3 = SO_KEEPALIVE,
    /// 4 = SO_RCVBUF, 5 = SO_SNDBUF, 6 = SO_BROADCAST, 7 = SO_LINGER (-1 = off),
    /// 8 = bytes readable now (get only).
    fn sock_set_opt(&self, h: u32, opt: i32, value: i32) -> Result<(), i32> {
        let _ = (h, opt, value);
        Err(38)
    }
    fn sock_get_opt(&self, h: u32, opt: i32) -> Result<i32, i32> {
        let _ = (h, opt);
        Err(38)
    }
    /// Waits until one of `waits` (handle, events: 1 = readable, 2 = writable)
    /// is ready, for at most `timeout_nanos` (None = no limit, Some(0) = just
    /// check). True if one is ready (errors and hang-ups count as ready).
    fn sock_poll(&self, waits: &[(u32, u8)], timeout_nanos: Option<u64>) -> Result<bool, i32> {
        let _ = (waits, timeout_nanos);
        Err(38)
    }
    /// IPv4 addresses of a host name (Err(-2) = unknown name).
    fn resolve_host(&self, name: &str) -> Result<Vec<[u8; 4]>, i32> {
        let _ = name;
        Err(38)
    }
}
