//! `mote bench boot`: image size and boot latency, as a table.
//! Benchmarks print figures; they never pass or fail on timing.

use crate::qemu::{self, Accel, Machine, RunOptions};
use std::path::Path;
use std::time::Duration;

/// (min, median, max) of `v`; None when empty.
pub(crate) fn stats(mut v: Vec<f64>) -> Option<(f64, f64, f64)> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    Some((v[0], v[v.len() / 2], v[v.len() - 1]))
}

/// The kernel's own boot figure: "boot: N us from PVH entry to app entry".
pub fn parse_boot_us(console: &str) -> Option<f64> {
    let line = console
        .lines()
        .find(|l| l.contains("us from PVH entry to app entry"))?;
    line.split_whitespace()
        .skip_while(|w| *w != "boot:")
        .nth(1)?
        .parse()
        .ok()
}

pub fn boot(image: &Path, runs: usize, accel: Accel) -> Result<(), String> {
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, image);
    let bytes = std::fs::read(image).map_err(|e| format!("{}: {e}", image.display()))?;
    println!(
        "image: {} ({} bytes, {}); {runs} runs per machine; accel {:?}",
        image.display(),
        bytes.len(),
        crate::compress::image_kind(&bytes),
        accel
    );
    println!(
        "{:<8} {:<40} {:>10} {:>10} {:>10}",
        "machine", "metric", "min", "median", "max"
    );
    for machine in [Machine::Microvm, Machine::Pc] {
        let (mut first, mut boot, mut wall) = (vec![], vec![], vec![]);
        for _ in 0..runs {
            let opts = RunOptions {
                machine,
                timeout: Some(Duration::from_secs(30)),
                ..RunOptions::new(image, accel)
            };
            let mem = qemu::inspect_image(image)?.memory_mib.unwrap_or(64);
            let r = qemu::run_command(
                qemu::qemu_command(&qemu, &opts, accel, mem),
                opts.timeout,
                false,
            )?;
            if r.outcome != qemu::Outcome::Exited(0) {
                return Err(format!(
                    "{} run ended with {:?}:\n{}",
                    machine.name(),
                    r.outcome,
                    r.stderr
                ));
            }
            if let Some(f) = r.first_line {
                first.push(f.as_secs_f64() * 1e3);
            }
            if let Some(b) = parse_boot_us(&String::from_utf8_lossy(&r.stdout)) {
                boot.push(b);
            }
            wall.push(r.wall.as_secs_f64() * 1e3);
        }
        for (name, v) in [
            ("QEMU start -> first console line (ms)", first),
            ("PVH entry -> app entry (us, TSC)", boot),
            ("QEMU process, start to exit (ms)", wall),
        ] {
            match stats(v) {
                Some((a, b, c)) => println!(
                    "{:<8} {:<40} {:>10.1} {:>10.1} {:>10.1}",
                    machine.name(),
                    name,
                    a,
                    b,
                    c
                ),
                None => println!("{:<8} {:<40} {:>10}", machine.name(), name, "n/a"),
            }
        }
    }
    Ok(())
}

/// Boots `image` once in a 256 MiB guest with `append` on its command
/// line; an error (with the console) unless it exits with status 0.
fn run_256_mib(
    qemu: &str,
    image: &Path,
    accel: Accel,
    append: &str,
    timeout_s: u64,
) -> Result<qemu::RunResult, String> {
    let opts = RunOptions {
        memory_mib: Some(256),
        append: append.into(),
        timeout: Some(Duration::from_secs(timeout_s)),
        ..RunOptions::new(image, accel)
    };
    let r = qemu::run_command(
        qemu::qemu_command(qemu, &opts, accel, 256),
        opts.timeout,
        false,
    )?;
    if r.outcome != qemu::Outcome::Exited(0) {
        return Err(format!(
            "`{append}` ended with {:?}:\n{}",
            r.outcome,
            String::from_utf8_lossy(&r.stdout)
        ));
    }
    Ok(r)
}

