//! The symbol table sealed into images (section `.mote_syms`), read by the
//! kernel's `symbols` module. The format is described in
//! `kernel/src/symfmt.rs` (the reader, which the tests below include): the
//! functions' sizes and start gaps as two columns of varints, then the
//! demangled names, plain (LZMA images) or in blocks of at most 8 KiB each
//! compressed on its own with a small LZ77 code, so the kernel can decode
//! one block into a fixed buffer.

use crate::elf::Symbol;
use std::collections::HashMap;

const BLOCK_MAX: usize = 8192;
/// Names per block at most (a lookup decodes a whole block).
const BLOCK_NAMES: usize = 128;
/// Longer names are cut (at a character boundary).
const NAME_MAX: usize = 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 0x7f + MIN_MATCH;

fn cut(name: &str) -> &str {
    if name.len() <= NAME_MAX {
        return name;
    }
    let mut end = NAME_MAX;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Appends `lits` as literal runs (see symfmt.rs) and empties it.
fn flush(out: &mut Vec<u8>, lits: &mut Vec<u8>) {
    for chunk in lits.chunks(0x80) {
        out.push((chunk.len() - 1) as u8);
        out.extend_from_slice(chunk);
    }
    lits.clear();
}

/// LZ77 with greedy matching over the block so far (see symfmt.rs).
fn deflate(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 2);
    let mut literals: Vec<u8> = Vec::new();
    let mut seen: HashMap<[u8; MIN_MATCH], Vec<usize>> = HashMap::new();
    let mut i = 0;
    while i < data.len() {
        let mut best = (0usize, 0usize); // (length, distance)
        if i + MIN_MATCH <= data.len() {
            let key: [u8; MIN_MATCH] = data[i..i + MIN_MATCH].try_into().unwrap();
            for &j in seen.get(&key).into_iter().flatten().rev() {
                let mut l = 0;
                while i + l < data.len() && l < MAX_MATCH && data[j + l] == data[i + l] {
                    l += 1;
                }
                if l > best.0 {
                    best = (l, i - j);
                }
            }
        }
        let step = if best.0 >= MIN_MATCH {
            flush(&mut out, &mut literals);
            out.push(0x80 | (best.0 - MIN_MATCH) as u8);
            out.extend((best.1 as u16).to_le_bytes());
            best.0
        } else {
            literals.push(data[i]);
            1
        };
        for k in i..i + step {
            if k + MIN_MATCH <= data.len() {
                let key: [u8; MIN_MATCH] = data[k..k + MIN_MATCH].try_into().unwrap();
                seen.entry(key).or_default().push(k);
            }
        }
        i += step;
    }
    flush(&mut out, &mut literals);
    out
}

/// How the table's names are coded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Names {
    /// In blocks with the LZ77 repeats: smallest on its own (plain and LZ4
    /// images).
    Repeats,
    /// As they are: in an image whose whole payload LZMA compresses, LZMA
    /// finds the repeats better than after the LZ77 pass (java-http: 5.8 KB
    /// against 8.7 KB compressed, for 31 KB more memory), and better still
    /// without the block framing.
    Plain,
}

/// `v` as a varint (see symfmt.rs).
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(0x80 | (v & 0x7f) as u8);
        v >>= 7;
    }
    out.push(v as u8);
}

