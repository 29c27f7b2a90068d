//! The decompressor stub of compressed Mote images (`mote build --compress`).
//!
//! The stub is freestanding 32-bit x86 code that owns the PVH entry of a
//! compressed image. `mote build` copies its bytes (from this crate, which
//! assembles them into the host tool as plain read-only data), fills in the
//! header and appends the LZ4 block (see `tools/src/compress.rs`). At boot,
//! on the loader's 32-bit flat state with paging off, it:
//!
//! 1. reads the TSC (the boot clock starts here, so the kernel's "PVH entry
//!    to app entry" figure includes decompression);
//! 2. checks the header and a Fletcher-style checksum of header and payload;
//! 3. decodes the LZ4 block to the kernel's link address (1 MiB), checking
//!    every length and offset against its input and output bounds (a fast
//!    path with 16-byte SSE copies takes the short sequences far from both
//!    ends: TCG ends a translation block at every branch, so fewer branches
//!    per sequence is what makes it faster);
//! 4. zeroes the kernel's memory from the end of the decoded bytes to the end
//!    of its `.bss` (64 bytes a round; loaders zero it too, as the
//!    uncompressed image's `.bss`, but a 70 µs sweep does not depend on it);
//! 5. jumps to the kernel's 32-bit PVH entry with `%ebx` = the loader's
//!    `hvm_start_info` pointer, `%edi` = [`HANDOVER_MAGIC`], `%ebp:%ecx` =
//!    the entry TSC and `%eax` = the payload's size.
//!
//! With an LZMA payload (header `FORMAT` = [`FORMAT_LZMA`]) step 3 runs the
//! 64-bit decoder [`lzma_blob`] (built from `src/lzma.rs`, see `build.rs`)
//! in long mode: identity page tables over the first 1 GiB in the segment's
//! zeroed tail, the stub's own GDT, PAE + EFER.LME + paging, a far return
//! into 64-bit code, the call, and back to 32-bit protected mode (Intel SDM
//! 9.8.5.4) before step 4. The blob also undoes the x86 branch filter the
//! packer applies to LZMA payloads ([`x86_branches`]).
//!
//! On a bad header, checksum or LZ4/LZMA stream it writes one line to COM1 and
//! to port 0xE9 (Xen's debug port: `xl dmesg`), writes [`EXIT_BAD_IMAGE`] to
//! QEMU's isa-debug-exit port, then on Xen writes the line to the PV console
//! too (`xl console`) and crashes the domain through the `sched_op`
//! hypercall, else halts.
//!
//! The code is position independent except for one immediate (its own load
//! address) that `mote build` patches, so it can be loaded right above the
//! kernel's final memory (which it must not overlap).

pub mod lzma;
pub mod x86_branches;

/// The 64-bit position-independent LZMA decoder the stub calls in long mode
/// (built by `build.rs` from `src/lzma.rs`; entry at offset 0).
pub fn lzma_blob() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/lzma_blob.bin"))
}

/// `%edi` at the kernel's PVH entry when the stub ran first ("MOTZ").
pub const HANDOVER_MAGIC: u32 = 0x5a54_4f4d;
/// Exit status (QEMU isa-debug-exit) of an image whose payload is corrupt.
pub const EXIT_BAD_IMAGE: u8 = 105;
/// Bytes of stack the stub's segment reserves after its file bytes.
pub const STACK_BYTES: u32 = 4096;
/// Header `FORMAT` of an LZ4 payload.
pub const FORMAT_LZ4: u32 = 0;
/// Header `FORMAT` of an LZMA payload.
pub const FORMAT_LZMA: u32 = 1;
/// Bytes of the LZMA decoder's probabilities in the scratch area.
pub const PROBS_BYTES: u32 = core::mem::size_of::<lzma::Probs>() as u32;
/// Bytes of page tables (PML4, PDPT, PD) at the start of the scratch area.
pub const PAGE_TABLE_BYTES: u32 = 3 * 4096;
/// The LZMA path identity-maps this much: the stub's whole segment must lie below.
pub const LZMA_MAP_LIMIT: u64 = 1 << 30;

