//! The choice stream that drives the generator, and the seeded numbers of its values.

/// Decisions read one byte at a time; 0 once the stream is exhausted.
#[derive(Clone, Debug)]
pub struct Choices {
    bytes: Vec<u8>,
    at: usize,
}

impl Choices {
    /// A stream over `bytes`.
    pub fn new(bytes: &[u8]) -> Self {
        Choices { bytes: bytes.to_vec(), at: 0 }
    }

    /// A number in `0..n` (0 when `n` is 0 or the stream is exhausted).
    pub fn pick(&mut self, n: usize) -> usize {
        let byte = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        if n == 0 {
            0
        } else {
            byte as usize % n
        }
    }

    /// Whether every choice has been read.
    pub fn exhausted(&self) -> bool {
        self.at >= self.bytes.len()
    }

    /// One of `options` (the first when exhausted).
    pub fn one_of<T: Copy>(&mut self, options: &[T]) -> T {
        options[self.pick(options.len())]
    }

    /// A coin that comes up `true` with probability about 1/`odds`.
    pub fn chance(&mut self, odds: usize) -> bool {
        self.pick(odds.max(1)) == odds.max(1) - 1
    }
}

/// SplitMix64: the seeded numbers of initializer values and inputs.
#[derive(Clone, Debug)]
pub struct SplitMix(pub u64);

impl SplitMix {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number uniform in `[lo, hi)`, rounded to f32.
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f32 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (lo + (hi - lo) * unit) as f32
    }
}
