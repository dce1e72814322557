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

/// `dst = alpha * a @ b` (plus the previous `dst` when `accumulate`), `dst` contiguous row-major
/// `a.rows x b.cols`.
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
    // SAFETY: every element (i, j) that gemm reads or writes lies inside its slice: checked above
    // for `a` and `b` by `in_bounds`, and `dst` is contiguous with exactly m * n elements. `dst`
    // is a unique borrow, so it does not alias `a` or `b`.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            dst.as_mut_ptr(),
            1,
            n as isize,
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
    Ok(())
}
