//! Trap dispatch, and the reports for what ends the VM: CPU exceptions
//! (vector name, error code, RIP, CR2, registers, stack, backtrace) and
//! panics (message, file:line, backtrace; out-of-memory recognised).
//! Each report ends the VM with a non-zero exit status.

use crate::arch::x86_64::{cpu, idt, idt::TrapFrame, lapic};
use crate::console::emergency_print;
use crate::{backtrace, stacks};
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Exit statuses for the ways the kernel ends a VM on its own.
pub const EXIT_PANIC: u8 = 101;
pub const EXIT_FAULT: u8 = 102;
pub const EXIT_OUT_OF_MEMORY: u8 = 103;
pub const EXIT_BAD_FILESYSTEM: u8 = 104;

static REPORTING: AtomicBool = AtomicBool::new(false);
static IN_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Whether a device or timer interrupt handler is running.
pub fn in_interrupt() -> bool {
    IN_INTERRUPT.load(Ordering::Relaxed)
}

pub type IrqHandler = fn(&mut TrapFrame);
static HANDLERS: [AtomicUsize; 256] = [const { AtomicUsize::new(0) }; 256];

/// Routes interrupt `vector` (>= 32) to `handler`.
pub fn register_irq(vector: u8, handler: IrqHandler) {
    HANDLERS[vector as usize].store(handler as usize, Ordering::Release);
}

#[no_mangle]
extern "C" fn trap_dispatch(frame: &mut TrapFrame) {
    let v = frame.vector as usize;
    if v < 32 {
        exception(frame);
    }
    if v == lapic::SPURIOUS_VECTOR as usize || (0x20..0x30).contains(&v) {
        return; // spurious: no EOI
    }
    let h = HANDLERS[v].load(Ordering::Acquire);
    // SAFETY: only `register_irq` stores here, always a valid IrqHandler.
    let handler = (h != 0).then(|| unsafe { core::mem::transmute::<usize, IrqHandler>(h) });
    if v == crate::thread::SWITCH_VECTOR as usize {
        // a software interrupt: no EOI
        if let Some(handler) = handler {
            handler(frame);
        }
        return;
    }
    IN_INTERRUPT.store(true, Ordering::Relaxed);
    match handler {
        Some(handler) => handler(frame),
        None => crate::kwarn!("unexpected interrupt on vector {v:#x}"),
    }
    IN_INTERRUPT.store(false, Ordering::Relaxed);
    lapic::eoi();
    if v != lapic::TIMER_VECTOR as usize {
        crate::thread::after_interrupt(frame);
    }
}

/// Enter report mode once; a second fault while reporting gets a one-line
/// message and ends the VM at once.
fn begin_report(what: &str) {
    if REPORTING.swap(true, Ordering::SeqCst) {
        emergency_print(format_args!(
            "\n*** nested {what} while reporting a previous one; exiting\n"
        ));
        crate::platform::exit(EXIT_FAULT);
    }
}

fn describe_page_fault(cr2: u64, err: u64, out: &mut dyn FnMut(core::fmt::Arguments)) {
    let present = err & 1 != 0;
    let write = err & 2 != 0;
    let fetch = err & 16 != 0;
    let access = if fetch {
        "execute"
    } else if write {
        "write"
    } else {
        "read"
    };
    if let Some(s) = stacks::guard_containing(cr2 as usize) {
        out(format_args!(
            "  cause:  stack overflow: {access} of the guard page {:#x} below stack '{}' ({} KiB, {:#x}-{:#x})\n",
            s.guard,
            s.name(),
            (s.top - s.bottom) / 1024,
            s.bottom,
            s.top
        ));
    } else if cr2 < 4096 {
        out(format_args!(
            "  cause:  null pointer {access} (address {cr2:#x})\n"
        ));
    } else if fetch && present {
        out(format_args!(
            "  cause:  jump into non-executable memory at {cr2:#x} (data is NX)\n"
        ));
    } else if write && present {
        let text = crate::image_layout().text;
        if cr2 >= text.0 && cr2 < text.1 {
            out(format_args!(
                "  cause:  write to a code page at {cr2:#x} (text is read-only)\n"
            ));
        } else {
            out(format_args!(
                "  cause:  write to read-only memory at {cr2:#x}\n"
            ));
        }
    } else {
        out(format_args!(
            "  cause:  {access} of unmapped address {cr2:#x}\n"
        ));
    }
}

