//! Reference BatchNorm gradients in f64 ([`syncbn_ir::grad`]): BatchNormGrad over the tensor it is
//! given (the global batch), BatchNormEvalGrad, and the lowered BnGradReduce, BnGradInput and
//! BnGradParams (payload `f64 [3, C]`: count, `sum(dZ)`, `sum(dZ * (X - mean))`).

use ndarray::{Array2, Axis, Zip};
use syncbn_ir::lowered::Activation;
use syncbn_ir::ops::bn_grad::EvalWrt;
use syncbn_ir::ops::lowered::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::Node;

use super::batchnorm::{channel_param, channel_stats, shaped_like};
use super::lowered::norm_rows;
use super::Tensor;

/// Checks that `dY` has `X`'s shape.
fn check_dy(dy: &Tensor, x: &Tensor) -> Result<(), String> {
    if dy.shape() != x.shape() {
        return Err(format!("dY has shape {:?}; expected X's {:?}", dy.shape(), x.shape()));
    }
    Ok(())
}

/// `dX[c-lane] = f(c, x, dy)` element-wise, one channel (axis 1) at a time.
fn per_channel_pair(x: &Tensor, dy: &Tensor, f: impl Fn(usize, f64, f64) -> f64) -> Tensor {
    let mut dx = Tensor::zeros(x.raw_dim());
    let lanes = x.axis_iter(Axis(1)).zip(dy.axis_iter(Axis(1))).zip(dx.axis_iter_mut(Axis(1)));
    for (c, ((xl, gl), mut dl)) in lanes.enumerate() {
        Zip::from(&mut dl).and(&xl).and(&gl).for_each(|d, &v, &g| *d = f(c, v, g));
    }
    dx
}

/// Per channel, `sum(f(x, dy))` over the channel's elements.
fn channel_sums(x: &Tensor, dy: &Tensor, f: impl Fn(usize, f64, f64) -> f64) -> Vec<f64> {
    let lanes = x.axis_iter(Axis(1)).zip(dy.axis_iter(Axis(1)));
    lanes.enumerate().map(|(c, (xl, gl))| Zip::from(&xl).and(&gl).fold(0.0, |s, &v, &g| s + f(c, v, g))).collect()
}

/// `BatchNormGrad(dY, X, scale, ...)` -> `(dX, d_scale, d_B)`: the gradient of training-mode
/// BatchNormalization over the whole of `x`, statistics by two passes.
pub fn batch_norm_grad(dy: &Tensor, x: &Tensor, scale: &Tensor, epsilon: f64) -> Result<Vec<Tensor>, String> {
    check_dy(dy, x)?;
    let s = channel_param(x, scale, "scale")?;
    let (mean, var, n) = channel_stats(x);
    let inv: Vec<f64> = var.iter().map(|v| 1.0 / (v + epsilon).sqrt()).collect();
    let xhat = |c: usize, v: f64| (v - mean[c]) * inv[c];
    let d_b = channel_sums(x, dy, |_, _, g| g);
    let d_s = channel_sums(x, dy, |c, v, g| g * xhat(c, v));
    let n = n as f64;
    let dx = per_channel_pair(x, dy, |c, v, g| s[c] * inv[c] * (g - d_b[c] / n - xhat(c, v) * d_s[c] / n));
    Ok(vec![dx, shaped_like(scale, d_s)?, shaped_like(scale, d_b)?])
}

/// `BatchNormEvalGrad(dY, X, scale, B, mean, var)`: the gradient of an eval-mode BatchNorm in `wrt`.
pub fn batch_norm_eval_grad(dy: &Tensor, params: [&Tensor; 5], epsilon: f64, wrt: EvalWrt) -> Result<Tensor, String> {
    let [x, scale, _, mean, var] = params;
    check_dy(dy, x)?;
    let (s, m, v) = (channel_param(x, scale, "scale")?, channel_param(x, mean, "mean")?, channel_param(x, var, "var")?);
    let inv: Vec<f64> = v.iter().map(|v| 1.0 / (v + epsilon).sqrt()).collect();
    match wrt {
        EvalWrt::X => Ok(per_channel_pair(x, dy, |c, _, g| g * s[c] * inv[c])),
        EvalWrt::Scale => shaped_like(scale, channel_sums(x, dy, |c, xv, g| g * (xv - m[c]) * inv[c])),
        EvalWrt::B => shaped_like(scale, channel_sums(x, dy, |_, _, g| g)),
    }
}

/// Which elements of `dY` the fused activation passes, judged on its output `Y`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mask {
    /// Every element (activation `"none"`).
    All,
    /// `Y > 0` (`"relu"`).
    Positive,
    /// `lo < Y < hi` (`"clip"`).
    Between(f64, f64),
}

