//! Compressed images (`mote build --compress`, `compress = true`; or
//! `--compress=lzma`: an LZMA stream from the lzma-rust2 crate, decoded at
//! boot by the stub's own decoder, `mote_stub::lzma`): an LZ4
//! block compressor (and a reference decoder with the stub's checks, for
//! tests and a build-time round trip), and the packer that turns a kernel
//! ELF into a small ELF holding the decompressor stub (crate `mote-stub`)
//! and the compressed kernel.
//!
//! The LZ4 block format (lz4's `doc/lz4_Block_format.md`): sequences of a
//! token (literal length in the high nibble, match length - 4 in the low
//! one, 15 = more length bytes follow, each 255 = more still), the
//! literals, a 2-byte little-endian match offset (1..=65535) and the extra
//! match-length bytes. The last sequence has literals only; the last five
//! bytes are literals and the last match starts at least 12 bytes before
//! the end (the format's end rules, kept so standard decoders accept it).
//!
//! The compressed image's program headers: a PT_LOAD with no file bytes
//! covering the kernel's memory (1 MiB up to the end of its `.bss`), so
//! loaders reserve and zero it and place nothing there; the stub's PT_LOAD
//! right above it (header, code, payload, a 4 KiB stack); a PT_NOTE with
//! the kernel's notes, the PVH entry pointing at the stub, and a "Mote"
//! note of type 3 (payload bytes, decoded bytes).

use crate::elf::{Elf, Note, PT_NOTE, XEN_NOTE_PHYS32_ENTRY};
use mote_stub::header as h;

const MIN_MATCH: usize = 4;
/// A match starts at least this many bytes before the end.
const MF_LIMIT: usize = 12;
/// The last bytes are literals.
const LAST_LITERALS: usize = 5;
const MAX_OFFSET: usize = 65535;
/// Candidates tried per position (more: smaller, slower to compress).
const MAX_CHAIN: usize = 256;
/// A match this long ends the search.
const NICE_LENGTH: usize = 1024;
const HASH_BITS: u32 = 16;
const NONE: u32 = u32::MAX;

/// ELF note type of the "Mote" note a compressed image carries: (payload
/// bytes, decoded bytes) as two u32s.
pub const MOTE_NOTE_COMPRESSED: u32 = 3;

/// Whether `image` (a Mote image file) is a compressed one ("compressed" or
/// "stripped", for tables that name what they measured).
pub fn image_kind(image: &[u8]) -> &'static str {
    let compressed = crate::elf::Elf::parse(image)
        .and_then(|e| e.notes())
        .is_ok_and(|n| {
            n.iter()
                .any(|n| n.name == "Mote" && n.kind == MOTE_NOTE_COMPRESSED)
        });
    if compressed {
        "compressed"
    } else {
        "stripped"
    }
}

struct Matcher<'a> {
    input: &'a [u8],
    head: Vec<u32>,
    prev: Vec<u32>,
    /// Positions below this are in the chains.
    inserted: usize,
}

