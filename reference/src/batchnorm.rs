//! Reference BatchNormalization (ONNX semantics, training and eval), with two-pass statistics.

use ndarray::Axis;

use super::ops::{check_channels, per_channel};
use syncbn_ir::ops::batchnorm::BatchNormAttrs;

use super::Tensor;

/// Per-channel mean and biased variance of `x` over every axis but 1, by two passes; both 0 for a
/// channel with no elements.
pub fn channel_stats(x: &Tensor) -> (Vec<f64>, Vec<f64>, usize) {
    let lanes: Vec<_> = x.axis_iter(Axis(1)).collect();
    let n = lanes.first().map_or(0, |l| l.len());
    let mean: Vec<f64> = lanes.iter().map(|l| if n == 0 { 0.0 } else { l.sum() / n as f64 }).collect();
    let var = lanes
        .iter()
        .zip(&mean)
        .map(|(l, &m)| if n == 0 { 0.0 } else { l.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / n as f64 })
        .collect();
    (mean, var, n)
}

/// The values of a per-channel parameter, checked against `x`'s channel count.
pub fn channel_param(x: &Tensor, p: &Tensor, what: &str) -> Result<Vec<f64>, String> {
    check_channels(x, p.len(), what)?;
    Ok(p.iter().copied().collect())
}

/// `(Y, running_mean_out, running_var_out)` in training mode (batch statistics of `x`; the running
/// variance takes the unbiased batch variance), `(Y)` in eval mode (the given mean and var).
pub fn batch_norm(x: &Tensor, params: [&Tensor; 4], a: BatchNormAttrs) -> Result<Vec<Tensor>, String> {
    let [s, b, rm, rv] = params;
    let (s, b) = (channel_param(x, s, "scale")?, channel_param(x, b, "B")?);
    let (rm_v, rv_v) = (channel_param(x, rm, "mean")?, channel_param(x, rv, "var")?);
    if !a.training_mode {
        let y = per_channel(x, |c, v| (v - rm_v[c]) / (rv_v[c] + a.epsilon).sqrt() * s[c] + b[c])?;
        return Ok(vec![y]);
    }
    let (mean, var, n) = channel_stats(x);
    let y = per_channel(x, |c, v| (v - mean[c]) / (var[c] + a.epsilon).sqrt() * s[c] + b[c])?;
    let unbiased = |v: f64| if n > 1 { v * n as f64 / (n - 1) as f64 } else { v };
    let m = a.momentum;
    let rm_out = (0..s.len()).map(|c| m * rm_v[c] + (1.0 - m) * mean[c]).collect();
    let rv_out = (0..s.len()).map(|c| m * rv_v[c] + (1.0 - m) * unbiased(var[c])).collect();
    Ok(vec![y, shaped_like(rm, rm_out)?, shaped_like(rv, rv_out)?])
}

/// `values` in the shape of `like` (same element count).
pub fn shaped_like(like: &Tensor, values: Vec<f64>) -> Result<Tensor, String> {
    Tensor::from_shape_vec(like.raw_dim(), values).map_err(|e| e.to_string())
}
