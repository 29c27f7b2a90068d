//! Which stack an address belongs to: every kernel stack is known here
//! with its guard page (thread stacks are found through the scheduler), so
//! fault reports can say "stack overflow on stack 'boot'" and backtraces
//! only follow frame pointers that stay on a stack.

use core::sync::atomic::{AtomicUsize, Ordering};

#[derive(Clone, Copy)]
pub struct StackInfo {
    name: [u8; 32],
    name_len: u8,
    pub guard: usize,
    pub bottom: usize,
    pub top: usize,
}

impl StackInfo {
    #[inline(never)]
    pub fn new(name: &str, guard: usize, bottom: usize, top: usize) -> Self {
        let mut buf = [0u8; 32];
        let mut len = name.len().min(32);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        buf[..len].copy_from_slice(&name.as_bytes()[..len]);
        StackInfo {
            name: buf,
            name_len: len as u8,
            guard,
            bottom,
            top,
        }
    }

    pub fn name(&self) -> &str {
        core::str::from_utf8(&self.name[..self.name_len as usize]).unwrap_or("?")
    }
}

const MAX: usize = 16;
/// Slots are filled once and never change, so readers (fault reports,
/// which must not take locks) see either None or a complete entry.
static STACKS: [spin::Once<StackInfo>; MAX] = [const { spin::Once::new() }; MAX];
static COUNT: AtomicUsize = AtomicUsize::new(0);

/// The kernel's static stacks, (name, (guard page, bottom, top)): the boot
/// stack, the four IST stacks and the idle thread's. They are in the image's
/// .bss; `paging::init` leaves their guard pages unmapped, and this list is
/// only built when a report asks (nothing to register at boot).
pub fn static_stacks() -> [(&'static str, (usize, usize, usize)); 6] {
    use crate::arch::x86_64::{boot, gdt};
    [
        ("boot", boot::boot_stack()),
        (gdt::IST_NAMES[0], gdt::ist_stack(1)),
        (gdt::IST_NAMES[1], gdt::ist_stack(2)),
        (gdt::IST_NAMES[2], gdt::ist_stack(3)),
        (gdt::IST_NAMES[3], gdt::ist_stack(4)),
        ("idle", crate::thread::idle_stack()),
    ]
}

/// The guard pages of `static_stacks`, in the same order, without the rest
/// of the table (boot needs only these: less code to run before `main`).
pub fn static_guards() -> [usize; 6] {
    use crate::arch::x86_64::{boot, gdt};
    [
        boot::boot_stack().0,
        gdt::ist_stack(1).0,
        gdt::ist_stack(2).0,
        gdt::ist_stack(3).0,
        gdt::ist_stack(4).0,
        crate::thread::idle_stack().0,
    ]
}

/// Records another kernel stack and unmaps its guard page.
pub fn register(info: StackInfo) {
    let i = COUNT.fetch_add(1, Ordering::Relaxed);
    if let Some(slot) = STACKS.get(i) {
        slot.call_once(|| info);
    }
    crate::arch::x86_64::paging::unmap_page(info.guard);
}

fn kernel_stacks() -> impl Iterator<Item = StackInfo> {
    static_stacks()
        .into_iter()
        .map(|(name, (guard, bottom, top))| StackInfo::new(name, guard, bottom, top))
        .chain(STACKS.iter().filter_map(|s| s.get().copied()))
}

/// The stack whose usable range contains `addr`.
pub fn containing(addr: usize) -> Option<StackInfo> {
    kernel_stacks()
        .find(|s| addr >= s.bottom && addr < s.top)
        .or_else(|| crate::thread::stack_of(|s| addr >= s.bottom && addr < s.top))
}

/// The stack whose guard page contains `addr`.
pub fn guard_containing(addr: usize) -> Option<StackInfo> {
    kernel_stacks()
        .find(|s| addr >= s.guard && addr < s.guard + 4096)
        .or_else(|| crate::thread::stack_of(|s| addr >= s.guard && addr < s.guard + 4096))
}
