//! The IDT, the 256 trap entry stubs and the trap frame.
//!
//! Every vector enters through a 16-byte stub that pushes a uniform error
//! code and the vector number, then `trap_common` saves all general-purpose
//! registers and the FPU/SSE state (`fxsave`) on the IST stack and calls
//! `trap_dispatch` with a `&mut TrapFrame`. Rust code never runs with the
//! interrupted thread's SSE registers live, and a scheduler can switch
//! threads by replacing the frame's contents before it is restored.

use super::gdt::{IST_DOUBLE_FAULT, IST_FAULT, IST_IRQ, IST_NMI, KERNEL_CS};
use core::arch::asm;

core::arch::global_asm!(
    r#"
    .section .text.traps, "ax"
    .p2align 4
    .global trap_stubs
    trap_stubs:
    .set vec, 0
    .rept 256
        .p2align 4
        .if (vec == 8) || (vec == 10) || (vec == 11) || (vec == 12) || (vec == 13) || (vec == 14) || (vec == 17) || (vec == 21) || (vec == 29) || (vec == 30)
        .else
        pushq $0
        .endif
        pushq $vec
        jmp trap_common
        .set vec, vec + 1
    .endr

    trap_common:
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        subq $512, %rsp
        fxsave64 (%rsp)
        movq %rsp, %rdi
        cld
        call trap_dispatch
    // resumes the context in the TrapFrame at %rsp (also entered from
    // `thread`'s cooperative switch with %rsp on a saved thread frame)
    .global trap_restore
    trap_restore:
        fxrstor64 (%rsp)
        addq $512, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rbp
        popq %rdi
        popq %rsi
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
        addq $16, %rsp
        iretq
    "#,
    options(att_syntax)
);

extern "C" {
    static trap_stubs: u8;
}

/// The FPU/SSE state saved by `fxsave64`.
#[repr(C, align(16))]
#[derive(Clone, Copy)]
pub struct FxArea(pub [u8; 512]);

/// Everything an interrupted context needs to resume, as laid out by the stubs.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TrapFrame {
    pub fx: FxArea,
    pub r15: u64,
    pub r14: u64,
    pub r13: u64,
    pub r12: u64,
    pub r11: u64,
    pub r10: u64,
    pub r9: u64,
    pub r8: u64,
    pub rbp: u64,
    pub rdi: u64,
    pub rsi: u64,
    pub rdx: u64,
    pub rcx: u64,
    pub rbx: u64,
    pub rax: u64,
    pub vector: u64,
    pub error_code: u64,
    pub rip: u64,
    pub cs: u64,
    pub rflags: u64,
    pub rsp: u64,
    pub ss: u64,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Gate {
    offset_low: u16,
    selector: u16,
    ist: u8,
    attributes: u8,
    offset_mid: u16,
    offset_high: u32,
    reserved: u32,
}

static mut IDT: [Gate; 256] = [Gate {
    offset_low: 0,
    selector: 0,
    ist: 0,
    attributes: 0,
    offset_mid: 0,
    offset_high: 0,
    reserved: 0,
}; 256];

#[repr(C, packed)]
struct IdtPointer {
    limit: u16,
    base: u64,
}

fn ist_for(vector: usize) -> u8 {
    match vector {
        2 | 18 => IST_NMI,
        8 => IST_DOUBLE_FAULT,
        0..=31 => IST_FAULT,
        _ => IST_IRQ,
    }
}

/// Fills and loads the IDT: every vector points at its stub, on its IST stack.
pub fn init() {
    // SAFETY: runs once before interrupts are enabled; the stubs are 16 bytes
    // apart (each is at most 12 bytes and aligned to 16 by the assembler).
    unsafe {
        let base = &raw const trap_stubs as u64;
        let idt = &raw mut IDT;
        for v in 0..256 {
            let addr = base + 16 * v as u64;
            (*idt)[v] = Gate {
                offset_low: addr as u16,
                selector: KERNEL_CS,
                ist: ist_for(v),
                attributes: 0x8E, // present, DPL 0, 64-bit interrupt gate
                offset_mid: (addr >> 16) as u16,
                offset_high: (addr >> 32) as u32,
                reserved: 0,
            };
        }
        let ptr = IdtPointer {
            limit: (core::mem::size_of::<[Gate; 256]>() - 1) as u16,
            base: idt as u64,
        };
        asm!("lidt [{}]", in(reg) &ptr, options(nostack, preserves_flags));
    }
}

/// Names of the architectural exception vectors.
pub fn exception_name(vector: u64) -> &'static str {
    match vector {
        0 => "divide error (#DE)",
        1 => "debug (#DB)",
        2 => "non-maskable interrupt (NMI)",
        3 => "breakpoint (#BP)",
        4 => "overflow (#OF)",
        5 => "bound range exceeded (#BR)",
        6 => "invalid opcode (#UD)",
        7 => "device not available (#NM)",
        8 => "double fault (#DF)",
        10 => "invalid TSS (#TS)",
        11 => "segment not present (#NP)",
        12 => "stack-segment fault (#SS)",
        13 => "general protection fault (#GP)",
        14 => "page fault (#PF)",
        16 => "x87 floating-point error (#MF)",
        17 => "alignment check (#AC)",
        18 => "machine check (#MC)",
        19 => "SIMD floating-point exception (#XM)",
        20 => "virtualization exception (#VE)",
        21 => "control protection exception (#CP)",
        _ => "reserved exception",
    }
}
