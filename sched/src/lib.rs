//! Mote's scheduler logic, independent of the CPU: [`scheduler::Scheduler`]
//! (threads, priorities, round-robin slices, timers, wait queues) and the
//! blocking primitives in [`sync`] (mutex, condition variable, semaphore,
//! one-shot event), which reach the running scheduler through the
//! [`sync::Blocking`] trait. The kernel supplies the machine side (context
//! switch on its trap frames, the one-shot timer) and implements `Blocking`.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod scheduler;
pub mod sync;

pub use crate::scheduler::{
    Scheduler, State, Tid, Wake, WqId, DEFAULT_PRIORITY, IDLE, PRIORITIES, TLS_SLOTS,
};
