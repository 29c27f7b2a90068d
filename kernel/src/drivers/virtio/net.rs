//! The virtio network device (spec 5.1): one receive and one transmit
//! queue, each buffer a single descriptor holding the 12-byte
//! `virtio_net_hdr` followed by the frame. No offloads are negotiated
//! (the stack computes checksums), no mergeable receive buffers (every
//! receive buffer holds a whole 1514-byte frame), no control queue.
//!
//! Buffers are 2 KiB heap boxes that never move while the device owns
//! them; a received frame is handed to the stack in place and its box
//! comes back through `recycle`, so payloads are copied only once, by the
//! stack, into a socket buffer.

use super::queue::Queue;
use super::{driver_ok, negotiate, InitError, IrqAck, Transport};
use crate::drivers::{NetDevice, RxFrame, TxFrame, FRAME_BUFFER};
use alloc::boxed::Box;
use alloc::vec::Vec;

pub const DEVICE_TYPE: u32 = 1;
const F_MAC: u64 = 1 << 5;
const HDR: usize = 12;
const RX: u16 = 0;
const TX: u16 = 1;
const MAX_QUEUE: u16 = 256;

type Buf = Box<[u8; FRAME_BUFFER]>;

fn new_buf() -> Buf {
    Box::new([0u8; FRAME_BUFFER])
}

pub struct VirtioNet {
    transport: Box<dyn Transport>,
    rx: Queue,
    tx: Queue,
    rx_bufs: Vec<Option<Buf>>,
    tx_bufs: Vec<Option<Buf>>,
    tx_free: Vec<Buf>,
    mac: [u8; 6],
    /// Frames shorter than the virtio header (a device bug), dropped.
    pub runts: u64,
    /// Whether the transmit queue asks for completion interrupts (only while full).
    tx_interrupts: bool,
    /// Whether the receive queue asks for interrupts (see `set_rx_interrupts`).
    rx_interrupts: bool,
}

impl VirtioNet {
    pub fn new(mut transport: Box<dyn Transport>) -> Result<VirtioNet, InitError> {
        let t = transport.as_mut();
        let features = negotiate(t, F_MAC)?;
        let mut queues = [None, None];
        for q in [RX, TX] {
            let max = t.max_queue_size(q);
            if max == 0 {
                return Err(InitError::NoQueue(q));
            }
            let mut size = MAX_QUEUE.min(max);
            while !size.is_power_of_two() {
                size -= 1;
            }
            let queue = Queue::new(size).ok_or(InitError::OutOfMemory)?;
            let (d, a, u) = queue.addresses();
            t.setup_queue(q, size, d, a, u);
            queues[q as usize] = Some(queue);
        }
        let mut mac = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
        if features & F_MAC != 0 {
            for (i, b) in mac.iter_mut().enumerate() {
                *b = t.config_u8(i);
            }
        }
        let [Some(rx), Some(tx)] = queues else {
            unreachable!()
        };
        let mut dev = VirtioNet {
            rx_bufs: (0..rx.size()).map(|_| None).collect(),
            tx_bufs: (0..tx.size()).map(|_| None).collect(),
            tx_free: (0..tx.size()).map(|_| new_buf()).collect(),
            rx,
            tx,
            transport,
            mac,
            runts: 0,
            tx_interrupts: false,
            rx_interrupts: true,
        };
        // Sent frames are reclaimed when the next one is sent, so a
        // completion interrupt would only wake the network thread for
        // nothing (one per reply); they are asked for only while the ring
        // is full.
        dev.tx.set_interrupts(false);
        for _ in 0..dev.rx.size() {
            dev.offer_rx(new_buf());
        }
        driver_ok(dev.transport.as_mut());
        dev.flush();
        Ok(dev)
    }

    fn offer_rx(&mut self, buf: Buf) {
        let addr = buf.as_ptr() as u64;
        match self.rx.push(addr, FRAME_BUFFER as u32, true) {
            Some(id) => self.rx_bufs[id as usize] = Some(buf),
            None => drop(buf), // cannot happen: one buffer per descriptor
        }
    }

    fn reclaim_tx(&mut self) {
        while let Some((id, _)) = self.tx.pop_used() {
            if let Some(buf) = self.tx_bufs[id as usize].take() {
                self.tx_free.push(buf);
            }
        }
        if self.tx_interrupts && !self.tx_free.is_empty() {
            self.tx.set_interrupts(false);
            self.tx_interrupts = false;
        }
    }

