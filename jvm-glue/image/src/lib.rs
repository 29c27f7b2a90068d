//! The JVM inside an image: [`ImagePlatform`] implements `jvm::Platform` on
//! the kernel, [`run`] starts a main class from the sealed filesystem.
#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
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
}

impl ImagePlatform {
    pub fn new() -> ImagePlatform {
        ImagePlatform {
            permits: Mutex::new(BTreeMap::new()),
            wakeup: Condvar::new(),
            udp: Mutex::new(Vec::new()),
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
