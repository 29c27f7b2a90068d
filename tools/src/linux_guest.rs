//! The Linux guest baseline (issue 12): a Debian kernel and a busybox
//! initramfs running the C echo, nginx, NSD or BIND 9, booted in the same
//! QEMU as Mote images — same machine, accelerator, memory and NIC arguments
//! (`qemu::machine_args`, `qemu::nic_args`) — so `mote bench` can put the two
//! side by side.
//!
//! `scripts/linux-guest.sh` builds the kernel and initramfs from Debian
//! packages and caches them; [`artifacts`] runs it (a cached build answers at
//! once). Each boot appends a small second cpio archive to the service's
//! initramfs with that boot's inputs (the web root for nginx, the zone for the
//! DNS servers): Linux unpacks concatenated archives, so the big one stays
//! cached as it is. The guest's `/init` (`scripts/linux-guest-init.sh`) sets up
//! eth0 as QEMU's user network hands it to the first guest (10.0.2.15/24,
//! gateway 10.0.2.2), starts the service named by `mote.service=` and prints
//! [`READY_MARKER`] once the service answers on its port.

// The API is for `mote bench`; `mote linux-guest` uses only part of it.
#![allow(dead_code)]

use crate::qemu::{self, Accel, Machine, PortForward};
use crate::{mote_home, progress};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The line the guest's /init prints once the service is ready.
pub const READY_MARKER: &str = "MOTE-LINUX-READY";
/// The line it prints when the service cannot start (then it powers off).
pub const FAILED_MARKER: &str = "MOTE-LINUX-FAILED";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinuxService {
    /// images/c-echo/main.c built for Linux (static): UDP echo on port 8080.
    UdpEcho,
    /// nginx serving a web root (default: images/java-http/www) on TCP 8080.
    Nginx,
    /// NSD serving a zone (default: images/dns/zone/example.test.zone) on port 53.
    Nsd,
    /// BIND 9 (named), authoritative only, serving a zone on port 53.
    Bind9,
}

impl LinuxService {
    pub const ALL: [LinuxService; 4] = [
        LinuxService::UdpEcho,
        LinuxService::Nginx,
        LinuxService::Nsd,
        LinuxService::Bind9,
    ];

    /// The name on the guest's command line (`mote.service=`) and in file names.
    pub fn name(self) -> &'static str {
        match self {
            LinuxService::UdpEcho => "echo",
            LinuxService::Nginx => "nginx",
            LinuxService::Nsd => "nsd",
            LinuxService::Bind9 => "bind",
        }
    }

    pub fn parse(s: &str) -> Result<LinuxService, String> {
        LinuxService::ALL
            .into_iter()
            .find(|v| v.name() == s)
            .ok_or_else(|| {
                format!("unknown Linux guest service {s:?} (use echo, nginx, nsd or bind)")
            })
    }

    /// The port the service listens on inside the guest (UDP for echo, TCP for
    /// nginx, UDP and TCP for the DNS servers); the same ports as the Mote images.
    pub fn guest_port(self) -> u16 {
        match self {
            LinuxService::UdpEcho | LinuxService::Nginx => 8080,
            LinuxService::Nsd | LinuxService::Bind9 => 53,
        }
    }

    fn is_dns(self) -> bool {
        matches!(self, LinuxService::Nsd | LinuxService::Bind9)
    }
}

pub struct LinuxGuestOptions {
    pub service: LinuxService,
    pub memory_mib: u32,
    /// `Auto` means TCG here (KVM only when asked for: the KVM probe boots a Mote image).
    pub accel: Accel,
    pub machine: Machine,
    pub forwards: Vec<PortForward>,
    /// The zone for NSD/BIND (its `$ORIGIN` names the zone); default images/dns/zone/example.test.zone.
    pub zone_file: Option<PathBuf>,
    /// The folder nginx serves; default images/java-http/www (the java-http page).
    pub web_root: Option<PathBuf>,
}

impl LinuxGuestOptions {
    /// `service` on microvm under TCG with 256 MiB, no forwards, default inputs.
    pub fn new(service: LinuxService) -> LinuxGuestOptions {
        LinuxGuestOptions {
            service,
            memory_mib: DEFAULT_MEMORY_MIB,
            accel: Accel::Tcg,
            machine: Machine::Microvm,
            forwards: vec![],
            zone_file: None,
            web_root: None,
        }
    }
}

