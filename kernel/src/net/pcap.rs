//! `net.pcap=1`: every frame, received or sent, as a classic pcap stream
//! (microsecond timestamps, link type Ethernet) on the second serial port
//! (COM2, I/O port 0x2F8). `mote run --pcap FILE` connects that port to a
//! file that `tshark -r FILE` reads. Frames are written in full.

use crate::arch::x86_64::cpu::{inb, outb};

const COM2: u16 = 0x2F8;
const LINE_STATUS: u16 = COM2 + 5;
const TX_EMPTY: u8 = 0x20;

fn write(bytes: &[u8]) {
    for &b in bytes {
        let mut spins = 0u32;
        while inb(LINE_STATUS) & TX_EMPTY == 0 && spins < 100_000 {
            spins += 1;
        }
        outb(COM2, b);
    }
}

/// Whether a UART answers at COM2 (a missing one reads 0xFF).
pub fn present() -> bool {
    inb(LINE_STATUS) != 0xFF
}

/// Sets up COM2 and writes the pcap global header.
pub fn start() {
    outb(COM2 + 1, 0x00);
    outb(COM2 + 3, 0x80);
    outb(COM2, 0x01);
    outb(COM2 + 1, 0x00);
    outb(COM2 + 3, 0x03);
    outb(COM2 + 2, 0xC7);
    outb(COM2 + 4, 0x03);
    let mut h = [0u8; 24];
    h[0..4].copy_from_slice(&0xA1B2_C3D4u32.to_le_bytes());
    h[4..6].copy_from_slice(&2u16.to_le_bytes());
    h[6..8].copy_from_slice(&4u16.to_le_bytes());
    h[16..20].copy_from_slice(&65535u32.to_le_bytes()); // snaplen
    h[20..24].copy_from_slice(&1u32.to_le_bytes()); // LINKTYPE_ETHERNET
    write(&h);
}

/// One record; `now_ns` is the kernel clock (time since boot).
pub fn record(frame: &[u8], now_ns: u64) {
    let mut h = [0u8; 16];
    h[0..4].copy_from_slice(&((now_ns / 1_000_000_000) as u32).to_le_bytes());
    h[4..8].copy_from_slice(&((now_ns / 1000 % 1_000_000) as u32).to_le_bytes());
    h[8..12].copy_from_slice(&(frame.len() as u32).to_le_bytes());
    h[12..16].copy_from_slice(&(frame.len() as u32).to_le_bytes());
    write(&h);
    write(frame);
}
