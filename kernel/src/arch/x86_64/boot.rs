//! PVH entry: the 32-bit code the loader jumps to, the switch to long mode,
//! and the ELF notes that make the image bootable (`XEN_ELFNOTE_PHYS32_ENTRY`)
//! and recognisable as a Mote image.
//!
//! The entry builds throwaway page tables identity-mapping 4 GiB with 2 MiB
//! pages, enables SSE before any Rust code runs (the target is hard-float),
//! and calls `kernel_entry(start_info)` on the boot stack. Rust replaces the
//! page tables with precise ones (W^X, guard pages) in `paging`.

/// Size of the boot stack (the app's main runs on it until threads exist).
pub const BOOT_STACK_SIZE: usize = 256 * 1024;

core::arch::global_asm!(
    r#"
    .section .note.Xen, "a", @note
    .p2align 2
    .long 4                 /* namesz: "Xen\0" */
    .long 8                 /* descsz */
    .long 18                /* XEN_ELFNOTE_PHYS32_ENTRY */
    .asciz "Xen"
    .p2align 2
    .quad _pvh_start

    .section .note.Mote, "a", @note
    .p2align 2
    .long 5                 /* namesz: "Mote\0" */
    .long 8                 /* descsz */
    .long 0x4d4f5445        /* type 'MOTE' */
    .asciz "Mote"
    .p2align 2
    .long 1                 /* image format version */
    .long 0

    .section .bss.boot, "aw", @nobits
    .p2align 12
    .global boot_pml4
    boot_pml4: .skip 4096
    boot_pdpt: .skip 4096
    .global boot_pd
    boot_pd:   .skip 4 * 4096
    .global boot_stack_guard
    boot_stack_guard: .skip 4096
    .global boot_stack_bottom
    boot_stack_bottom: .skip {stack_size}
    .global boot_stack_top
    boot_stack_top:
    .p2align 3
    .global boot_tsc
    boot_tsc: .skip 8
    .global boot_unpacked_tsc
    boot_unpacked_tsc: .skip 8
    .global boot_packed_bytes
    boot_packed_bytes: .skip 4

    .section .rodata.boot, "a"
    .p2align 3
    boot_gdt:
        .quad 0
        .quad 0x00af9a000000ffff    /* 0x08: 64-bit code */
        .quad 0x00cf92000000ffff    /* 0x10: data */
    boot_gdt_end:
    boot_gdt_ptr:
        .word boot_gdt_end - boot_gdt - 1
        .long boot_gdt

    .section .text.boot, "ax"
    .code32
    .global _pvh_start
    _pvh_start:
        cli
        cld
        movl %ebx, %esi                 /* hvm_start_info (physical) */
        cmpl $0x5a544f4d, %edi          /* "MOTZ": a decompressor stub ran first */
        jne 4f
        movl %ecx, boot_tsc             /* its entry TSC (%ebp:%ecx): boot time includes it */
        movl %ebp, boot_tsc + 4
        movl %eax, boot_packed_bytes    /* the compressed bytes it read */
        rdtsc
        movl %eax, boot_unpacked_tsc
        movl %edx, boot_unpacked_tsc + 4
        jmp 5f
    4:  rdtsc
        movl %eax, boot_tsc
        movl %edx, boot_tsc + 4
    5:

        /* PML4[0] -> PDPT; PDPT[0..4] -> 4 PDs; PD entries: 2 MiB pages */
        movl $boot_pdpt, %eax
        orl $0x3, %eax
        movl %eax, boot_pml4
        movl $boot_pd, %eax
        orl $0x3, %eax
        movl %eax, boot_pdpt
        addl $0x1000, %eax
        movl %eax, boot_pdpt + 8
        addl $0x1000, %eax
        movl %eax, boot_pdpt + 16
        addl $0x1000, %eax
        movl %eax, boot_pdpt + 24
        movl $boot_pd, %edi
        xorl %ecx, %ecx
    1:  movl %ecx, %eax
        shll $21, %eax
        orl $0x83, %eax                 /* present | writable | 2 MiB */
        movl %eax, (%edi, %ecx, 8)
        incl %ecx
        cmpl $2048, %ecx
        jne 1b

        movl $boot_pml4, %eax
        movl %eax, %cr3
        movl %cr4, %eax
        orl $((1 << 5) | (1 << 9) | (1 << 10)), %eax   /* PAE, OSFXSR, OSXMMEXCPT */
        movl %eax, %cr4
        movl $0xC0000080, %ecx          /* EFER */
        rdmsr
        orl $(1 << 8), %eax             /* LME */
        wrmsr
        movl %cr0, %eax
        andl $~((1 << 2) | (1 << 3)), %eax              /* clear EM, TS */
        orl $((1 << 31) | (1 << 16) | (1 << 1) | 1), %eax /* PG, WP, MP, PE */
        movl %eax, %cr0
        lgdt boot_gdt_ptr
        ljmp $0x08, $2f

    .code64
    2:  movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %ss
        movw %ax, %fs
        movw %ax, %gs
        movq $boot_stack_top, %rsp
        xorl %ebp, %ebp
        movl %esi, %edi
        call kernel_entry
    3:  cli
        hlt
        jmp 3b
    "#,
    stack_size = const BOOT_STACK_SIZE,
    options(att_syntax)
);

