//! Java threads as the VM sees them: a value stack, a frame stack and a
//! scheduling state. The VM runs them one at a time on its platform thread,
//! switching at invocations and backward branches (green threads).

use crate::class::{ClassId, MethodId};
use crate::value::{Ref, Value, NULL};
use alloc::vec::Vec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    Normal,
    /// A `<clinit>`: on return the class is initialized, on throw it failed.
    Clinit(ClassId),
}

#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub method: MethodId,
    /// Index of the instruction being executed (or to resume at).
    pub pc: u32,
    /// Base of this frame's locals in the thread's value stack.
    pub lb: u32,
    /// Monitor held because the method is synchronized (NULL if none).
    pub sync: Ref,
    pub kind: FrameKind,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TState {
    Runnable,
    /// Thread.sleep until this platform-nanos deadline.
    Sleeping(u64),
    /// Object.wait on `obj`, optionally with a deadline; then reacquire `count` times.
    Waiting {
        obj: Ref,
        deadline: Option<u64>,
        count: u32,
        seq: u64,
    },
    /// Woken from wait: runnable once the monitor is free, then relocks `count` times.
    Reacquire {
        obj: Ref,
        count: u32,
    },
    /// monitorenter (or a synchronized call) found the monitor taken; retried when free.
    Blocked(Ref),
    /// Another thread is initializing this class.
    InitWait(ClassId),
    /// Waiting for socket `handle` to become ready (`events`: 1 = readable,
    /// 2 = writable; see `Platform::sock_poll`), optionally until a deadline.
    IoWait {
        handle: u32,
        events: u8,
        deadline: Option<u64>,
    },
    /// LockSupport.park, optionally until a platform-nanos deadline; ends on
    /// unpark, interrupt or the deadline.
    Parked(Option<u64>),
    Done,
}

pub struct JThread {
    pub id: u32,
    /// The java.lang.Thread object.
    pub obj: Ref,
    pub stack: Vec<Value>,
    pub sp: usize,
    pub frames: Vec<Frame>,
    pub state: TState,
    /// Exception to throw when the thread next runs (interrupted wait/sleep).
    pub pending: Ref,
    pub daemon: bool,
    /// The thread died with an uncaught exception.
    pub uncaught: bool,
    /// Token of the platform thread that runs this Java thread (None: not started yet).
    pub os: Option<u32>,
    /// LockSupport's permit: an unpark that found the thread not parked.
    pub permit: bool,
}

impl JThread {
    pub fn new(id: u32, obj: Ref) -> JThread {
        JThread {
            id,
            obj,
            stack: Vec::new(),
            sp: 0,
            frames: Vec::new(),
            state: TState::Runnable,
            pending: NULL,
            daemon: false,
            uncaught: false,
            os: None,
            permit: false,
        }
    }
    pub fn placeholder() -> JThread {
        let mut t = JThread::new(u32::MAX, NULL);
        t.state = TState::Done;
        t
    }
}
