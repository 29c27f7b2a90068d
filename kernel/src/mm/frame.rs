//! The physical frame allocator: hands out 4 KiB frames from the usable
//! RAM ranges of the boot memory map, minus what the kernel image and boot
//! data occupy. Ranges are bump-allocated; freed frames go onto a small
//! recycle stack. Pure logic (no memory is touched), so it is host-tested.

pub const FRAME_SIZE: u64 = 4096;
const MAX_RANGES: usize = 64;
const RECYCLE_SLOTS: usize = 512;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: u64,
    pub end: u64,
}

impl Range {
    pub fn len(&self) -> u64 {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

pub struct FrameAllocator {
    ranges: [Range; MAX_RANGES],
    count: usize,
    recycled: [u64; RECYCLE_SLOTS],
    recycled_len: usize,
    dropped_ranges: usize,
}

fn align_up(v: u64, a: u64) -> u64 {
    v.div_ceil(a) * a
}

fn align_down(v: u64, a: u64) -> u64 {
    v / a * a
}

impl Default for FrameAllocator {
    fn default() -> Self {
        Self::new()
    }
}

impl FrameAllocator {
    pub const fn new() -> Self {
        FrameAllocator {
            ranges: [Range { start: 0, end: 0 }; MAX_RANGES],
            count: 0,
            recycled: [0; RECYCLE_SLOTS],
            recycled_len: 0,
            dropped_ranges: 0,
        }
    }

    /// Adds usable memory; the range is shrunk to whole frames.
    #[inline(never)]
    pub fn add(&mut self, start: u64, end: u64) {
        let r = Range {
            start: align_up(start, FRAME_SIZE),
            end: align_down(end, FRAME_SIZE),
        };
        if r.is_empty() {
            return;
        }
        if self.count == MAX_RANGES {
            self.dropped_ranges += 1; // reported by the caller; memory is only lost, never corrupted
            return;
        }
        self.ranges[self.count] = r;
        self.count += 1;
    }

    /// Removes `[start, end)` (rounded out to whole frames) from the usable ranges.
    pub fn reserve(&mut self, start: u64, end: u64) {
        let (start, end) = (align_down(start, FRAME_SIZE), align_up(end, FRAME_SIZE));
        let mut i = 0;
        while i < self.count {
            let r = self.ranges[i];
            if end <= r.start || start >= r.end {
                i += 1;
                continue;
            }
            let left = Range {
                start: r.start,
                end: start.max(r.start),
            };
            let right = Range {
                start: end.min(r.end),
                end: r.end,
            };
            self.remove_at(i);
            for part in [left, right] {
                if !part.is_empty() {
                    self.add(part.start, part.end);
                }
            }
            // the parts were appended at the end; `i` now holds an unvisited range
        }
    }

    fn remove_at(&mut self, i: usize) {
        self.ranges.copy_within(i + 1..self.count, i);
        self.count -= 1;
    }

    /// One 4 KiB frame, or `None` when memory is exhausted.
    pub fn alloc(&mut self) -> Option<u64> {
        if self.recycled_len > 0 {
            self.recycled_len -= 1;
            return Some(self.recycled[self.recycled_len]);
        }
        let i = (0..self.count).find(|&i| !self.ranges[i].is_empty())?;
        let frame = self.ranges[i].start;
        self.ranges[i].start += FRAME_SIZE;
        Some(frame)
    }

    /// Returns a frame. Returns false if the recycle stack is full (the frame is then leaked).
    pub fn free(&mut self, frame: u64) -> bool {
        debug_assert_eq!(frame % FRAME_SIZE, 0);
        if self.recycled_len == RECYCLE_SLOTS {
            return false;
        }
        self.recycled[self.recycled_len] = frame;
        self.recycled_len += 1;
        true
    }

    /// Takes the largest range for the heap, leaving `keep` bytes of it to the allocator.
    pub fn take_largest(&mut self, keep: u64) -> Option<Range> {
        let i = (0..self.count).max_by_key(|&i| self.ranges[i].len())?;
        let r = self.ranges[i];
        let keep = align_up(keep, FRAME_SIZE).min(r.len());
        let taken = Range {
            start: r.start + keep,
            end: r.end,
        };
        if taken.is_empty() {
            return None;
        }
        self.ranges[i].end = taken.start;
        Some(taken)
    }

    pub fn free_bytes(&self) -> u64 {
        self.ranges[..self.count]
            .iter()
            .map(Range::len)
            .sum::<u64>()
            + self.recycled_len as u64 * FRAME_SIZE
    }

    /// How many ranges did not fit the table (their memory is unused).
    pub fn dropped_ranges(&self) -> usize {
        self.dropped_ranges
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ranges_are_shrunk_to_whole_frames() {
        let mut a = FrameAllocator::new();
        a.add(0x1001, 0x5fff);
        assert_eq!(a.free_bytes(), 0x4000 - 0x1000);
        assert_eq!(a.alloc(), Some(0x2000));
        a.add(0x10, 0xfff); // less than a frame: ignored
        assert_eq!(a.free_bytes(), 0x2000);
    }

    #[test]
    fn reserve_splits_and_never_hands_out_reserved_frames() {
        let mut a = FrameAllocator::new();
        a.add(0x10_0000, 0x80_0000);
        a.reserve(0x20_0800, 0x30_0000); // kernel image, unaligned start
        a.reserve(0x7f_f000, 0x90_0000); // overlaps the end
        let mut seen = HashSet::new();
        while let Some(f) = a.alloc() {
            assert_eq!(f % FRAME_SIZE, 0);
            assert!(
                !(0x20_0000..0x30_0000).contains(&f),
                "reserved frame {f:#x} handed out"
            );
            assert!(f < 0x7f_f000);
            assert!(f >= 0x10_0000);
            assert!(seen.insert(f), "frame {f:#x} handed out twice");
        }
        assert_eq!(seen.len() as u64, (0x10_0000 + 0x4f_f000) / FRAME_SIZE);
        assert_eq!(a.alloc(), None);
    }

    #[test]
    fn freed_frames_are_reused() {
        let mut a = FrameAllocator::new();
        a.add(0, 3 * FRAME_SIZE);
        let f: Vec<u64> = (0..3).map(|_| a.alloc().unwrap()).collect();
        assert_eq!(a.alloc(), None);
        assert!(a.free(f[1]));
        assert_eq!(a.alloc(), Some(f[1]));
        assert_eq!(a.alloc(), None);
    }

    #[test]
    fn take_largest_keeps_a_reserve() {
        let mut a = FrameAllocator::new();
        a.add(0x1000, 0x10_0000);
        a.add(0x100_0000, 0x1000_0000);
        let heap = a.take_largest(0x20_0000).unwrap();
        assert_eq!(
            heap,
            Range {
                start: 0x120_0000,
                end: 0x1000_0000
            }
        );
        assert_eq!(a.free_bytes(), 0xff000 + 0x20_0000);
        while let Some(f) = a.alloc() {
            assert!(f < heap.start || f >= heap.end);
        }
    }

    #[test]
    fn reserve_covering_everything_leaves_nothing() {
        let mut a = FrameAllocator::new();
        a.add(0x1000, 0x9000);
        a.add(0x20000, 0x30000);
        a.reserve(0, u64::MAX / 2);
        assert_eq!(a.free_bytes(), 0);
        assert_eq!(a.alloc(), None);
        assert_eq!(a.take_largest(0), None);
    }

    #[test]
    fn too_many_ranges_are_counted_not_corrupted() {
        let mut a = FrameAllocator::new();
        for i in 0..(MAX_RANGES as u64 + 5) {
            a.add(i * 0x10000, i * 0x10000 + 0x1000);
        }
        assert_eq!(a.dropped_ranges(), 5);
        assert_eq!(a.free_bytes(), MAX_RANGES as u64 * 0x1000);
    }
}