fn exception(frame: &mut TrapFrame) -> ! {
    begin_report("exception");
    let mut out = |a: core::fmt::Arguments| emergency_print(a);
    let cr2 = cpu::read_cr2();
    out(format_args!(
        "\n=== MOTE FAULT: {} ===\n",
        idt::exception_name(frame.vector)
    ));
    if frame.vector == 14 {
        describe_page_fault(cr2, frame.error_code, &mut out);
    }
    match crate::symbols::lookup(frame.rip) {
        Some((name, off)) => out(format_args!(
            "  rip:    {:#x}  {name}+{off:#x}\n",
            frame.rip
        )),
        None => out(format_args!("  rip:    {:#x}\n", frame.rip)),
    }
    out(format_args!(
        "  error:  {:#x}    cr2: {cr2:#x}    rflags: {:#x}\n",
        frame.error_code, frame.rflags
    ));
    let stack = stacks::containing(frame.rsp as usize)
        .or_else(|| stacks::guard_containing(frame.rsp as usize));
    match stack {
        Some(s) => out(format_args!(
            "  stack:  '{}' (rsp {:#x}, {:#x}-{:#x})\n",
            s.name(),
            frame.rsp,
            s.bottom,
            s.top
        )),
        None => out(format_args!("  stack:  unknown (rsp {:#x})\n", frame.rsp)),
    }
    let f = &*frame;
    out(format_args!(
        "  rax {:016x} rbx {:016x} rcx {:016x} rdx {:016x}\n  rsi {:016x} rdi {:016x} rbp {:016x} rsp {:016x}\n",
        f.rax, f.rbx, f.rcx, f.rdx, f.rsi, f.rdi, f.rbp, f.rsp
    ));
    out(format_args!(
        "  r8  {:016x} r9  {:016x} r10 {:016x} r11 {:016x}\n  r12 {:016x} r13 {:016x} r14 {:016x} r15 {:016x}\n",
        f.r8, f.r9, f.r10, f.r11, f.r12, f.r13, f.r14, f.r15
    ));
    out(format_args!("  backtrace:\n"));
    backtrace::print(frame.rip, frame.rbp, &mut out);
    out(format_args!("  threads:\n"));
    crate::thread::ps(&mut out);
    out(format_args!("=== exit status {EXIT_FAULT} ===\n"));
    crate::platform::exit(EXIT_FAULT)
}

#[cfg(feature = "image")]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cpu::disable_interrupts();
    begin_report("panic");
    let mut out = |a: core::fmt::Arguments| emergency_print(a);
    let failed = crate::mm::heap::last_failed_allocation();
    let code = if failed != 0 {
        let h = crate::mm::heap::stats();
        out(format_args!(
            "\n=== MOTE OUT OF MEMORY: an allocation of {failed} bytes failed; heap {} KiB used of {} KiB ({} KiB free in small-block lists) ===\n",
            h.used / 1024,
            h.size / 1024,
            h.cached / 1024
        ));
        EXIT_OUT_OF_MEMORY
    } else {
        out(format_args!("\n=== MOTE PANIC ===\n"));
        EXIT_PANIC
    };
    out(format_args!("  {}\n", info.message()));
    if let Some(loc) = info.location() {
        out(format_args!(
            "  at {}:{}:{}\n",
            loc.file(),
            loc.line(),
            loc.column()
        ));
    }
    out(format_args!("  backtrace:\n"));
    let rbp = cpu::frame_pointer() as u64;
    let here = panic as fn(&core::panic::PanicInfo) -> ! as usize as u64;
    backtrace::print(here, rbp, &mut out);
    out(format_args!("  threads:\n"));
    crate::thread::ps(&mut out);
    out(format_args!("=== exit status {code} ===\n"));
    crate::platform::exit(code)
}
