//! Matrix products for Conv, Gemm and MatMul through the `gemm` crate, behind a bounds-checked API.

/// A strided view of a matrix: element `(i, j)` is `data[i * row_stride + j * col_stride]`.
#[derive(Clone, Copy, Debug)]
pub struct MatRef<'a> {
    /// Backing elements.
    pub data: &'a [f32],
    /// Rows.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// Distance between rows, in elements.
    pub row_stride: usize,
    /// Distance between columns, in elements.
    pub col_stride: usize,
}

impl<'a> MatRef<'a> {
    /// A contiguous row-major `rows x cols` matrix.
    pub fn row_major(data: &'a [f32], rows: usize, cols: usize) -> Self {
        MatRef { data, rows, cols, row_stride: cols, col_stride: 1 }
    }

    /// The transpose of a contiguous row-major matrix stored as `cols x rows`.
    pub fn transposed(data: &'a [f32], rows: usize, cols: usize) -> Self {
        MatRef { data, rows, cols, row_stride: 1, col_stride: rows }
    }

    /// The transpose of this view (no copy).
    pub fn t(self) -> Self {
        MatRef { rows: self.cols, cols: self.rows, row_stride: self.col_stride, col_stride: self.row_stride, ..self }
    }

    /// Whether every element lies inside `data`, and the strides fit `isize`.
    fn in_bounds(&self) -> bool {
        if self.rows == 0 || self.cols == 0 {
            return true;
        }
        let last = (self.rows - 1)
            .checked_mul(self.row_stride)
            .zip((self.cols - 1).checked_mul(self.col_stride))
            .and_then(|(a, b)| a.checked_add(b));
        let strides_fit = isize::try_from(self.row_stride).is_ok() && isize::try_from(self.col_stride).is_ok();
        strides_fit && last.is_some_and(|l| l < self.data.len())
    }
}

/// Products with 2 or 3 columns, or an inner size of 2 or 3, and at least this many elements of
/// the other operand, take the narrow paths of [`matmul`].
const NARROW: std::ops::RangeInclusive<usize> = 2..=3;
const NARROW_MIN: usize = 1 << 14;

/// `dst = alpha * a @ b` (plus the previous `dst` when `accumulate`), `dst` contiguous row-major
/// `a.rows x b.cols`.
///
/// Through the `gemm` crate, except where its blocked kernels are slow for the shape (a Conv over
/// 1x1 maps with two images side by side, measured in `benches/conv_grad.rs`): with 2 or 3 columns,
/// one matrix-vector product per column; with an inner size of 2 or 3, each row of `dst` as the sum
/// of as many scaled rows of `b`, written once.
pub fn matmul(a: MatRef<'_>, b: MatRef<'_>, dst: &mut [f32], alpha: f32, accumulate: bool) -> Result<(), String> {
    let (m, k, n) = (a.rows, a.cols, b.cols);
    if b.rows != k {
        return Err(format!("matrix product of {m}x{k} by {}x{n}: inner sizes differ", b.rows));
    }
    if m.checked_mul(n) != Some(dst.len()) || !a.in_bounds() || !b.in_bounds() || isize::try_from(n).is_err() {
        return Err(format!("matrix product {m}x{k} by {k}x{n}: an operand does not fit its buffer"));
    }
    if m == 0 || n == 0 {
        return Ok(());
    }
    if k == 0 {
        if !accumulate {
            dst.fill(0.0);
        }
        return Ok(());
    }
    if NARROW.contains(&n) && m * k >= NARROW_MIN {
        let mut column = vec![0.0f32; k];
        let mut product = vec![0.0f32; m];
        for j in 0..n {
            column.iter_mut().enumerate().for_each(|(l, c)| *c = b.data[l * b.row_stride + j * b.col_stride]);
            // SAFETY: `product` is contiguous with m elements, row stride 1; `column` is k x 1.
            unsafe { gemm_into(a, MatRef::row_major(&column, k, 1), product.as_mut_ptr(), 1, 1.0, false) };
            for (out, &p) in dst[j..].iter_mut().step_by(n).zip(&product) {
                *out = if accumulate { *out + alpha * p } else { alpha * p };
            }
        }
        return Ok(());
    }
    if NARROW.contains(&k) && m * n >= NARROW_MIN {
        rows_of_b(a, b, dst, alpha, accumulate);
        return Ok(());
    }
    // SAFETY: `dst` is contiguous with exactly m * n elements, row stride n.
    unsafe { gemm_into(a, b, dst.as_mut_ptr(), n, alpha, accumulate) };
    Ok(())
}