/// Guest RAM of `mote linux-guest` unless `-m` says otherwise.
pub const DEFAULT_MEMORY_MIB: u32 = 256;

#[derive(Debug, Clone)]
pub struct LinuxArtifacts {
    /// What boots: the Debian kernel (bzImage) as packaged, through QEMU's
    /// Linux boot protocol (scripts/linux-guest.sh says why not its PVH entry).
    pub kernel: PathBuf,
    /// The whole guest's initramfs, gzipped: base + all four services.
    pub initramfs: PathBuf,
    /// The Debian kernel as packaged (bzImage, xz inside): the same file as `kernel`.
    pub bzimage: PathBuf,
    /// Per service: the uncompressed initramfs that boots it (base + that
    /// service) and its gzipped copy.
    pub per_service: Vec<(LinuxService, PathBuf, PathBuf)>,
}

impl LinuxArtifacts {
    /// The guest's size as shipped: the packaged bzImage + the gzipped
    /// initramfs with all four services (the smallest honest figure, so a
    /// "Mote is N× smaller" ratio is never inflated by uncompressed files).
    pub fn total_bytes(&self) -> u64 {
        file_size(&self.bzimage) + file_size(&self.initramfs)
    }

    fn service(&self, service: LinuxService) -> (&Path, &Path) {
        let (_, raw, gz) = self
            .per_service
            .iter()
            .find(|(s, _, _)| *s == service)
            .expect("artifacts() fills in every service");
        (raw, gz)
    }

    /// The (uncompressed) initramfs that boots `service`.
    pub fn initramfs_for(&self, service: LinuxService) -> &Path {
        self.service(service).0
    }

    /// One service's guest as shipped: bzImage + its gzipped initramfs.
    pub fn service_bytes(&self, service: LinuxService) -> u64 {
        file_size(&self.bzimage) + file_size(self.service(service).1)
    }

    /// What QEMU loads to boot `service`: the kernel + its uncompressed initramfs.
    pub fn boot_bytes(&self, service: LinuxService) -> u64 {
        file_size(&self.kernel) + file_size(self.service(service).0)
    }
}

fn file_size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

