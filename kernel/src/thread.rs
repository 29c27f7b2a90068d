//! Threads on the machine: the kernel side of `sched`.
//!
//! A thread that was interrupted (preempted by the timer, or switched away
//! from after a device interrupt) keeps the trap frame it was interrupted
//! with: all GPRs and its FXSAVE image. Such switches happen inside a trap
//! on an IST stack: the frame is copied into the outgoing thread's control
//! block and the incoming thread's frame is copied over it, so `iretq`
//! resumes the new thread and nothing of the old one stays on the shared
//! IST stack.
//!
//! A thread that gives up the CPU itself (block, yield, sleep) switches
//! cooperatively, with a function call (`coop_switch`): it pushes only what
//! the SysV ABI says a call preserves (rbx, rbp, r12-r15, flags, MXCSR and
//! the x87 control word) on its own stack and keeps that stack pointer. That
//! saves a trap entry, an `iretq`, an FXSAVE/FXRSTOR pair and two frame
//! copies per switch, which under QEMU TCG is most of a switch's cost
//! (java-http makes about one such switch per request). The incoming thread
//! is resumed by popping its registers if it too switched cooperatively, or
//! through the trap stubs' restore path from its saved frame. An interrupt
//! that switches to a cooperatively suspended thread builds a frame that
//! resumes it at the pops. A thread that exits still switches with
//! `int 0x81`, so that its stack can be freed off that stack. Stacks come from the heap with an unmapped guard page
//! below. The LAPIC one-shot timer is armed only when something needs it:
//! the earliest sleeper, or the end of a slice shared with another thread.

use crate::arch::x86_64::cpu::{self, without_interrupts};
use crate::arch::x86_64::gdt::{KERNEL_CS, KERNEL_DS};
use crate::arch::x86_64::idt::{FxArea, TrapFrame};
use crate::arch::x86_64::{lapic, paging};
use crate::stacks::StackInfo;
use crate::{clock, fault};
use alloc::alloc::{alloc, dealloc, Layout};
use alloc::boxed::Box;
use alloc::string::String;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use sched::sync::Blocking;
use sched::{Scheduler, State, Tid, Wake, WqId};

/// `int 0x81`: the current thread asks to be switched (block, yield, exit).
pub const SWITCH_VECTOR: u8 = 0x81;
pub const DEFAULT_STACK: usize = 64 * 1024;
const GUARD: usize = 4096;

struct Stack {
    base: *mut u8,
    size: usize,
}

// SAFETY: a stack is plain memory owned by exactly one thread record.
unsafe impl Send for Stack {}

impl Stack {
    fn new(size: usize) -> Option<Stack> {
        let size = size.div_ceil(4096).max(4) * 4096;
        let layout = Layout::from_size_align(size + GUARD, 4096).ok()?;
        // SAFETY: non-zero size.
        let base = unsafe { alloc(layout) };
        if base.is_null() {
            return None;
        }
        paging::unmap_page(base as usize);
        Some(Stack { base, size })
    }
    fn bottom(&self) -> usize {
        self.base as usize + GUARD
    }
    fn top(&self) -> usize {
        self.bottom() + self.size
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        paging::remap_page(self.base as usize);
        // SAFETY: allocated in `Stack::new` with this layout; the guard is mapped again.
        unsafe {
            dealloc(
                self.base,
                Layout::from_size_align_unchecked(self.size + GUARD, 4096),
            )
        }
    }
}

pub struct Context {
    /// The registers of a thread that was interrupted (stale while
    /// `coop_rsp` is set).
    frame: Box<TrapFrame>,
    /// The stack pointer of a thread that switched cooperatively: its saved
    /// registers are on its stack there (see `coop_switch`).
    coop_rsp: Option<usize>,
    stack: Option<Stack>,
}

static SCHED: spin::Mutex<Option<Scheduler<Context>>> = spin::Mutex::new(None);

