//! The kernel heap: `linked_list_allocator` over the largest usable RAM
//! range (not a static array), as the global allocator, with size-class
//! free lists in front for small blocks (`size_classes`). Allocation failure
//! is remembered so the panic that follows can print an out-of-memory
//! report with the heap's figures instead of a bare message.

use super::size_classes::{SizeClasses, CHUNK, CLASSES, MAX_ALIGN};
use crate::arch::x86_64::cpu::without_interrupts;
use core::alloc::{GlobalAlloc, Layout};
use core::ptr::{null_mut, NonNull};
use core::sync::atomic::{AtomicUsize, Ordering};
use linked_list_allocator::Heap;

pub struct KernelHeap {
    heap: spin::Mutex<Heaps>,
}

/// The general heap and the small-block classes, under one lock.
struct Heaps {
    general: Heap,
    small: SizeClasses,
    /// Whether `general` has been given its memory (see [`init`]).
    ready: bool,
}

impl Heaps {
    fn alloc(&mut self, layout: Layout) -> *mut u8 {
        if !self.ready {
            self.ready = true;
            let (start, size) = (
                HEAP_START.load(Ordering::Relaxed),
                HEAP_SIZE.load(Ordering::Relaxed),
            );
            // SAFETY: `init` was given this range under its contract (or it is
            // empty and the allocation fails cleanly).
            unsafe { self.general.init(start as *mut u8, size) };
        }
        let Some(class) = SizeClasses::class_of(layout) else {
            return self
                .general
                .allocate_first_fit(layout)
                .map_or(null_mut(), |p| p.as_ptr());
        };
        // SAFETY: the lists hold only blocks this allocator carved or got back.
        let p = unsafe { self.small.pop(class) };
        if !p.is_null() {
            return p;
        }
        let size = CLASSES[class];
        let chunk_len = CHUNK / size * size;
        if let Ok(chunk) = self
            .general
            .allocate_first_fit(Layout::from_size_align(chunk_len, MAX_ALIGN).unwrap())
        {
            // SAFETY: a fresh, 16-aligned chunk from the general heap, given up for good.
            unsafe {
                self.small.add_chunk(class, chunk.as_ptr(), chunk_len);
                return self.small.pop(class);
            }
        }
        // no room for a chunk: one block of the class size
        self.general
            .allocate_first_fit(Layout::from_size_align(size, MAX_ALIGN).unwrap())
            .map_or(null_mut(), |p| p.as_ptr())
    }

    /// # Safety
    /// `ptr` came from `alloc` with `layout`.
    unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        match SizeClasses::class_of(layout) {
            // SAFETY: a block of this class (alloc rounded it up to the class size).
            Some(class) => unsafe { self.small.push(class, ptr) },
            // SAFETY: as the caller promises.
            None => unsafe { self.general.deallocate(NonNull::new_unchecked(ptr), layout) },
        }
    }
}

/// Size of the last allocation that failed (0: none).
static LAST_FAILED: AtomicUsize = AtomicUsize::new(0);
static HEAP_START: AtomicUsize = AtomicUsize::new(0);
static HEAP_SIZE: AtomicUsize = AtomicUsize::new(0);

#[cfg_attr(feature = "image", global_allocator)]
pub static HEAP: KernelHeap = KernelHeap {
    heap: spin::Mutex::new(Heaps {
        general: Heap::empty(),
        small: SizeClasses::new(),
        ready: false,
    }),
};

/// Gives the heap `[start, start + size)`. The memory is first written by
/// the first allocation (the allocator's free-list node at its start), so a
/// boot that allocates nothing before the app touches none of it (under an
/// emulator, first touching a fresh 2 MiB of guest RAM costs the host a
/// page clear).
///
/// # Safety
/// The range must be identity-mapped RW RAM used by nothing else, ever.
pub unsafe fn init(start: usize, size: usize) {
    HEAP_START.store(start, Ordering::Relaxed);
    HEAP_SIZE.store(size, Ordering::Relaxed);
}

pub struct HeapStats {
    pub start: usize,
    pub size: usize,
    /// Bytes handed out (small blocks waiting in their class lists excluded).
    pub used: usize,
    /// Bytes of freed small blocks kept in their class lists.
    pub cached: usize,
}

pub fn stats() -> HeapStats {
    let (used, cached) = without_interrupts(|| {
        HEAP.heap.try_lock().map_or((0, 0), |h| {
            let cached = h.small.cached_bytes();
            (h.general.used().saturating_sub(cached), cached)
        })
    });
    HeapStats {
        start: HEAP_START.load(Ordering::Relaxed),
        size: HEAP_SIZE.load(Ordering::Relaxed),
        used,
        cached,
    }
}

pub fn last_failed_allocation() -> usize {
    LAST_FAILED.load(Ordering::Relaxed)
}

unsafe impl GlobalAlloc for KernelHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = without_interrupts(|| self.heap.lock().alloc(layout));
        if p.is_null() {
            LAST_FAILED.store(layout.size().max(1), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: GlobalAlloc contract: `ptr` came from `alloc` with this layout.
        without_interrupts(|| unsafe { self.heap.lock().dealloc(ptr, layout) })
    }
}