/// `mote bench sched`: the guest's own switch/yield/wake-up figures, and
/// what an idle guest (one thread asleep for 10 s) costs the host.
pub fn sched(image: &Path, accel: Accel) -> Result<(), String> {
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, image);
    let run = |append: &str, timeout: u64| run_256_mib(&qemu, image, accel, append, timeout);
    println!(
        "scheduler benchmark on microvm, accel {accel:?} (image {})",
        image.display()
    );
    println!("{:<44} {:>12}", "metric", "value");
    for slice in [10] {
        let r = run(&format!("sched.slice_ms={slice} -- bench-sched"), 120)?;
        let out = String::from_utf8_lossy(&r.stdout);
        let line = out
            .lines()
            .find(|l| l.starts_with("BENCH sched"))
            .ok_or("no BENCH line from the guest")?;
        for kv in line.split_whitespace().skip(2) {
            let (k, v) = kv.split_once('=').ok_or("malformed BENCH line")?;
            let label = match k {
                "switch_ns" => "thread switch (condvar ping-pong), ns",
                "yield_ns" => "yield between two threads, ns",
                "wake_median_ns" => "timer wake-up past deadline, median ns",
                "wake_p99_ns" => "timer wake-up past deadline, p99 ns",
                "wake_max_ns" => "timer wake-up past deadline, max ns",
                other => other,
            };
            println!("{label:<44} {v:>12}");
        }
    }
    let r = run("-- sleep-forever 10", 60)?;
    let busy = r.cpu.as_secs_f64() / r.wall.as_secs_f64() * 100.0;
    println!(
        "{:<44} {:>12.1}",
        "idle guest: QEMU CPU over the run, % of a core", busy
    );
    println!(
        "{:<44} {:>12.2}",
        "idle guest: run length, s",
        r.wall.as_secs_f64()
    );
    Ok(())
}

/// `mote bench fs`: in-guest read throughput from the sealed filesystem
/// next to memcpy, and mount times (the boot line's cold mount, a warm one),
/// for `image` and for an image whose sealed files are one 10 MiB file (the
/// issue's mount target), built from the selftest service.
pub fn fs(image: &Path, accel: Accel) -> Result<(), String> {
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, image);
    let run = |image: &Path| -> Result<(String, String), String> {
        let r = run_256_mib(&qemu, image, accel, "-- fs-bench /big.bin", 120)?;
        let out = String::from_utf8_lossy(&r.stdout).into_owned();
        let line = out
            .lines()
            .find(|l| l.starts_with("BENCH fs"))
            .ok_or("no BENCH line from the guest")?
            .to_string();
        Ok((out, line))
    };
    // Every figure is from RUNS boots (min / median / max): one boot is
    // too noisy on a shared host.
    const RUNS: usize = 5;
    let runs = |image: &Path| -> Result<Vec<(String, String)>, String> {
        (0..RUNS).map(|_| run(image)).collect()
    };
    let fmt = |v: Vec<f64>| match stats(v) {
        Some((a, b, c)) => format!("{a:>8.0} {b:>8.0} {c:>8.0}"),
        None => "n/a".into(),
    };
    let small = runs(image)?;
    let line = &small[0].1;
    println!(
        "filesystem benchmark on microvm, accel {accel:?}: {} bytes file, {} bytes image; {RUNS} boots per image",
        bench_value(line, "bytes")?,
        bench_value(line, "image_bytes")?
    );
    println!(
        "{:<34} {:>12} {:>12} {:>8}   (medians)",
        "read size", "read MB/s", "memcpy MB/s", "ratio"
    );
    let median = |k: &str| -> Result<u64, String> {
        let v: Result<Vec<f64>, String> = small
            .iter()
            .map(|(_, l)| bench_value(l, k).map(|x| x as f64))
            .collect();
        Ok(stats(v?).map_or(0, |(_, m, _)| m as u64))
    };
    for (label, r, m) in [
        ("4 KiB", "read4k_mbs", "memcpy4k_mbs"),
        ("1 MiB", "read1m_mbs", "memcpy1m_mbs"),
    ] {
        let (r, m) = (median(r)?, median(m)?);
        println!("{label:<34} {r:>12} {m:>12} {:>7}%", r * 100 / m.max(1));
    }
    println!(
        "{:<34} {:>8} {:>8} {:>8}",
        "mount, us", "min", "median", "max"
    );
    let print_mounts = |what: &str, all: &[(String, String)]| -> Result<(), String> {
        let cold: Vec<f64> = all
            .iter()
            .filter_map(|(o, _)| cold_mount_us(o))
            .map(|x| x as f64)
            .collect();
        let field = |k: &str| -> Result<Vec<f64>, String> {
            all.iter()
                .map(|(_, l)| bench_value(l, k).map(|x| x as f64))
                .collect()
        };
        println!("{:<34} {}", format!("{what}: at boot"), fmt(cold));
        println!(
            "{:<34} {}",
            format!("{what}: again (warm)"),
            fmt(field("warm_mount_us")?)
        );
        println!(
            "{:<34} {}",
            format!("{what}: first open (index)"),
            fmt(field("first_access_us")?)
        );
        Ok(())
    };
    print_mounts("this image", &small)?;
    let big = runs(&crate::image_from_dir(&fs10_service()?)?)?;
    print_mounts("10 MiB file", &big)?;
    if let Some(l) = big[0]
        .0
        .lines()
        .find(|l| l.contains("mounted read-only in"))
    {
        println!("  ({})", l.trim());
    }
    Ok(())
}