impl<'a> Matcher<'a> {
    fn hash(&self, p: usize) -> usize {
        let v = u32::from_le_bytes(self.input[p..p + 4].try_into().unwrap());
        (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
    }

    /// Adds the positions below `to` to the chains.
    fn insert_to(&mut self, to: usize) {
        while self.inserted < to {
            let p = self.inserted;
            let hv = self.hash(p);
            self.prev[p] = self.head[hv];
            self.head[hv] = p as u32;
            self.inserted += 1;
        }
    }

    /// Longest match (length, offset) for `pos`, ending at or before `end`.
    fn best(&mut self, pos: usize, end: usize) -> (usize, usize) {
        self.insert_to(pos);
        let input = self.input;
        let max_len = end - pos;
        let (mut best_len, mut best_off) = (0, 0);
        let mut cand = self.head[self.hash(pos)];
        let mut tries = 0;
        while cand != NONE && tries < MAX_CHAIN {
            let c = cand as usize;
            if pos - c > MAX_OFFSET {
                break;
            }
            tries += 1;
            if input[c + best_len.min(max_len - 1)] == input[pos + best_len.min(max_len - 1)] {
                let len = input[c..c + max_len]
                    .iter()
                    .zip(&input[pos..pos + max_len])
                    .take_while(|(a, b)| a == b)
                    .count();
                if len > best_len {
                    (best_len, best_off) = (len, pos - c);
                    if len >= NICE_LENGTH || len == max_len {
                        break;
                    }
                }
            }
            cand = self.prev[c];
        }
        (best_len, best_off)
    }
}

fn put_length(out: &mut Vec<u8>, mut n: usize) {
    while n >= 255 {
        out.push(255);
        n -= 255;
    }
    out.push(n as u8);
}

fn put_sequence(out: &mut Vec<u8>, literals: &[u8], m: Option<(usize, usize)>) {
    let lit = literals.len();
    let ml = m.map_or(0, |(len, _)| len - MIN_MATCH);
    out.push(((lit.min(15) as u8) << 4) | ml.min(15) as u8);
    if lit >= 15 {
        put_length(out, lit - 15);
    }
    out.extend_from_slice(literals);
    if let Some((_, off)) = m {
        out.extend_from_slice(&(off as u16).to_le_bytes());
        if ml >= 15 {
            put_length(out, ml - 15);
        }
    }
}

/// `input` as one LZ4 block (greedy with one step of lazy matching over
/// hash chains).
pub fn compress(input: &[u8]) -> Vec<u8> {
    let n = input.len();
    let mut out = Vec::with_capacity(n / 2 + 16);
    let mut m = Matcher {
        input,
        head: vec![NONE; 1 << HASH_BITS],
        prev: vec![NONE; n],
        inserted: 0,
    };
    let match_limit = n.saturating_sub(MF_LIMIT);
    let end_limit = n.saturating_sub(LAST_LITERALS);
    let (mut anchor, mut pos) = (0, 0);
    while pos < match_limit {
        let (mut len, mut off) = m.best(pos, end_limit);
        if len < MIN_MATCH {
            pos += 1;
            continue;
        }
        // one step of lazy matching: a longer match one byte later wins
        while pos + 1 < match_limit && len < NICE_LENGTH {
            let (l2, o2) = m.best(pos + 1, end_limit);
            if l2 <= len {
                break;
            }
            (pos, len, off) = (pos + 1, l2, o2);
        }
        put_sequence(&mut out, &input[anchor..pos], Some((len, off)));
        pos += len;
        anchor = pos;
    }
    put_sequence(&mut out, &input[anchor..], None);
    out
}

/// Decodes an LZ4 block of exactly `out_len` bytes, with the stub's checks:
/// every length and offset within input and output. Never panics.
pub fn decompress(input: &[u8], out_len: usize) -> Result<Vec<u8>, String> {
    let mut out: Vec<u8> = Vec::with_capacity(out_len);
    let mut i = 0;
    let byte = |i: &mut usize| -> Result<usize, String> {
        let b = *input.get(*i).ok_or("input ends inside a sequence")?;
        *i += 1;
        Ok(b as usize)
    };
    let length = |i: &mut usize, mut n: usize| -> Result<usize, String> {
        if n == 15 {
            loop {
                let b = byte(i)?;
                n += b;
                if b != 255 {
                    break;
                }
            }
        }
        Ok(n)
    };
    loop {
        let token = byte(&mut i)?;
        let lit = length(&mut i, token >> 4)?;
        if lit > input.len() - i || lit > out_len - out.len() {
            return Err("literals run past the input or the output".into());
        }
        out.extend_from_slice(&input[i..i + lit]);
        i += lit;
        if i == input.len() {
            break;
        }
        if input.len() - i < 2 {
            return Err("input ends inside a match offset".into());
        }
        let off = u16::from_le_bytes([input[i], input[i + 1]]) as usize;
        i += 2;
        if off == 0 || off > out.len() {
            return Err(format!(
                "match offset {off} outside the {} bytes written",
                out.len()
            ));
        }
        let len = length(&mut i, token & 15)? + MIN_MATCH;
        if len > out_len - out.len() {
            return Err("a match runs past the output".into());
        }
        let from = out.len() - off;
        for k in 0..len {
            out.push(out[from + k]);
        }
    }
    if out.len() != out_len {
        return Err(format!("decoded {} bytes, expected {out_len}", out.len()));
    }
    Ok(out)
}

/// The payload's compression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Lz4,
    Lzma,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Lz4 => "LZ4",
            Format::Lzma => "LZMA",
        }
    }
}

