//! PCI configuration space through the legacy 0xCF8/0xCFC ports (bus 0
//! is enough for QEMU's `pc`), device enumeration, BAR decoding and
//! capability lists. Not here: PCIe ECAM, bridges, MSI/MSI-X.

use core::arch::asm;

const CONFIG_ADDRESS: u16 = 0xCF8;
const CONFIG_DATA: u16 = 0xCFC;

fn outl(port: u16, value: u32) {
    // SAFETY: port I/O to the PCI configuration mechanism; no memory effects.
    unsafe {
        asm!("out dx, eax", in("dx") port, in("eax") value, options(nomem, nostack, preserves_flags))
    }
}

fn inl(port: u16) -> u32 {
    let v: u32;
    // SAFETY: as in `outl`.
    unsafe {
        asm!("in eax, dx", out("eax") v, in("dx") port, options(nomem, nostack, preserves_flags))
    }
    v
}

/// A function on bus 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Function {
    pub bus: u8,
    pub device: u8,
    pub function: u8,
}

impl Function {
    fn address(&self, offset: u8) -> u32 {
        0x8000_0000
            | (self.bus as u32) << 16
            | (self.device as u32) << 11
            | (self.function as u32) << 8
            | (offset as u32 & 0xFC)
    }

    pub fn read32(&self, offset: u8) -> u32 {
        crate::arch::x86_64::cpu::without_interrupts(|| {
            outl(CONFIG_ADDRESS, self.address(offset));
            inl(CONFIG_DATA)
        })
    }

    pub fn write32(&self, offset: u8, value: u32) {
        crate::arch::x86_64::cpu::without_interrupts(|| {
            outl(CONFIG_ADDRESS, self.address(offset));
            outl(CONFIG_DATA, value);
        })
    }

    pub fn read16(&self, offset: u8) -> u16 {
        (self.read32(offset) >> ((offset & 2) * 8)) as u16
    }

    pub fn read8(&self, offset: u8) -> u8 {
        (self.read32(offset) >> ((offset & 3) * 8)) as u8
    }

    pub fn vendor(&self) -> u16 {
        self.read16(0)
    }

    pub fn device_id(&self) -> u16 {
        self.read16(2)
    }

    /// The legacy interrupt line the firmware assigned (an ISA IRQ = GSI on `pc`).
    pub fn interrupt_line(&self) -> u8 {
        self.read8(0x3C)
    }

    /// Turns on memory decoding and bus mastering (DMA), keeps INTx enabled.
    pub fn enable_memory_and_dma(&self) {
        let cmd = self.read32(0x04) & 0xFFFF;
        let cmd = (cmd | 0x2 | 0x4) & !(1 << 10);
        self.write32(0x04, cmd);
    }

    /// The physical address of memory BAR `index` (64-bit BARs combined),
    /// or None for an I/O or empty BAR.
    pub fn memory_bar(&self, index: u8) -> Option<u64> {
        if index > 5 {
            return None;
        }
        let off = 0x10 + 4 * index;
        let low = self.read32(off);
        if low & 1 != 0 {
            return None; // I/O space
        }
        let mut addr = (low & 0xFFFF_FFF0) as u64;
        if (low >> 1) & 3 == 2 && index < 5 {
            addr |= (self.read32(off + 4) as u64) << 32;
        }
        (addr != 0).then_some(addr)
    }

    /// Offsets of the capabilities with id `cap_id`.
    pub fn capabilities(&self, cap_id: u8) -> impl Iterator<Item = u8> + '_ {
        let has_list = self.read16(0x06) & (1 << 4) != 0;
        let mut next = if has_list { self.read8(0x34) & 0xFC } else { 0 };
        let mut guard = 0;
        core::iter::from_fn(move || loop {
            if next == 0 || guard > 48 {
                return None;
            }
            guard += 1;
            let at = next;
            next = self.read8(at + 1) & 0xFC;
            if self.read8(at) == cap_id {
                return Some(at);
            }
        })
    }
}

/// Every present function on bus 0.
pub fn functions() -> impl Iterator<Item = Function> {
    (0..32u8)
        .flat_map(|device| {
            let f0 = Function {
                bus: 0,
                device,
                function: 0,
            };
            let multi = f0.vendor() != 0xFFFF && f0.read8(0x0E) & 0x80 != 0;
            let count = if multi { 8 } else { 1 };
            (0..count).map(move |function| Function {
                bus: 0,
                device,
                function,
            })
        })
        .filter(|f| f.vendor() != 0xFFFF)
}