/// `key=N` from a guest's BENCH line.
fn bench_value(line: &str, k: &str) -> Result<u64, String> {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(k)?.strip_prefix('='))
        .and_then(|v| v.parse().ok())
        .ok_or(format!("no {k} in {line}"))
}

/// The boot line's mount time: "files: ..., mounted read-only in N us".
fn cold_mount_us(console: &str) -> Option<u64> {
    console
        .lines()
        .find(|l| l.contains("mounted read-only in"))
        .and_then(|l| {
            l.rsplit("in ")
                .next()?
                .trim_end_matches(" us")
                .parse::<u64>()
                .ok()
        })
}

/// A service folder (under target/) that is the selftest service with one
/// 10 MiB file of pseudo-random bytes as its sealed files.
fn fs10_service() -> Result<std::path::PathBuf, String> {
    let home = crate::mote_home();
    let dir = home.join("target/mote-bench/fs10");
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    std::fs::create_dir_all(dir.join("files")).map_err(io)?;
    std::fs::create_dir_all(dir.join("src")).map_err(io)?;
    let selftest = home.join("kernel/tests/selftest");
    let files: [(&str, String); 3] = [
        (
            "Cargo.toml",
            format!(
                "[package]\nname = \"mote-bench-fs10\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
                 [workspace]\n\n[dependencies]\nselftest = {{ package = \"kernel-selftest\", path = {:?} }}\n",
                selftest.display().to_string()
            ),
        ),
        (
            "src/lib.rs",
            "//! The selftest service, sealed with a 10 MiB file (`mote bench fs`).\n#![no_std]\npub use selftest::main;\n".into(),
        ),
        (
            "mote.toml",
            "name = \"fs10\"\nkind = \"rust\"\nmemory = \"256M\"\nfiles = \"files\"\n".into(),
        ),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).map_err(io)?;
        }
    }
    let big = dir.join("files/big.bin");
    const LEN: u64 = 10 << 20;
    if std::fs::metadata(&big).map(|m| m.len()).ok() != Some(LEN) {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let bytes: Vec<u8> = (0..LEN)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        std::fs::write(&big, bytes).map_err(io)?;
    }
    Ok(dir)
}

/// A guest booted for a benchmark, killed when dropped.
struct BenchGuest(std::process::Child);

