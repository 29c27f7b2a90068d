//! The symbol table `mote build` seals into the image (section `.mote_syms`),
//! so fault and panic reports name functions without any host tool.
//!
//! Format (little-endian): `"MSYM"`, count: u32, strtab_len: u32, 0: u32,
//! then `count` entries sorted by address `{addr: u32, size: u32,
//! name_off: u32, name_len: u32}`, then the string table (demangled names).

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

fn u32_at(b: &[u8], off: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(off..off + 4)?.try_into().ok()?))
}

/// Number of symbols in the image (0 if it was built without a table).
pub fn count() -> usize {
    let b = blob();
    if b.get(..4) != Some(b"MSYM") {
        return 0;
    }
    u32_at(b, 4).unwrap_or(0) as usize
}

/// The function containing `addr` and the offset into it.
pub fn lookup(addr: u64) -> Option<(&'static str, u64)> {
    let b = blob();
    let n = count();
    let strtab = 16 + n * 16;
    let entry = |i: usize| -> Option<(u64, u64, usize, usize)> {
        let o = 16 + i * 16;
        Some((
            u32_at(b, o)? as u64,
            u32_at(b, o + 4)? as u64,
            u32_at(b, o + 8)? as usize,
            u32_at(b, o + 12)? as usize,
        ))
    };
    // binary search: last entry with start <= addr
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if entry(mid)?.0 <= addr {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let (start, size, off, len) = entry(lo.checked_sub(1)?)?;
    if addr >= start + size.max(1) {
        return None;
    }
    let name = core::str::from_utf8(b.get(strtab + off..strtab + off + len)?).ok()?;
    Some((name, addr - start))
}
