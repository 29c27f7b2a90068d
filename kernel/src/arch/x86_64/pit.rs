//! The legacy 8254 PIT, used only as a known-frequency reference for
//! calibrating the TSC and the LAPIC timer, and the legacy 8259 PICs, which
//! are remapped away from the exception vectors and masked for good.

use super::cpu::{inb, outb};

pub const PIT_HZ: u64 = 1_193_182;

const CMD: u16 = 0x43;
const CH2: u16 = 0x42;
const GATE: u16 = 0x61;

/// Starts channel 2 counting down from 0xffff (mode 0), gate on, speaker off.
pub fn start_channel2() {
    outb(GATE, (inb(GATE) & !0x02) | 0x01);
    outb(CMD, 0b1011_0000); // channel 2, lo/hi byte, mode 0, binary
    outb(CH2, 0xff);
    outb(CH2, 0xff);
}

/// Latches and reads channel 2's current count.
pub fn read_channel2() -> u16 {
    outb(CMD, 0b1000_0000); // latch channel 2
    let lo = inb(CH2) as u16;
    let hi = inb(CH2) as u16;
    hi << 8 | lo
}

/// Remaps both PICs to vectors 0x20..0x30 and masks every line, so a
/// stray legacy interrupt can never look like a CPU exception.
pub fn disable_legacy_pic() {
    const ICW1: u8 = 0x11;
    outb(0x20, ICW1);
    outb(0xA0, ICW1);
    outb(0x21, 0x20);
    outb(0xA1, 0x28);
    outb(0x21, 4);
    outb(0xA1, 2);
    outb(0x21, 1);
    outb(0xA1, 1);
    outb(0x21, 0xff);
    outb(0xA1, 0xff);
}
