//! Kernel self-tests run inside a booted image; the first argument picks
//! one. Each either prints a result line the boot tests check, or faults
//! on purpose so the tests can check the kernel's report.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use core::hint::black_box;
use kernel::println;

pub fn main(args: &[&str]) -> i32 {
    match args.first().copied() {
        Some("null") => null_read(),
        Some("write-code") => write_code(),
        Some("exec-data") => exec_data(),
        Some("stack-overflow") => {
            println!("recursing until the boot stack overflows");
            recurse(0)
        }
        Some("alloc") => alloc_pattern(),
        Some("oom") => out_of_memory(),
        Some("panic") => panic!("self-test panic with value {}", black_box(42)),
        Some("timer") => timer(),
        Some("spin") => spin(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5)),
        Some("threads-progress") => sched_tests::progress(),
        Some("preempt") => sched_tests::preempt(),
        Some("queue") => sched_tests::queue(
            args.get(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1_000_000),
        ),
        Some("fpu") => sched_tests::fpu(),
        Some("switch-state") => sched_tests::switch_state(),
        Some("sleep") => sched_tests::sleep_accuracy(),
        Some("idle") => sched_tests::idle(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000)),
        Some("thread-overflow") => sched_tests::thread_overflow(),
        Some("join") => sched_tests::join_and_exit_codes(),
        Some("bench-sched") => sched_tests::bench(),
        Some("fs-sha") => fs_tests::sha(args.get(1).copied().unwrap_or("/big.bin")),
        Some("fs-write") => fs_tests::write_attempts(),
        Some("fs-ls") => fs_tests::list(),
        Some("fs-bench") => fs_tests::bench(args.get(1).copied().unwrap_or("/big.bin")),
        Some("sleep-forever") => {
            sched_tests::sleep_secs(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10))
        }
        Some("net-info") => net_tests::info(),
        Some("net-api") => net_tests::api(
            args.get(1).and_then(|s| s.parse().ok()).unwrap_or(7777),
            args.get(2).and_then(|s| s.parse().ok()),
        ),
        Some("net-echo") => {
            net_tests::echo(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(128))
        }
        Some("exit") => args.get(1).and_then(|s| s.parse().ok()).unwrap_or(0),
        other => {
            println!("selftest: unknown test {other:?}");
            2
        }
    }
}

fn null_read() -> i32 {
    let p = black_box(0usize) as *const u64;
    // SAFETY: deliberately invalid; the kernel must report the page fault.
    let v = unsafe { p.read_volatile() };
    println!("read {v} from address 0: the null page is mapped!");
    1
}

fn write_code() -> i32 {
    let f = black_box(main as fn(&[&str]) -> i32) as usize as *mut u8;
    // SAFETY: deliberately invalid; text is mapped read-only.
    unsafe { f.write_volatile(0xC3) };
    println!("wrote into a code page: text is writable!");
    1
}

static mut DATA_CODE: [u8; 16] = [0xC3; 16]; // `ret`

fn exec_data() -> i32 {
    // SAFETY: deliberately invalid; data is mapped no-execute.
    let f: extern "C" fn() =
        unsafe { core::mem::transmute(black_box(&raw const DATA_CODE as usize)) };
    f();
    println!("executed data: data is executable!");
    1
}

#[inline(never)]
fn recurse(depth: u64) -> i32 {
    let mut pad = [0u8; 512];
    black_box(&mut pad);
    pad[0] = depth as u8;
    if black_box(depth) == u64::MAX {
        return pad[0] as i32;
    }
    recurse(depth + 1) + black_box(pad[1]) as i32
}

/// Allocates well over half of RAM in 1 MiB blocks, fills each with a
/// pattern derived from its index, checks all, frees, then does it again
/// as one block: the heap covers the RAM and gives it back.
fn alloc_pattern() -> i32 {
    let total = kernel::total_ram();
    let target = total * 6 / 10;
    const BLOCK: usize = 1 << 20;
    let mut blocks: Vec<Vec<u64>> = Vec::new();
    while (blocks.len() * BLOCK) < target as usize {
        let i = blocks.len() as u64;
        let mut v: Vec<u64> = Vec::with_capacity(BLOCK / 8);
        v.extend((0..BLOCK as u64 / 8).map(|j| (i << 32) ^ j.wrapping_mul(0x9E37_79B9_7F4A_7C15)));
        blocks.push(v);
    }
    for (i, v) in blocks.iter().enumerate() {
        for (j, &x) in v.iter().enumerate() {
            if x != ((i as u64) << 32) ^ (j as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) {
                println!("alloc: pattern mismatch in block {i} word {j}");
                return 1;
            }
        }
    }
    let mib = blocks.len();
    drop(blocks);
    let mut big: Vec<u8> = Vec::with_capacity(target as usize);
    big.resize(target as usize, 0xA5);
    let ok = big.iter().step_by(4096).all(|&b| b == 0xA5);
    println!(
        "alloc: ok={ok} blocks={mib} MiB of {} MiB RAM, then one block of {} MiB",
        total >> 20,
        target >> 20
    );
    if ok {
        0
    } else {
        1
    }
}

fn out_of_memory() -> i32 {
    let mut v: Vec<Vec<u8>> = Vec::new();
    loop {
        v.push(Vec::with_capacity(black_box(16 << 20)));
    }
}

/// Ten 1 ms sleeps: each needs a LAPIC one-shot interrupt to end (nothing
/// else runs), and the clock must have advanced at least 10 ms.
fn timer() -> i32 {
    let start = kernel::clock::now_ns();
    let mut ticks = 0;
    for _ in 0..10 {
        kernel::thread::sleep_ns(1_000_000);
        ticks += 1;
    }
    let elapsed = kernel::clock::now_ns() - start;
    println!("timer: ticks={ticks} elapsed_us={}", elapsed / 1000);
    0
}

/// Keeps the CPU busy in one named function for `secs` seconds (what
/// `mote profile`'s test expects to find).
fn spin(secs: u64) -> i32 {
    let n = spin_for_profile(secs * 1_000_000_000);
    println!("spin: done ({n} rounds)");
    0
}

#[inline(never)]
fn spin_for_profile(ns: u64) -> u64 {
    let end = kernel::clock::now_ns() + ns;
    let mut rounds = 0u64;
    while kernel::clock::now_ns() < end {
        for _ in 0..1000 {
            rounds = black_box(rounds.wrapping_add(1));
        }
    }
    rounds
}

mod fs_tests;
mod net_tests;
mod sched_tests;
