//! Grant tables, v1 (`grant_table.h`): the table's frames are placed over
//! pages of the image with XENMEM_add_to_physmap(XENMAPSPACE_grant_table);
//! an entry (`struct grant_entry_v1`: flags u16, domid u16, frame u32)
//! lets domain `domid` map or copy our frame `frame`. References 0..8 are
//! reserved for the toolstack; the rest come from a free list.
//!
//! Not here: v2 entries, transitive grants, mapping other domains' grants.

use super::hypercall;
use alloc::vec::Vec;
use core::sync::atomic::{fence, AtomicU16, AtomicU32, Ordering};

const FRAMES: usize = 4;
const ENTRIES_PER_FRAME: usize = 4096 / 8;
const RESERVED: u32 = 8;

const GTF_PERMIT_ACCESS: u16 = 1;
const GTF_READONLY: u16 = 1 << 2;
const GTF_READING: u16 = 1 << 3;
const GTF_WRITING: u16 = 1 << 4;

#[repr(C)]
struct Entry {
    flags: AtomicU16,
    domid: AtomicU16,
    frame: AtomicU32,
}

#[repr(C, align(4096))]
struct Table([u8; FRAMES * 4096]);

/// The frames Xen maps the grant table over (their RAM is given up).
static mut TABLE: Table = Table([0; FRAMES * 4096]);

static FREE: spin::Mutex<Vec<u32>> = spin::Mutex::new(Vec::new());

pub type GrantRef = u32;

/// Maps the table frames and fills the free list. Needs the heap.
pub fn init() -> Result<(), i64> {
    let base = (&raw const TABLE as u64) >> 12;
    for i in 0..FRAMES as u64 {
        let rc = hypercall::add_to_physmap(hypercall::XENMAPSPACE_GRANT_TABLE, i, base + i);
        if rc != 0 {
            return Err(rc);
        }
    }
    let mut free = FREE.lock();
    free.clear();
    free.extend((RESERVED..(FRAMES * ENTRIES_PER_FRAME) as u32).rev());
    Ok(())
}

fn entry(r: GrantRef) -> &'static Entry {
    assert!((r as usize) < FRAMES * ENTRIES_PER_FRAME);
    // SAFETY: TABLE holds FRAMES * 512 entries of 8 bytes (aligned), mapped
    // by `init` to Xen's grant table; entries are shared with Xen, so all
    // access is atomic.
    unsafe { &*((&raw const TABLE as *const Entry).add(r as usize)) }
}

/// Lets domain `domid` access our page `frame` (a guest frame number).
pub fn grant(domid: u16, frame: u64, readonly: bool) -> Option<GrantRef> {
    let r = FREE.lock().pop()?;
    let e = entry(r);
    e.domid.store(domid, Ordering::Relaxed);
    e.frame.store(frame as u32, Ordering::Relaxed);
    fence(Ordering::Release); // domid and frame before the flags make it valid
    let ro = if readonly { GTF_READONLY } else { 0 };
    e.flags.store(GTF_PERMIT_ACCESS | ro, Ordering::Release);
    Some(r)
}

/// Withdraws a grant; false (and nothing changes) while the other side
/// still has it mapped or is copying.
pub fn end_access(r: GrantRef) -> bool {
    let e = entry(r);
    let mut flags = e.flags.load(Ordering::Acquire);
    loop {
        if flags & (GTF_READING | GTF_WRITING) != 0 {
            return false;
        }
        match e
            .flags
            .compare_exchange(flags, 0, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => break,
            Err(f) => flags = f,
        }
    }
    FREE.lock().push(r);
    true
}
