//! Platform drivers, one folder per platform behind one interface: console
//! output, power-off, wall-clock time. The platform is picked once at boot
//! ([`init_early`]): Xen if CPUID shows its leaves (a PVH guest under `xl`),
//! else QEMU (COM1, `isa-debug-exit`).

pub mod qemu;
pub mod xen;

use core::sync::atomic::{AtomicU8, Ordering};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Platform {
    Qemu,
    Xen,
}

static PLATFORM: AtomicU8 = AtomicU8::new(0);

/// Detects the platform and brings up its console. Runs first at boot.
pub fn init_early() {
    match xen::detect() {
        Some(base) => {
            PLATFORM.store(1, Ordering::Relaxed);
            xen::init_early(base);
        }
        None => qemu::serial::init(),
    }
}

/// After the heap, IDT and scheduler exist: the platform's interrupt-driven parts.
pub fn init_late() {
    if current() == Platform::Xen {
        xen::init_late();
    }
}

pub fn current() -> Platform {
    if PLATFORM.load(Ordering::Relaxed) == 1 {
        Platform::Xen
    } else {
        Platform::Qemu
    }
}

pub fn name() -> &'static str {
    match current() {
        Platform::Qemu => "qemu",
        Platform::Xen => "xen",
    }
}

#[inline(never)]
pub fn console_write(bytes: &[u8]) {
    match current() {
        Platform::Qemu => qemu::serial::write_bytes(bytes),
        Platform::Xen => xen::console_write(bytes),
    }
}

pub fn exit(code: u8) -> ! {
    match current() {
        Platform::Qemu => qemu::exit(code),
        Platform::Xen => xen::exit(code),
    }
}

/// Unix time in ns from the platform's clock, if it has one (Xen's
/// wallclock); None means: use the RTC.
pub fn realtime_ns() -> Option<u64> {
    match current() {
        Platform::Qemu => None,
        Platform::Xen => xen::realtime_ns(),
    }
}
