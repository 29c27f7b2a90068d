//! The monotonic clock: nanoseconds since PVH entry, from the TSC.
//!
//! The TSC frequency is measured against the PIT (a fixed 1.193182 MHz
//! reference) over a window that overlaps the rest of boot: `start` latches
//! both counters at a PIT tick edge right after the console is up, `finish`
//! (before the filesystem mount, whose length depends on the image: the
//! PIT's 16-bit count wraps after 55 ms) waits until the window is long
//! enough, again at an edge. Boot's own work usually fills the window, so
//! there is nothing left to wait for. The LAPIC timer is calibrated in
//! the same window. Without a PIT, CPUID leaf 0x15/0x16 is used if present.

use crate::arch::x86_64::{boot, cpu, lapic, pit};
use core::sync::atomic::{AtomicU16, AtomicU32, AtomicU64, Ordering};

/// ns = ticks * MULT >> 32
static MULT: AtomicU64 = AtomicU64::new(0);
static TSC_HZ: AtomicU64 = AtomicU64::new(0);

/// The window's start: TSC, PIT count (0: no PIT) and LAPIC count.
static START_TSC: AtomicU64 = AtomicU64::new(0);
static START_PIT: AtomicU16 = AtomicU16::new(0);
static START_LAPIC: AtomicU32 = AtomicU32::new(0);

/// Spins until the PIT count changes (a tick edge); returns the new count,
/// or None if it never moves (no PIT). Out of line: one copy of the code.
#[inline(never)]
fn pit_edge() -> Option<u16> {
    let first = pit::read_channel2();
    for _ in 0..200_000 {
        let c = pit::read_channel2();
        if c != first {
            return Some(c);
        }
    }
    None
}

/// Begins the calibration window.
pub fn start() {
    if crate::platform::current() == crate::platform::Platform::Xen {
        // PVH guests have no PIT: the TSC rate comes from Xen's pvclock and
        // only the LAPIC timer is measured (against the TSC) in `finish`.
        lapic::start_calibration_count();
        let t0 = cpu::rdtsc();
        START_LAPIC.store(lapic::current_count(), Ordering::Relaxed);
        let t1 = cpu::rdtsc();
        START_TSC.store(t0 + (t1 - t0) / 2, Ordering::Relaxed);
        return;
    }
    pit::start_channel2();
    lapic::start_calibration_count();
    let edge = pit_edge();
    START_TSC.store(cpu::rdtsc(), Ordering::Relaxed);
    START_PIT.store(edge.unwrap_or(0), Ordering::Relaxed);
    START_LAPIC.store(lapic::current_count(), Ordering::Relaxed);
}

pub enum Source {
    Pit { window_us: u64 },
    Cpuid,
    Xen,
    Guess,
}

/// On Xen: the TSC rate from the pvclock's scale factors; the LAPIC timer
/// measured against the TSC over at least `min_us`.
fn finish_xen(min_us: u64) -> Option<u64> {
    let hz = crate::platform::xen::shared::tsc_hz()?;
    let (start_tsc, start_lapic) = (
        START_TSC.load(Ordering::Relaxed),
        START_LAPIC.load(Ordering::Relaxed),
    );
    // A longer window than on QEMU: each LAPIC read is an emulated access
    // (a VM exit), and the vCPU may be descheduled around it.
    let need = (min_us.max(10_000) as u128 * hz as u128 / 1_000_000) as u64;
    while cpu::rdtsc().wrapping_sub(start_tsc) < need {
        core::hint::spin_loop();
    }
    // the TSC between two LAPIC reads, taking the tightest of a few tries
    let mut best = (u64::MAX, 0u32, 0u64);
    for _ in 0..4 {
        let t0 = cpu::rdtsc();
        let lap = lapic::current_count();
        let t1 = cpu::rdtsc();
        if t1 - t0 < best.0 {
            best = (t1 - t0, lap, t0 + (t1 - t0) / 2);
        }
    }
    let (_, lap, tsc) = best;
    let lapic_hz = (start_lapic - lap) as u128 * hz as u128 / (tsc - start_tsc) as u128;
    lapic::set_timer_hz(lapic_hz as u64);
    Some(hz)
}