fn with_sched<R>(f: impl FnOnce(&mut Scheduler<Context>) -> R) -> R {
    without_interrupts(|| {
        assert!(initialized(), "threads used before thread::init");
        f(SCHED.lock().get_or_insert_with(create))
    })
}

fn initial_fx() -> FxArea {
    let mut fx = FxArea([0; 512]);
    fx.0[0..2].copy_from_slice(&0x037Fu16.to_le_bytes()); // x87 control word: all masked, double precision
    fx.0[24..28].copy_from_slice(&0x1F80u32.to_le_bytes()); // MXCSR: all SSE exceptions masked
    fx
}

fn new_frame(entry: usize, arg: usize, stack_top: usize) -> Box<TrapFrame> {
    // SAFETY: TrapFrame is plain integers; all-zero is a valid value.
    let mut f: Box<TrapFrame> = Box::new(unsafe { core::mem::zeroed() });
    f.fx = initial_fx();
    f.rip = entry as u64;
    f.rdi = arg as u64;
    f.cs = KERNEL_CS as u64;
    f.ss = KERNEL_DS as u64;
    f.rflags = 0x202; // interrupts on
                      // as if called: rsp + 8 is 16-byte aligned, with a null return address
    f.rsp = (stack_top - 8) as u64;
    f
}

/// Work to finish before the CPU halts and when the timer fires (the
/// network's deferred transmit kicks); set once by the network at start.
static HOUSEKEEPING: spin::Once<fn()> = spin::Once::new();

pub(crate) fn set_housekeeping(f: fn()) {
    HOUSEKEEPING.call_once(|| f);
}

fn housekeeping() {
    if let Some(f) = HOUSEKEEPING.get() {
        f();
    }
}

extern "C" fn idle_loop() -> ! {
    loop {
        // every other thread waits: finish what they left for later. An
        // interrupt that wakes a thread switches away from here at once,
        // so nothing new can be left between this and the halt.
        housekeeping();
        // SAFETY: the IDT is installed; halting with interrupts on waits for the next one.
        unsafe { cpu::enable_interrupts_and_halt() };
    }
}

/// The idle thread's stack: static, with a guard page below it that boot
/// unmaps like the other kernel stacks' (the idle loop only halts; every
/// interrupt runs on an IST stack).
pub const IDLE_STACK_SIZE: usize = 16 * 1024;
pub static mut IDLE_STACK: crate::arch::x86_64::gdt::GuardedStack<IDLE_STACK_SIZE> =
    crate::arch::x86_64::gdt::GuardedStack::new();

/// (guard page, stack bottom, stack top) of the idle thread's stack.
pub fn idle_stack() -> (usize, usize, usize) {
    let guard = &raw const IDLE_STACK as usize;
    (guard, guard + 4096, guard + 4096 + IDLE_STACK_SIZE)
}

static SLICE_NS: AtomicU64 = AtomicU64::new(10_000_000);
static READY: AtomicBool = AtomicBool::new(false);

/// Makes threads usable: the code calling this is thread "main" (on the
/// boot stack). The scheduler's tables (main's and idle's records) are
/// built by the first thread operation (spawn, sleep, block, yield, `current`),
/// so a service that never needs a second thread does not pay for them at
/// boot; until then only main runs and no timer is armed.
pub fn init(slice_ns: u64) {
    SLICE_NS.store(slice_ns, Ordering::Relaxed);
    fault::register_irq(lapic::TIMER_VECTOR, timer_fired);
    fault::register_irq(SWITCH_VECTOR, on_switch_request);
    sched::sync::install(&KERNEL_BLOCKING);
    READY.store(true, Ordering::Release);
}

/// The scheduler with main (running) and idle. Touches only the heap, whose
/// lock is always taken with interrupts off, so it is safe in any context.
fn create() -> Scheduler<Context> {
    let (_, _, idle_top) = idle_stack();
    let idle = Context {
        frame: new_frame(idle_loop as *const () as usize, 0, idle_top),
        coop_rsp: None,
        stack: None,
    };
    // SAFETY: as in `new_frame`; overwritten at main's first switch.
    let main = Context {
        frame: Box::new(unsafe { core::mem::zeroed() }),
        coop_rsp: None,
        stack: None,
    };
    Scheduler::new(idle, main, "main", SLICE_NS.load(Ordering::Relaxed))
}

