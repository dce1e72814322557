//! How a global batch is split over replicas (docs/architecture.md section 5): consecutive ranges,
//! as even as possible, earlier parts taking the remainder. Also the split of a payload over the
//! members of a reduce-scatter.

use std::ops::Range;

/// `n` rows split into `parts` consecutive ranges as evenly as possible: earlier parts take one more
/// row when `n` does not divide; ranges may be empty. `parts` 0 is taken as 1.
pub fn split_batch(n: usize, parts: usize) -> Vec<Range<usize>> {
    let parts = parts.max(1);
    (0..parts).map(|i| part(n, parts, i)).collect()
}

/// Range `i` of [`split_batch`]`(n, parts)`, for `i < parts`.
pub fn part(n: usize, parts: usize, i: usize) -> Range<usize> {
    let parts = parts.max(1);
    let (base, extra) = (n / parts, n % parts);
    let start = i * base + i.min(extra);
    start..start + base + usize::from(i < extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_parts_take_the_remainder() {
        assert_eq!(split_batch(7, 3), vec![0..3, 3..5, 5..7]);
        assert_eq!(split_batch(10, 4), vec![0..3, 3..6, 6..8, 8..10]);
        assert_eq!(split_batch(9, 3), vec![0..3, 3..6, 6..9]);
        assert_eq!(split_batch(2, 4), vec![0..1, 1..2, 2..2, 2..2]);
        assert_eq!(split_batch(0, 2), vec![0..0, 0..0]);
        assert_eq!(split_batch(0, 3), vec![0..0, 0..0, 0..0]);
        assert_eq!(split_batch(5, 0), vec![0..5]);
        assert_eq!(part(10, 4, 3), 8..10);
    }
}
