//! The vCPU's singleshot timer (`vcpu.h`: VCPUOP_set_singleshot_timer),
//! delivered as VIRQ_TIMER on an event channel. The deadline is absolute
//! Xen system time, the pvclock read from shared_info.

use super::{evtchn, hypercall, shared};
use crate::arch::x86_64::idt::TrapFrame;
use core::sync::atomic::{AtomicUsize, Ordering};

/// VIRQ_TIMER events taken.
static FIRED: AtomicUsize = AtomicUsize::new(0);
/// The scheduler's handler, once the self-check passed.
static HANDLER: AtomicUsize = AtomicUsize::new(0);

fn on_virq_timer(frame: &mut TrapFrame) {
    FIRED.fetch_add(1, Ordering::Relaxed);
    let h = HANDLER.load(Ordering::Acquire);
    if h != 0 {
        // SAFETY: `init` stores only a valid fn(&mut TrapFrame) here.
        let handler = unsafe { core::mem::transmute::<usize, fn(&mut TrapFrame)>(h) };
        handler(frame);
    }
}

/// Binds VIRQ_TIMER to `on_fire` (run with the interrupted frame, so the
/// scheduler can switch threads) and stops Xen's default periodic timer,
/// after checking that an armed timer really fires (within 50 ms for a
/// 1 ms deadline). False if not: the LAPIC timer stays in charge.
/// Runs with interrupts on, before the scheduler uses this timer.
pub fn init(on_fire: fn(&mut TrapFrame)) -> bool {
    if shared::system_time_ns().is_none() {
        return false;
    }
    let port = match hypercall::evtchn_bind_virq(evtchn::VIRQ_TIMER, 0) {
        Ok(p) => p,
        Err(rc) => {
            crate::kwarn!("xen: binding VIRQ_TIMER failed ({rc}); the LAPIC timer stays");
            return false;
        }
    };
    // A periodic tick would wake the idle vCPU for nothing (tickless).
    let rc = hypercall::stop_periodic_timer(0);
    if rc != 0 {
        crate::kwarn!("xen: VCPUOP_stop_periodic_timer failed ({rc})");
    }
    if !evtchn::bind_timer(port, on_virq_timer) {
        crate::kwarn!("xen: unmasking the VIRQ_TIMER port failed; the LAPIC timer stays");
        return false;
    }
    let before = FIRED.load(Ordering::Relaxed);
    arm_in_ns(1_000_000);
    let start = crate::clock::now_ns();
    while FIRED.load(Ordering::Relaxed) == before {
        if crate::clock::now_ns() - start > 50_000_000 {
            crate::kwarn!(
                "xen: the singleshot timer did not fire (port {port}); the LAPIC timer stays"
            );
            evtchn::mask(port);
            return false;
        }
        core::hint::spin_loop();
    }
    HANDLER.store(on_fire as usize, Ordering::Release);
    true
}

/// Fires VIRQ_TIMER about `ns` from now. A deadline already past fires at
/// once (flags 0: no VCPU_SSHOTTMR_future check).
pub fn arm_in_ns(ns: u64) {
    if let Some(now) = shared::system_time_ns() {
        let rc = hypercall::set_singleshot_timer(0, now.saturating_add(ns));
        if rc != 0 {
            crate::kwarn!("xen: VCPUOP_set_singleshot_timer failed ({rc})");
        }
    }
}
