//! The shared_info page (xen.h `struct shared_info`): per-vCPU info with the
//! event-channel summary bits and the pvclock (`struct vcpu_time_info`),
//! the 2-level event-channel bitmaps, and the wallclock. Mapped with
//! XENMEM_add_to_physmap(XENMAPSPACE_shared_info) over a page of the image.
//!
//! Layout (x86-64): vcpu_info[32] of 64 bytes each; evtchn_pending[64] and
//! evtchn_mask[64] (u64 words) at 2048 and 2560; wc_version, wc_sec,
//! wc_nsec, wc_sec_hi (u32) at 3072.

use super::hypercall;
use core::sync::atomic::{fence, AtomicU64, AtomicU8, Ordering};

pub const EVTCHN_WORDS: usize = 64;

#[repr(C)]
pub struct VcpuTimeInfo {
    pub version: u32,
    pad0: u32,
    pub tsc_timestamp: u64,
    pub system_time: u64,
    pub tsc_to_system_mul: u32,
    pub tsc_shift: i8,
    pub flags: u8,
    pad1: [u8; 2],
}

#[repr(C)]
pub struct VcpuInfo {
    pub evtchn_upcall_pending: AtomicU8,
    pub evtchn_upcall_mask: AtomicU8,
    pad: [u8; 6],
    pub evtchn_pending_sel: AtomicU64,
    arch_cr2: u64,
    arch_pad: u64,
    pub time: VcpuTimeInfo,
}

#[repr(C)]
pub struct SharedInfo {
    pub vcpu_info: [VcpuInfo; 32],
    pub evtchn_pending: [AtomicU64; EVTCHN_WORDS],
    pub evtchn_mask: [AtomicU64; EVTCHN_WORDS],
    pub wc_version: u32,
    pub wc_sec: u32,
    pub wc_nsec: u32,
    pub wc_sec_hi: u32,
}

const _: () = assert!(core::mem::size_of::<VcpuInfo>() == 64);
const _: () = assert!(core::mem::offset_of!(SharedInfo, evtchn_pending) == 2048);
const _: () = assert!(core::mem::offset_of!(SharedInfo, wc_version) == 3072);

#[repr(C, align(4096))]
struct Page([u8; 4096]);

/// The frame Xen maps shared_info over: its RAM page is given up for good.
static mut PAGE: Page = Page([0; 4096]);

static MAPPED: AtomicU8 = AtomicU8::new(0);

/// Maps shared_info over `PAGE`. Returns the hypercall's status.
pub fn init() -> i64 {
    let gpfn = (&raw const PAGE as u64) >> 12;
    let rc = hypercall::add_to_physmap(hypercall::XENMAPSPACE_SHARED_INFO, 0, gpfn);
    if rc == 0 {
        MAPPED.store(1, Ordering::Release);
    }
    rc
}

/// The shared_info page, once mapped.
pub fn get() -> Option<&'static SharedInfo> {
    if MAPPED.load(Ordering::Acquire) == 0 {
        return None;
    }
    // SAFETY: PAGE is 4096-aligned, identity-mapped RW, and since `init`
    // Xen's shared_info lives in that frame. Fields Xen changes are atomics or
    // read through volatile loads with the version protocol below.
    Some(unsafe { &*(&raw const PAGE as *const SharedInfo) })
}

/// A consistent snapshot of vCPU 0's time info (the version protocol:
/// odd = update in progress, retry if it changed).
pub fn time_info() -> Option<(u64, u64, u32, i8)> {
    let t = &get()?.vcpu_info[0].time;
    loop {
        // SAFETY: plain reads of fields inside the mapped page; volatile since Xen writes them.
        let v1 = unsafe { (&raw const t.version).read_volatile() };
        fence(Ordering::Acquire);
        let snap = unsafe {
            (
                (&raw const t.tsc_timestamp).read_volatile(),
                (&raw const t.system_time).read_volatile(),
                (&raw const t.tsc_to_system_mul).read_volatile(),
                (&raw const t.tsc_shift).read_volatile(),
            )
        };
        fence(Ordering::Acquire);
        // SAFETY: as above.
        let v2 = unsafe { (&raw const t.version).read_volatile() };
        if v1 == v2 && v1 & 1 == 0 {
            return Some(snap);
        }
        core::hint::spin_loop();
    }
}

/// TSC ticks to nanoseconds with Xen's scale: (ticks << shift) * mul >> 32.
pub fn scale(ticks: u64, mul: u32, shift: i8) -> u64 {
    let t = if shift >= 0 {
        ticks << shift
    } else {
        ticks >> (-shift)
    };
    ((t as u128 * mul as u128) >> 32) as u64
}

/// Xen system time (ns since the domain's clock origin) now: the pvclock.
pub fn system_time_ns() -> Option<u64> {
    let (tsc0, sys0, mul, shift) = time_info()?;
    let now = crate::arch::x86_64::cpu::rdtsc();
    Some(sys0 + scale(now.wrapping_sub(tsc0), mul, shift))
}

/// The TSC frequency Xen's scale factors imply (Hz).
pub fn tsc_hz() -> Option<u64> {
    let (_, _, mul, shift) = time_info()?;
    if mul == 0 {
        return None;
    }
    let base = (1_000_000_000u128 << 32) / mul as u128;
    Some(if shift >= 0 {
        (base >> shift) as u64
    } else {
        (base << (-shift)) as u64
    })
}

/// Unix time (ns) at Xen system time 0 (the wallclock fields, same version protocol).
pub fn wallclock_base_ns() -> Option<u64> {
    let s = get()?;
    loop {
        // SAFETY: reads inside the mapped page; volatile since Xen writes them.
        let (v1, sec, nsec, hi, v2) = unsafe {
            let v1 = (&raw const s.wc_version).read_volatile();
            fence(Ordering::Acquire);
            let sec = (&raw const s.wc_sec).read_volatile();
            let nsec = (&raw const s.wc_nsec).read_volatile();
            let hi = (&raw const s.wc_sec_hi).read_volatile();
            fence(Ordering::Acquire);
            (v1, sec, nsec, hi, (&raw const s.wc_version).read_volatile())
        };
        if v1 == v2 && v1 & 1 == 0 {
            let secs = (hi as u64) << 32 | sec as u64;
            return Some(secs * 1_000_000_000 + nsec as u64);
        }
        core::hint::spin_loop();
    }
}

/// Unix time now in ns (wallclock base + system time).
pub fn realtime_ns() -> Option<u64> {
    Some(wallclock_base_ns()? + system_time_ns()?)
}