pub fn initialized() -> bool {
    READY.load(Ordering::Acquire)
}

/// The heart: called in a trap with the interrupted frame.
fn schedule(frame: &mut TrapFrame, requested: bool) {
    let now = clock::now_ns();
    let mut guard = SCHED.lock();
    let Some(s) = guard.as_mut() else { return };
    s.expire_timers(now);
    if requested || s.should_switch(now) {
        let (prev, next, resumes) = switch_threads(s, now, |ctx| {
            *ctx.frame = *frame;
            ctx.coop_rsp = None;
        });
        if prev != next {
            match resumes {
                // resume at the pops of `coop_switch`: they restore its
                // registers and flags; the FPU image left in `frame` (the
                // previous thread's) is valid, and the ABI says no vector
                // register survives a call
                Resumes::Popping(rsp) => {
                    frame.rip = coop_resume as *const () as u64;
                    frame.rsp = rsp as u64;
                    frame.rflags = 0x2; // interrupts off, as at the switch
                    frame.cs = KERNEL_CS as u64;
                    frame.ss = KERNEL_DS as u64;
                }
                Resumes::FromFrame => *frame = *s.thread(next).unwrap().ctx.frame,
            }
        }
        // a detached thread that just exited is freed here, off its own stack
        if s.thread(prev)
            .is_some_and(|t| t.detached && matches!(t.state, State::Exited(_)))
        {
            drop(s.reap(prev));
        }
    }
    crate::timer::ensure_by(s.next_deadline(now), now);
}

/// How the thread switched to resumes.
enum Resumes {
    /// At the pops of `coop_switch`, with this stack pointer: it switched
    /// cooperatively.
    Popping(usize),
    /// From its saved trap frame: it was interrupted.
    FromFrame,
}

/// The switch both paths share, under the scheduler lock: `save` records
/// the outgoing thread's context (unless it exited), the scheduler picks
/// the next thread; (outgoing, incoming, how the incoming one resumes).
fn switch_threads(
    s: &mut Scheduler<Context>,
    now: u64,
    save: impl FnOnce(&mut Context),
) -> (Tid, Tid, Resumes) {
    if let Some(t) = s.thread_mut(s.current()) {
        if !matches!(t.state, State::Exited(_)) {
            save(&mut t.ctx);
        }
    }
    let (prev, next) = s.switch(now);
    let resumes = match s.thread_mut(next).unwrap().ctx.coop_rsp.take() {
        Some(rsp) => Resumes::Popping(rsp),
        None => Resumes::FromFrame,
    };
    (prev, next, resumes)
}

/// The scheduler's timer went off (LAPIC vector, or Xen's VIRQ_TIMER).
pub(crate) fn timer_fired(frame: &mut TrapFrame) {
    crate::timer::fired();
    housekeeping();
    schedule(frame, false);
}

fn on_switch_request(frame: &mut TrapFrame) {
    schedule(frame, true);
}

/// After any device interrupt: a woken higher-priority thread runs at once.
pub fn after_interrupt(frame: &mut TrapFrame) {
    let pending = SCHED
        .try_lock()
        .is_some_and(|mut g| g.as_mut().is_some_and(|s| s.should_switch(clock::now_ns())));
    if pending {
        schedule(frame, false);
    }
}

/// Switches to the next thread through a trap (`int 0x81`): used when the
/// current thread exits, whose stack the switch may free.
fn request_switch_by_trap() {
    // SAFETY: vector 0x81 is handled by `on_switch_request`; `int` saves and
    // restores the full context like any trap.
    unsafe { core::arch::asm!("int 0x81") };
}

