//! Scheduler self-tests and the scheduler benchmark (see tools/tests/boot.rs).

use alloc::collections::VecDeque;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::hint::black_box;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use kernel::clock::now_ns;
use kernel::println;
use kernel::thread::{self, Builder};
use sched::sync::{Condvar, Event, Mutex};

/// Two CPU-bound threads that never yield both make progress within a second.
pub fn progress() -> i32 {
    static STOP: AtomicBool = AtomicBool::new(false);
    static COUNTS: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];
    let handles: Vec<_> = (0..2)
        .map(|i| {
            thread::spawn("spinner", move || {
                while !STOP.load(Ordering::Relaxed) {
                    COUNTS[i].fetch_add(1, Ordering::Relaxed);
                }
                0
            })
        })
        .collect();
    thread::sleep_ns(1_000_000_000);
    STOP.store(true, Ordering::Relaxed);
    for h in handles {
        h.join();
    }
    println!(
        "progress: a={} b={}",
        COUNTS[0].load(Ordering::Relaxed),
        COUNTS[1].load(Ordering::Relaxed)
    );
    0
}

/// A high-priority thread waking from sleep preempts a busy low-priority one
/// at once (well within one slice).
pub fn preempt() -> i32 {
    static STOP: AtomicBool = AtomicBool::new(false);
    let busy = Builder::new("busy-low")
        .priority(2)
        .spawn(|| {
            while !STOP.load(Ordering::Relaxed) {
                black_box(0);
            }
            0
        })
        .unwrap();
    static LATE_US: [AtomicU64; 10] = [const { AtomicU64::new(0) }; 10];
    let high = Builder::new("high")
        .priority(14)
        .spawn(|| {
            for late in &LATE_US {
                let deadline = now_ns() + 20_000_000;
                thread::sleep_ns(20_000_000);
                late.store((now_ns() - deadline) / 1000, Ordering::Relaxed);
            }
            0
        })
        .unwrap();
    // main (priority 8) blocks in join, so only busy-low competes with high
    high.join();
    STOP.store(true, Ordering::Relaxed);
    busy.join();
    let mut late: Vec<u64> = LATE_US.iter().map(|l| l.load(Ordering::Relaxed)).collect();
    late.sort();
    let (median_us, worst_us) = (late[5], late[9]);
    println!(
        "preempt: median_latency_us={median_us} worst_latency_us={worst_us} slice_us={}",
        10_000
    );
    0
}

struct Queue {
    items: Mutex<VecDeque<u64>>,
    not_empty: Condvar,
    not_full: Condvar,
}

