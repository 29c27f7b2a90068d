//! Mutation fuzzer for mount + walk + read (stable Rust, no cargo-fuzz).
//!
//! Usage: fs-fuzz [--cases N] [--threads T] [--seed S] [--start K] [--replay CASE OUT.img]
//!
//! Every case is a pure function of (seed, case number). A panic prints the
//! case number (the workspace builds with panic=abort, so the process stops
//! there); a case that runs longer than 10 s is reported as a hang and the
//! process aborts. Replay a case with `--replay CASE out.img` and mount the
//! image in a test.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fs::fuzz::{Fuzzer, Outcome};

fn arg(args: &[String], name: &str) -> Option<u64> {
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1)?.parse().ok()
}

thread_local! {
    static CURRENT: std::cell::Cell<u64> = const { std::cell::Cell::new(u64::MAX) };
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let cases = arg(&args, "--cases").unwrap_or(100_000);
    let threads = arg(&args, "--threads").unwrap_or(2).max(1);
    let seed = arg(&args, "--seed").unwrap_or(1);
    let start = arg(&args, "--start").unwrap_or(0);
    if let Some(i) = args.iter().position(|a| a == "--replay") {
        let case: u64 = args[i + 1].parse().expect("case number");
        let out = &args[i + 2];
        let img = Fuzzer::new(seed).case_image(case);
        std::fs::write(out, &img).expect("write image");
        println!("case {case} (seed {seed}): {} bytes -> {out}", img.len());
        println!("outcome: {:?}", fs::fuzz::exercise(&img, case & 1 == 1));
        return;
    }

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let case = CURRENT.with(|c| c.get());
        eprintln!("FUZZ FAILURE: panic in case {case} (seed {seed}); replay with --seed {seed} --replay {case} out.img");
        default_hook(info);
    }));

    let t0 = Instant::now();
    let progress: Arc<Vec<AtomicU64>> =
        Arc::new((0..threads).map(|_| AtomicU64::new(u64::MAX)).collect());
    let done = Arc::new(AtomicU64::new(0));
    let stats = Arc::new((AtomicU64::new(0), AtomicU64::new(0)));
    let kinds: Arc<std::sync::Mutex<std::collections::BTreeMap<String, u64>>> = Arc::default();
    {
        let progress = progress.clone();
        let done = done.clone();
        std::thread::spawn(move || {
            let mut last: Vec<u64> = vec![u64::MAX - 1; progress.len()];
            let mut still = vec![0u32; progress.len()];
            loop {
                std::thread::sleep(Duration::from_secs(1));
                for (i, p) in progress.iter().enumerate() {
                    let cur = p.load(Ordering::Relaxed);
                    if cur != u64::MAX && cur == last[i] {
                        still[i] += 1;
                        if still[i] >= 10 {
                            eprintln!("FUZZ FAILURE: case {cur} (seed {seed}) ran for 10 s: hang");
                            std::process::abort();
                        }
                    } else {
                        still[i] = 0;
                    }
                    last[i] = cur;
                }
                let d = done.load(Ordering::Relaxed);
                eprint!("\r{d} cases, {:.0} s   ", t0.elapsed().as_secs_f64());
            }
        });
    }
    let mut handles = Vec::new();
    for t in 0..threads {
        let progress = progress.clone();
        let done = done.clone();
        let stats = stats.clone();
        let kinds = kinds.clone();
        handles.push(std::thread::spawn(move || {
            let mut f = Fuzzer::new(seed);
            let mut local: std::collections::BTreeMap<String, u64> = Default::default();
            let mut case = start + t;
            while case < start + cases {
                CURRENT.with(|c| c.set(case));
                progress[t as usize].store(case, Ordering::Relaxed);
                match f.run(case) {
                    Outcome::Mounted { .. } => stats.0.fetch_add(1, Ordering::Relaxed),
                    Outcome::Rejected(e) => {
                        let key = match e {
                            fs::FsError::Corrupt(fs::Corruption::BadBootSector(_)) => {
                                "Corrupt(BadBootSector)".to_string()
                            }
                            e => format!("{e:?}"),
                        };
                        *local.entry(key).or_default() += 1;
                        stats.1.fetch_add(1, Ordering::Relaxed)
                    }
                };
                done.fetch_add(1, Ordering::Relaxed);
                case += threads;
            }
            progress[t as usize].store(u64::MAX, Ordering::Relaxed);
            let mut k = kinds.lock().unwrap();
            for (key, n) in local {
                *k.entry(key).or_default() += n;
            }
        }));
    }
    for h in handles {
        h.join().expect("worker");
    }
    let secs = t0.elapsed().as_secs_f64();
    let n = done.load(Ordering::Relaxed);
    eprintln!();
    println!(
        "fs-fuzz: {n} cases (seed {seed}, cases {start}..{}), {} mounted, {} rejected with an error, 0 panics, 0 hangs, {secs:.1} s ({:.0} cases/s, {threads} threads)",
        start + cases,
        stats.0.load(Ordering::Relaxed),
        stats.1.load(Ordering::Relaxed),
        n as f64 / secs
    );
    for (k, n) in kinds.lock().unwrap().iter() {
        println!("  rejected {k}: {n}");
    }
}