/// Switches to the next thread cooperatively; interrupts must be off.
fn request_switch() {
    debug_assert!(!cpu::interrupts_enabled());
    // SAFETY: `coop_switch` is an extern "C" function that preserves every
    // register the ABI says a call preserves; it returns when the scheduler
    // resumes this thread.
    unsafe { coop_switch() };
}

// The cooperative switch (see the module comment). Stack at entry: the
// return address, so %rsp = 8 (mod 16); 7 pushes and 16 bytes for MXCSR and
// the x87 control word leave it 16-byte aligned for the call.
core::arch::global_asm!(
    r#"
    .section .text.coop_switch, "ax"
    .global coop_switch
    coop_switch:
        pushfq
        pushq %rbp
        pushq %rbx
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        subq $16, %rsp
        stmxcsr (%rsp)
        fnstcw 4(%rsp)
        movq %rsp, %rdi
        call coop_schedule
        movq %rdx, %rsp
        testq %rax, %rax
        jnz trap_restore
    .global coop_resume
    coop_resume:
        ldmxcsr (%rsp)
        fldcw 4(%rsp)
        addq $16, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %rbx
        popq %rbp
        popfq
        ret
    "#,
    options(att_syntax)
);

extern "C" {
    fn coop_switch();
    fn coop_resume();
}

/// How `coop_switch` resumes the next thread: `kind` 0 pops the registers
/// saved at `sp` (it switched cooperatively), 1 restores the trap frame at
/// `sp` (it was interrupted). Returned in rax:rdx.
#[repr(C)]
struct Resume {
    kind: u64,
    sp: u64,
}

/// The scheduler's half of `coop_switch`, on the outgoing thread's stack
/// with interrupts off: records `rsp` as that thread's context and picks the
/// next one.
#[no_mangle]
extern "C" fn coop_schedule(rsp: usize) -> Resume {
    let now = clock::now_ns();
    let mut guard = SCHED.lock();
    let Some(s) = guard.as_mut() else {
        // a yield before any other thread exists (e.g. while waiting for
        // the console): nothing else to run
        return Resume {
            kind: 0,
            sp: rsp as u64,
        };
    };
    s.expire_timers(now);
    let (_, next, resumes) = switch_threads(s, now, |ctx| ctx.coop_rsp = Some(rsp));
    let resume = match resumes {
        Resumes::Popping(sp) => Resume {
            kind: 0,
            sp: sp as u64,
        },
        // the frame stays put: only this switch reads it, interrupts off
        Resumes::FromFrame => Resume {
            kind: 1,
            sp: &*s.thread(next).unwrap().ctx.frame as *const TrapFrame as u64,
        },
    };
    crate::timer::ensure_by(s.next_deadline(now), now);
    resume
}

/// Gives the CPU to the next ready thread of the same or higher priority.
pub fn yield_now() {
    without_interrupts(request_switch);
}

/// Switches away if a thread woken from thread context outranks us.
fn preempt_if_needed() {
    without_interrupts(|| {
        let switch = SCHED
            .lock()
            .as_mut()
            .is_some_and(|s| s.should_switch(clock::now_ns()));
        if switch {
            request_switch();
        }
    })
}

pub fn sleep_ns(ns: u64) {
    without_interrupts(|| {
        with_sched(|s| s.block_current(None, Some(clock::now_ns().saturating_add(ns))));
        request_switch();
    })
}

pub fn current() -> Tid {
    with_sched(|s| s.current())
}

/// Makes the timer interrupt come by `deadline_ns` at the latest (it runs
/// the housekeeping), whether or not a thread waits for that time.
pub fn timer_by(deadline_ns: u64) {
    without_interrupts(|| crate::timer::ensure_by(Some(deadline_ns), clock::now_ns()));
}

