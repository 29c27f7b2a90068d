//! The local APIC (xAPIC, memory-mapped): enable, end-of-interrupt and the
//! one-shot timer the scheduler arms for its next deadline.

use super::cpu::{rdmsr, wrmsr};
use core::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

const MSR_APIC_BASE: u32 = 0x1B;
const REG_ID: usize = 0x20;
const REG_EOI: usize = 0xB0;
const REG_SVR: usize = 0xF0;
const REG_LVT_TIMER: usize = 0x320;
const REG_TIMER_INIT: usize = 0x380;
const REG_TIMER_CURRENT: usize = 0x390;
const REG_TIMER_DIVIDE: usize = 0x3E0;

pub const TIMER_VECTOR: u8 = 0x40;
pub const SPURIOUS_VECTOR: u8 = 0xFF;
const LVT_MASKED: u32 = 1 << 16;

static BASE: AtomicUsize = AtomicUsize::new(0);
/// LAPIC timer ticks per second (divide-by-16 applied), from calibration.
static TIMER_HZ: AtomicU64 = AtomicU64::new(0);

fn reg(offset: usize) -> *mut u32 {
    (BASE.load(Ordering::Relaxed) + offset) as *mut u32
}

// Register accesses are out of line: QEMU's TCG ends the translated block
// at some LAPIC writes and translates the rest of it again from the next
// instruction; out of line, that rest is a `ret`.
#[inline(never)]
fn read(offset: usize) -> u32 {
    // SAFETY: BASE is the identity-mapped, uncached xAPIC page set by `init`.
    unsafe { reg(offset).read_volatile() }
}

#[inline(never)]
fn write(offset: usize, value: u32) {
    // SAFETY: as for `read`.
    unsafe { reg(offset).write_volatile(value) }
}

/// Enables the xAPIC at the address the base MSR reports. Its page lies in
/// the MMIO hole, which `paging` maps uncached.
pub fn init() {
    let base_msr = rdmsr(MSR_APIC_BASE);
    // SAFETY: sets the global-enable bit, keeping the base address.
    unsafe { wrmsr(MSR_APIC_BASE, base_msr | (1 << 11)) };
    BASE.store(
        (base_msr & 0x000f_ffff_ffff_f000) as usize,
        Ordering::Relaxed,
    );
    write(REG_SVR, 0x100 | SPURIOUS_VECTOR as u32);
    write(REG_TIMER_DIVIDE, 0x3); // divide by 16
    write(REG_LVT_TIMER, LVT_MASKED | TIMER_VECTOR as u32);
    LVT_ONESHOT.store(false, Ordering::Relaxed);
}

pub fn id() -> u32 {
    read(REG_ID) >> 24
}

pub fn eoi() {
    write(REG_EOI, 0);
}

/// Whether the timer's LVT entry is set for one-shot interrupts (each
/// register write is a trap to the hypervisor, so arming writes it once).
static LVT_ONESHOT: AtomicBool = AtomicBool::new(false);

/// Starts a masked free-running count for calibration.
pub fn start_calibration_count() {
    write(REG_LVT_TIMER, LVT_MASKED | TIMER_VECTOR as u32);
    LVT_ONESHOT.store(false, Ordering::Relaxed);
    write(REG_TIMER_INIT, u32::MAX);
}

pub fn current_count() -> u32 {
    read(REG_TIMER_CURRENT)
}

pub fn set_timer_hz(hz: u64) {
    TIMER_HZ.store(hz, Ordering::Relaxed);
}

pub fn timer_hz() -> u64 {
    TIMER_HZ.load(Ordering::Relaxed)
}

/// Arms the one-shot timer to fire `ns` from now (clamped to the counter range).
pub fn arm_oneshot_ns(ns: u64) {
    let ticks = (ns as u128 * timer_hz() as u128 / 1_000_000_000).clamp(1, u32::MAX as u128) as u32;
    if !LVT_ONESHOT.swap(true, Ordering::Relaxed) {
        write(REG_LVT_TIMER, TIMER_VECTOR as u32);
    }
    write(REG_TIMER_INIT, ticks);
}

pub fn cancel_timer() {
    write(REG_TIMER_INIT, 0);
}