/// `dst = alpha * a @ b (+ dst)` by the `gemm` crate into `dst` with row stride `row` (columns
/// adjacent).
///
/// # Safety
/// `a` and `b` must be in bounds ([`MatRef::in_bounds`]) with `a.cols == b.rows`, and every
/// element `(i, j)` of the product, at `dst.add(i * row + j)`, must be writable memory that `a`
/// and `b` do not overlap.
unsafe fn gemm_into(a: MatRef<'_>, b: MatRef<'_>, dst: *mut f32, row: usize, alpha: f32, accumulate: bool) {
    // SAFETY: every element that gemm reads or writes lies inside its operand, by the contract.
    unsafe {
        gemm::gemm(
            a.rows,
            b.cols,
            a.cols,
            dst,
            1,
            row as isize,
            accumulate,
            a.data.as_ptr(),
            a.col_stride as isize,
            a.row_stride as isize,
            b.data.as_ptr(),
            b.col_stride as isize,
            b.row_stride as isize,
            1.0,
            alpha,
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
}

/// `dst = alpha * a @ b (+ dst)` for an inner size of a few: row `i` of the product is
/// `sum over l of a[i, l] * b[l, :]` (in `l` order), formed in a buffer and written once.
fn rows_of_b(a: MatRef<'_>, b: MatRef<'_>, dst: &mut [f32], alpha: f32, accumulate: bool) {
    let (k, n) = (a.cols, b.cols);
    let rows: Vec<f32> =
        (0..k).flat_map(|l| (0..n).map(move |j| b.data[l * b.row_stride + j * b.col_stride])).collect();
    let mut sum = vec![0.0f32; n];
    for (i, out) in dst.chunks_exact_mut(n).enumerate() {
        let coef = |l: usize| a.data[i * a.row_stride + l * a.col_stride];
        sum.iter_mut().zip(&rows[..n]).for_each(|(s, &r)| *s = coef(0) * r);
        for (l, row) in rows.chunks_exact(n).enumerate().skip(1) {
            let c = coef(l);
            sum.iter_mut().zip(row).for_each(|(s, &r)| *s += c * r);
        }
        if accumulate {
            out.iter_mut().zip(&sum).for_each(|(o, &s)| *o += alpha * s);
        } else {
            out.iter_mut().zip(&sum).for_each(|(o, &s)| *o = alpha * s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `alpha * a @ b (+ start)` in f64 from element accessors.
    fn reference(a: &MatRef<'_>, b: &MatRef<'_>, start: &[f32], alpha: f32, accumulate: bool) -> Vec<f64> {
        let at = |m: &MatRef<'_>, i: usize, j: usize| f64::from(m.data[i * m.row_stride + j * m.col_stride]);
        let mut out = Vec::new();
        for i in 0..a.rows {
            for j in 0..b.cols {
                let dot: f64 = (0..a.cols).map(|l| at(a, i, l) * at(b, l, j)).sum();
                let base = if accumulate { f64::from(start[i * b.cols + j]) } else { 0.0 };
                out.push(base + f64::from(alpha) * dot);
            }
        }
        out
    }

    /// Every path (gemm, a product per column, rows of `b`) on row-major and transposed operands,
    /// with and without accumulation, against f64.
    #[test]
    fn narrow_and_wide_products_match_f64() {
        let value = |i: usize, seed: usize| ((i * 7919 + seed * 104_729) % 2001) as f32 * 1e-3 - 1.0;
        for (m, k, n) in [(517, 40, 2), (517, 40, 3), (600, 3, 41), (600, 2, 33), (37, 5, 7), (5000, 4, 4), (9, 2, 2)] {
            let av: Vec<f32> = (0..m * k).map(|i| value(i, 1)).collect();
            let bv: Vec<f32> = (0..k * n).map(|i| value(i, 2)).collect();
            let start: Vec<f32> = (0..m * n).map(|i| value(i, 3)).collect();
            let shapes = [
                (MatRef::row_major(&av, m, k), MatRef::row_major(&bv, k, n)),
                (MatRef::row_major(&av, k, m).t(), MatRef::row_major(&bv, n, k).t()),
            ];
            for (a, b) in shapes {
                for (alpha, accumulate) in [(1.0, false), (0.5, true)] {
                    let mut dst = start.clone();
                    matmul(a, b, &mut dst, alpha, accumulate).unwrap();
                    let want = reference(&a, &b, &start, alpha, accumulate);
                    for (i, (&g, &w)) in dst.iter().zip(&want).enumerate() {
                        assert!((f64::from(g) - w).abs() <= 1e-5 * (1.0 + w.abs()), "{m}x{k}x{n} [{i}]: {g} vs {w}");
                    }
                }
            }
        }
    }
}
