//! `mote bench compare` (issue 12): Mote against a Linux guest in the same
//! QEMU, one metric at a time, every contender in the same run.
//!
//! For each metric every contender is measured `runs` times; the table shows
//! min/median/max and the ratio to the metric's baseline, paired run by run
//! (run i of a contender over run i of the baseline). Results go to
//! `summary.md`, `results.csv`, `results.json` and one PNG per metric in the
//! output folder. A contender that cannot be measured (not built, does not
//! boot, a tool missing) gets a row saying why, never a number.
//!
//! Load generators: the Rust UDP client of `mote bench java` for the echo,
//! `wrk` for HTTP, `dnsperf` for DNS (both from Debian, installed by
//! scripts/setup.sh); every load run is bounded in time and only talks to
//! 127.0.0.1 (QEMU user networking with host forwards).

use crate::bench;
use crate::plot;
use crate::qemu::{self, Accel, PortForward, RunOptions};
use crate::{mote_home, progress};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Guest RAM for every contender in the boot and load comparisons (the
/// same for Mote and the Linux guest).
const LOAD_MEMORY_MIB: u32 = 256;

pub struct CompareOptions {
    pub quick: bool,
    pub runs: usize,
    pub out: Option<PathBuf>,
    pub accel: Accel,
    /// Only these metric groups (boot, size, ram, udp, http, dns, jvm); empty: all.
    pub only: Vec<String>,
}

pub const GROUPS: &[&str] = &["boot", "size", "ram", "udp", "http", "dns", "jvm"];

/// A contender's figures for one metric, or why there are none.
#[derive(Clone, Debug)]
pub enum Outcome {
    Values(Vec<f64>),
    Unavailable(String),
}

#[derive(Clone, Debug)]
pub struct Row {
    pub contender: String,
    pub outcome: Outcome,
}

pub struct Metric {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub higher_is_better: bool,
    /// The contender the ratios are taken against.
    pub baseline: String,
    pub rows: Vec<Row>,
    /// How it was measured (one line, into the summary).
    pub how: String,
}

/// A target of the issue: `subject` against `baseline` on metric `metric`,
/// as "better by at least `factor`" (subject/baseline for higher-is-better
/// metrics, baseline/subject for lower-is-better ones).
pub struct Target {
    pub text: String,
    pub metric: String,
    pub subject: String,
    /// The contender to compare with (None: the metric's baseline).
    pub against: Option<String>,
    pub factor: f64,
}

fn stats(v: &[f64]) -> Option<(f64, f64, f64)> {
    crate::bench::stats(v.to_vec())
}

impl Metric {
    fn row(&self, name: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.contender == name)
    }

    /// Paired ratios value_i / baseline_i (over the runs both have).
    fn ratios(&self, name: &str) -> Result<Vec<f64>, String> {
        self.ratios_against(name, &self.baseline)
    }

    /// Paired ratios value_i / base_i.
    fn ratios_against(&self, name: &str, base: &str) -> Result<Vec<f64>, String> {
        let get = |n: &str| match self.row(n).map(|r| &r.outcome) {
            Some(Outcome::Values(v)) if !v.is_empty() => Ok(v.clone()),
            Some(Outcome::Values(_)) => Err(format!("{n}: no runs")),
            Some(Outcome::Unavailable(why)) => Err(format!("{n}: {why}")),
            None => Err(format!("{n}: not in this metric")),
        };
        let (v, b) = (get(name)?, get(base)?);
        Ok(v.iter()
            .zip(b.iter().cycle())
            .map(|(x, y)| if *y != 0.0 { x / y } else { f64::NAN })
            .collect())
    }
}

/// A guest booted for a measurement; QEMU is killed on drop.
struct MoteGuest {
    child: std::process::Child,
    console: Arc<Mutex<String>>,
}

impl Drop for MoteGuest {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

enum Running {
    Mote(MoteGuest),
    Linux(LinuxRunning),
}

struct Booted {
    guest: Running,
    /// QEMU start → first answer to the probe.
    ready: Duration,
}

impl Booted {
    fn console(&self) -> String {
        match &self.guest {
            Running::Mote(g) => g.console.lock().unwrap().clone(),
            Running::Linux(g) => g.console(),
        }
    }
}

/// How to start one contender's service.
#[derive(Clone)]
enum Spec {
    Mote {
        image: PathBuf,
        /// The app's arguments after `--` on the kernel command line (None: the image's own).
        args: Option<String>,
        guest_port: u16,
        udp: bool,
    },
    Linux {
        service: LinuxService,
        zone: Option<PathBuf>,
        web_root: Option<PathBuf>,
    },
    Missing(String),
}

#[derive(Clone)]
struct Contender {
    name: String,
    spec: Spec,
}

/// What a probe checks: that the service answers one real request.
#[derive(Clone, Copy)]
enum Probe {
    UdpEcho,
    Http,
    Dns,
}

impl Probe {
    fn answers(self, port: u16, wait: Duration) -> bool {
        match self {
            Probe::UdpEcho => {
                let Ok(s) = std::net::UdpSocket::bind("127.0.0.1:0") else {
                    return false;
                };
                let _ = s.set_read_timeout(Some(wait));
                let _ = s.send_to(b"probe", ("127.0.0.1", port));
                let mut buf = [0u8; 64];
                matches!(s.recv_from(&mut buf), Ok((n, _)) if &buf[..n] == b"probe")
            }
            Probe::Http => http_get_ok(port, wait),
            Probe::Dns => dns_answers(port, ZONE_ORIGIN, wait),
        }
    }
}

/// One GET / that gets an HTTP 200 back.
fn http_get_ok(port: u16, wait: Duration) -> bool {
    use std::io::{Read, Write};
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut c) = std::net::TcpStream::connect_timeout(&addr, wait) else {
        return false;
    };
    let _ = c.set_read_timeout(Some(wait));
    if c.write_all(b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 12];
    let mut got = 0;
    while got < head.len() {
        match c.read(&mut head[got..]) {
            Ok(0) | Err(_) => return false,
            Ok(n) => got += n,
        }
    }
    head.starts_with(b"HTTP/1.") && &head[9..12] == b"200"
}