/// Makes blocked thread `tid` wake (timed out) by `deadline_ns` at the
/// latest, without waking it now; false if it is not blocked.
pub fn wake_by(tid: Tid, deadline_ns: u64) -> bool {
    with_sched(|s| {
        let blocked = s.wake_by(tid, deadline_ns);
        if blocked {
            crate::timer::ensure_by(Some(deadline_ns), clock::now_ns());
        }
        blocked
    })
}

/// Sets thread-local word `slot` (< `sched::TLS_SLOTS`) of the calling thread.
pub fn set_tls(slot: usize, value: usize) {
    with_sched(|s| {
        let me = s.current();
        s.thread_mut(me).unwrap().tls[slot] = value;
    })
}

/// Thread-local word `slot` of the calling thread (0 until set).
pub fn tls(slot: usize) -> usize {
    with_sched(|s| s.thread(s.current()).unwrap().tls[slot])
}

/// Ends the calling thread with `code` (joiners get it).
pub fn exit_thread(code: i32) -> ! {
    cpu::disable_interrupts();
    with_sched(|s| s.exit_current(code));
    request_switch_by_trap();
    unreachable!("an exited thread was scheduled again")
}

type Entry = Box<dyn FnOnce() -> i32 + Send + 'static>;

extern "C" fn thread_start(arg: *mut Entry) -> ! {
    // SAFETY: `arg` is the Box<Entry> leaked by `Builder::spawn` for this thread only.
    let f = unsafe { Box::from_raw(arg) };
    exit_thread(f())
}

pub struct Builder {
    name: String,
    priority: u8,
    stack_size: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SpawnError {
    OutOfMemory,
}

pub struct JoinHandle {
    tid: Tid,
}

impl Builder {
    pub fn new(name: &str) -> Builder {
        Builder {
            name: name.into(),
            priority: sched::DEFAULT_PRIORITY,
            stack_size: DEFAULT_STACK,
        }
    }
    /// 1 (lowest) ..= 15 (highest); 8 is the default.
    pub fn priority(mut self, p: u8) -> Builder {
        self.priority = p;
        self
    }
    pub fn stack_size(mut self, bytes: usize) -> Builder {
        self.stack_size = bytes;
        self
    }
    pub fn spawn(self, f: impl FnOnce() -> i32 + Send + 'static) -> Result<JoinHandle, SpawnError> {
        let stack = Stack::new(self.stack_size).ok_or(SpawnError::OutOfMemory)?;
        let entry: Box<Entry> = Box::new(Box::new(f));
        let arg = Box::into_raw(entry) as usize;
        let frame = new_frame(thread_start as *const () as usize, arg, stack.top());
        let tid = with_sched(|s| {
            s.spawn(
                self.name,
                self.priority,
                Context {
                    frame,
                    coop_rsp: None,
                    stack: Some(stack),
                },
            )
        });
        preempt_if_needed();
        Ok(JoinHandle { tid })
    }
}

/// Starts a thread with the default priority and stack; panics if memory is out.
pub fn spawn(name: &str, f: impl FnOnce() -> i32 + Send + 'static) -> JoinHandle {
    Builder::new(name)
        .spawn(f)
        .expect("out of memory for a thread stack")
}

impl JoinHandle {
    pub fn tid(&self) -> Tid {
        self.tid
    }

    /// Waits for the thread to end; returns its exit code.
    pub fn join(self) -> i32 {
        loop {
            let done = without_interrupts(|| {
                let r = with_sched(|s| {
                    if let Some((code, ctx)) = s.reap(self.tid) {
                        return Some((code, ctx));
                    }
                    let q = match s.thread(self.tid).and_then(|t| t.joiners) {
                        Some(q) => q,
                        None => {
                            let q = s.new_queue();
                            s.thread_mut(self.tid)
                                .expect("joining a thread that does not exist")
                                .joiners = Some(q);
                            q
                        }
                    };
                    s.block_current(Some(q), None);
                    None
                });
                if r.is_none() {
                    request_switch();
                }
                r
            });
            if let Some((code, ctx)) = done {
                drop(ctx); // frees the stack
                return code;
            }
        }
    }

