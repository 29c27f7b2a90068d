//! The symbol table sealed into images (section `.mote_syms`), read by the
//! kernel's `symbols` module. Layout (little-endian): `"MSYM"`, count,
//! strtab_len, 0 (u32 each); `count` entries `{addr, size, name_off,
//! name_len}` (u32 each) sorted by address; then the names, demangled
//! without hashes.

use crate::elf::Symbol;

pub fn encode(symbols: &[Symbol]) -> Vec<u8> {
    let mut syms: Vec<(u64, u64, String)> = symbols
        .iter()
        .filter(|s| s.addr <= u32::MAX as u64)
        .map(|s| {
            (
                s.addr,
                s.size,
                format!("{:#}", rustc_demangle::demangle(&s.name)),
            )
        })
        .collect();
    syms.sort();
    syms.dedup_by_key(|s| s.0);
    let mut strtab: Vec<u8> = Vec::new();
    let mut entries = Vec::with_capacity(syms.len() * 16);
    for (addr, size, name) in &syms {
        for v in [
            *addr as u32,
            *size as u32,
            strtab.len() as u32,
            name.len() as u32,
        ] {
            entries.extend(v.to_le_bytes());
        }
        strtab.extend(name.as_bytes());
    }
    let mut out = Vec::with_capacity(16 + entries.len() + strtab.len());
    out.extend(b"MSYM");
    out.extend((syms.len() as u32).to_le_bytes());
    out.extend((strtab.len() as u32).to_le_bytes());
    out.extend(0u32.to_le_bytes());
    out.extend(entries);
    out.extend(strtab);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(b: &[u8], o: usize) -> u32 {
        u32::from_le_bytes(b[o..o + 4].try_into().unwrap())
    }

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
        let b = encode(&syms);
        assert_eq!(&b[..4], b"MSYM");
        let n = field(&b, 4) as usize;
        assert_eq!(n, 2);
        let strtab = 16 + n * 16;
        let name = |i: usize| {
            let (off, len) = (
                field(&b, 16 + i * 16 + 8) as usize,
                field(&b, 16 + i * 16 + 12) as usize,
            );
            std::str::from_utf8(&b[strtab + off..strtab + off + len])
                .unwrap()
                .to_string()
        };
        assert_eq!(field(&b, 16), 0x100000);
        assert_eq!(name(0), "memcpy");
        assert_eq!(field(&b, 32), 0x101000);
        assert_eq!(field(&b, 36), 0x40);
        assert_eq!(name(1), "kernel::boot::kernel_entry");
        assert_eq!(b.len(), strtab + field(&b, 8) as usize);
    }
}
