//! Blocking primitives built on wait queues: [`Mutex`] (with an owner, not
//! recursive), [`Condvar`], [`Semaphore`] and [`Event`] (one-shot). They
//! reach the running scheduler through [`Blocking`], installed once by the
//! kernel (or by a test harness on the host).
//!
//! No lost wake-ups: `Blocking::block` re-checks the caller's condition
//! after queueing it and before switching away, atomically with respect to
//! `wake` (the kernel does both with interrupts off under its lock).

use crate::scheduler::{Tid, Wake, WqId};
use core::cell::UnsafeCell;
use core::ops::{Deref, DerefMut};
use core::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};

/// What the primitives need from the scheduler.
pub trait Blocking: Sync {
    fn new_queue(&self) -> WqId;
    /// Blocks the current thread on `wq` until woken or `deadline` (ns, on
    /// the `now_ns` clock), unless `still_blocked()` is false once queued.
    fn block(&self, wq: WqId, deadline: Option<u64>, still_blocked: &dyn Fn() -> bool) -> Wake;
    fn wake(&self, wq: WqId, n: usize) -> usize;
    fn current(&self) -> Tid;
    fn now_ns(&self) -> u64;
}

static OPS: AtomicUsize = AtomicUsize::new(0);
static OPS_META: AtomicUsize = AtomicUsize::new(0);

/// Installs the scheduler the primitives use. Call once, before any blocks.
pub fn install(ops: &'static dyn Blocking) {
    // SAFETY: a &'static dyn is two words (data, vtable); both are stored and
    // re-joined in `ops` unchanged.
    let (data, meta): (usize, usize) = unsafe { core::mem::transmute(ops) };
    OPS_META.store(meta, Ordering::Relaxed);
    OPS.store(data, Ordering::Release);
}

fn ops() -> &'static dyn Blocking {
    let data = OPS.load(Ordering::Acquire);
    assert!(
        data != 0,
        "sched::sync used before a scheduler was installed"
    );
    // SAFETY: the pair was produced by `install` from a valid &'static dyn Blocking.
    unsafe {
        core::mem::transmute::<(usize, usize), &'static dyn Blocking>((
            data,
            OPS_META.load(Ordering::Relaxed),
        ))
    }
}

/// A wait queue allocated on first use (so primitives can be `const`-built
/// statics, and all-zero memory is a valid, unused queue: it stores id + 1).
#[repr(C)]
struct LazyQueue(AtomicU32);

impl LazyQueue {
    const fn new() -> Self {
        LazyQueue(AtomicU32::new(0))
    }
    /// The queue if one was ever allocated.
    fn existing(&self) -> Option<WqId> {
        self.0.load(Ordering::Acquire).checked_sub(1)
    }
    fn get(&self) -> WqId {
        if let Some(q) = self.existing() {
            return q;
        }
        let new = ops().new_queue();
        match self
            .0
            .compare_exchange(0, new + 1, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => new,
            Err(existing) => existing - 1, // another thread won; `new` stays unused (rare, tiny)
        }
    }
}

/// Owner words store tid + 1, so zero means "no owner".
const NO_OWNER: u32 = 0;

/// A mutual-exclusion lock owning its data, like `std::sync::Mutex` without
/// poisoning. `#[repr(C)]` and valid when all-zero, so C's
/// `PTHREAD_MUTEX_INITIALIZER` can be a `Mutex<()>`.
#[repr(C)]
pub struct Mutex<T: ?Sized> {
    locked: AtomicBool,
    owner: AtomicU32,
    queue: LazyQueue,
    data: UnsafeCell<T>,
}

// SAFETY: access to `data` is serialised by `locked`.
unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}
unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}

pub struct MutexGuard<'a, T: ?Sized> {
    mutex: &'a Mutex<T>,
}

impl<T> Mutex<T> {
    pub const fn new(value: T) -> Self {
        Mutex {
            locked: AtomicBool::new(false),
            owner: AtomicU32::new(NO_OWNER),
            queue: LazyQueue::new(),
            data: UnsafeCell::new(value),
        }
    }
}

