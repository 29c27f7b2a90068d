//! The object heap: an object table indexed by [`Ref`], with a precise
//! mark-and-sweep collector. Roots are supplied by the VM (frames, statics,
//! mirrors, interned strings, pending exceptions); objects never move.

use crate::value::{Ref, Value, NULL};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// An object's payload: instance fields or array elements.
pub enum Body {
    Free,
    Fields(Box<[Value]>),
    Bytes(Box<[i8]>),
    Chars(Box<[u16]>),
    Shorts(Box<[i16]>),
    Ints(Box<[i32]>),
    Longs(Box<[i64]>),
    Floats(Box<[f32]>),
    Doubles(Box<[f64]>),
    Refs(Box<[Ref]>),
}

impl Body {
    pub fn array_len(&self) -> Option<usize> {
        Some(match self {
            Body::Bytes(a) => a.len(),
            Body::Chars(a) => a.len(),
            Body::Shorts(a) => a.len(),
            Body::Ints(a) => a.len(),
            Body::Longs(a) => a.len(),
            Body::Floats(a) => a.len(),
            Body::Doubles(a) => a.len(),
            Body::Refs(a) => a.len(),
            _ => return None,
        })
    }
    fn bytes(&self) -> usize {
        const V: usize = core::mem::size_of::<Value>();
        match self {
            Body::Free => 0,
            Body::Fields(f) => f.len() * V,
            Body::Bytes(a) => a.len(),
            Body::Chars(a) => a.len() * 2,
            Body::Shorts(a) => a.len() * 2,
            Body::Ints(a) => a.len() * 4,
            Body::Longs(a) => a.len() * 8,
            Body::Floats(a) => a.len() * 4,
            Body::Doubles(a) => a.len() * 8,
            Body::Refs(a) => a.len() * 4,
        }
    }
}

pub struct Obj {
    pub class: u32,
    /// Identity hash, 0 until first asked for.
    pub hash: u32,
    /// Monitor: owning thread id + 1 (0 = unlocked) and recursion count.
    pub lock_owner: u32,
    pub lock_count: u32,
    marked: bool,
    pub body: Body,
}

/// Fixed per-object bookkeeping charged against the heap limit.
const HEADER: usize = 32;

/// Field boxes of collected objects are kept for reuse by length, up to
/// this many fields, and in all up to `POOL_BYTES` (at most 1/16 of the
/// heap limit; see `Heap::fields`). 4 MiB holds all the field boxes a busy
/// HTTP server frees between two collections (1 MiB held about half).
const POOL_LENS: usize = 17;
const POOL_BYTES: usize = 4 << 20;

pub struct Heap {
    pub objs: Vec<Obj>,
    free: Vec<Ref>,
    /// Bytes charged for live (or not yet collected) objects.
    pub used: usize,
    /// `-Xmx`: collections happen before `used` would pass it; then OutOfMemoryError.
    pub max: usize,
    /// Collect when `used` passes this soft threshold (grows with the live set).
    pub next_gc: usize,
    /// Stress mode: collect at every N-th allocation site (0 = off).
    pub stress_every: u32,
    pub allocs: u64,
    pub collections: u64,
    hash_seed: u32,
    /// Field boxes of collected objects by length: allocating an object
    /// takes one instead of calling the allocator, and a collection puts
    /// them back instead of freeing them (bounded by `POOL_CAP`).
    field_pool: Vec<Vec<Box<[Value]>>>,
    /// Bytes of field boxes in the pool.
    pooled: usize,
}

impl Heap {
    pub fn new(max: usize, stress_every: u32) -> Heap {
        let mut objs = Vec::with_capacity(1024);
        // Index 0 is null and never allocated.
        objs.push(Obj {
            class: 0,
            hash: 0,
            lock_owner: 0,
            lock_count: 0,
            marked: true,
            body: Body::Free,
        });
        Heap {
            objs,
            free: Vec::new(),
            used: 0,
            max,
            next_gc: (4 << 20).min(max),
            stress_every,
            allocs: 0,
            collections: 0,
            hash_seed: 0x2545_F491,
            field_pool: (0..POOL_LENS).map(|_| Vec::new()).collect(),
            pooled: 0,
        }
    }

