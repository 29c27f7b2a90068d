//! Mutation fuzzing of the class-file parser (used by `classfuzz` and a short test).

pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

pub fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut b = seed.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        if b.is_empty() {
            b.push(0);
        }
        let i = rng.below(b.len());
        match rng.below(7) {
            0 => b[i] ^= 1 << rng.below(8),
            1 => b[i] = [0u8, 1, 0x7f, 0x80, 0xff, 0xfe][rng.below(6)],
            2 => {
                let v =
                    [0u16, 1, 0xffff, 0x7fff, 0x8000, b.len() as u16][rng.below(6)].to_be_bytes();
                b[i] = v[0];
                if i + 1 < b.len() {
                    b[i + 1] = v[1];
                }
            }
            3 => b.insert(i, rng.next_u64() as u8),
            4 => {
                b.remove(i);
            }
            5 => b.truncate(i),
            _ => {
                let n = 1 + rng.below(16);
                let src = rng.below(b.len());
                for k in 0..n {
                    if i + k < b.len() && src + k < b.len() {
                        b[i + k] = b[src + k];
                    }
                }
            }
        }
    }
    b
}

/// Runs `iterations` mutations; returns (accepted, rejected).
pub fn fuzz(
    seeds: &[Vec<u8>],
    iterations: u64,
    seed: u64,
    before: impl FnMut(&[u8]),
) -> (u64, u64) {
    let (ok, err, _) = fuzz_with(seeds, iterations, seed, before, None);
    (ok, err)
}

/// Like [`fuzz`]; with a VM, every class that parses is also linked and all its
/// methods decoded and verified (errors are fine, panics are not).
/// Returns (parsed, rejected, methods that passed verification).
pub fn fuzz_with(
    seeds: &[Vec<u8>],
    iterations: u64,
    seed: u64,
    mut before: impl FnMut(&[u8]),
    mut vm: Option<&mut jvm::Vm>,
) -> (u64, u64, u64) {
    let mut verified = 0;
    let mut rng = Rng(seed | 1);
    let (mut ok, mut err) = (0, 0);
    for _ in 0..iterations {
        let s = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, s);
        before(&input);
        match jvm::ClassFile::parse(&input) {
            Ok(cf) => {
                ok += 1;
                if let Some(vm) = vm.as_deref_mut() {
                    if let Ok(c) = vm.define(cf) {
                        for m in vm.classes[c as usize].methods.clone() {
                            let meth = &vm.methods[m as usize];
                            if meth.native.is_none()
                                && !meth.is_abstract()
                                && jvm::interp::decode(vm, m).is_ok()
                            {
                                verified += 1;
                            }
                        }
                    }
                }
            }
            Err(e) => {
                assert!(
                    e.offset <= input.len(),
                    "error offset {} past input length {}",
                    e.offset,
                    input.len()
                );
                err += 1;
            }
        }
    }
    (ok, err, verified)
}
