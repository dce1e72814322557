//! Products of a large weight with a few columns (a Conv over maps of a few positions: ResNet's
//! last stages, MobileNet's last pointwise Convs), each element computed the same way however the
//! output is split: the in-process replicas of a training run compute them together, each a part
//! of the output for every replica ([`crate::team`]), and a replica alone (an MPI rank, a single
//! step) gets the same bits from the same kernels: the product with the weight as dot products
//! row by row (a row of the weight stays in cache for every replica's columns), the transposed one
//! a segment of the weight's columns at a time (the segment stays in cache), the weight gradient
//! row by row, summed over the replicas as an all-reduce sums them.
//!
//! Memory is the limit there: the weight is read (or its gradient written) once per product, so a
//! team of R replicas moves a weight once where R replicas alone move it R times.

use std::ops::Range;
use std::sync::OnceLock;

/// The environment variable that sets the weights from which a Conv over a few positions or a
/// Linear layer is weight-bound ([`min_weights`]).
pub const MIN_WEIGHTS_ENV: &str = "SYNCBN_WEIGHT_BOUND_MIN_WEIGHTS";
/// Weights from which a layer is weight-bound unless [`MIN_WEIGHTS_ENV`] says otherwise (4 MiB of
/// f32: smaller weights stay in the last-level cache between replicas, where a team's meetings
/// cost more than the reads they save).
const MIN_WEIGHTS: usize = 1 << 20;
/// Output positions per image up to which a Conv of many weights is weight-bound.
const MAX_POSITIONS: usize = 4;
/// Columns (images times positions) of one replica up to which [`weight_grad_row`] computes its
/// weight gradient; a replica with more computes it through the `gemm` crate, alone.
pub(crate) const MAX_COLUMNS: usize = 32;

/// Whether a Conv with `group` groups, `weights` weights and `positions` output positions per
/// image is weight-bound (its products go through this module).
pub(crate) fn is_weight_bound(group: usize, weights: usize, positions: usize) -> bool {
    static MIN: OnceLock<usize> = OnceLock::new();
    let min = *MIN.get_or_init(|| min_weights().unwrap_or(MIN_WEIGHTS));
    group == 1 && weights >= min && positions <= MAX_POSITIONS
}

/// The weights from which a Conv over a few positions or a Linear layer is weight-bound: its
/// products go through the kernels here and the in-process replicas of a run compute them as a
/// team. [`MIN_WEIGHTS_ENV`] when set and not empty (a whole number >= 1; else an error naming
/// it), else 1,048,576. The same on every rank of an MPI job, or their bits differ from a threaded run's.
pub fn min_weights() -> Result<usize, String> {
    match std::env::var(MIN_WEIGHTS_ENV) {
        Err(_) => Ok(MIN_WEIGHTS),
        Ok(v) if v.trim().is_empty() => Ok(MIN_WEIGHTS),
        Ok(v) => v.trim().parse::<usize>().ok().filter(|&n| n >= 1).ok_or_else(|| {
            format!("environment variable {MIN_WEIGHTS_ENV}={v:?}: expected a whole number of weights >= 1")
        }),
    }
}

/// Partial sums of a dot product ([`dot`]), summed pairwise at its end.
const LANES: usize = 16;
/// Inner indices of the transposed product summed at once in registers ([`transposed_rows`]).
const SEGMENT: usize = 32;

/// Rows `rows` of `w @ cols^T` for every replica's columns (`columns[q]`: `count` vectors of `k`,
/// one after the other): `put(q, r, j, value)`, each value the [`dot`] of row `r` of `w` (`k`
/// columns, row-major) and vector `j`, computed the same way whoever computes it.
pub(crate) fn product_rows(
    w: &[f32],
    k: usize,
    rows: Range<usize>,
    columns: &[(&[f32], usize)],
    put: &mut dyn FnMut(usize, usize, usize, f32),
) {
    for r in rows {
        let row = &w[r * k..(r + 1) * k];
        for (q, &(cols, count)) in columns.iter().enumerate() {
            for (j, col) in cols.chunks_exact(k.max(1)).take(count).enumerate() {
                put(q, r, j, dot(row, col));
            }
        }
    }
}

