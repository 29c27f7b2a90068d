//! The x86 branch filter of LZMA images (`mote_stub::x86_branches`):
//! decoding undoes encoding on any bytes, calls of one target become the
//! same bytes, and each instruction shape it knows is converted.

mod common;

use common::noise;
use mote_stub::x86_branches::{decode, encode};

fn round_trip(data: &[u8], addr: u32) -> Vec<u8> {
    let mut b = data.to_vec();
    encode(&mut b, addr);
    let encoded = b.clone();
    decode(&mut b, addr);
    assert!(
        b == data,
        "decode(encode(x)) != x at {addr:#x}, {} bytes",
        data.len()
    );
    encoded
}

#[test]
fn decoding_undoes_encoding_on_any_bytes() {
    for (seed, len) in [
        (1, 0),
        (2, 1),
        (3, 4),
        (4, 5),
        (5, 7),
        (6, 1000),
        (7, 200_000),
    ] {
        let data = noise(len, seed);
        for addr in [0, 0x10_0000, 0x7fff_fff0, 0xffff_fffc] {
            round_trip(&data, addr);
        }
    }
    // bytes made of nothing but the shapes' first bytes, fields in and out
    // of range, overlapping candidates
    let dense: Vec<u8> = noise(50_000, 9)
        .iter()
        .map(|b| [0xe8, 0xe9, 0x0f, 0x85, 0x48, 0x8d, 0x05, 0x00, 0xff][*b as usize % 9])
        .collect();
    let encoded = round_trip(&dense, 0x10_0000);
    assert!(encoded != dense);
}

#[test]
fn real_machine_code_round_trips_and_changes() {
    let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    let encoded = round_trip(&exe, 0x40_0000);
    let changed = encoded.iter().zip(&exe).filter(|(a, b)| a != b).count();
    assert!(
        changed > exe.len() / 100,
        "{changed} of {} bytes changed",
        exe.len()
    );
}

/// `at`: `bytes` (an instruction shape whose last four bytes are a
/// relative field) reaching `target` from address `addr + at`.
fn put(buf: &mut [u8], at: usize, addr: u32, shape: &[u8], target: u32) {
    let end = at + shape.len() + 4;
    let rel = target.wrapping_sub(addr + end as u32);
    buf[at..at + shape.len()].copy_from_slice(shape);
    buf[end - 4..end].copy_from_slice(&rel.to_le_bytes());
}

#[test]
fn every_shape_becomes_its_absolute_target() {
    let addr = 0x10_0000;
    let target = 0x12_3456;
    let shapes: [&[u8]; 8] = [
        &[0xe8],             // call
        &[0xe9],             // jmp
        &[0x0f, 0x84],       // je
        &[0x0f, 0x8f],       // jg
        &[0x48, 0x8d, 0x05], // lea rax, [rip+x]
        &[0x4c, 0x8b, 0x3d], // mov r15, [rip+x]
        &[0x49, 0x8d, 0x0d], // lea rcx, [rip+x] (REX.B: still RIP-relative)
        &[0x4d, 0x8b, 0x25], // mov r12, [rip+x]
    ];
    let mut buf = vec![0x90u8; 16 * shapes.len()];
    for (k, s) in shapes.iter().enumerate() {
        put(&mut buf, 16 * k + k % 3, addr, s, target);
    }
    let encoded = round_trip(&buf, addr);
    for (k, s) in shapes.iter().enumerate() {
        let end = 16 * k + k % 3 + s.len() + 4;
        let field = u32::from_le_bytes(encoded[end - 4..end].try_into().unwrap());
        assert_eq!(field, target, "shape {s:02x?}");
    }
}

#[test]
fn fields_out_of_range_and_other_bytes_stay() {
    let addr = 0x10_0000;
    // a call 32 MiB away, a jmp -20 MiB away, a mov with a register operand
    // (not RIP-relative), a two-byte jcc (rel8): none is converted
    let mut buf = vec![0x90u8; 64];
    put(&mut buf, 0, addr, &[0xe8], addr.wrapping_add(32 << 20));
    put(&mut buf, 8, addr, &[0xe9], addr.wrapping_sub(20 << 20));
    buf[16..23].copy_from_slice(&[0x48, 0x8b, 0xc1, 0x01, 0x02, 0x03, 0x04]);
    buf[24..26].copy_from_slice(&[0x74, 0x05]);
    assert_eq!(round_trip(&buf, addr), buf);
}

#[test]
fn a_skipped_field_hides_the_shapes_inside_it() {
    // E8 whose field (E8 00 12 34) is out of range: the E8 inside the field,
    // whose own field (00 12 34 00) is in range, is not a candidate, in
    // encoding and in decoding alike
    let mut buf = vec![0xe8, 0xe8, 0x00, 0x12, 0x34, 0x00, 0x90, 0x90, 0x90];
    let addr = 0x10_0000;
    assert_eq!(round_trip(&buf, addr), buf);
    // the same inner call on its own is converted
    buf[0] = 0x90;
    assert!(round_trip(&buf, addr) != buf);
}
