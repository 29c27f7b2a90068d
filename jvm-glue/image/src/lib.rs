//! The JVM inside an image: [`ImagePlatform`] implements `jvm::Platform` on
//! the kernel, [`run`] starts a main class from the sealed filesystem.
#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use sched::sync::{Condvar, Mutex};

/// Where `mote build` puts the class library and the application in the sealed FAT.
pub const JAVA_BASE: &str = "/java.base";
pub const APP: &str = "/app";

/// Condition variables parked threads are spread over.
const WAKEUPS: usize = 32;

pub struct ImagePlatform {
    /// Tokens holding a park permit (LockSupport-style, never lost): only
    /// the few not yet consumed, so a vector (a map type would add its code
    /// to every image).
    permits: Mutex<Vec<u32>>,
    /// Where a token's thread waits: `wakeups[token % WAKEUPS]`. One shared
    /// condition woke every parked thread at each unpark (each a context
    /// switch: ~9 per request for java-http with 8 connections).
    wakeups: [Condvar; WAKEUPS],
    /// Socket options Java set that the kernel does not keep, indexed by
    /// descriptor (small numbers, lowest free first): values of options
    /// 1..=7 (see `Platform::sock_set_opt`) as last set.
    socket_options: Mutex<Vec<[Option<i32>; 8]>>,
}

// Files and sockets are POSIX descriptors: a Java handle is the descriptor
// number (u32 on the Platform side, i32 in posix). Errors are errno values.

fn fd(handle: u32) -> i32 {
    handle as i32
}

fn errno(e: posix::errno::Errno) -> i32 {
    e.0
}

fn v4(addr: [u8; 4], port: u16) -> core::net::SocketAddrV4 {
    core::net::SocketAddrV4::new(core::net::Ipv4Addr::from(addr), port)
}

fn split(a: core::net::SocketAddrV4) -> ([u8; 4], u16) {
    (a.ip().octets(), a.port())
}

/// Runs `op` on the kernel socket behind descriptor `h`.
fn with_socket<R>(
    h: u32,
    op: impl FnOnce(&kernel::net::Socket) -> Result<R, kernel::net::Error>,
) -> Result<R, i32> {
    posix::socket::with(fd(h), |s| Ok(op(&s.socket)?)).map_err(errno)
}

/// A socket Java will use: non-blocking (the VM waits for readiness with
/// `sock_poll`, so other Java threads keep running).
fn nonblocking(f: i32) -> Result<u32, i32> {
    if let Err(e) = posix::socket::set_nonblocking(f, true) {
        let _ = posix::fd::close(f);
        return Err(errno(e));
    }
    Ok(f as u32)
}

impl ImagePlatform {
    pub fn new() -> ImagePlatform {
        ImagePlatform {
            permits: Mutex::new(Vec::new()),
            wakeups: core::array::from_fn(|_| Condvar::new()),
            socket_options: Mutex::new(Vec::new()),
        }
    }
}

impl Default for ImagePlatform {
    fn default() -> Self {
        Self::new()
    }
}

impl jvm::Platform for ImagePlatform {
    fn write(&self, fd: i32, bytes: &[u8]) {
        let _ = posix::fd::write(if fd == 2 { 2 } else { 1 }, bytes);
    }

    fn read_file(&self, path: &str) -> Option<Vec<u8>> {
        let f = posix::fd::open(path, posix::fd::OpenFlags::default()).ok()?;
        let data = (|| {
            if let Ok(Some(whole)) = posix::fd::contents(f) {
                return Some(whole.to_vec());
            }
            let size = posix::fd::fstat(f).ok()?.size as usize;
            let mut buf = vec![0u8; size];
            let mut got = 0;
            while got < size {
                match posix::fd::read(f, &mut buf[got..]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got += n,
                }
            }
            buf.truncate(got);
            Some(buf)
        })();
        let _ = posix::fd::close(f);
        data
    }

    fn nanos(&self) -> u64 {
        posix::time::now_ns(posix::time::CLOCK_MONOTONIC).unwrap_or(0)
    }

    fn millis(&self) -> i64 {
        (posix::time::now_ns(posix::time::CLOCK_REALTIME).unwrap_or(0) / 1_000_000) as i64
    }

