//! `-Xprof`: a sampling profiler built into the interpreter, for finding
//! where a Java service spends its time (hosted and inside an image, where
//! no host profiler can see Java methods).
//!
//! A sample is taken whenever a thread's time slice runs out, which happens
//! after a number of calls and backward branches, so samples follow executed
//! work, not wall time, and cost nothing between slices. (A slice that ends
//! at a call samples the callee's new frame.) While profiling, slices are
//! shorter and of pseudo-random length, so that samples do not fall in step
//! with a loop or with a request that repeats the same work. Each sample counts the top frame's method as "self" and every
//! distinct method on the stack as "total". At exit the VM prints the
//! methods with the most samples to standard error.

use crate::class::MethodId;
use crate::thread::JThread;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Rows printed at exit.
const TOP: usize = 40;

/// Slice lengths while profiling: uniform in `SLICE_MIN..SLICE_MIN + SLICE_SPREAD`.
const SLICE_MIN: u32 = 1_000;
const SLICE_SPREAD: u32 = 2_000;

#[derive(Default)]
pub struct Profile {
    samples: u64,
    /// xorshift state for the slice lengths.
    rng: u32,
    /// (self, total) samples, indexed by method id (a vector, not a map:
    /// ids are dense, and a map type would add its code to every image).
    by_method: Vec<(u64, u64)>,
}

impl Profile {
    /// The length of the next slice.
    pub fn next_slice(&mut self) -> u32 {
        let mut x = if self.rng == 0 { 0x9e37_79b9 } else { self.rng };
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.rng = x;
        SLICE_MIN + x % SLICE_SPREAD
    }

    fn count(&mut self, m: MethodId) -> &mut (u64, u64) {
        let i = m as usize;
        if self.by_method.len() <= i {
            self.by_method.resize(i + 1, (0, 0));
        }
        &mut self.by_method[i]
    }

    /// Records the stack of `t`, whose time slice just ended.
    pub fn sample(&mut self, t: &JThread) {
        let Some(top) = t.frames.last() else { return };
        self.samples += 1;
        self.count(top.method).0 += 1;
        let mut seen: Vec<MethodId> = Vec::with_capacity(t.frames.len());
        for f in &t.frames {
            if !seen.contains(&f.method) {
                seen.push(f.method);
                self.count(f.method).1 += 1;
            }
        }
    }

    /// The report: one line per method, most self samples first.
    pub fn report(&self, vm: &Vm) -> String {
        let mut rows: Vec<(MethodId, (u64, u64))> = (0..)
            .zip(self.by_method.iter().copied())
            .filter(|&(_, n)| n != (0, 0))
            .collect();
        // The first TOP rows in order (self, total descending; method id
        // ascending), by selection: no core sort instantiation in images.
        let order = |a: &(MethodId, (u64, u64)), b: &(MethodId, (u64, u64))| {
            (b.1 .0, b.1 .1).cmp(&(a.1 .0, a.1 .1)).then(a.0.cmp(&b.0))
        };
        for i in 0..rows.len().min(TOP) {
            let mut best = i;
            for j in i + 1..rows.len() {
                if order(&rows[j], &rows[best]).is_lt() {
                    best = j;
                }
            }
            rows.swap(i, best);
        }
        let mut out = format!(
            "-Xprof: {} samples (one per {}..{} calls and backward branches of a thread)\n  self%  total%  method\n",
            self.samples,
            SLICE_MIN,
            SLICE_MIN + SLICE_SPREAD
        );
        // percent with one decimal, in integers (core's float formatting stays out of images)
        let pct = |n: u64, width: usize| {
            let tenths = (n * 1000 + self.samples / 2) / self.samples.max(1);
            format!("{:>w$}.{}", tenths / 10, tenths % 10, w = width - 2)
        };
        for (m, (own, total)) in rows.into_iter().take(TOP) {
            let meth = &vm.methods[m as usize];
            let class = crate::natives::dotted(&vm.classes[meth.class as usize].name);
            out.push_str(&format!(
                "  {}  {}  {class}.{}{}\n",
                pct(own, 5),
                pct(total, 6),
                meth.name,
                meth.desc
            ));
        }
        out
    }
}
