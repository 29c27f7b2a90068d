//! Thin wrappers over privileged x86-64 instructions: port I/O, MSRs,
//! control registers, CPUID, TSC, interrupt flag.

use core::arch::asm;

pub fn outb(port: u16, value: u8) {
    // SAFETY: port I/O has no memory effects visible to Rust; callers pick ports of devices they own.
    unsafe {
        asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack, preserves_flags))
    }
}

pub fn inb(port: u16) -> u8 {
    let value: u8;
    // SAFETY: as for `outb`.
    unsafe {
        asm!("in al, dx", out("al") value, in("dx") port, options(nomem, nostack, preserves_flags))
    }
    value
}

pub fn outl(port: u16, value: u32) {
    // SAFETY: as for `outb`.
    unsafe {
        asm!("out dx, eax", in("dx") port, in("eax") value, options(nomem, nostack, preserves_flags))
    }
}

pub fn rdmsr(msr: u32) -> u64 {
    let (lo, hi): (u32, u32);
    // SAFETY: callers only read architectural MSRs that CPUID said exist.
    unsafe {
        asm!("rdmsr", in("ecx") msr, out("eax") lo, out("edx") hi, options(nomem, nostack, preserves_flags))
    }
    (hi as u64) << 32 | lo as u64
}

/// # Safety
/// Writing an MSR can change paging, interrupts or the execution mode.
pub unsafe fn wrmsr(msr: u32, value: u64) {
    asm!("wrmsr", in("ecx") msr, in("eax") value as u32, in("edx") (value >> 32) as u32, options(nostack, preserves_flags))
}

pub fn cpuid(leaf: u32, subleaf: u32) -> (u32, u32, u32, u32) {
    let r = core::arch::x86_64::__cpuid_count(leaf, subleaf);
    (r.eax, r.ebx, r.ecx, r.edx)
}

pub fn rdtsc() -> u64 {
    // SAFETY: RDTSC is unprivileged and has no side effects.
    unsafe { core::arch::x86_64::_rdtsc() }
}

pub fn read_cr2() -> u64 {
    let v: u64;
    // SAFETY: reading CR2 has no side effects.
    unsafe { asm!("mov {}, cr2", out(reg) v, options(nomem, nostack, preserves_flags)) }
    v
}

pub fn read_cr3() -> u64 {
    let v: u64;
    // SAFETY: reading CR3 has no side effects.
    unsafe { asm!("mov {}, cr3", out(reg) v, options(nomem, nostack, preserves_flags)) }
    v
}

/// # Safety
/// `pml4` must be the physical address of valid page tables that map the
/// running code, its stack and all data in use.
pub unsafe fn write_cr3(pml4: u64) {
    asm!("mov cr3, {}", in(reg) pml4, options(nostack, preserves_flags))
}

pub fn invlpg(addr: usize) {
    // SAFETY: flushing a TLB entry is always safe.
    unsafe { asm!("invlpg [{}]", in(reg) addr, options(nostack, preserves_flags)) }
}

pub fn interrupts_enabled() -> bool {
    let flags: u64;
    // SAFETY: reads RFLAGS through the stack (push/pop).
    unsafe { asm!("pushfq", "pop {}", out(reg) flags, options(nomem, preserves_flags)) }
    flags & (1 << 9) != 0
}

pub fn disable_interrupts() {
    // SAFETY: masking interrupts cannot break memory safety.
    unsafe { asm!("cli", options(nomem, nostack)) }
}

/// # Safety
/// Interrupt handlers (IDT) must be installed.
pub unsafe fn enable_interrupts() {
    asm!("sti", options(nomem, nostack))
}

/// Enables interrupts and halts until the next one, atomically (no lost wake-up).
///
/// # Safety
/// Interrupt handlers (IDT) must be installed.
pub unsafe fn enable_interrupts_and_halt() {
    asm!("sti; hlt", options(nomem, nostack))
}

/// Runs `f` with interrupts disabled, restoring the previous state after.
pub fn without_interrupts<R>(f: impl FnOnce() -> R) -> R {
    let was = interrupts_enabled();
    disable_interrupts();
    let r = f();
    if was {
        // SAFETY: they were enabled before, so handlers are installed.
        unsafe { enable_interrupts() }
    }
    r
}

pub fn halt_forever() -> ! {
    loop {
        disable_interrupts();
        // SAFETY: halting with interrupts off just stops the CPU.
        unsafe { asm!("hlt", options(nomem, nostack)) }
    }
}

/// The current frame pointer (frame pointers are forced on for the image).
#[inline(always)]
pub fn frame_pointer() -> usize {
    let rbp: usize;
    // SAFETY: reads a register.
    unsafe { asm!("mov {}, rbp", out(reg) rbp, options(nomem, nostack, preserves_flags)) }
    rbp
}

pub const MSR_EFER: u32 = 0xC000_0080;
pub const EFER_NXE: u64 = 1 << 11;
