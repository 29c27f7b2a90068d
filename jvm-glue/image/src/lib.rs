//! The JVM inside an image: [`ImagePlatform`] implements `jvm::Platform` on
//! the kernel, [`run`] starts a main class from the sealed filesystem.
#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec;
use alloc::vec::Vec;
use sched::sync::{Condvar, Mutex};

/// Where `mote build` puts the class library and the application in the sealed FAT.
pub const JAVA_BASE: &str = "/java.base";
pub const APP: &str = "/app";

pub struct ImagePlatform {
    /// Park permits by Java thread token (LockSupport-style, never lost).
    permits: Mutex<BTreeMap<u32, bool>>,
    wakeup: Condvar,
    /// `mote.net.Udp` sockets by handle.
    udp: Mutex<Vec<kernel::net::Socket>>,
    /// java.net sockets by handle (index; None once closed).
    sockets: Mutex<Vec<Option<JavaSocket>>>,
}

/// A java.net socket: a non-blocking kernel socket (the VM waits for
/// readiness with `sock_poll`, so other Java threads keep running) and the
/// options Java set that the kernel does not keep.
struct JavaSocket {
    socket: Arc<kernel::net::Socket>,
    /// Values of options 1..=7 (see `Platform::sock_set_opt`) as last set.
    options: [Option<i32>; 8],
}

fn errno(e: kernel::net::Error) -> i32 {
    e.errno()
}

fn v4(addr: [u8; 4], port: u16) -> core::net::SocketAddrV4 {
    core::net::SocketAddrV4::new(core::net::Ipv4Addr::from(addr), port)
}

fn split(a: core::net::SocketAddrV4) -> ([u8; 4], u16) {
    (a.ip().octets(), a.port())
}

impl ImagePlatform {
    fn insert_socket(&self, socket: kernel::net::Socket) -> Result<u32, i32> {
        socket
            .set_option(kernel::net::SockOpt::NonBlocking(true))
            .map_err(errno)?;
        let entry = JavaSocket {
            socket: Arc::new(socket),
            options: [None; 8],
        };
        let mut table = self.sockets.lock();
        if let Some(i) = table.iter().position(Option::is_none) {
            table[i] = Some(entry);
            Ok(i as u32)
        } else {
            table.push(Some(entry));
            Ok(table.len() as u32 - 1)
        }
    }

    /// The socket behind handle `h` (EBADF if closed or unknown).
    fn socket(&self, h: u32) -> Result<Arc<kernel::net::Socket>, i32> {
        self.sockets
            .lock()
            .get(h as usize)
            .and_then(Option::as_ref)
            .map(|e| e.socket.clone())
            .ok_or(9)
    }
}

impl ImagePlatform {
    pub fn new() -> ImagePlatform {
        ImagePlatform {
            permits: Mutex::new(BTreeMap::new()),
            wakeup: Condvar::new(),
            udp: Mutex::new(Vec::new()),
            sockets: Mutex::new(Vec::new()),
        }
    }
}

impl Default for ImagePlatform {
    fn default() -> Self {
        Self::new()
    }
}

impl jvm::Platform for ImagePlatform {
    fn write(&self, _fd: i32, bytes: &[u8]) {
        kernel::console::write_bytes(bytes);
    }

    fn read_file(&self, path: &str) -> Option<Vec<u8>> {
        let fd = kernel::rootfs::open(path).ok()?;
        let data = (|| {
            if let Ok(Some(whole)) = kernel::rootfs::contents(fd) {
                return Some(whole.to_vec());
            }
            let size = kernel::rootfs::fstat(fd).ok()?.size as usize;
            let mut buf = vec![0u8; size];
            let mut got = 0;
            while got < size {
                match kernel::rootfs::read(fd, &mut buf[got..]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got += n,
                }
            }
            buf.truncate(got);
            Some(buf)
        })();
        let _ = kernel::rootfs::close(fd);
        data
    }

    fn nanos(&self) -> u64 {
        kernel::clock::now_ns()
    }

    fn millis(&self) -> i64 {
        (kernel::clock::realtime_ns() / 1_000_000) as i64
    }

    fn sleep(&self, nanos: u64) {
        kernel::thread::sleep_ns(nanos);
    }

    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> bool {
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
        while !permits.get(&token).copied().unwrap_or(false) {
            permits = self.wakeup.wait(permits);
        }
        permits.insert(token, false);
    }

    fn unpark(&self, token: u32) {
        self.permits.lock().insert(token, true);
        self.wakeup.notify_all();
    }

    fn udp_bind(&self, port: u16) -> Result<u32, i32> {
        let addr = core::net::SocketAddrV4::new(core::net::Ipv4Addr::UNSPECIFIED, port);
        let sock = kernel::net::Socket::udp_bind(addr).map_err(|e| e.errno())?;
        let mut socks = self.udp.lock();
        socks.push(sock);
        Ok(socks.len() as u32 - 1)
    }

