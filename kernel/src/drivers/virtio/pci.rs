//! The virtio-pci transport, modern layout (virtio 1.x, spec 4.1): the
//! common, notify, ISR and device configuration structures found through
//! vendor-specific PCI capabilities, each in a memory BAR. Interrupts use
//! the legacy INTx line (routed through the I/O APIC), not MSI-X.

use super::{IrqAck, Transport};
use crate::arch::x86_64::pci::Function;
use core::ptr::{read_volatile, write_volatile};

pub const VENDOR: u16 = 0x1AF4;
const CAP_VENDOR: u8 = 0x09;
const CFG_COMMON: u8 = 1;
const CFG_NOTIFY: u8 = 2;
const CFG_ISR: u8 = 3;
const CFG_DEVICE: u8 = 4;

// common configuration offsets
const C_DEVICE_FEATURE_SELECT: usize = 0x00;
const C_DEVICE_FEATURE: usize = 0x04;
const C_DRIVER_FEATURE_SELECT: usize = 0x08;
const C_DRIVER_FEATURE: usize = 0x0C;
const C_STATUS: usize = 0x14;
const C_QUEUE_SELECT: usize = 0x16;
const C_QUEUE_SIZE: usize = 0x18;
const C_QUEUE_MSIX_VECTOR: usize = 0x1A;
const C_QUEUE_ENABLE: usize = 0x1C;
const C_QUEUE_NOTIFY_OFF: usize = 0x1E;
const C_QUEUE_DESC: usize = 0x20;
const C_QUEUE_DRIVER: usize = 0x28;
const C_QUEUE_DEVICE: usize = 0x30;

pub struct Pci {
    function: Function,
    common: usize,
    notify: usize,
    notify_multiplier: u32,
    isr: usize,
    device: usize,
    gsi: u32,
    /// Notify address of each queue set up so far (index = queue number).
    queue_notify: alloc::vec::Vec<usize>,
}

/// The virtio device type of a PCI function, if it is a virtio device
/// (modern ids 0x1040 + type, or transitional 0x1000..0x103F with the
/// type in the subsystem id).
pub fn device_type(f: &Function) -> Option<u32> {
    if f.vendor() != VENDOR {
        return None;
    }
    match f.device_id() {
        id @ 0x1040..=0x107F => Some(id as u32 - 0x1040),
        0x1000..=0x103F => Some(f.read16(0x2E) as u32),
        _ => None,
    }
}

impl Pci {
    /// Maps the transport of a virtio PCI function; None if it lacks the
    /// modern capabilities.
    pub fn new(function: Function) -> Option<Pci> {
        let (mut common, mut notify, mut isr, mut device, mut mult) = (None, None, None, None, 0);
        for cap in function.capabilities(CAP_VENDOR) {
            let cfg_type = function.read8(cap + 3);
            let bar = function.read8(cap + 4);
            let offset = function.read32(cap + 8) as u64;
            let Some(base) = function.memory_bar(bar) else {
                continue;
            };
            let addr = base + offset;
            crate::arch::x86_64::paging::ensure_mmio_mapped(addr, function.read32(cap + 12) as u64);
            let addr = addr as usize;
            match cfg_type {
                CFG_COMMON if common.is_none() => common = Some(addr),
                CFG_NOTIFY if notify.is_none() => {
                    notify = Some(addr);
                    mult = function.read32(cap + 16);
                }
                CFG_ISR if isr.is_none() => isr = Some(addr),
                CFG_DEVICE if device.is_none() => device = Some(addr),
                _ => {}
            }
        }
        function.enable_memory_and_dma();
        Some(Pci {
            function,
            common: common?,
            notify: notify?,
            notify_multiplier: mult,
            isr: isr?,
            device: device?,
            gsi: function.interrupt_line() as u32,
            queue_notify: alloc::vec::Vec::new(),
        })
    }

    pub fn function(&self) -> Function {
        self.function
    }