    /// A field box holding a copy of `template` (from the pool when it has one).
    #[inline]
    pub fn fields(&mut self, template: &[Value]) -> Box<[Value]> {
        match self
            .field_pool
            .get_mut(template.len())
            .and_then(|p| p.pop())
        {
            Some(mut b) => {
                self.pooled -= core::mem::size_of_val(&*b);
                b.copy_from_slice(template);
                b
            }
            None => template.into(),
        }
    }

    /// Whether an allocation of `bytes` should first run a collection.
    pub fn wants_gc(&mut self, bytes: usize) -> bool {
        self.allocs += 1;
        if self.stress_every != 0 && self.allocs.is_multiple_of(self.stress_every as u64) {
            return true;
        }
        self.used + bytes + HEADER > self.next_gc
    }

    /// Whether `objects` allocations of `bytes` in all fit before a collection
    /// is due (never in stress mode). In-place fast paths that allocate ask
    /// this and otherwise leave the work, and the collection, to Java code.
    pub fn room_for(&self, bytes: usize, objects: usize) -> bool {
        self.stress_every == 0 && self.used + bytes + objects * HEADER <= self.next_gc
    }

    /// Whether `bytes` fit under the hard limit (checked after a collection).
    pub fn fits(&self, bytes: usize) -> bool {
        self.used + bytes + HEADER <= self.max
    }

    pub fn alloc(&mut self, class: u32, body: Body) -> Ref {
        self.used += HEADER + body.bytes();
        let o = Obj {
            class,
            hash: 0,
            lock_owner: 0,
            lock_count: 0,
            marked: false,
            body,
        };
        match self.free.pop() {
            Some(r) => {
                self.objs[r as usize] = o;
                r
            }
            None => {
                self.objs.push(o);
                (self.objs.len() - 1) as Ref
            }
        }
    }

    #[inline(always)]
    pub fn get(&self, r: Ref) -> &Obj {
        &self.objs[r as usize]
    }
    #[inline(always)]
    pub fn get_mut(&mut self, r: Ref) -> &mut Obj {
        &mut self.objs[r as usize]
    }

    /// Two distinct objects, the first to read and the second to write (`a != b`).
    pub fn pair_mut(&mut self, a: Ref, b: Ref) -> (&Obj, &mut Obj) {
        let (a, b) = (a as usize, b as usize);
        assert!(a != b);
        if a < b {
            let (lo, hi) = self.objs.split_at_mut(b);
            (&lo[a], &mut hi[0])
        } else {
            let (lo, hi) = self.objs.split_at_mut(a);
            (&hi[0], &mut lo[b])
        }
    }

    pub fn identity_hash(&mut self, r: Ref) -> i32 {
        let h = self.objs[r as usize].hash;
        if h != 0 {
            return h as i32;
        }
        // xorshift; identity hashes are arbitrary but stable and non-zero.
        let mut x = self.hash_seed;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.hash_seed = x;
        let h = (x & 0x7fff_ffff).max(1);
        self.objs[r as usize].hash = h;
        h as i32
    }

    /// Mark from `roots`, then free everything unmarked.
    pub fn collect(&mut self, roots: &[Ref]) {
        self.collections += 1;
        let mut stack: Vec<Ref> = Vec::with_capacity(256);
        for &r in roots {
            self.mark_one(r, &mut stack);
        }
        while let Some(r) = stack.pop() {
            // Split borrow: take the body out while scanning it is not needed;
            // collect children first, then mark them.
            let n = stack.len();
            match &self.objs[r as usize].body {
                Body::Fields(f) => {
                    for v in f.iter() {
                        if let Value::Ref(c) = *v {
                            if c != NULL {
                                stack.push(c);
                            }
                        }
                    }
                }
                Body::Refs(a) => stack.extend(a.iter().copied().filter(|&c| c != NULL)),
                _ => {}
            }
            // Keep only children not yet marked, marking them now.
            let mut w = n;
            for i in n..stack.len() {
                let c = stack[i];
                if let Some(o) = self.objs.get_mut(c as usize) {
                    if !o.marked && !matches!(o.body, Body::Free) {
                        o.marked = true;
                        stack[w] = c;
                        w += 1;
                    }
                }
            }
            stack.truncate(w);
        }
        let mut used = 0;
        let pool_max = POOL_BYTES.min(self.max / 16);
        for (i, o) in self.objs.iter_mut().enumerate().skip(1) {
            if matches!(o.body, Body::Free) {
                continue;
            }
            if o.marked {
                o.marked = false;
                used += HEADER + o.body.bytes();
            } else {
                if let Body::Fields(f) = core::mem::replace(&mut o.body, Body::Free) {
                    let bytes = core::mem::size_of_val(&*f);
                    if let Some(p) = self.field_pool.get_mut(f.len()) {
                        if bytes != 0 && self.pooled + bytes <= pool_max {
                            self.pooled += bytes;
                            p.push(f);
                        }
                    }
                }
                o.lock_owner = 0;
                o.lock_count = 0;
                self.free.push(i as Ref);
            }
        }
        self.used = used;
        self.next_gc = (used * 2).max(4 << 20).min(self.max);
    }