/// Header field offsets (little-endian u32s at the start of the stub).
pub mod header {
    /// "MOTZ"
    pub const MAGIC: usize = 0;
    /// Payload offset from the stub's load address.
    pub const PAYLOAD_OFF: usize = 4;
    /// Payload bytes (the LZ4 block; padded with zeros to 16 in the image).
    pub const PAYLOAD_LEN: usize = 8;
    /// Where the decoded bytes go (the kernel's lowest address).
    pub const DEST: usize = 12;
    /// Decoded bytes.
    pub const OUT_LEN: usize = 16;
    /// End of the kernel's memory: zeroed from `DEST + OUT_LEN` up to here.
    pub const ZERO_END: usize = 20;
    /// The kernel's 32-bit PVH entry.
    pub const KERNEL_ENTRY: usize = 24;
    /// Top of the stub's stack, as an offset from its load address.
    pub const STACK_TOP_OFF: usize = 28;
    /// Payload format: [`super::FORMAT_LZ4`] or [`super::FORMAT_LZMA`].
    pub const FORMAT: usize = 32;
    /// LZMA: lc | lp << 8 | pb << 16 (`lzma::Props::to_u32`).
    pub const LZMA_PROPS: usize = 36;
    /// LZMA: offset of the 64-bit decoder blob ([`super::lzma_blob`]).
    pub const BLOB_OFF: usize = 40;
    /// LZMA: offset of the scratch area (4 KiB aligned): three pages of page
    /// tables, then the decoder's probabilities ([`super::PROBS_BYTES`]).
    pub const SCRATCH_OFF: usize = 44;
    /// Checksum a: 1 + the sum of the words (u32, wrapping).
    pub const SUM_A: usize = 56;
    /// Checksum b: the sum of the running values of a.
    pub const SUM_B: usize = 60;
    /// Header bytes before the code.
    pub const SIZE: usize = 64;
    /// The header bytes the checksum covers first (then the payload, padded to 16).
    pub const SUMMED: core::ops::Range<usize> = 0..48;
}

