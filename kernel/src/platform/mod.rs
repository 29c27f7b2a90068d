//! Platform drivers, one folder per platform behind one interface:
//! console output and power-off. Only QEMU exists so far; Xen (PV console,
//! SCHEDOP_shutdown) comes with the Xen issue and is picked at boot via CPUID.

pub mod qemu;

pub fn console_write(bytes: &[u8]) {
    qemu::serial::write_bytes(bytes)
}

pub fn exit(code: u8) -> ! {
    qemu::exit(code)
}
