//! The long-mode GDT and the TSS whose interrupt stack table (IST) gives
//! every interrupt and exception a stack of its own.
//!
//! Why IST for everything: the precompiled `core` keeps the red zone, so an
//! interrupt must never push onto the interrupted stack. IST1 serves device
//! and timer interrupts (a thread switch copies the whole frame out, so
//! nothing of a switched-out thread stays there), IST2 faults, IST3 double
//! faults and IST4 NMI/machine checks, so a fault inside a handler still
//! gets a clean stack.

use core::arch::asm;
use core::mem::size_of;

pub const KERNEL_CS: u16 = 0x08;
pub const KERNEL_DS: u16 = 0x10;
const TSS_SEL: u16 = 0x18;

pub const IST_IRQ: u8 = 1;
pub const IST_FAULT: u8 = 2;
pub const IST_DOUBLE_FAULT: u8 = 3;
pub const IST_NMI: u8 = 4;

pub const IST_STACK_SIZE: usize = 32 * 1024;

/// A stack with a guard page below it; the guard is unmapped by `paging`.
#[repr(C, align(4096))]
pub struct GuardedStack<const N: usize> {
    pub guard: [u8; 4096],
    pub stack: [u8; N],
}

impl<const N: usize> GuardedStack<N> {
    pub const fn new() -> Self {
        GuardedStack {
            guard: [0; 4096],
            stack: [0; N],
        }
    }
}

impl<const N: usize> Default for GuardedStack<N> {
    fn default() -> Self {
        Self::new()
    }
}

pub static mut IST_STACKS: [GuardedStack<IST_STACK_SIZE>; 4] = [
    GuardedStack::new(),
    GuardedStack::new(),
    GuardedStack::new(),
    GuardedStack::new(),
];

pub const IST_NAMES: [&str; 4] = ["irq", "fault", "double-fault", "nmi"];

#[repr(C, packed)]
struct Tss {
    reserved0: u32,
    rsp: [u64; 3],
    reserved1: u64,
    ist: [u64; 7],
    reserved2: u64,
    reserved3: u16,
    iomap_base: u16,
}

static mut TSS: Tss = Tss {
    reserved0: 0,
    rsp: [0; 3],
    reserved1: 0,
    ist: [0; 7],
    reserved2: 0,
    reserved3: 0,
    iomap_base: size_of::<Tss>() as u16,
};

static mut GDT: [u64; 5] = [0, 0x00af_9a00_0000_ffff, 0x00cf_9200_0000_ffff, 0, 0];

#[repr(C, packed)]
struct DescriptorPointer {
    limit: u16,
    base: u64,
}

/// Returns (guard, bottom, top) of IST stack `index` (1-based).
pub fn ist_stack(index: u8) -> (usize, usize, usize) {
    // SAFETY: only addresses are taken; the stacks themselves are used by the CPU.
    let s = unsafe { &raw const IST_STACKS[index as usize - 1] };
    let guard = s as usize;
    (guard, guard + 4096, guard + 4096 + IST_STACK_SIZE)
}

/// Installs the GDT with a TSS and loads the segment registers.
pub fn init() {
    // SAFETY: runs once on the boot CPU before interrupts are enabled; nothing
    // else touches GDT/TSS concurrently.
    unsafe {
        let tss = &raw mut TSS;
        for i in 1..=4u8 {
            let (_, _, top) = ist_stack(i);
            (*tss).ist[i as usize - 1] = top as u64;
        }
        let base = tss as u64;
        let limit = (size_of::<Tss>() - 1) as u64;
        let low = (limit & 0xffff)
            | ((base & 0xff_ffff) << 16)
            | (0x89 << 40) // present, type 9: available 64-bit TSS
            | (((limit >> 16) & 0xf) << 48)
            | (((base >> 24) & 0xff) << 56);
        let gdt = &raw mut GDT;
        (*gdt)[3] = low;
        (*gdt)[4] = base >> 32;
        let ptr = DescriptorPointer {
            limit: (size_of::<[u64; 5]>() - 1) as u16,
            base: gdt as u64,
        };
        asm!(
            "lgdt [{ptr}]",
            "push {cs}",
            "lea {tmp}, [rip + 2f]",
            "push {tmp}",
            "retfq",
            "2:",
            "mov ds, {ds:x}",
            "mov es, {ds:x}",
            "mov ss, {ds:x}",
            "ltr {tss:x}",
            ptr = in(reg) &ptr,
            cs = in(reg) KERNEL_CS as u64,
            ds = in(reg) KERNEL_DS as u64,
            tss = in(reg) TSS_SEL as u64,
            tmp = out(reg) _,
        );
    }
}