    fn mark_one(&mut self, r: Ref, stack: &mut Vec<Ref>) {
        if r == NULL {
            return;
        }
        if let Some(o) = self.objs.get_mut(r as usize) {
            if !o.marked && !matches!(o.body, Body::Free) {
                o.marked = true;
                stack.push(r);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_unreachable_and_keeps_reachable() {
        let mut h = Heap::new(1 << 20, 0);
        let leaf = h.alloc(1, Body::Ints(alloc::vec![1, 2, 3].into()));
        let root = h.alloc(
            1,
            Body::Fields(alloc::vec![Value::Ref(leaf), Value::Int(7)].into()),
        );
        let arr = h.alloc(1, Body::Refs(alloc::vec![root, NULL].into()));
        let garbage = h.alloc(1, Body::Fields(alloc::vec![Value::Ref(arr)].into()));
        let cycle_a = h.alloc(1, Body::Fields(alloc::vec![Value::Ref(NULL)].into()));
        let cycle_b = h.alloc(1, Body::Fields(alloc::vec![Value::Ref(cycle_a)].into()));
        if let Body::Fields(f) = &mut h.get_mut(cycle_a).body {
            f[0] = Value::Ref(cycle_b);
        }
        h.collect(&[arr]);
        for r in [leaf, root, arr] {
            assert!(!matches!(h.get(r).body, Body::Free));
        }
        for r in [garbage, cycle_a, cycle_b] {
            assert!(matches!(h.get(r).body, Body::Free));
        }
        // Freed slots are reused.
        let again = h.alloc(2, Body::Bytes(alloc::vec![0; 4].into()));
        assert!([garbage, cycle_a, cycle_b].contains(&again));
    }

    #[test]
    fn pooled_field_boxes_come_back_as_fresh_copies_of_the_template() {
        let mut h = Heap::new(64 << 20, 0);
        let template = [Value::Int(0), Value::Ref(NULL), Value::Long(0)];
        let body = Body::Fields(h.fields(&template));
        let a = h.alloc(1, body);
        if let Body::Fields(f) = &mut h.get_mut(a).body {
            f[0] = Value::Int(42);
            f[2] = Value::Long(-1);
        }
        h.collect(&[]);
        assert!(matches!(h.get(a).body, Body::Free));
        assert_eq!(h.field_pool[3].len(), 1);
        let body = Body::Fields(h.fields(&template));
        let b = h.alloc(1, body);
        assert_eq!(h.field_pool[3].len(), 0);
        match &h.get(b).body {
            Body::Fields(f) => assert_eq!(&f[..], &template[..]),
            _ => panic!("not an object"),
        }
        // Objects without fields are never pooled.
        let body = Body::Fields(h.fields(&[]));
        let c = h.alloc(1, body);
        h.collect(&[b]);
        assert!(matches!(h.get(c).body, Body::Free));
        assert!(h.field_pool[0].is_empty());
    }

    #[test]
    fn stress_mode_asks_for_gc_every_nth_allocation() {
        let mut h = Heap::new(1 << 30, 3);
        let asks: alloc::vec::Vec<bool> = (0..6).map(|_| h.wants_gc(8)).collect();
        assert_eq!(asks, [false, false, true, false, false, true]);
    }
}