impl<T: ?Sized> Mutex<T> {
    pub fn try_lock(&self) -> Option<MutexGuard<'_, T>> {
        if self
            .locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            self.owner.store(ops().current() + 1, Ordering::Relaxed);
            Some(MutexGuard { mutex: self })
        } else {
            None
        }
    }

    /// Locks, blocking while another thread holds it. Locking twice from
    /// one thread is a bug (not recursive) and panics with a clear message.
    pub fn lock(&self) -> MutexGuard<'_, T> {
        loop {
            if let Some(g) = self.try_lock() {
                return g;
            }
            let me = ops().current();
            if self.owner.load(Ordering::Relaxed) == me + 1 {
                panic!("thread {me} locked a mutex it already holds (mutexes are not recursive)");
            }
            ops().block(self.queue.get(), None, &|| {
                self.locked.load(Ordering::Acquire)
            });
        }
    }

    fn unlock(&self) {
        self.owner.store(NO_OWNER, Ordering::Relaxed);
        self.locked.store(false, Ordering::Release);
        if let Some(q) = self.queue.existing() {
            ops().wake(q, 1);
        }
    }

    /// Unlocks a mutex whose guard was forgotten (C-style lock/unlock pairs).
    ///
    /// # Safety
    /// The calling thread must hold the lock through a forgotten guard.
    pub unsafe fn force_unlock(&self) {
        self.unlock()
    }

    /// A guard for a lock the caller holds through a forgotten guard.
    ///
    /// # Safety
    /// As for `force_unlock`; the returned guard unlocks when dropped.
    pub unsafe fn guard_for_held_lock(&self) -> MutexGuard<'_, T> {
        MutexGuard { mutex: self }
    }

    /// The thread holding the lock, if any.
    pub fn owner(&self) -> Option<Tid> {
        self.owner.load(Ordering::Relaxed).checked_sub(1)
    }
}

impl<T: ?Sized> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the guard proves the lock is held.
        unsafe { &*self.mutex.data.get() }
    }
}

impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard proves the lock is held, exclusively.
        unsafe { &mut *self.mutex.data.get() }
    }
}

impl<T: ?Sized> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        self.mutex.unlock();
    }
}

/// A condition variable for [`Mutex`]. Waits may wake spuriously: loop on
/// the condition. `#[repr(C)]`, valid when all-zero.
#[repr(C)]
pub struct Condvar {
    seq: AtomicU64,
    queue: LazyQueue,
}

impl Default for Condvar {
    fn default() -> Self {
        Self::new()
    }
}

impl Condvar {
    pub const fn new() -> Self {
        Condvar {
            seq: AtomicU64::new(0),
            queue: LazyQueue::new(),
        }
    }

    pub fn wait<'a, T: ?Sized>(&self, guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        self.wait_deadline(guard, None).0
    }

    /// Waits at most `timeout_ns`. Returns the guard and whether it timed out.
    pub fn wait_timeout<'a, T: ?Sized>(
        &self,
        guard: MutexGuard<'a, T>,
        timeout_ns: u64,
    ) -> (MutexGuard<'a, T>, bool) {
        let deadline = ops().now_ns().saturating_add(timeout_ns);
        self.wait_deadline(guard, Some(deadline))
    }

    fn wait_deadline<'a, T: ?Sized>(
        &self,
        guard: MutexGuard<'a, T>,
        deadline: Option<u64>,
    ) -> (MutexGuard<'a, T>, bool) {
        let mutex = guard.mutex;
        let seq = self.seq.load(Ordering::Acquire);
        let q = self.queue.get();
        drop(guard);
        // a notify between the unlock and the block changes `seq`: then we do not sleep
        let why = ops().block(q, deadline, &|| self.seq.load(Ordering::Acquire) == seq);
        (mutex.lock(), why == Wake::TimedOut)
    }

    pub fn notify_one(&self) {
        self.seq.fetch_add(1, Ordering::AcqRel);
        if let Some(q) = self.queue.existing() {
            ops().wake(q, 1);
        }
    }

    pub fn notify_all(&self) {
        self.seq.fetch_add(1, Ordering::AcqRel);
        if let Some(q) = self.queue.existing() {
            ops().wake(q, usize::MAX);
        }
    }
}

/// A counting semaphore. `#[repr(C)]`.
#[repr(C)]
pub struct Semaphore {
    count: AtomicU64,
    queue: LazyQueue,
}

impl Semaphore {
    pub const fn new(count: u64) -> Self {
        Semaphore {
            count: AtomicU64::new(count),
            queue: LazyQueue::new(),
        }
    }

    pub fn try_acquire(&self) -> bool {
        self.count
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |c| c.checked_sub(1))
            .is_ok()
    }

    pub fn acquire(&self) {
        while !self.try_acquire() {
            ops().block(self.queue.get(), None, &|| {
                self.count.load(Ordering::Acquire) == 0
            });
        }
    }

    /// Acquires, or returns false when the thread was given a deadline while
    /// it waited (`Scheduler::wake_by`) and that deadline came first.
    pub fn acquire_unless_timed_out(&self) -> bool {
        loop {
            if self.try_acquire() {
                return true;
            }
            if ops().block(self.queue.get(), None, &|| {
                self.count.load(Ordering::Acquire) == 0
            }) == Wake::TimedOut
            {
                return self.try_acquire();
            }
        }
    }

    /// Acquires within `timeout_ns`; false if it timed out.
    pub fn acquire_timeout(&self, timeout_ns: u64) -> bool {
        let deadline = ops().now_ns().saturating_add(timeout_ns);
        loop {
            if self.try_acquire() {
                return true;
            }
            if ops().block(self.queue.get(), Some(deadline), &|| {
                self.count.load(Ordering::Acquire) == 0
            }) == Wake::TimedOut
            {
                return self.try_acquire();
            }
        }
    }

    pub fn release(&self) {
        self.count.fetch_add(1, Ordering::AcqRel);
        if let Some(q) = self.queue.existing() {
            ops().wake(q, 1);
        }
    }

    pub fn available(&self) -> u64 {
        self.count.load(Ordering::Acquire)
    }
}

