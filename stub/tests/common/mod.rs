//! Helpers the stub's test files share.

/// `n` pseudo-random bytes (xorshift64; `seed` must not be 0).
pub fn noise(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}
