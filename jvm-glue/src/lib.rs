//! The hosted side of Mote's JVM: a [`jvm::Platform`] on std and
//! [`run_hosted`], which `mote run --hosted` and the `mote-jvm` dev binary call.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The compiled Mote java.base (exploded module directory) built by `mote-classlib`.
pub mod fuzz;
mod hostnet;

pub const JAVA_BASE_DIR: &str = mote_classlib::JAVA_BASE_DIR;

/// A JVM benchmark program: class name, source folder (relative to
/// `jvm-glue`) and arguments. `jvm-bench` and `mote bench compare` run
/// these on Mote's interpreter and on HotSpot.
pub struct BenchProgram {
    pub name: &'static str,
    pub dir: &'static str,
    pub args: &'static [&'static str],
}

const fn bench(name: &'static str) -> BenchProgram {
    BenchProgram {
        name,
        dir: "bench/java",
        args: &[],
    }
}

/// The CPU-bound programs of the JVM benchmarks (Hello last: start-up only).
pub const BENCH_PROGRAMS: &[BenchProgram] = &[
    bench("Fib"),
    bench("Sieve"),
    // The differential test's program, with 1,000,000 steps instead of 20,000.
    BenchProgram {
        name: "NBody",
        dir: "tests/java",
        args: &["1000000"],
    },
    bench("BinaryTrees"),
    bench("StringBuild"),
    bench("HashMapChurn"),
    bench("Sort"),
    bench("Hello"),
];

/// `javac` set up to compile against Mote's java.base (not the JDK's) into
/// `out`; the caller adds the sources.
pub fn javac(out: &std::path::Path) -> std::process::Command {
    let mut c = std::process::Command::new("javac");
    c.args(["--system=none", "--module-path", JAVA_BASE_DIR])
        .args(["-encoding", "UTF-8", "-nowarn", "-d"])
        .arg(out);
    c
}

/// What to run and with which VM settings.
#[derive(Debug, Clone)]
pub struct HostedOptions {
    /// Class path entries: directories or jars.
    pub class_path: Vec<PathBuf>,
    /// Main class (dotted or internal name); empty = the first jar's Main-Class.
    pub main_class: String,
    pub args: Vec<String>,
    /// Heap limit in bytes (`-Xmx`).
    pub heap_max: usize,
    /// Collect at every N-th allocation (0 = off).
    pub gc_stress: u32,
    /// `-Xprof`: print a sampled method profile at exit.
    pub profile: bool,
    /// Override the java.base location (defaults to [`JAVA_BASE_DIR`]).
    pub java_base: Option<PathBuf>,
}

impl Default for HostedOptions {
    fn default() -> HostedOptions {
        HostedOptions {
            class_path: Vec::new(),
            main_class: String::new(),
            args: Vec::new(),
            heap_max: 256 << 20,
            gc_stress: 0,
            profile: false,
            java_base: None,
        }
    }
}

/// std implementation of the VM's platform: buffered console, files, clocks,
/// and one std thread per Java thread (the VM passes a baton between them, so
/// only one runs Java code at a time).
pub struct HostedPlatform {
    start: Instant,
    /// Only the VM's baton holder writes, so the RefCell is never contended.
    out: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// Park permits by thread token.
    permits: Mutex<HashMap<u32, bool>>,
    wakeup: Condvar,
    /// `mote.net.Udp` sockets by handle.
    udp: Mutex<Vec<std::net::UdpSocket>>,
    /// io: open files by handle (next handle, table); 0 is stdin.
    files: Mutex<(u32, HashMap<u32, std::fs::File>)>,
    /// io: stdin as a file of its own (`/dev/stdin`, opened at first use) so
    /// that its position and size are known (a regular file is then read from
    /// its start, not from an offset the parent left); None: `std::io::stdin`.
    stdin: Mutex<Option<Option<std::fs::File>>>,
}