impl Mask {
    /// The mask of a node's `activation`, `clip_min` and `clip_max`. A clip bound is taken as the
    /// tighter of its f64 value and its f32 rounding, so that `Y` clipped at either (by an f64
    /// Clip or by a normalize's f32 bounds) counts as outside.
    pub fn of_node(node: &Node) -> Result<Self, String> {
        match Activation::of_node(node).ok_or("unknown activation; expected none, relu or clip")? {
            Activation::None => Ok(Mask::All),
            Activation::Relu => Ok(Mask::Positive),
            Activation::Clip { min, max } => {
                let (lo, hi) = (CLIP_MIN.read(&node.attrs), CLIP_MAX.read(&node.attrs));
                Ok(Mask::Between(lo.max(f64::from(min)), hi.min(f64::from(max))))
            }
        }
    }

    fn keeps(self, y: f64) -> bool {
        match self {
            Mask::All => true,
            Mask::Positive => y > 0.0,
            Mask::Between(lo, hi) => lo < y && y < hi,
        }
    }
}

/// `dY` masked by the fused activation evaluated on `Y` (absent for [`Mask::All`]).
fn masked(dy: &Tensor, y: Option<&Tensor>, mask: Mask) -> Result<Tensor, String> {
    if mask == Mask::All {
        return Ok(dy.clone());
    }
    let y = y.ok_or("the activation needs Y (input 3 or 4)")?;
    check_dy(dy, y)?;
    Ok(Zip::from(dy).and(y).map_collect(|&g, &v| if mask.keeps(v) { g } else { 0.0 }))
}

/// `BnGradReduce(dY, X, norm_params[, Y])`: this shard's payload `[3, C]`: count, `sum(dZ)`,
/// `sum(dZ * ((X - mean_hi) - mean_lo))`.
pub fn bn_grad_reduce(
    dy: &Tensor,
    x: &Tensor,
    norm_params: &Tensor,
    y: Option<&Tensor>,
    mask: Mask,
) -> Result<Tensor, String> {
    check_dy(dy, x)?;
    let r = norm_rows(x, norm_params)?;
    let dz = masked(dy, y, mask)?;
    let c = r[0].len();
    let count = x.len().checked_div(c).unwrap_or(0) as f64;
    let mut sums = Array2::zeros((3, c));
    let s1 = channel_sums(x, &dz, |_, _, g| g);
    let s2 = channel_sums(x, &dz, |c, v, g| g * ((v - r[0][c]) - r[1][c]));
    for i in 0..c {
        sums[[0, i]] = count;
        sums[[1, i]] = s1[i];
        sums[[2, i]] = s2[i];
    }
    Ok(sums.into_dyn())
}

/// The rows of a `[3, C]` backward payload for `c` channels.
fn payload_rows(sums: &Tensor, c: usize) -> Result<Vec<Vec<f64>>, String> {
    if sums.shape() != [3, c] {
        return Err(format!("sums has shape {:?}; expected [3, {c}]", sums.shape()));
    }
    Ok(sums.outer_iter().map(|r| r.iter().copied().collect()).collect())
}

/// `BnGradInput(dY, X, norm_params, sums[, Y])`: `mul * (dZ - sums[1] / n - xc * inv_std^2 *
/// sums[2] / n)`, 0 where `n = 0`.
pub fn bn_grad_input(
    dy: &Tensor,
    x: &Tensor,
    norm_params: &Tensor,
    sums: &Tensor,
    y: Option<&Tensor>,
    mask: Mask,
) -> Result<Tensor, String> {
    check_dy(dy, x)?;
    let r = norm_rows(x, norm_params)?;
    let s = payload_rows(sums, r[0].len())?;
    let dz = masked(dy, y, mask)?;
    Ok(per_channel_pair(x, &dz, |c, v, g| {
        let n = s[0][c];
        if n == 0.0 {
            return 0.0;
        }
        let xc = (v - r[0][c]) - r[1][c];
        r[3][c] * (g - s[1][c] / n - xc * r[2][c] * r[2][c] * s[2][c] / n)
    }))
}

/// `BnGradParams(sums, norm_params)` -> `(d_scale, d_B)`: `sums[2] * inv_std` and `sums[1]`, `[C]`.
pub fn bn_grad_params(sums: &Tensor, norm_params: &Tensor) -> Result<Vec<Tensor>, String> {
    if norm_params.ndim() != 2 || norm_params.shape()[0] != 5 {
        return Err(format!("norm_params has shape {:?}; expected [5, C]", norm_params.shape()));
    }
    let s = payload_rows(sums, norm_params.shape()[1])?;
    let inv = norm_params.index_axis(Axis(0), 2);
    let d_scale = ndarray::Array1::from_iter(s[2].iter().zip(inv.iter()).map(|(a, b)| a * b)).into_dyn();
    Ok(vec![d_scale, ndarray::Array1::from_vec(s[1].clone()).into_dyn()])
}