extern "C" {
    static boot_pml4: u8;
    static boot_pd: u8;
    static boot_tsc: u64;
    static boot_unpacked_tsc: u64;
    static boot_packed_bytes: u32;
    static boot_stack_guard: u8;
    static boot_stack_bottom: u8;
    static boot_stack_top: u8;
}

/// TSC value read as the first instruction after PVH entry.
pub fn entry_tsc() -> u64 {
    // SAFETY: written once by the entry code before any Rust runs; read-only after.
    unsafe { core::ptr::read_volatile(core::ptr::addr_of!(boot_tsc)) }
}

/// When a compressed image's stub (crate `mote-stub`) decompressed the
/// kernel: (its payload bytes, TSC ticks from its entry to the kernel's).
pub fn decompressed() -> Option<(u32, u64)> {
    // SAFETY: written once by the entry code before any Rust runs; read-only after.
    let (bytes, end) = unsafe {
        (
            core::ptr::read_volatile(core::ptr::addr_of!(boot_packed_bytes)),
            core::ptr::read_volatile(core::ptr::addr_of!(boot_unpacked_tsc)),
        )
    };
    (end != 0).then(|| (bytes, end.wrapping_sub(entry_tsc())))
}

/// Banner line of a compressed image (nothing for a plain one).
pub fn print_decompressed() {
    if let Some((bytes, ticks)) = decompressed() {
        use crate::console::Field::Num;
        crate::console::print_fields(
            "  image: decompressed from \u{1} KiB in \u{1} us (before the kernel's entry)\n",
            &[
                Num(u64::from(bytes) / 1024),
                Num(crate::clock::ticks_to_ns(ticks) / 1000),
            ],
        );
    }
}

/// Physical addresses of the entry code's PML4 and of its four page
/// directories (contiguous: 2048 entries of 2 MiB covering 4 GiB), which
/// `paging` turns into the kernel's tables.
pub fn boot_tables() -> (u64, u64) {
    (
        core::ptr::addr_of!(boot_pml4) as u64,
        core::ptr::addr_of!(boot_pd) as u64,
    )
}

/// (guard page, stack bottom, stack top) of the boot stack.
pub fn boot_stack() -> (usize, usize, usize) {
    (
        core::ptr::addr_of!(boot_stack_guard) as usize,
        core::ptr::addr_of!(boot_stack_bottom) as usize,
        core::ptr::addr_of!(boot_stack_top) as usize,
    )
}