    fn sleep(&self, nanos: u64) {
        posix::time::sleep_ns(nanos);
    }

    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> bool {
        // Java threads are kernel threads (the VM runs one at a time).
        let spawned = kernel::thread::Builder::new("java")
            .stack_size(256 * 1024)
            .spawn(move || {
                f();
                0
            });
        match spawned {
            Ok(handle) => {
                handle.detach();
                true
            }
            Err(_) => false,
        }
    }

    fn park(&self, token: u32) {
        let mut permits = self.permits.lock();
        loop {
            if let Some(i) = permits.iter().position(|&t| t == token) {
                permits.swap_remove(i);
                return;
            }
            permits = self.wakeups[token as usize % WAKEUPS].wait(permits);
        }
    }

    fn unpark(&self, token: u32) {
        let mut permits = self.permits.lock();
        if !permits.contains(&token) {
            permits.push(token);
        }
        drop(permits);
        // all threads sharing the slot wake; each checks its own permit
        self.wakeups[token as usize % WAKEUPS].notify_all();
    }

    // ---- mote.net.Udp: blocking UDP sockets, descriptors like java.net's --
    // (only with the `udp` feature; without it the trait's defaults fail)

    #[cfg(feature = "udp")]
    fn udp_bind(&self, port: u16) -> Result<u32, i32> {
        let f = posix::socket::open(kernel::net::Type::Udp).map_err(errno)?;
        if let Err(e) = with_socket(f as u32, |s| s.bind(v4([0; 4], port))) {
            let _ = posix::fd::close(f);
            return Err(e);
        }
        Ok(f as u32)
    }

    #[cfg(feature = "udp")]
    fn udp_recv(
        &self,
        handles: &[u32],
        buf: &mut [u8],
    ) -> Result<(usize, usize, [u8; 4], u16), i32> {
        let which = if handles.len() == 1 {
            0
        } else {
            let mut waits: Vec<posix::socket::PollEntry> = handles
                .iter()
                .map(|&h| posix::socket::PollEntry {
                    fd: fd(h),
                    events: posix::socket::POLLIN,
                    revents: 0,
                })
                .collect();
            posix::socket::poll(&mut waits, None).map_err(errno)?;
            if waits
                .iter()
                .any(|w| w.revents & posix::socket::POLLNVAL != 0)
            {
                return Err(9); // EBADF
            }
            waits.iter().position(|w| w.revents != 0).unwrap_or(0)
        };
        let h = *handles.get(which).ok_or(22)?;
        let (n, from) = with_socket(h, |s| s.recv_from(buf))?;
        let (addr, port) = split(from);
        Ok((which, n, addr, port))
    }

    #[cfg(feature = "udp")]
    fn udp_send(&self, handle: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        with_socket(handle, |s| s.send_to(data, v4(addr, port)))
    }

    // ---- java.io / java.nio.file on the sealed filesystem -------------------
    // Handle 0 is standard input, which an image does not have: it reads as
    // empty. Everything that would change the filesystem fails with EROFS:
    // the image is immutable.

    fn file_open(&self, path: &str, mode: u32) -> Result<u32, i32> {
        if mode != 0 {
            return Err(30);
        }
        if posix::fd::stat(path).map_err(errno)?.is_dir {
            return Err(21); // EISDIR: Java opens only files for reading
        }
        let f = posix::fd::open(path, posix::fd::OpenFlags::default()).map_err(errno)?;
        Ok(f as u32)
    }

    fn file_read(&self, handle: u32, buf: &mut [u8]) -> Result<usize, i32> {
        posix::fd::read(fd(handle), buf).map_err(errno)
    }

    fn file_write(&self, handle: u32, _data: &[u8]) -> Result<usize, i32> {
        Err(if handle == 0 { 9 } else { 30 })
    }

    fn file_close(&self, handle: u32) -> Result<(), i32> {
        if handle == 0 {
            return Ok(()); // System.in stays open for the image's lifetime
        }
        posix::fd::close(fd(handle)).map_err(errno)
    }

    fn file_seek(&self, handle: u32, offset: i64, whence: u32) -> Result<u64, i32> {
        posix::fd::lseek(fd(handle), offset, whence as i32).map_err(errno)
    }

    fn file_set_len(&self, _handle: u32, _len: u64) -> Result<(), i32> {
        Err(30)
    }

    fn file_stat(&self, path: &str) -> Result<(u32, u64, i64), i32> {
        let st = posix::fd::stat(path).map_err(errno)?;
        // the packer seals fixed timestamps: no meaningful modification time
        Ok((if st.is_dir { 2 } else { 1 }, st.size, 0))
    }

