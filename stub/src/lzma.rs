//! An LZMA decoder for raw LZMA streams (no header, no end marker needed),
//! written from the LZMA specification (`lzma-specification.txt` of the
//! LZMA SDK): a range decoder with adaptive 11-bit probabilities, literals
//! coded with `lc` bits of the previous byte and `lp` bits of the position
//! (and against the byte at the last distance after a match), matches and
//! the four "rep" distances, length and distance trees.
//!
//! This one file is compiled twice: into the host crate (`mote_stub::lzma`,
//! for the packer's round trip and the tests) and by `build.rs`, on its own,
//! into the position-independent 64-bit blob the stub calls at boot. So it
//! uses `core` only, allocates nothing (the probabilities live in a
//! caller-provided [`Probs`], the output is a caller-provided slice) and has
//! no panicking path: indices into fixed arrays are masked, slice accesses
//! go through `get`, and the build script rejects a blob that references any
//! symbol (a panic function included) it does not define. Corrupt input
//! gives an [`Error`] or wrong bytes, never a write outside `out`.

/// Largest `lc + lp` the decoder takes (its literal tables are sized for it).
pub const MAX_LC_LP: u32 = 4;

/// Why a stream did not decode (the blob returns these as numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Error {
    /// lc/lp/pb out of range.
    Props = 1,
    /// The stream is shorter than its first 5 bytes, does not start with
    /// a zero byte, or ran out before the output was full.
    Input = 2,
    /// A distance before the output's start, or an end marker before the
    /// output is full.
    Data = 3,
    /// A match runs past the output's end.
    Length = 4,
    /// The range decoder did not end in its final state (code 0).
    Finish = 5,
}

/// lc, lp and pb (literal context bits, literal position bits, position bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Props {
    pub lc: u32,
    pub lp: u32,
    pub pb: u32,
}

impl Props {
    /// `lc | lp << 8 | pb << 16`, as the stub's header stores it.
    pub fn to_u32(self) -> u32 {
        self.lc | self.lp << 8 | self.pb << 16
    }

    /// The inverse of [`Props::to_u32`], if the values are ones the decoder takes.
    pub fn from_u32(v: u32) -> Option<Props> {
        let p = Props {
            lc: v & 0xff,
            lp: (v >> 8) & 0xff,
            pb: (v >> 16) & 0xff,
        };
        (v >> 24 == 0 && p.lp <= 4 && p.pb <= 4 && p.lc + p.lp <= MAX_LC_LP).then_some(p)
    }
}

const PROB_BITS: u32 = 11;
const PROB_ONE: u32 = 1 << PROB_BITS;
const MOVE_BITS: u32 = 5;
const PROB_INIT: u16 = (PROB_ONE / 2) as u16;

/// Probabilities of one length coder (match or rep lengths).
#[repr(C)]
pub struct LenProbs {
    choice: [u16; 2],
    low: [[u16; 8]; 16],
    mid: [[u16; 8]; 16],
    high: [u16; 256],
}

/// Every probability of the decoder (about 36 KB); the caller provides the
/// memory, [`decode`] initializes it. Plain `u16`s: all zero is a valid value.
#[repr(C)]
pub struct Probs {
    is_match: [u16; 256],
    is_rep0_long: [u16; 256],
    is_rep: [u16; 16],
    is_rep_g0: [u16; 16],
    is_rep_g1: [u16; 16],
    is_rep_g2: [u16; 16],
    pos_slot: [[u16; 64]; 4],
    pos_special: [u16; 128],
    align: [u16; 16],
    len: LenProbs,
    rep_len: LenProbs,
    /// 0x300 probabilities per literal state (padded to 0x400 so a mask
    /// bounds the index), 1 << (lc + lp) states.
    literal: [[u16; 0x400]; 1 << MAX_LC_LP],
}

const LEN_ZERO: LenProbs = LenProbs {
    choice: [0; 2],
    low: [[0; 8]; 16],
    mid: [[0; 8]; 16],
    high: [0; 256],
};

impl Probs {
    /// All zero (for a host-side `Box::new`; [`decode`] sets the real values).
    pub const ZERO: Probs = Probs {
        is_match: [0; 256],
        is_rep0_long: [0; 256],
        is_rep: [0; 16],
        is_rep_g0: [0; 16],
        is_rep_g1: [0; 16],
        is_rep_g2: [0; 16],
        pos_slot: [[0; 64]; 4],
        pos_special: [0; 128],
        align: [0; 16],
        len: LEN_ZERO,
        rep_len: LEN_ZERO,
        literal: [[0; 0x400]; 1 << MAX_LC_LP],
    };

