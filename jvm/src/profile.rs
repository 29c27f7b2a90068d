//! Opt-in instruction profile (cargo feature `profile`, off by default):
//! counts the instructions each method executes and prints the top methods
//! to stderr when `run` returns. For finding hot Java code with the hosted
//! runner (`cargo build --release -p jvm-glue --features mote-jvm/profile`).

use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, Ordering};

const SLOTS: usize = 1 << 16;
static COUNTS: [AtomicU64; SLOTS] = [const { AtomicU64::new(0) }; SLOTS];

/// One instruction executed in method `m`.
#[inline(always)]
pub fn count(m: usize) {
    COUNTS[m & (SLOTS - 1)].fetch_add(1, Ordering::Relaxed);
}

/// Prints the 40 methods that executed the most instructions.
pub fn report(vm: &Vm) {
    let mut v: Vec<(u64, usize)> = (0..vm.methods.len().min(SLOTS))
        .map(|i| (COUNTS[i].load(Ordering::Relaxed), i))
        .filter(|&(c, _)| c > 0)
        .collect();
    let total: u64 = v.iter().map(|x| x.0).sum();
    v.sort_by_key(|x| core::cmp::Reverse(x.0));
    let mut out = format!("profile: {total} instructions\n");
    for &(c, i) in v.iter().take(40) {
        let m = &vm.methods[i];
        out += &format!(
            "{c:>12} {:5.1}%  {}.{}{}\n",
            c as f64 * 100.0 / total.max(1) as f64,
            vm.classes[m.class as usize].name,
            m.name,
            m.desc
        );
    }
    vm.platform.write(2, out.as_bytes());
}
