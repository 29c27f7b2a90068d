//! Reading the compact symbol table `mote build` seals into images
//! (section `.mote_syms`; the writer is `tools/src/symtab.rs`, whose tests
//! include this file to check the round trip). Pure functions over a byte
//! slice: no allocation, and a corrupt table gives `None`, never a panic.
//!
//! Layout (little-endian):
//! - header: `"MSY2"`, count: u32, blocks: u32, 0: u32;
//! - `count` entries sorted by address: `{addr: u32, size: u16}` (size
//!   0xffff: "up to the next symbol");
//! - `blocks` block records: `{first: u32, offset: u32}`: names
//!   `first..` (up to the next block's `first`) are in that block, whose
//!   compressed bytes start at `offset` in the data (and end where the
//!   next block's start, or at the end of the table);
//! - the data: each block decodes to at most [`BLOCK_MAX`] bytes, the
//!   block's names (demangled, without hashes) each followed by a 0 byte.
//!
//! Block encoding: a byte `t < 0x80` is followed by `t + 1` literal bytes;
//! a byte `t >= 0x80` copies `(t & 0x7f) + 3` bytes from `d` bytes back in
//! the block's output, `d` being the u16 that follows (1..=BLOCK_MAX).

/// Largest decoded block.
pub const BLOCK_MAX: usize = 8192;
pub const MAGIC: &[u8; 4] = b"MSY2";
pub const HEADER: usize = 16;
pub const ENTRY: usize = 6;
pub const BLOCK: usize = 8;
/// A size field with this value means "up to the next symbol".
pub const SIZE_UNKNOWN: u16 = 0xffff;

fn u32_at(b: &[u8], off: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(off..off + 4)?.try_into().ok()?))
}

fn u16_at(b: &[u8], off: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(off..off + 2)?.try_into().ok()?))
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

/// The symbol containing `addr`: decodes its name's block into `buf` and
/// returns (name start, name length, offset of `addr` into the function).
pub fn lookup(blob: &[u8], addr: u64, buf: &mut [u8; BLOCK_MAX]) -> Option<(usize, usize, u64)> {
    let n = count(blob);
    let blocks = u32_at(blob, 8)? as usize;
    let entry = |i: usize| -> Option<(u64, u16)> {
        let o = HEADER + i * ENTRY;
        Some((u32_at(blob, o)? as u64, u16_at(blob, o + 4)?))
    };
    // last entry with start <= addr
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if entry(mid)?.0 <= addr {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let i = lo.checked_sub(1)?;
    let (start, size) = entry(i)?;
    let end = if size == SIZE_UNKNOWN {
        match entry(i + 1) {
            Some((next, _)) if i + 1 < n => next,
            _ => u64::MAX,
        }
    } else {
        start + (size as u64).max(1)
    };
    if addr >= end {
        return None;
    }
    // the block holding name i: last block with first <= i
    let table = HEADER + n * ENTRY;
    let data = table + blocks * BLOCK;
    let block = |b: usize| -> Option<(usize, usize)> {
        let o = table + b * BLOCK;
        Some((u32_at(blob, o)? as usize, u32_at(blob, o + 4)? as usize))
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
        blob.len().checked_sub(data)?
    };
    let src = blob.get(data + off..data + end_off)?;
    let len = inflate(src, buf)?;
    // skip to name i - first
    let mut pos = 0;
    for _ in first..i {
        pos += buf.get(pos..len)?.iter().position(|&c| c == 0)? + 1;
    }
    let name_len = buf.get(pos..len)?.iter().position(|&c| c == 0)?;
    Some((pos, name_len, addr - start))
}