/// Inner indices `inner` of `w^T @ grads[q]` for every replica (`w`: `m x k`, `grads[q]`: `m x
/// count`, row-major): `put(q, i, j, value)`, each value the sum over rows `r` in order, from 0,
/// of `w[r, i] * grad[r, j]`, computed the same way whoever computes it. The rows of a segment of
/// [`SEGMENT`] columns of `w` stay in cache for every replica's columns.
pub(crate) fn transposed_rows(
    w: &[f32],
    (m, k): (usize, usize),
    inner: Range<usize>,
    grads: &[(&[f32], usize)],
    put: &mut dyn FnMut(usize, usize, usize, f32),
) {
    let mut sums = [0.0f32; SEGMENT];
    for start in inner.clone().step_by(SEGMENT) {
        let segment = start..(start + SEGMENT).min(inner.end);
        for (q, &(grad, count)) in grads.iter().enumerate() {
            for j in 0..count {
                transposed_segment(w, (m, k), segment.clone(), (grad, count, j), &mut sums);
                segment.clone().zip(&sums).for_each(|(i, &v)| put(q, i, j, v));
            }
        }
    }
}

/// `sums[i - segment.start] = sum over r in order of w[r, i] * grad[r * count + j]` for `i` in
/// `segment`; [`SEGMENT`] values in AVX registers where the CPU has AVX and the segment is whole,
/// the same operations in the same order either way.
fn transposed_segment(
    w: &[f32],
    (m, k): (usize, usize),
    segment: Range<usize>,
    (grad, count, j): (&[f32], usize, usize),
    sums: &mut [f32; SEGMENT],
) {
    let fits = segment.len() == SEGMENT && segment.end <= k && w.len() >= m * k && grad.len() >= m * count;
    if fits && has_avx() {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: the CPU has AVX; the segment lies inside every row of `w`, `grad` holds m rows.
        return unsafe { transposed_segment_avx(w, (m, k), segment.start, (grad, count, j), sums) };
    }
    sums.fill(0.0);
    for r in 0..m {
        let c = grad[r * count + j];
        let row = &w[r * k + segment.start..r * k + segment.end];
        sums.iter_mut().zip(row).for_each(|(s, &v)| *s += c * v);
    }
}

/// [`transposed_segment`] of a whole segment from `start`.
///
/// # Safety
/// The CPU has AVX, `start + SEGMENT <= k`, `w` holds `m x k` values and `grad` `m x count`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn transposed_segment_avx(
    w: &[f32],
    (m, k): (usize, usize),
    start: usize,
    (grad, count, j): (&[f32], usize, usize),
    sums: &mut [f32; SEGMENT],
) {
    use std::arch::x86_64::{_mm256_add_ps, _mm256_loadu_ps, _mm256_mul_ps, _mm256_set1_ps};
    use std::arch::x86_64::{_mm256_setzero_ps, _mm256_storeu_ps};
    // SAFETY: by the contract every load reads inside row r of `w` and `grad`; the stores write
    // the 32 values of `sums`.
    unsafe {
        let mut acc = [_mm256_setzero_ps(); SEGMENT / 8];
        for r in 0..m {
            let c = _mm256_set1_ps(*grad.get_unchecked(r * count + j));
            let row = w.as_ptr().add(r * k + start);
            for (l, a) in acc.iter_mut().enumerate() {
                *a = _mm256_add_ps(*a, _mm256_mul_ps(c, _mm256_loadu_ps(row.add(8 * l))));
            }
        }
        for (l, a) in acc.iter().enumerate() {
            _mm256_storeu_ps(sums.as_mut_ptr().add(8 * l), *a);
        }
    }
}

/// `a . b` in [`LANES`] partial sums (lane `l` sums the products at `l` modulo `LANES`, in
/// order), summed pairwise: the same operations in the same order on every instruction set.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let whole = n - n % LANES;
    let mut acc = [0.0f32; LANES];
    if has_avx() {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: the CPU has AVX.
        unsafe {
            dot_lanes_avx(&a[..whole], &b[..whole], &mut acc)
        };
    } else {
        dot_lanes(&a[..whole], &b[..whole], &mut acc);
    }
    finish_dot(acc, &a[whole..n], &b[whole..n])
}

/// The end of [`dot`]: the products of the tails `a` and `b` (fewer than [`LANES`]) added to the
/// first partial sums, then the partial sums summed pairwise.
fn finish_dot(mut acc: [f32; LANES], a: &[f32], b: &[f32]) -> f32 {
    for (l, (x, y)) in a.iter().zip(b).enumerate() {
        acc[l] += x * y;
    }
    let mut width = LANES;
    while width > 1 {
        width /= 2;
        for l in 0..width {
            acc[l] += acc[l + width];
        }
    }
    acc[0]
}