    fn dir_list(&self, path: &str) -> Result<Vec<String>, i32> {
        let entries = posix::fd::read_dir(path).map_err(errno)?;
        Ok(entries
            .into_iter()
            .filter(|e| e.name != "." && e.name != "..")
            .map(|e| e.name)
            .collect())
    }

    fn file_delete(&self, _path: &str) -> Result<(), i32> {
        Err(30)
    }

    fn dir_create(&self, _path: &str) -> Result<(), i32> {
        Err(30)
    }

    fn file_rename(&self, _from: &str, _to: &str) -> Result<(), i32> {
        Err(30)
    }

    fn current_dir(&self) -> Option<String> {
        Some(String::from("/"))
    }

    // ---- java.net on POSIX sockets -----------------------------------------

    fn sock_open(&self, kind: i32) -> Result<u32, i32> {
        let ty = match kind {
            0 => kernel::net::Type::Tcp,
            1 => kernel::net::Type::Udp,
            _ => return Err(22),
        };
        nonblocking(posix::socket::open(ty).map_err(errno)?)
    }

    fn sock_bind(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        with_socket(h, |s| s.bind(v4(addr, port)))
    }

    fn sock_listen(&self, h: u32, backlog: i32) -> Result<(), i32> {
        let backlog = if backlog < 1 { 50 } else { backlog as usize };
        with_socket(h, |s| s.listen(backlog))
    }

    fn sock_accept(&self, h: u32) -> Result<(u32, [u8; 4], u16), i32> {
        let (conn, peer) = with_socket(h, |s| s.accept())?;
        let (addr, port) = split(peer);
        let f = posix::socket::install(conn).map_err(errno)?;
        Ok((nonblocking(f)?, addr, port))
    }

    fn sock_connect(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        with_socket(h, |s| s.connect(v4(addr, port)))
    }

    fn sock_connect_result(&self, h: u32) -> Result<(), i32> {
        match with_socket(h, |s| s.error())? {
            Some(e) => Err(e.errno()),
            None => Ok(()),
        }
    }

    fn sock_send(&self, h: u32, data: &[u8]) -> Result<usize, i32> {
        with_socket(h, |s| s.send(data))
    }

    fn sock_recv(&self, h: u32, buf: &mut [u8]) -> Result<usize, i32> {
        with_socket(h, |s| s.recv(buf))
    }

    fn sock_send_to(&self, h: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        with_socket(h, |s| s.send_to(data, v4(addr, port)))
    }

    fn sock_recv_from(&self, h: u32, buf: &mut [u8]) -> Result<(usize, [u8; 4], u16), i32> {
        let (n, from) = with_socket(h, |s| s.recv_from(buf))?;
        let (addr, port) = split(from);
        Ok((n, addr, port))
    }

    fn sock_shutdown(&self, h: u32, how: i32) -> Result<(), i32> {
        let how = match how {
            0 => kernel::net::Shutdown::Read,
            1 => kernel::net::Shutdown::Write,
            _ => kernel::net::Shutdown::Both,
        };
        with_socket(h, |s| s.shutdown(how))
    }

    fn sock_close(&self, h: u32) {
        if let Some(o) = self.socket_options.lock().get_mut(h as usize) {
            *o = [None; 8];
        }
        // the kernel socket closes when its last user lets go
        let _ = posix::fd::close(fd(h));
    }

    fn sock_addr(&self, h: u32, peer: bool) -> Result<([u8; 4], u16), i32> {
        let a = with_socket(h, |s| if peer { s.peer_addr() } else { s.local_addr() })?;
        Ok(split(a))
    }

    fn sock_set_opt(&self, h: u32, opt: i32, value: i32) -> Result<(), i32> {
        use kernel::net::SockOpt;
        let kept = match opt {
            1 => Some(SockOpt::NoDelay(value != 0)),
            4 if value > 0 => Some(SockOpt::RecvBuffer(value as usize)),
            5 if value > 0 => Some(SockOpt::SendBuffer(value as usize)),
            // reuse-address, keep-alive, broadcast, linger: accepted, remembered
            2 | 3 | 6 | 7 => None,
            _ => return Err(22),
        };
        with_socket(h, |s| match kept {
            Some(o) => s.set_option(o),
            None => Ok(()),
        })?;
        let mut options = self.socket_options.lock();
        if options.len() <= h as usize {
            options.resize(h as usize + 1, [None; 8]);
        }
        options[h as usize][opt as usize] = Some(value);
        Ok(())
    }

