//! The one-shot timer interface the scheduler will drive: arm a deadline
//! relative to now, get an interrupt on the timer vector.

use crate::arch::x86_64::{cpu, idt::TrapFrame, lapic};
use crate::fault;

/// Routes the timer interrupt to `handler` (runs on the IRQ stack, interrupts off).
pub fn set_handler(handler: fn(&mut TrapFrame)) {
    fault::register_irq(lapic::TIMER_VECTOR, handler);
}

/// Fires the timer interrupt once, `ns` nanoseconds from now.
pub fn arm_oneshot_ns(ns: u64) {
    lapic::arm_oneshot_ns(ns);
}

pub fn cancel() {
    lapic::cancel_timer();
}

/// Halts until the next interrupt has been handled (interrupts are off again after).
pub fn wait_for_interrupt() {
    // SAFETY: the IDT is installed before any caller can reach this.
    unsafe { cpu::enable_interrupts_and_halt() };
    cpu::disable_interrupts();
}