    fn udp_recv(
        &self,
        handles: &[u32],
        buf: &mut [u8],
    ) -> Result<(usize, usize, [u8; 4], u16), i32> {
        let socks = self.udp.lock();
        let chosen: Vec<&kernel::net::Socket> = handles
            .iter()
            .map(|&h| socks.get(h as usize).ok_or(9))
            .collect::<Result<_, i32>>()?;
        let which = if chosen.len() == 1 {
            0
        } else {
            let mut fds: Vec<kernel::net::PollFd> = chosen
                .iter()
                .map(|s| kernel::net::PollFd {
                    socket: s,
                    events: kernel::net::Events::READABLE,
                    revents: kernel::net::Events::empty(),
                })
                .collect();
            kernel::net::poll(&mut fds, None).map_err(|e| e.errno())?;
            fds.iter().position(|f| !f.revents.is_empty()).unwrap_or(0)
        };
        let (n, from) = chosen[which].recv_from(buf).map_err(|e| e.errno())?;
        Ok((which, n, from.ip().octets(), from.port()))
    }

    // ---- java.io / java.nio.file on the sealed filesystem -------------------
    // Handles are the filesystem's descriptors plus one (0 is standard input,
    // which an image does not have: it reads as empty). Everything that would
    // change the filesystem fails with EROFS: the image is immutable.

    fn file_open(&self, path: &str, mode: u32) -> Result<u32, i32> {
        if mode != 0 {
            return Err(30);
        }
        let st = kernel::rootfs::stat(path).map_err(|e| e.errno())?;
        if st.is_dir {
            return Err(21);
        }
        let fd = kernel::rootfs::open(path).map_err(|e| e.errno())?;
        Ok(fd.0 + 1)
    }

    fn file_read(&self, handle: u32, buf: &mut [u8]) -> Result<usize, i32> {
        if handle == 0 {
            return Ok(0);
        }
        kernel::rootfs::read(fs::Fd(handle - 1), buf).map_err(|e| e.errno())
    }

    fn file_write(&self, handle: u32, _data: &[u8]) -> Result<usize, i32> {
        Err(if handle == 0 { 9 } else { 30 })
    }

    fn file_close(&self, handle: u32) -> Result<(), i32> {
        if handle == 0 {
            return Ok(());
        }
        kernel::rootfs::close(fs::Fd(handle - 1)).map_err(|e| e.errno())
    }

    fn file_seek(&self, handle: u32, offset: i64, whence: u32) -> Result<u64, i32> {
        if handle == 0 {
            return Err(29); // ESPIPE
        }
        let pos = match whence {
            0 if offset >= 0 => fs::SeekFrom::Start(offset as u64),
            1 => fs::SeekFrom::Current(offset),
            2 => fs::SeekFrom::End(offset),
            _ => return Err(22),
        };
        kernel::rootfs::seek(fs::Fd(handle - 1), pos).map_err(|e| e.errno())
    }

    fn file_set_len(&self, _handle: u32, _len: u64) -> Result<(), i32> {
        Err(30)
    }

    fn file_stat(&self, path: &str) -> Result<(u32, u64, i64), i32> {
        let st = kernel::rootfs::stat(path).map_err(|e| e.errno())?;
        // the packer seals fixed timestamps: no meaningful modification time
        Ok((if st.is_dir { 2 } else { 1 }, st.size, 0))
    }

