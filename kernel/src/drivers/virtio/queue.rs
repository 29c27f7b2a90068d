//! A split virtqueue (virtio 1.x, spec 2.7): descriptor table, driver
//! ("available") ring and device ("used") ring in three zeroed, page-aligned
//! heap allocations. Physical == virtual (identity map), so their addresses
//! go to the device as they are.
//!
//! This queue only chains one descriptor per buffer (all the network driver
//! needs); it does not use indirect descriptors or event-index suppression.

use alloc::alloc::{alloc_zeroed, dealloc, Layout};
use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{fence, Ordering};

const DESC_F_WRITE: u16 = 2;
const USED_F_NO_NOTIFY: u16 = 1;
const AVAIL_F_NO_INTERRUPT: u16 = 1;

#[repr(C)]
struct Desc {
    addr: u64,
    len: u32,
    flags: u16,
    next: u16,
}

struct Area {
    ptr: *mut u8,
    layout: Layout,
}

impl Area {
    fn new(bytes: usize) -> Option<Area> {
        let layout = Layout::from_size_align(bytes.max(16), 4096).ok()?;
        // SAFETY: non-zero size.
        let ptr = unsafe { alloc_zeroed(layout) };
        (!ptr.is_null()).then_some(Area { ptr, layout })
    }
    fn addr(&self) -> u64 {
        self.ptr as u64
    }
}

impl Drop for Area {
    fn drop(&mut self) {
        // SAFETY: allocated in `Area::new` with this layout.
        unsafe { dealloc(self.ptr, self.layout) }
    }
}

pub struct Queue {
    size: u16,
    desc: Area,
    avail: Area,
    used: Area,
    free: alloc::vec::Vec<u16>,
    avail_idx: u16,
    last_used: u16,
    added_since_notify: u16,
}

// SAFETY: the rings are plain memory owned by this queue; the device is the
// only other party and synchronises through the ring indices.
unsafe impl Send for Queue {}

impl Queue {
    /// A queue of `size` entries (a power of two).
    pub fn new(size: u16) -> Option<Queue> {
        let n = size as usize;
        Some(Queue {
            size,
            desc: Area::new(16 * n)?,
            avail: Area::new(6 + 2 * n)?,
            used: Area::new(6 + 8 * n)?,
            free: (0..size).rev().collect(),
            avail_idx: 0,
            last_used: 0,
            added_since_notify: 0,
        })
    }

    pub fn size(&self) -> u16 {
        self.size
    }

    /// (descriptor table, driver ring, device ring) addresses for the transport.
    pub fn addresses(&self) -> (u64, u64, u64) {
        (self.desc.addr(), self.avail.addr(), self.used.addr())
    }

    /// Offers one buffer of `len` bytes at `addr` (device-writable if
    /// `device_writes`). Returns its descriptor id, or None when full.
    pub fn push(&mut self, addr: u64, len: u32, device_writes: bool) -> Option<u16> {
        let id = self.free.pop()?;
        let d = (self.desc.addr() + 16 * id as u64) as *mut Desc;
        let slot = 4 + 2 * (self.avail_idx % self.size) as usize;
        // SAFETY: `id` < size, so `d` lies in the descriptor table; `slot`
        // lies in the driver ring; both are ours to write until published.
        unsafe {
            write_volatile(
                d,
                Desc {
                    addr,
                    len,
                    flags: if device_writes { DESC_F_WRITE } else { 0 },
                    next: 0,
                },
            );
            write_volatile(self.avail.ptr.add(slot) as *mut u16, id);
        }
        self.avail_idx = self.avail_idx.wrapping_add(1);
        // the descriptor and ring entry must be visible before the index
        fence(Ordering::Release);
        // SAFETY: offset 2 is the driver ring's idx field.
        unsafe { write_volatile(self.avail.ptr.add(2) as *mut u16, self.avail_idx) };
        self.added_since_notify += 1;
        Some(id)
    }

    /// The next buffer the device finished: (descriptor id, bytes written).
    pub fn pop_used(&mut self) -> Option<(u16, u32)> {
        // SAFETY: offset 2 of the device ring is its idx, written by the device.
        let used_idx = unsafe { read_volatile(self.used.ptr.add(2) as *const u16) };
        if used_idx == self.last_used {
            return None;
        }
        // read the element only after seeing the index move
        fence(Ordering::Acquire);
        let elem = 4 + 8 * (self.last_used % self.size) as usize;
        // SAFETY: `elem` lies in the device ring's element array.
        let (id, len) = unsafe {
            (
                read_volatile(self.used.ptr.add(elem) as *const u32),
                read_volatile(self.used.ptr.add(elem + 4) as *const u32),
            )
        };
        self.last_used = self.last_used.wrapping_add(1);
        if id >= self.size as u32 {
            return None; // a device bug; never trust the index blindly
        }
        self.free.push(id as u16);
        Some((id as u16, len))
    }

    /// Whether the device asked to be notified about new buffers (and some
    /// were added since the last notification).
    pub fn needs_notify(&mut self) -> bool {
        if self.added_since_notify == 0 {
            return false;
        }
        fence(Ordering::SeqCst);
        // SAFETY: offset 0 of the device ring is its flags field.
        let flags = unsafe { read_volatile(self.used.ptr as *const u16) };
        self.added_since_notify = 0;
        flags & USED_F_NO_NOTIFY == 0
    }

    /// Whether the device has used buffers not yet taken by `pop_used`.
    pub fn has_used(&self) -> bool {
        // SAFETY: offset 2 of the device ring is its idx, written by the device.
        let used_idx = unsafe { read_volatile(self.used.ptr.add(2) as *const u16) };
        used_idx != self.last_used
    }

    /// Asks the device for an interrupt when it uses buffers (`on`), or
    /// advises it not to send one (spec 2.7.7: a hint the device may ignore).
    pub fn set_interrupts(&mut self, on: bool) {
        let flags = if on { 0 } else { AVAIL_F_NO_INTERRUPT };
        // SAFETY: offset 0 of the driver ring is its flags field, ours to write.
        unsafe { write_volatile(self.avail.ptr as *mut u16, flags) };
        fence(Ordering::SeqCst);
    }

    pub fn free_count(&self) -> usize {
        self.free.len()
    }
}
