//! Products of a large weight with a few columns (a Conv over maps of a few positions: ResNet's
//! last stages, MobileNet's last pointwise Convs), each element computed the same way however the
//! output is split: the in-process replicas of a training run compute them together, each a part
//! of the output for every replica ([`crate::team`]), and a replica alone (an MPI rank, a single
//! step) gets the same bits from the same calls. The products with the weight go block by block
//! through the `gemm` crate (a block of the weight stays in cache for every replica's columns);
//! the weight gradient row by row, summed over the replicas as an all-reduce sums them.
//!
//! Memory is the limit there: the weight is read (or its gradient written) once per product, so a
//! team of R replicas moves a weight once where R replicas alone move it R times.

use std::ops::Range;

use super::blas::{matmul, MatRef};

/// Weights from which a Conv counts as weight-bound when its maps have few positions.
const MIN_WEIGHTS: usize = 1 << 17;
/// Output positions per image up to which a Conv of many weights is weight-bound.
const MAX_POSITIONS: usize = 4;
/// Columns (images times positions) of one replica up to which [`weight_grad_row`] computes its
/// weight gradient; a replica with more computes it through the `gemm` crate, alone.
pub(crate) const MAX_COLUMNS: usize = 32;

/// Whether a Conv with `group` groups, `weights` weights and `positions` output positions per
/// image is weight-bound (its products go through this module).
pub(crate) fn is_weight_bound(group: usize, weights: usize, positions: usize) -> bool {
    group == 1 && weights >= MIN_WEIGHTS && positions <= MAX_POSITIONS
}

/// Rows of a block: a product is computed block by block on a fixed grid of its output rows,
/// each block by the same call whoever computes it.
pub(crate) const BLOCK: usize = 64;

/// The blocks of `n` rows.
pub(crate) fn blocks(n: usize) -> usize {
    n.div_ceil(BLOCK)
}

/// The rows of block `b` of `n` rows.
pub(crate) fn block(b: usize, n: usize) -> Range<usize> {
    (b * BLOCK).min(n)..((b + 1) * BLOCK).min(n)
}

/// Block `rows` of `w @ cols` (`w` row-major with `k` columns, `cols` row-major `k x count`):
/// `put(r, j, value)` for each of its rows `r` and columns `j`; `buf` is a buffer.
pub(crate) fn product_block(
    w: &[f32],
    (k, rows): (usize, Range<usize>),
    (cols, count): (&[f32], usize),
    buf: &mut Vec<f32>,
    put: &mut dyn FnMut(usize, usize, f32),
) -> Result<(), String> {
    let a = MatRef::row_major(w.get(rows.start * k..rows.end * k).unwrap_or_default(), rows.len(), k);
    buf.resize(rows.len() * count, 0.0);
    matmul(a, MatRef::row_major(cols, k, count), buf, 1.0, false)?;
    for (r, row) in rows.zip(buf.chunks_exact(count.max(1))) {
        row.iter().enumerate().for_each(|(j, &v)| put(r, j, v));
    }
    Ok(())
}

/// Block `inner` of `w^T @ grad` (`w` row-major `m x k`, `grad` row-major `m x count`): `put(i, j,
/// value)` for each of its rows `i` (inner indices of `w`) and columns `j`; `buf` is a buffer.
pub(crate) fn transposed_block(
    w: &[f32],
    (m, k, inner): (usize, usize, Range<usize>),
    (grad, count): (&[f32], usize),
    buf: &mut Vec<f32>,
    put: &mut dyn FnMut(usize, usize, f32),
) -> Result<(), String> {
    let data = w.get(inner.start..).unwrap_or_default();
    let a = MatRef { data, rows: inner.len(), cols: m, row_stride: 1, col_stride: k };
    buf.resize(inner.len() * count, 0.0);
    matmul(a, MatRef::row_major(grad, m, count), buf, 1.0, false)?;
    for (i, row) in inner.zip(buf.chunks_exact(count.max(1))) {
        row.iter().enumerate().for_each(|(j, &v)| put(i, j, v));
    }
    Ok(())
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
pub(crate) fn weight_grad_row(terms: &[Term<'_>], out: &mut [f32]) {
    for (t, term) in terms.iter().enumerate() {
        let first = t == 0;
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
    let whole = if cols.len() >= coefs.len() * k { k - k % 8 } else { 0 };
    #[cfg(target_arch = "x86_64")]
    let vectors = if std::arch::is_x86_feature_detected!("avx") {
        // SAFETY: the CPU has AVX; `cols` holds `coefs.len()` rows of `k` (checked for `whole`).
        unsafe { add_product_avx(coefs, cols, &mut out[..whole], k, first) };
        whole
    } else {
        0
    };
    #[cfg(not(target_arch = "x86_64"))]
    let vectors = 0;
    add_product_scalar(coefs, cols, out, first, vectors);
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

    /// The products with the weight, block by block, against f64; every block the same bits
    /// whether computed alone or beside other replicas' columns (its call does not depend on them).
    #[test]
    fn products_with_the_weight_match_f64_block_by_block() {
        for (m, k, count) in [(130, 37, 2), (7, 300, 5), (64, 129, 1), (65, 70, 0)] {
            let w: Vec<f32> = (0..m * k).map(|i| value(i, 1)).collect();
            let cols: Vec<f32> = (0..k * count).map(|i| value(i, 2)).collect();
            let grad: Vec<f32> = (0..m * count).map(|i| value(i, 3)).collect();
            let (mut y, mut buf) = (vec![f32::NAN; m * count], Vec::new());
            for b in (0..blocks(m)).rev() {
                product_block(&w, (k, block(b, m)), (&cols, count), &mut buf, &mut |r, j, v| y[r * count + j] = v)
                    .unwrap();
            }
            for (at, &got) in y.iter().enumerate() {
                let (r, j) = (at / count, at % count);
                let want: f64 = (0..k).map(|i| f64::from(w[r * k + i]) * f64::from(cols[i * count + j])).sum();
                close(got, want, "product");
            }
            let mut col = vec![f32::NAN; k * count];
            for b in 0..blocks(k) {
                let put = &mut |i, j, v| col[i * count + j] = v;
                transposed_block(&w, (m, k, block(b, k)), (&grad, count), &mut buf, put).unwrap();
            }
            for (at, &got) in col.iter().enumerate() {
                let (i, j) = (at / count, at % count);
                let want: f64 = (0..m).map(|r| f64::from(w[r * k + i]) * f64::from(grad[r * count + j])).sum();
                close(got, want, "transposed product");
            }
        }
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
                weight_grad_row(&[Term::Product { coefs: &coefs[q], cols: &cols[q] }], &mut row);
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
        weight_grad_row(&terms, &mut summed);
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&summed), bits(&all_reduced));
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
        assert!(is_weight_bound(1, 256 * 256 * 9, 4));
        assert!(!is_weight_bound(1, 256 * 256 * 9, 16), "a 4x4 map");
        assert!(!is_weight_bound(1, 128 * 256, 1), "few weights");
        assert!(!is_weight_bound(2, 512 * 512 * 9, 1), "grouped");
    }
}
