//! `jvm-bench`: runs the CPU-bound programs in `jvm-glue/bench/java` (and
//! differential test programs from `jvm-glue/tests/java` with a larger
//! workload given as arguments) on Mote's
//! JVM, on `java -Xint` and on `java` (JIT), and prints a table of wall times,
//! ratios and peak RSS. A benchmark, not a test: it asserts nothing about speed,
//! only that all three VMs print the same output.
//!
//! Usage: `cargo run --release -p jvm-glue --bin jvm-bench [-- --runs N]`
//! (needs GNU time at /usr/bin/time for RSS; times are the best of N runs).
use std::path::{Path, PathBuf};
use std::process::Command;

use jvm_glue::BENCH_PROGRAMS as PROGRAMS;

struct Sample {
    secs: f64,
    rss_kb: u64,
    out: Vec<u8>,
}

fn measure(cmd: &[&str], classes: &Path) -> Sample {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "@@TIME %e %M"])
        .args(cmd)
        .current_dir(classes)
        .output()
        .expect("run /usr/bin/time");
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .rev()
        .find(|l| l.starts_with("@@TIME"))
        .unwrap_or("@@TIME 0 0");
    let mut parts = line.split_whitespace().skip(1);
    let secs = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
    let rss_kb = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    Sample {
        secs,
        rss_kb,
        out: out.stdout,
    }
}

fn best(cmd: &[&str], classes: &Path, runs: usize) -> Sample {
    let mut b = measure(cmd, classes);
    for _ in 1..runs {
        let s = measure(cmd, classes);
        if s.secs < b.secs {
            b = s;
        }
    }
    b
}

fn main() {
    let mut runs = 1;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().and_then(|v| v.parse().ok()).unwrap_or(1);
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let classes = std::env::temp_dir().join(format!("mote-bench-{}", std::process::id()));
    std::fs::create_dir_all(&classes).unwrap();
    let files: Vec<PathBuf> = PROGRAMS
        .iter()
        .map(|p| root.join(p.dir).join(format!("{}.java", p.name)))
        .collect();
    let st = jvm_glue::javac(&classes)
        .args(&files)
        .status()
        .expect("javac");
    assert!(st.success(), "javac failed");
    let mote = std::env::current_exe().unwrap().with_file_name("mote-jvm");
    let mote = mote.to_string_lossy().into_owned();
    println!("| program | Mote (s) | java -Xint (s) | java JIT (s) | Mote / -Xint | Mote / JIT | RSS Mote (MiB) | RSS -Xint (MiB) | RSS JIT (MiB) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let (mut log_xint, mut log_jit, mut n) = (0.0f64, 0.0f64, 0);
    for prog in PROGRAMS {
        let p = prog.name;
        let run = |vm: &[&str]| -> Sample {
            let cmd: Vec<&str> = vm.iter().chain(&[p]).chain(prog.args).copied().collect();
            best(&cmd, &classes, runs)
        };
        let m = run(&[&mote, "--cp", "."]);
        let x = run(&["java", "-Xint", "-cp", "."]);
        let j = run(&["java", "-cp", "."]);
        if m.out != x.out || m.out != j.out {
            println!("| {p} | OUTPUT DIFFERS | | | | | | | |");
            continue;
        }
        let mb = |kb: u64| kb as f64 / 1024.0;
        let r_x = m.secs.max(0.01) / x.secs.max(0.01);
        let r_j = m.secs.max(0.01) / j.secs.max(0.01);
        if p != "Hello" {
            log_xint += r_x.ln();
            log_jit += r_j.ln();
            n += 1;
        }
        println!(
            "| {p} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.1} | {:.1} | {:.1} |",
            m.secs,
            x.secs,
            j.secs,
            r_x,
            r_j,
            mb(m.rss_kb),
            mb(x.rss_kb),
            mb(j.rss_kb)
        );
    }
    if n > 0 {
        println!(
            "| geomean (without Hello) | | | | {:.2} | {:.2} | | | |",
            (log_xint / n as f64).exp(),
            (log_jit / n as f64).exp()
        );
    }
    let _ = std::fs::remove_dir_all(&classes);
}