core::arch::global_asm!(
    r#"
    .pushsection .rodata.mote_stub, "a"
    .p2align 6
    .code32
    .globl mote_stub_start
mote_stub_start:
.Lbase:
    .long 0x5a544f4d            /* header: see `header` */
    .skip 60

    .globl mote_stub_entry
mote_stub_entry:
    cli
    cld
    rdtsc                       /* first thing: the boot clock starts here */
    movl $0, %ebp               /* patched by mote build: our load address */
    .globl mote_stub_base_end
mote_stub_base_end:
    movl 28(%ebp), %esp
    addl %ebp, %esp             /* stack: the segment's zeroed tail */
    pushl %ebx                  /* start_info */
    pushl %edx                  /* entry TSC high */
    pushl %eax                  /* entry TSC low */
    pushl %ebp                  /* load address */
    movl %cr0, %eax
    andl $~((1 << 2) | (1 << 3)), %eax  /* EM, TS off: SSE for 16-byte copies */
    orl $(1 << 1), %eax         /* MP */
    movl %eax, %cr0
    movl %cr4, %eax
    orl $((1 << 9) | (1 << 10)), %eax  /* OSFXSR, OSXMMEXCPT */
    movl %eax, %cr4

    /* header sanity: payload inside the segment, output below the stub */
    movl 8(%ebp), %ecx
    testl %ecx, %ecx
    jz 90f
    addl $15, %ecx
    jc 90f
    andl $-16, %ecx
    addl 4(%ebp), %ecx
    jc 90f
    cmpl 28(%ebp), %ecx
    ja 90f
    movl 12(%ebp), %edi
    movl 16(%ebp), %edx
    addl %edi, %edx
    jc 90f
    cmpl 20(%ebp), %edx
    ja 90f
    cmpl %ebp, 20(%ebp)
    ja 90f

    /* checksum over header bytes 0..48 and the payload padded to 16 */
    movl $1, %eax
    xorl %edx, %edx
    movl %ebp, %esi
    movl $3, %ecx
    call 80f
    movl 4(%ebp), %esi
    addl %ebp, %esi
    movl 8(%ebp), %ecx
    addl $15, %ecx
    shrl $4, %ecx
    call 80f
    cmpl 56(%ebp), %eax
    jne 91f
    cmpl 60(%ebp), %edx
    jne 91f
    cmpl $1, 32(%ebp)
    je 40f                      /* LZMA */
    cmpl $0, 32(%ebp)
    jne 90f

    /* LZ4 block: esi/ebx input, edi/edx output; (%esp) output start,
       4(%esp) / 8(%esp) the last input / output position the fast path
       takes (with room for its 16- and 32-byte copies) */
    movl 4(%ebp), %esi
    addl %ebp, %esi
    movl %esi, %ebx
    addl 8(%ebp), %ebx
    movl 12(%ebp), %edi
    movl 16(%ebp), %edx
    addl %edi, %edx
    leal -48(%edx), %eax
    pushl %eax
    leal -32(%ebx), %eax
    pushl %eax
    pushl %edi
    /* fast path: far from both ends, under 15 literals, a short match from
       16 or more bytes back: fixed-size copies, few branches (TCG ends a
       block at every branch) */
10: cmpl 4(%esp), %esi
    ja 30f
    cmpl 8(%esp), %edi
    ja 30f
    movzbl (%esi), %ebp         /* token */
    cmpl $0xf0, %ebp
    jae 30f
    incl %esi
    movl %ebp, %ecx
    shrl $4, %ecx
    movdqu (%esi), %xmm0        /* up to 14 literals in one copy */
    movdqu %xmm0, (%edi)
    addl %ecx, %esi
    addl %ecx, %edi
    movzwl (%esi), %eax         /* match offset */
    addl $2, %esi
    movl %edi, %ecx
    subl (%esp), %ecx
    decl %eax
    cmpl %ecx, %eax
    jae 92f                     /* 0, or before the output's start */
    incl %eax
    cmpl $16, %eax
    jb 19f
    movl %ebp, %ecx
    andl $15, %ecx
    cmpl $15, %ecx
    je 19f
    addl $4, %ecx
    movl %edi, %ebp
    subl %eax, %ebp
    movdqu (%ebp), %xmm0        /* up to 18 bytes from 16 or more back */
    movdqu %xmm0, (%edi)
    movdqu 16(%ebp), %xmm0
    movdqu %xmm0, 16(%edi)
    addl %ecx, %edi
    jmp 10b
    /* general path: any sequence, every length checked */
30: cmpl %ebx, %esi
    jae 92f
    movzbl (%esi), %ebp         /* token */
    incl %esi
    movl %ebp, %ecx
    shrl $4, %ecx               /* literal length */
    cmpl $15, %ecx
    jne 12f
11: cmpl %ebx, %esi
    jae 92f
    movzbl (%esi), %eax
    incl %esi
    addl %eax, %ecx
    jc 92f
    cmpl $255, %eax
    je 11b
12: movl %ebx, %eax
    subl %esi, %eax
    cmpl %eax, %ecx
    ja 92f
    movl %edx, %eax
    subl %edi, %eax
    cmpl %eax, %ecx
    ja 92f
    rep movsb
    cmpl %ebx, %esi
    je 20f                      /* the last sequence has literals only */
    movl %ebx, %eax
    subl %esi, %eax
    cmpl $2, %eax
    jb 92f
    movzwl (%esi), %eax         /* match offset */
    addl $2, %esi
    testl %eax, %eax
    jz 92f
    movl %edi, %ecx
    subl (%esp), %ecx
    cmpl %ecx, %eax
    ja 92f
19: andl $15, %ebp
    movl %ebp, %ecx             /* match length - 4 */
    cmpl $15, %ecx
    jne 14f
13: cmpl %ebx, %esi
    jae 92f
    movzbl (%esi), %ebp
    incl %esi
    addl %ebp, %ecx
    jc 92f
    cmpl $255, %ebp
    je 13b
14: addl $4, %ecx
    jc 92f
    movl %edx, %ebp
    subl %edi, %ebp
    cmpl %ebp, %ecx
    ja 92f
    movl %esi, %ebp
    movl %edi, %esi
    subl %eax, %esi
    rep movsb                   /* forward byte copy: overlaps repeat */
    movl %ebp, %esi
    jmp 10b

20: cmpl %edx, %edi
    jne 92f                     /* fewer bytes than the header says */
    addl $12, %esp
    movl (%esp), %ebp
26: movl 20(%ebp), %edx         /* zero up to here (.bss) */
    xorl %eax, %eax
    pxor %xmm0, %xmm0
21: testl $63, %edi             /* bytes up to a 64-byte boundary */
    jz 22f
    cmpl %edx, %edi
    jae 24f
    stosb
    jmp 21b
22: leal 64(%edi), %ecx         /* 64 bytes a round */
    cmpl %edx, %ecx
    ja 23f
    movaps %xmm0, (%edi)
    movaps %xmm0, 16(%edi)
    movaps %xmm0, 32(%edi)
    movaps %xmm0, 48(%edi)
    movl %ecx, %edi
    jmp 22b
23: movl %edx, %ecx             /* the rest */
    subl %edi, %ecx
    rep stosb
24:
    movl 8(%ebp), %eax          /* payload bytes, for the banner */
    movl 24(%ebp), %esi         /* the kernel's PVH entry */
    movl 4(%esp), %ecx          /* entry TSC low */
    movl 12(%esp), %ebx         /* start_info, as the loader gave it */
    movl 8(%esp), %ebp          /* entry TSC high */
    movl $0x5a544f4d, %edi
    jmp *%esi

    /* LZMA: the decoder is 64-bit code (src/lzma.rs, built by build.rs):
       identity-map the first 1 GiB with 2 MiB pages, enter long mode, call
       it, and go back to 32-bit protected mode (Intel SDM 9.8.5.4) */
40: movl 28(%ebp), %eax
    addl %ebp, %eax             /* the segment's end (stack top) */
    jc 90f
    cmpl $0x40000000, %eax
    ja 90f
    movl 44(%ebp), %edi
    addl %ebp, %edi             /* scratch: page tables, probabilities */
    testl $4095, %edi
    jnz 90f
    leal ({tables} + {probs})(%edi), %ecx
    subl ${stack}, %eax
    cmpl %eax, %ecx
    ja 90f
    movl 40(%ebp), %eax         /* the blob: after the code, before the payload */
    cmpl $(.Lend - .Lbase), %eax
    jb 90f
    cmpl 4(%ebp), %eax
    jae 90f
    movl %edi, %ebx
    xorl %eax, %eax
    movl $({tables} / 4), %ecx
    rep stosl
    leal 0x1003(%ebx), %eax
    movl %eax, (%ebx)           /* PML4[0] -> PDPT */
    leal 0x2003(%ebx), %eax
    movl %eax, 0x1000(%ebx)     /* PDPT[0] -> PD */
    movl $0x83, %eax            /* present, writable, 2 MiB */
    xorl %ecx, %ecx
41: movl %eax, 0x2000(%ebx,%ecx,8)
    addl $0x200000, %eax
    incl %ecx
    cmpl $512, %ecx
    jb 41b
    movl %ebx, %cr3
    movl %cr4, %eax
    orl $(1 << 5), %eax         /* PAE */
    movl %eax, %cr4
    movl $0xc0000080, %ecx
    rdmsr
    orl $(1 << 8), %eax         /* EFER.LME */
    wrmsr
    leal (.Lgdt - .Lbase)(%ebp), %eax
    pushl %eax
    pushw $31
    lgdt (%esp)
    addl $6, %esp
    movl %cr0, %eax
    orl $(1 << 31), %eax        /* paging on: compatibility mode */
    movl %eax, %cr0
    leal (42f - .Lbase)(%ebp), %eax
    pushl $0x08
    pushl %eax
    lret                        /* to the 64-bit code segment */
    .code64
42: movl %esp, %esp             /* zero-extend: the upper halves are undefined */
    movl %ebp, %ebp
    movl 4(%rbp), %edi
    addl %ebp, %edi             /* src */
    movl 8(%rbp), %esi          /* src_len */
    movl 12(%rbp), %edx         /* dst */
    movl 16(%rbp), %ecx         /* dst_len */
    leal {tables}(%rbx), %r8d   /* probabilities */
    movl 36(%rbp), %r9d         /* lc/lp/pb */
    movl 40(%rbp), %eax
    addl %ebp, %eax
    movq %rsp, %rbx
    andq $-16, %rsp
    call *%rax
    movq %rbx, %rsp
    movl %eax, %esi             /* 0 or an error */
    leaq 43f(%rip), %rax
    pushq $0x10
    pushq %rax
    lretq                       /* to the 32-bit code segment */
    .code32
43: movl %cr0, %eax
    andl $~(1 << 31), %eax      /* paging off: leaves IA-32e mode */
    movl %eax, %cr0
    movl $0xc0000080, %ecx
    rdmsr
    andl $~(1 << 8), %eax
    wrmsr
    movl %cr4, %eax
    andl $~(1 << 5), %eax
    movl %eax, %cr4
    movl $0x18, %eax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    movw %ax, %fs
    movw %ax, %gs
    testl %esi, %esi
    jnz 93f
    movl 12(%ebp), %edi
    addl 16(%ebp), %edi         /* the end of the decoded bytes */
    jmp 26b

    /* checksum: eax = a, edx = b over ecx (> 0) 16-byte blocks at esi */
80: addl (%esi), %eax
    addl %eax, %edx
    addl 4(%esi), %eax
    addl %eax, %edx
    addl 8(%esi), %eax
    addl %eax, %edx
    addl 12(%esi), %eax
    addl %eax, %edx
    addl $16, %esi
    decl %ecx
    jnz 80b
    ret

90: movl $(.Lmsg_header - .Lbase), %esi
    jmp 95f
91: movl $(.Lmsg_sum - .Lbase), %esi
    jmp 95f
92: movl $(.Lmsg_lz4 - .Lbase), %esi
    jmp 95f
93: movl $(.Lmsg_lzma - .Lbase), %esi
95: call 96f
96: popl %ebp
    subl $(96b - .Lbase), %ebp
    addl %ebp, %esi
    movl %esi, %edi             /* the message again, for Xen's console */
97: movb (%esi), %al
    testb %al, %al
    jz 98f
    movw $0x3f8, %dx
    outb %al, %dx
    outb %al, $0xe9
    incl %esi
    jmp 97b
98: movl ${exit_code}, %eax
    outl %eax, $0xf4            /* QEMU: exit status (105 << 1) | 1 */
    movl $1, %eax
    cpuid
    testl $0x80000000, %ecx
    jz 99f                      /* no hypervisor */
    movl $0x40000000, %esi
81: movl %esi, %eax
    cpuid
    cmpl $0x566e6558, %ebx      /* "XenVMMXenVMM" */
    jne 82f
    cmpl $0x65584d4d, %ecx
    jne 82f
    cmpl $0x4d4d566e, %edx
    je 83f
82: addl $0x100, %esi
    cmpl $0x40010000, %esi
    jb 81b
    jmp 99f
83: leal 2(%esi), %eax
    cpuid                       /* ebx: the hypercall page MSR */
    movl %ebx, %ecx
    movl $0x100000, %eax        /* hypercall page over the (failed) kernel */
    xorl %edx, %edx
    wrmsr
    /* the message on the PV console too (what `xl console` shows): the
       ring page and its event channel from HVM params CONSOLE_PFN (17) and
       CONSOLE_EVTCHN (18); append to out[] (2048 bytes at 1024, out_cons
       at 3080, out_prod at 3084: io/console.h), kick the backend, and
       yield until it has read the bytes (at most ~200,000 rounds), since
       the crash below tears the domain down */
    movl $17, %eax
    call 87f
    testl %eax, %eax
    jz 86f
    shll $12, %eax
    movl %eax, %esi             /* the ring page (identity: paging is off) */
    movl $18, %eax
    call 87f
    movl %eax, 0x101010         /* evtchn_send.port */
    movl 3084(%esi), %edx
84: movzbl (%edi), %eax
    testl %eax, %eax
    jz 85f
    movl %edx, %ecx
    andl $2047, %ecx
    movb %al, 1024(%esi,%ecx)
    incl %edx
    incl %edi
    jmp 84b
85: movl %edx, 3084(%esi)       /* after the bytes: x86 keeps stores in order */
    movl $4, %ebx               /* EVTCHNOP_send */
    movl $0x101010, %ecx
    movl $(0x100000 + 32 * 32), %eax  /* __HYPERVISOR_event_channel_op */
    call 88f
    movl $200000, %edi
89: cmpl 3080(%esi), %edx       /* out_cons caught up with out_prod? */
    je 86f
    xorl %ebx, %ebx             /* SCHEDOP_yield */
    xorl %ecx, %ecx
    movl $(0x100000 + 29 * 32), %eax  /* __HYPERVISOR_sched_op */
    call 88f
    decl %edi
    jnz 89b
86: movl $3, 0x101000           /* sched_shutdown.reason = SHUTDOWN_crash */
    movl $2, %ebx               /* SCHEDOP_shutdown */
    movl $0x101000, %ecx
    movl $(0x100000 + 29 * 32), %eax  /* __HYPERVISOR_sched_op */
    call *%eax
99: cli
    hlt
    jmp 99b

    /* eax = HVM param number eax of this domain (HVMOP_get_param), 0 if
       Xen refuses; keeps esi, edi, edx */
87: movl $0x7ff0, 0x101000      /* xen_hvm_param.domid = DOMID_SELF */
    movl %eax, 0x101004         /* .index */
    movl $0, 0x101008           /* .value */
    movl $0, 0x10100c
    movl $1, %ebx               /* HVMOP_get_param */
    movl $0x101000, %ecx
    movl $(0x100000 + 34 * 32), %eax  /* __HYPERVISOR_hvm_op */
    call 88f
    testl %eax, %eax
    movl 0x101008, %eax
    jz 1f
    xorl %eax, %eax
1:  ret

    /* a hypercall (entry in eax, arguments ebx, ecx) that keeps esi, edi
       and edx, which Xen may clobber as unused argument registers */
88: pushl %esi
    pushl %edi
    pushl %edx
    call *%eax
    popl %edx
    popl %edi
    popl %esi
    ret

    .p2align 3
.Lgdt:                          /* null, 64-bit code, 32-bit code, data */
    .quad 0, 0x00af9a000000ffff, 0x00cf9a000000ffff, 0x00cf92000000ffff
.Lmsg_header:
    .asciz "mote: compressed image: bad header (corrupt image); not booting\n"
.Lmsg_sum:
    .asciz "mote: compressed image: checksum mismatch (corrupt or truncated payload); not booting\n"
.Lmsg_lz4:
    .asciz "mote: compressed image: the LZ4 payload is corrupt; not booting\n"
.Lmsg_lzma:
    .asciz "mote: compressed image: the LZMA payload is corrupt; not booting\n"
    .p2align 4
.Lend:
    .globl mote_stub_end
mote_stub_end:
    .code64
    .popsection
    "#,
    exit_code = const EXIT_BAD_IMAGE as u32,
    tables = const PAGE_TABLE_BYTES,
    probs = const PROBS_BYTES,
    stack = const STACK_BYTES,
    options(att_syntax)
);

