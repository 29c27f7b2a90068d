//! The VM's only door to the outside world. The hosted runner implements it on
//! std (`jvm-glue`); the image will implement it on Mote's POSIX layer.
//!
//! Java threads are scheduled by the VM itself on the one platform thread that
//! calls [`crate::Vm::run`], so the trait needs no thread or lock primitives:
//! only a way to park that thread until a deadline.

use alloc::vec::Vec;

pub trait Platform {
    /// Write bytes to the console: fd 1 is stdout, fd 2 is stderr.
    fn write(&self, fd: i32, bytes: &[u8]);
    /// Read a whole file (class path directories and jars).
    fn read_file(&self, path: &str) -> Option<Vec<u8>>;
    /// Monotonic nanoseconds.
    fn nanos(&self) -> u64;
    /// Wall-clock milliseconds since the Unix epoch.
    fn millis(&self) -> i64;
    /// Park the VM thread for up to `nanos` (no Java thread can run meanwhile).
    fn sleep(&self, nanos: u64);
    /// Flush buffered console output (called before the VM returns).
    fn flush(&self) {}
}
