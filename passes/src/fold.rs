//! Compile-time arithmetic of eval-mode BatchNorm: the per-channel affine form, and the weights and
//! bias of a Conv or Gemm with that affine folded in. All in f64.

/// The constants of an eval-mode BatchNormalization, per channel.
#[derive(Clone, Debug)]
pub struct BnConstants<'a> {
    /// `scale`.
    pub scale: &'a [f64],
    /// `B`.
    pub bias: &'a [f64],
    /// `input_mean`.
    pub mean: &'a [f64],
    /// `input_var`.
    pub var: &'a [f64],
    /// `epsilon`.
    pub epsilon: f64,
}

/// The affine form `y = x * mul + add` of an eval BatchNorm:
/// `mul = scale / sqrt(var + eps)`, `add = B - mean * mul`. `None` when the lengths differ.
pub fn affine(bn: &BnConstants) -> Option<(Vec<f64>, Vec<f64>)> {
    let c = bn.scale.len();
    if [bn.bias.len(), bn.mean.len(), bn.var.len()].iter().any(|&l| l != c) {
        return None;
    }
    let mul: Vec<f64> = (0..c).map(|i| bn.scale[i] / (bn.var[i] + bn.epsilon).sqrt()).collect();
    let add = (0..c).map(|i| bn.bias[i] - bn.mean[i] * mul[i]).collect();
    Some((mul, add))
}

/// Conv weights `W [M, C/g, k...]` and bias `b [M]` (zeros when absent) with `y * mul + add` folded in:
/// `W'[m] = W[m] * mul[m]`, `b'[m] = b[m] * mul[m] + add[m]`. `None` when the sizes do not fit.
pub fn fold_conv(
    weight: &[f64],
    out_channels: usize,
    bias: Option<&[f64]>,
    mul: &[f64],
    add: &[f64],
) -> Option<(Vec<f64>, Vec<f64>)> {
    if out_channels == 0 || mul.len() != out_channels || weight.len() % out_channels != 0 {
        return None;
    }
    if bias.is_some_and(|b| b.len() != out_channels) {
        return None;
    }
    let per = weight.len() / out_channels;
    let w = weight.iter().enumerate().map(|(i, w)| w * mul[i / per]).collect();
    let b = (0..out_channels).map(|m| bias.map_or(0.0, |b| b[m]) * mul[m] + add[m]).collect();
    Some((w, b))
}

/// A Gemm `Y = alpha * A * op(B) + beta * C` as folding sees it.
#[derive(Clone, Debug)]
pub struct GemmConstants<'a> {
    /// `B`'s values, row-major.
    pub b: &'a [f64],
    /// `B`'s shape (rank 2).
    pub b_shape: &'a [u64],
    /// Whether `op(B)` is `B` transposed (`transB`).
    pub trans_b: bool,
    /// `C`'s values when present; it must broadcast per column (`[]`, `[1]`, `[N]` or `[1, N]`).
    pub c: Option<&'a [f64]>,
    /// `beta`.
    pub beta: f64,
}

/// `B'` and `C'` (with `beta' = 1`) of a Gemm followed by `y * mul + add` on its N output columns:
/// column `n` of `op(B)` is scaled by `mul[n]`, and `C'[n] = (beta * C[n]) * mul[n] + add[n]`.
pub fn fold_gemm(g: &GemmConstants, mul: &[f64], add: &[f64]) -> Option<(Vec<f64>, Vec<f64>)> {
    let &[rows, cols] = g.b_shape else { return None };
    let (rows, cols) = (rows as usize, cols as usize);
    let n = if g.trans_b { rows } else { cols };
    if mul.len() != n || g.b.len() != rows * cols {
        return None;
    }
    let column = |i: usize| if g.trans_b { i / cols } else { i % cols };
    let b = g.b.iter().enumerate().map(|(i, v)| v * mul[column(i)]).collect();
    let c_at = |j: usize| match g.c {
        None => Some(0.0),
        Some(c) if c.len() == 1 => Some(c[0]),
        Some(c) if c.len() == n => Some(c[j]),
        Some(_) => None,
    };
    let c = (0..n).map(|j| c_at(j).map(|cj| g.beta * cj * mul[j] + add[j])).collect::<Option<_>>()?;
    Some((b, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affine_matches_the_batchnorm_formula() {
        let bn =
            BnConstants { scale: &[2.0, 0.5], bias: &[1.0, -1.0], mean: &[3.0, -2.0], var: &[4.0, 0.25], epsilon: 0.0 };
        let (mul, add) = affine(&bn).expect("equal lengths");
        for (x, c) in [(7.0, 0usize), (-1.5, 1)] {
            let expect = (x - bn.mean[c]) / bn.var[c].sqrt() * bn.scale[c] + bn.bias[c];
            assert!((x * mul[c] + add[c] - expect).abs() < 1e-12);
        }
        assert!(affine(&BnConstants { scale: &[1.0], ..bn }).is_none());
    }

    #[test]
    fn gemm_fold_scales_columns_of_op_b() {
        // op(B) = B^T with B = [[1, 2], [3, 4], [5, 6]] (N = 3, K = 2).
        let g = GemmConstants {
            b: &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
            b_shape: &[3, 2],
            trans_b: true,
            c: Some(&[1.0]),
            beta: 2.0,
        };
        let (b, c) = fold_gemm(&g, &[1.0, 10.0, 100.0], &[0.0, 1.0, 2.0]).expect("fits");
        assert_eq!(b, vec![1.0, 2.0, 30.0, 40.0, 500.0, 600.0]);
        assert_eq!(c, vec![2.0, 21.0, 202.0]);
        assert!(fold_gemm(&GemmConstants { c: Some(&[1.0, 2.0]), ..g }, &[1.0; 3], &[0.0; 3]).is_none());
    }

    #[test]
    fn conv_fold_rejects_mismatched_sizes() {
        assert!(fold_conv(&[1.0; 6], 4, None, &[1.0; 4], &[0.0; 4]).is_none());
        let (w, b) = fold_conv(&[1.0, 2.0, 3.0, 4.0], 2, Some(&[1.0, 1.0]), &[2.0, 3.0], &[0.5, 0.5]).expect("fits");
        assert_eq!(w, vec![2.0, 4.0, 9.0, 12.0]);
        assert_eq!(b, vec![2.5, 3.5]);
    }
}