    fn sock_get_opt(&self, h: u32, opt: i32) -> Result<i32, i32> {
        if opt == 8 {
            // bytes readable now: the kernel reports readiness, not a count
            let readable = with_socket(h, |s| {
                Ok(s.readiness().contains(kernel::net::Events::READABLE))
            })?;
            return Ok(readable as i32);
        }
        with_socket(h, |_| Ok(()))?; // EBADF for a closed handle
        let set = self
            .socket_options
            .lock()
            .get(h as usize)
            .and_then(|o| o.get(opt as usize).copied().flatten());
        Ok(set.unwrap_or(match opt {
            4 | 5 => kernel::net::DEFAULT_TCP_BUFFER as i32,
            7 => -1,
            1..=6 => 0,
            _ => return Err(22),
        }))
    }

    fn sock_poll(&self, waits: &[(u32, u8)], timeout_nanos: Option<u64>) -> Result<bool, i32> {
        let mut entries: Vec<posix::socket::PollEntry> = waits
            .iter()
            .map(|&(h, ev)| {
                let mut events = 0;
                if ev & 1 != 0 {
                    events |= posix::socket::POLLIN;
                }
                if ev & 2 != 0 {
                    events |= posix::socket::POLLOUT;
                }
                posix::socket::PollEntry {
                    fd: fd(h),
                    events,
                    revents: 0,
                }
            })
            .collect();
        let ready = posix::socket::poll(&mut entries, timeout_nanos).map_err(errno)?;
        if entries
            .iter()
            .any(|e| e.revents & posix::socket::POLLNVAL != 0)
        {
            return Err(9); // a closed handle: EBADF, as before
        }
        Ok(ready > 0)
    }

    fn resolve_host(&self, name: &str) -> Result<Vec<[u8; 4]>, i32> {
        // no resolver in the image: only "localhost" has an address
        if name.eq_ignore_ascii_case("localhost") {
            Ok(vec![[127, 0, 0, 1]])
        } else {
            Err(-2)
        }
    }

    fn packet_log(&self, set: Option<bool>) -> Option<bool> {
        if let Some(on) = set {
            kernel::net::set_packet_log(on);
        }
        Some(kernel::net::packet_log())
    }
}

/// Parses a Java memory size (`-Xmx` syntax): digits with an optional
/// k/K, m/M or g/G suffix; no suffix means bytes.
pub fn parse_java_size(s: &str) -> Option<usize> {
    let (digits, unit) = match s.as_bytes().last()? {
        b'k' | b'K' => (&s[..s.len() - 1], 1usize << 10),
        b'm' | b'M' => (&s[..s.len() - 1], 1 << 20),
        b'g' | b'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<usize>().ok()?.checked_mul(unit)
}

/// Runs `main_class` (from `/app`, with `/java.base`) with `args`; returns
/// the Java program's exit status. The heap limit is `-Xmx<size>` from the
/// image command line, else `manifest_heap` (0 = not set: half the guest RAM,
/// at least 8 MiB).
pub fn run(main_class: &str, args: &[&str], manifest_heap: usize) -> i32 {
    let mut heap_max = if manifest_heap > 0 {
        manifest_heap
    } else {
        ((kernel::total_ram() / 2) as usize).max(8 << 20)
    };
    let mut profile = false;
    for opt in kernel::cmdline().runtime_options() {
        if opt == "-Xprof" {
            profile = true;
            continue;
        }
        match opt.strip_prefix("-Xmx").map(parse_java_size) {
            Some(Some(bytes)) if bytes >= 1 << 20 => heap_max = bytes,
            Some(_) => {
                kernel::println!(
                    "mote: {opt}: not a heap size of at least 1m (e.g. -Xmx32m); the JVM did not start"
                );
                return 1;
            }
            None => kernel::println!("mote: ignoring unknown JVM option {opt}"),
        }
    }
    let boot = vec![String::from(JAVA_BASE)];
    let cp = vec![String::from(APP)];
    let args: Vec<String> = args.iter().map(|a| String::from(*a)).collect();
    let options = jvm::vm::Options {
        heap_max,
        profile,
        ..Default::default()
    };
    // the image ends with the program: no need to free the VM first
    jvm::run_to_exit(
        Box::new(ImagePlatform::new()),
        &jvm::Launch {
            boot_path: &boot,
            class_path: &cp,
            main_class,
            args: &args,
        },
        options,
    )
}
