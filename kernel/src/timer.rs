//! The one-shot timer behind the tickless scheduler: the LAPIC timer, or on
//! Xen (once event channels work) the vCPU's singleshot timer, which Xen
//! delivers as VIRQ_TIMER on an event channel. Either way the scheduler
//! arms it for its next deadline and `thread::timer_fired` runs when it
//! goes off.

use crate::arch::x86_64::lapic;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Whether Xen's singleshot timer replaced the LAPIC timer.
static ON_XEN_TIMER: AtomicBool = AtomicBool::new(false);

/// When the armed timer goes off (`clock::now_ns` time); `u64::MAX`: not armed.
static ARMED_AT: AtomicU64 = AtomicU64::new(u64::MAX);

/// Makes sure the timer fires by `deadline` (None: no deadline), given the
/// time `now`. Arming costs a trap to the hypervisor (two LAPIC register
/// writes under QEMU, which take its global lock; a hypercall on Xen), and
/// the scheduler asks after every switch, so a timer already armed to fire
/// no later than needed is left alone, and one no longer needed is not
/// cancelled: if it fires early, the scheduler finds nothing due and asks
/// again. Measured under TCG with java-http: LAPIC writes were ~10% of the
/// guest's time (README, performance).
pub fn ensure_by(deadline: Option<u64>, now: u64) {
    let Some(d) = deadline else { return };
    let armed = ARMED_AT.load(Ordering::Relaxed);
    if armed <= d && armed > now {
        return;
    }
    arm_in_ns(d.saturating_sub(now));
    ARMED_AT.store(now + d.saturating_sub(now).max(1000), Ordering::Relaxed);
}

/// The timer went off: it is no longer armed.
pub fn fired() {
    ARMED_AT.store(u64::MAX, Ordering::Relaxed);
}

/// Fires once, about `ns` from now (at least 1 µs).
pub fn arm_in_ns(ns: u64) {
    let ns = ns.max(1000);
    if ON_XEN_TIMER.load(Ordering::Relaxed) {
        crate::platform::xen::timer::arm_in_ns(ns);
    } else {
        lapic::arm_oneshot_ns(ns);
    }
}

/// From now on the scheduler runs on Xen's singleshot timer; the LAPIC
/// timer is stopped. Called with interrupts off, before the first arming.
pub fn switch_to_xen() {
    lapic::cancel_timer();
    ARMED_AT.store(u64::MAX, Ordering::Relaxed);
    ON_XEN_TIMER.store(true, Ordering::Relaxed);
}

/// Which timer drives the scheduler, for the boot log.
pub fn name() -> &'static str {
    if ON_XEN_TIMER.load(Ordering::Relaxed) {
        "Xen singleshot timer (VIRQ_TIMER)"
    } else {
        "LAPIC one-shot timer"
    }
}