impl Drop for BenchGuest {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Boots a service that listens on TCP port 8080, forwarded from a free
/// host port, once it accepts connections (plus a second to settle).
fn boot_tcp_service(image: &Path, accel: Accel) -> Result<(BenchGuest, u16), String> {
    let port = free_port();
    let probe = || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok();
    let guest = boot_for_bench(
        image,
        accel,
        vec![qemu::PortForward {
            udp: false,
            host: port,
            guest: 8080,
        }],
        &probe,
    )?;
    std::thread::sleep(Duration::from_secs(1));
    Ok((guest, port))
}

fn boot_for_bench(
    image: &Path,
    accel: Accel,
    ports: Vec<qemu::PortForward>,
    probe: &dyn Fn() -> bool,
) -> Result<BenchGuest, String> {
    let mem = qemu::inspect_image(image)?.memory_mib.unwrap_or(64);
    let (guest, _) = boot_until_answer(image, accel, ports, mem, probe, Duration::from_secs(30))?
        .ok_or_else(|| format!("{} did not answer within 30 s", image.display()))?;
    Ok(guest)
}

/// Starts QEMU on `image` with `memory_mib` and polls `probe` until it
/// answers: the guest and the time from starting QEMU to the first answer,
/// or None if it never answered within `limit` (or QEMU ended first).
fn boot_until_answer(
    image: &Path,
    accel: Accel,
    ports: Vec<qemu::PortForward>,
    memory_mib: u32,
    probe: &dyn Fn() -> bool,
    limit: Duration,
) -> Result<Option<(BenchGuest, Duration)>, String> {
    let qemu = qemu::qemu_binary()?;
    let opts = RunOptions {
        ports,
        ..RunOptions::new(image, accel)
    };
    let mut cmd = qemu::qemu_command(&qemu, &opts, accel, memory_mib);
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let t0 = std::time::Instant::now();
    let mut guest = BenchGuest(cmd.spawn().map_err(|e| format!("cannot start QEMU: {e}"))?);
    while !probe() {
        let exited = guest.0.try_wait().ok().flatten().is_some();
        if exited || t0.elapsed() > limit {
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let first = t0.elapsed();
    Ok(Some((guest, first)))
}

/// A probe that sends `msg` to UDP `port` and waits `wait` for any reply.
fn udp_probe(port: u16, msg: &'static [u8], wait: Duration) -> impl Fn() -> bool {
    move || {
        let Ok(s) = std::net::UdpSocket::bind("127.0.0.1:0") else {
            return false;
        };
        let _ = s.set_read_timeout(Some(wait));
        let _ = s.send_to(msg, ("127.0.0.1", port));
        s.recv_from(&mut [0u8; 2048]).is_ok()
    }
}

/// (files, bytes) of the class files below `dir`.
fn class_tree(dir: &Path) -> (u64, u64) {
    let mut acc = (0, 0);
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            let (c, b) = class_tree(&p);
            acc = (acc.0 + c, acc.1 + b);
        } else if p.extension().is_some_and(|x| x == "class") {
            acc = (
                acc.0 + 1,
                acc.1 + e.metadata().map(|m| m.len()).unwrap_or(0),
            );
        }
    }
    acc
}

/// `mote bench java`: Java services against their C twins in the same QEMU:
/// image size, tree shaking, PVH entry → Java main, QEMU start → first
/// reply, UDP round trips per second, and the smallest guest RAM that serves.
pub fn java_services(home: &Path, accel: Accel, secs: u64) -> Result<(), String> {
    let qemu_bin = qemu::qemu_binary()?;
    let out = home.join("target/mote-bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    // (Java service, C twin, request the load runs send)
    let pairs: [(&str, &str, &[u8]); 2] = [
        ("java-echo", "c-echo", &[0x5a; 64]),
        ("java-sort", "c-sort", b"42 7 -3 19 0 8 15 4"),
    ];
    let mut built = std::collections::BTreeMap::new();
    for name in pairs.iter().flat_map(|(j, c, _)| [*j, *c]).chain([
        "java-hello",
        "java-http",
        "c-httpd",
        "java-kv",
    ]) {
        let img = out.join(format!("{name}.mote"));
        crate::image_build::build(&home.join("images").join(name), &img)?;
        built.insert(name, img);
    }
    let accel = qemu::resolve_accel(&qemu_bin, accel, &built["c-echo"]);
    println!("Java vs C services on microvm, accel {accel:?}, QEMU user networking; {secs} s per load run");
    println!("{:<58} {:>14}", "metric", "value");
    let row = |m: String, v: String| println!("{m:<58} {v:>14}");
    for name in built.keys() {
        let size = std::fs::metadata(&built[name])
            .map_err(|e| e.to_string())?
            .len();
        row(
            format!("{name} image size (bytes, stripped)"),
            size.to_string(),
        );
    }
    let (all, all_bytes) = class_tree(Path::new(jvm_glue::JAVA_BASE_DIR));
    for name in ["java-echo", "java-sort", "java-hello"] {
        let staged = home
            .join("target/mote-build")
            .join(name)
            .join("fsroot/java.base");
        let (kept, kept_bytes) = class_tree(&staged);
        row(
            format!("{name} java.base classes kept (of {all}, {all_bytes} B)"),
            format!("{kept} ({kept_bytes} B)"),
        );
    }
    // PVH entry -> Java main: java-hello prints it with the `timing` argument
    let mut main_us = Vec::new();
    for _ in 0..3 {
        let opts = RunOptions {
            append: "-- world timing".into(),
            timeout: Some(Duration::from_secs(60)),
            ..RunOptions::new(&built["java-hello"], accel)
        };
        let mem = qemu::inspect_image(&built["java-hello"])?
            .memory_mib
            .unwrap_or(64);
        let o = qemu::qemu_command(&qemu_bin, &opts, accel, mem)
            .output()
            .map_err(|e| format!("cannot start QEMU: {e}"))?;
        let console = String::from_utf8_lossy(&o.stdout).into_owned();
        if let Some(us) = console
            .lines()
            .find_map(|l| l.strip_prefix("java main reached "))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|v| v.parse::<f64>().ok())
        {
            main_us.push(us);
        }
    }
    if let Some((lo, med, hi)) = stats(main_us) {
        row(
            "java-hello PVH entry -> Java main (us; min/median/max of 3)".into(),
            format!("{lo:.0}/{med:.0}/{hi:.0}"),
        );
    }
    for (java, c, request) in pairs {
        for name in [java, c] {
            let img = &built[name];
            let mem = qemu::inspect_image(img)?.memory_mib.unwrap_or(64);
            let port = free_port();
            let fwd = || {
                vec![qemu::PortForward {
                    udp: true,
                    host: port,
                    guest: 8080,
                }]
            };
            let probe = udp_probe(port, b"1", Duration::from_millis(20));
            let mut firsts = Vec::new();
            for _ in 0..3 {
                if let Some((_g, first)) =
                    boot_until_answer(img, accel, fwd(), mem, &probe, Duration::from_secs(60))?
                {
                    firsts.push(first.as_secs_f64() * 1000.0);
                }
            }
            if let Some((lo, med, hi)) = stats(firsts) {
                row(
                    format!("{name} QEMU start -> first reply (ms; min/median/max)"),
                    format!("{lo:.0}/{med:.0}/{hi:.0}"),
                );
            }
            {
                let slow = udp_probe(port, b"1", Duration::from_millis(300));
                let _g = boot_for_bench(img, accel, fwd(), &slow)?;
                for inflight in [1, 64] {
                    let rate = udp_round_trips_with(port, request, inflight, secs);
                    row(
                        format!("{name} UDP round trips/s ({inflight} in flight)"),
                        format!("{rate:.0}"),
                    );
                }
            }
            // the smallest guest RAM (MiB) that boots and answers
            let mut smallest = None;
            for mib in [4u32, 6, 8, 10, 12, 16, 24, 32, 48, 64] {
                let probe = udp_probe(port, b"1", Duration::from_millis(200));
                if boot_until_answer(img, accel, fwd(), mib, &probe, Duration::from_secs(20))?
                    .is_some()
                {
                    smallest = Some(mib);
                    break;
                }
            }
            row(
                format!("{name} smallest guest RAM that serves (MiB)"),
                smallest.map_or("> 64".into(), |m| m.to_string()),
            );
        }
    }
    // HTTP: com.sun.net.httpserver in Java against the C server, same page size class
    for (name, path) in [("java-http", "/"), ("c-httpd", "/index.html")] {
        let (_g, port) = boot_tcp_service(&built[name], accel)?;
        for clients in [1, 8] {
            let rate = http_requests(port, path, clients, secs);
            row(
                format!("{name} keep-alive GETs/s ({clients} connections)"),
                format!("{rate:.0}"),
            );
        }
    }
    // kv: SET/GET lines over TCP (no C twin to compare with)
    let (_g, port) = boot_tcp_service(&built["java-kv"], accel)?;
    for clients in [1, 8] {
        let rate = kv_requests(port, clients, secs);
        row(
            format!("java-kv requests/s, SET+GET lines ({clients} connections)"),
            format!("{rate:.0}"),
        );
    }
    Ok(())
}

/// A free UDP port on the host (bound and released).
pub(crate) fn free_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0")
        .and_then(|s| s.local_addr())
        .map(|a| a.port())
        .unwrap_or(18999)
}

