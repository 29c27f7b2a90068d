//! The kernel heap: `linked_list_allocator` over the largest usable RAM
//! range (not a static array), as the global allocator. Allocation failure
//! is remembered so the panic that follows can print an out-of-memory
//! report with the heap's figures instead of a bare message.

use crate::arch::x86_64::cpu::without_interrupts;
use core::alloc::{GlobalAlloc, Layout};
use core::ptr::{null_mut, NonNull};
use core::sync::atomic::{AtomicUsize, Ordering};
use linked_list_allocator::Heap;

pub struct KernelHeap {
    heap: spin::Mutex<Heap>,
}

/// Size of the last allocation that failed (0: none).
static LAST_FAILED: AtomicUsize = AtomicUsize::new(0);
static HEAP_START: AtomicUsize = AtomicUsize::new(0);
static HEAP_SIZE: AtomicUsize = AtomicUsize::new(0);

#[cfg_attr(feature = "image", global_allocator)]
pub static HEAP: KernelHeap = KernelHeap {
    heap: spin::Mutex::new(Heap::empty()),
};

/// Gives the heap `[start, start + size)`.
///
/// # Safety
/// The range must be identity-mapped RW RAM used by nothing else, ever.
pub unsafe fn init(start: usize, size: usize) {
    HEAP.heap.lock().init(start as *mut u8, size);
    HEAP_START.store(start, Ordering::Relaxed);
    HEAP_SIZE.store(size, Ordering::Relaxed);
}

pub struct HeapStats {
    pub start: usize,
    pub size: usize,
    pub used: usize,
}

pub fn stats() -> HeapStats {
    let used = without_interrupts(|| HEAP.heap.try_lock().map(|h| h.used()).unwrap_or(0));
    HeapStats {
        start: HEAP_START.load(Ordering::Relaxed),
        size: HEAP_SIZE.load(Ordering::Relaxed),
        used,
    }
}

pub fn last_failed_allocation() -> usize {
    LAST_FAILED.load(Ordering::Relaxed)
}

unsafe impl GlobalAlloc for KernelHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let r = without_interrupts(|| self.heap.lock().allocate_first_fit(layout));
        match r {
            Ok(p) => p.as_ptr(),
            Err(()) => {
                LAST_FAILED.store(layout.size().max(1), Ordering::Relaxed);
                null_mut()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: GlobalAlloc contract: `ptr` came from `alloc` with this layout.
        without_interrupts(|| unsafe {
            self.heap
                .lock()
                .deallocate(NonNull::new_unchecked(ptr), layout)
        })
    }
}
