//! `mote bench boot`: image size and boot latency, as a table.
//! Benchmarks print figures; they never pass or fail on timing.

use crate::qemu::{self, Accel, Machine, RunOptions};
use std::path::Path;
use std::time::Duration;

fn stats(mut v: Vec<f64>) -> Option<(f64, f64, f64)> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
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
    let size = std::fs::metadata(image).map_err(|e| e.to_string())?.len();
    println!(
        "image: {} ({} bytes, stripped); {runs} runs per machine; accel {:?}",
        image.display(),
        size,
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
                image: image.to_path_buf(),
                ports: vec![],
                machine,
                accel,
                memory_mib: None,
                append: String::new(),
                gdb: None,
                timeout: Some(Duration::from_secs(30)),
                qemu_args: vec![],
                tap: None,
                pcap: None,
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

/// `mote bench sched`: the guest's own switch/yield/wake-up figures, and
/// what an idle guest (one thread asleep for 10 s) costs the host.
pub fn sched(image: &Path, accel: Accel) -> Result<(), String> {
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, image);
    let run = |append: &str, timeout: u64| -> Result<qemu::RunResult, String> {
        let opts = RunOptions {
            image: image.to_path_buf(),
            ports: vec![],
            machine: Machine::Microvm,
            accel,
            memory_mib: Some(256),
            append: append.into(),
            gdb: None,
            timeout: Some(Duration::from_secs(timeout)),
            qemu_args: vec![],
            tap: None,
            pcap: None,
        };
        let r = qemu::run_command(
            qemu::qemu_command(&qemu, &opts, accel, 256),
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
    };
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
/// next to memcpy, and mount times (the boot line's cold mount, a warm one).
pub fn fs(image: &Path, accel: Accel) -> Result<(), String> {
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, image);
    let opts = RunOptions {
        image: image.to_path_buf(),
        ports: vec![],
        machine: Machine::Microvm,
        accel,
        memory_mib: Some(256),
        append: "-- fs-bench /big.bin".into(),
        gdb: None,
        timeout: Some(Duration::from_secs(120)),
        qemu_args: vec![],
        tap: None,
        pcap: None,
    };
    let r = qemu::run_command(
        qemu::qemu_command(&qemu, &opts, accel, 256),
        opts.timeout,
        false,
    )?;
    let out = String::from_utf8_lossy(&r.stdout);
    if r.outcome != qemu::Outcome::Exited(0) {
        return Err(format!("fs-bench ended with {:?}:\n{out}", r.outcome));
    }
    let line = out
        .lines()
        .find(|l| l.starts_with("BENCH fs"))
        .ok_or("no BENCH line from the guest")?;
    let get = |k: &str| -> Result<u64, String> {
        line.split_whitespace()
            .find_map(|w| w.strip_prefix(k)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .ok_or(format!("no {k} in {line}"))
    };
    let cold = out
        .lines()
        .find(|l| l.contains("mounted read-only in"))
        .and_then(|l| {
            l.rsplit("in ")
                .next()?
                .trim_end_matches(" us")
                .parse::<u64>()
                .ok()
        });
    println!(
        "filesystem benchmark on microvm, accel {accel:?}: {} bytes file, {} bytes image",
        get("bytes")?,
        get("image_bytes")?
    );
    println!(
        "{:<34} {:>12} {:>12} {:>8}",
        "read size", "read MB/s", "memcpy MB/s", "ratio"
    );
    for (label, r, m) in [
        ("4 KiB", "read4k_mbs", "memcpy4k_mbs"),
        ("1 MiB", "read1m_mbs", "memcpy1m_mbs"),
    ] {
        let (r, m) = (get(r)?, get(m)?);
        println!("{label:<34} {r:>12} {m:>12} {:>7}%", r * 100 / m.max(1));
    }
    if let Some(us) = cold {
        println!("{:<34} {us:>12}", "mount at boot (first run), us");
    }
    println!(
        "{:<34} {:>12}",
        "mount again (code warm), us",
        get("warm_mount_us")?
    );
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