/// UDP round trips per second with `inflight` datagrams outstanding, for `secs`.
fn udp_round_trips(port: u16, inflight: usize, secs: u64) -> f64 {
    udp_round_trips_with(port, &[0x5au8; 64], inflight, secs)
}

/// `udp_round_trips` with a given request.
pub(crate) fn udp_round_trips_with(port: u16, msg: &[u8], inflight: usize, secs: u64) -> f64 {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut buf = [0u8; 2048];
    for _ in 0..inflight {
        let _ = s.send_to(msg, ("127.0.0.1", port));
    }
    let (t0, mut done) = (std::time::Instant::now(), 0u64);
    while t0.elapsed() < Duration::from_secs(secs) {
        // an error is a lost datagram: put one back in flight all the same
        if s.recv_from(&mut buf).is_ok() {
            done += 1;
        }
        let _ = s.send_to(msg, ("127.0.0.1", port));
    }
    done as f64 / t0.elapsed().as_secs_f64()
}

/// HTTP/1.1 keep-alive GETs per second from `clients` connections, for `secs`.
fn http_requests(port: u16, path: &str, clients: usize, secs: u64) -> f64 {
    use std::io::{Read, Write};
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let req = format!("GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n");
            std::thread::spawn(move || {
                let mut done = 0u64;
                let Ok(mut c) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
                    return 0;
                };
                let _ = c.set_read_timeout(Some(Duration::from_secs(5)));
                let mut buf = vec![0u8; 65536];
                while std::time::Instant::now() < deadline {
                    if c.write_all(req.as_bytes()).is_err() {
                        break;
                    }
                    // read the head, then Content-Length bytes of body
                    let mut have = Vec::new();
                    let body_len;
                    loop {
                        let Ok(n) = c.read(&mut buf) else { return done };
                        if n == 0 {
                            return done;
                        }
                        have.extend_from_slice(&buf[..n]);
                        if let Some(end) = have.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&have[..end]).to_ascii_lowercase();
                            let len = head
                                .lines()
                                .find_map(|l| {
                                    l.strip_prefix("content-length:")
                                        .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                                })
                                .unwrap_or(0);
                            body_len = end + 4 + len;
                            break;
                        }
                    }
                    while have.len() < body_len {
                        let Ok(n) = c.read(&mut buf) else { return done };
                        if n == 0 {
                            return done;
                        }
                        have.extend_from_slice(&buf[..n]);
                    }
                    done += 1;
                }
                done
            })
        })
        .collect();
    let total: u64 = threads.into_iter().map(|t| t.join().unwrap_or(0)).sum();
    total as f64 / secs as f64
}

