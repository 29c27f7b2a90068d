//! The few C symbols a freestanding Rust build needs (see DESIGN.md):
//! memory primitives, `strlen`, and two unwinding stubs that the
//! precompiled `core`/`alloc` reference even with `panic = "abort"`.
//! Written with string instructions so LLVM cannot turn them back into
//! calls to themselves.

use core::arch::asm;

#[no_mangle]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: C contract: non-overlapping valid ranges of n bytes.
    asm!(
        "mov {tail}, rcx", "shr rcx, 3", "rep movsq", "mov rcx, {tail}", "and rcx, 7", "rep movsb",
        tail = out(reg) _,
        inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _,
        options(nostack)
    );
    dst
}

#[no_mangle]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize).wrapping_sub(src as usize) >= n {
        // no harmful overlap: copying forwards is correct
        return memcpy(dst, src, n);
    }
    // SAFETY: copy backwards so overlapping bytes are read before written.
    asm!(
        "std", "rep movsb", "cld",
        inout("rcx") n => _, inout("rdi") dst.add(n).wrapping_sub(1) => _, inout("rsi") src.add(n).wrapping_sub(1) => _,
        options(nostack)
    );
    dst
}

#[no_mangle]
pub unsafe extern "C" fn memset(dst: *mut u8, value: i32, n: usize) -> *mut u8 {
    // SAFETY: C contract: dst is valid for n bytes.
    asm!(
        "rep stosb",
        inout("rcx") n => _, inout("rdi") dst => _, in("al") value as u8,
        options(nostack, preserves_flags)
    );
    dst
}

#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i < n {
        // SAFETY: C contract: both valid for n bytes.
        let (x, y) = (
            core::ptr::read_volatile(a.add(i)),
            core::ptr::read_volatile(b.add(i)),
        );
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    memcmp(a, b, n)
}

#[no_mangle]
pub unsafe extern "C" fn strlen(s: *const u8) -> usize {
    let mut n = 0;
    // SAFETY: C contract: s is NUL-terminated. Volatile keeps LLVM from
    // recognising this loop as a call to strlen.
    while core::ptr::read_volatile(s.add(n)) != 0 {
        n += 1;
    }
    n
}

#[no_mangle]
pub extern "C" fn rust_eh_personality() {}

#[no_mangle]
pub extern "C" fn _Unwind_Resume() -> ! {
    crate::arch::x86_64::cpu::halt_forever()
}
