//! The virtio-mmio transport (virtio 1.x register layout, version 2).
//! Devices are found from `virtio_mmio.device=SIZE@ADDR:GSI` command-line
//! words when present, else by probing QEMU microvm's transport slots
//! (0xFEB0_0000 + 512 * i, GSI 24 + i with its second I/O APIC, else 5 + i).

use super::{IrqAck, Transport};
use core::ptr::{read_volatile, write_volatile};

const MAGIC: u32 = 0x7472_6976; // "virt"
const R_MAGIC: usize = 0x000;
const R_VERSION: usize = 0x004;
const R_DEVICE_ID: usize = 0x008;
const R_DEVICE_FEATURES: usize = 0x010;
const R_DEVICE_FEATURES_SEL: usize = 0x014;
const R_DRIVER_FEATURES: usize = 0x020;
const R_DRIVER_FEATURES_SEL: usize = 0x024;
const R_QUEUE_SEL: usize = 0x030;
const R_QUEUE_NUM_MAX: usize = 0x034;
const R_QUEUE_NUM: usize = 0x038;
const R_QUEUE_READY: usize = 0x044;
const R_QUEUE_NOTIFY: usize = 0x050;
const R_STATUS: usize = 0x070;
const R_QUEUE_DESC: usize = 0x080;
const R_QUEUE_DRIVER: usize = 0x090;
const R_QUEUE_DEVICE: usize = 0x0A0;
const R_CONFIG: usize = 0x100;

const MICROVM_BASE: usize = 0xFEB0_0000;
const MICROVM_SLOTS: usize = 24;

pub struct Mmio {
    base: usize,
    gsi: u32,
}

/// What a probe found at a transport address.
pub enum Probe {
    Modern(Mmio),
    /// A legacy (version 1) transport with a device behind it.
    Legacy {
        device_type: u32,
    },
    Nothing,
}

fn read(base: usize, reg: usize) -> u32 {
    // SAFETY: `base` is a virtio-mmio register window below 4 GiB outside
    // RAM, which the kernel maps uncached; registers are 32-bit aligned.
    unsafe { read_volatile((base + reg) as *const u32) }
}

fn write(base: usize, reg: usize, v: u32) {
    // SAFETY: as in `read`.
    unsafe { write_volatile((base + reg) as *mut u32, v) }
}

impl Mmio {
    pub fn probe(base: usize, gsi: u32) -> Probe {
        if read(base, R_MAGIC) != MAGIC {
            return Probe::Nothing;
        }
        let device_type = read(base, R_DEVICE_ID);
        if device_type == 0 {
            return Probe::Nothing;
        }
        match read(base, R_VERSION) {
            2 => Probe::Modern(Mmio { base, gsi }),
            _ => Probe::Legacy { device_type },
        }
    }

    pub fn base(&self) -> usize {
        self.base
    }
}

/// Candidate transports: (register base, GSI).
pub fn candidates(cmdline: &crate::cmdline::CommandLine) -> alloc::vec::Vec<(usize, u32)> {
    let mut v = alloc::vec::Vec::new();
    for o in cmdline.options().filter(|o| o.key == "virtio_mmio.device") {
        // SIZE@ADDR:GSI, e.g. 512@0xfeb00e00:12
        let parsed = o.value.split_once('@').and_then(|(_, rest)| {
            let (addr, gsi) = rest.split_once(':')?;
            let addr = usize::from_str_radix(addr.trim_start_matches("0x"), 16).ok()?;
            Some((addr, gsi.parse().ok()?))
        });
        match parsed {
            Some(p) => v.push(p),
            None => crate::kwarn!("virtio_mmio.device={}: expected SIZE@0xADDR:GSI", o.value),
        }
    }
    if v.is_empty() {
        let first_gsi = if crate::arch::x86_64::ioapic::has_gsi(24) {
            24
        } else {
            5
        };
        v.extend((0..MICROVM_SLOTS).map(|i| (MICROVM_BASE + 512 * i, first_gsi + i as u32)));
    }
    v
}

impl Transport for Mmio {
    fn kind(&self) -> &'static str {
        "mmio"
    }
    fn device_type(&self) -> u32 {
        read(self.base, R_DEVICE_ID)
    }
    fn device_features(&mut self) -> u64 {
        write(self.base, R_DEVICE_FEATURES_SEL, 0);
        let low = read(self.base, R_DEVICE_FEATURES) as u64;
        write(self.base, R_DEVICE_FEATURES_SEL, 1);
        low | (read(self.base, R_DEVICE_FEATURES) as u64) << 32
    }
    fn set_driver_features(&mut self, f: u64) {
        write(self.base, R_DRIVER_FEATURES_SEL, 0);
        write(self.base, R_DRIVER_FEATURES, f as u32);
        write(self.base, R_DRIVER_FEATURES_SEL, 1);
        write(self.base, R_DRIVER_FEATURES, (f >> 32) as u32);
    }
    fn status(&mut self) -> u8 {
        read(self.base, R_STATUS) as u8
    }
    fn set_status(&mut self, s: u8) {
        write(self.base, R_STATUS, s as u32)
    }
    fn max_queue_size(&mut self, q: u16) -> u16 {
        write(self.base, R_QUEUE_SEL, q as u32);
        read(self.base, R_QUEUE_NUM_MAX).min(u16::MAX as u32) as u16
    }
    fn setup_queue(&mut self, q: u16, size: u16, desc: u64, driver: u64, device: u64) {
        write(self.base, R_QUEUE_SEL, q as u32);
        write(self.base, R_QUEUE_NUM, size as u32);
        for (reg, addr) in [
            (R_QUEUE_DESC, desc),
            (R_QUEUE_DRIVER, driver),
            (R_QUEUE_DEVICE, device),
        ] {
            write(self.base, reg, addr as u32);
            write(self.base, reg + 4, (addr >> 32) as u32);
        }
        write(self.base, R_QUEUE_READY, 1);
    }
    fn notify(&mut self, q: u16) {
        write(self.base, R_QUEUE_NOTIFY, q as u32)
    }
    fn config_u8(&mut self, offset: usize) -> u8 {
        // SAFETY: the device configuration space follows the registers.
        unsafe { read_volatile((self.base + R_CONFIG + offset) as *const u8) }
    }
    fn irq_ack(&self) -> IrqAck {
        IrqAck::Mmio { base: self.base }
    }
    fn gsi(&self) -> u32 {
        self.gsi
    }
}