/// `mote bench c`: the C example services' image sizes, c-echo UDP round
/// trips and c-httpd requests per second, over QEMU user networking.
pub fn c_services(home: &Path, accel: Accel, secs: u64) -> Result<(), String> {
    let qemu_bin = qemu::qemu_binary()?;
    let out = home.join("target/mote-bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut images = Vec::new();
    for name in ["c-echo", "c-facfib", "c-sort", "c-httpd"] {
        let img = out.join(format!("{name}.mote"));
        crate::image_build::build(&home.join("images").join(name), &img)?;
        images.push((name, img));
    }
    let accel = qemu::resolve_accel(&qemu_bin, accel, &images[0].1);
    println!("C services on microvm, accel {accel:?}, QEMU user networking; {secs} s per load run");
    println!("{:<44} {:>14}", "metric", "value");
    for (name, img) in &images {
        let size = std::fs::metadata(img).map_err(|e| e.to_string())?.len();
        println!(
            "{:<44} {:>14}",
            format!("{name} image size (bytes, stripped)"),
            size
        );
    }
    let port = free_port();
    let echo = &images[0].1;
    let probe = || {
        let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        let _ = s.set_read_timeout(Some(Duration::from_millis(300)));
        let _ = s.send_to(b"ping", ("127.0.0.1", port));
        s.recv_from(&mut [0u8; 16]).is_ok()
    };
    {
        let _g = boot_for_bench(
            echo,
            accel,
            vec![qemu::PortForward {
                udp: true,
                host: port,
                guest: 8080,
            }],
            &probe,
        )?;
        for inflight in [1, 64] {
            let rate = udp_round_trips(port, inflight, secs);
            println!(
                "{:<44} {:>14.0}",
                format!("c-echo UDP round trips/s ({inflight} in flight)"),
                rate
            );
        }
    }
    {
        let (_g, port) = boot_tcp_service(&images[3].1, accel)?;
        for clients in [1, 8] {
            let rate = http_requests(port, "/index.html", clients, secs);
            println!(
                "{:<44} {:>14.0}",
                format!("c-httpd keep-alive GETs/s ({clients} connections)"),
                rate
            );
        }
    }
    Ok(())
}

/// Request lines answered per second by the kv service, from `clients`
/// connections alternating SET and GET of their own keys, for `secs`.
fn kv_requests(port: u16, clients: usize, secs: u64) -> f64 {
    use std::io::{BufRead, BufReader, Write};
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            std::thread::spawn(move || {
                let Ok(s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
                    return 0u64;
                };
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                let _ = s.set_nodelay(true);
                let mut w = match s.try_clone() {
                    Ok(w) => w,
                    Err(_) => return 0,
                };
                let mut r = BufReader::new(s);
                let (mut done, mut line) = (0u64, String::new());
                while std::time::Instant::now() < deadline {
                    let req = if done % 2 == 0 {
                        format!("SET k{c}-{} value{done}\n", done % 64)
                    } else {
                        format!("GET k{c}-{}\n", (done - 1) % 64)
                    };
                    if w.write_all(req.as_bytes()).is_err() {
                        break;
                    }
                    line.clear();
                    match r.read_line(&mut line) {
                        Ok(n) if n > 0 => done += 1,
                        _ => break,
                    }
                }
                done
            })
        })
        .collect();
    let total: u64 = threads.into_iter().map(|t| t.join().unwrap_or(0)).sum();
    total as f64 / secs as f64
}