/// Builds the kernel and initramfs with scripts/linux-guest.sh (progress on
/// stderr; minutes the first time, then cached under
/// `~/.cache/mote/linux-guest/`) or reuses the cache.
pub fn artifacts() -> Result<LinuxArtifacts, String> {
    static CACHE: OnceLock<Mutex<Option<LinuxArtifacts>>> = OnceLock::new();
    let mut cached = CACHE.get_or_init(|| Mutex::new(None)).lock().unwrap();
    if let Some(a) = cached.as_ref() {
        return Ok(a.clone());
    }
    let script = mote_home().join("scripts/linux-guest.sh");
    if !script.exists() {
        return Err(format!("{} is missing", script.display()));
    }
    let started = Instant::now();
    let out = Command::new("bash")
        .arg(&script)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    if !out.status.success() {
        return Err(format!(
            "building the Linux guest failed ({}): see its messages above",
            script.display()
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let get = |key: &str| -> Result<PathBuf, String> {
        let p = text
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .map(PathBuf::from)
            .ok_or_else(|| format!("{} did not say where {key} is", script.display()))?;
        if p.is_file() {
            Ok(p)
        } else {
            Err(format!("{key} {} is missing", p.display()))
        }
    };
    let mut per_service = vec![];
    for s in LinuxService::ALL {
        per_service.push((
            s,
            get(&format!("initramfs-{}", s.name()))?,
            get(&format!("initramfs-{}-gz", s.name()))?,
        ));
    }
    let a = LinuxArtifacts {
        kernel: get("kernel")?,
        initramfs: get("initramfs")?,
        bzimage: get("bzimage")?,
        per_service,
    };
    if started.elapsed() > Duration::from_secs(2) {
        progress(&format!(
            "Linux guest built in {:.0} s: bzImage + initramfs (gzipped, all services) {} bytes",
            started.elapsed().as_secs_f64(),
            a.total_bytes()
        ));
    }
    *cached = Some(a.clone());
    Ok(a)
}

/// How long [`LinuxGuest::boot`] waits for the ready marker.
pub const BOOT_TIMEOUT: Duration = Duration::from_secs(180);

/// A booted Linux guest; QEMU is killed when it is dropped.
pub struct LinuxGuest {
    child: Child,
    console: Arc<Mutex<Vec<u8>>>,
    stderr: Arc<Mutex<String>>,
    ready_after: Duration,
    ready_cpu: Duration,
    attempts: u32,
    scratch: PathBuf,
}

/// Console state shared with the reader thread.
struct Watch {
    ready: Option<Duration>,
    /// QEMU's CPU time (user + system) when the marker arrived.
    ready_cpu: Duration,
    failed: bool,
}

impl LinuxGuest {
    /// Boots the guest and returns once the service is ready (the ready marker
    /// on the console), or with an error that shows the console's tail.
    pub fn boot(opts: &LinuxGuestOptions) -> Result<LinuxGuest, String> {
        LinuxGuest::boot_with_timeout(opts, BOOT_TIMEOUT)
    }

    pub fn boot_with_timeout(
        opts: &LinuxGuestOptions,
        timeout: Duration,
    ) -> Result<LinuxGuest, String> {
        if opts.memory_mib < 16 {
            return Err(format!(
                "{} MiB of RAM is too little for Linux",
                opts.memory_mib
            ));
        }
        // the boot's inputs, checked before QEMU starts
        let mut inputs = Cpio::default();
        let mut append = format!(
            "console=ttyS0 quiet panic=-1 tsc_early_khz={} mote.service={}",
            tsc_khz(),
            opts.service.name()
        );
        match opts.service {
            LinuxService::Nginx => {
                let root = opts
                    .web_root
                    .clone()
                    .unwrap_or_else(|| mote_home().join("images/java-http/www"));
                if !root.is_dir() {
                    return Err(format!("web root {} is not a folder", root.display()));
                }
                inputs.dir("srv/www");
                inputs.tree(&root, "srv/www")?;
            }
            s if s.is_dns() => {
                let zone = opts
                    .zone_file
                    .clone()
                    .unwrap_or_else(|| mote_home().join("images/dns/zone/example.test.zone"));
                let text = std::fs::read(&zone)
                    .map_err(|e| format!("zone file {}: {e}", zone.display()))?;
                let name = zone_origin(&String::from_utf8_lossy(&text))
                    .map_err(|e| format!("zone file {}: {e}", zone.display()))?;
                append.push_str(&format!(" mote.zone={name}"));
                inputs.file("srv/zone", 0o644, &text);
            }
            _ => {}
        }
        let arts = artifacts()?;
        let qemu = qemu::qemu_binary()?;
        let mut image = std::fs::read(arts.initramfs_for(opts.service))
            .map_err(|e| format!("cannot read the initramfs: {e}"))?;
        // the next archive starts 4-byte aligned (the kernel skips the zeros)
        image.resize(image.len().next_multiple_of(4), 0);
        image.extend_from_slice(&inputs.finish());
        let mut attempt = 1;
        loop {
            match boot_once(opts, &qemu, &arts, &image, &append, timeout) {
                Err(BootError::EarlyCrash(_)) if attempt < BOOT_ATTEMPTS => {
                    progress(&format!(
                        "Linux guest ({}): the kernel crashed before its console was up \
                         (attempt {attempt}); booting again",
                        opts.service.name()
                    ));
                    attempt += 1;
                }
                Err(BootError::EarlyCrash(e) | BootError::Other(e)) => return Err(e),
                Ok(mut g) => {
                    g.attempts = attempt;
                    return Ok(g);
                }
            }
        }
    }
}

/// How often [`LinuxGuest::boot`] boots when the kernel dies before its
/// console is up (QEMU exits with status 0 before a kernel line: panic=-1
/// with -no-reboot). Booted by its PVH entry, the Debian 6.1 kernel did so in
/// 1 to 3 boots of 8 at load average 10 (a "divide error" at its first
/// `local_irq_enable()`, start_kernel+0x5c7, before console_init), which is
/// why the bzImage boots instead; this stays as a guard, and
/// [`LinuxGuest::attempts`] shows whether it was needed.
pub const BOOT_ATTEMPTS: u32 = 3;

enum BootError {
    /// QEMU exited on its own with status 0 before the kernel printed a line.
    EarlyCrash(String),
    Other(String),
}

fn boot_once(
    opts: &LinuxGuestOptions,
    qemu: &str,
    arts: &LinuxArtifacts,
    image: &[u8],
    append: &str,
    timeout: Duration,
) -> Result<LinuxGuest, BootError> {
    let scratch = scratch_dir().map_err(BootError::Other)?;
    let initrd = scratch.join("initrd");
    std::fs::write(&initrd, image)
        .map_err(|e| BootError::Other(format!("{}: {e}", initrd.display())))?;

    let accel = match opts.accel {
        Accel::Kvm => Accel::Kvm,
        _ => Accel::Tcg,
    };
    let mut c = Command::new(qemu);
    qemu::machine_args(&mut c, opts.machine, accel, opts.memory_mib);
    c.arg("-kernel").arg(&arts.kernel);
    c.arg("-initrd").arg(&initrd);
    c.args(["-append", append]);
    qemu::nic_args(&mut c, opts.machine, &opts.forwards, None);
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    qemu::die_with_parent(&mut c);

    let started = Instant::now();
    let mut child = match c.spawn() {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&scratch);
            return Err(BootError::Other(format!("cannot start QEMU: {e}")));
        }
    };
    let console = Arc::new(Mutex::new(Vec::new()));
    let stderr = Arc::new(Mutex::new(String::new()));
    let pid = child.id();
    let watch = Arc::new(Mutex::new(Watch {
        ready: None,
        ready_cpu: Duration::ZERO,
        failed: false,
    }));
    {
        let mut out = child.stdout.take().unwrap();
        let (console, watch) = (console.clone(), watch.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            let mut line = Vec::new();
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 {
                    break;
                }
                console.lock().unwrap().extend_from_slice(&buf[..n]);
                for &b in &buf[..n] {
                    if b != b'\n' {
                        line.push(b);
                        continue;
                    }
                    let l = String::from_utf8_lossy(&line);
                    let mut w = watch.lock().unwrap();
                    if l.contains(READY_MARKER) && w.ready.is_none() {
                        w.ready = Some(started.elapsed());
                        w.ready_cpu = qemu::process_cpu_time(pid).unwrap_or_default();
                    }
                    if l.contains(FAILED_MARKER) || l.contains("Kernel panic") {
                        w.failed = true;
                    }
                    line.clear();
                }
            }
        });
    }
    {
        let mut err = child.stderr.take().unwrap();
        let stderr = stderr.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            *stderr.lock().unwrap() = s;
        });
    }
    let mut guest = LinuxGuest {
        child,
        console,
        stderr,
        ready_after: Duration::ZERO,
        ready_cpu: Duration::ZERO,
        attempts: 1,
        scratch,
    };
    loop {
        let (ready, failed, cpu) = {
            let w = watch.lock().unwrap();
            (w.ready, w.failed, w.ready_cpu)
        };
        if let Some(t) = ready {
            guest.ready_after = t;
            guest.ready_cpu = cpu;
            // QEMU read the initrd when it started: a killed `mote` leaves nothing behind
            let _ = std::fs::remove_dir_all(&guest.scratch);
            return Ok(guest);
        }
        let exited = guest
            .child
            .try_wait()
            .map_err(|e| BootError::Other(e.to_string()))?;
        if failed || exited.is_some() || started.elapsed() > timeout {
            if exited.is_some() {
                std::thread::sleep(Duration::from_millis(100)); // let the readers finish
            }
            let why = if failed {
                "the guest failed".to_string()
            } else if let Some(st) = exited {
                format!("QEMU exited ({st}) before the service was ready")
            } else {
                format!("no {READY_MARKER} line after {timeout:?}")
            };
            let console = guest.console();
            let msg = format!(
                "Linux guest ({}): {why}\n--- console (last lines) ---\n{}{}",
                opts.service.name(),
                tail(&console, 30),
                match guest.stderr.lock().unwrap().trim() {
                    "" => String::new(),
                    e => format!("--- QEMU ---\n{e}\n"),
                }
            );
            let early = exited.is_some_and(|st| st.code() == Some(0))
                && !console
                    .lines()
                    .any(|l| l.contains('[') || l.contains("MOTE-"));
            return Err(if early {
                BootError::EarlyCrash(msg)
            } else {
                BootError::Other(msg)
            });
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

impl LinuxGuest {
    /// QEMU start → the ready marker on the console.
    pub fn ready_after(&self) -> Duration {
        self.ready_after
    }

    /// QEMU's CPU time (user + system, 10 ms ticks) from start to the ready
    /// marker: steadier than [`Self::ready_after`] on a loaded host.
    pub fn ready_cpu(&self) -> Duration {
        self.ready_cpu
    }

    /// How many boots it took (more than 1 after early kernel crashes: [`BOOT_ATTEMPTS`]).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// Everything the guest printed so far.
    pub fn console(&self) -> String {
        String::from_utf8_lossy(&self.console.lock().unwrap()).into_owned()
    }

    /// QEMU's process id (e.g. to read its CPU time).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Copies the console to stdout (from byte `shown` on) until QEMU exits;
    /// returns QEMU's exit status. For `mote linux-guest`.
    pub fn follow(mut self, mut shown: usize) -> Result<i32, String> {
        loop {
            let exited = self.child.try_wait().map_err(|e| e.to_string())?;
            if exited.is_some() {
                std::thread::sleep(Duration::from_millis(100));
            }
            let chunk = self.console.lock().unwrap()[shown..].to_vec();
            shown += chunk.len();
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&chunk);
            let _ = out.flush();
            if let Some(st) = exited {
                eprint!("{}", self.stderr.lock().unwrap());
                return Ok(st.code().unwrap_or(125));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for LinuxGuest {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

fn tail(s: &str, lines: usize) -> String {
    let all: Vec<&str> = s.lines().collect();
    all[all.len().saturating_sub(lines)..]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A fresh folder for one boot's initrd (removed when the guest is dropped).
fn scratch_dir() -> Result<PathBuf, String> {
    static N: AtomicU64 = AtomicU64::new(0);
    // folders left by a `mote` that was killed while its guest booted
    if let Ok(dir) = std::fs::read_dir(std::env::temp_dir()) {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let pid = name
                .strip_prefix("mote-linux-guest-")
                .and_then(|r| r.split('-').next())
                .and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(|p| !Path::new(&format!("/proc/{p}")).exists()) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    let d = std::env::temp_dir().join(format!(
        "mote-linux-guest-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&d).map_err(|e| format!("{}: {e}", d.display()))?;
    Ok(d)
}

/// The zone's name: the first `$ORIGIN` of the master file, without the final dot.
pub fn zone_origin(text: &str) -> Result<String, String> {
    let origin = text
        .lines()
        .map(|l| l.split(';').next().unwrap_or("").trim())
        .find_map(|l| {
            let mut w = l.split_whitespace();
            match w.next() {
                Some(d) if d.eq_ignore_ascii_case("$ORIGIN") => Some(w.next().unwrap_or("")),
                _ => None,
            }
        })
        .ok_or("no $ORIGIN line, so the zone's name is unknown")?;
    let name = origin.trim_end_matches('.');
    let ok = !name.is_empty()
        && name.len() <= 253
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_');
    if ok {
        Ok(name.to_string())
    } else {
        Err(format!("$ORIGIN {origin:?} is not a plain domain name"))
    }
}

/// The host's TSC rate in kHz, which is the guest's under TCG (QEMU reads the
/// host's TSC). Passed as `tsc_early_khz=`: without it, the kernel's PIT
/// calibration fails on a loaded host under TCG and the boot stalls (seen here).
pub fn tsc_khz() -> u64 {
    static KHZ: OnceLock<u64> = OnceLock::new();
    *KHZ.get_or_init(|| {
        let mut rates: Vec<u64> = (0..3)
            .map(|_| {
                let (t0, c0) = (Instant::now(), rdtsc());
                std::thread::sleep(Duration::from_millis(20));
                let (c1, t1) = (rdtsc(), Instant::now());
                (c1.wrapping_sub(c0) as u128 * 1_000_000 / (t1 - t0).as_nanos().max(1)) as u64
            })
            .collect();
        rates.sort_unstable();
        rates[1]
    })
}

fn rdtsc() -> u64 {
    // SAFETY: RDTSC only reads the time-stamp counter; every x86_64 CPU has it.
    #[allow(unused_unsafe)]
    unsafe {
        core::arch::x86_64::_rdtsc()
    }
}

/// A cpio archive in the "newc" format the kernel unpacks into its rootfs.
#[derive(Default)]
pub struct Cpio {
    bytes: Vec<u8>,
    ino: u32,
}

impl Cpio {
    fn entry(&mut self, name: &str, mode: u32, data: &[u8]) {
        self.ino += 1;
        let fields = [
            self.ino,
            mode,
            0, // uid
            0, // gid
            if mode & 0o040000 != 0 { 2 } else { 1 },
            // not 0: NSD skips loading a zone file whose mtime is 0 (it takes
            // it for unchanged since "never"); the boot's time is honest
            self.mtime(),
            data.len() as u32,
            0,
            0,
            0,
            0,
            name.len() as u32 + 1,
            0, // check
        ];
        self.bytes.extend_from_slice(b"070701");
        for f in fields {
            self.bytes.extend_from_slice(format!("{f:08X}").as_bytes());
        }
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.push(0);
        self.pad();
        self.bytes.extend_from_slice(data);
        self.pad();
    }

    fn mtime(&self) -> u32 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as u32)
            .unwrap_or(1)
            .max(1)
    }

    fn pad(&mut self) {
        self.bytes.resize(self.bytes.len().next_multiple_of(4), 0);
    }

    pub fn dir(&mut self, name: &str) {
        self.entry(name, 0o040755, &[]);
    }

    pub fn file(&mut self, name: &str, perm: u32, data: &[u8]) {
        self.entry(name, 0o100000 | (perm & 0o7777), data);
    }

    /// Adds the files and folders under `src` as `dest/...` (sorted, so the
    /// archive is the same for the same tree).
    pub fn tree(&mut self, src: &Path, dest: &str) -> Result<(), String> {
        let mut entries: Vec<_> = std::fs::read_dir(src)
            .map_err(|e| format!("{}: {e}", src.display()))?
            .filter_map(|e| e.ok())
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            let to = format!("{dest}/{name}");
            let meta = std::fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            if meta.is_dir() {
                self.dir(&to);
                self.tree(&path, &to)?;
            } else if meta.is_file() {
                let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                self.file(&to, 0o644, &data);
            }
        }
        Ok(())
    }

    /// The archive with its trailer.
    pub fn finish(mut self) -> Vec<u8> {
        self.entry("TRAILER!!!", 0, &[]);
        self.bytes
    }
}

fn min_med_max(v: &mut [Duration]) -> String {
    v.sort();
    let ms = |d: Duration| d.as_millis();
    format!(
        "{} / {} / {}",
        ms(v[0]),
        ms(v[v.len() / 2]),
        ms(v[v.len() - 1])
    )
}

/// UDP round trips per second against a booted echo guest on host `port`
/// (one datagram of `size` bytes in flight, for `secs`): (round trips/s, lost).
pub fn echo_round_trips(port: u16, size: usize, secs: f64) -> Result<(f64, u64), String> {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_millis(500)))
        .map_err(|e| e.to_string())?;
    let msg = vec![0x5au8; size];
    let mut buf = vec![0u8; 65536];
    let (mut n, mut lost) = (0u64, 0u64);
    let t0 = Instant::now();
    while t0.elapsed().as_secs_f64() < secs {
        s.send_to(&msg, ("127.0.0.1", port))
            .map_err(|e| e.to_string())?;
        match s.recv_from(&mut buf) {
            Ok((len, _)) if len == size => n += 1,
            Ok(_) => return Err("the echo sent back a different datagram".into()),
            Err(_) => lost += 1,
        }
    }
    Ok((n as f64 / t0.elapsed().as_secs_f64(), lost))
}

/// `mote linux-guest times`: boots each service `runs` times and prints
/// QEMU start → ready (wall and QEMU CPU time), sizes, and the C echo's
/// round trips/s.
fn times(args: &[String]) -> Result<i32, String> {
    let (mut runs, mut secs, mut accel) = (5usize, 5.0f64, Accel::Tcg);
    let mut memory = DEFAULT_MEMORY_MIB;
    let mut services = vec![];
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut val = || {
            i += 1;
            args.get(i).cloned().ok_or(format!("{a} needs a value"))
        };
        match a {
            "--runs" => runs = val()?.parse().map_err(|_| "--runs: not a number")?,
            "--echo-seconds" => {
                secs = val()?.parse().map_err(|_| "--echo-seconds: not a number")?
            }
            "--accel" => accel = Accel::parse(&val()?)?,
            "-m" | "--memory" => memory = crate::manifest::parse_memory_mib(&val()?)?,
            _ => services.push(LinuxService::parse(a)?),
        }
        i += 1;
    }
    if services.is_empty() {
        services = LinuxService::ALL.to_vec();
    }
    let runs = runs.max(1);
    let arts = artifacts()?;
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "Linux guest: microvm, {memory} MiB, {accel:?}, virtio-net-device; {runs} boots per service; load {}",
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );
    println!(
        "bzImage + initramfs (all four, gzipped): {} bytes",
        arts.total_bytes()
    );
    println!(
        "{:<6} {:>22} {:>22} {:>14} {:>14} {:>8}",
        "", "start→ready ms", "QEMU CPU ms", "boots bytes", "shipped bytes", "early"
    );
    println!(
        "{:<6} {:>22} {:>22} {:>14} {:>14} {:>8}",
        "", "min / median / max", "min / median / max", "", "", "crashes"
    );
    for &service in &services {
        let (mut wall, mut cpu, mut crashes) = (vec![], vec![], 0);
        for _ in 0..runs {
            let opts = LinuxGuestOptions {
                memory_mib: memory,
                accel,
                ..LinuxGuestOptions::new(service)
            };
            let g = LinuxGuest::boot(&opts)?;
            wall.push(g.ready_after());
            cpu.push(g.ready_cpu());
            crashes += g.attempts() - 1;
        }
        println!(
            "{:<6} {:>22} {:>22} {:>14} {:>14} {:>8}",
            service.name(),
            min_med_max(&mut wall),
            min_med_max(&mut cpu),
            arts.boot_bytes(service),
            arts.service_bytes(service),
            crashes
        );
    }
    if services.contains(&LinuxService::UdpEcho) && secs > 0.0 {
        let port = std::net::UdpSocket::bind("127.0.0.1:0")
            .and_then(|s| s.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let opts = LinuxGuestOptions {
            memory_mib: memory,
            accel,
            forwards: vec![PortForward {
                udp: true,
                host: port,
                guest: LinuxService::UdpEcho.guest_port(),
            }],
            ..LinuxGuestOptions::new(LinuxService::UdpEcho)
        };
        let _g = LinuxGuest::boot(&opts)?;
        echo_round_trips(port, 64, 0.5)?; // warm-up
        let (rate, lost) = echo_round_trips(port, 64, secs)?;
        println!(
            "C echo on Linux: {rate:.0} UDP round trips/s (64-byte datagrams, one in flight, {secs} s, {lost} lost)"
        );
    }
    Ok(0)
}

/// `mote linux-guest SERVICE [options]`: boots the baseline by hand.
pub fn cmd(args: &[String]) -> Result<i32, String> {
    let usage =
        "linux-guest: usage: mote linux-guest echo|nginx|nsd|bind [-p udp|tcp:HOST[:GUEST]]... \
                 [-m MIB] [--machine microvm|pc] [--accel tcg|kvm] [--zone FILE] [--www DIR] \
                 [--timeout SECONDS]  |  mote linux-guest build  |  \
                 mote linux-guest times [--runs N] [--echo-seconds S] [--accel A] [-m MIB] [SERVICE...]";
    let mut opts: Option<LinuxGuestOptions> = None;
    let mut timeout = BOOT_TIMEOUT;
    let mut rest = vec![];
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut val = || -> Result<&str, String> {
            i += 1;
            args.get(i)
                .map(String::as_str)
                .ok_or_else(|| format!("{a} needs a value"))
        };
        match a {
            "-p" | "--port" | "-m" | "--memory" | "--machine" | "--accel" | "--zone" | "--www"
            | "--timeout" => {
                let v = val()?.to_string();
                rest.push((a.to_string(), v));
            }
            "times" if opts.is_none() => return times(&args[i + 1..]),
            "build" if opts.is_none() => {
                let a = artifacts()?;
                let size = |p: &Path| format!("{} ({} bytes)", p.display(), file_size(p));
                println!("kernel (boots)     {}", size(&a.kernel));
                println!("kernel (packaged)  {}", size(&a.bzimage));
                for (s, raw, gz) in &a.per_service {
                    println!("initramfs {:<6}   {}", s.name(), size(raw));
                    println!("  gzipped          {}", size(gz));
                }
                println!("initramfs (all)    {}", size(&a.initramfs));
                println!(
                    "bzImage + initramfs (all, gzipped): {} bytes",
                    a.total_bytes()
                );
                return Ok(0);
            }
            _ if a.starts_with('-') => {
                return Err(format!("linux-guest: unknown option {a}\n{usage}"))
            }
            _ if opts.is_none() => opts = Some(LinuxGuestOptions::new(LinuxService::parse(a)?)),
            _ => return Err(format!("linux-guest: unexpected argument {a}\n{usage}")),
        }
        i += 1;
    }
    let mut opts = opts.ok_or(usage)?;
    if let Ok(a) = std::env::var("MOTE_ACCEL") {
        opts.accel = Accel::parse(&a)?;
    }
    for (flag, v) in rest {
        match flag.as_str() {
            "-p" | "--port" => opts.forwards.push(PortForward::parse(&v)?),
            "-m" | "--memory" => opts.memory_mib = crate::manifest::parse_memory_mib(&v)?,
            "--machine" => opts.machine = Machine::parse(&v)?,
            "--accel" => opts.accel = Accel::parse(&v)?,
            "--zone" => opts.zone_file = Some(PathBuf::from(v)),
            "--www" => opts.web_root = Some(PathBuf::from(v)),
            _ => {
                let secs: f64 = v
                    .parse()
                    .map_err(|_| format!("--timeout {v}: not a number of seconds"))?;
                timeout = Duration::from_secs_f64(secs.max(0.0));
            }
        }
    }
    let guest = LinuxGuest::boot_with_timeout(&opts, timeout)?;
    let console = guest.console.lock().unwrap().clone();
    let _ = std::io::stdout().write_all(&console);
    progress(&format!(
        "Linux guest: {} ready after {} ms (QEMU start to ready marker); Ctrl-C stops it",
        opts.service.name(),
        guest.ready_after().as_millis()
    ));
    guest.follow(console.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_names_come_from_origin() {
        let z = "; c\n$TTL 60\n$ORIGIN Example.Test. ; x\n@ IN A 1.2.3.4\n";
        assert_eq!(zone_origin(z), Ok("Example.Test".into()));
        assert!(zone_origin("@ IN A 1.2.3.4\n")
            .unwrap_err()
            .contains("no $ORIGIN"));
        assert!(zone_origin("$ORIGIN .\n").is_err());
        assert!(zone_origin("$ORIGIN a;b.\n").is_ok(), "the comment is cut");
        assert!(zone_origin("$ORIGIN a$(x).\n").is_err());
    }

    #[test]
    fn cpio_newc_layout() {
        let mut c = Cpio::default();
        c.dir("srv");
        c.file("srv/zone", 0o644, b"hello");
        let b = c.finish();
        assert_eq!(b.len() % 4, 0);
        assert_eq!(&b[..6], b"070701");
        // first header: 6 + 13*8 = 110 bytes, then "srv\0" padded to 4 (114 -> 116)
        assert_eq!(&b[110..113], b"srv");
        let second = 116;
        assert_eq!(&b[second..second + 6], b"070701");
        let filesize = &b[second + 6 + 6 * 8..second + 6 + 7 * 8];
        assert_eq!(filesize, b"00000005");
        let mode = &b[second + 6 + 8..second + 6 + 16];
        assert_eq!(mode, b"000081A4");
        let s = String::from_utf8_lossy(&b);
        assert!(s.contains("srv/zone\0"));
        assert!(s.contains("hello"));
        assert!(s.contains("TRAILER!!!\0"));
        // the host's cpio reads it back
        let dir = std::env::temp_dir().join(format!("mote-cpio-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut p = Command::new("cpio")
            .args(["-i", "-d", "--quiet"])
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .spawn()
            .unwrap();
        p.stdin.take().unwrap().write_all(&b).unwrap();
        assert!(p.wait().unwrap().success());
        assert_eq!(std::fs::read(dir.join("srv/zone")).unwrap(), b"hello");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn services_parse() {
        for s in LinuxService::ALL {
            assert_eq!(LinuxService::parse(s.name()), Ok(s));
        }
        assert!(LinuxService::parse("apache").is_err());
    }

    #[test]
    fn tsc_rate_is_plausible() {
        let khz = tsc_khz();
        assert!((100_000..10_000_000).contains(&khz), "{khz} kHz");
    }
}