/// Ends the window (waiting until it spans `min_us`) and starts the clock.
pub fn finish(min_us: u64) -> Source {
    let (start_tsc, start_pit, start_lapic) = (
        START_TSC.load(Ordering::Relaxed),
        START_PIT.load(Ordering::Relaxed),
        START_LAPIC.load(Ordering::Relaxed),
    );
    let need = (min_us * pit::PIT_HZ / 1_000_000).clamp(100, 50_000) as u16;
    let mut source = Source::Guess;
    let mut hz = 0;
    if crate::platform::current() == crate::platform::Platform::Xen {
        if let Some(h) = finish_xen(min_us) {
            hz = h as u128;
            source = Source::Xen;
        }
    } else if start_pit != 0 {
        while let Some(c) = pit_edge() {
            let elapsed = start_pit.wrapping_sub(c);
            if elapsed >= need {
                let tsc = cpu::rdtsc();
                let lap = lapic::current_count();
                hz = (tsc - start_tsc) as u128 * pit::PIT_HZ as u128 / elapsed as u128;
                let lapic_hz = (start_lapic - lap) as u128 * pit::PIT_HZ as u128 / elapsed as u128;
                lapic::set_timer_hz(lapic_hz as u64);
                source = Source::Pit {
                    window_us: elapsed as u64 * 1_000_000 / pit::PIT_HZ,
                };
                break;
            }
        }
    }
    if hz == 0 {
        let (max_leaf, ..) = cpu::cpuid(0, 0);
        if max_leaf >= 0x15 {
            let (den, num, crystal, _) = cpu::cpuid(0x15, 0);
            if den != 0 && num != 0 && crystal != 0 {
                hz = crystal as u128 * num as u128 / den as u128;
                source = Source::Cpuid;
            }
        }
        if hz == 0 && max_leaf >= 0x16 {
            let (mhz, ..) = cpu::cpuid(0x16, 0);
            if mhz != 0 {
                hz = mhz as u128 * 1_000_000;
                source = Source::Cpuid;
            }
        }
        if hz == 0 {
            hz = 1_000_000_000;
        }
        if lapic::timer_hz() == 0 {
            lapic::set_timer_hz(1_000_000_000 / 16); // QEMU's APIC bus clock / 16
        }
    }
    TSC_HZ.store(hz as u64, Ordering::Relaxed);
    MULT.store(((1_000_000_000u128 << 32) / hz) as u64, Ordering::Relaxed);
    source
}

pub fn tsc_hz() -> u64 {
    TSC_HZ.load(Ordering::Relaxed)
}

/// Converts TSC ticks to nanoseconds (0 before calibration).
pub fn ticks_to_ns(ticks: u64) -> u64 {
    ((ticks as u128 * MULT.load(Ordering::Relaxed) as u128) >> 32) as u64
}

/// Nanoseconds since PVH entry (0 until the clock is calibrated).
pub fn now_ns() -> u64 {
    ticks_to_ns(cpu::rdtsc().wrapping_sub(boot::entry_tsc()))
}

/// Wall-clock time at PVH entry, in ns since the Unix epoch (from the RTC).
static EPOCH_AT_BOOT_NS: spin::Once<u64> = spin::Once::new();

/// Nanoseconds since the Unix epoch (CLOCK_REALTIME): the platform's
/// wallclock (Xen) or the RTC, read once, advanced by the monotonic clock.
/// 0-based if there is neither.
pub fn realtime_ns() -> u64 {
    let base = *EPOCH_AT_BOOT_NS.call_once(|| {
        let now = now_ns();
        if let Some(wall) = crate::platform::realtime_ns() {
            return wall.saturating_sub(now);
        }
        crate::arch::x86_64::rtc::unix_seconds()
            .map_or(0, |s| (s * 1_000_000_000).saturating_sub(now))
    });
    base + now_ns()
}