impl HostedPlatform {
    pub fn new() -> HostedPlatform {
        HostedPlatform {
            start: Instant::now(),
            out: RefCell::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            permits: Mutex::new(HashMap::new()),
            wakeup: Condvar::new(),
            udp: Mutex::new(Vec::new()),
            files: Mutex::new((3, HashMap::new())),
            stdin: Mutex::new(None),
        }
    }
}

impl Default for HostedPlatform {
    fn default() -> Self {
        Self::new()
    }
}

impl jvm::Platform for HostedPlatform {
    fn write(&self, fd: i32, bytes: &[u8]) {
        if fd == 2 {
            // Keep stdout ahead of stderr, as a terminal user would expect.
            let _ = self.out.borrow_mut().flush();
            let _ = std::io::stderr().write_all(bytes);
        } else {
            // Flush at line ends, as HotSpot's autoflushing System.out does, so a
            // long-running service's output shows up as it is printed.
            let mut out = self.out.borrow_mut();
            let _ = out.write_all(bytes);
            if bytes.contains(&b'\n') {
                let _ = out.flush();
            }
        }
    }
    fn read_file(&self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }
    // --- io: files (java.io / java.nio.file) ---
    fn file_open(&self, path: &str, mode: u32) -> Result<u32, i32> {
        let mut o = std::fs::OpenOptions::new();
        match mode {
            0 => o.read(true),
            1 => o.write(true).create(true).truncate(true),
            2 => o.append(true).create(true),
            _ => o.read(true).write(true).create(true).truncate(false),
        };
        let f = o.open(path).map_err(errno)?;
        if mode == 0 && f.metadata().map_err(errno)?.is_dir() {
            return Err(21);
        }
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let h = files.0;
        files.0 += 1;
        files.1.insert(h, f);
        Ok(h)
    }
    fn file_read(&self, handle: u32, buf: &mut [u8]) -> Result<usize, i32> {
        use std::io::Read;
        if handle == 0 {
            let _ = self.out.borrow_mut().flush();
            let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
            return match stdin.get_or_insert_with(|| std::fs::File::open("/dev/stdin").ok()) {
                Some(f) => f.read(buf).map_err(errno),
                None => std::io::stdin().read(buf).map_err(errno),
            };
        }
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let f = files.1.get_mut(&handle).ok_or(9)?;
        f.read(buf).map_err(errno)
    }
    fn file_write(&self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let f = files.1.get_mut(&handle).ok_or(9)?;
        f.write(data).map_err(errno)
    }
    fn file_close(&self, handle: u32) -> Result<(), i32> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.1.remove(&handle).map(|_| ()).ok_or(9)
    }
    fn file_available(&self, handle: u32) -> Result<u64, i32> {
        use std::io::Seek;
        fn left(f: &mut std::fs::File) -> Result<u64, i32> {
            let m = f.metadata().map_err(errno)?;
            if !m.is_file() {
                return Ok(0);
            }
            let pos = f.stream_position().map_err(errno)?;
            Ok(m.len().saturating_sub(pos))
        }
        if handle == 0 {
            let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
            return match stdin.get_or_insert_with(|| std::fs::File::open("/dev/stdin").ok()) {
                Some(f) => left(f),
                None => Ok(0),
            };
        }
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        left(files.1.get_mut(&handle).ok_or(9)?)
    }
    fn file_seek(&self, handle: u32, offset: i64, whence: u32) -> Result<u64, i32> {
        use std::io::{Seek, SeekFrom};
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let f = files.1.get_mut(&handle).ok_or(9)?;
        let to = match whence {
            0 if offset >= 0 => SeekFrom::Start(offset as u64),
            0 => return Err(22),
            1 => SeekFrom::Current(offset),
            _ => SeekFrom::End(offset),
        };
        f.seek(to).map_err(errno)
    }
    fn file_set_len(&self, handle: u32, len: u64) -> Result<(), i32> {
        let files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let f = files.1.get(&handle).ok_or(9)?;
        f.set_len(len).map_err(errno)
    }
    fn file_stat(&self, path: &str) -> Result<(u32, u64, i64), i32> {
        let m = std::fs::metadata(path).map_err(errno)?;
        let kind = if m.is_file() {
            1
        } else if m.is_dir() {
            2
        } else {
            3
        };
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        Ok((kind, m.len(), mtime))
    }
    fn dir_list(&self, path: &str) -> Result<Vec<String>, i32> {
        std::fs::read_dir(path)
            .map_err(errno)?
            .map(|e| {
                e.map(|e| e.file_name().to_string_lossy().into_owned())
                    .map_err(errno)
            })
            .collect()
    }
    fn file_delete(&self, path: &str) -> Result<(), i32> {
        let m = std::fs::symlink_metadata(path).map_err(errno)?;
        if m.is_dir() {
            std::fs::remove_dir(path).map_err(errno)
        } else {
            std::fs::remove_file(path).map_err(errno)
        }
    }
    fn dir_create(&self, path: &str) -> Result<(), i32> {
        std::fs::create_dir(path).map_err(errno)
    }
    fn file_rename(&self, from: &str, to: &str) -> Result<(), i32> {
        std::fs::rename(from, to).map_err(errno)
    }
    fn current_dir(&self) -> Option<String> {
        std::env::current_dir()
            .ok()
            .map(|d| d.to_string_lossy().into_owned())
    }
    // --- end io ---
    fn nanos(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn millis(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
    fn sleep(&self, nanos: u64) {
        let _ = self.out.borrow_mut().flush();
        std::thread::sleep(std::time::Duration::from_nanos(nanos));
    }
    fn flush(&self) {
        let _ = self.out.borrow_mut().flush();
        let _ = std::io::stderr().flush();
    }
    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> bool {
        std::thread::Builder::new()
            .name("java".into())
            .spawn(f)
            .is_ok()
    }
    fn park(&self, token: u32) {
        let mut permits = self.permits.lock().unwrap_or_else(|e| e.into_inner());
        while !permits.get(&token).copied().unwrap_or(false) {
            permits = self.wakeup.wait(permits).unwrap_or_else(|e| e.into_inner());
        }
        permits.insert(token, false);
    }
    fn unpark(&self, token: u32) {
        self.permits
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(token, true);
        self.wakeup.notify_all();
    }
    fn udp_bind(&self, port: u16) -> Result<u32, i32> {
        let sock = std::net::UdpSocket::bind(("0.0.0.0", port))
            .map_err(|e| e.raw_os_error().unwrap_or(5))?;
        let mut socks = self.udp.lock().unwrap_or_else(|e| e.into_inner());
        socks.push(sock);
        Ok(socks.len() as u32 - 1)
    }
    fn udp_recv(
        &self,
        handles: &[u32],
        buf: &mut [u8],
    ) -> Result<(usize, usize, [u8; 4], u16), i32> {
        let _ = self.out.borrow_mut().flush();
        let socks: Vec<std::net::UdpSocket> = {
            let all = self.udp.lock().unwrap_or_else(|e| e.into_inner());
            handles
                .iter()
                .map(|&h| {
                    all.get(h as usize)
                        .and_then(|s| s.try_clone().ok())
                        .ok_or(9)
                })
                .collect::<Result<_, i32>>()?
        };
        // one socket: block; several: poll them (the hosted runner is for development)
        for s in &socks {
            let _ = s.set_nonblocking(socks.len() > 1);
        }
        loop {
            for (i, s) in socks.iter().enumerate() {
                match s.recv_from(buf) {
                    Ok((n, std::net::SocketAddr::V4(a))) => {
                        return Ok((i, n, a.ip().octets(), a.port()))
                    }
                    Ok(_) => continue,
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                    Err(e) => return Err(e.raw_os_error().unwrap_or(5)),
                }
            }
            std::thread::sleep(std::time::Duration::from_micros(200));
        }
    }
    fn udp_send(&self, handle: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        let all = self.udp.lock().unwrap_or_else(|e| e.into_inner());
        let s = all.get(handle as usize).ok_or(9)?;
        s.send_to(data, (std::net::Ipv4Addr::from(addr), port))
            .map_err(|e| e.raw_os_error().unwrap_or(5))
    }

    // ---- java.net sockets (area: net) ----
    fn sock_open(&self, kind: i32) -> Result<u32, i32> {
        hostnet::open(kind)
    }
    fn sock_bind(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        hostnet::bind(h, addr, port)
    }
    fn sock_listen(&self, h: u32, backlog: i32) -> Result<(), i32> {
        hostnet::listen(h, backlog)
    }
    fn sock_accept(&self, h: u32) -> Result<(u32, [u8; 4], u16), i32> {
        hostnet::accept(h)
    }
    fn sock_connect(&self, h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
        hostnet::connect(h, addr, port)
    }
    fn sock_connect_result(&self, h: u32) -> Result<(), i32> {
        hostnet::connect_result(h)
    }
    fn sock_disconnect(&self, h: u32) -> Result<(), i32> {
        hostnet::disconnect(h)
    }
    fn sock_send(&self, h: u32, data: &[u8]) -> Result<usize, i32> {
        hostnet::send(h, data)
    }
    fn sock_recv(&self, h: u32, buf: &mut [u8]) -> Result<usize, i32> {
        hostnet::recv(h, buf)
    }
    fn sock_send_to(&self, h: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
        hostnet::send_to(h, data, addr, port)
    }
    fn sock_recv_from(&self, h: u32, buf: &mut [u8]) -> Result<(usize, [u8; 4], u16), i32> {
        hostnet::recv_from(h, buf)
    }
    fn sock_shutdown(&self, h: u32, how: i32) -> Result<(), i32> {
        hostnet::shutdown(h, how)
    }
    fn sock_close(&self, h: u32) {
        hostnet::close(h)
    }
    fn sock_addr(&self, h: u32, peer: bool) -> Result<([u8; 4], u16), i32> {
        hostnet::addr(h, peer)
    }
    fn sock_set_opt(&self, h: u32, opt: i32, value: i32) -> Result<(), i32> {
        hostnet::set_opt(h, opt, value)
    }
    fn sock_get_opt(&self, h: u32, opt: i32) -> Result<i32, i32> {
        hostnet::get_opt(h, opt)
    }
    fn sock_poll(&self, waits: &[(u32, u8)], timeout_nanos: Option<u64>) -> Result<bool, i32> {
        if timeout_nanos != Some(0) {
            let _ = self.out.borrow_mut().flush();
        }
        hostnet::poll(waits, timeout_nanos)
    }
    fn resolve_host(&self, name: &str) -> Result<Vec<[u8; 4]>, i32> {
        hostnet::resolve(name)
    }
}

/// io: an std error as an errno (EIO when the OS gave none).
fn errno(e: std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(5)
}

/// Runs a Java program on the hosted JVM; returns its exit status.
pub fn run_hosted(opts: HostedOptions) -> i32 {
    let base = opts
        .java_base
        .clone()
        .unwrap_or_else(|| PathBuf::from(JAVA_BASE_DIR));
    let boot = vec![base.to_string_lossy().into_owned()];
    let cp: Vec<String> = opts
        .class_path
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let launch = jvm::vm::Options {
        heap_max: opts.heap_max,
        gc_stress_every: opts.gc_stress,
        profile: opts.profile,
        ..Default::default()
    };
    jvm::run(
        Box::new(HostedPlatform::new()),
        &jvm::Launch {
            boot_path: &boot,
            class_path: &cp,
            main_class: &opts.main_class,
            args: &opts.args,
        },
        launch,
    )
}

/// Parses a size like `64m`, `512k`, `1g` or plain bytes.
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mul) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1 << 10),
        'm' | 'M' => (&s[..s.len() - 1], 1 << 20),
        'g' | 'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mul)
}