/// A guest running the selftest's `net-echo` service, for `mote bench net`.
struct NetGuest {
    child: std::process::Child,
    console: std::sync::Arc<std::sync::Mutex<String>>,
}

impl NetGuest {
    fn start(cmd: std::process::Command) -> Result<NetGuest, String> {
        let (mut child, console) = qemu::spawn_with_console(cmd)?;
        let t = std::time::Instant::now();
        while !console.lock().unwrap().contains("net-echo: ready") {
            if t.elapsed() > Duration::from_secs(60) || child.try_wait().ok().flatten().is_some() {
                let _ = child.kill();
                return Err(format!(
                    "the guest did not get ready:\n{}",
                    console.lock().unwrap()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(NetGuest { child, console })
    }
}

impl Drop for NetGuest {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn net_free_port(udp: bool) -> u16 {
    if udp {
        std::net::UdpSocket::bind("127.0.0.1:0")
            .and_then(|s| s.local_addr())
            .map(|a| a.port())
            .unwrap_or(24000)
    } else {
        std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|s| s.local_addr())
            .map(|a| a.port())
            .unwrap_or(24001)
    }
}

/// Round trips per second with `window` datagrams of `size` bytes in flight, for `secs`.
fn net_udp_round_trips(
    addr: std::net::SocketAddr,
    window: usize,
    size: usize,
    secs: f64,
) -> (f64, u64) {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").unwrap();
    s.connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let msg = vec![0x5Au8; size];
    let mut buf = vec![0u8; 2048];
    let (mut done, mut lost) = (0u64, 0u64);
    let start = std::time::Instant::now();
    let mut in_flight = 0;
    while start.elapsed().as_secs_f64() < secs {
        while in_flight < window {
            let _ = s.send(&msg);
            in_flight += 1;
        }
        match s.recv(&mut buf) {
            Ok(_) => {
                done += 1;
                in_flight -= 1;
            }
            Err(_) => {
                lost += in_flight as u64;
                in_flight = 0;
            }
        }
    }
    let el = start.elapsed().as_secs_f64();
    (done as f64 / el, lost)
}

/// Host -> guest TCP stream: MB/s for `bytes`, confirmed by the guest's byte count.
fn tcp_stream(addr: std::net::SocketAddr, bytes: usize) -> Result<f64, String> {
    use std::io::{Read, Write};
    let mut c = std::net::TcpStream::connect(addr).map_err(|e| e.to_string())?;
    c.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let chunk = vec![0xA5u8; 64 * 1024];
    let start = std::time::Instant::now();
    let mut sent = 0;
    while sent < bytes {
        let n = chunk.len().min(bytes - sent);
        c.write_all(&chunk[..n]).map_err(|e| e.to_string())?;
        sent += n;
    }
    c.shutdown(std::net::Shutdown::Write)
        .map_err(|e| e.to_string())?;
    let mut count = [0u8; 8];
    c.read_exact(&mut count)
        .map_err(|e| format!("count: {e}"))?;
    let el = start.elapsed().as_secs_f64();
    let got = u64::from_le_bytes(count);
    if got != bytes as u64 {
        return Err(format!("guest counted {got} bytes of {bytes}"));
    }
    Ok(bytes as f64 / el / 1e6)
}

fn pid_cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let f: Vec<&str> = stat[stat.rfind(')')? + 2..].split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// `mote bench net`: UDP echo round trips (1 and 64 in flight), TCP stream
/// host -> guest, and an idle networked guest's host CPU, over QEMU user
/// networking and over a tap in a private network namespace.
pub fn net(image: &Path, accel: Accel, secs: f64) -> Result<(), String> {
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, image);
    println!(
        "network benchmark on microvm, accel {accel:?}, {secs} s per UDP figure (image {})",
        image.display()
    );
    println!("{:<6} {:<44} {:>12}", "net", "metric", "value");
    for backend in ["user", "tap"] {
        let ns;
        let (udp_addr, tcp_addr, ctl_addr, cmd);
        let mut opts = RunOptions {
            memory_mib: Some(256),
            append: "-- net-echo".into(),
            ..RunOptions::new(image, accel)
        };
        if backend == "user" {
            ns = None;
            let (u, t, c) = (
                net_free_port(true),
                net_free_port(false),
                net_free_port(true),
            );
            for (udp, host, guest) in [(true, u, 7), (false, t, 9), (true, c, 9)] {
                opts.ports.push(qemu::PortForward { udp, host, guest });
            }
            udp_addr = format!("127.0.0.1:{u}");
            tcp_addr = format!("127.0.0.1:{t}");
            ctl_addr = format!("127.0.0.1:{c}");
            cmd = qemu::qemu_command(&qemu, &opts, accel, 256);
        } else {
            let n = match crate::netns::NetNs::create(
                &format!("mote-bench-{}", std::process::id()),
                "mbtap0",
                "10.78.0.1/24",
            ) {
                Ok(n) => n,
                Err(e) => {
                    println!("{:<6} skipped: {e}", backend);
                    continue;
                }
            };
            opts.tap = Some(n.tap.clone());
            opts.append = "ip=10.78.0.2/24 gw=10.78.0.1 -- net-echo".into();
            let q = qemu::qemu_command(&qemu, &opts, accel, 256);
            let mut c = n.command(&q.get_program().to_string_lossy());
            c.args(q.get_args());
            cmd = c;
            udp_addr = "10.78.0.2:7".into();
            tcp_addr = "10.78.0.2:9".into();
            ctl_addr = "10.78.0.2:9".into();
            ns = Some(n);
        }
        let guest = NetGuest::start(cmd)?;
        let pid = guest.child.id();
        let udp_a: std::net::SocketAddr = udp_addr.parse().unwrap();
        let tcp_a: std::net::SocketAddr = tcp_addr.parse().unwrap();
        let ctl_a: std::net::SocketAddr = ctl_addr.parse().unwrap();
        let stream_bytes = 64 << 20;
        let ns_name = ns.as_ref().map(|n: &crate::netns::NetNs| n.name.clone());
        // clients run on a thread that joins the namespace for the tap backend
        let results = std::thread::spawn(move || -> Result<Vec<(String, String)>, String> {
            if let Some(name) = ns_name {
                let tmp = crate::netns::NetNs {
                    name,
                    tap: String::new(),
                };
                let r = tmp.enter_current_thread();
                std::mem::forget(tmp);
                r?;
            }
            let mut out = vec![];
            // warm-up
            let _ = net_udp_round_trips(udp_a, 1, 64, 0.5);
            let (r1, _) = net_udp_round_trips(udp_a, 1, 64, secs);
            out.push((
                "UDP echo, 1 in flight, 64 B, round trips/s".into(),
                format!("{r1:.0}"),
            ));
            let (r64, lost) = net_udp_round_trips(udp_a, 64, 64, secs);
            out.push((
                "UDP echo, 64 in flight, 64 B, round trips/s".into(),
                format!("{r64:.0}"),
            ));
            out.push(("  (datagrams lost in that run)".into(), format!("{lost}")));
            let (r64b, _) = net_udp_round_trips(udp_a, 64, 1472, secs);
            out.push((
                "UDP echo, 64 in flight, 1472 B, round trips/s".into(),
                format!("{r64b:.0}"),
            ));
            let mbs = tcp_stream(tcp_a, stream_bytes)?;
            out.push((
                "TCP stream host -> guest, 64 MiB, MB/s".into(),
                format!("{mbs:.1}"),
            ));
            // idle: nothing sent for 5 s
            let t0 = pid_cpu_ticks(pid);
            std::thread::sleep(Duration::from_secs(5));
            let t1 = pid_cpu_ticks(pid);
            if let (Some(a), Some(b)) = (t0, t1) {
                // clock ticks of 1/100 s over 5 s
                out.push((
                    "idle guest: QEMU CPU, % of a core (5 s)".into(),
                    format!("{:.1}", (b - a) as f64 / 5.0),
                ));
            }
            let s = std::net::UdpSocket::bind("0.0.0.0:0").map_err(|e| e.to_string())?;
            let _ = s.send_to(b"quit", ctl_a);
            Ok(out)
        })
        .join()
        .map_err(|_| "benchmark client panicked".to_string())??;
        for (k, v) in results {
            println!("{backend:<6} {k:<44} {v:>12}");
        }
        let t = std::time::Instant::now();
        let mut guest = guest;
        while guest.child.try_wait().ok().flatten().is_none()
            && t.elapsed() < Duration::from_secs(5)
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        let console = guest.console.lock().unwrap().clone();
        if let Some(l) = console.lines().find(|l| l.starts_with("NETSTATS final")) {
            println!(
                "{backend:<6} guest: {}",
                l.trim_start_matches("NETSTATS final ")
            );
        }
        drop(guest);
        drop(ns);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_the_kernels_boot_line() {
        let console = "Mote 0.1.0\n  boot: 2745 us from PVH entry to app entry\nHello\n";
        assert_eq!(super::parse_boot_us(console), Some(2745.0));
        assert_eq!(super::parse_boot_us("nothing"), None);
    }
}