    pub fn irq_ack(&self) -> IrqAck {
        self.transport.irq_ack()
    }

    pub fn gsi(&self) -> u32 {
        self.transport.gsi()
    }

    pub fn transport_kind(&self) -> &'static str {
        self.transport.kind()
    }
}

impl NetDevice for VirtioNet {
    fn name(&self) -> &'static str {
        match self.transport.kind() {
            "pci" => "virtio-net (pci)",
            _ => "virtio-net (mmio)",
        }
    }

    fn mac(&self) -> [u8; 6] {
        self.mac
    }

    fn receive(&mut self) -> Option<RxFrame> {
        loop {
            let (id, len) = self.rx.pop_used()?;
            let Some(buf) = self.rx_bufs[id as usize].take() else {
                continue;
            };
            let len = (len as usize).min(FRAME_BUFFER);
            if len < HDR {
                self.runts += 1;
                self.offer_rx(buf);
                continue;
            }
            return Some(RxFrame {
                buf,
                start: HDR,
                len: len - HDR,
                slot: id,
            });
        }
    }

    fn recycle(&mut self, frame: RxFrame) {
        self.offer_rx(frame.buf);
    }

    fn tx_ready(&mut self) -> bool {
        self.reclaim_tx();
        if self.tx_free.is_empty() && !self.tx_interrupts {
            // full: let the device say when a frame is done, then look
            // again in case it finished one before it saw the flag
            self.tx.set_interrupts(true);
            self.tx_interrupts = true;
            self.reclaim_tx();
        }
        !self.tx_free.is_empty()
    }

    fn tx_buffer(&mut self) -> Option<TxFrame> {
        self.reclaim_tx();
        let buf = self.tx_free.pop()?;
        Some(TxFrame { buf, start: HDR })
    }

    fn give_back(&mut self, frame: TxFrame) {
        self.tx_free.push(frame.buf);
    }

    fn submit(&mut self, mut frame: TxFrame, len: usize) {
        frame.buf[..HDR].fill(0); // no offloads: flags 0, gso none
        let addr = frame.buf.as_ptr() as u64;
        let len = (HDR + len).min(FRAME_BUFFER) as u32;
        match self.tx.push(addr, len, false) {
            Some(id) => self.tx_bufs[id as usize] = Some(frame.buf),
            None => self.tx_free.push(frame.buf),
        }
    }

    fn rx_pending(&mut self) -> bool {
        self.rx.has_used()
    }

    fn set_rx_interrupts(&mut self, on: bool) {
        if on != self.rx_interrupts {
            self.rx.set_interrupts(on);
            self.rx_interrupts = on;
        }
    }

    fn flush(&mut self) {
        if self.rx.needs_notify() {
            self.transport.notify(RX);
        }
        if self.tx.needs_notify() {
            self.transport.notify(TX);
        }
    }
}

/// Finds the first virtio network device: PCI functions first (`pc`);
/// when there is no PCI bus (microvm), the virtio-mmio transports.
pub fn probe(cmdline: &crate::cmdline::CommandLine) -> Result<Option<VirtioNet>, &'static str> {
    use crate::arch::x86_64::pci;
    let mut any_pci = false;
    for f in pci::functions() {
        any_pci = true;
        if super::pci::device_type(&f) == Some(DEVICE_TYPE) {
            let t = super::pci::Pci::new(f)
                .ok_or("virtio-net PCI device without modern (virtio 1.x) capabilities")?;
            return VirtioNet::new(Box::new(t))
                .map(Some)
                .map_err(|_| "virtio-net (pci) initialisation failed");
        }
    }
    if any_pci {
        return Ok(None);
    }
    for (base, gsi) in super::mmio::candidates(cmdline) {
        match super::mmio::Mmio::probe(base, gsi) {
            super::mmio::Probe::Modern(m) if m.device_type() == DEVICE_TYPE => {
                return VirtioNet::new(Box::new(m))
                    .map(Some)
                    .map_err(|_| "virtio-net (mmio) initialisation failed");
            }
            super::mmio::Probe::Legacy {
                device_type: DEVICE_TYPE,
            } => {
                return Err("legacy virtio-mmio network device (version 1) is not supported: start QEMU with -global virtio-mmio.force-legacy=false (mote run does)");
            }
            _ => {}
        }
    }
    Ok(None)
}
