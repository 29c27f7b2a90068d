//! Host micro-benchmark: read throughput through the VFS next to a plain
//! memcpy of the same bytes, and mount time. Prints a table; asserts nothing
//! about speed.
//!
//! cargo run --release -p mote-fs --features pack --example fs-bench

use std::hint::black_box;
use std::time::Instant;

use fs::pack::{pack_files, PackOptions};
use fs::{Fs, MountOptions, SeekFrom};

fn data(len: usize) -> Vec<u8> {
    let mut x = 0x1234_5678_9ABC_DEF1u64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// Runs `f` (which moves `bytes_per_call` bytes) until ~0.5 s has passed;
/// returns MB/s (10^6 bytes per second).
fn rate(bytes_per_call: usize, mut f: impl FnMut()) -> f64 {
    for _ in 0..3 {
        f();
    }
    let t = Instant::now();
    let mut calls = 0u64;
    while t.elapsed().as_secs_f64() < 0.5 {
        for _ in 0..16 {
            f();
        }
        calls += 16;
    }
    (calls as f64 * bytes_per_call as f64) / t.elapsed().as_secs_f64() / 1e6
}

fn main() {
    // A 10 MiB image: one 8 MiB file and 500 small class-like files.
    let big = data(8 << 20);
    let small: Vec<(String, Vec<u8>)> = (0..500)
        .map(|i| {
            (
                format!("app/classes/pkg{}/C{i}.class", i % 10),
                data(1000 + i * 7),
            )
        })
        .collect();
    let mut files: Vec<(&str, &[u8])> = small
        .iter()
        .map(|(p, d)| (p.as_str(), d.as_slice()))
        .collect();
    files.push(("data/big.bin", &big));
    let img = pack_files(&files, &[], &PackOptions::default()).unwrap();

    let mount_us = |opts: MountOptions| {
        let t = Instant::now();
        let n = 20;
        for _ in 0..n {
            black_box(Fs::mount_with(black_box(&img), &opts).unwrap());
        }
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    };
    let m_fast = mount_us(MountOptions::default());
    let m_checked = mount_us(MountOptions {
        cross_check: true,
        ..MountOptions::default()
    });

    let mut fs = Fs::mount(&img).unwrap();
    let sum = fs.summary();
    println!("image: {} bytes; {sum}", img.len());
    println!("mount: {m_fast:.0} us (index only), {m_checked:.0} us (with FAT crate cross-check)");
    println!();
    let fd = fs.open("/data/big.bin").unwrap();
    let file_len = big.len();
    let src = fs.contents(fd).unwrap().expect("contiguous");

    println!("| read size | Fs::read MB/s | Fs::pread MB/s | memcpy MB/s | read / memcpy |");
    println!("|---|---|---|---|---|");
    for &chunk in &[4096usize, 1 << 20] {
        let mut buf = vec![0u8; chunk];
        fs.seek(fd, SeekFrom::Start(0)).unwrap();
        let mut pos = 0usize;
        let r_read = rate(chunk, || {
            if pos + chunk > file_len {
                fs.seek(fd, SeekFrom::Start(0)).unwrap();
                pos = 0;
            }
            let n = fs.read(fd, black_box(&mut buf)).unwrap();
            assert_eq!(n, chunk);
            pos += n;
            black_box(&buf);
        });
        let mut off = 0usize;
        let r_pread = rate(chunk, || {
            if off + chunk > file_len {
                off = 0;
            }
            black_box(fs.pread(fd, black_box(&mut buf), off as u64).unwrap());
            off += chunk;
        });
        let mut off = 0usize;
        let r_copy = rate(chunk, || {
            if off + chunk > file_len {
                off = 0;
            }
            black_box(&mut buf).copy_from_slice(black_box(&src[off..off + chunk]));
            off += chunk;
        });
        println!(
            "| {} | {r_read:.0} | {r_pread:.0} | {r_copy:.0} | {:.0}% |",
            if chunk == 4096 {
                "4 KiB".to_string()
            } else {
                "1 MiB".to_string()
            },
            100.0 * r_read / r_copy
        );
    }
}
