//! Just enough ELF64 to check that a file is a Mote image (PVH and Mote
//! notes), read its function symbols for the sealed symbol table, and strip
//! it (drop everything the loader does not read). Every read is bounds
//! checked: a truncated or foreign file is an error, never a panic.

use std::fmt;

#[derive(Debug, PartialEq, Eq)]
pub enum ElfError {
    NotElf,
    Not64BitLittleEndianX86,
    Truncated(&'static str),
}

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ElfError::NotElf => write!(f, "not an ELF file (bad magic)"),
            ElfError::Not64BitLittleEndianX86 => {
                write!(f, "not a 64-bit little-endian x86-64 ELF file")
            }
            ElfError::Truncated(what) => {
                write!(f, "truncated or corrupt ELF file ({what} out of bounds)")
            }
        }
    }
}

fn u16_at(b: &[u8], o: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?))
}
fn u32_at(b: &[u8], o: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?))
}
fn u64_at(b: &[u8], o: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(o..o + 8)?.try_into().ok()?))
}

pub struct Elf<'a> {
    bytes: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub name: String,
    pub kind: u32,
    pub desc: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub addr: u64,
    pub size: u64,
}

pub const PT_NOTE: u32 = 4;
const SHT_SYMTAB: u32 = 2;
const STT_FUNC: u8 = 2;

#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub kind: u32,
    pub offset: u64,
    pub paddr: u64,
    pub filesz: u64,
    pub memsz: u64,
}

