//! The symbol table `mote build` seals into the image (section `.mote_syms`),
//! so fault and panic reports name functions without any host tool. The
//! compact format (names compressed in small blocks) is described and read
//! in `symfmt.rs`; a lookup decodes one block into a static buffer, without
//! the heap, so it also works in an out-of-memory report.

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, Ordering};

#[path = "symfmt.rs"]
mod format;

extern "C" {
    static __mote_syms_start: u8;
    static __mote_syms_end: u8;
}

fn blob() -> &'static [u8] {
    // SAFETY: the linker script defines both symbols around the read-only section.
    unsafe {
        let start = &raw const __mote_syms_start;
        let end = &raw const __mote_syms_end;
        core::slice::from_raw_parts(start, end as usize - start as usize)
    }
}

/// Number of symbols in the image (0 if it was built without a table).
pub fn count() -> usize {
    format::count(blob())
}

/// Held while a [`Name`] lives in [`BUF`]; a lookup that finds it taken
/// (a fault while printing a name) reports no name instead of waiting.
static BUSY: AtomicBool = AtomicBool::new(false);
static BUF: Buf = Buf(UnsafeCell::new([0; format::BLOCK_MAX]));

/// The decoded block of the last lookup.
struct Buf(UnsafeCell<[u8; format::BLOCK_MAX]>);

// SAFETY: only the holder of BUSY touches the buffer.
unsafe impl Sync for Buf {}

/// A function name from the table (displays as the name).
pub struct Name {
    start: usize,
    len: usize,
}

impl core::fmt::Display for Name {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        // SAFETY: this Name holds BUSY, so nobody writes BUF while it lives;
        // start..start+len lies inside BUF (checked by format::lookup).
        let buf = unsafe { &*BUF.0.get() };
        let bytes = &buf[self.start..self.start + self.len];
        f.write_str(core::str::from_utf8(bytes).unwrap_or("?"))
    }
}

impl Drop for Name {
    fn drop(&mut self) {
        BUSY.store(false, Ordering::Release);
    }
}

/// The function containing `addr` and the offset into it.
pub fn lookup(addr: u64) -> Option<(Name, u64)> {
    if BUSY.swap(true, Ordering::Acquire) {
        return None;
    }
    // SAFETY: BUSY is ours until the Name (or this error path) releases it.
    let buf = unsafe { &mut *BUF.0.get() };
    match format::lookup(blob(), addr, buf) {
        Some((start, len, off)) => Some((Name { start, len }, off)),
        None => {
            BUSY.store(false, Ordering::Release);
            None
        }
    }
}
