//! Event channels, 2-level ABI (`event_channel.h`, `xen.h`): Xen sets a
//! port's bit in shared_info `evtchn_pending` (unless masked in
//! `evtchn_mask`), its word's bit in the vCPU's `evtchn_pending_sel`, and
//! raises the upcall, which HVMOP_set_evtchn_upcall_vector turns into an
//! interrupt on [`UPCALL_VECTOR`]. The handler walks the two levels,
//! clears each pending bit and calls the port's handler (in interrupt
//! context: handlers only wake threads).
//!
//! The timer's port (VIRQ_TIMER) is special: its handler gets the
//! interrupted frame, because the scheduler switches threads there.
//!
//! Not here: the FIFO ABI, binding interdomain channels (netfront will).

use super::{hypercall, shared};
use crate::arch::x86_64::idt::TrapFrame;
use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

pub const UPCALL_VECTOR: u8 = 0x48;
pub const VIRQ_TIMER: u32 = 0;

pub type Handler = fn(u32);

const MAX_HANDLERS: usize = 16;
const FREE: u32 = u32::MAX;
static PORTS: [AtomicU32; MAX_HANDLERS] = [const { AtomicU32::new(FREE) }; MAX_HANDLERS];
static HANDLERS: [AtomicUsize; MAX_HANDLERS] = [const { AtomicUsize::new(0) }; MAX_HANDLERS];
static UPCALLS: AtomicUsize = AtomicUsize::new(0);
/// The VIRQ_TIMER port and its frame handler (`FREE`/0 until bound).
static TIMER_PORT: AtomicU32 = AtomicU32::new(FREE);
static TIMER_HANDLER: AtomicUsize = AtomicUsize::new(0);

/// Routes the upcall to our IDT vector. Needs shared_info.
pub fn init() {
    if shared::get().is_none() {
        crate::kwarn!("xen: no shared_info: event channels disabled");
        return;
    }
    crate::fault::register_irq(UPCALL_VECTOR, upcall);
    let rc = hypercall::set_evtchn_upcall_vector(0, UPCALL_VECTOR);
    if rc != 0 {
        crate::kwarn!("xen: HVMOP_set_evtchn_upcall_vector failed ({rc})");
        return;
    }
    if let Some(s) = shared::get() {
        s.vcpu_info[0].evtchn_upcall_mask.store(0, Ordering::SeqCst);
    }
}

/// Calls `handler` (in interrupt context) whenever `port` fires, and unmasks it.
pub fn bind(port: u32, handler: Handler) -> bool {
    for (i, p) in PORTS.iter().enumerate() {
        if p.load(Ordering::Acquire) == FREE {
            HANDLERS[i].store(handler as usize, Ordering::Release);
            p.store(port, Ordering::Release);
            unmask(port);
            return true;
        }
    }
    crate::kwarn!("xen: no room for an event-channel handler (port {port})");
    false
}

/// Calls `handler` with the interrupted frame whenever `port` fires (the
/// scheduler's timer), and unmasks it.
pub fn bind_timer(port: u32, handler: fn(&mut TrapFrame)) -> bool {
    TIMER_HANDLER.store(handler as usize, Ordering::Release);
    TIMER_PORT.store(port, Ordering::Release);
    unmask(port) == 0
}

/// Stops `port` from raising upcalls (events stay pending in shared_info).
pub fn mask(port: u32) {
    if let Some(s) = shared::get() {
        s.evtchn_mask[port as usize / 64].fetch_or(1 << (port % 64), Ordering::SeqCst);
    }
}

/// Lets `port` raise upcalls again; Xen re-raises an event that became
/// pending while it was masked (EVTCHNOP_unmask).
pub fn unmask(port: u32) -> i64 {
    hypercall::evtchn_unmask(port)
}

pub fn notify(port: u32) {
    hypercall::evtchn_send(port);
}

/// Upcalls taken so far.
pub fn upcalls() -> usize {
    UPCALLS.load(Ordering::Relaxed)
}

fn dispatch(port: u32) {
    for (i, p) in PORTS.iter().enumerate() {
        if p.load(Ordering::Acquire) == port {
            let h = HANDLERS[i].load(Ordering::Acquire);
            // SAFETY: only `bind` stores here, always a valid Handler, before the port.
            let handler = unsafe { core::mem::transmute::<usize, Handler>(h) };
            handler(port);
            return;
        }
    }
}

fn upcall(frame: &mut TrapFrame) {
    UPCALLS.fetch_add(1, Ordering::Relaxed);
    let Some(s) = shared::get() else { return };
    let vcpu = &s.vcpu_info[0];
    let timer_port = TIMER_PORT.load(Ordering::Acquire);
    let mut timer_fired = false;
    loop {
        vcpu.evtchn_upcall_pending.store(0, Ordering::SeqCst);
        let sel = vcpu.evtchn_pending_sel.swap(0, Ordering::SeqCst);
        if sel == 0 {
            break;
        }
        let mut words = sel;
        while words != 0 {
            let w = words.trailing_zeros() as usize;
            words &= words - 1;
            let pending = s.evtchn_pending[w].load(Ordering::SeqCst)
                & !s.evtchn_mask[w].load(Ordering::SeqCst);
            let mut bits = pending;
            while bits != 0 {
                let b = bits.trailing_zeros();
                bits &= bits - 1;
                s.evtchn_pending[w].fetch_and(!(1u64 << b), Ordering::SeqCst);
                let port = w as u32 * 64 + b;
                if port == timer_port {
                    timer_fired = true;
                } else {
                    dispatch(port);
                }
            }
        }
    }
    if timer_fired {
        let h = TIMER_HANDLER.load(Ordering::Acquire);
        // SAFETY: `bind_timer` stored a valid fn(&mut TrapFrame) before the port.
        let handler = unsafe { core::mem::transmute::<usize, fn(&mut TrapFrame)>(h) };
        handler(frame);
    }
}
