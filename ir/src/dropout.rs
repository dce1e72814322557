//! Dropout's mask: a pure function of the node's `seed`, the element's position within one sample
//! (axis 0 is the batch) and the `ratio`, so that a training step drops the same elements on every
//! run and on any number of replicas (a shard's samples are masked as in the global batch), and
//! the backward pass recomputes the forward's mask instead of storing it. Every sample of a batch
//! shares the mask.

/// The position within its sample of element `index` of a tensor of `shape` (row-major).
pub fn position(index: usize, shape: &[usize]) -> u64 {
    let per_sample: usize = shape.iter().skip(1).product();
    (index % per_sample.max(1)) as u64
}

/// Whether the element at `index` (see [`position`]) of a Dropout with `seed` and drop probability `ratio` is kept: a
/// SplitMix64 hash of `(seed, index)` mapped to `[0, 1)` and compared with `ratio`.
pub fn keeps(seed: i64, index: u64, ratio: f64) -> bool {
    let mut z = (seed as u64) ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64 >= ratio
}