/// The whole chunks of [`dot`] into its partial sums, element by element.
fn dot_lanes(a: &[f32], b: &[f32], acc: &mut [f32; LANES]) {
    for (x, y) in a.chunks_exact(LANES).zip(b.chunks_exact(LANES)) {
        for l in 0..LANES {
            acc[l] += x[l] * y[l];
        }
    }
}

/// [`dot_lanes`] in two AVX vectors of 8 lanes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn dot_lanes_avx(a: &[f32], b: &[f32], acc: &mut [f32; LANES]) {
    use std::arch::x86_64::{_mm256_add_ps, _mm256_loadu_ps, _mm256_mul_ps, _mm256_storeu_ps};
    // SAFETY: every load reads 8 values inside a chunk of 16 of `a` or `b`; the stores write the
    // 16 values of `acc`.
    unsafe {
        let (mut lo, mut hi) = (_mm256_loadu_ps(acc.as_ptr()), _mm256_loadu_ps(acc.as_ptr().add(8)));
        for (x, y) in a.chunks_exact(LANES).zip(b.chunks_exact(LANES)) {
            let (x, y) = (x.as_ptr(), y.as_ptr());
            lo = _mm256_add_ps(lo, _mm256_mul_ps(_mm256_loadu_ps(x), _mm256_loadu_ps(y)));
            hi = _mm256_add_ps(hi, _mm256_mul_ps(_mm256_loadu_ps(x.add(8)), _mm256_loadu_ps(y.add(8))));
        }
        _mm256_storeu_ps(acc.as_mut_ptr(), lo);
        _mm256_storeu_ps(acc.as_mut_ptr().add(8), hi);
    }
}

/// One replica's part of a row of a weight gradient ([`weight_grad_row`]).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Term<'a> {
    /// `sum over j in order of coefs[j] * cols[j]` (`cols`: the replica's columns, each as long
    /// as the row, one after the other).
    Product {
        /// The replica's output gradient at the row, by column.
        coefs: &'a [f32],
        /// Its transposed im2col matrix.
        cols: &'a [f32],
    },
    /// The replica's row, computed already.
    Given(&'a [f32]),
}

