//! x86-64 support: entry, CPU instructions, descriptor tables, traps,
//! paging, and the timers (PIT for calibration, TSC clock, LAPIC timer).

pub mod boot;
pub mod cpu;
pub mod gdt;
pub mod idt;
pub mod ioapic;
pub mod lapic;
pub mod paging;
pub mod pci;
pub mod pit;
pub mod rtc;