pub fn encode(symbols: &[Symbol], names: Names) -> Vec<u8> {
    let mut syms: Vec<(u64, u64, String)> = symbols
        .iter()
        .filter(|s| s.addr <= u32::MAX as u64)
        .map(|s| {
            let name = format!("{:#}", rustc_demangle::demangle(&s.name)).replace('\0', "?");
            (s.addr, s.size.min(u32::MAX as u64), cut(&name).to_string())
        })
        .collect();
    syms.sort();
    syms.dedup_by_key(|s| s.0);

    let base = syms.first().map_or(0, |s| s.0);
    let (mut sizes, mut starts) = (Vec::new(), Vec::new());
    let mut prev_end = base;
    for (addr, size, _) in &syms {
        put_varint(&mut sizes, *size);
        // zig-zag: a start below the previous end (overlap) stays small too
        let gap = *addr as i64 - prev_end as i64;
        put_varint(&mut starts, ((gap << 1) ^ (gap >> 63)) as u64);
        prev_end = addr + size;
    }
    let mut text = Vec::new();
    let blocks = match names {
        Names::Plain => {
            for (_, _, name) in &syms {
                text.extend(name.as_bytes());
                text.push(0);
            }
            0
        }
        Names::Repeats => {
            // names into blocks of at most BLOCK_NAMES names and BLOCK_MAX bytes
            let mut blocks: Vec<(usize, Vec<u8>)> = Vec::new();
            for (i, (_, _, name)) in syms.iter().enumerate() {
                let full = blocks.last().is_none_or(|(first, b)| {
                    i - first >= BLOCK_NAMES || b.len() + name.len() + 1 > BLOCK_MAX
                });
                if full {
                    blocks.push((i, Vec::new()));
                }
                let b = &mut blocks.last_mut().unwrap().1;
                b.extend(name.as_bytes());
                b.push(0);
            }
            let mut data = Vec::new();
            for (first, plain) in &blocks {
                text.extend((*first as u32).to_le_bytes());
                text.extend((data.len() as u32).to_le_bytes());
                data.extend(deflate(plain));
            }
            text.extend(data);
            blocks.len() // none for an empty table, which reads as plain
        }
    };
    let mut out = Vec::with_capacity(24 + sizes.len() + starts.len() + text.len());
    out.extend(b"MSY3");
    for v in [syms.len(), base as usize, sizes.len(), starts.len(), blocks] {
        out.extend((v as u32).to_le_bytes());
    }
    out.extend(sizes);
    out.extend(starts);
    out.extend(text);
    out
}

/// The kernel's reader, for the round-trip tests.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../../kernel/src/symfmt.rs"]
mod reader;

#[cfg(test)]
mod tests {
    use super::*;

    use super::reader;

    fn name_at(blob: &[u8], addr: u64) -> Option<(String, u64)> {
        let mut buf = [0u8; reader::BLOCK_MAX];
        let (start, len, off) = reader::lookup(blob, addr, &mut buf)?;
        Some((
            String::from_utf8_lossy(&buf[start..start + len]).into_owned(),
            off,
        ))
    }

    const BOTH: [Names; 2] = [Names::Repeats, Names::Plain];

    #[test]
    fn sorted_demangled_and_addressable() {
        let syms = vec![
            Symbol {
                name: "_ZN6kernel4boot12kernel_entry17h0123456789abcdefE".into(),
                addr: 0x101000,
                size: 0x40,
            },
            Symbol {
                name: "memcpy".into(),
                addr: 0x100000,
                size: 0x10,
            },
            Symbol {
                name: "high".into(),
                addr: 1 << 40,
                size: 4,
            }, // not addressable in 32 bits: dropped
        ];
        assert_eq!(BLOCK_MAX, reader::BLOCK_MAX); // writer and kernel agree
        for names in BOTH {
            let b = encode(&syms, names);
            assert_eq!(&b[..4], reader::MAGIC);
            assert_eq!(reader::count(&b), 2);
            assert_eq!(name_at(&b, 0x100004), Some(("memcpy".into(), 4)));
            assert_eq!(name_at(&b, 0x100010), None); // past memcpy's end
            assert_eq!(
                name_at(&b, 0x101000),
                Some(("kernel::boot::kernel_entry".into(), 0))
            );
            assert_eq!(name_at(&b, 0x101040), None);
            assert_eq!(name_at(&b, 0xfffff), None);
            assert_eq!(reader::count(&encode(&[], names)), 0);
            assert_eq!(name_at(&encode(&[], names), 0x100000), None);
        }
    }

    /// Varints at their limits, and the ones the reader refuses.
    #[test]
    fn varints_round_trip_and_overlong_ones_are_refused() {
        for v in [
            0u64,
            1,
            0x7f,
            0x80,
            0x3fff,
            0x4000,
            u32::MAX as u64,
            (1 << 35) - 1,
        ] {
            let mut b = Vec::new();
            put_varint(&mut b, v);
            let mut pos = 0;
            assert_eq!(reader::varint(&b, &mut pos), Some(v));
            assert_eq!(pos, b.len());
        }
        let mut pos = 0;
        assert_eq!(reader::varint(&[0x80; 6], &mut pos), None); // more than 5 bytes
        let mut pos = 0;
        assert_eq!(reader::varint(&[0x80, 0x80], &mut pos), None); // cut off
        let mut pos = 0;
        assert_eq!(reader::varint(&[], &mut pos), None);
    }

