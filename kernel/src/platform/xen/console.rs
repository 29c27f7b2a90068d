//! The PV console: a shared page with two byte rings (`io/console.h`,
//! `struct xencons_interface`: `in[1024]`, `out[2048]`, then the u32
//! indices in_cons, in_prod, out_cons, out_prod) and an event channel to
//! kick the backend (xenconsoled in dom0), found through the HVM params
//! CONSOLE_PFN and CONSOLE_EVTCHN. What `xl console` and `xl create -c`
//! show. Output only: nothing reads the input ring yet.

use super::hypercall;
use core::sync::atomic::{fence, AtomicU32, AtomicU64, Ordering};

const OUT_OFFSET: usize = 1024;
const OUT_SIZE: u32 = 2048;
const OUT_CONS: usize = 3080;
const OUT_PROD: usize = 3084;

/// Address of the ring page (0: not set up) and its event channel.
static RING: AtomicU64 = AtomicU64::new(0);
static EVTCHN: AtomicU32 = AtomicU32::new(0);

/// Finds the console page and channel. Returns false if Xen gave none.
pub fn init() -> bool {
    let (Ok(pfn), Ok(port)) = (
        hypercall::hvm_get_param(hypercall::HVM_PARAM_CONSOLE_PFN),
        hypercall::hvm_get_param(hypercall::HVM_PARAM_CONSOLE_EVTCHN),
    ) else {
        return false;
    };
    if pfn == 0 {
        return false;
    }
    EVTCHN.store(port as u32, Ordering::Relaxed);
    RING.store(pfn << 12, Ordering::Release);
    true
}

pub fn ready() -> bool {
    RING.load(Ordering::Acquire) != 0
}

fn index(base: u64, offset: usize) -> &'static AtomicU32 {
    // SAFETY: `base` is the identity-mapped console page Xen gave this
    // domain (below 4 GiB, mapped by the boot and kernel page tables);
    // the index words are 4-byte aligned and shared with the backend.
    unsafe { &*((base as usize + offset) as *const AtomicU32) }
}

fn notify() {
    hypercall::evtchn_send(EVTCHN.load(Ordering::Relaxed));
}

/// Spins until the backend consumed up to `want_free` bytes of room (or
/// the ring is empty), at most `spins` rounds. Returns the free space.
fn wait_for_room(base: u64, want_free: u32, spins: u32) -> u32 {
    let (cons, prod) = (index(base, OUT_CONS), index(base, OUT_PROD));
    let mut free = 0;
    for _ in 0..spins.max(1) {
        free = OUT_SIZE
            - prod
                .load(Ordering::Relaxed)
                .wrapping_sub(cons.load(Ordering::Acquire));
        if free >= want_free {
            break;
        }
        core::hint::spin_loop();
    }
    free
}

/// Writes `bytes` (LF becomes CR LF, for terminals in raw mode), waiting a
/// bounded time for the backend when the ring is full.
pub fn write(bytes: &[u8]) {
    let base = RING.load(Ordering::Acquire);
    if base == 0 {
        return;
    }
    let prod = index(base, OUT_PROD);
    let mut p = prod.load(Ordering::Relaxed);
    let mut free = 0u32;
    let put = |b: u8, p: &mut u32, free: &mut u32| {
        if *free == 0 {
            // publish what we have, kick the backend, wait for room
            fence(Ordering::Release);
            prod.store(*p, Ordering::Release);
            notify();
            *free = wait_for_room(base, 1, 20_000_000);
            if *free == 0 {
                return false; // backend stuck: drop the output, never hang
            }
        }
        // SAFETY: `base + OUT_OFFSET .. + OUT_SIZE` is the out ring inside
        // the console page; the slot is free (between prod and cons + size).
        unsafe {
            ((base as usize + OUT_OFFSET + (*p % OUT_SIZE) as usize) as *mut u8).write_volatile(b)
        };
        *p = p.wrapping_add(1);
        *free -= 1;
        true
    };
    for &b in bytes {
        if b == b'\n' && !put(b'\r', &mut p, &mut free) {
            break;
        }
        if !put(b, &mut p, &mut free) {
            break;
        }
    }
    fence(Ordering::Release);
    prod.store(p, Ordering::Release);
    notify();
}

/// Waits (bounded) until the backend read everything: call before the
/// domain shuts down so the last lines reach the log.
pub fn flush() {
    let base = RING.load(Ordering::Acquire);
    if base != 0 {
        wait_for_room(base, OUT_SIZE, 50_000_000);
    }
}
