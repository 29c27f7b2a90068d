//! Virtio 1.x (modern) devices: the [`Transport`] interface with its MMIO
//! (`mmio`) and PCI (`pci`) implementations, split virtqueues (`queue`),
//! the initialisation handshake, and the network device (`net`).
//! Not here: legacy (0.9.x) transports, packed rings, event-index
//! notification suppression, MSI-X.

pub mod mmio;
pub mod net;
pub mod pci;
pub mod queue;

pub const STATUS_ACKNOWLEDGE: u8 = 1;
pub const STATUS_DRIVER: u8 = 2;
pub const STATUS_DRIVER_OK: u8 = 4;
pub const STATUS_FEATURES_OK: u8 = 8;
pub const STATUS_FAILED: u8 = 128;

pub const F_VERSION_1: u64 = 1 << 32;

/// What a driver needs from a virtio transport.
pub trait Transport: Send {
    fn kind(&self) -> &'static str;
    fn device_type(&self) -> u32;
    fn device_features(&mut self) -> u64;
    fn set_driver_features(&mut self, features: u64);
    fn status(&mut self) -> u8;
    fn set_status(&mut self, status: u8);
    /// Largest size of queue `q`, 0 if it does not exist.
    fn max_queue_size(&mut self, q: u16) -> u16;
    /// Gives the device queue `q` (its three areas' physical addresses) and enables it.
    fn setup_queue(&mut self, q: u16, size: u16, desc: u64, driver: u64, device: u64);
    fn notify(&mut self, q: u16);
    /// Byte `offset` of the device-specific configuration.
    fn config_u8(&mut self, offset: usize) -> u8;
    /// What the interrupt handler needs to acknowledge this device's interrupt.
    fn irq_ack(&self) -> IrqAck;
    /// The GSI the device interrupts on.
    fn gsi(&self) -> u32;
}

/// How to acknowledge a virtio interrupt without any lock (from the IRQ handler).
#[derive(Clone, Copy, Debug)]
pub enum IrqAck {
    /// virtio-mmio: read InterruptStatus, write the bits to InterruptACK.
    Mmio { base: usize },
    /// virtio-pci: reading the ISR byte clears it and lowers INTx.
    PciIsr { addr: usize },
}

impl IrqAck {
    /// Acknowledges; returns the interrupt status bits (0: not ours).
    pub fn ack(self) -> u32 {
        match self {
            // SAFETY: `base` is the device's register window (uncached
            // identity map); 0x60 InterruptStatus, 0x64 InterruptACK.
            IrqAck::Mmio { base } => unsafe {
                let s = core::ptr::read_volatile((base + 0x60) as *const u32);
                core::ptr::write_volatile((base + 0x64) as *mut u32, s);
                s
            },
            // SAFETY: `addr` is the ISR byte of the device's ISR capability.
            IrqAck::PciIsr { addr } => unsafe {
                core::ptr::read_volatile(addr as *const u8) as u32
            },
        }
    }
}

/// Why a device could not be set up.
#[derive(Debug)]
pub enum InitError {
    /// The device did not accept our feature set (no VERSION_1, ...).
    Features(u64),
    NoQueue(u16),
    OutOfMemory,
}

/// The first half of the handshake (spec 3.1.1): reset, ACKNOWLEDGE,
/// DRIVER, negotiate `wanted` (VERSION_1 is required), FEATURES_OK.
/// Returns the accepted features; the driver then sets up its queues and
/// calls [`driver_ok`].
pub fn negotiate(t: &mut dyn Transport, wanted: u64) -> Result<u64, InitError> {
    t.set_status(0);
    let mut spins = 0;
    while t.status() != 0 && spins < 1_000_000 {
        spins += 1;
    }
    t.set_status(STATUS_ACKNOWLEDGE);
    t.set_status(STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    let offered = t.device_features();
    if offered & F_VERSION_1 == 0 {
        t.set_status(STATUS_FAILED);
        return Err(InitError::Features(offered));
    }
    let accepted = offered & (wanted | F_VERSION_1);
    t.set_driver_features(accepted);
    t.set_status(STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK);
    if t.status() & STATUS_FEATURES_OK == 0 {
        t.set_status(STATUS_FAILED);
        return Err(InitError::Features(offered));
    }
    Ok(accepted)
}

pub fn driver_ok(t: &mut dyn Transport) {
    t.set_status(STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK);
}