    /// Lets the thread run on; it is freed when it ends.
    pub fn detach(self) {
        with_sched(|s| {
            if let Some(t) = s.thread_mut(self.tid) {
                t.detached = true;
            }
            drop(s.reap(self.tid)); // already ended: free now
        });
    }
}

struct KernelBlocking;
static KERNEL_BLOCKING: KernelBlocking = KernelBlocking;

impl Blocking for KernelBlocking {
    fn new_queue(&self) -> WqId {
        with_sched(|s| s.new_queue())
    }

    fn block(&self, wq: WqId, deadline: Option<u64>, still_blocked: &dyn Fn() -> bool) -> Wake {
        without_interrupts(|| {
            let blocked = with_sched(|s| {
                if !still_blocked() {
                    return false;
                }
                s.block_current(Some(wq), deadline);
                true
            });
            if !blocked {
                return Wake::Notified;
            }
            request_switch();
            with_sched(|s| s.thread(s.current()).unwrap().wake)
        })
    }

    fn wake(&self, wq: WqId, n: usize) -> usize {
        let woken = with_sched(|s| s.wake(wq, n));
        if woken > 0 && !fault::in_interrupt() {
            preempt_if_needed();
        }
        woken
    }

    fn current(&self) -> Tid {
        current()
    }

    fn now_ns(&self) -> u64 {
        clock::now_ns()
    }
}

/// A thread's stack matching `pred`, for fault reports (never blocks: a held lock gives None).
pub fn stack_of(pred: impl Fn(&StackInfo) -> bool) -> Option<StackInfo> {
    let guard = SCHED.try_lock()?;
    let s = guard.as_ref()?;
    let found = s.threads().find_map(|(tid, t)| {
        let st = t.ctx.stack.as_ref()?;
        let mut name = String::new();
        use core::fmt::Write;
        let _ = write!(name, "thread {tid} '{}'", t.name);
        let info = StackInfo::new(&name, st.base as usize, st.bottom(), st.top());
        pred(&info).then_some(info)
    });
    found
}

/// Prints the thread table (for `sched.ps=1` and crash reports); never blocks.
pub fn ps(out: &mut dyn FnMut(core::fmt::Arguments)) {
    let Some(guard) = SCHED.try_lock() else {
        out(format_args!("  (thread table busy)\n"));
        return;
    };
    out(format_args!(
        "  {:>5}  {:<20} {:<10} {:>4} {:>12}\n",
        "tid", "name", "state", "prio", "cpu ms"
    ));
    let Some(s) = guard.as_ref() else {
        // no thread operation yet: main is the only thread and has had all the CPU
        let ns = clock::now_ns();
        out(format_args!(
            "  {:>5}  {:<20} {:<10} {:>4} {:>8}.{:03}\n",
            1,
            "main",
            "running",
            sched::DEFAULT_PRIORITY,
            ns / 1_000_000,
            ns / 1000 % 1000
        ));
        out(format_args!("  context switches: 0 (no thread started)\n"));
        return;
    };
    let cur = s.current();
    for (tid, t) in s.threads() {
        let state = match t.state {
            State::Running if tid == cur => "running",
            State::Running | State::Ready => "ready",
            State::Blocked { wq: Some(_), .. } => "waiting",
            State::Blocked { wq: None, .. } => "sleeping",
            State::Exited(_) => "exited",
        };
        let ms = t.cpu_ns / 1_000_000;
        let frac = t.cpu_ns / 1000 % 1000;
        out(format_args!(
            "  {tid:>5}  {:<20} {state:<10} {:>4} {ms:>8}.{frac:03}\n",
            t.name, t.priority
        ));
    }
    out(format_args!("  context switches: {}\n", s.switches()));
}

/// CPU time the idle thread has had (time the CPU was halted or about to be).
pub fn idle_cpu_ns() -> u64 {
    with_sched(|s| s.thread(sched::IDLE).map_or(0, |t| t.cpu_ns))
}