    fn r8(&self, off: usize) -> u8 {
        // SAFETY: inside the common configuration structure, mapped uncached.
        unsafe { read_volatile((self.common + off) as *const u8) }
    }
    fn w8(&self, off: usize, v: u8) {
        // SAFETY: as in `r8`.
        unsafe { write_volatile((self.common + off) as *mut u8, v) }
    }
    fn r16(&self, off: usize) -> u16 {
        // SAFETY: as in `r8`; the field is 16-bit aligned.
        unsafe { read_volatile((self.common + off) as *const u16) }
    }
    fn w16(&self, off: usize, v: u16) {
        // SAFETY: as in `r16`.
        unsafe { write_volatile((self.common + off) as *mut u16, v) }
    }
    fn r32(&self, off: usize) -> u32 {
        // SAFETY: as in `r8`; the field is 32-bit aligned.
        unsafe { read_volatile((self.common + off) as *const u32) }
    }
    fn w32(&self, off: usize, v: u32) {
        // SAFETY: as in `r32`.
        unsafe { write_volatile((self.common + off) as *mut u32, v) }
    }
    fn w64(&self, off: usize, v: u64) {
        self.w32(off, v as u32);
        self.w32(off + 4, (v >> 32) as u32);
    }
}

impl Transport for Pci {
    fn kind(&self) -> &'static str {
        "pci"
    }
    fn device_type(&self) -> u32 {
        device_type(&self.function).unwrap_or(0)
    }
    fn device_features(&mut self) -> u64 {
        self.w32(C_DEVICE_FEATURE_SELECT, 0);
        let low = self.r32(C_DEVICE_FEATURE) as u64;
        self.w32(C_DEVICE_FEATURE_SELECT, 1);
        low | (self.r32(C_DEVICE_FEATURE) as u64) << 32
    }
    fn set_driver_features(&mut self, f: u64) {
        self.w32(C_DRIVER_FEATURE_SELECT, 0);
        self.w32(C_DRIVER_FEATURE, f as u32);
        self.w32(C_DRIVER_FEATURE_SELECT, 1);
        self.w32(C_DRIVER_FEATURE, (f >> 32) as u32);
    }
    fn status(&mut self) -> u8 {
        self.r8(C_STATUS)
    }
    fn set_status(&mut self, s: u8) {
        self.w8(C_STATUS, s)
    }
    fn max_queue_size(&mut self, q: u16) -> u16 {
        self.w16(C_QUEUE_SELECT, q);
        self.r16(C_QUEUE_SIZE)
    }
    fn setup_queue(&mut self, q: u16, size: u16, desc: u64, driver: u64, device: u64) {
        self.w16(C_QUEUE_SELECT, q);
        self.w16(C_QUEUE_SIZE, size);
        self.w16(C_QUEUE_MSIX_VECTOR, 0xFFFF); // no MSI-X: INTx
        self.w64(C_QUEUE_DESC, desc);
        self.w64(C_QUEUE_DRIVER, driver);
        self.w64(C_QUEUE_DEVICE, device);
        self.w16(C_QUEUE_ENABLE, 1);
        let off = self.r16(C_QUEUE_NOTIFY_OFF) as usize;
        let q = q as usize;
        if self.queue_notify.len() <= q {
            self.queue_notify.resize(q + 1, 0);
        }
        self.queue_notify[q] = self.notify + off * self.notify_multiplier as usize;
    }
    fn notify(&mut self, q: u16) {
        if let Some(&addr) = self.queue_notify.get(q as usize).filter(|&&a| a != 0) {
            // SAFETY: the queue's notify address, from the device's notify capability.
            unsafe { write_volatile(addr as *mut u16, q) }
        }
    }
    fn config_u8(&mut self, offset: usize) -> u8 {
        // SAFETY: inside the device configuration structure.
        unsafe { read_volatile((self.device + offset) as *const u8) }
    }
    fn irq_ack(&self) -> IrqAck {
        IrqAck::PciIsr { addr: self.isr }
    }
    fn gsi(&self) -> u32 {
        self.gsi
    }
}