    fn reset(&mut self) {
        fn fill(s: &mut [u16]) {
            for p in s {
                *p = PROB_INIT;
            }
        }
        fn fill_len(l: &mut LenProbs) {
            fill(&mut l.choice);
            for a in l.low.iter_mut().chain(l.mid.iter_mut()) {
                fill(a);
            }
            fill(&mut l.high);
        }
        fill(&mut self.is_match);
        fill(&mut self.is_rep0_long);
        fill(&mut self.is_rep);
        fill(&mut self.is_rep_g0);
        fill(&mut self.is_rep_g1);
        fill(&mut self.is_rep_g2);
        for a in &mut self.pos_slot {
            fill(a);
        }
        fill(&mut self.pos_special);
        fill(&mut self.align);
        fill_len(&mut self.len);
        fill_len(&mut self.rep_len);
        for a in &mut self.literal {
            fill(a);
        }
    }
}

/// The range decoder. Past the input's end it reads zeros and remembers
/// it (checked once at the end: the output is bounded either way).
struct Range<'a> {
    input: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
    overrun: bool,
}

impl Range<'_> {
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            let b = match self.input.get(self.pos) {
                Some(&b) => b,
                None => {
                    self.overrun = true;
                    0
                }
            };
            self.pos = self.pos.wrapping_add(1);
            self.code = self.code << 8 | b as u32;
        }
    }

    /// One bit with the adaptive probability `p` (of a zero).
    #[inline(always)]
    fn bit(&mut self, p: &mut u16) -> usize {
        let v = *p as u32;
        let bound = (self.range >> PROB_BITS) * v;
        let bit = if self.code < bound {
            self.range = bound;
            *p = (v + ((PROB_ONE - v) >> MOVE_BITS)) as u16;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *p = (v - (v >> MOVE_BITS)) as u16;
            1
        };
        self.normalize();
        bit
    }

    /// `bits` bits, most significant first, through a tree of
    /// probabilities (`N` a power of two, at least `1 << bits`).
    #[inline(always)]
    fn tree<const N: usize>(&mut self, probs: &mut [u16; N], bits: u32) -> usize {
        let mut m = 1;
        for _ in 0..bits {
            m = m << 1 | self.bit(&mut probs[m & (N - 1)]);
        }
        m - (1 << bits)
    }

    /// `bits` bits, least significant first, through the tree at `base`.
    #[inline(always)]
    fn reverse<const N: usize>(&mut self, probs: &mut [u16; N], base: usize, bits: u32) -> u32 {
        let (mut m, mut sym) = (1, 0);
        for i in 0..bits {
            let b = self.bit(&mut probs[(base + m) & (N - 1)]);
            m = m << 1 | b;
            sym |= (b as u32) << i;
        }
        sym
    }

    /// `bits` bits with probability one half each.
    fn direct(&mut self, bits: u32) -> u32 {
        let mut res = 0u32;
        for _ in 0..bits {
            self.range >>= 1;
            self.code = self.code.wrapping_sub(self.range);
            let t = 0u32.wrapping_sub(self.code >> 31); // all ones: the bit is 0
            self.code = self.code.wrapping_add(self.range & t);
            res = res << 1 | (t.wrapping_add(1));
            self.normalize();
        }
        res
    }

    /// A match length minus 2 (0..=271).
    fn len(&mut self, l: &mut LenProbs, pos_state: usize) -> usize {
        if self.bit(&mut l.choice[0]) == 0 {
            self.tree(&mut l.low[pos_state & 15], 3)
        } else if self.bit(&mut l.choice[1]) == 0 {
            8 + self.tree(&mut l.mid[pos_state & 15], 3)
        } else {
            16 + self.tree(&mut l.high, 8)
        }
    }

    /// A match distance minus 1 (u32::MAX: the end marker).
    fn distance(&mut self, p: &mut Probs, len: usize) -> u32 {
        let slot = self.tree(&mut p.pos_slot[len.min(3)], 6) as u32;
        if slot < 4 {
            return slot;
        }
        let bits = (slot >> 1) - 1;
        let base = (2 | (slot & 1)) << bits;
        if slot < 14 {
            base + self.reverse(&mut p.pos_special, (base - slot) as usize, bits)
        } else {
            let mid = self.direct(bits - 4) << 4;
            base.wrapping_add(mid)
                .wrapping_add(self.reverse(&mut p.align, 0, 4))
        }
    }
}

/// What the stub's blob runs on an image payload: [`decode`], then the
/// x86 branch filter undone on the whole output
/// ([`crate::x86_branches`]), whose first byte lives at address `addr`.
pub fn decode_image(
    props: u32,
    input: &[u8],
    out: &mut [u8],
    p: &mut Probs,
    addr: u32,
) -> Result<usize, Error> {
    let n = decode(props, input, out, p)?;
    crate::x86_branches::decode(out, addr);
    Ok(n)
}

