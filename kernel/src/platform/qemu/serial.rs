//! COM1, a 16550 UART at I/O port 0x3F8: the console on QEMU.

use crate::arch::x86_64::cpu::{inb, outb};

const COM1: u16 = 0x3F8;
const LINE_STATUS: u16 = COM1 + 5;
const TX_EMPTY: u8 = 0x20;

pub fn init() {
    outb(COM1 + 1, 0x00); // no UART interrupts
    outb(COM1 + 3, 0x80); // DLAB on
    outb(COM1, 0x01); // 115200 baud
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03); // 8N1, DLAB off
    outb(COM1 + 2, 0xC7); // FIFO on, cleared
    outb(COM1 + 4, 0x03); // DTR, RTS
}

/// Bytes the transmit FIFO holds (`init` enables it).
const FIFO: usize = 16;

/// Writes `bytes`, polling the line status once per FIFO-full: THRE set
/// means the transmit FIFO is empty, so 16 bytes fit without another look
/// (each status read is an emulated I/O access).
pub fn write_bytes(bytes: &[u8]) {
    let mut i = 0;
    while i < bytes.len() {
        // Bounded wait: a missing UART reads 0xFF (always "empty"), a stuck one is skipped.
        let mut spins = 0u32;
        while inb(LINE_STATUS) & TX_EMPTY == 0 && spins < 100_000 {
            spins += 1;
        }
        let end = bytes.len().min(i + FIFO);
        while i < end {
            outb(COM1, bytes[i]);
            i += 1;
        }
    }
}