/// A row of a weight gradient summed over `terms` in order (the first as it is, each next
/// added), each element summed in the same order however the rows are split; `out` is the row.
/// With `out_holds_first`, `out` already holds the first term and `terms` are the ones after it.
pub(crate) fn weight_grad_row(terms: &[Term<'_>], out: &mut [f32], out_holds_first: bool) {
    for (t, term) in terms.iter().enumerate() {
        let first = t == 0 && !out_holds_first;
        match *term {
            Term::Given(row) if first => out.copy_from_slice(row),
            Term::Given(row) => out.iter_mut().zip(row).for_each(|(o, &v)| *o += v),
            Term::Product { coefs, cols } => add_product(coefs, cols, out, first),
        }
    }
}

/// `out[i] = (out[i] +) sum over j in order, from 0, of coefs[j] * cols[j * k + i]` (`k`: the
/// length of `out`; without `out[i]` when `first`), eight elements at a time where the CPU has AVX:
/// the same operations in the same order either way.
fn add_product(coefs: &[f32], cols: &[f32], out: &mut [f32], first: bool) {
    let k = out.len();
    let whole = if cols.len() >= coefs.len() * k && has_avx() { k - k % 8 } else { 0 };
    if whole > 0 {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: the CPU has AVX and `cols` holds `coefs.len()` rows of `k` (else `whole` is 0).
        unsafe {
            add_product_avx(coefs, cols, &mut out[..whole], k, first)
        };
    }
    add_product_scalar(coefs, cols, out, first, whole);
}

/// Whether the CPU runs the AVX paths here (the same operations in the same order as the others).
fn has_avx() -> bool {
    #[cfg(target_arch = "x86_64")]
    return std::arch::is_x86_feature_detected!("avx");
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// [`add_product`] element by element, from element `from` of `out` on.
fn add_product_scalar(coefs: &[f32], cols: &[f32], out: &mut [f32], first: bool, from: usize) {
    let k = out.len();
    for (i, o) in out.iter_mut().enumerate().skip(from) {
        let mut t = 0.0f32;
        for (j, &a) in coefs.iter().enumerate() {
            t += a * cols[j * k + i];
        }
        *o = if first { t } else { *o + t };
    }
}

/// [`add_product`] for the elements of `out` (a multiple of 8, the first of rows `k` long).
///
/// # Safety
/// The CPU has AVX, and `cols` holds at least `coefs.len() * k` values with `out.len() <= k`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn add_product_avx(coefs: &[f32], cols: &[f32], out: &mut [f32], k: usize, first: bool) {
    use std::arch::x86_64::_mm256_storeu_ps;
    use std::arch::x86_64::{_mm256_add_ps, _mm256_loadu_ps, _mm256_mul_ps, _mm256_set1_ps, _mm256_setzero_ps};
    for (i, o) in out.chunks_exact_mut(8).enumerate() {
        // SAFETY: every load reads 8 values of row j of `cols` at 8 * i < k - 7; `o` holds 8.
        unsafe {
            let mut t = _mm256_setzero_ps();
            for (j, &a) in coefs.iter().enumerate() {
                let v = _mm256_loadu_ps(cols.as_ptr().add(j * k + 8 * i));
                t = _mm256_add_ps(t, _mm256_mul_ps(_mm256_set1_ps(a), v));
            }
            let sum = if first { t } else { _mm256_add_ps(_mm256_loadu_ps(o.as_ptr()), t) };
            _mm256_storeu_ps(o.as_mut_ptr(), sum);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(i: usize, seed: usize) -> f32 {
        ((i * 7919 + seed * 104_729) % 2001) as f32 * 1e-3 - 1.0
    }

    fn close(got: f32, want: f64, what: &str) {
        assert!((f64::from(got) - want).abs() <= 1e-4 * (1.0 + want.abs()), "{what}: {got} vs {want}");
    }

    /// The products with the weight against f64, for two replicas' columns at once; each value
    /// the same bits when computed for one replica alone or for a part of the rows (inner indices).
    #[test]
    fn products_with_the_weight_match_f64_and_do_not_depend_on_the_split() {
        for (m, k, counts) in [(13, 37, [2, 0]), (7, 300, [5, 1]), (40, 64, [1, 3]), (3, 16, [2, 2])] {
            let w: Vec<f32> = (0..m * k).map(|i| value(i, 1)).collect();
            let cols: Vec<Vec<f32>> = counts.iter().map(|&n| (0..n * k).map(|i| value(i, 2 + n)).collect()).collect();
            let grads: Vec<Vec<f32>> = counts.iter().map(|&n| (0..m * n).map(|i| value(i, 7 + n)).collect()).collect();
            let columns: Vec<(&[f32], usize)> = cols.iter().zip(counts).map(|(c, n)| (c.as_slice(), n)).collect();
            let gradients: Vec<(&[f32], usize)> = grads.iter().zip(counts).map(|(g, n)| (g.as_slice(), n)).collect();
            let mut together = Vec::new();
            product_rows(&w, k, 0..m, &columns, &mut |q, r, j, v| together.push((q, r, j, v.to_bits())));
            let mut split = Vec::new();
            for q in 0..2 {
                for rows in [0..m / 2, m / 2..m] {
                    let put = &mut |_, r, j, v: f32| split.push((q, r, j, v.to_bits()));
                    product_rows(&w, k, rows, &columns[q..q + 1], put);
                }
            }
            together.sort_unstable();
            split.sort_unstable();
            assert_eq!(together, split, "{m}x{k}: the product depends on the split");
            for &(q, r, j, bits) in &together {
                let want: f64 = (0..k).map(|i| f64::from(w[r * k + i]) * f64::from(cols[q][j * k + i])).sum();
                close(f32::from_bits(bits), want, "product");
            }
            let mut together = Vec::new();
            transposed_rows(&w, (m, k), 0..k, &gradients, &mut |q, i, j, v| together.push((q, i, j, v.to_bits())));
            let mut split = Vec::new();
            for q in 0..2 {
                for inner in [0..5, 5..k] {
                    let put = &mut |_, i, j, v: f32| split.push((q, i, j, v.to_bits()));
                    transposed_rows(&w, (m, k), inner, &gradients[q..q + 1], put);
                }
            }
            together.sort_unstable();
            split.sort_unstable();
            assert_eq!(together, split, "{m}x{k}: the transposed product depends on the split");
            for &(q, i, j, bits) in &together {
                let n = counts[q];
                let want: f64 = (0..m).map(|r| f64::from(w[r * k + i]) * f64::from(grads[q][r * n + j])).sum();
                close(f32::from_bits(bits), want, "transposed product");
            }
        }
    }

    /// The vector paths of the products with the weight have the bits of the element-by-element
    /// ones.
    #[test]
    fn products_with_the_weight_have_the_same_bits_on_every_instruction_set() {
        let (m, k) = (5, 2 * SEGMENT + 16 * 3 + 7);
        let w: Vec<f32> = (0..m * k).map(|i| value(i, 21)).collect();
        let (x, grad): (Vec<f32>, Vec<f32>) =
            ((0..k).map(|i| value(i, 22)).collect(), (0..m).map(|i| value(i, 23)).collect());
        let (whole, mut acc) = (k - k % LANES, [0.0f32; LANES]);
        dot_lanes(&w[..whole], &x[..whole], &mut acc);
        let scalar = finish_dot(acc, &w[whole..k], &x[whole..]);
        assert_eq!(dot(&w[..k], &x).to_bits(), scalar.to_bits(), "dot");
        let mut vector = [0.0f32; SEGMENT];
        transposed_segment(&w, (m, k), SEGMENT..2 * SEGMENT, (&grad, 1, 0), &mut vector);
        let mut scalar = [0.0f32; SEGMENT];
        for r in 0..m {
            scalar.iter_mut().zip(&w[r * k + SEGMENT..r * k + 2 * SEGMENT]).for_each(|(s, &v)| *s += grad[r] * v);
        }
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&vector), bits(&scalar), "transposed segment");
    }

    /// A weight-gradient row summed over three replicas (one of them given, one with no columns)
    /// has the bits of each replica's row computed alone and then summed in replica order, as an
    /// all-reduce of their rows sums them; and each row matches f64.
    #[test]
    fn weight_gradient_rows_summed_over_replicas_equal_the_all_reduce_of_rows_alone() {
        let k = 2 * 64 + 13;
        let counts = [2, 0, 3];
        let coefs: Vec<Vec<f32>> =
            counts.iter().enumerate().map(|(q, &n)| (0..n).map(|j| value(j, q)).collect()).collect();
        let cols: Vec<Vec<f32>> =
            counts.iter().enumerate().map(|(q, &n)| (0..n * k).map(|i| value(i, 5 + q)).collect()).collect();
        let alone: Vec<Vec<f32>> = (0..3)
            .map(|q| {
                let mut row = vec![f32::NAN; k];
                weight_grad_row(&[Term::Product { coefs: &coefs[q], cols: &cols[q] }], &mut row, false);
                for (i, &got) in row.iter().enumerate() {
                    let want: f64 =
                        (0..counts[q]).map(|j| f64::from(coefs[q][j]) * f64::from(cols[q][j * k + i])).sum();
                    close(got, want, "row");
                }
                row
            })
            .collect();
        let mut all_reduced = alone[0].clone();
        for row in &alone[1..] {
            all_reduced.iter_mut().zip(row).for_each(|(s, v)| *s += v);
        }
        let terms = [
            Term::Product { coefs: &coefs[0], cols: &cols[0] },
            Term::Product { coefs: &coefs[1], cols: &cols[1] },
            Term::Given(&alone[2]),
        ];
        let mut summed = vec![f32::NAN; k];
        weight_grad_row(&terms, &mut summed, false);
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&summed), bits(&all_reduced));
        let mut onto_first = alone[0].clone();
        weight_grad_row(&terms[1..], &mut onto_first, true);
        assert_eq!(bits(&onto_first), bits(&all_reduced), "summed onto the first replica's row in place");
    }

    /// The vector path of a weight-gradient term has the bits of the element-by-element one.
    #[test]
    fn weight_gradient_terms_have_the_same_bits_on_every_instruction_set() {
        let k = 8 * 9 + 5;
        let coefs: Vec<f32> = (0..3).map(|j| value(j, 11)).collect();
        let cols: Vec<f32> = (0..3 * k).map(|i| value(i, 12)).collect();
        for first in [true, false] {
            let start: Vec<f32> = (0..k).map(|i| value(i, 13)).collect();
            let (mut vector, mut scalar) = (start.clone(), start);
            add_product(&coefs, &cols, &mut vector, first);
            add_product_scalar(&coefs, &cols, &mut scalar, first, 0);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&vector), bits(&scalar), "first: {first}");
        }
    }

    #[test]
    fn weight_bound_convs_have_many_weights_and_few_positions() {
        assert!(is_weight_bound(1, 512 * 512 * 9, 1));
        assert!(is_weight_bound(1, 512 * 256 * 9, 4));
        assert!(!is_weight_bound(1, 512 * 512 * 9, 16), "a 4x4 map");
        assert!(!is_weight_bound(1, 256 * 512, 1), "few weights");
        assert!(!is_weight_bound(2, 512 * 512 * 9, 1), "grouped");
    }
}
