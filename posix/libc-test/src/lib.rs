//! Host test harness for Mote's C library: `tests/` compare posix/libc code
//! (compiled for the host by build.rs) with the host's C library.