impl<'a> Elf<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Self, ElfError> {
        if bytes.get(..4) != Some(b"\x7fELF") {
            return Err(ElfError::NotElf);
        }
        // class 64, little endian, machine x86-64 (62)
        if bytes.get(4) != Some(&2) || bytes.get(5) != Some(&1) || u16_at(bytes, 18) != Some(62) {
            return Err(ElfError::Not64BitLittleEndianX86);
        }
        if bytes.len() < 64 {
            return Err(ElfError::Truncated("ELF header"));
        }
        Ok(Elf { bytes })
    }

    pub fn segments(&self) -> Result<Vec<Segment>, ElfError> {
        let b = self.bytes;
        let phoff = u64_at(b, 32).ok_or(ElfError::Truncated("program header offset"))? as usize;
        let phentsize = u16_at(b, 54).ok_or(ElfError::Truncated("program header size"))? as usize;
        let phnum = u16_at(b, 56).ok_or(ElfError::Truncated("program header count"))? as usize;
        (0..phnum)
            .map(|i| {
                let o = phoff
                    .checked_add(i * phentsize)
                    .ok_or(ElfError::Truncated("program header"))?;
                let seg = (|| {
                    Some(Segment {
                        kind: u32_at(b, o)?,
                        offset: u64_at(b, o + 8)?,
                        paddr: u64_at(b, o + 24)?,
                        filesz: u64_at(b, o + 32)?,
                        memsz: u64_at(b, o + 40)?,
                    })
                })();
                seg.ok_or(ElfError::Truncated("program header"))
            })
            .collect()
    }

    /// Notes from PT_NOTE segments (what boot loaders read).
    pub fn notes(&self) -> Result<Vec<Note>, ElfError> {
        let mut notes = Vec::new();
        for seg in self.segments()?.into_iter().filter(|s| s.kind == PT_NOTE) {
            let start = seg.offset as usize;
            let end = start
                .checked_add(seg.filesz as usize)
                .ok_or(ElfError::Truncated("note segment"))?;
            let data = self
                .bytes
                .get(start..end)
                .ok_or(ElfError::Truncated("note segment"))?;
            let mut o = 0;
            while o + 12 <= data.len() {
                let (namesz, descsz, kind) = (
                    u32_at(data, o).unwrap() as usize,
                    u32_at(data, o + 4).unwrap() as usize,
                    u32_at(data, o + 8).unwrap(),
                );
                let name_end = o + 12 + namesz;
                let desc_start = o + 12 + namesz.div_ceil(4) * 4;
                let desc_end = desc_start + descsz;
                let name = data
                    .get(o + 12..name_end)
                    .ok_or(ElfError::Truncated("note name"))?;
                let desc = data
                    .get(desc_start..desc_end)
                    .ok_or(ElfError::Truncated("note descriptor"))?;
                let name = String::from_utf8_lossy(name)
                    .trim_end_matches('\0')
                    .to_string();
                notes.push(Note {
                    name,
                    kind,
                    desc: desc.to_vec(),
                });
                o = desc_start + descsz.div_ceil(4) * 4;
            }
        }
        Ok(notes)
    }

    /// Function symbols with a size, from the section-header symbol table.
    pub fn function_symbols(&self) -> Result<Vec<Symbol>, ElfError> {
        let b = self.bytes;
        let shoff = u64_at(b, 40).ok_or(ElfError::Truncated("section header offset"))? as usize;
        let shentsize = u16_at(b, 58).ok_or(ElfError::Truncated("section header size"))? as usize;
        let shnum = u16_at(b, 60).ok_or(ElfError::Truncated("section header count"))? as usize;
        let section = |i: usize| -> Option<(u32, usize, usize, usize, usize)> {
            let o = shoff.checked_add(i.checked_mul(shentsize)?)?;
            Some((
                u32_at(b, o + 4)?,
                u64_at(b, o + 24)? as usize,
                u64_at(b, o + 32)? as usize,
                u32_at(b, o + 40)? as usize,
                u64_at(b, o + 56)? as usize,
            ))
        };
        let mut out = Vec::new();
        for i in 0..shnum {
            let (kind, off, size, link, entsize) =
                section(i).ok_or(ElfError::Truncated("section header"))?;
            if kind != SHT_SYMTAB || entsize < 24 {
                continue;
            }
            let (_, stroff, strsize, _, _) =
                section(link).ok_or(ElfError::Truncated("string table header"))?;
            let strtab = b
                .get(stroff..stroff + strsize)
                .ok_or(ElfError::Truncated("string table"))?;
            let syms = b
                .get(off..off + size)
                .ok_or(ElfError::Truncated("symbol table"))?;
            for s in syms.chunks_exact(entsize) {
                let name_off = u32_at(s, 0).unwrap() as usize;
                let info = s[4];
                let (addr, size) = (u64_at(s, 8).unwrap(), u64_at(s, 16).unwrap());
                if info & 0xf != STT_FUNC || size == 0 {
                    continue;
                }
                let name = strtab
                    .get(name_off..)
                    .ok_or(ElfError::Truncated("symbol name"))?;
                let name = &name[..name.iter().position(|&c| c == 0).unwrap_or(name.len())];
                out.push(Symbol {
                    name: String::from_utf8_lossy(name).into_owned(),
                    addr,
                    size,
                });
            }
        }
        Ok(out)
    }

    /// The file as loaders need it: the ELF header, the program headers and
    /// each PT_LOAD segment's bytes, without section headers, symbols or
    /// debug data. Segments are packed at 16-byte alignment instead of page
    /// alignment (p_align 16; loaders copy p_filesz bytes from p_offset to
    /// p_paddr) and lose their trailing zero bytes (p_filesz shrinks: the
    /// loader zero-fills up to p_memsz, so memory is the same). A PT_NOTE
    /// inside a loaded segment moves with it.
    pub fn stripped(&self) -> Result<Vec<u8>, ElfError> {
        const PT_LOAD: u32 = 1;
        const ALIGN: usize = 16;
        let b = self.bytes;
        let bad = || ElfError::Truncated("program header");
        let phoff = u64_at(b, 32).ok_or_else(bad)? as usize;
        let phentsize = u16_at(b, 54).ok_or_else(bad)? as usize;
        let segs = self.segments()?;
        if phentsize < 56 && !segs.is_empty() {
            return Err(bad());
        }
        let head = phoff
            .checked_add(segs.len() * phentsize)
            .ok_or_else(bad)?
            .max(64);
        let mut out = b.get(..head).ok_or_else(bad)?.to_vec();
        out[40..48].fill(0); // e_shoff
        out[58..64].fill(0); // e_shentsize, e_shnum, e_shstrndx
        let set = |out: &mut Vec<u8>, i: usize, field: usize, v: u64| {
            let o = phoff + i * phentsize + field;
            out[o..o + 8].copy_from_slice(&v.to_le_bytes());
        };
        let span = |s: &Segment| -> Result<(usize, usize), ElfError> {
            let start = s.offset as usize;
            let end = start
                .checked_add(s.filesz as usize)
                .filter(|&e| e <= b.len())
                .ok_or(ElfError::Truncated("segment data"))?;
            Ok((start, end))
        };
        // (old start, old end, new start) of every loaded segment
        let mut moved: Vec<(usize, usize, usize)> = Vec::new();
        for (i, s) in segs.iter().enumerate().filter(|(_, s)| s.kind == PT_LOAD) {
            let (start, end) = span(s)?;
            let data = &b[start..end];
            let mut keep = data.iter().rposition(|&c| c != 0).map_or(0, |p| p + 1);
            for n in segs.iter().filter(|n| n.kind == PT_NOTE) {
                let (ns, ne) = span(n)?;
                if ns >= start && ne <= end {
                    keep = keep.max(ne - start);
                }
            }
            let at = out.len().next_multiple_of(ALIGN);
            out.resize(at, 0);
            out.extend_from_slice(&data[..keep]);
            set(&mut out, i, 8, at as u64); // p_offset
            set(&mut out, i, 32, keep as u64); // p_filesz
            set(&mut out, i, 48, ALIGN as u64); // p_align
            moved.push((start, end, at));
        }
        for (i, s) in segs.iter().enumerate().filter(|(_, s)| s.kind != PT_LOAD) {
            let (start, end) = span(s)?;
            let new = match moved.iter().find(|m| start >= m.0 && end <= m.1) {
                Some(m) => m.2 + (start - m.0),
                None => {
                    // not inside a loaded segment: keep its bytes too
                    let at = out.len().next_multiple_of(ALIGN);
                    out.resize(at, 0);
                    out.extend_from_slice(&b[start..end]);
                    at
                }
            };
            set(&mut out, i, 8, new as u64);
        }
        Ok(out)
    }
}

