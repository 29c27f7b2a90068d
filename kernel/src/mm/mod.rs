//! Memory: the physical frame allocator and the kernel heap.

pub mod frame;
#[cfg(not(test))]
pub mod heap;
pub mod size_classes;

pub use frame::FrameAllocator;

/// The one frame allocator (page tables, later thread stacks' guard splits).
pub static FRAMES: spin::Mutex<FrameAllocator> = spin::Mutex::new(FrameAllocator::new());
