//! Mote's `java.base`, compiled by `build.rs` with `javac --system=none`.
//!
//! This crate only locates the compiled module; the Java sources live in
//! `src/java.base/` and are the real content.
#![no_std]

/// Directory holding the compiled, exploded `java.base` module
/// (`java/lang/Object.class`, ..., `module-info.class`). Pass it to
/// `javac --system=none --module-path` when compiling programs, and put it
/// first on the VM's class path.
pub const JAVA_BASE_DIR: &str = env!("MOTE_JAVA_BASE_DIR");
