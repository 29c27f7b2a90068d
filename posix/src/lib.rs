//! Mote's system interface (issue 6): file descriptors over the console
//! and the sealed read-only filesystem, time, environment and thread-local
//! errno as a Rust API ([`fd`], [`time`], [`env`], [`errno`]) — and, with
//! the `image` feature, the C ABI C services link against ([`c`]), whose
//! headers are in `include/` and whose formatting, string and stdlib parts
//! are plain C in `libc/`.
#![no_std]

extern crate alloc;

pub mod env;
pub mod errno;
pub mod fd;
pub mod socket;
pub mod time;

#[cfg(feature = "image")]
pub mod c;
#[cfg(feature = "image")]
pub mod c_net;

/// Runs a C service's `main(argc, argv)` with `args` (argv[0] = `name`).
#[cfg(feature = "image")]
pub use c::run_c_main;