/// A DNS query (SOA of `origin`) whose reply has our id and the QR bit.
fn dns_answers(port: u16, origin: &str, wait: Duration) -> bool {
    let Ok(s) = std::net::UdpSocket::bind("127.0.0.1:0") else {
        return false;
    };
    let _ = s.set_read_timeout(Some(wait));
    let mut q = vec![0x4d, 0x6f, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in origin.trim_end_matches('.').split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.extend_from_slice(&[0, 0, 6, 0, 1]);
    let _ = s.send_to(&q, ("127.0.0.1", port));
    let mut buf = [0u8; 1500];
    matches!(s.recv_from(&mut buf), Ok((n, _)) if n >= 12 && buf[..2] == [0x4d, 0x6f] && buf[2] & 0x80 != 0 && buf[3] & 0x0f == 0)
}

fn free_port(udp: bool) -> u16 {
    let p = if udp {
        std::net::UdpSocket::bind("127.0.0.1:0").and_then(|s| s.local_addr())
    } else {
        std::net::TcpListener::bind("127.0.0.1:0").and_then(|s| s.local_addr())
    };
    p.map(|a| a.port()).unwrap_or(19053)
}

struct Ctx {
    qemu: String,
    accel: Accel,
}

impl Contender {
    fn missing(name: &str, why: impl Into<String>) -> Contender {
        Contender {
            name: name.into(),
            spec: Spec::Missing(why.into()),
        }
    }

    /// Boots with `memory_mib` and waits (up to `limit`) until `probe`
    /// answers on `host_port`: Ok(None) if it never did.
    fn boot(
        &self,
        ctx: &Ctx,
        memory_mib: u32,
        host_port: u16,
        probe: Probe,
        limit: Duration,
    ) -> Result<Option<Booted>, String> {
        let t0 = Instant::now();
        let mut guest = match &self.spec {
            Spec::Missing(why) => return Err(why.clone()),
            Spec::Mote {
                image,
                args,
                guest_port,
                udp,
            } => {
                let opts = RunOptions {
                    ports: vec![PortForward {
                        udp: *udp,
                        host: host_port,
                        guest: *guest_port,
                    }],
                    append: args.as_ref().map(|a| format!("-- {a}")).unwrap_or_default(),
                    ..RunOptions::new(image, ctx.accel)
                };
                let cmd = qemu::qemu_command(&ctx.qemu, &opts, ctx.accel, memory_mib);
                let (child, console) = qemu::spawn_with_console(cmd)?;
                Running::Mote(MoteGuest { child, console })
            }
            Spec::Linux {
                service,
                zone,
                web_root,
            } => Running::Linux(linux_boot(
                *service,
                memory_mib,
                ctx.accel,
                host_port,
                zone.clone(),
                web_root.clone(),
                limit,
            )?),
        };
        // the Linux guest's clock starts when QEMU starts (after the boot's
        // initramfs is written); Mote's when the QEMU command is spawned
        let (t0, before) = match &guest {
            Running::Linux(g) => (Instant::now(), g.ready_after()),
            Running::Mote(_) => (t0, Duration::ZERO),
        };
        let wait = Duration::from_millis(if matches!(guest, Running::Linux(_)) {
            300
        } else {
            50
        });
        loop {
            if probe.answers(host_port, wait) {
                return Ok(Some(Booted {
                    guest,
                    ready: before + t0.elapsed(),
                }));
            }
            let ended = match &mut guest {
                Running::Mote(g) => g.child.try_wait().ok().flatten().is_some(),
                Running::Linux(_) => false,
            };
            if ended || t0.elapsed() > limit {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

// ---- the Linux guest (helper "linux": tools/src/linux_guest.rs) ----------

use crate::linux_guest::{self, LinuxGuest, LinuxGuestOptions, LinuxService};

type LinuxRunning = LinuxGuest;

/// The Linux guest's kernel and initramfs (built and cached by
/// scripts/linux-guest.sh, which scripts/setup.sh runs).
fn linux_available() -> Result<(), String> {
    linux_guest::artifacts()
        .map(|_| ())
        .map_err(|e| format!("Linux guest not built: {}", e.lines().next().unwrap_or("")))
}

/// The Linux guest as shipped: bzImage + the gzipped initramfs holding
/// `service` (None: all four services).
fn linux_image_bytes(service: Option<LinuxService>) -> Result<u64, String> {
    let a = linux_guest::artifacts()
        .map_err(|e| format!("Linux guest not built: {}", e.lines().next().unwrap_or("")))?;
    Ok(match service {
        Some(s) => a.service_bytes(s),
        None => a.total_bytes(),
    })
}

fn linux_boot(
    service: LinuxService,
    memory_mib: u32,
    accel: Accel,
    host_port: u16,
    zone: Option<PathBuf>,
    web_root: Option<PathBuf>,
    limit: Duration,
) -> Result<LinuxRunning, String> {
    let mut o = LinuxGuestOptions::new(service);
    o.memory_mib = memory_mib;
    o.accel = accel;
    o.machine = qemu::Machine::Microvm;
    o.forwards = vec![PortForward {
        udp: !matches!(service, LinuxService::Nginx),
        host: host_port,
        guest: service.guest_port(),
    }];
    o.zone_file = zone;
    o.web_root = web_root;
    LinuxGuest::boot_with_timeout(&o, limit)
}

fn linux_contender(name: &str, service: LinuxService, zone: Option<PathBuf>) -> Contender {
    match linux_available() {
        Ok(()) => Contender {
            name: name.into(),
            spec: Spec::Linux {
                service,
                zone,
                web_root: Some(mote_home().join("images/java-http/www")),
            },
        },
        Err(why) => Contender::missing(name, why),
    }
}

// ---- zones ----------------------------------------------------------------

/// The zone's origin (the probe asks for its SOA).
pub const ZONE_ORIGIN: &str = crate::bench_dns::ZONE_ORIGIN;

/// dnsperf's query file for the zone of `records` records: the questions
/// `mote bench dns` asks too (every owner with its type, and one name in ten
/// that does not exist), as `name. TYPE` lines.
pub fn query_text(records: usize) -> String {
    let (_, questions) = crate::bench_dns::zone(records);
    let mut q = String::new();
    for (name, qtype) in questions {
        let ty = match qtype {
            1 => "A",
            2 => "NS",
            5 => "CNAME",
            6 => "SOA",
            15 => "MX",
            16 => "TXT",
            28 => "AAAA",
            other => unreachable!("bench_dns::zone asks no type {other}"),
        };
        let _ = writeln!(q, "{name}. {ty}");
    }
    q
}

// ---- load generators ------------------------------------------------------

fn tool(name: &str) -> Result<(), String> {
    match Command::new(name)
        .arg("-h")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(_) => Ok(()),
        Err(_) => Err(format!(
            "{name} is not installed (scripts/setup.sh installs it)"
        )),
    }
}

/// wrk for `secs` seconds with `conns` keep-alive connections: requests/s.
fn wrk(port: u16, conns: u32, secs: u64) -> Result<f64, String> {
    let out = Command::new("wrk")
        .args([
            "-t1",
            &format!("-c{conns}"),
            &format!("-d{secs}s"),
            "--timeout",
            "5s",
        ])
        .arg(format!("http://127.0.0.1:{port}/"))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("wrk: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    if let Some(l) = text.lines().find(|l| l.contains("Non-2xx or 3xx")) {
        return Err(format!("wrk: {}", l.trim()));
    }
    text.lines()
        .find_map(|l| l.trim().strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| format!("wrk printed no Requests/sec:\n{text}"))
}

/// dnsperf for `secs` seconds: queries per second answered.
fn dnsperf(port: u16, queries: &Path, secs: u64) -> Result<f64, String> {
    let out = Command::new("dnsperf")
        .args(["-s", "127.0.0.1", "-p", &port.to_string(), "-d"])
        .arg(queries)
        .args(["-l", &secs.to_string(), "-t", "2", "-q", "64"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("dnsperf: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    parse_dnsperf(&text).ok_or_else(|| {
        format!(
            "dnsperf printed no Queries per second:\n{text}{}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

pub fn parse_dnsperf(text: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("Queries per second:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

// ---- the run ----------------------------------------------------------------

struct Plan {
    runs: usize,
    load_secs: u64,
    zones: Vec<usize>,
    ram_sizes: Vec<u32>,
}

/// Built Mote images by name, or why one is missing.
type Images = std::collections::BTreeMap<String, Result<PathBuf, String>>;

fn build_images(home: &Path, work: &Path, names: &[&str]) -> Images {
    let mut out = Images::new();
    for name in names {
        let img = work.join(format!("{name}.mote"));
        progress(&format!("bench: building {name}"));
        let r = crate::image_build::build(&home.join("images").join(name), &img)
            .map(|_| img)
            .map_err(|e| format!("build failed: {}", e.lines().next().unwrap_or("")));
        out.insert(name.to_string(), r);
    }
    out
}

/// The DNS image with the generated zone of `records` records
/// (`bench_dns::build_zone_image`, as `mote bench dns` builds it) and the
/// same zone as a file for the Linux guest's NSD and BIND 9.
fn build_dns_zone(home: &Path, work: &Path, records: usize) -> Result<(PathBuf, PathBuf), String> {
    progress(&format!(
        "bench: building the DNS image with {records} records"
    ));
    let img = crate::bench_dns::build_zone_image(home, work, records)
        .map_err(|e| format!("build failed: {}", e.lines().next().unwrap_or("")))?;
    let zone_file = work.join(format!("bench-{records}.zone"));
    std::fs::write(&zone_file, crate::bench_dns::zone(records).0)
        .map_err(|e| format!("{}: {e}", zone_file.display()))?;
    Ok((img, zone_file))
}

fn mote_contender(
    name: &str,
    images: &Images,
    image: &str,
    udp: bool,
    guest_port: u16,
) -> Contender {
    match images.get(image) {
        Some(Ok(p)) => Contender {
            name: name.into(),
            spec: Spec::Mote {
                image: p.clone(),
                args: None,
                guest_port,
                udp,
            },
        },
        Some(Err(e)) => Contender::missing(name, e.clone()),
        None => Contender::missing(name, format!("{image} was not built")),
    }
}

/// Runs `load` against each contender booted once, `runs` times each.
fn load_metric(
    ctx: &Ctx,
    contenders: &[Contender],
    probe: Probe,
    udp: bool,
    runs: usize,
    load: &dyn Fn(u16) -> Result<f64, String>,
    notes: &mut Vec<String>,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for c in contenders {
        progress(&format!("bench: {} ({} runs)", c.name, runs));
        let port = free_port(udp);
        // a boot that fails is tried once more, and the summary says so
        let mut booted = Err(String::new());
        for attempt in 0..2 {
            booted = match c.boot(ctx, LOAD_MEMORY_MIB, port, probe, boot_limit(c)) {
                Err(e) => Err(first_line(&e, &c.name)),
                Ok(None) => Err(format!(
                    "did not answer within {} s of booting",
                    boot_limit(c).as_secs()
                )),
                Ok(Some(g)) => Ok(g),
            };
            match &booted {
                Err(e) if attempt == 0 && !matches!(c.spec, Spec::Missing(_)) => notes.push(
                    format!("{}: the first boot failed ({e}); booted again", c.name),
                ),
                _ => break,
            }
        }
        let outcome = match booted {
            Err(e) => Outcome::Unavailable(e),
            Ok(g) => {
                let mut v = Vec::new();
                let mut err = None;
                for _ in 0..runs {
                    match load(port) {
                        Ok(x) => v.push(x),
                        Err(e) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                drop(g);
                match err {
                    Some(e) if v.is_empty() => Outcome::Unavailable(first_line(&e, &c.name)),
                    Some(e) => {
                        notes.push(format!(
                            "{}: run {} failed ({})",
                            c.name,
                            v.len() + 1,
                            first_line(&e, &c.name)
                        ));
                        Outcome::Values(v)
                    }
                    None => Outcome::Values(v),
                }
            }
        };
        rows.push(Row {
            contender: c.name.clone(),
            outcome,
        });
    }
    rows
}

/// `how` with the run's notes (failed boots, failed runs) appended.
fn with_notes(how: String, notes: Vec<String>) -> String {
    if notes.is_empty() {
        how
    } else {
        format!("{how}. Notes: {}", notes.join("; "))
    }
}

/// The first line of an error for the table (the rest, e.g. a guest's
/// console, goes to stderr).
fn first_line(e: &str, who: &str) -> String {
    let mut lines = e.lines();
    let first = lines.next().unwrap_or("").to_string();
    let rest: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    if !rest.is_empty() {
        progress(&format!("bench: {who}: {first}\n{}", rest.join("\n")));
    }
    first
}

fn boot_limit(c: &Contender) -> Duration {
    match c.spec {
        Spec::Linux { .. } => Duration::from_secs(120),
        _ => Duration::from_secs(120),
    }
}

/// The smallest RAM in `sizes` (ascending) at which `c` boots and answers
/// one request: a binary search, assuming more RAM never hurts.
fn min_ram(ctx: &Ctx, c: &Contender, probe: Probe, udp: bool, sizes: &[u32]) -> Outcome {
    if let Spec::Missing(why) = &c.spec {
        return Outcome::Unavailable(why.clone());
    }
    let limit = match c.spec {
        Spec::Linux { .. } => Duration::from_secs(60),
        _ => Duration::from_secs(30),
    };
    let linux = matches!(c.spec, Spec::Linux { .. });
    let last_error = std::cell::RefCell::new(None);
    let serves = |mib: u32| -> Result<bool, String> {
        progress(&format!("bench: {} with {mib} MiB", c.name));
        match c.boot(ctx, mib, free_port(udp), probe, limit) {
            Ok(g) => Ok(g.is_some()),
            // the Linux guest reports a boot that fails (out of memory) as an error
            Err(e) if linux => {
                *last_error.borrow_mut() = Some(e.lines().next().unwrap_or("").to_string());
                Ok(false)
            }
            Err(e) => Err(e),
        }
    };
    let (mut lo, mut hi) = (0usize, sizes.len()); // answer in sizes[lo..hi], hi = none
    let mut best = None;
    while lo < hi {
        let mid = (lo + hi) / 2;
        match serves(sizes[mid]) {
            Err(e) => return Outcome::Unavailable(e),
            Ok(true) => {
                best = Some(sizes[mid]);
                hi = mid;
            }
            Ok(false) => lo = mid + 1,
        }
    }
    match best {
        Some(m) => Outcome::Values(vec![m as f64]),
        None => Outcome::Unavailable(format!(
            "did not serve with up to {} MiB{}",
            sizes.last().copied().unwrap_or(0),
            last_error
                .borrow()
                .as_ref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default()
        )),
    }
}

/// UTC date and time from the system clock: ("2026-11-23", "01:23:45").
fn utc_now() -> (String, String) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = ((secs / 86400) as i64, secs % 86400);
    // civil from days (proleptic Gregorian), after H. Hinnant's algorithm
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        format!("{y:04}-{m:02}-{d:02}"),
        format!("{:02}:{:02}:{:02}", rem / 3600, rem / 60 % 60, rem % 60),
    )
}

fn machine_line(ctx: &Ctx) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("MemTotal:")
                    .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            })
        })
        .map(|kb| format!("{} GiB", kb / 1024 / 1024))
        .unwrap_or_default();
    let qemu = Command::new(&ctx.qemu)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(str::to_string)
        })
        .unwrap_or_default();
    format!(
        "{cpu}, {cores} cores, {mem}; {qemu}; accelerator {}",
        match ctx.accel {
            Accel::Kvm => "KVM",
            _ => "TCG (no KVM)",
        }
    )
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// `mote bench compare`.
pub fn run(opts: CompareOptions) -> Result<i32, String> {
    let home = mote_home();
    let qemu_bin = qemu::qemu_binary()?;
    let plan = if opts.quick {
        Plan {
            runs: 1,
            load_secs: 1,
            zones: vec![100],
            ram_sizes: vec![8, 16, 32, 64, 128, 256],
        }
    } else {
        Plan {
            runs: opts.runs.max(1),
            load_secs: 5,
            zones: vec![100, 1000, 10000],
            ram_sizes: vec![4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512],
        }
    };
    for g in &opts.only {
        if !GROUPS.contains(&g.as_str()) {
            return Err(format!("--only {g}: unknown (use {})", GROUPS.join(", ")));
        }
    }
    let want = |g: &str| opts.only.is_empty() || opts.only.iter().any(|o| o == g);
    let (date, time) = utc_now();
    let out = match &opts.out {
        Some(o) => o.clone(),
        None => home
            .join("results")
            .join(format!("{date}T{}Z", time.replace(':', ""))),
    };
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let work = home.join("target/mote-bench/compare");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let load_at_start = load_average();

    let images = build_images(
        &home,
        &work,
        &["c-echo", "java-echo", "c-httpd", "java-http", "dns"],
    );
    let reference = images
        .values()
        .find_map(|r| r.as_ref().ok())
        .ok_or("no Mote image could be built")?;
    let ctx = Ctx {
        accel: qemu::resolve_accel(&qemu_bin, opts.accel, reference),
        qemu: qemu_bin,
    };
    let secs = plan.load_secs;
    let mut metrics: Vec<Metric> = Vec::new();
    let mut targets: Vec<Target> = Vec::new();

    let echo_contenders = vec![
        mote_contender("Mote C (c-echo)", &images, "c-echo", true, 8080),
        mote_contender("Mote Java (java-echo)", &images, "java-echo", true, 8080),
        linux_contender("Linux guest (C echo)", LinuxService::UdpEcho, None),
    ];
    let linux_echo = "Linux guest (C echo)".to_string();

    if want("boot") {
        let mut rows = Vec::new();
        let mut pvh = Vec::new();
        let mut boot_notes = Vec::new();
        for c in &echo_contenders {
            progress(&format!(
                "bench: boot time of {} ({} runs)",
                c.name, plan.runs
            ));
            let port = free_port(true);
            let (mut ready, mut app) = (Vec::new(), Vec::new());
            let mut why = None;
            for run in 1..=plan.runs {
                let failed =
                    match c.boot(&ctx, LOAD_MEMORY_MIB, port, Probe::UdpEcho, boot_limit(c)) {
                        Ok(Some(g)) => {
                            ready.push(g.ready.as_secs_f64() * 1e3);
                            if let Some(us) = bench::parse_boot_us(&g.console()) {
                                app.push(us / 1e3);
                            }
                            continue;
                        }
                        Ok(None) => "did not answer within the time limit".to_string(),
                        Err(e) => first_line(&e, &c.name),
                    };
                if matches!(c.spec, Spec::Missing(_)) {
                    why = Some(failed);
                    break;
                }
                // a failed boot is counted and reported, and the runs go on
                boot_notes.push(format!(
                    "{}: boot {run} of {} failed ({failed})",
                    c.name, plan.runs
                ));
                why = Some(failed);
            }
            let outcome = |v: Vec<f64>, why: &Option<String>, none: &str| match (v.is_empty(), why)
            {
                (false, _) => Outcome::Values(v),
                (true, Some(w)) => Outcome::Unavailable(w.clone()),
                (true, None) => Outcome::Unavailable(none.into()),
            };
            rows.push(Row {
                contender: c.name.clone(),
                outcome: outcome(ready, &why, "no run answered"),
            });
            if matches!(c.spec, Spec::Mote { .. }) {
                pvh.push(Row {
                    contender: c.name.clone(),
                    outcome: outcome(app, &why, "no boot line on the console"),
                });
            }
        }
        metrics.push(Metric {
            id: "boot".into(),
            title: "Boot: QEMU start to the first UDP echo reply".into(),
            unit: "ms".into(),
            higher_is_better: false,
            baseline: linux_echo.clone(),
            rows,
            how: with_notes(
                format!("microvm, {LOAD_MEMORY_MIB} MiB, the echo service of each contender; the probe sends a datagram every 10 ms (Mote: from spawning QEMU; Linux: from QEMU start as the guest reports it, plus the time to the first reply)"),
                boot_notes,
            ),
        });
        metrics.push(Metric {
            id: "boot_pvh".into(),
            title: "Mote boot: PVH entry to app entry (guest TSC)".into(),
            unit: "ms".into(),
            higher_is_better: false,
            baseline: "Mote C (c-echo)".into(),
            rows: pvh,
            how: "the kernel's own `boot: N us from PVH entry to app entry` line".into(),
        });
    }

    if want("size") {
        let mut rows = Vec::new();
        let file_size = |image: &Result<PathBuf, String>| match image {
            Ok(p) => match std::fs::metadata(p) {
                Ok(m) => Outcome::Values(vec![m.len() as f64]),
                Err(e) => Outcome::Unavailable(e.to_string()),
            },
            Err(e) => Outcome::Unavailable(e.clone()),
        };
        for (label, name) in [
            ("Mote C (c-echo)", "c-echo"),
            ("Mote Java (java-echo)", "java-echo"),
            ("Mote C (c-httpd)", "c-httpd"),
            ("Mote Java (java-http)", "java-http"),
            ("Mote Java (dns)", "dns"),
        ] {
            rows.push(Row {
                contender: label.into(),
                outcome: file_size(&images[name]),
            });
        }
        // the Java images as they are (uncompressed: they boot faster) and
        // compressed (`--compress` = LZ4, `--compress=lzma`), which a service
        // can choose; c-echo (LZ4 by its manifest) with LZMA too
        use crate::manifest::Compress;
        for (label, name, how, tag) in [
            (
                "Mote C (c-echo, --compress=lzma)",
                "c-echo",
                Compress::Lzma,
                "zl",
            ),
            (
                "Mote Java (java-echo, --compress)",
                "java-echo",
                Compress::Lz4,
                "z",
            ),
            (
                "Mote Java (java-http, --compress)",
                "java-http",
                Compress::Lz4,
                "z",
            ),
            ("Mote Java (dns, --compress)", "dns", Compress::Lz4, "z"),
            (
                "Mote Java (java-echo, --compress=lzma)",
                "java-echo",
                Compress::Lzma,
                "zl",
            ),
            (
                "Mote Java (java-http, --compress=lzma)",
                "java-http",
                Compress::Lzma,
                "zl",
            ),
            (
                "Mote Java (dns, --compress=lzma)",
                "dns",
                Compress::Lzma,
                "zl",
            ),
        ] {
            let img = work.join(format!("{name}-{tag}.mote"));
            progress(&format!("bench: building {label}"));
            let built =
                crate::image_build::build_with(&home.join("images").join(name), &img, Some(how))
                    .map(|_| img)
                    .map_err(|e| format!("build failed: {}", e.lines().next().unwrap_or("")));
            rows.push(Row {
                contender: label.into(),
                outcome: file_size(&built),
            });
        }
        for (label, service) in [
            ("Linux guest (kernel + initramfs, all services)", None),
            ("Linux guest, C echo only", Some(LinuxService::UdpEcho)),
            ("Linux guest, nginx only", Some(LinuxService::Nginx)),
            ("Linux guest, NSD only", Some(LinuxService::Nsd)),
        ] {
            rows.push(Row {
                contender: label.into(),
                outcome: match linux_image_bytes(service) {
                    Ok(b) => Outcome::Values(vec![b as f64]),
                    Err(e) => Outcome::Unavailable(e),
                },
            });
        }
        metrics.push(Metric {
            id: "size".into(),
            title: "Image size".into(),
            unit: "bytes".into(),
            higher_is_better: false,
            baseline: "Linux guest (kernel + initramfs, all services)".into(),
            rows,
            how: "Mote: the stripped image file (everything the guest boots; c-echo's manifest asks for an LZ4-compressed image, the Java examples boot uncompressed and are also shown built with `--compress` (LZ4) and `--compress=lzma`); Linux: the packaged bzImage plus the gzipped initramfs (busybox, the service's binaries and libraries), as shipped".into(),
        });
        for (s, against) in [
            ("Mote Java (java-echo)", "Linux guest, C echo only"),
            ("Mote Java (java-http)", "Linux guest, nginx only"),
            ("Mote Java (dns)", "Linux guest, NSD only"),
            (
                "Mote Java (java-echo, --compress)",
                "Linux guest, C echo only",
            ),
            (
                "Mote Java (java-http, --compress)",
                "Linux guest, nginx only",
            ),
            ("Mote Java (dns, --compress)", "Linux guest, NSD only"),
            ("Mote C (c-echo)", "Linux guest, C echo only"),
            (
                "Mote C (c-echo, --compress=lzma)",
                "Linux guest, C echo only",
            ),
            (
                "Mote Java (java-echo, --compress=lzma)",
                "Linux guest, C echo only",
            ),
            (
                "Mote Java (java-http, --compress=lzma)",
                "Linux guest, nginx only",
            ),
            ("Mote Java (dns, --compress=lzma)", "Linux guest, NSD only"),
            (
                "Mote Java (java-echo, --compress=lzma)",
                "Linux guest (kernel + initramfs, all services)",
            ),
            (
                "Mote Java (java-http, --compress=lzma)",
                "Linux guest (kernel + initramfs, all services)",
            ),
            (
                "Mote Java (dns, --compress=lzma)",
                "Linux guest (kernel + initramfs, all services)",
            ),
        ] {
            targets.push(Target {
                text: if against.starts_with("Linux guest (") {
                    format!("{s} image ≥ 100× smaller than the Linux guest with all services (kernel + initramfs)")
                } else {
                    format!(
                        "{s} image ≥ 100× smaller than the {against} guest's kernel + initramfs"
                    )
                    .replace("the Linux guest, ", "the Linux ")
                    .replace(" only guest", " guest")
                },
                metric: "size".into(),
                subject: s.into(),
                against: Some(against.into()),
                factor: 100.0,
            });
        }
    }

    if want("ram") {
        let mut rows = Vec::new();
        for c in &echo_contenders {
            rows.push(Row {
                contender: c.name.clone(),
                outcome: min_ram(&ctx, c, Probe::UdpEcho, true, &plan.ram_sizes),
            });
        }
        metrics.push(Metric {
            id: "ram".into(),
            title: "Smallest guest RAM that boots and answers".into(),
            unit: "MiB".into(),
            higher_is_better: false,
            baseline: linux_echo.clone(),
            rows,
            how: format!(
                "binary search over -m {} MiB; a size passes when the echo answers one datagram",
                plan.ram_sizes
                    .iter()
                    .map(|m| m.to_string())
                    .collect::<Vec<_>>()
                    .join("/")
            ),
        });
    }

    if want("udp") {
        let mut notes = Vec::new();
        let rows = load_metric(
            &ctx,
            &echo_contenders,
            Probe::UdpEcho,
            true,
            plan.runs,
            &|port| Ok(bench::udp_round_trips_with(port, &[0x5a; 64], 64, secs)),
            &mut notes,
        );
        metrics.push(Metric {
            id: "udp".into(),
            title: "UDP echo round trips per second".into(),
            unit: "round trips/s".into(),
            higher_is_better: true,
            baseline: linux_echo.clone(),
            rows,
            how: with_notes(
                format!("64-byte datagrams, 64 in flight, {secs} s per run, Rust client in `mote`"),
                notes,
            ),
        });
        targets.push(Target {
            text: "Mote Java UDP echo ≥ 1.5× the Linux guest's C echo".into(),
            metric: "udp".into(),
            subject: "Mote Java (java-echo)".into(),
            against: None,
            factor: 1.5,
        });
    }

    if want("http") {
        let contenders = match tool("wrk") {
            Err(e) => [
                "Mote C (c-httpd)",
                "Mote Java (java-http)",
                "Linux guest (nginx)",
            ]
            .iter()
            .map(|n| Contender::missing(n, e.clone()))
            .collect::<Vec<_>>(),
            Ok(()) => vec![
                mote_contender("Mote C (c-httpd)", &images, "c-httpd", false, 8080),
                mote_contender("Mote Java (java-http)", &images, "java-http", false, 8080),
                linux_contender("Linux guest (nginx)", LinuxService::Nginx, None),
            ],
        };
        let mut notes = Vec::new();
        let rows = load_metric(
            &ctx,
            &contenders,
            Probe::Http,
            false,
            plan.runs,
            &|port| wrk(port, 8, secs),
            &mut notes,
        );
        metrics.push(Metric {
            id: "http".into(),
            title: "HTTP requests per second (wrk)".into(),
            unit: "requests/s".into(),
            higher_is_better: true,
            baseline: "Linux guest (nginx)".into(),
            rows,
            how: with_notes(
                format!("wrk -t1 -c8 -d{secs}s, GET / (the java-http page; c-httpd serves its own index.html)"),
                notes,
            ),
        });
        targets.push(Target {
            text: "Mote Java HTTP ≥ 1.0× nginx in the Linux guest".into(),
            metric: "http".into(),
            subject: "Mote Java (java-http)".into(),
            against: None,
            factor: 1.0,
        });
    }

    if want("dns") {
        let have_dnsperf = tool("dnsperf");
        for &records in &plan.zones {
            let queries = work.join(format!("queries-{records}.txt"));
            let zone = build_dns_zone(&home, &work, records);
            let mut contenders = Vec::new();
            match (&zone, &have_dnsperf) {
                (_, Err(e)) => {
                    for n in [
                        "Mote Java DNS",
                        "Mote Java DNS (memo)",
                        "Linux guest (NSD)",
                        "Linux guest (BIND 9)",
                    ] {
                        contenders.push(Contender::missing(n, e.clone()));
                    }
                }
                (Err(e), _) => {
                    contenders.push(Contender::missing("Mote Java DNS", e.clone()));
                    contenders.push(Contender::missing("Mote Java DNS (memo)", e.clone()));
                }
                (Ok((img, _)), _) => {
                    for (n, memo) in [("Mote Java DNS", ""), ("Mote Java DNS (memo)", " --memo")] {
                        contenders.push(Contender {
                            name: n.into(),
                            spec: Spec::Mote {
                                image: img.clone(),
                                args: Some(format!("53 /bench.test.zone{memo}")),
                                guest_port: 53,
                                udp: true,
                            },
                        });
                    }
                }
            }
            if have_dnsperf.is_ok() {
                let zf = zone.as_ref().ok().map(|(_, z)| z.clone());
                contenders.push(linux_contender(
                    "Linux guest (NSD)",
                    LinuxService::Nsd,
                    zf.clone(),
                ));
                contenders.push(linux_contender(
                    "Linux guest (BIND 9)",
                    LinuxService::Bind9,
                    zf,
                ));
            }
            let mut notes = Vec::new();
            let rows = match std::fs::write(&queries, query_text(records)) {
                Err(e) => contenders
                    .iter()
                    .map(|c| Row {
                        contender: c.name.clone(),
                        outcome: Outcome::Unavailable(format!("{}: {e}", queries.display())),
                    })
                    .collect(),
                Ok(()) => load_metric(
                    &ctx,
                    &contenders,
                    Probe::Dns,
                    true,
                    plan.runs,
                    &|port| dnsperf(port, &queries, secs),
                    &mut notes,
                ),
            };
            let id = format!("dns_{records}");
            metrics.push(Metric {
                id: id.clone(),
                title: format!("DNS queries per second, zone of {records} records (dnsperf)"),
                unit: "queries/s".into(),
                higher_is_better: true,
                baseline: "Linux guest (NSD)".into(),
                rows,
                how: with_notes(
                    format!(
                        "dnsperf -l {secs} -q 64 over the questions `mote bench dns` asks (every owner with its type: mostly A, some AAAA/MX/TXT/CNAME) with 1 name in 11 NXDOMAIN"
                    ),
                    notes,
                ),
            });
            targets.push(Target {
                text: format!("Mote Java DNS (memo) ≥ NSD, zone of {records} records"),
                metric: id,
                subject: "Mote Java DNS (memo)".into(),
                against: None,
                factor: 1.0,
            });
        }
    }

    let mut extra_plots = Vec::new();
    if want("dns") && plan.zones.len() > 1 {
        // one line per contender across the zone sizes (medians)
        let mut series: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
        for m in metrics.iter().filter(|m| m.id.starts_with("dns_")) {
            let records: f64 = m.id[4..].parse().unwrap_or(0.0);
            for r in &m.rows {
                let i = match series.iter().position(|(n, _)| *n == r.contender) {
                    Some(i) => i,
                    None => {
                        series.push((r.contender.clone(), vec![]));
                        series.len() - 1
                    }
                };
                if let Outcome::Values(v) = &r.outcome {
                    if let Some((_, med, _)) = stats(v) {
                        series[i].1.push((records, med));
                    }
                }
            }
        }
        let png = out.join("dns.png");
        plot::line_chart(
            &png,
            "DNS queries per second by zone size (medians)",
            "records in the zone",
            "queries/s",
            &series,
        )?;
        extra_plots.push(("DNS queries per second by zone size", "dns.png"));
    }

    if want("jvm") {
        let jvm = jvm_metrics(&home, &work, &plan);
        let summary = jvm_geomean(&jvm);
        metrics.extend(jvm);
        metrics.push(summary);
    }

    let load_at_end = load_average();
    let machine = machine_line(&ctx);
    let mut md = String::new();
    let _ = writeln!(md, "# `mote bench compare` results\n");
    let _ = writeln!(
        md,
        "Taken {date} {time} UTC on {machine}. Load average (1/5/15 min) {load_at_start} at the start, {load_at_end} at the end. Mode: {}, {} run(s) per contender, {} s per load run. Every guest: QEMU microvm, virtio-net over user networking with host forwards, {LOAD_MEMORY_MIB} MiB (except the RAM search).\n",
        if opts.quick { "--quick (checks the harness; the figures are not for comparison)" } else { "full" },
        plan.runs,
        plan.load_secs
    );
    let _ = writeln!(
        md,
        "Command: `mote {}`\n",
        std::env::args().skip(1).collect::<Vec<_>>().join(" ")
    );
    print!("{}", md.replace("# ", ""));
    for m in &metrics {
        let table = metric_table(m);
        println!("\n{}  ({})\n{table}", m.title, m.unit);
        let _ = writeln!(
            md,
            "## {} ({})\n\n{}\n\n{table}\n![{}]({}.png)\n",
            m.title, m.unit, m.how, m.title, m.id
        );
        let bars: Vec<plot::Bar> = m
            .rows
            .iter()
            .map(|r| plot::Bar {
                label: r.contender.clone(),
                stats: match &r.outcome {
                    Outcome::Values(v) => stats(v),
                    Outcome::Unavailable(_) => None,
                },
                baseline: r.contender == m.baseline,
            })
            .collect();
        let png = out.join(format!("{}.png", m.id));
        plot::bar_chart(&png, &m.title, &m.unit, &bars)?;
    }
    for (title, png) in &extra_plots {
        let _ = writeln!(md, "## {title}\n\n![{title}]({png})\n");
    }
    if !targets.is_empty() {
        let t = targets_table(&metrics, &targets);
        println!("\nTargets (issue 12)\n{t}");
        let _ = writeln!(md, "## Targets (issue 12)\n\n{t}");
    }
    let write = |name: &str, text: &str| {
        std::fs::write(out.join(name), text)
            .map_err(|e| format!("{}: {e}", out.join(name).display()))
    };
    write("summary.md", &md)?;
    write("results.csv", &csv(&metrics))?;
    write(
        "results.json",
        &json(&metrics, &targets, &machine, opts.quick),
    )?;
    progress(&format!("bench: results in {}", out.display()));
    Ok(0)
}

fn fmt_value(v: f64, unit: &str) -> String {
    match unit {
        "bytes" => group(v as u64),
        "ms" if v < 10.0 => format!("{v:.2}"),
        "ms" | "MiB" => format!("{v:.1}"),
        "s" => format!("{v:.3}"),
        u if u.starts_with('×') => format!("{v:.3}"),
        _ => group(v.round() as u64),
    }
}

/// 1234567 → "1,234,567".
fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn fmt_ratio(r: &[f64]) -> String {
    match stats(r) {
        Some((a, m, b)) if r.len() > 1 => format!("{m:.3} ({a:.3}–{b:.3})"),
        Some((_, m, _)) => format!("{m:.3}"),
        None => "—".into(),
    }
}

/// The metric as a Markdown table.
pub fn metric_table(m: &Metric) -> String {
    let mut t = format!(
        "| contender | runs | min | median | max | ratio to {} (median, min–max of paired runs) |\n|---|---:|---:|---:|---:|---:|\n",
        m.baseline
    );
    for r in &m.rows {
        match &r.outcome {
            Outcome::Values(v) => {
                let (a, b, c) = stats(v).unwrap_or((f64::NAN, f64::NAN, f64::NAN));
                let ratio = if r.contender == m.baseline {
                    "1 (baseline)".to_string()
                } else {
                    m.ratios(&r.contender)
                        .map(|x| fmt_ratio(&x))
                        .unwrap_or_else(|_| "—".into())
                };
                let _ = writeln!(
                    t,
                    "| {} | {} | {} | {} | {} | {ratio} |",
                    r.contender,
                    v.len(),
                    fmt_value(a, &m.unit),
                    fmt_value(b, &m.unit),
                    fmt_value(c, &m.unit)
                );
            }
            Outcome::Unavailable(why) => {
                let why = why.replace('|', "/").replace('\n', " ");
                let _ = writeln!(t, "| {} | 0 | not available: {why} | | | |", r.contender);
            }
        }
    }
    t
}

fn targets_table(metrics: &[Metric], targets: &[Target]) -> String {
    let mut t =
        "| target | measured (median of paired runs) | verdict |\n|---|---:|---|\n".to_string();
    for tg in targets {
        let m = metrics.iter().find(|m| m.id == tg.metric);
        let (measured, verdict) = match m.map(|m| {
            let base = tg.against.as_deref().unwrap_or(&m.baseline);
            (m, m.ratios_against(&tg.subject, base))
        }) {
            None => ("—".into(), "not measured".to_string()),
            Some((_, Err(why))) => ("—".into(), format!("not measured: {why}")),
            Some((m, Ok(r))) => {
                let better: Vec<f64> = r
                    .iter()
                    .map(|x| if m.higher_is_better { *x } else { 1.0 / x })
                    .collect();
                let (_, med, _) = stats(&better).unwrap_or((0.0, 0.0, 0.0));
                let what = if m.higher_is_better {
                    "×"
                } else {
                    "× smaller"
                };
                (
                    format!("{med:.2}{what}"),
                    if med >= tg.factor {
                        "met".into()
                    } else {
                        "missed".into()
                    },
                )
            }
        };
        let _ = writeln!(t, "| {} | {measured} | {verdict} |", tg.text);
    }
    t
}

fn csv(metrics: &[Metric]) -> String {
    let mut s = "metric,unit,contender,run,value,note\n".to_string();
    let q = |x: &str| format!("\"{}\"", x.replace('"', "\"\""));
    for m in metrics {
        for r in &m.rows {
            match &r.outcome {
                Outcome::Values(v) => {
                    for (i, x) in v.iter().enumerate() {
                        let _ = writeln!(
                            s,
                            "{},{},{},{},{x},",
                            m.id,
                            q(&m.unit),
                            q(&r.contender),
                            i + 1
                        );
                    }
                }
                Outcome::Unavailable(w) => {
                    let _ = writeln!(
                        s,
                        "{},{},{},,,{}",
                        m.id,
                        q(&m.unit),
                        q(&r.contender),
                        q(&format!("not available: {w}"))
                    );
                }
            }
        }
    }
    s
}

fn js(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn json(metrics: &[Metric], targets: &[Target], machine: &str, quick: bool) -> String {
    let num = |x: f64| {
        if x.is_finite() {
            format!("{x}")
        } else {
            "null".into()
        }
    };
    let mut s = format!(
        "{{\"machine\":{},\"quick\":{quick},\"metrics\":[",
        js(machine)
    );
    for (i, m) in metrics.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            "{{\"id\":{},\"title\":{},\"unit\":{},\"higher_is_better\":{},\"baseline\":{},\"rows\":[",
            js(&m.id),
            js(&m.title),
            js(&m.unit),
            m.higher_is_better,
            js(&m.baseline)
        );
        for (j, r) in m.rows.iter().enumerate() {
            if j > 0 {
                s.push(',');
            }
            match &r.outcome {
                Outcome::Values(v) => {
                    let vals: Vec<String> = v.iter().map(|x| num(*x)).collect();
                    let ratios: Vec<String> = m
                        .ratios(&r.contender)
                        .unwrap_or_default()
                        .iter()
                        .map(|x| num(*x))
                        .collect();
                    let _ = write!(
                        s,
                        "{{\"contender\":{},\"values\":[{}],\"ratios\":[{}]}}",
                        js(&r.contender),
                        vals.join(","),
                        ratios.join(",")
                    );
                }
                Outcome::Unavailable(w) => {
                    let _ = write!(
                        s,
                        "{{\"contender\":{},\"not_available\":{}}}",
                        js(&r.contender),
                        js(w)
                    );
                }
            }
        }
        s.push_str("]}");
    }
    s.push_str("],\"targets\":[");
    for (i, t) in targets.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            "{{\"text\":{},\"metric\":{},\"subject\":{},\"factor\":{}}}",
            js(&t.text),
            js(&t.metric),
            js(&t.subject),
            t.factor
        );
    }
    s.push_str("]}\n");
    s
}

// ---- JVM speed vs HotSpot --------------------------------------------------

/// jvm-glue's CPU-bound programs on Mote's JVM (hosted: the interpreter of
/// the image, as a Linux process) against HotSpot with -Xint and with its JIT.
fn jvm_metrics(home: &Path, work: &Path, plan: &Plan) -> Vec<Metric> {
    let quick = plan.runs == 1 && plan.load_secs == 1;
    let chosen: Vec<(&str, &str, &[&str])> = jvm_glue::BENCH_PROGRAMS
        .iter()
        .map(|b| (b.name, b.dir, b.args))
        .filter(|(p, _, _)| {
            if quick {
                ["Hello", "Sieve"].contains(p)
            } else {
                *p != "Hello"
            }
        })
        .collect();
    let names = ["Mote JVM (interpreter)", "HotSpot -Xint", "HotSpot JIT"];
    let classes = work.join("jvm-classes");
    let _ = std::fs::create_dir_all(&classes);
    // each program compiled on its own, so one missing source costs one table
    let compile = |p: &str, dir: &str| -> Result<(), String> {
        let src = home.join("jvm-glue").join(dir).join(format!("{p}.java"));
        let o = jvm_glue::javac(&classes)
            .arg(&src)
            .output()
            .map_err(|e| format!("javac: {e}"))?;
        if !o.status.success() {
            return Err(format!(
                "javac {} failed: {}",
                src.display(),
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .next()
                    .unwrap_or("")
            ));
        }
        Ok(())
    };
    let me = std::env::current_exe().map_err(|e| e.to_string());
    let mut metrics = Vec::new();
    for &(p, dir, args) in &chosen {
        let compiled = compile(p, dir);
        let mut rows = Vec::new();
        let mut outputs: Vec<Option<Vec<u8>>> = Vec::new();
        for (k, n) in names.iter().enumerate() {
            progress(&format!("bench: {p} on {n}"));
            let outcome = match (&compiled, &me) {
                (Err(e), _) | (_, Err(e)) => Outcome::Unavailable(e.clone()),
                (Ok(()), Ok(me)) => {
                    let mut v = Vec::new();
                    let mut why = None;
                    for _ in 0..plan.runs {
                        let mut cmd = if k == 0 {
                            let mut c = Command::new(me);
                            c.args(["run", "--hosted", "--cp"])
                                .arg(&classes)
                                .arg(p)
                                .args(args);
                            c
                        } else {
                            let mut c = Command::new("java");
                            if k == 1 {
                                c.arg("-Xint");
                            }
                            c.arg("-cp").arg(&classes).arg(p).args(args);
                            c
                        };
                        let t0 = Instant::now();
                        match cmd.stdin(Stdio::null()).stderr(Stdio::null()).output() {
                            Ok(o) if o.status.success() => {
                                v.push(t0.elapsed().as_secs_f64());
                                outputs.push(Some(o.stdout));
                            }
                            Ok(o) => {
                                why = Some(format!("exited with {}", o.status));
                                break;
                            }
                            Err(e) => {
                                why = Some(e.to_string());
                                break;
                            }
                        }
                    }
                    match why {
                        Some(w) if v.is_empty() => Outcome::Unavailable(w),
                        _ => Outcome::Values(v),
                    }
                }
            };
            rows.push(Row {
                contender: n.to_string(),
                outcome,
            });
        }
        // all three must print the same thing, or the times mean nothing
        let outs: Vec<&Vec<u8>> = outputs.iter().flatten().collect();
        if outs.windows(2).any(|w| w[0] != w[1]) {
            for r in &mut rows {
                r.outcome = Outcome::Unavailable("the VMs printed different output".into());
            }
        }
        metrics.push(Metric {
            id: format!("jvm_{}", p.to_lowercase()),
            title: format!("JVM: {p} (wall time)"),
            unit: "s".into(),
            higher_is_better: false,
            baseline: "HotSpot -Xint".into(),
            rows,
            how: format!(
                "jvm-glue/{dir}/{p}.java {}; `mote run --hosted` (Mote's interpreter as a Linux process) vs `java -Xint` and `java`, process start to exit",
                args.join(" ")
            ),
        });
    }
    metrics
}

/// One figure per VM: the geometric mean over the programs (Hello left out:
/// it measures start-up) of its median time over HotSpot -Xint's.
fn jvm_geomean(programs: &[Metric]) -> Metric {
    let names = ["Mote JVM (interpreter)", "HotSpot -Xint", "HotSpot JIT"];
    let mut rows = Vec::new();
    for n in names {
        let mut logs = Vec::new();
        let mut why = None;
        for m in programs.iter().filter(|m| m.id != "jvm_hello") {
            match m.ratios(n) {
                Ok(r) => match stats(&r) {
                    Some((_, med, _)) if med > 0.0 => logs.push(med.ln()),
                    _ => why = Some(format!("{}: no ratio", m.id)),
                },
                Err(e) => why = Some(format!("{}: {e}", m.id)),
            }
        }
        rows.push(Row {
            contender: n.into(),
            outcome: match why {
                Some(w) => Outcome::Unavailable(w),
                None if logs.is_empty() => Outcome::Unavailable("no programs ran".into()),
                None => Outcome::Values(vec![(logs.iter().sum::<f64>() / logs.len() as f64).exp()]),
            },
        });
    }
    Metric {
        id: "jvm_geomean".into(),
        title: "JVM: time relative to HotSpot -Xint (geometric mean over the programs)".into(),
        unit: "× HotSpot -Xint's time".into(),
        higher_is_better: false,
        baseline: "HotSpot -Xint".into(),
        rows,
        how: "the medians of the JVM tables above, as ratios to HotSpot -Xint, averaged geometrically (Hello left out)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dnsperf_queries_name_the_zone_and_some_names_that_do_not_exist() {
        let (z, _) = crate::bench_dns::zone(1000);
        let q = query_text(1000);
        assert!(q.lines().any(|l| l.starts_with("nx") && l.ends_with(" A")));
        assert!(q.lines().any(|l| l.ends_with(" AAAA")) && q.lines().any(|l| l.ends_with(" MX")));
        for l in q.lines().filter(|l| l.starts_with('h')) {
            let (name, ty) = l.split_once(". ").unwrap();
            let owner = name.trim_end_matches(".bench.test");
            assert!(
                z.lines().any(|r| r.starts_with(&format!("{owner} {ty} "))),
                "{l} does not name a record of the zone"
            );
        }
    }

    #[test]
    fn parses_dnsperf_and_pairs_ratios() {
        let out = "  Queries sent:         100\n  Queries per second:   1234.567890\n";
        assert_eq!(parse_dnsperf(out), Some(1234.56789));
        assert_eq!(parse_dnsperf("nothing"), None);
        let m = Metric {
            id: "x".into(),
            title: "x".into(),
            unit: "requests/s".into(),
            higher_is_better: true,
            baseline: "b".into(),
            rows: vec![
                Row {
                    contender: "a".into(),
                    outcome: Outcome::Values(vec![10.0, 30.0]),
                },
                Row {
                    contender: "b".into(),
                    outcome: Outcome::Values(vec![5.0, 10.0]),
                },
                Row {
                    contender: "c".into(),
                    outcome: Outcome::Unavailable("no".into()),
                },
            ],
            how: String::new(),
        };
        assert_eq!(m.ratios("a").unwrap(), vec![2.0, 3.0]);
        assert!(m.ratios("c").is_err());
        let t = metric_table(&m);
        assert!(t.contains("| c | 0 | not available: no |"));
        assert!(t.contains("1 (baseline)"));
        let tt = targets_table(
            &[m],
            &[Target {
                text: "a ≥ 2.5× b".into(),
                metric: "x".into(),
                subject: "a".into(),
                against: None,
                factor: 2.5,
            }],
        );
        assert!(tt.contains("3.00×") && tt.contains("met"), "{tt}");
    }

    #[test]
    fn utc_dates() {
        let (d, t) = utc_now();
        assert_eq!(d.len(), 10);
        assert_eq!(t.len(), 8);
        assert!(d.as_str() >= "2024-01-01");
    }
}