/// ELF note type of the kernel's marker note ("Mote", 'MOTE').
pub const MOTE_NOTE_MARKER: u32 = 0x4d4f_5445;
/// ELF note type of the image's configuration note (memory in MiB, ...).
pub const MOTE_NOTE_CONFIG: u32 = 2;
/// XEN_ELFNOTE_PHYS32_ENTRY.
pub const XEN_NOTE_PHYS32_ENTRY: u32 = 18;

/// A little-endian x86-64 ELF of `size` zero bytes with `phdrs` as its
/// program headers, (type, offset, paddr, filesz, memsz) each, page-aligned:
/// for tests that build images by hand.
#[cfg(test)]
pub(crate) fn test_elf(size: usize, phdrs: &[(u32, u64, u64, u64, u64)]) -> Vec<u8> {
    let mut e = vec![0u8; size];
    e[..4].copy_from_slice(b"\x7fELF");
    e[4] = 2;
    e[5] = 1;
    e[18..20].copy_from_slice(&62u16.to_le_bytes());
    e[32..40].copy_from_slice(&64u64.to_le_bytes());
    e[54..56].copy_from_slice(&56u16.to_le_bytes());
    e[56..58].copy_from_slice(&(phdrs.len() as u16).to_le_bytes());
    for (i, (kind, off, paddr, filesz, memsz)) in phdrs.iter().enumerate() {
        let p = 64 + i * 56;
        e[p..p + 4].copy_from_slice(&kind.to_le_bytes());
        e[p + 8..p + 16].copy_from_slice(&off.to_le_bytes());
        e[p + 16..p + 24].copy_from_slice(&paddr.to_le_bytes());
        e[p + 24..p + 32].copy_from_slice(&paddr.to_le_bytes());
        e[p + 32..p + 40].copy_from_slice(&filesz.to_le_bytes());
        e[p + 40..p + 48].copy_from_slice(&memsz.to_le_bytes());
        e[p + 48..p + 56].copy_from_slice(&0x1000u64.to_le_bytes());
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(name: &str, kind: u32, desc: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend((name.len() as u32 + 1).to_le_bytes());
        v.extend((desc.len() as u32).to_le_bytes());
        v.extend(kind.to_le_bytes());
        v.extend(name.as_bytes());
        v.push(0);
        while v.len() % 4 != 0 {
            v.push(0);
        }
        v.extend(desc);
        while v.len() % 4 != 0 {
            v.push(0);
        }
        v
    }

    /// A minimal ELF: header, one PT_NOTE program header, the notes.
    fn tiny_elf(notes: &[u8]) -> Vec<u8> {
        let mut e = vec![0u8; 64 + 56];
        e[..4].copy_from_slice(b"\x7fELF");
        e[4] = 2;
        e[5] = 1;
        e[18..20].copy_from_slice(&62u16.to_le_bytes());
        e[32..40].copy_from_slice(&64u64.to_le_bytes()); // phoff
        e[54..56].copy_from_slice(&56u16.to_le_bytes());
        e[56..58].copy_from_slice(&1u16.to_le_bytes());
        let p = 64;
        e[p..p + 4].copy_from_slice(&PT_NOTE.to_le_bytes());
        e[p + 8..p + 16].copy_from_slice(&120u64.to_le_bytes());
        e[p + 32..p + 40].copy_from_slice(&(notes.len() as u64).to_le_bytes());
        e.extend(notes);
        e
    }

    #[test]
    fn reads_notes() {
        let mut n = note("Xen", 18, &0x100000u64.to_le_bytes());
        n.extend(note("Mote", MOTE_NOTE_MARKER, &[1, 0, 0, 0, 0, 0, 0, 0]));
        let bytes = tiny_elf(&n);
        let elf = Elf::parse(&bytes).unwrap();
        let notes = elf.notes().unwrap();
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].name, "Xen");
        assert_eq!(notes[0].kind, 18);
        assert_eq!(notes[0].desc, 0x100000u64.to_le_bytes());
        assert_eq!(notes[1].name, "Mote");
    }

    #[test]
    fn rejects_garbage_and_truncation_without_panicking() {
        assert_eq!(Elf::parse(b"hello").err(), Some(ElfError::NotElf));
        let mut bytes = tiny_elf(&note("Xen", 18, &[0; 8]));
        bytes[18] = 3;
        assert_eq!(
            Elf::parse(&bytes).err(),
            Some(ElfError::Not64BitLittleEndianX86)
        );
        let full = tiny_elf(&note("Xen", 18, &[0; 8]));
        for cut in 0..full.len() {
            if let Ok(e) = Elf::parse(&full[..cut]) {
                let _ = e.notes();
                let _ = e.function_symbols();
                let _ = e.stripped();
            }
        }
        let e = Elf::parse(&full[..full.len() - 3]).unwrap();
        assert!(e.notes().is_err());
    }

    #[test]
    fn stripping_drops_section_headers_and_trailing_data() {
        let mut bytes = tiny_elf(&note("Xen", 18, &[0; 8]));
        let len = bytes.len();
        bytes.extend([0xAA; 100]); // pretend symbol tables
        bytes[40..48].copy_from_slice(&(len as u64).to_le_bytes());
        bytes[60..62].copy_from_slice(&3u16.to_le_bytes());
        let s = Elf::parse(&bytes).unwrap().stripped().unwrap();
        assert!(s.len() <= len + 16, "{} > {len} + 16", s.len()); // the note, 16-aligned
        assert_eq!(u64_at(&s, 40), Some(0));
        assert_eq!(u16_at(&s, 60), Some(0));
        assert_eq!(
            Elf::parse(&s).unwrap().notes().unwrap(),
            Elf::parse(&bytes).unwrap().notes().unwrap()
        );
    }

    /// What a loader puts in memory: every PT_LOAD's p_filesz bytes at
    /// p_paddr, zeros up to p_memsz.
    fn load(image: &[u8]) -> std::collections::BTreeMap<u64, u8> {
        let mut mem = std::collections::BTreeMap::new();
        let n = u16_at(image, 56).unwrap() as usize;
        for i in 0..n {
            let p = 64 + i * 56;
            if u32_at(image, p) != Some(1) {
                continue;
            }
            let (off, paddr) = (
                u64_at(image, p + 8).unwrap(),
                u64_at(image, p + 24).unwrap(),
            );
            let (filesz, memsz) = (
                u64_at(image, p + 32).unwrap(),
                u64_at(image, p + 40).unwrap(),
            );
            for k in 0..memsz {
                let v = if k < filesz {
                    image[(off + k) as usize]
                } else {
                    0
                };
                mem.insert(paddr + k, v);
            }
        }
        mem
    }

    /// Two page-aligned PT_LOADs padded with zeros (the second with a note
    /// and a bss tail) pack tightly and load to the same memory.
    #[test]
    fn stripping_packs_segments_and_keeps_memory_identical() {
        let notes = note("Xen", 18, &0x100000u64.to_le_bytes());
        // (type, offset, paddr, filesz, memsz)
        let phdrs: [(u32, u64, u64, u64, u64); 3] = [
            (1, 0x1000, 0x100000, 0x1000, 0x1000),
            (1, 0x2000, 0x101000, 0x1000, 0x3000),
            (
                PT_NOTE,
                0x2100,
                0x101100,
                notes.len() as u64,
                notes.len() as u64,
            ),
        ];
        let mut e = test_elf(0x3000, &phdrs);
        e[0x1000..0x1123].fill(0x90); // "code", then zeros to the page end
        e[0x1050] = 0; // a zero inside is kept
        e[0x2000..0x2010].fill(0x11);
        e[0x2100..0x2100 + notes.len()].copy_from_slice(&notes);
        let s = Elf::parse(&e).unwrap().stripped().unwrap();
        assert!(s.len() < 0x400, "{} bytes", s.len());
        assert_eq!(load(&s), load(&e));
        let (a, b) = (Elf::parse(&s).unwrap(), Elf::parse(&e).unwrap());
        assert_eq!(a.notes().unwrap(), b.notes().unwrap());
        assert_eq!(a.notes().unwrap().len(), 1);
    }
}
