//! Which stack an address belongs to: every kernel stack is registered here
//! with its guard page, so fault reports can say "stack overflow on stack
//! 'boot'" and backtraces only follow frame pointers that stay on a stack.

use core::sync::atomic::{AtomicUsize, Ordering};

#[derive(Clone, Copy)]
pub struct StackInfo {
    pub name: &'static str,
    pub guard: usize,
    pub bottom: usize,
    pub top: usize,
}

const MAX: usize = 16;
/// Slots are filled once and never change, so readers (fault reports,
/// which must not take locks) see either None or a complete entry.
static STACKS: [spin::Once<StackInfo>; MAX] = [const { spin::Once::new() }; MAX];
static COUNT: AtomicUsize = AtomicUsize::new(0);

/// Records a kernel stack and unmaps its guard page.
pub fn register(info: StackInfo) {
    let i = COUNT.fetch_add(1, Ordering::Relaxed);
    if let Some(slot) = STACKS.get(i) {
        slot.call_once(|| info);
    }
    crate::arch::x86_64::paging::unmap_page(info.guard);
}

fn all() -> impl Iterator<Item = StackInfo> {
    STACKS.iter().filter_map(|s| s.get().copied())
}

/// The stack whose usable range contains `addr`.
pub fn containing(addr: usize) -> Option<StackInfo> {
    all().find(|s| addr >= s.bottom && addr < s.top)
}

/// The stack whose guard page contains `addr`.
pub fn guard_containing(addr: usize) -> Option<StackInfo> {
    all().find(|s| addr >= s.guard && addr < s.guard + 4096)
}