/// `total` messages through a bounded queue (mutex + condvar) between four
/// producers and four consumers: none lost, none duplicated.
pub fn queue(total: u64) -> i32 {
    let q = Arc::new(Queue {
        items: Mutex::new(VecDeque::new()),
        not_empty: Condvar::new(),
        not_full: Condvar::new(),
    });
    let per = total / 4;
    let start = now_ns();
    let producers: Vec<_> = (0..4u64)
        .map(|p| {
            let q = q.clone();
            thread::spawn("producer", move || {
                for i in 0..per {
                    let mut g = q.items.lock();
                    while g.len() >= 64 {
                        g = q.not_full.wait(g);
                    }
                    g.push_back(p * per + i + 1);
                    drop(g);
                    q.not_empty.notify_one();
                }
                0
            })
        })
        .collect();
    static SUM: AtomicU64 = AtomicU64::new(0);
    static COUNT: AtomicU64 = AtomicU64::new(0);
    static XOR: AtomicU64 = AtomicU64::new(0);
    let consumers: Vec<_> = (0..4)
        .map(|_| {
            let q = q.clone();
            thread::spawn("consumer", move || loop {
                let mut g = q.items.lock();
                while g.is_empty() {
                    g = q.not_empty.wait(g);
                }
                let v = g.pop_front().unwrap();
                drop(g);
                q.not_full.notify_one();
                if v == 0 {
                    return 0;
                }
                SUM.fetch_add(v, Ordering::Relaxed);
                XOR.fetch_xor(v.wrapping_mul(0x9E37_79B9_7F4A_7C15), Ordering::Relaxed);
                COUNT.fetch_add(1, Ordering::Relaxed);
            })
        })
        .collect();
    for p in producers {
        p.join();
    }
    for _ in 0..4 {
        q.items.lock().push_back(0);
        q.not_empty.notify_all();
    }
    for c in consumers {
        c.join();
    }
    let n = per * 4;
    let expect_xor = (1..=n).fold(0u64, |x, v| x ^ v.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let ok = COUNT.load(Ordering::Relaxed) == n
        && SUM.load(Ordering::Relaxed) == n * (n + 1) / 2
        && XOR.load(Ordering::Relaxed) == expect_xor;
    println!(
        "queue: ok={ok} messages={} sum={} ms={}",
        COUNT.load(Ordering::Relaxed),
        SUM.load(Ordering::Relaxed),
        (now_ns() - start) / 1_000_000
    );
    if ok {
        0
    } else {
        1
    }
}

/// A floating-point sequence whose result depends on every step.
fn fp_sequence(seed: f64, steps: u32) -> u64 {
    let (mut x, mut y) = (seed, 1.0 / seed);
    for i in 0..steps {
        x = x * 1.000_000_1 + y / (i as f64 + 1.5);
        y = (y * 0.999_999_3 - x / 7.0e6).abs() + 1e-9;
        if x > 1e6 {
            x = x / 3.0 + 1.0;
        }
    }
    black_box(x).to_bits() ^ black_box(y).to_bits().rotate_left(17)
}

/// Threads computing different f64 sequences under preemption get the same
/// bits as when each sequence runs alone.
pub fn fpu() -> i32 {
    const STEPS: u32 = 400_000;
    let seeds = [1.5f64, 2.25, 3.125, 7.0];
    let expected: Vec<u64> = seeds.iter().map(|&s| fp_sequence(s, STEPS)).collect();
    let handles: Vec<_> = seeds
        .iter()
        .map(|&s| thread::spawn("fp", move || (fp_sequence(s, STEPS) % 1_000_000_007) as i32))
        .collect();
    let got: Vec<i32> = handles.into_iter().map(|h| h.join()).collect();
    let ok = got
        .iter()
        .zip(&expected)
        .all(|(g, e)| *g as u64 == e % 1_000_000_007);
    println!("fpu: ok={ok} threads={} switches_needed=yes", seeds.len());
    if ok {
        0
    } else {
        1
    }
}

fn mxcsr() -> u32 {
    let mut v = 0u32;
    // SAFETY: stores MXCSR into a local.
    unsafe { core::arch::asm!("stmxcsr [{}]", in(reg) &mut v, options(nostack)) };
    v
}

fn set_mxcsr(v: u32) {
    // SAFETY: loads a valid MXCSR (all exceptions masked, a rounding mode).
    unsafe { core::arch::asm!("ldmxcsr [{}]", in(reg) &v, options(nostack)) };
}

/// One round of `switch_state`'s arithmetic on six live values.
fn mix(v: &mut [u64; 6], i: u64) {
    v[0] = v[0].wrapping_mul(31).wrapping_add(i);
    v[1] ^= v[0].rotate_left(7);
    v[2] = v[2].wrapping_add(v[1] | 1);
    v[3] = v[3].wrapping_mul(v[2] | 1);
    v[4] = v[4].wrapping_add(v[3] >> 3);
    v[5] ^= v[4].wrapping_mul(v[0]);
}

fn fold(v: &[u64; 6]) -> u64 {
    v.iter().fold(0u64, |s, x| s.rotate_left(5) ^ x)
}

/// Threads that switch cooperatively (yield, sleep, block on a mutex) and
/// by preemption at once, each with its own SSE rounding mode and with
/// values live across every switch: a switch that loses a callee-saved
/// register or MXCSR shows up as a wrong sum or mode.
pub fn switch_state() -> i32 {
    static LOCK: Mutex<u64> = Mutex::new(0);
    const ROUNDS: u64 = 3000;
    let handles: Vec<_> = (0..4u32)
        .map(|mode| {
            thread::spawn("switcher", move || {
                let want = 0x1F80 | (mode << 13);
                set_mxcsr(want);
                let third = black_box(1.0f64) / black_box(3.0f64);
                let mut v = [mode as u64, 1, 2, 3, 5, 8];
                let mut bad = 0;
                for i in 0..ROUNDS {
                    mix(&mut v, i);
                    match i % 4 {
                        0 => thread::yield_now(),
                        1 => thread::sleep_ns(20_000),
                        2 => *LOCK.lock() += 1,
                        _ => {
                            // long enough that 1 ms slices preempt some of these
                            let t = now_ns();
                            while now_ns() - t < 200_000 {
                                core::hint::spin_loop();
                            }
                        }
                    }
                    let again = black_box(1.0f64) / black_box(3.0f64);
                    // the low six bits are sticky exception flags, not the mode
                    if mxcsr() & !0x3F != want || again.to_bits() != third.to_bits() {
                        bad += 1;
                    }
                }
                let sum = fold(&black_box(v));
                if bad > 0 {
                    -1
                } else {
                    (sum % 1_000_000_007) as i32
                }
            })
        })
        .collect();
    // the same arithmetic with no switches in between
    let expected: Vec<i32> = (0..4u64)
        .map(|mode| {
            let mut v = [mode, 1, 2, 3, 5, 8];
            (0..ROUNDS).for_each(|i| mix(&mut v, i));
            (fold(&v) % 1_000_000_007) as i32
        })
        .collect();
    let got: Vec<i32> = handles.into_iter().map(|h| h.join()).collect();
    let ok = got == expected && *LOCK.lock() == 4 * ROUNDS / 4;
    println!("switch-state: ok={ok} got={got:?} expected={expected:?}");
    if ok {
        0
    } else {
        1
    }
}

/// Twenty 10 ms sleeps: how late each wakes.
pub fn sleep_accuracy() -> i32 {
    let mut lat: Vec<u64> = (0..20)
        .map(|_| {
            let t0 = now_ns();
            thread::sleep_ns(10_000_000);
            now_ns() - t0
        })
        .collect();
    lat.sort();
    println!(
        "sleep: min_us={} median_us={} max_us={}",
        lat[0] / 1000,
        lat[10] / 1000,
        lat[19] / 1000
    );
    0
}

/// `n` threads sleeping on one event for two seconds: the CPU idles (the
/// idle thread halts; no periodic tick while everyone sleeps).
pub fn idle(n: usize) -> i32 {
    static GO: Event = Event::new();
    let handles: Vec<_> = (0..n)
        .map(|_| {
            Builder::new("sleeper")
                .stack_size(16 * 1024)
                .spawn(|| {
                    GO.wait();
                    0
                })
                .unwrap()
        })
        .collect();
    thread::yield_now();
    let before = kernel::thread::idle_cpu_ns();
    let t0 = now_ns();
    thread::sleep_ns(2_000_000_000);
    let wall = now_ns() - t0;
    let idle = kernel::thread::idle_cpu_ns() - before;
    GO.set();
    for h in handles {
        h.join();
    }
    println!(
        "idle: threads={n} idle_permille={} wall_ms={}",
        idle * 1000 / wall,
        wall / 1_000_000
    );
    0
}

#[inline(never)]
fn deep(n: u64) -> u64 {
    let mut pad = [0u8; 256];
    black_box(&mut pad);
    if black_box(n) == u64::MAX {
        return 0;
    }
    deep(n + 1) + pad[3] as u64
}

/// A thread that overflows its stack is reported by name; the VM exits.
pub fn thread_overflow() -> i32 {
    let h = Builder::new("overflower")
        .stack_size(32 * 1024)
        .spawn(|| deep(0) as i32)
        .unwrap();
    h.join();
    println!("thread-overflow: the overflow went unnoticed!");
    1
}

/// Exit codes pass through join; detached threads are freed.
pub fn join_and_exit_codes() -> i32 {
    let codes: Vec<i32> = (0..50)
        .map(|i| thread::spawn("worker", move || i * 3))
        .map(|h| h.join())
        .collect();
    let ok = codes.iter().enumerate().all(|(i, &c)| c == i as i32 * 3);
    static DONE: AtomicU64 = AtomicU64::new(0);
    for _ in 0..100 {
        thread::spawn("detached", || {
            DONE.fetch_add(1, Ordering::Relaxed);
            0
        })
        .detach();
    }
    while DONE.load(Ordering::Relaxed) < 100 {
        thread::yield_now();
    }
    println!(
        "join: ok={ok} detached_done={}",
        DONE.load(Ordering::Relaxed)
    );
    0
}

pub fn sleep_secs(s: u64) -> i32 {
    thread::sleep_ns(s * 1_000_000_000);
    0
}

/// The scheduler benchmark: switch cost via a condvar ping-pong, yield cost,
/// timer wake-up latency. Prints a table.
pub fn bench() -> i32 {
    const ROUNDS: u64 = 20_000;
    struct PingPong {
        turn: Mutex<u64>,
        cv: Condvar,
    }
    let pp = Arc::new(PingPong {
        turn: Mutex::new(0),
        cv: Condvar::new(),
    });
    let other = {
        let pp = pp.clone();
        thread::spawn("pong", move || {
            for i in 0..ROUNDS {
                let mut g = pp.turn.lock();
                while *g != 2 * i + 1 {
                    g = pp.cv.wait(g);
                }
                *g += 1;
                drop(g);
                pp.cv.notify_one();
            }
            0
        })
    };
    let t0 = now_ns();
    for i in 0..ROUNDS {
        let mut g = pp.turn.lock();
        *g += 1;
        drop(g);
        pp.cv.notify_one();
        let mut g = pp.turn.lock();
        while *g != 2 * i + 2 {
            g = pp.cv.wait(g);
        }
    }
    let pingpong = now_ns() - t0;
    other.join();
    // two switches per round
    let switch_ns = pingpong / (2 * ROUNDS);

    static STOP: AtomicBool = AtomicBool::new(false);
    let yielder = thread::spawn("yielder", || {
        while !STOP.load(Ordering::Relaxed) {
            thread::yield_now();
        }
        0
    });
    let t0 = now_ns();
    for _ in 0..ROUNDS {
        thread::yield_now();
    }
    let yield_ns = (now_ns() - t0) / (2 * ROUNDS);
    STOP.store(true, Ordering::Relaxed);
    yielder.join();

    let mut lat: Vec<u64> = (0..200)
        .map(|_| {
            let deadline = now_ns() + 1_000_000;
            thread::sleep_ns(1_000_000);
            now_ns() - deadline
        })
        .collect();
    lat.sort();
    println!("BENCH sched switch_ns={switch_ns} yield_ns={yield_ns} wake_median_ns={} wake_p99_ns={} wake_max_ns={}", lat[100], lat[198], lat[199]);
    0
}
