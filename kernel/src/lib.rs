//! Mote's kernel: PVH entry, long mode, descriptor tables with IST stacks,
//! W^X paging with guard pages, frame allocator and heap, console, command
//! line, TSC clock and LAPIC timer, fault and panic reports, and the call
//! into the service. It knows nothing of Java (see DESIGN.md).
//!
//! Pure logic (command line, frame allocator) is host-tested with `cargo
//! test`; everything that touches the machine is compiled only into images.
#![cfg_attr(not(test), no_std)]

pub mod cmdline;
pub mod mm;
pub mod net;

#[cfg(not(test))]
pub mod arch;
#[cfg(not(test))]
pub mod backtrace;
#[cfg(not(test))]
pub mod clock;
#[cfg(not(test))]
pub mod console;
#[cfg(not(test))]
pub mod drivers;
#[cfg(not(test))]
pub mod fault;
#[cfg(all(not(test), feature = "image"))]
mod libc;
#[cfg(not(test))]
pub mod platform;
#[cfg(not(test))]
pub mod pvh;
#[cfg(not(test))]
pub mod rootfs;
#[cfg(not(test))]
pub mod service;
#[cfg(not(test))]
pub mod stacks;
#[cfg(not(test))]
pub mod symbols;
#[cfg(not(test))]
pub mod thread;
#[cfg(not(test))]
pub mod timer;

#[cfg(not(test))]
mod boot;
#[cfg(not(test))]
pub use boot::{boot_time_us, cmdline, exit, image_layout, total_ram};

extern crate alloc;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