/// A one-shot event: once set, every wait returns at once.
pub struct Event {
    set: AtomicBool,
    queue: LazyQueue,
}

impl Default for Event {
    fn default() -> Self {
        Self::new()
    }
}

impl Event {
    pub const fn new() -> Self {
        Event {
            set: AtomicBool::new(false),
            queue: LazyQueue::new(),
        }
    }

    pub fn set(&self) {
        self.set.store(true, Ordering::Release);
        if let Some(q) = self.queue.existing() {
            ops().wake(q, usize::MAX);
        }
    }

    pub fn is_set(&self) -> bool {
        self.set.load(Ordering::Acquire)
    }

    pub fn wait(&self) {
        while !self.is_set() {
            ops().block(self.queue.get(), None, &|| !self.is_set());
        }
    }

    /// Waits at most `timeout_ns`; returns whether the event is set.
    pub fn wait_timeout(&self, timeout_ns: u64) -> bool {
        let deadline = ops().now_ns().saturating_add(timeout_ns);
        while !self.is_set() {
            if ops().block(self.queue.get(), Some(deadline), &|| !self.is_set()) == Wake::TimedOut {
                break;
            }
        }
        self.is_set()
    }
}

/// The primitives on real host threads: `Blocking` implemented with std's
/// locks, so the same code is tested under true concurrency.
#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;
    use std::sync::{Arc, Condvar as StdCondvar, Mutex as StdMutex, OnceLock};
    use std::time::{Duration, Instant};

    struct Waiter {
        woken: StdMutex<bool>,
        cv: StdCondvar,
    }

    #[derive(Default)]
    struct Host {
        queues: StdMutex<Vec<VecDeque<Arc<Waiter>>>>,
    }

    static NEXT_TID: AtomicU32 = AtomicU32::new(1);
    std::thread_local!(static TID: Tid = NEXT_TID.fetch_add(1, Ordering::Relaxed));

    fn start() -> Instant {
        static START: OnceLock<Instant> = OnceLock::new();
        *START.get_or_init(Instant::now)
    }

    impl Blocking for Host {
        fn new_queue(&self) -> WqId {
            let mut q = self.queues.lock().unwrap();
            q.push(VecDeque::new());
            (q.len() - 1) as WqId
        }
        fn block(&self, wq: WqId, deadline: Option<u64>, still_blocked: &dyn Fn() -> bool) -> Wake {
            let w = Arc::new(Waiter {
                woken: StdMutex::new(false),
                cv: StdCondvar::new(),
            });
            {
                let mut qs = self.queues.lock().unwrap();
                if !still_blocked() {
                    return Wake::Notified;
                }
                qs[wq as usize].push_back(w.clone());
            }
            let mut woken = w.woken.lock().unwrap();
            while !*woken {
                match deadline {
                    None => woken = w.cv.wait(woken).unwrap(),
                    Some(d) => {
                        let now = self.now_ns();
                        if now >= d {
                            drop(woken);
                            let mut qs = self.queues.lock().unwrap();
                            let q = &mut qs[wq as usize];
                            let before = q.len();
                            q.retain(|x| !Arc::ptr_eq(x, &w));
                            return if q.len() < before {
                                Wake::TimedOut
                            } else {
                                Wake::Notified
                            };
                        }
                        woken =
                            w.cv.wait_timeout(woken, Duration::from_nanos(d - now))
                                .unwrap()
                                .0;
                    }
                }
            }
            Wake::Notified
        }
        fn wake(&self, wq: WqId, n: usize) -> usize {
            let mut qs = self.queues.lock().unwrap();
            let mut count = 0;
            while count < n {
                let Some(w) = qs[wq as usize].pop_front() else {
                    break;
                };
                *w.woken.lock().unwrap() = true;
                w.cv.notify_one();
                count += 1;
            }
            count
        }
        fn current(&self) -> Tid {
            TID.with(|t| *t)
        }
        fn now_ns(&self) -> u64 {
            start().elapsed().as_nanos() as u64
        }
    }

    fn setup() {
        static HOST: OnceLock<&'static Host> = OnceLock::new();
        HOST.get_or_init(|| {
            let h: &'static Host = Box::leak(Box::default());
            install(h);
            h
        });
    }

    #[test]
    fn mutex_serialises_increments_from_many_threads() {
        setup();
        let m = Arc::new(Mutex::new(0u64));
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let m = m.clone();
                std::thread::spawn(move || {
                    for _ in 0..20_000 {
                        let mut g = m.lock();
                        let v = *g;
                        std::hint::black_box(&v);
                        *g = v + 1;
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(*m.lock(), 160_000);
        assert_eq!(m.owner(), None);
    }

    #[test]
    fn bounded_queue_on_mutex_and_condvar_loses_and_duplicates_nothing() {
        setup();
        struct Q {
            items: Mutex<VecDeque<u64>>,
            not_empty: Condvar,
            not_full: Condvar,
        }
        let q = Arc::new(Q {
            items: Mutex::new(VecDeque::new()),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        });
        const PER: u64 = 25_000;
        let producers: Vec<_> = (0..4u64)
            .map(|p| {
                let q = q.clone();
                std::thread::spawn(move || {
                    for i in 0..PER {
                        let mut g = q.items.lock();
                        while g.len() >= 16 {
                            g = q.not_full.wait(g);
                        }
                        g.push_back(p * PER + i);
                        drop(g);
                        q.not_empty.notify_one();
                    }
                })
            })
            .collect();
        let consumers: Vec<_> = (0..4)
            .map(|_| {
                let q = q.clone();
                std::thread::spawn(move || {
                    let (mut sum, mut n) = (0u64, 0u64);
                    loop {
                        let mut g = q.items.lock();
                        while g.is_empty() {
                            g = q.not_empty.wait(g);
                        }
                        let v = g.pop_front().unwrap();
                        drop(g);
                        q.not_full.notify_one();
                        if v == u64::MAX {
                            return (sum, n);
                        }
                        sum += v;
                        n += 1;
                    }
                })
            })
            .collect();
        for p in producers {
            p.join().unwrap();
        }
        for _ in 0..4 {
            let mut g = q.items.lock();
            g.push_back(u64::MAX);
            drop(g);
            q.not_empty.notify_all();
        }
        let (sum, n) = consumers
            .into_iter()
            .map(|c| c.join().unwrap())
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        let total = 4 * PER;
        assert_eq!(n, total);
        assert_eq!(sum, total * (total - 1) / 2);
    }

    #[test]
    fn semaphore_counts_and_times_out() {
        setup();
        let s = Arc::new(Semaphore::new(2));
        assert!(s.try_acquire());
        assert!(s.try_acquire());
        assert!(!s.try_acquire());
        let t0 = Instant::now();
        assert!(!s.acquire_timeout(20_000_000));
        assert!(t0.elapsed() >= Duration::from_millis(20));
        let s2 = s.clone();
        let h = std::thread::spawn(move || s2.acquire());
        std::thread::sleep(Duration::from_millis(10));
        s.release();
        h.join().unwrap();
        assert_eq!(s.available(), 0);
    }

    #[test]
    fn event_releases_every_waiter_once_set() {
        setup();
        let e = Arc::new(Event::new());
        assert!(!e.wait_timeout(1_000_000));
        let waiters: Vec<_> = (0..5)
            .map(|_| {
                let e = e.clone();
                std::thread::spawn(move || e.wait())
            })
            .collect();
        std::thread::sleep(Duration::from_millis(10));
        e.set();
        for w in waiters {
            w.join().unwrap();
        }
        assert!(e.wait_timeout(0));
    }

    #[test]
    fn condvar_wait_timeout_reports_the_timeout() {
        setup();
        let m = Mutex::new(());
        let c = Condvar::new();
        let (_g, timed_out) = c.wait_timeout(m.lock(), 5_000_000);
        assert!(timed_out);
    }

    #[test]
    fn all_zero_memory_is_an_unlocked_mutex_and_a_fresh_condvar() {
        setup();
        // SAFETY: the point of the test: both types are valid when zeroed (C initialisers)
        let m: Mutex<u32> = unsafe { core::mem::zeroed() };
        let c: Condvar = unsafe { core::mem::zeroed() };
        assert_eq!(m.owner(), None);
        *m.lock() += 1;
        let (g, timed_out) = c.wait_timeout(m.lock(), 1_000_000);
        assert!(timed_out);
        assert_eq!(*g, 1);
    }

    #[test]
    #[should_panic(expected = "not recursive")]
    fn relocking_a_held_mutex_panics() {
        setup();
        let m = Mutex::new(1);
        let _a = m.lock();
        let _b = m.lock();
    }
}
