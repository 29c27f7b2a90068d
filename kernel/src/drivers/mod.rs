//! Device drivers by bus and device: virtio (transports over MMIO and PCI,
//! split virtqueues, the network device) and the [`NetDevice`] interface
//! every network driver implements (virtio-net now, Xen netfront later).
//! Not here: the network stack (`crate::net`), platform consoles.

pub mod virtio;

use alloc::boxed::Box;

/// Bytes in one frame buffer: an Ethernet frame of MTU 1500 (1514 bytes)
/// plus any driver header fits.
pub const FRAME_BUFFER: usize = 2048;

/// A received frame, owned by whoever holds it until it goes back to the
/// driver with [`NetDevice::recycle`]. The bytes stay where the device
/// wrote them (no copy): `data()` is a view into the DMA buffer.
pub struct RxFrame {
    pub buf: Box<[u8; FRAME_BUFFER]>,
    /// Where the frame starts in `buf` (after any device header).
    pub start: usize,
    pub len: usize,
    /// Driver-private slot number.
    pub slot: u16,
}

impl RxFrame {
    pub fn data(&self) -> &[u8] {
        &self.buf[self.start..self.start + self.len]
    }
}

/// A transmit buffer lent by the driver; fill `frame_mut(len)` and hand it
/// back with [`NetDevice::submit`].
pub struct TxFrame {
    pub buf: Box<[u8; FRAME_BUFFER]>,
    pub start: usize,
}

impl TxFrame {
    /// Largest frame this buffer holds.
    pub fn capacity(&self) -> usize {
        FRAME_BUFFER - self.start
    }
    pub fn frame_mut(&mut self, len: usize) -> &mut [u8] {
        &mut self.buf[self.start..self.start + len]
    }
}

/// What the network stack needs from a NIC driver. All calls come from
/// thread context with the network lock held; the interrupt handler the
/// driver registers only acknowledges the device and wakes the network
/// thread through [`crate::net::wake_from_irq`].
pub trait NetDevice: Send {
    fn name(&self) -> &'static str;
    fn mac(&self) -> [u8; 6];
    /// Largest Ethernet frame (without FCS) the device carries.
    fn max_frame(&self) -> usize {
        1514
    }
    /// The next received frame, if any.
    fn receive(&mut self) -> Option<RxFrame>;
    /// Gives a received frame's buffer back to the device.
    fn recycle(&mut self, frame: RxFrame);
    /// A free transmit buffer, reclaiming finished ones first; None when the
    /// transmit ring is full.
    fn tx_buffer(&mut self) -> Option<TxFrame>;
    /// Whether a transmit buffer is free (reclaiming finished ones first).
    fn tx_ready(&mut self) -> bool;
    /// Returns an unused transmit buffer (rare: a frame the stack could
    /// not build). The default drops it; drivers with a fixed buffer pool
    /// put it back.
    fn give_back(&mut self, frame: TxFrame) {
        drop(frame);
    }
    /// Queues `len` bytes of `frame` for transmission.
    fn submit(&mut self, frame: TxFrame, len: usize);
    /// Tells the device about buffers queued since the last flush.
    fn flush(&mut self);
    /// Whether received frames wait to be taken (cheap, no side effects).
    /// Devices that cannot tell say false and keep receive interrupts on.
    fn rx_pending(&mut self) -> bool {
        false
    }
    /// Receive interrupts on or off: off while threads poll the device
    /// anyway (see `net::stack`). A hint; the default keeps them on.
    fn set_rx_interrupts(&mut self, on: bool) {
        let _ = on;
    }
}