    /// Many similar names across several blocks, long ones, a huge
    /// function, functions overlapping the one before: every address maps
    /// back to its name, and the entries take about 2-3 bytes each.
    #[test]
    fn round_trip_over_many_blocks() {
        let mut syms = Vec::new();
        let mut addr = 0x100000u64;
        for i in 0..1000u64 {
            let name = match i % 5 {
                0 => format!("kernel::net::socket::Socket::call_{i}"),
                1 => format!("<smoltcp::iface::Interface as core::ops::Drop>::drop{i}"),
                2 => "x".repeat(40 + (i as usize * 7) % 1500),
                3 => format!("alloc::vec::Vec<T,A>::push::h{i:x}"),
                _ => format!("f{i}"),
            };
            let size = if i == 500 { 200_000 } else { 16 + i % 64 };
            syms.push(Symbol { name, addr, size });
            addr += size + i % 16;
            if i % 97 == 0 {
                addr -= 8; // the next one starts inside this one
            }
        }
        let raw: usize = syms.iter().map(|s| cut(&s.name).len()).sum();
        for names in BOTH {
            let b = encode(&syms, names);
            assert_eq!(reader::count(&b), 1000);
            let entries = b.len() - reader::HEADER;
            for (k, s) in syms.iter().enumerate() {
                let want = cut(&s.name).to_string();
                let next = syms.get(k + 1).map_or(u64::MAX, |n| n.addr);
                assert_eq!(name_at(&b, s.addr), Some((want.clone(), 0)), "{}", s.name);
                let last = (s.addr + s.size).min(next) - 1;
                assert_eq!(name_at(&b, last), Some((want, last - s.addr)));
                if s.addr + s.size < next {
                    assert_eq!(name_at(&b, s.addr + s.size), None); // the gap between functions
                }
            }
            match names {
                // repeats halve the names
                Names::Repeats => assert!(entries < raw / 2, "{entries} bytes for {raw} of names"),
                // plain names, 0-terminated, after under 3 bytes per function
                Names::Plain => {
                    let cols = entries - raw - 1000;
                    assert!(cols < 3 * 1000, "{cols} bytes of sizes and starts")
                }
            }
        }
    }

    /// Damaged tables (random bytes changed, cut short, header fields out
    /// of range) give a name or None, never a panic or an endless loop.
    #[test]
    fn corrupt_tables_give_none_not_a_panic() {
        let syms: Vec<Symbol> = (0..300u64)
            .map(|i| Symbol {
                name: format!("kernel::module{}::function_{i}", i % 7),
                addr: 0x100000 + i * 64,
                size: 60,
            })
            .collect();
        let probes = [0x100000u64, 0x100000 + 150 * 64 + 3, 0x100000 + 299 * 64];
        for names in BOTH {
            let good = encode(&syms, names);
            let mut seed = 0x1234_5678_9abc_def0u64;
            for round in 0..3000 {
                let mut b = good.clone();
                for _ in 0..1 + round % 8 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let i = (seed as usize) % b.len();
                    b[i] = (seed >> 32) as u8;
                }
                if round % 10 == 0 {
                    b.truncate((seed as usize >> 8) % b.len());
                }
                for a in probes {
                    let _ = name_at(&b, a);
                }
            }
            // each header field far too large, then the table cut inside each part
            for field in 1..6 {
                let mut b = good.clone();
                b[4 * field..4 * field + 4].copy_from_slice(&u32::MAX.to_le_bytes());
                for a in probes {
                    let _ = name_at(&b, a);
                }
            }
            for cut in [0, 3, 4, 23, 24, 300, 700, good.len() - 1] {
                assert_eq!(
                    name_at(&good[..cut], 0x100000 + 299 * 64),
                    None,
                    "cut at {cut}"
                );
            }
            // a name without its terminating 0
            let mut b = good.clone();
            b.pop();
            assert_eq!(name_at(&b, 0x100000 + 299 * 64), None);
        }
    }
}