extern "C" {
    static mote_stub_start: u8;
    static mote_stub_entry: u8;
    static mote_stub_base_end: u8;
    static mote_stub_end: u8;
}

/// The stub's bytes: header (zeros but the magic), code, messages.
pub fn code() -> &'static [u8] {
    // SAFETY: the four labels delimit one read-only block in this crate's
    // global_asm, in order; it is plain data to the host.
    unsafe {
        let start = &raw const mote_stub_start;
        let len = (&raw const mote_stub_end).offset_from(start) as usize;
        core::slice::from_raw_parts(start, len)
    }
}

/// Offset of the entry point in [`code`].
pub fn entry_offset() -> usize {
    // SAFETY: only the labels' addresses are taken.
    unsafe { (&raw const mote_stub_entry).offset_from(&raw const mote_stub_start) as usize }
}

/// Offset of the 32-bit immediate holding the stub's load address.
pub fn base_imm_offset() -> usize {
    // SAFETY: only the labels' addresses are taken.
    unsafe { (&raw const mote_stub_base_end).offset_from(&raw const mote_stub_start) as usize - 4 }
}

/// The checksum the stub verifies: over `words` little-endian u32s.
pub fn checksum(words: impl IntoIterator<Item = u32>) -> (u32, u32) {
    let (mut a, mut b) = (1u32, 0u32);
    for w in words {
        a = a.wrapping_add(w);
        b = b.wrapping_add(a);
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        let c = code();
        assert_eq!(&c[..4], b"MOTZ");
        assert_eq!(HANDOVER_MAGIC.to_le_bytes(), *b"MOTZ");
        assert_eq!(entry_offset(), header::SIZE);
        // the patched instruction is `movl $imm32, %ebp` (0xbd imm32)
        assert_eq!(c[base_imm_offset() - 1], 0xbd);
        assert_eq!(&c[base_imm_offset()..base_imm_offset() + 4], &[0; 4]);
        assert!(c.len() <= 1792, "{} bytes", c.len());
        assert_eq!(c.len() % 16, 0, "the payload starts 16-byte aligned");
    }

    #[test]
    fn checksum_sees_every_word() {
        let base = checksum([1, 2, 3]);
        assert_ne!(checksum([1, 2, 4]), base);
        assert_ne!(checksum([2, 1, 3]), base);
        assert_ne!(checksum([1, 2, 3, 0]), base);
    }
}