    fn dir_list(&self, path: &str) -> Result<Vec<String>, i32> {
        let mut names = Vec::new();
        kernel::rootfs::for_each_entry(path, |e| {
            if e.name != "." && e.name != ".." {
                names.push(String::from(e.name));
            }
        })
        .map_err(|e| e.errno())?;
        Ok(names)
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

    // ---- java.net on the kernel's sockets ----------------------------------

    fn sock_open(&self, kind: i32) -> Result<u32, i32> {
        let ty = match kind {
            0 => kernel::net::Type::Tcp,
            1 => kernel::net::Type::Udp,
            _ => return Err(22),
        };
        self.insert_socket(kernel::net::Socket::new(ty).map_err(errno)?)
    }

    fn sock_bind(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        self.socket(h)?.bind(v4(addr, port)).map_err(errno)
    }

    fn sock_listen(&self, h: u32, backlog: i32) -> Result<(), i32> {
        let backlog = if backlog < 1 { 50 } else { backlog as usize };
        self.socket(h)?.listen(backlog).map_err(errno)
    }

    fn sock_accept(&self, h: u32) -> Result<(u32, [u8; 4], u16), i32> {
        let (conn, peer) = self.socket(h)?.accept().map_err(errno)?;
        let (addr, port) = split(peer);
        Ok((self.insert_socket(conn)?, addr, port))
    }

    fn sock_connect(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        self.socket(h)?.connect(v4(addr, port)).map_err(errno)
    }

    fn sock_connect_result(&self, h: u32) -> Result<(), i32> {
        match self.socket(h)?.error().map_err(errno)? {
            Some(e) => Err(errno(e)),
            None => Ok(()),
        }
    }

    fn sock_send(&self, h: u32, data: &[u8]) -> Result<usize, i32> {
        self.socket(h)?.send(data).map_err(errno)
    }

    fn sock_recv(&self, h: u32, buf: &mut [u8]) -> Result<usize, i32> {
        self.socket(h)?.recv(buf).map_err(errno)
    }

    fn sock_send_to(&self, h: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        self.socket(h)?.send_to(data, v4(addr, port)).map_err(errno)
    }

    fn sock_recv_from(&self, h: u32, buf: &mut [u8]) -> Result<(usize, [u8; 4], u16), i32> {
        let (n, from) = self.socket(h)?.recv_from(buf).map_err(errno)?;
        let (addr, port) = split(from);
        Ok((n, addr, port))
    }

    fn sock_shutdown(&self, h: u32, how: i32) -> Result<(), i32> {
        let how = match how {
            0 => kernel::net::Shutdown::Read,
            1 => kernel::net::Shutdown::Write,
            _ => kernel::net::Shutdown::Both,
        };
        self.socket(h)?.shutdown(how).map_err(errno)
    }

    fn sock_close(&self, h: u32) {
        let closed = self
            .sockets
            .lock()
            .get_mut(h as usize)
            .and_then(Option::take);
        drop(closed); // the kernel socket closes when its last user lets go
    }

    fn sock_addr(&self, h: u32, peer: bool) -> Result<([u8; 4], u16), i32> {
        let s = self.socket(h)?;
        let a = if peer { s.peer_addr() } else { s.local_addr() };
        a.map(split).map_err(errno)
    }

    fn sock_set_opt(&self, h: u32, opt: i32, value: i32) -> Result<(), i32> {
        let s = self.socket(h)?;
        match opt {
            1 => s
                .set_option(kernel::net::SockOpt::NoDelay(value != 0))
                .map_err(errno)?,
            4 if value > 0 => s
                .set_option(kernel::net::SockOpt::RecvBuffer(value as usize))
                .map_err(errno)?,
            5 if value > 0 => s
                .set_option(kernel::net::SockOpt::SendBuffer(value as usize))
                .map_err(errno)?,
            // reuse-address, keep-alive, broadcast, linger: accepted, remembered
            2 | 3 | 6 | 7 => {}
            _ => return Err(22),
        }
        if let Some(Some(e)) = self.sockets.lock().get_mut(h as usize) {
            e.options[opt as usize] = Some(value);
        }
        Ok(())
    }

    fn sock_get_opt(&self, h: u32, opt: i32) -> Result<i32, i32> {
        let s = self.socket(h)?;
        if opt == 8 {
            // bytes readable now: the kernel reports readiness, not a count
            let ready = s.readiness().contains(kernel::net::Events::READABLE);
            return Ok(ready as i32);
        }
        let set = self
            .sockets
            .lock()
            .get(h as usize)
            .and_then(Option::as_ref)
            .and_then(|e| e.options.get(opt as usize).copied().flatten());
        Ok(set.unwrap_or(match opt {
            4 | 5 => kernel::net::DEFAULT_TCP_BUFFER as i32,
            7 => -1,
            1..=6 => 0,
            _ => return Err(22),
        }))
    }

    fn sock_poll(&self, waits: &[(u32, u8)], timeout_nanos: Option<u64>) -> Result<bool, i32> {
        let sockets: Vec<Arc<kernel::net::Socket>> = waits
            .iter()
            .map(|&(h, _)| self.socket(h))
            .collect::<Result<_, i32>>()?;
        let mut fds: Vec<kernel::net::PollFd> = sockets
            .iter()
            .zip(waits)
            .map(|(s, &(_, ev))| {
                let mut events = kernel::net::Events::empty();
                if ev & 1 != 0 {
                    events |= kernel::net::Events::READABLE;
                }
                if ev & 2 != 0 {
                    events |= kernel::net::Events::WRITABLE;
                }
                kernel::net::PollFd {
                    socket: s,
                    events,
                    revents: kernel::net::Events::empty(),
                }
            })
            .collect();
        let ready = kernel::net::poll(&mut fds, timeout_nanos).map_err(errno)?;
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

    fn udp_send(&self, handle: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        let socks = self.udp.lock();
        let s = socks.get(handle as usize).ok_or(9)?;
        let to = core::net::SocketAddrV4::new(core::net::Ipv4Addr::from(addr), port);
        s.send_to(data, to).map_err(|e| e.errno())
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
    for opt in kernel::cmdline().runtime_options() {
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
        ..Default::default()
    };
    jvm::run(
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
