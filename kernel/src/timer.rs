//! The one-shot timer behind the tickless scheduler: the LAPIC timer, or on
//! Xen (once event channels work) the vCPU's singleshot timer, which Xen
//! delivers as VIRQ_TIMER on an event channel. Either way the scheduler
//! arms it for its next deadline and `thread::timer_fired` runs when it
//! goes off.

use crate::arch::x86_64::lapic;
use core::sync::atomic::{AtomicBool, Ordering};

/// Whether Xen's singleshot timer replaced the LAPIC timer.
static ON_XEN_TIMER: AtomicBool = AtomicBool::new(false);

/// Fires once, about `ns` from now (at least 1 µs).
pub fn arm_in_ns(ns: u64) {
    let ns = ns.max(1000);
    if ON_XEN_TIMER.load(Ordering::Relaxed) {
        crate::platform::xen::timer::arm_in_ns(ns);
    } else {
        lapic::arm_oneshot_ns(ns);
    }
}

/// No timer interrupt until the next `arm_in_ns`.
pub fn cancel() {
    if ON_XEN_TIMER.load(Ordering::Relaxed) {
        crate::platform::xen::timer::cancel();
    } else {
        lapic::cancel_timer();
    }
}

/// From now on the scheduler runs on Xen's singleshot timer; the LAPIC
/// timer is stopped. Called with interrupts off, before the first arming.
pub fn switch_to_xen() {
    lapic::cancel_timer();
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
