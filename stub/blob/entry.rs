//! The 64-bit LZMA blob's crate root (compiled by `build.rs`, not by
//! cargo): the entry the stub calls in long mode, `src/lzma.rs` and
//! `src/x86_branches.rs` as modules, and the few memory functions the compiler may call.
#![no_std]

#[path = "../src/lzma.rs"]
mod lzma;
#[path = "../src/x86_branches.rs"]
mod x86_branches;

/// The stub's call (SysV: rdi, rsi, rdx, rcx, r8, r9): decodes `src_len`
/// bytes at `src` into exactly `dst_len` bytes at `dst` with the
/// probabilities at `scratch`, and undoes the x86 branch filter
/// (`lzma::decode_image`; `dst` is below 1 GiB, its own address). Returns 0, an [`lzma::Error`] number, or 6
/// when the stream does not end where the header says.
///
/// # Safety
/// The three areas must be valid, disjoint and not used by anyone else.
#[no_mangle]
pub unsafe extern "C" fn mote_lzma_decode(
    src: *const u8,
    src_len: usize,
    dst: *mut u8,
    dst_len: usize,
    scratch: *mut lzma::Probs,
    props: u32,
) -> u32 {
    // SAFETY: the caller's contract (the stub checked the bounds).
    let (input, out, probs) = unsafe {
        (
            core::slice::from_raw_parts(src, src_len),
            core::slice::from_raw_parts_mut(dst, dst_len),
            &mut *scratch,
        )
    };
    match lzma::decode_image(props, input, out, probs, dst as usize as u32) {
        Ok(n) if n == src_len => 0,
        Ok(_) => 6,
        Err(e) => e as u32,
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    // unreachable: build.rs rejects a blob that references a panic function
    loop {}
}

// memcpy/memmove/memset/memcmp, should the compiler emit calls to them
core::arch::global_asm!(
    r#"
    .section .text.mote_mem, "ax"
    .globl memcpy
    .globl memmove
    .globl memset
    .globl memcmp
    .globl bcmp
memcpy:
memmove:
    movq %rdi, %rax
    movq %rdx, %rcx
    cmpq %rsi, %rdi
    jbe 1f
    leaq -1(%rsi,%rdx), %rsi
    leaq -1(%rdi,%rdx), %rdi
    std
    rep movsb
    cld
    ret
1:  rep movsb
    ret
memset:
    movq %rdi, %r8
    movl %esi, %eax
    movq %rdx, %rcx
    rep stosb
    movq %r8, %rax
    ret
memcmp:
bcmp:
    xorl %eax, %eax
    testq %rdx, %rdx
    jz 3f
2:  movzbl (%rdi), %eax
    movzbl (%rsi), %ecx
    subl %ecx, %eax
    jnz 3f
    incq %rdi
    incq %rsi
    decq %rdx
    jnz 2b
3:  ret
"#,
    options(att_syntax)
);
