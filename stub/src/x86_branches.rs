//! The x86 branch filter of LZMA images: before compression, the 32-bit
//! relative fields of calls, jumps and RIP-relative loads become absolute
//! targets, so every call of one function carries the same four bytes and
//! LZMA finds them as repeats (java-http: 3.4% smaller). The stub's blob
//! turns them back after decoding. The idea is the "BCJ" filter of the xz
//! tools; these rules are Mote's own.
//!
//! The rules. The scan runs from the start of the buffer; at each position
//! it looks for one of these instruction shapes (Intel SDM vol. 2 opcode
//! tables), whose last four bytes are a little-endian relative field:
//!
//! - `E8`/`E9` rel32 (call, jmp): 5 bytes;
//! - `0F 80`..`0F 8F` rel32 (jcc): 6 bytes;
//! - REX.W (`48`, `49`, `4C`, `4D`), `8B`/`8D` (mov/lea), ModRM with mod 00
//!   and r/m 101 (RIP-relative), disp32: 7 bytes.
//!
//! A field whose top byte is `00` or `FF` (a displacement within ±16 MiB)
//! gets the address of the instruction's end added (encoding) or taken
//! away (decoding), modulo 2^25 and sign-extended from bit 24, so it is
//! again a value of that range: encoding and decoding agree on which
//! fields they change. Other fields stay. Either way the scan goes on after
//! the shape's last byte, so no byte belongs to two fields and a change
//! never alters what a later position sees. Data that happens to look like
//! these shapes is changed too, and changed back exactly: the filter is a
//! bijection whatever the bytes are.
//!
//! Like `lzma.rs` this file is compiled into the host crate and into the
//! stub's 64-bit blob, so it uses `core` only and has no panicking path.

/// Encodes `buf`, whose first byte will live at address `addr`.
pub fn encode(buf: &mut [u8], addr: u32) {
    convert(buf, addr, true);
}

/// Undoes [`encode`] with the same `addr`.
pub fn decode(buf: &mut [u8], addr: u32) {
    convert(buf, addr, false);
}

/// The end of the filtered instruction shape starting at `i`, if one does
/// and fits in `buf`.
fn shape_end(buf: &[u8], i: usize) -> Option<usize> {
    let end = match *buf.get(i)? {
        0xe8 | 0xe9 => i + 5,
        0x0f if matches!(buf.get(i + 1), Some(0x80..=0x8f)) => i + 6,
        0x48 | 0x49 | 0x4c | 0x4d
            if matches!(buf.get(i + 1), Some(0x8b | 0x8d))
                && buf.get(i + 2).is_some_and(|m| m & 0xc7 == 0x05) =>
        {
            i + 7
        }
        _ => return None,
    };
    (end <= buf.len()).then_some(end)
}

/// `v` sign-extended from bit 24.
fn sign_extend_25(v: u32) -> u32 {
    ((v & 0x01ff_ffff) ^ 0x0100_0000).wrapping_sub(0x0100_0000)
}

fn convert(buf: &mut [u8], addr: u32, encode: bool) {
    let mut i = 0;
    while i < buf.len() {
        let Some(end) = shape_end(buf, i) else {
            i += 1;
            continue;
        };
        let field = buf
            .get_mut(end - 4..end)
            .and_then(|f| <&mut [u8; 4]>::try_from(f).ok());
        if let Some(field) = field {
            if field[3] == 0x00 || field[3] == 0xff {
                let v = u32::from_le_bytes(*field);
                let here = addr.wrapping_add(end as u32);
                let w = if encode {
                    v.wrapping_add(here)
                } else {
                    v.wrapping_sub(here)
                };
                *field = sign_extend_25(w).to_le_bytes();
            }
        }
        i = end;
    }
}
