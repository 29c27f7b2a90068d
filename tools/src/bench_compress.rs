//! `mote bench compress`: compressed images (`mote build --compress`, LZ4,
//! and `--compress=lzma`) against plain ones: file sizes, and what decompression costs at boot
//! (the kernel's "PVH entry to app entry", which starts at the stub's entry
//! in a compressed image, and the stub's own time from the banner).

use crate::bench::{parse_boot_us, stats};
use crate::qemu::{self, Accel, RunOptions};
use std::path::Path;
use std::time::Duration;

const SIZES: [&str; 6] = [
    "hello",
    "c-echo",
    "c-httpd",
    "java-echo",
    "java-http",
    "dns",
];
const BOOTS: [&str; 3] = ["hello", "c-echo", "java-echo"];
use crate::manifest::Compress;
const HOWS: [Compress; 3] = [Compress::No, Compress::Lz4, Compress::Lzma];

fn label(how: Compress) -> &'static str {
    match how {
        Compress::No => "",
        Compress::Lz4 => " --compress",
        Compress::Lzma => " --compress=lzma",
    }
}

/// "image: decompressed from N KiB in M us": M.
fn parse_decompress_us(console: &str) -> Option<f64> {
    let line = console
        .lines()
        .find(|l| l.contains("image: decompressed from"))?;
    line.split_whitespace()
        .skip_while(|w| *w != "in")
        .nth(1)?
        .parse()
        .ok()
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

pub fn run(home: &Path, accel: Accel, runs: usize) -> Result<(), String> {
    let dir = home.join("target/bench-compress");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let image = |name: &str, how: Compress| {
        let suffix = match how {
            Compress::No => "",
            Compress::Lz4 => "-z",
            Compress::Lzma => "-lzma",
        };
        dir.join(format!("{name}{suffix}.mote"))
    };
    for name in SIZES {
        for how in HOWS {
            crate::image_build::build_with(
                &home.join("images").join(name),
                &image(name, how),
                Some(how),
            )?;
        }
    }
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    println!(
        "{:<10} {:>12} {:>12} {:>7} {:>16} {:>7}",
        "image", "plain (B)", "--compress", "ratio", "--compress=lzma", "ratio"
    );
    for name in SIZES {
        let (a, b, c) = (
            size(&image(name, Compress::No)),
            size(&image(name, Compress::Lz4)),
            size(&image(name, Compress::Lzma)),
        );
        println!(
            "{name:<10} {a:>12} {b:>12} {:>7.2} {c:>16} {:>7.2}",
            a as f64 / b.max(1) as f64,
            a as f64 / c.max(1) as f64
        );
    }
    let qemu = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu, accel, &image("hello", Compress::No));
    println!();
    println!(
        "microvm, accel {accel:?}, {runs} runs each (min / median / max); host load average {}",
        load_average()
    );
    println!(
        "{:<28} {:>28} {:>28}",
        "image", "PVH entry -> app entry (us)", "of which decompression (us)"
    );
    for name in BOOTS {
        for how in HOWS {
            let img = image(name, how);
            let (mut boot, mut unpack) = (vec![], vec![]);
            for _ in 0..runs {
                // hello exits by itself; c-echo serves until the timeout
                let opts = RunOptions {
                    timeout: Some(Duration::from_secs(match name {
                        "hello" => 30,
                        "java-echo" => 6,
                        _ => 3,
                    })),
                    ..RunOptions::new(&img, accel)
                };
                let mem = qemu::inspect_image(&img)?.memory_mib.unwrap_or(64);
                let r = qemu::run_command(
                    qemu::qemu_command(&qemu, &opts, accel, mem),
                    opts.timeout,
                    false,
                )?;
                let out = String::from_utf8_lossy(&r.stdout);
                let b = parse_boot_us(&out).ok_or_else(|| {
                    format!("{}: no boot line:\n{out}{}", img.display(), r.stderr)
                })?;
                boot.push(b);
                unpack.extend(parse_decompress_us(&out));
            }
            let fmt = |v: Vec<f64>| {
                stats(v).map_or("-".to_string(), |(a, b, c)| {
                    format!("{a:.0} / {b:.0} / {c:.0}")
                })
            };
            println!(
                "{:<28} {:>28} {:>28}",
                format!("{name}{}", label(how)),
                fmt(boot),
                fmt(unpack)
            );
        }
    }
    println!("host load average after the runs: {}", load_average());
    Ok(())
}
