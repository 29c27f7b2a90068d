//! I/O APICs: routing device interrupt lines (GSIs) to IDT vectors on the
//! boot CPU. The legacy PIC stays masked; every device interrupt goes
//! through here.
//!
//! Both QEMU machines put the first I/O APIC at 0xFEC0_0000 (GSIs 0..23);
//! microvm adds a second one at 0xFEC1_0000 (GSIs 24..47, where its
//! virtio-mmio transports are wired) when ACPI is on. We do not parse the
//! ACPI MADT: a candidate is used if its version register looks like an
//! I/O APIC's. Not here: MSI/MSI-X, interrupt remapping, other CPUs.

use core::ptr::{read_volatile, write_volatile};

const CANDIDATES: [(usize, u32); 2] = [(0xFEC0_0000, 0), (0xFEC1_0000, 24)];
const REG_VERSION: u32 = 0x01;
const REG_REDIR: u32 = 0x10;
const LEVEL: u64 = 1 << 15;
const ACTIVE_LOW: u64 = 1 << 13;
const MASKED: u64 = 1 << 16;

/// How a line signals.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Trigger {
    Edge,
    /// Level-triggered, active high (QEMU's virtio-mmio and PCI INTx lines as
    /// its I/O APIC model sees them): the handler must quiet the device
    /// before the EOI or the line fires again.
    Level,
}

fn read(base: usize, reg: u32) -> u32 {
    // SAFETY: `base` is an I/O APIC register window in the uncached identity
    // map (below 4 GiB, outside RAM); IOREGSEL at +0, IOWIN at +0x10.
    unsafe {
        write_volatile(base as *mut u32, reg);
        read_volatile((base + 0x10) as *const u32)
    }
}

fn write(base: usize, reg: u32, value: u32) {
    // SAFETY: as in `read`.
    unsafe {
        write_volatile(base as *mut u32, reg);
        write_volatile((base + 0x10) as *mut u32, value);
    }
}

/// The I/O APIC serving `gsi`: (register base, first GSI, pin count).
fn find(gsi: u32) -> Option<(usize, u32, u32)> {
    CANDIDATES.iter().find_map(|&(base, first)| {
        let v = read(base, REG_VERSION);
        let version = v & 0xFF;
        let pins = ((v >> 16) & 0xFF) + 1;
        let plausible = (0x11..=0x20).contains(&version) && (8..=120).contains(&pins);
        (plausible && gsi >= first && gsi < first + pins).then_some((base, first, pins))
    })
}

/// Whether an I/O APIC serves `gsi`.
pub fn has_gsi(gsi: u32) -> bool {
    find(gsi).is_some()
}

/// Routes `gsi` to `vector` on this CPU (fixed delivery, physical mode) and
/// unmasks it. Returns false if no I/O APIC serves that GSI.
pub fn route(gsi: u32, vector: u8, trigger: Trigger) -> bool {
    let Some((base, first, _)) = find(gsi) else {
        return false;
    };
    let pin = gsi - first;
    let mut entry = vector as u64;
    if trigger == Trigger::Level {
        entry |= LEVEL;
    }
    entry &= !(ACTIVE_LOW | MASKED);
    entry |= (super::lapic::id() as u64) << 56;
    write(base, REG_REDIR + 2 * pin + 1, (entry >> 32) as u32);
    write(base, REG_REDIR + 2 * pin, entry as u32);
    true
}

/// Masks `gsi` again.
pub fn mask(gsi: u32) {
    if let Some((base, first, _)) = find(gsi) {
        let reg = REG_REDIR + 2 * (gsi - first);
        write(base, reg, read(base, reg) | MASKED as u32);
    }
}
