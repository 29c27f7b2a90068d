//! The Xen platform (PVH guests): detection through the hypervisor CPUID
//! leaves, hypercalls, shared_info with the pvclock and the wallclock, the
//! PV console, event channels on an IDT vector, the xenstore client with the
//! `control/shutdown` watch, and power-off/crash through SCHEDOP_shutdown.
//! Everything is written from Xen's public headers (xen/include/public).
//!
//! netfront (`netfront.rs`) is the network device on Xen (grant tables v1 in `gnttab.rs`).

pub mod console;
pub mod evtchn;
pub mod gnttab;
pub mod hypercall;
pub mod netfront;
pub mod shared;
pub mod timer;
pub mod xenstore;

use crate::arch::x86_64::cpu;
use core::sync::atomic::{AtomicU32, Ordering};

/// The CPUID base of Xen's leaves (0: not on Xen).
static CPUID_BASE: AtomicU32 = AtomicU32::new(0);

/// Looks for "XenVMMXenVMM" at 0x40000000 + n*0x100 (Xen moves its leaves
/// up when it also offers Viridian). Returns the base leaf.
pub fn detect() -> Option<u32> {
    let (_, _, ecx, _) = cpu::cpuid(1, 0);
    if ecx & (1 << 31) == 0 {
        return None; // no hypervisor bit
    }
    (0x4000_0000u32..0x4001_0000).step_by(0x100).find(|&leaf| {
        let (max, b, c, d) = cpu::cpuid(leaf, 0);
        // "XenV" "MMXe" "nVMM" in ebx, ecx, edx; base+2 must exist
        (b, c, d) == (0x566e_6558, 0x6558_4d4d, 0x4d4d_566e) && max >= leaf + 2
    })
}

/// Whether the kernel runs on Xen (after `init_early`).
pub fn active() -> bool {
    CPUID_BASE.load(Ordering::Relaxed) != 0
}

/// Xen's version (major, minor) from CPUID base+1.
pub fn version() -> (u32, u32) {
    let (eax, ..) = cpu::cpuid(CPUID_BASE.load(Ordering::Relaxed) + 1, 0);
    (eax >> 16, eax & 0xffff)
}

/// First thing at boot on Xen: hypercall page, console, shared_info.
/// Runs on the loader's identity mapping, before the heap exists.
pub fn init_early(base: u32) {
    CPUID_BASE.store(base, Ordering::Relaxed);
    hypercall::init(base);
    if !hypercall::ready() {
        return;
    }
    console::init();
    let rc = shared::init();
    if rc != 0 {
        debug_port(b"mote: xen: mapping shared_info failed\n");
    }
}

/// Port 0xE9: Xen prints what a HVM/PVH guest writes there in its own log
/// (`xl dmesg`, with guest_loglvl). The fallback before the console exists.
pub fn debug_port(bytes: &[u8]) {
    for &b in bytes {
        cpu::outb(0xE9, b);
    }
}

pub fn console_write(bytes: &[u8]) {
    if console::ready() {
        console::write(bytes)
    } else {
        debug_port(bytes)
    }
}

/// Later boot (heap, IDT and scheduler up): event channels, the
/// singleshot timer in place of the LAPIC's, xenstore.
pub fn init_late() {
    evtchn::init();
    let wanted = crate::cmdline().get("xen.timer").unwrap_or("singleshot");
    if wanted != "singleshot" && wanted != "lapic" {
        crate::kwarn!("xen.timer={wanted}: expected singleshot or lapic; using singleshot");
    }
    if wanted != "lapic" && timer::init(crate::thread::timer_fired) {
        crate::arch::x86_64::cpu::without_interrupts(crate::timer::switch_to_xen);
    }
    // re-arm the scheduler's next deadline on the timer now in charge
    crate::thread::yield_now();
    crate::println!("  timer: {}", crate::timer::name());
    xenstore::init();
}

/// Ends the domain: exit status 0..=100 is a power-off, the kernel's own
/// failure statuses (panic, fault, out of memory, bad filesystem) a crash.
/// The status is printed for the toolstack's log (`xl` has no exit code).
pub fn exit(code: u8) -> ! {
    let crash = (crate::fault::EXIT_PANIC..=crate::fault::EXIT_BAD_FILESYSTEM).contains(&code);
    let mut buf = [0u8; 48];
    let line = format_status(&mut buf, code, crash);
    console_write(line);
    console::flush();
    let reason = if crash {
        hypercall::SHUTDOWN_CRASH
    } else {
        hypercall::SHUTDOWN_POWEROFF
    };
    if hypercall::ready() {
        hypercall::shutdown(reason);
    }
    debug_port(b"mote: SCHEDOP_shutdown failed; halting\n");
    cpu::halt_forever()
}

/// "mote: exit status N (poweroff|crash)\n" without core::fmt (this runs
/// in panic and fault paths too).
fn format_status(buf: &mut [u8; 48], code: u8, crash: bool) -> &[u8] {
    let mut n = 0;
    let mut push = |s: &[u8]| {
        buf[n..n + s.len()].copy_from_slice(s);
        n += s.len();
    };
    push(b"mote: exit status ");
    let digits = [b'0' + code / 100, b'0' + code / 10 % 10, b'0' + code % 10];
    let skip = if code >= 100 {
        0
    } else if code >= 10 {
        1
    } else {
        2
    };
    push(&digits[skip..]);
    push(if crash {
        b" (crash)\n"
    } else {
        b" (poweroff)\n"
    });
    &buf[..n]
}

/// Unix time in ns from Xen's wallclock, if shared_info is mapped.
pub fn realtime_ns() -> Option<u64> {
    shared::realtime_ns()
}