/// The lc/lp/pb values `mote build --compress=lzma` uses (see README,
/// "Compressed images": measured on the Java images).
pub const LZMA_PROPS: mote_stub::lzma::Props = mote_stub::lzma::Props {
    lc: 3,
    lp: 0,
    pb: 0,
};

/// `input` as a raw LZMA stream (lzma-rust2's encoder, preset 9, no end
/// marker: the stub knows the decoded size) with `props`.
pub fn compress_lzma(input: &[u8], props: mote_stub::lzma::Props) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut o = lzma_rust2::LzmaOptions::with_preset(9);
    (o.lc, o.lp, o.pb) = (props.lc, props.lp, props.pb);
    o.dict_size = o
        .dict_size
        .min(input.len().next_power_of_two().max(4096) as u32);
    let mut w = lzma_rust2::LzmaWriter::new_no_header(Vec::new(), &o, false)
        .map_err(|e| format!("LZMA encoder: {e}"))?;
    w.write_all(input)
        .map_err(|e| format!("LZMA encoder: {e}"))?;
    w.finish().map_err(|e| format!("LZMA encoder: {e}"))
}

/// Decodes an LZMA image payload of exactly `out_len` bytes as the stub's
/// blob does at boot (`mote_stub::lzma::decode_image`: the stub's own
/// decoder, which must consume all of it, then the x86 branch filter
/// undone, the output living at `addr`).
pub fn decompress_lzma_image(
    input: &[u8],
    props: u32,
    out_len: usize,
    addr: u32,
) -> Result<Vec<u8>, String> {
    let mut probs = Box::new(mote_stub::lzma::Probs::ZERO);
    let mut out = vec![0; out_len];
    match mote_stub::lzma::decode_image(props, input, &mut out, &mut probs, addr) {
        Ok(n) if n == input.len() => Ok(out),
        Ok(n) => Err(format!(
            "the LZMA stream ends at {n} of {} bytes",
            input.len()
        )),
        Err(e) => Err(format!("LZMA: {e:?}")),
    }
}

/// Figures of one packed image.
pub struct Packed {
    pub image: Vec<u8>,
    /// Bytes the stub decodes (the kernel's memory up to its last non-zero file byte).
    pub decoded: usize,
    pub payload: usize,
}

fn note_bytes(n: &Note) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend((n.name.len() as u32 + 1).to_le_bytes());
    v.extend((n.desc.len() as u32).to_le_bytes());
    v.extend(n.kind.to_le_bytes());
    v.extend(n.name.as_bytes());
    v.push(0);
    v.resize(v.len().next_multiple_of(4), 0);
    v.extend(&n.desc);
    v.resize(v.len().next_multiple_of(4), 0);
    v
}

fn put_u32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn put_u64(b: &mut [u8], at: usize, v: u64) {
    b[at..at + 8].copy_from_slice(&v.to_le_bytes());
}

