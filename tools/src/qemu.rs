//! `mote run`: boots an image under QEMU with the console on stdout and
//! returns the guest's exit status.
//!
//! The exit status travels through QEMU's `isa-debug-exit` device: the guest
//! writes `code`, QEMU exits with `(code << 1) | 1`. A QEMU exit of 0 means
//! the guest reset (e.g. a triple fault with `-no-reboot`). KVM is used only
//! if a probe boot under KVM succeeds (cached per machine), else TCG.

use crate::elf::{self, Elf};
use crate::progress;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Machine {
    Microvm,
    Pc,
}

impl Machine {
    pub fn parse(s: &str) -> Result<Machine, String> {
        match s {
            "microvm" => Ok(Machine::Microvm),
            "pc" => Ok(Machine::Pc),
            _ => Err(format!("unknown machine {s:?} (use microvm or pc)")),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Machine::Microvm => "microvm",
            Machine::Pc => "pc",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accel {
    Auto,
    Tcg,
    Kvm,
}

impl Accel {
    pub fn parse(s: &str) -> Result<Accel, String> {
        match s {
            "auto" => Ok(Accel::Auto),
            "tcg" => Ok(Accel::Tcg),
            "kvm" => Ok(Accel::Kvm),
            _ => Err(format!("unknown accelerator {s:?} (use auto, tcg or kvm)")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PortForward {
    pub udp: bool,
    pub host: u16,
    pub guest: u16,
}

impl PortForward {
    /// `udp:8080`, `tcp:8080:80` (host:guest; one number means both).
    pub fn parse(s: &str) -> Result<PortForward, String> {
        let bad = || format!("port forward {s:?}: expected udp|tcp:HOSTPORT[:GUESTPORT]");
        let mut parts = s.split(':');
        let udp = match parts.next() {
            Some("udp") => true,
            Some("tcp") => false,
            _ => return Err(bad()),
        };
        let port = |p: Option<&str>| -> Result<Option<u16>, String> {
            match p {
                None => Ok(None),
                Some(p) => match p.parse::<u16>() {
                    Ok(0) | Err(_) => Err(bad()),
                    Ok(n) => Ok(Some(n)),
                },
            }
        };
        let host = port(parts.next())?.ok_or_else(bad)?;
        let guest = port(parts.next())?.unwrap_or(host);
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(PortForward { udp, host, guest })
    }
}

pub struct RunOptions {
    pub image: PathBuf,
    pub ports: Vec<PortForward>,
    pub machine: Machine,
    pub accel: Accel,
    pub memory_mib: Option<u32>,
    pub append: String,
    pub gdb: Option<u16>,
    pub timeout: Option<Duration>,
    pub qemu_args: Vec<String>,
    /// Connect the NIC to this tap interface instead of user networking.
    pub tap: Option<String>,
    /// Write the guest's pcap stream (`net.pcap=1`, COM2) to this file.
    pub pcap: Option<PathBuf>,
}

impl RunOptions {
    /// Boot `image` on microvm with `accel`: no ports, the image's memory,
    /// empty command line, no timeout.
    pub fn new(image: impl Into<PathBuf>, accel: Accel) -> RunOptions {
        RunOptions {
            image: image.into(),
            ports: vec![],
            machine: Machine::Microvm,
            accel,
            memory_mib: None,
            append: String::new(),
            gdb: None,
            timeout: None,
            qemu_args: vec![],
            tap: None,
            pcap: None,
        }
    }
}

/// What `mote run` needs to know about an image, from its ELF notes.
pub struct ImageInfo {
    pub memory_mib: Option<u32>,
}

pub fn inspect_image(path: &Path) -> Result<ImageInfo, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read image {}: {e}", path.display()))?;
    let not_mote = |why: String| format!("{} is not a Mote image: {why}", path.display());
    let elf = Elf::parse(&bytes).map_err(|e| not_mote(e.to_string()))?;
    let notes = elf.notes().map_err(|e| not_mote(e.to_string()))?;
    if !notes
        .iter()
        .any(|n| n.name == "Xen" && n.kind == elf::XEN_NOTE_PHYS32_ENTRY)
    {
        return Err(not_mote(
            "it has no PVH entry note (XEN_ELFNOTE_PHYS32_ENTRY)".into(),
        ));
    }
    if !notes
        .iter()
        .any(|n| n.name == "Mote" && n.kind == elf::MOTE_NOTE_MARKER)
    {
        return Err(not_mote(
            "it has no Mote note (was it built with `mote build`?)".into(),
        ));
    }
    let memory_mib = notes
        .iter()
        .find(|n| n.name == "Mote" && n.kind == elf::MOTE_NOTE_CONFIG)
        .and_then(|n| n.desc.get(..4))
        .map(|d| u32::from_le_bytes(d.try_into().unwrap()))
        .filter(|&m| m >= 16);
    Ok(ImageInfo { memory_mib })
}

pub fn qemu_binary() -> Result<String, String> {
    let qemu = std::env::var("MOTE_QEMU").unwrap_or_else(|_| "qemu-system-x86_64".into());
    match Command::new(&qemu).arg("--version").stdout(Stdio::piped()).stderr(Stdio::null()).output() {
        Ok(o) if o.status.success() => Ok(qemu),
        _ => Err(format!(
            "QEMU not found ({qemu}): run scripts/setup.sh, which installs qemu-system-x86 from bookworm-backports"
        )),
    }
}

/// The QEMU command line for booting `opts.image` with accelerator `accel`.
pub fn qemu_command(qemu: &str, opts: &RunOptions, accel: Accel, memory_mib: u32) -> Command {
    let mut c = Command::new(qemu);
    machine_args(&mut c, opts.machine, accel, memory_mib);
    c.arg("-kernel").arg(&opts.image);
    c.args(["-append", &opts.append]);
    if let Some(pcap) = &opts.pcap {
        c.arg("-chardev")
            .arg(format!("file,id=pcap,path={}", pcap.display()));
        c.args(["-device", "isa-serial,chardev=pcap,index=1"]);
    }
    if opts.tap.is_some() || !opts.ports.is_empty() {
        nic_args(&mut c, opts.machine, &opts.ports, opts.tap.as_deref());
    }
    if let Some(port) = opts.gdb {
        c.args(["-S", "-gdb", &format!("tcp::{port}")]);
    }
    c.args(&opts.qemu_args);
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    die_with_parent(&mut c);
    c
}

/// The machine every guest runs on, Mote images and the Linux guest baseline
/// alike (linux_guest.rs): machine type, accelerator and CPU, memory, COM1 on
/// stdout, no default devices.
pub fn machine_args(c: &mut Command, machine: Machine, accel: Accel, memory_mib: u32) {
    c.args(["-M", machine.name()]);
    match accel {
        Accel::Kvm => c.args(["-accel", "kvm", "-cpu", "host"]),
        _ => c.args(["-accel", "tcg", "-cpu", "max"]),
    };
    c.args(["-nodefaults", "-no-user-config", "-nographic", "-no-reboot"]);
    c.args(["-serial", "stdio", "-monitor", "none"]);
    c.args(["-device", "isa-debug-exit,iobase=0xf4,iosize=4"]);
    // keep the firmware (SeaBIOS) off the serial console
    c.args(["-fw_cfg", "name=etc/sercon-port,string=0"]);
    c.args(["-m", &format!("{memory_mib}M")]);
    if machine == Machine::Microvm {
        // modern (virtio 1.x) register layout for virtio-mmio devices
        c.args(["-global", "virtio-mmio.force-legacy=false"]);
    }
}

/// The guest's NIC, shared by Mote images and the Linux guest baseline:
/// virtio-net on virtio-mmio (`virtio-net-device`) on microvm, virtio-net-pci
/// on pc; on a tap interface, else QEMU user networking with `ports` forwarded.
pub fn nic_args(c: &mut Command, machine: Machine, ports: &[PortForward], tap: Option<&str>) {
    let nic = match machine {
        Machine::Microvm => "virtio-net-device,netdev=net0",
        Machine::Pc => "virtio-net-pci,netdev=net0",
    };
    if let Some(tap) = tap {
        c.args([
            "-netdev",
            &format!("tap,id=net0,ifname={tap},script=no,downscript=no"),
        ]);
    } else {
        let fwds: String = ports
            .iter()
            .map(|p| {
                format!(
                    ",hostfwd={}::{}-:{}",
                    if p.udp { "udp" } else { "tcp" },
                    p.host,
                    p.guest
                )
            })
            .collect();
        c.args(["-netdev", &format!("user,id=net0{fwds}")]);
    }
    c.args(["-device", nic]);
}

/// Starts `cmd` (a QEMU) with its stdout collected line by line into the
/// returned console buffer by a reader thread; stderr is dropped.
pub fn spawn_with_console(
    mut cmd: Command,
) -> Result<(std::process::Child, Arc<Mutex<String>>), String> {
    use std::io::BufRead;
    cmd.stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = cmd.spawn().map_err(|e| format!("cannot start QEMU: {e}"))?;
    let out = child.stdout.take().expect("stdout is piped");
    let console = Arc::new(Mutex::new(String::new()));
    let sink = console.clone();
    std::thread::spawn(move || {
        let mut r = std::io::BufReader::new(out);
        let mut line = String::new();
        while r.read_line(&mut line).unwrap_or(0) > 0 {
            sink.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
    Ok((child, console))
}

/// QEMU is killed when `mote` dies (a killed `mote run` must not leave a VM behind).
pub fn die_with_parent(c: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: runs in the forked child before exec; prctl is async-signal-safe
    // and touches no memory of the parent.
    unsafe {
        c.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
}

/// How a QEMU run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The guest exited through the debug-exit device with this status.
    Exited(i32),
    /// The guest reset or powered off without a status (e.g. triple fault).
    Reset,
    /// QEMU itself failed (bad arguments, missing accelerator...).
    QemuFailed(i32),
    Killed,
    TimedOut,
}

impl Outcome {
    /// The status `mote run` exits with.
    pub fn exit_status(&self) -> i32 {
        match self {
            Outcome::Exited(c) => *c,
            Outcome::TimedOut => 124,
            Outcome::Reset | Outcome::Killed => 125,
            Outcome::QemuFailed(_) => 126,
        }
    }
}

/// Maps QEMU's exit status to an outcome. `guest_spoke`: the guest printed something.
pub fn decode_status(code: Option<i32>, guest_spoke: bool) -> Outcome {
    match code {
        None => Outcome::Killed,
        Some(0) => Outcome::Reset,
        Some(c) if c & 1 == 1 && (c != 1 || guest_spoke) => Outcome::Exited(c >> 1),
        Some(c) => Outcome::QemuFailed(c),
    }
}

pub struct RunResult {
    pub outcome: Outcome,
    /// CPU time QEMU used (user + system), from /proc, last reading before exit.
    pub cpu: Duration,
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub first_line: Option<Duration>,
    pub wall: Duration,
}

/// Runs a prepared QEMU command, copying guest output to our stdout if `echo`.
pub fn run_command(
    mut cmd: Command,
    timeout: Option<Duration>,
    echo: bool,
) -> Result<RunResult, String> {
    let started = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start QEMU: {e}"))?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let first_line = Arc::new(Mutex::new(None));
    let fl = first_line.clone();
    let out_thread = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 8192];
        let stdout = std::io::stdout();
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            if buf[..n].contains(&b'\n') {
                fl.lock().unwrap().get_or_insert(started.elapsed());
            }
            all.extend_from_slice(&buf[..n]);
            if echo {
                let mut s = stdout.lock();
                let _ = s.write_all(&buf[..n]);
                let _ = s.flush();
            }
        }
        all
    });
    let err_thread = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let mut timed_out = false;
    let mut cpu = Duration::ZERO;
    let status = loop {
        cpu = process_cpu_time(child.id()).unwrap_or(cpu);
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if timeout.is_some_and(|t| started.elapsed() > t) {
            let _ = child.kill();
            timed_out = true;
            break child.wait().map_err(|e| e.to_string())?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let wall = started.elapsed();
    let stdout = out_thread.join().unwrap_or_default();
    let stderr: String = err_thread
        .join()
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.contains("externally provided fw_cfg item names"))
        .map(|l| format!("{l}\n"))
        .collect();
    let outcome = if timed_out {
        Outcome::TimedOut
    } else {
        decode_status(status.code(), !stdout.is_empty())
    };
    let first_line = *first_line.lock().unwrap();
    Ok(RunResult {
        outcome,
        cpu,
        stdout,
        stderr,
        first_line,
        wall,
    })
}

/// utime + stime of a running process (Linux /proc; clock ticks of 1/100 s).
pub fn process_cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // fields after the parenthesised command name; utime and stime are fields 14 and 15
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn cache_dir() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| PathBuf::from("/tmp"))
        .join("mote")
}

/// Whether KVM works for Mote images here: a probe boot, cached per QEMU
/// version and host kernel.
fn kvm_usable(qemu: &str, image: &Path) -> bool {
    if std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/kvm")
        .is_err()
    {
        return false;
    }
    let version = Command::new(qemu)
        .arg("--version")
        .output()
        .map(|o| o.stdout)
        .unwrap_or_default();
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let key: u64 = version
        .iter()
        .chain(kernel.as_bytes())
        .fold(0xcbf29ce484222325, |h, &b| {
            (h ^ b as u64).wrapping_mul(0x100000001b3) // FNV-1a
        });
    let cache = cache_dir().join(format!("kvm-probe-{key:016x}"));
    if let Ok(v) = std::fs::read_to_string(&cache) {
        return v.trim() == "usable";
    }
    progress("probing KVM with a test boot (once per machine)...");
    let opts = RunOptions {
        append: "mote.probe=1".into(),
        ..RunOptions::new(image, Accel::Kvm)
    };
    let ok = run_command(
        qemu_command(qemu, &opts, Accel::Kvm, 64),
        Some(Duration::from_secs(5)),
        false,
    )
    .map(|r| {
        r.outcome == Outcome::Exited(0)
            && String::from_utf8_lossy(&r.stdout).contains("MOTE-PROBE-OK")
    })
    .unwrap_or(false);
    progress(if ok {
        "KVM works: using it"
    } else {
        "KVM is present but cannot run Mote images here: using TCG"
    });
    let _ = std::fs::create_dir_all(cache_dir());
    let _ = std::fs::write(&cache, if ok { "usable\n" } else { "unusable\n" });
    ok
}

pub fn resolve_accel(qemu: &str, requested: Accel, image: &Path) -> Accel {
    match requested {
        Accel::Auto if kvm_usable(qemu, image) => Accel::Kvm,
        Accel::Auto => Accel::Tcg,
        a => a,
    }
}

/// `mote run`: boot, stream the console, return the guest's exit status.
pub fn run(opts: &RunOptions) -> Result<i32, String> {
    let info = inspect_image(&opts.image)?;
    let qemu = qemu_binary()?;
    let accel = resolve_accel(&qemu, opts.accel, &opts.image);
    let memory = opts.memory_mib.or(info.memory_mib).unwrap_or(64);
    if let Some(port) = opts.gdb {
        let debug = format!("{}.debug", opts.image.display());
        let symbols = if Path::new(&debug).exists() {
            debug
        } else {
            opts.image.display().to_string()
        };
        progress(&format!(
            "QEMU waits for gdb on port {port}; attach with:\n  gdb -ex 'set architecture i386:x86-64' -ex 'file {symbols}' -ex 'target remote localhost:{port}'"
        ));
    }
    let cmd = qemu_command(&qemu, opts, accel, memory);
    let r = run_command(cmd, opts.timeout, true)?;
    eprint!("{}", r.stderr);
    match &r.outcome {
        Outcome::Exited(_) => {}
        Outcome::Reset => {
            progress("the VM stopped without an exit status (reset, e.g. a triple fault)")
        }
        Outcome::QemuFailed(c) => progress(&format!(
            "QEMU failed (exit status {c}); its messages are above"
        )),
        Outcome::Killed => progress("QEMU was killed by a signal"),
        Outcome::TimedOut => progress(&format!(
            "timed out after {:?}; QEMU killed",
            opts.timeout.unwrap_or_default()
        )),
    }
    Ok(r.outcome.exit_status())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_forwards() {
        assert_eq!(
            PortForward::parse("udp:8080"),
            Ok(PortForward {
                udp: true,
                host: 8080,
                guest: 8080
            })
        );
        assert_eq!(
            PortForward::parse("tcp:8081:80"),
            Ok(PortForward {
                udp: false,
                host: 8081,
                guest: 80
            })
        );
        for bad in [
            "",
            "udp",
            "udp:",
            "sctp:80",
            "udp:0",
            "udp:70000",
            "tcp:1:2:3",
            "tcp:x",
            "udp:80:",
        ] {
            assert!(PortForward::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn exit_status_decoding() {
        assert_eq!(decode_status(Some(1), true), Outcome::Exited(0));
        assert_eq!(decode_status(Some(7), true), Outcome::Exited(3));
        assert_eq!(decode_status(Some(205), true), Outcome::Exited(102));
        assert_eq!(decode_status(Some(0), true), Outcome::Reset);
        assert_eq!(
            decode_status(Some(1), false),
            Outcome::QemuFailed(1),
            "QEMU's own error exit"
        );
        assert_eq!(decode_status(Some(2), true), Outcome::QemuFailed(2));
        assert_eq!(decode_status(None, true), Outcome::Killed);
    }

    #[test]
    fn non_images_are_rejected_clearly() {
        let dir = std::env::temp_dir().join(format!("mote-inspect-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("x.mote");
        std::fs::write(&p, b"#!/bin/sh\necho hi\n").unwrap();
        let e = inspect_image(&p).err().unwrap();
        assert!(
            e.contains("is not a Mote image") && e.contains("not an ELF"),
            "{e}"
        );
        let e = inspect_image(&dir.join("missing.mote")).err().unwrap();
        assert!(e.contains("cannot read image"), "{e}");
        // a real ELF that is not a Mote image: the test binary itself
        let exe = std::env::current_exe().unwrap();
        let e = inspect_image(&exe).err().unwrap();
        assert!(e.contains("no PVH entry note"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
