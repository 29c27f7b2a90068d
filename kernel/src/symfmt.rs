//! Reading the compact symbol table `mote build` seals into images
//! (section `.mote_syms`; the writer is `tools/src/symtab.rs`, whose tests
//! include this file to check the round trip). Pure functions over a byte
//! slice: no allocation, and a corrupt table gives `None`, never a panic.
//!
//! Layout (little-endian):
//! - header: `"MSY3"`, then u32s: `count`, `base`, `sizes_len`,
//!   `starts_len`, `blocks`;
//! - sizes: `count` varints, the functions' sizes in address order
//!   (`sizes_len` bytes);
//! - starts: `count` zig-zag varints (`starts_len` bytes), each function's
//!   start minus the end of the one before it (the first: minus `base`):
//!   mostly alignment padding, so one small byte each. Sizes and starts
//!   are kept apart because LZMA codes each column better on its own;
//! - the names, in address order, demangled and without hashes, each
//!   followed by a 0 byte: when `blocks` is 0, as they are (an LZMA
//!   payload finds their repeats best itself); else in `blocks` blocks,
//!   each compressed on its own so that a lookup decodes one block into a
//!   fixed buffer: `blocks` records `{first: u32, offset: u32}` (names
//!   `first..` up to the next block's `first` are in that block, whose
//!   bytes start at `offset` in the data after the records and end where
//!   the next block's start, or at the end of the table).
//!
//! A varint is LEB128: 7 bits a byte, low groups first, at most 5 bytes.
//! Block encoding: a byte `t < 0x80` is followed by `t + 1` literal bytes;
//! a byte `t >= 0x80` copies `(t & 0x7f) + 3` bytes from `d` bytes back in
//! the block's output, `d` being the u16 that follows (1..=BLOCK_MAX).

/// Largest decoded block (and longest name).
pub const BLOCK_MAX: usize = 8192;
pub const MAGIC: &[u8; 4] = b"MSY3";
pub const HEADER: usize = 24;
pub const BLOCK: usize = 8;

fn u32_at(b: &[u8], off: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(off..off + 4)?.try_into().ok()?))
}

fn u16_at(b: &[u8], off: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(off..off + 2)?.try_into().ok()?))
}

/// The varint at `*pos` in `b` (advancing `*pos`); `None` past the end or
/// after 5 bytes.
pub fn varint(b: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in [0, 7, 14, 21, 28] {
        let c = *b.get(*pos)?;
        *pos += 1;
        v |= ((c & 0x7f) as u64) << shift;
        if c < 0x80 {
            return Some(v);
        }
    }
    None
}

/// Number of symbols in `blob` (0 if it is not a table).
pub fn count(blob: &[u8]) -> usize {
    if blob.get(..4) != Some(&MAGIC[..]) {
        return 0;
    }
    u32_at(blob, 4).unwrap_or(0) as usize
}

/// Decodes one block into `out`; returns the decoded length.
pub fn inflate(src: &[u8], out: &mut [u8]) -> Option<usize> {
    let (mut i, mut o) = (0usize, 0usize);
    while i < src.len() {
        let t = src[i] as usize;
        i += 1;
        if t < 0x80 {
            let n = t + 1;
            out.get_mut(o..o + n)?.copy_from_slice(src.get(i..i + n)?);
            i += n;
            o += n;
        } else {
            let n = (t & 0x7f) + 3;
            let d = u16_at(src, i)? as usize;
            i += 2;
            if d == 0 || d > o || o + n > out.len() {
                return None;
            }
            for k in o..o + n {
                out[k] = out[k - d];
            }
            o += n;
        }
    }
    Some(o)
}

/// The symbol containing `addr`: puts its name into `buf` and returns
/// (name start, name length, offset of `addr` into the function).
pub fn lookup(blob: &[u8], addr: u64, buf: &mut [u8; BLOCK_MAX]) -> Option<(usize, usize, u64)> {
    let n = count(blob);
    let base = u32_at(blob, 8)? as u64;
    let sizes_len = u32_at(blob, 12)? as usize;
    let starts_len = u32_at(blob, 16)? as usize;
    let blocks = u32_at(blob, 20)? as usize;
    let starts_at = HEADER.checked_add(sizes_len)?;
    let names_at = starts_at.checked_add(starts_len)?;
    let sizes = blob.get(HEADER..starts_at)?;
    let starts = blob.get(starts_at..names_at)?;
    // the last function starting at or below addr, walking both columns
    let (mut sp, mut gp, mut prev_end) = (0usize, 0usize, base);
    let mut found = None;
    for i in 0..n {
        let size = varint(sizes, &mut sp)?;
        let z = varint(starts, &mut gp)?;
        let start = if z & 1 == 0 {
            prev_end.checked_add(z >> 1)?
        } else {
            prev_end.checked_sub((z >> 1) + 1)?
        };
        if start > addr {
            break;
        }
        found = Some((i, start, size));
        prev_end = start.checked_add(size)?;
    }
    let (i, start, size) = found?;
    if addr >= start + size.max(1) {
        return None;
    }
    let names = blob.get(names_at..)?;
    if blocks == 0 {
        // plain names: the i-th, copied out
        let mut pos = 0;
        for _ in 0..i {
            pos += names.get(pos..)?.iter().position(|&c| c == 0)? + 1;
        }
        let len = names.get(pos..)?.iter().position(|&c| c == 0)?;
        buf.get_mut(..len)?
            .copy_from_slice(names.get(pos..pos + len)?);
        return Some((0, len, addr - start));
    }
    // the block holding name i: last block with first <= i
    let data = blocks.checked_mul(BLOCK)?;
    let block = |b: usize| -> Option<(usize, usize)> {
        let o = b * BLOCK;
        Some((u32_at(names, o)? as usize, u32_at(names, o + 4)? as usize))
    };
    let (mut lo, mut hi) = (0usize, blocks);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if block(mid)?.0 <= i {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let b = lo.checked_sub(1)?;
    let (first, off) = block(b)?;
    let end_off = if b + 1 < blocks {
        block(b + 1)?.1
    } else {
        names.len().checked_sub(data)?
    };
    let src = names.get(data.checked_add(off)?..data.checked_add(end_off)?)?;
    let len = inflate(src, buf)?;
    // skip to name i - first
    let mut pos = 0;
    for _ in first..i {
        pos += buf.get(pos..len)?.iter().position(|&c| c == 0)? + 1;
    }
    let name_len = buf.get(pos..len)?.iter().position(|&c| c == 0)?;
    Some((pos, name_len, addr - start))
}