/// Decodes the raw LZMA stream `input` (as `xz --format=raw --lzma1` or an
/// LZMA encoder without header writes it) with `props` (see
/// [`Props::to_u32`]) until `out` is full. Returns the input bytes the
/// range decoder consumed.
pub fn decode(props: u32, input: &[u8], out: &mut [u8], p: &mut Probs) -> Result<usize, Error> {
    let Props { lc, lp, pb } = Props::from_u32(props).ok_or(Error::Props)?;
    p.reset();
    let head = input.get(..5).ok_or(Error::Input)?;
    if head[0] != 0 {
        return Err(Error::Input);
    }
    let mut rc = Range {
        input,
        pos: 5,
        range: u32::MAX,
        code: u32::from_be_bytes([head[1], head[2], head[3], head[4]]),
        overrun: false,
    };
    if rc.code == rc.range {
        return Err(Error::Input);
    }
    let lp_mask = (1usize << lp) - 1;
    let pb_mask = (1usize << pb) - 1;
    let mut state = 0usize;
    let mut reps = [0u32; 4];
    let mut pos = 0usize;
    let end = out.len();
    while pos < end {
        let ps = pos & pb_mask;
        if rc.bit(&mut p.is_match[(state << 4 | ps) & 255]) == 0 {
            // a literal
            let prev = out.get(pos.wrapping_sub(1)).copied().unwrap_or(0) as usize;
            let lit_state = ((pos & lp_mask) << lc) + (prev >> (8 - lc));
            let probs = &mut p.literal[lit_state & ((1 << MAX_LC_LP) - 1)];
            let mut sym = 1usize;
            if state >= 7 {
                // after a match: coded against the byte at the last distance
                let at = pos.wrapping_sub(reps[0] as usize).wrapping_sub(1);
                let mut matched = *out.get(at).ok_or(Error::Data)? as usize;
                loop {
                    let mbit = (matched >> 7) & 1;
                    matched <<= 1;
                    let b = rc.bit(&mut probs[(((1 + mbit) << 8) + sym) & 0x3ff]);
                    sym = sym << 1 | b;
                    if mbit != b || sym >= 0x100 {
                        break;
                    }
                }
            }
            while sym < 0x100 {
                sym = sym << 1 | rc.bit(&mut probs[sym & 0x3ff]);
            }
            if let Some(o) = out.get_mut(pos) {
                *o = sym as u8;
            }
            pos += 1;
            state = match state {
                0..4 => 0,
                4..10 => state - 3,
                _ => state - 6,
            };
            continue;
        }
        let len;
        if rc.bit(&mut p.is_rep[state & 15]) != 0 {
            if pos == 0 {
                return Err(Error::Data);
            }
            if rc.bit(&mut p.is_rep_g0[state & 15]) == 0 {
                if rc.bit(&mut p.is_rep0_long[(state << 4 | ps) & 255]) == 0 {
                    // a "short rep": one byte from the last distance
                    state = if state < 7 { 9 } else { 11 };
                    let at = pos.wrapping_sub(reps[0] as usize).wrapping_sub(1);
                    let b = *out.get(at).ok_or(Error::Data)?;
                    if let Some(o) = out.get_mut(pos) {
                        *o = b;
                    }
                    pos += 1;
                    continue;
                }
            } else {
                let d;
                if rc.bit(&mut p.is_rep_g1[state & 15]) == 0 {
                    d = reps[1];
                } else {
                    if rc.bit(&mut p.is_rep_g2[state & 15]) == 0 {
                        d = reps[2];
                    } else {
                        d = reps[3];
                        reps[3] = reps[2];
                    }
                    reps[2] = reps[1];
                }
                reps[1] = reps[0];
                reps[0] = d;
            }
            len = rc.len(&mut p.rep_len, ps);
            state = if state < 7 { 8 } else { 11 };
        } else {
            reps[3] = reps[2];
            reps[2] = reps[1];
            reps[1] = reps[0];
            len = rc.len(&mut p.len, ps);
            state = if state < 7 { 7 } else { 10 };
            reps[0] = rc.distance(p, len);
            if reps[0] == u32::MAX {
                // the end marker, before the output is full
                return Err(Error::Data);
            }
        }
        let n = len + 2;
        let dist = reps[0] as usize + 1;
        if dist > pos {
            return Err(Error::Data);
        }
        if n > end - pos {
            return Err(Error::Length);
        }
        // the source and the destination in one slice: to[j] = from[j % dist]
        // (a match longer than its distance repeats the last dist bytes)
        let w = out.get_mut(pos - dist..pos + n).ok_or(Error::Length)?;
        let (from, to) = w.split_at_mut_checked(dist).ok_or(Error::Length)?;
        for chunk in to.chunks_mut(dist) {
            for (t, f) in chunk.iter_mut().zip(from.iter()) {
                *t = *f;
            }
        }
        pos += n;
    }
    if rc.overrun {
        return Err(Error::Input);
    }
    if rc.code != 0 {
        return Err(Error::Finish);
    }
    Ok(rc.pos)
}
