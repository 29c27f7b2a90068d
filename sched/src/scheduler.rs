//! The scheduler's bookkeeping and policy, with no knowledge of the CPU:
//! threads and their states, ready queues per priority (round robin within
//! one), a timer heap for sleeps and timeouts, and wait queues. The kernel
//! owns the machine side: it saves the interrupted context into the
//! outgoing thread (`C`, its trap frame), calls [`Scheduler::switch`], and
//! restores the incoming one. Everything here is plain data, host-tested.

use alloc::collections::{BinaryHeap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Reverse;

pub type Tid = u32;
pub type WqId = u32;

pub const PRIORITIES: usize = 16;
pub const DEFAULT_PRIORITY: u8 = 8;
pub const IDLE: Tid = 0;
/// Thread-local words per thread: 0 = POSIX (errno, thread data), 1 = the JVM, 2-3 free.
pub const TLS_SLOTS: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Ready,
    Running,
    /// On wait queue `wq` (if any) until woken or `deadline` (if any).
    Blocked {
        wq: Option<WqId>,
        deadline: Option<u64>,
    },
    Exited(i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// Woken by a wake-up on its queue.
    Notified,
    /// The deadline passed first.
    TimedOut,
}

pub struct Thread<C> {
    pub name: String,
    pub priority: u8,
    pub state: State,
    pub ctx: C,
    pub cpu_ns: u64,
    pub detached: bool,
    /// Threads waiting in `join` for this one.
    pub joiners: Option<WqId>,
    pub wake: Wake,
    /// Words of thread-local storage, one per client (see `TLS_SLOTS`).
    pub tls: [usize; TLS_SLOTS],
    timer_gen: u64,
    ran_since: u64,
}

pub struct Scheduler<C> {
    threads: Vec<Option<Thread<C>>>,
    free_tids: Vec<Tid>,
    ready: [VecDeque<Tid>; PRIORITIES],
    timers: BinaryHeap<Reverse<(u64, Tid, u64)>>,
    queues: Vec<Option<VecDeque<Tid>>>,
    free_queues: Vec<WqId>,
    current: Tid,
    slice_ns: u64,
    /// When the running thread's slice ends (only while others share its priority).
    slice_end: Option<u64>,
    need_resched: bool,
    switches: u64,
}

impl<C> Scheduler<C> {
    /// A scheduler whose idle thread has context `idle` and whose current
    /// thread is `main` (the code calling this), already running.
    pub fn new(idle: C, main: C, main_name: &str, slice_ns: u64) -> Self {
        let mut s = Scheduler {
            threads: Vec::new(),
            free_tids: Vec::new(),
            ready: Default::default(),
            timers: BinaryHeap::new(),
            queues: Vec::new(),
            free_queues: Vec::new(),
            current: IDLE,
            slice_ns: slice_ns.max(1),
            slice_end: None,
            need_resched: false,
            switches: 0,
        };
        s.insert(Thread::new("idle".into(), 0, idle));
        let main = s.insert(Thread::new(main_name.into(), DEFAULT_PRIORITY, main));
        s.threads[main as usize].as_mut().unwrap().state = State::Running;
        s.current = main;
        s
    }

    fn insert(&mut self, t: Thread<C>) -> Tid {
        match self.free_tids.pop() {
            Some(id) => {
                self.threads[id as usize] = Some(t);
                id
            }
            None => {
                self.threads.push(Some(t));
                (self.threads.len() - 1) as Tid
            }
        }
    }

    pub fn current(&self) -> Tid {
        self.current
    }

    pub fn thread(&self, tid: Tid) -> Option<&Thread<C>> {
        self.threads.get(tid as usize)?.as_ref()
    }

    pub fn thread_mut(&mut self, tid: Tid) -> Option<&mut Thread<C>> {
        self.threads.get_mut(tid as usize)?.as_mut()
    }

    pub fn threads(&self) -> impl Iterator<Item = (Tid, &Thread<C>)> {
        self.threads
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((i as Tid, t.as_ref()?)))
    }

    pub fn switches(&self) -> u64 {
        self.switches
    }

    pub fn slice_ns(&self) -> u64 {
        self.slice_ns
    }

    /// Adds a ready thread.
    pub fn spawn(&mut self, name: String, priority: u8, ctx: C) -> Tid {
        let priority = priority.min(PRIORITIES as u8 - 1).max(1);
        let tid = self.insert(Thread::new(name, priority, ctx));
        self.make_ready(tid);
        tid
    }

    fn make_ready(&mut self, tid: Tid) {
        let t = self.threads[tid as usize].as_mut().unwrap();
        t.state = State::Ready;
        let p = t.priority;
        self.ready[p as usize].push_back(tid);
        if p > self.priority_of(self.current) {
            self.need_resched = true;
        }
    }

    fn priority_of(&self, tid: Tid) -> u8 {
        self.thread(tid).map_or(0, |t| t.priority)
    }

    pub fn new_queue(&mut self) -> WqId {
        match self.free_queues.pop() {
            Some(q) => {
                self.queues[q as usize] = Some(VecDeque::new());
                q
            }
            None => {
                self.queues.push(Some(VecDeque::new()));
                (self.queues.len() - 1) as WqId
            }
        }
    }

    /// Frees a wait queue; threads still on it are woken (their wait ends).
    pub fn free_queue(&mut self, wq: WqId) {
        self.wake(wq, usize::MAX);
        if let Some(slot) = self.queues.get_mut(wq as usize) {
            *slot = None;
            self.free_queues.push(wq);
        }
    }

    /// Marks the current thread blocked on `wq` and/or until `deadline`.
    /// The caller then switches away; when the thread runs again,
    /// `thread(current).wake` says why.
    pub fn block_current(&mut self, wq: Option<WqId>, deadline: Option<u64>) {
        let tid = self.current;
        if let Some(q) = wq.and_then(|q| self.queues.get_mut(q as usize)?.as_mut()) {
            q.push_back(tid);
        }
        let t = self.threads[tid as usize].as_mut().unwrap();
        t.state = State::Blocked { wq, deadline };
        t.wake = Wake::Notified;
        t.timer_gen += 1;
        if let Some(d) = deadline {
            self.timers.push(Reverse((d, tid, t.timer_gen)));
        }
        self.need_resched = true;
    }

    fn unblock(&mut self, tid: Tid, why: Wake) {
        let Some(t) = self.threads.get_mut(tid as usize).and_then(Option::as_mut) else {
            return;
        };
        let State::Blocked { wq, .. } = t.state else {
            return;
        };
        t.wake = why;
        t.timer_gen += 1; // cancels a pending timeout
        if why == Wake::TimedOut {
            if let Some(q) = wq.and_then(|q| self.queues.get_mut(q as usize)?.as_mut()) {
                q.retain(|&x| x != tid);
            }
        }
        self.make_ready(tid);
    }

    /// Wakes up to `n` threads waiting on `wq`, oldest first. Returns how many.
    pub fn wake(&mut self, wq: WqId, n: usize) -> usize {
        let mut woken = 0;
        while woken < n {
            let Some(tid) = self
                .queues
                .get_mut(wq as usize)
                .and_then(Option::as_mut)
                .and_then(|q| q.pop_front())
            else {
                break;
            };
            self.unblock(tid, Wake::Notified);
            woken += 1;
        }
        woken
    }

    /// Makes blocked thread `tid` time out by `deadline` at the latest: its
    /// own deadline moves earlier, or it gets one. Lets a thread that
    /// sleeps until notified be told "wake by then" without being woken now
    /// (the network thread, when a socket call creates an earlier smoltcp
    /// deadline). False if the thread is not blocked.
    pub fn wake_by(&mut self, tid: Tid, deadline: u64) -> bool {
        let Some(t) = self.threads.get_mut(tid as usize).and_then(Option::as_mut) else {
            return false;
        };
        let State::Blocked { wq, deadline: old } = t.state else {
            return false;
        };
        if old.is_some_and(|o| o <= deadline) {
            return true;
        }
        t.state = State::Blocked {
            wq,
            deadline: Some(deadline),
        };
        t.timer_gen += 1; // the old entry, if any, no longer counts
        self.timers.push(Reverse((deadline, tid, t.timer_gen)));
        true
    }

    /// Wakes every thread whose deadline is at or before `now`.
    pub fn expire_timers(&mut self, now: u64) {
        while let Some(&Reverse((deadline, tid, gen))) = self.timers.peek() {
            if deadline > now {
                break;
            }
            self.timers.pop();
            if self.thread(tid).is_some_and(|t| t.timer_gen == gen) {
                self.unblock(tid, Wake::TimedOut);
            }
        }
    }

    /// Ends the current thread; joiners are woken. A detached thread's slot is
    /// freed at the next switch.
    pub fn exit_current(&mut self, code: i32) {
        let t = self.threads[self.current as usize].as_mut().unwrap();
        t.state = State::Exited(code);
        if let Some(j) = t.joiners.take() {
            self.free_queue(j);
        }
        self.need_resched = true;
    }

    /// Removes an exited thread, returning its context (for freeing its stack).
    pub fn reap(&mut self, tid: Tid) -> Option<(i32, C)> {
        let code = match self.thread(tid)?.state {
            State::Exited(c) if tid != self.current => c,
            _ => return None,
        };
        let t = self.threads[tid as usize].take().unwrap();
        self.free_tids.push(tid);
        Some((code, t.ctx))
    }

    /// Whether the running thread should give up the CPU now.
    pub fn should_switch(&self, now: u64) -> bool {
        if self.need_resched {
            return true;
        }
        let cur = self.priority_of(self.current);
        let higher_ready = self
            .ready
            .iter()
            .skip(cur as usize + 1)
            .any(|q| !q.is_empty());
        let slice_over =
            self.slice_end.is_some_and(|e| now >= e) && !self.ready[cur as usize].is_empty();
        higher_ready
            || slice_over
            || (self.current == IDLE && self.ready.iter().any(|q| !q.is_empty()))
    }

    /// Picks the next thread. The outgoing one, if still running, goes to the
    /// back of its priority's queue. Returns (previous, next).
    pub fn switch(&mut self, now: u64) -> (Tid, Tid) {
        let prev = self.current;
        self.need_resched = false;
        if let Some(t) = self.threads[prev as usize].as_mut() {
            t.cpu_ns += now.saturating_sub(t.ran_since);
            if t.state == State::Running {
                t.state = State::Ready;
                if prev != IDLE {
                    let p = t.priority as usize;
                    self.ready[p].push_back(prev);
                }
            }
        }
        let next = (0..PRIORITIES)
            .rev()
            .find_map(|p| self.ready[p].pop_front())
            .unwrap_or(IDLE);
        let t = self.threads[next as usize].as_mut().unwrap();
        t.state = State::Running;
        t.ran_since = now;
        let p = t.priority as usize;
        self.slice_end = (next != IDLE && !self.ready[p].is_empty()).then(|| now + self.slice_ns);
        if next != prev {
            self.switches += 1;
        }
        self.current = next;
        (prev, next)
    }

    /// When the timer must fire next: the earliest sleeper, or the end of the
    /// slice if another thread shares the running one's priority. None: no
    /// timer needed (tickless).
    pub fn next_deadline(&mut self, now: u64) -> Option<u64> {
        let cur = self.priority_of(self.current) as usize;
        if self.current != IDLE && self.slice_end.is_none() && !self.ready[cur].is_empty() {
            self.slice_end = Some(now + self.slice_ns); // someone joined our priority
        }
        let slice = self.slice_end.filter(|_| !self.ready[cur].is_empty());
        // entries of timeouts cancelled by a wake would only fire for nothing
        while let Some(&Reverse((_, tid, gen))) = self.timers.peek() {
            if self.thread(tid).is_some_and(|t| t.timer_gen == gen) {
                break;
            }
            self.timers.pop();
        }
        let timer = self.timers.peek().map(|r| r.0 .0);
        match (slice, timer) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Drops timer entries that no longer wake anyone (cancelled timeouts).
    pub fn prune_timers(&mut self) {
        let threads = &self.threads;
        self.timers.retain(|Reverse((_, tid, gen))| {
            threads
                .get(*tid as usize)
                .and_then(Option::as_ref)
                .is_some_and(|t| t.timer_gen == *gen)
        });
    }
}

impl<C> Thread<C> {
    fn new(name: String, priority: u8, ctx: C) -> Self {
        Thread {
            name,
            priority,
            state: State::Ready,
            ctx,
            cpu_ns: 0,
            detached: false,
            joiners: None,
            wake: Wake::Notified,
            tls: [0; TLS_SLOTS],
            timer_gen: 0,
            ran_since: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn sched() -> Scheduler<&'static str> {
        Scheduler::new("idle-ctx", "main-ctx", "main", 10)
    }

    #[test]
    fn round_robin_within_a_priority() {
        let mut s = sched();
        let a = s.spawn("a".into(), DEFAULT_PRIORITY, "a");
        let b = s.spawn("b".into(), DEFAULT_PRIORITY, "b");
        let main = s.current();
        let order: Vec<Tid> = (0..6).map(|i| s.switch(i * 10).1).collect();
        assert_eq!(order, [a, b, main, a, b, main]);
    }

    #[test]
    fn higher_priority_runs_first_and_preempts() {
        let mut s = sched();
        let low = s.spawn("low".into(), 3, "low");
        assert!(
            !s.should_switch(0),
            "a lower-priority thread does not preempt"
        );
        let high = s.spawn("high".into(), 12, "high");
        assert!(
            s.should_switch(0),
            "a higher-priority thread preempts at once"
        );
        assert_eq!(s.switch(0).1, high);
        // high never yields: nobody else runs, even after many slices
        for t in 1..5 {
            assert!(!s.should_switch(t * 100));
        }
        s.exit_current(0);
        let main = 1;
        assert_eq!(s.switch(500).1, main);
        assert_eq!(s.switch(600).1, main, "main outranks low");
        s.exit_current(0);
        assert_eq!(s.switch(700).1, low);
    }

    #[test]
    fn slices_expire_only_when_someone_else_is_ready() {
        let mut s = sched();
        assert_eq!(s.next_deadline(0), None, "alone: tickless, no timer");
        let other = s.spawn("other".into(), DEFAULT_PRIORITY, "o");
        assert_eq!(s.next_deadline(0), Some(10));
        assert!(!s.should_switch(9));
        assert!(s.should_switch(10));
        assert_eq!(s.switch(10).1, other);
        assert_eq!(s.next_deadline(10), Some(20));
    }

    #[test]
    fn sleeping_wakes_at_the_deadline_and_idle_runs_meanwhile() {
        let mut s = sched();
        let main = s.current();
        s.block_current(None, Some(1000));
        assert_eq!(s.switch(0).1, IDLE);
        assert_eq!(s.next_deadline(0), Some(1000));
        s.expire_timers(999);
        assert!(!s.should_switch(999));
        s.expire_timers(1000);
        assert!(s.should_switch(1000));
        assert_eq!(s.switch(1000).1, main);
        assert_eq!(s.thread(main).unwrap().wake, Wake::TimedOut);
        assert_eq!(s.next_deadline(1000), None);
    }

    #[test]
    fn wait_queues_wake_in_order_and_timeouts_leave_the_queue() {
        let mut s = sched();
        let q = s.new_queue();
        let a = s.spawn("a".into(), DEFAULT_PRIORITY, "a");
        let b = s.spawn("b".into(), DEFAULT_PRIORITY, "b");
        let main = s.current();
        s.block_current(Some(q), None);
        assert_eq!(s.switch(0).1, a);
        s.block_current(Some(q), Some(50));
        assert_eq!(s.switch(1).1, b);
        s.expire_timers(50); // a times out and leaves the queue
        assert_eq!(s.thread(a).unwrap().wake, Wake::TimedOut);
        assert_eq!(s.wake(q, 5), 1, "only main is still waiting");
        assert_eq!(s.thread(main).unwrap().wake, Wake::Notified);
        assert_eq!(s.wake(q, 5), 0);
    }

    #[test]
    fn wake_by_gives_a_deadline_without_waking_now() {
        let mut s = sched();
        let q = s.new_queue();
        let main = s.current();
        s.block_current(Some(q), None);
        assert_eq!(s.switch(0).1, IDLE);
        assert_eq!(s.next_deadline(0), None);
        assert!(s.wake_by(main, 300));
        assert_eq!(s.next_deadline(1), Some(300));
        s.expire_timers(299);
        assert!(!s.should_switch(299), "not woken before the deadline");
        s.expire_timers(300);
        assert_eq!(s.switch(300).1, main);
        assert_eq!(s.thread(main).unwrap().wake, Wake::TimedOut);
        assert_eq!(s.wake(q, 1), 0, "a timed-out thread leaves the queue");
        assert!(!s.wake_by(main, 400), "a running thread is not blocked");
    }

    #[test]
    fn wake_by_keeps_an_earlier_deadline_and_moves_a_later_one() {
        let mut s = sched();
        let main = s.current();
        s.block_current(None, Some(100));
        s.switch(0);
        assert!(s.wake_by(main, 200));
        assert_eq!(
            s.next_deadline(0),
            Some(100),
            "the earlier own deadline stays"
        );
        assert!(s.wake_by(main, 50));
        assert_eq!(s.next_deadline(0), Some(50));
        s.expire_timers(50);
        assert_eq!(s.switch(50).1, main);
        assert_eq!(s.thread(main).unwrap().wake, Wake::TimedOut);
        // the entry at 100 was cancelled: it neither wakes nor asks for a timer
        assert_eq!(s.next_deadline(60), None);
    }

    #[test]
    fn a_wake_cancels_the_timeout() {
        let mut s = sched();
        let q = s.new_queue();
        let main = s.current();
        s.block_current(Some(q), Some(100));
        s.switch(0);
        assert_eq!(s.wake(q, 1), 1);
        s.switch(5);
        s.expire_timers(200);
        assert_eq!(s.thread(main).unwrap().wake, Wake::Notified);
        assert_eq!(s.thread(main).unwrap().state, State::Running);
        s.prune_timers();
        assert_eq!(s.next_deadline(200), None);
    }

    #[test]
    fn exit_wakes_joiners_and_reap_frees_the_slot() {
        let mut s = sched();
        let main = s.current();
        let child = s.spawn("child".into(), DEFAULT_PRIORITY, "c");
        let j = s.new_queue();
        s.thread_mut(child).unwrap().joiners = Some(j);
        s.block_current(Some(j), None);
        assert_eq!(s.switch(0).1, child);
        assert!(s.reap(child).is_none(), "cannot reap a live thread");
        s.exit_current(7);
        assert_eq!(s.switch(1).1, main);
        assert_eq!(s.reap(child).map(|r| r.0), Some(7));
        assert!(s.thread(child).is_none());
        let again = s.spawn("again".to_string(), 4, "x");
        assert_eq!(again, child, "thread ids are reused");
    }

    #[test]
    fn cpu_time_is_accounted() {
        let mut s = sched();
        let main = s.current();
        let a = s.spawn("a".into(), DEFAULT_PRIORITY, "a");
        s.switch(100); // main ran 0..100
        s.switch(250); // a ran 100..250
        assert_eq!(s.thread(main).unwrap().cpu_ns, 100);
        assert_eq!(s.thread(a).unwrap().cpu_ns, 150);
    }
}
