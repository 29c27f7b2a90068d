//! The QEMU platform: COM1 console and `isa-debug-exit` power-off.

pub mod serial;

use crate::arch::x86_64::cpu;

/// Port of QEMU's `isa-debug-exit` device (`-device isa-debug-exit,iobase=0xf4,iosize=4`).
const DEBUG_EXIT_PORT: u16 = 0xf4;

/// Ends the VM. QEMU exits with status `(code << 1) | 1`; `mote run` maps it back.
pub fn exit(code: u8) -> ! {
    cpu::outl(DEBUG_EXIT_PORT, code as u32);
    // QEMU ends the process asynchronously: give it time before concluding
    // there is no debug-exit device (plain QEMU without it).
    let start = cpu::rdtsc();
    while cpu::rdtsc().wrapping_sub(start) < 2_000_000_000 {
        core::hint::spin_loop();
    }
    serial::write_bytes(b"mote: no isa-debug-exit device; halting\n");
    cpu::halt_forever()
}