/// Turns the kernel image `kernel` (an ELF, stripped or not) into a
/// compressed image that boots the same way (see the module comment).
pub fn pack(kernel: &[u8], format: Format) -> Result<Packed, String> {
    const PT_LOAD: u32 = 1;
    let elf = Elf::parse(kernel).map_err(|e| e.to_string())?;
    let segs = elf.segments().map_err(|e| e.to_string())?;
    let loads: Vec<_> = segs.iter().filter(|s| s.kind == PT_LOAD).collect();
    let lo = loads
        .iter()
        .map(|s| s.paddr)
        .min()
        .ok_or("no PT_LOAD segment")?;
    let hi = loads.iter().map(|s| s.paddr + s.memsz).max().unwrap();
    if lo < 0x1000 || hi > 0xffff_0000 || hi - lo > 1 << 30 {
        return Err(format!(
            "kernel memory {lo:#x}..{hi:#x} is not where a 32-bit stub can put it"
        ));
    }
    let mut mem = vec![0u8; (hi - lo) as usize];
    for s in &loads {
        let src = kernel
            .get(s.offset as usize..(s.offset + s.filesz) as usize)
            .ok_or("segment data out of the file")?;
        let at = (s.paddr - lo) as usize;
        mem[at..at + src.len()].copy_from_slice(src);
    }
    let decoded = mem.iter().rposition(|&b| b != 0).map_or(0, |p| p + 1);
    mem.truncate(decoded);
    let mut notes = elf.notes().map_err(|e| e.to_string())?;
    let entry = notes
        .iter()
        .find(|n| n.name == "Xen" && n.kind == XEN_NOTE_PHYS32_ENTRY)
        .and_then(|n| n.desc.get(..4))
        .map(|d| u32::from_le_bytes(d.try_into().unwrap()))
        .ok_or("the kernel has no PVH entry note")?;

    let base = hi.next_multiple_of(4096) as u32;
    let mut stub = mote_stub::code().to_vec();
    let payload = match format {
        Format::Lz4 => {
            let payload = compress(&mem);
            if decompress(&payload, mem.len()).as_deref() != Ok(&mem[..]) {
                return Err("internal error: the LZ4 round trip failed".into());
            }
            payload
        }
        Format::Lzma => {
            let props = LZMA_PROPS.to_u32();
            let mut filtered = mem.clone();
            mote_stub::x86_branches::encode(&mut filtered, lo as u32);
            let payload = compress_lzma(&filtered, LZMA_PROPS)?;
            if decompress_lzma_image(&payload, props, mem.len(), lo as u32).as_deref()
                != Ok(&mem[..])
            {
                return Err("internal error: the LZMA round trip failed".into());
            }
            put_u32(&mut stub, h::FORMAT, mote_stub::FORMAT_LZMA);
            put_u32(&mut stub, h::LZMA_PROPS, props);
            let blob_off = stub.len() as u32;
            put_u32(&mut stub, h::BLOB_OFF, blob_off);
            stub.extend_from_slice(mote_stub::lzma_blob());
            stub.resize(stub.len().next_multiple_of(16), 0);
            payload
        }
    };
    let payload_off = stub.len(); // a multiple of 16 (the stub's tests check)
    stub.extend_from_slice(&payload);
    stub.resize(stub.len().next_multiple_of(16), 0);
    let mut stack_top = stub.len() as u32 + mote_stub::STACK_BYTES;
    if format == Format::Lzma {
        // page tables and probabilities in the zeroed tail, then the stack
        let scratch = stub.len().next_multiple_of(4096) as u32;
        put_u32(&mut stub, h::SCRATCH_OFF, scratch);
        stack_top = (scratch + mote_stub::PAGE_TABLE_BYTES + mote_stub::PROBS_BYTES)
            .next_multiple_of(16)
            + mote_stub::STACK_BYTES;
        if base as u64 + stack_top as u64 > mote_stub::LZMA_MAP_LIMIT {
            return Err(format!(
                "kernel memory {lo:#x}..{hi:#x}: an LZMA image's stub must end below 1 GiB"
            ));
        }
    }
    put_u32(&mut stub, mote_stub::base_imm_offset(), base);
    put_u32(&mut stub, h::PAYLOAD_OFF, payload_off as u32);
    put_u32(&mut stub, h::PAYLOAD_LEN, payload.len() as u32);
    put_u32(&mut stub, h::DEST, lo as u32);
    put_u32(&mut stub, h::OUT_LEN, mem.len() as u32);
    put_u32(&mut stub, h::ZERO_END, hi as u32);
    put_u32(&mut stub, h::KERNEL_ENTRY, entry);
    put_u32(&mut stub, h::STACK_TOP_OFF, stack_top);
    let words = |b: &[u8]| {
        b.chunks(4)
            .map(|c| {
                let mut w = [0u8; 4];
                w[..c.len()].copy_from_slice(c);
                u32::from_le_bytes(w)
            })
            .collect::<Vec<_>>()
    };
    let padded = payload.len().next_multiple_of(16);
    let mut summed = words(&stub[h::SUMMED]);
    summed.extend(words(&stub[payload_off..payload_off + padded]));
    let (a, b) = mote_stub::checksum(summed);
    put_u32(&mut stub, h::SUM_A, a);
    put_u32(&mut stub, h::SUM_B, b);

    let stub_entry = base as u64 + mote_stub::entry_offset() as u64;
    for n in notes.iter_mut() {
        if n.name == "Xen" && n.kind == XEN_NOTE_PHYS32_ENTRY {
            n.desc = stub_entry.to_le_bytes().to_vec();
        }
    }
    notes.push(Note {
        name: "Mote".into(),
        kind: MOTE_NOTE_COMPRESSED,
        desc: [payload.len() as u32, mem.len() as u32]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect(),
    });
    let note_blob: Vec<u8> = notes.iter().flat_map(note_bytes).collect();

    const PHNUM: usize = 3;
    let notes_at = 64 + PHNUM * 56;
    let stub_at = (notes_at + note_blob.len()).next_multiple_of(16);
    let mut out = vec![0u8; stub_at];
    out[..64].copy_from_slice(kernel.get(..64).ok_or("truncated ELF header")?);
    put_u64(&mut out, 24, stub_entry); // e_entry
    put_u64(&mut out, 32, 64); // e_phoff
    put_u64(&mut out, 40, 0); // e_shoff
    out[54..56].copy_from_slice(&56u16.to_le_bytes());
    out[56..58].copy_from_slice(&(PHNUM as u16).to_le_bytes());
    out[58..64].fill(0); // no section headers
                         // (type, flags, offset, address, filesz, memsz, align)
    let phdrs: [(u32, u32, u64, u64, u64, u64, u64); PHNUM] = [
        (PT_LOAD, 6, 0, lo, 0, hi - lo, 16),
        (
            PT_LOAD,
            7,
            stub_at as u64,
            base as u64,
            stub.len() as u64,
            stack_top as u64,
            16,
        ),
        (PT_NOTE, 4, notes_at as u64, 0, note_blob.len() as u64, 0, 4),
    ];
    for (i, (kind, flags, off, addr, filesz, memsz, align)) in phdrs.into_iter().enumerate() {
        let p = 64 + i * 56;
        put_u32(&mut out, p, kind);
        put_u32(&mut out, p + 4, flags);
        put_u64(&mut out, p + 8, off);
        put_u64(&mut out, p + 16, addr);
        put_u64(&mut out, p + 24, addr);
        put_u64(&mut out, p + 32, filesz);
        put_u64(&mut out, p + 40, memsz);
        put_u64(&mut out, p + 48, align);
    }
    out[notes_at..notes_at + note_blob.len()].copy_from_slice(&note_blob);
    out.extend_from_slice(&stub);
    Ok(Packed {
        image: out,
        decoded: mem.len(),
        payload: payload.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &[u8]) -> usize {
        let c = compress(data);
        assert_eq!(decompress(&c, data.len()).unwrap(), data);
        c.len()
    }

    /// A small deterministic generator (xorshift) for test data.
    fn noise(n: usize, mut seed: u64) -> Vec<u8> {
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect()
    }

    #[test]
    fn round_trips_edge_cases() {
        assert_eq!(round_trip(&[]), 1);
        for n in 1..40 {
            round_trip(&vec![7u8; n]);
            round_trip(&noise(n, n as u64 + 1));
        }
        // incompressible: at most a few bytes per 255 literals of overhead
        let r = noise(100_000, 42);
        assert!(round_trip(&r) < 100_000 + 100_000 / 255 + 16);
        // long matches and runs (zeros like .bss, a repeated block)
        assert!(round_trip(&vec![0u8; 1 << 20]) < 5000);
        let mut rep = noise(1000, 3);
        for _ in 0..6 {
            rep.extend_from_within(..1000);
        }
        rep.extend(noise(50, 9));
        assert!(round_trip(&rep) < 1300);
        // matches exactly at the window's edge and beyond it
        let mut far = noise(70_000, 5);
        far.extend_from_within(..100);
        far.extend_from_within(4464..4564); // 65535 back
        round_trip(&far);
        // code-like data compresses
        let text: Vec<u8> = (0..20_000)
            .flat_map(|i: u32| format!("mov {}, %eax; call f{};\n", i % 97, i % 13).into_bytes())
            .collect();
        assert!(round_trip(&text) < text.len() / 4);
    }

    #[test]
    fn the_end_rules_hold() {
        for n in [13, 20, 100, 1000] {
            let data = vec![1u8; n];
            let c = compress(&data);
            // the last sequence is literals only, of at least 5 bytes
            let tail = c.len() - LAST_LITERALS;
            assert_eq!(&c[tail..], &data[..LAST_LITERALS]);
        }
    }

    #[test]
    fn corrupt_input_is_an_error_not_a_panic() {
        let data: Vec<u8> = noise(3000, 7).iter().map(|b| b & 3).collect();
        let c = compress(&data);
        for cut in 0..c.len() {
            assert!(decompress(&c[..cut], data.len()).is_err(), "cut {cut}");
        }
        let mut errors = 0;
        for i in 0..c.len() {
            for bit in [0x01, 0x10, 0x80] {
                let mut bad = c.clone();
                bad[i] ^= bit;
                if let Ok(out) = decompress(&bad, data.len()) {
                    assert_eq!(out.len(), data.len());
                } else {
                    errors += 1;
                }
            }
        }
        assert!(errors > 0);
        assert!(decompress(&c, data.len() + 1).is_err());
        assert!(decompress(&c, data.len() - 1).is_err());
        assert!(decompress(&[0x0f, 1, 0], 100).is_err()); // offset 1 with no output
        assert!(decompress(&[0xf0], 100).is_err()); // length bytes missing
        assert!(decompress(&[0xf0, 255, 255, 255], 10).is_err());
    }

    /// A minimal kernel ELF: two loads (code, data + bss) and the notes.
    fn kernel_elf() -> Vec<u8> {
        let notes: Vec<u8> = [
            Note {
                name: "Xen".into(),
                kind: XEN_NOTE_PHYS32_ENTRY,
                desc: 0x100040u64.to_le_bytes().to_vec(),
            },
            Note {
                name: "Mote".into(),
                kind: 2,
                desc: vec![4, 0, 0, 0, 0, 0, 0, 0],
            },
        ]
        .iter()
        .flat_map(note_bytes)
        .collect();
        let phdrs: [(u32, u64, u64, u64, u64); 3] = [
            (1, 0x1000, 0x100000, 0x1000, 0x1000),
            (1, 0x2000, 0x101000, 0x800, 0x5000),
            (
                PT_NOTE,
                0x2400,
                0x101400,
                notes.len() as u64,
                notes.len() as u64,
            ),
        ];
        let mut e = crate::elf::test_elf(0x3000, &phdrs);
        e[0x1000..0x1100].copy_from_slice(&noise(256, 1));
        e[0x2000..0x2010].fill(0x11);
        e[0x2400..0x2400 + notes.len()].copy_from_slice(&notes);
        e
    }

    #[test]
    fn packs_a_kernel_behind_the_stub() {
        let k = kernel_elf();
        let p = pack(&k, Format::Lz4).unwrap();
        let img = Elf::parse(&p.image).unwrap();
        let notes = img.notes().unwrap();
        let entry = notes
            .iter()
            .find(|n| n.kind == XEN_NOTE_PHYS32_ENTRY)
            .unwrap();
        // the stub sits page-aligned above the kernel's memory (0x100000 + 0x6000)
        let base = 0x106000u64;
        assert_eq!(
            entry.desc,
            (base + mote_stub::entry_offset() as u64).to_le_bytes()
        );
        assert!(notes.iter().any(|n| n.name == "Mote" && n.kind == 2));
        assert!(notes
            .iter()
            .any(|n| n.name == "Mote" && n.kind == MOTE_NOTE_COMPRESSED));
        assert_eq!(
            (image_kind(&p.image), image_kind(&k), image_kind(b"junk")),
            ("compressed", "stripped", "stripped")
        );
        let segs = img.segments().unwrap();
        assert_eq!(
            (segs[0].paddr, segs[0].filesz, segs[0].memsz),
            (0x100000, 0, 0x6000)
        );
        assert_eq!(segs[1].paddr, base);
        // the header the stub reads, and its payload decodes to the kernel's memory
        let stub = &p.image[segs[1].offset as usize..];
        let u = |at: usize| u32::from_le_bytes(stub[at..at + 4].try_into().unwrap());
        assert_eq!(u(h::KERNEL_ENTRY), 0x100040);
        assert_eq!(u(h::ZERO_END), 0x106000);
        assert_eq!(u(mote_stub::base_imm_offset()), base as u32);
        let off = u(h::PAYLOAD_OFF) as usize;
        let out = decompress(
            &stub[off..off + u(h::PAYLOAD_LEN) as usize],
            u(h::OUT_LEN) as usize,
        )
        .unwrap();
        assert_eq!(&out[..0x100], &k[0x1000..0x1100]);
        assert_eq!(&out[0x1000..0x1010], &[0x11; 16]);
        let last = k[0x2000..0x2800].iter().rposition(|&b| b != 0).unwrap();
        assert_eq!(out.len(), 0x1000 + last + 1); // up to the last non-zero byte (the notes)
        assert!(u(h::STACK_TOP_OFF) as u64 <= segs[1].memsz);
        // a foreign file is an error
        assert!(pack(b"not an elf", Format::Lz4).is_err());
    }

    #[test]
    fn packs_an_lzma_kernel_with_blob_and_scratch() {
        let k = kernel_elf();
        let p = pack(&k, Format::Lzma).unwrap();
        let lz4 = pack(&k, Format::Lz4).unwrap();
        let img = Elf::parse(&p.image).unwrap();
        let segs = img.segments().unwrap();
        let base = 0x106000u64;
        assert_eq!(segs[1].paddr, base);
        let stub = &p.image[segs[1].offset as usize..];
        let u = |at: usize| u32::from_le_bytes(stub[at..at + 4].try_into().unwrap());
        assert_eq!(u(h::FORMAT), mote_stub::FORMAT_LZMA);
        assert_eq!(u(h::LZMA_PROPS), LZMA_PROPS.to_u32());
        let blob = u(h::BLOB_OFF) as usize;
        assert_eq!(blob, mote_stub::code().len());
        let blob_bytes = mote_stub::lzma_blob();
        assert_eq!(&stub[blob..blob + blob_bytes.len()], blob_bytes);
        let off = u(h::PAYLOAD_OFF) as usize;
        assert!(off >= blob + blob_bytes.len() && off.is_multiple_of(16));
        let len = u(h::PAYLOAD_LEN) as usize;
        assert_eq!(segs[1].filesz as usize, (off + len).next_multiple_of(16));
        // the scratch area: page aligned, in the zeroed tail, below the stack
        let scratch = u(h::SCRATCH_OFF);
        assert_eq!((base as u32 + scratch) % 4096, 0);
        assert!(scratch as u64 >= segs[1].filesz);
        assert!(
            scratch + mote_stub::PAGE_TABLE_BYTES + mote_stub::PROBS_BYTES + mote_stub::STACK_BYTES
                <= u(h::STACK_TOP_OFF)
        );
        assert_eq!(u(h::STACK_TOP_OFF) as u64, segs[1].memsz);
        // the checksum covers the new header words
        let words: Vec<u32> = stub[h::SUMMED]
            .chunks(4)
            .chain(stub[off..off + len.next_multiple_of(16)].chunks(4))
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect();
        assert_eq!(mote_stub::checksum(words), (u(h::SUM_A), u(h::SUM_B)));
        let out = decompress_lzma_image(
            &stub[off..off + len],
            u(h::LZMA_PROPS),
            u(h::OUT_LEN) as usize,
            u(h::DEST),
        )
        .unwrap();
        assert_eq!(out.len(), lz4.decoded);
        assert_eq!(&out[..0x100], &k[0x1000..0x1100]);
        // LZ4 images say so
        let lstub =
            &lz4.image[Elf::parse(&lz4.image).unwrap().segments().unwrap()[1].offset as usize..];
        assert_eq!(
            u32::from_le_bytes(lstub[h::FORMAT..h::FORMAT + 4].try_into().unwrap()),
            mote_stub::FORMAT_LZ4
        );
    }

    #[test]
    fn lzma_round_trips_and_rejects_damage() {
        // counting words, then calls (shapes the branch filter changes)
        let data: Vec<u8> = (0..50_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .chain((0..5_000u32).flat_map(|i| [0xe8, i as u8, 0, 0, 0]))
            .collect();
        let addr = 0x10_0000;
        let mut filtered = data.clone();
        mote_stub::x86_branches::encode(&mut filtered, addr);
        assert!(filtered != data, "the data has calls to filter");
        let c = compress_lzma(&filtered, LZMA_PROPS).unwrap();
        assert!(c.len() < data.len() / 10);
        let props = LZMA_PROPS.to_u32();
        let decode = |c: &[u8], n| decompress_lzma_image(c, props, n, addr);
        assert_eq!(decode(&c, data.len()).unwrap(), data);
        assert!(decode(&c[..c.len() - 1], data.len()).is_err());
        assert!(decode(&c, data.len() + 1).is_err());
        let mut longer = c.clone();
        longer.push(0);
        assert!(decode(&longer, data.len()).is_err());
        assert_eq!(
            compress_lzma(&[], LZMA_PROPS).map(|c| decode(&c, 0).unwrap().len()),
            Ok(0)
        );
    }
}
