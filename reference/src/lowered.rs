//! Reference semantics of the lowered ops of [`syncbn_ir::lowered`] (all but AllReduce, which the
//! interpreter simulates across replicas), computed in f64 exactly as the contract states.

use ndarray::{Array2, Axis, IxDyn};
use syncbn_ir::lowered::Activation;

use super::batchnorm::{channel_param, shaped_like};
use super::ops::{binary, check_channels, per_channel};
use super::Tensor;

/// `LocalMoments(X)`: `[3, C]` rows count, sum, sum of squares per channel.
pub fn local_moments(x: &Tensor) -> Result<Tensor, String> {
    if x.ndim() < 2 {
        return Err(format!("input has rank {}; expected at least 2", x.ndim()));
    }
    let c = x.shape()[1];
    let mut m = Array2::zeros((3, c));
    for (ci, lane) in x.axis_iter(Axis(1)).enumerate() {
        m[[0, ci]] = lane.len() as f64;
        m[[1, ci]] = lane.sum();
        m[[2, ci]] = lane.iter().map(|v| v * v).sum();
    }
    Ok(m.into_dyn())
}

/// `BnFinalize(moments, scale, B, running_mean, running_var)` -> `(norm_params [5, C],
/// running_mean_out, running_var_out)`. In f64, `mean_hi` is the mean rounded to f32 and `mean_lo`
/// the exact rest, so `mean_hi + mean_lo` is the mean.
pub fn finalize(moments: &Tensor, params: [&Tensor; 4], epsilon: f64, momentum: f64) -> Result<Vec<Tensor>, String> {
    let moments = moments.view().into_dimensionality::<ndarray::Ix2>().map_err(|_| "moments must be [3, C]")?;
    if moments.nrows() != 3 {
        return Err(format!("moments has {} rows; expected 3", moments.nrows()));
    }
    let c = moments.ncols();
    let [s, b, rm, rv] = params.map(|p| p.iter().copied().collect::<Vec<f64>>());
    if [&s, &b, &rm, &rv].iter().any(|p| p.len() != c) {
        return Err(format!("scale, B, running_mean and running_var must have {c} values"));
    }
    let mut np = Array2::zeros((5, c));
    let (mut rm_out, mut rv_out) = (vec![0.0; c], vec![0.0; c]);
    for i in 0..c {
        let n = moments[[0, i]];
        let (mean, var) = if n > 0.0 {
            let mean = moments[[1, i]] / n;
            (mean, (moments[[2, i]] / n - mean * mean).max(0.0))
        } else {
            (0.0, 0.0)
        };
        let inv_std = 1.0 / (var + epsilon).sqrt();
        let hi = mean as f32 as f64;
        np[[0, i]] = hi;
        np[[1, i]] = mean - hi;
        np[[2, i]] = inv_std;
        np[[3, i]] = s[i] * inv_std;
        np[[4, i]] = b[i];
        let unbiased = if n > 1.0 { var * n / (n - 1.0) } else { var };
        rm_out[i] = momentum * rm[i] + (1.0 - momentum) * mean;
        rv_out[i] = momentum * rv[i] + (1.0 - momentum) * unbiased;
    }
    Ok(vec![np.into_dyn(), shaped_like(params[2], rm_out)?, shaped_like(params[3], rv_out)?])
}

/// The rows of a `[5, C]` norm_params tensor checked against `x`.
pub(crate) fn norm_rows(x: &Tensor, p: &Tensor) -> Result<Vec<Vec<f64>>, String> {
    let rows = p.shape().first().copied().unwrap_or(0);
    if p.ndim() != 2 || rows != 5 {
        return Err(format!("norm_params has shape {:?}; expected [5, C]", p.shape()));
    }
    check_channels(x, p.shape()[1], "norm_params")?;
    Ok(p.outer_iter().map(|r| r.iter().copied().collect()).collect())
}

/// `((x - mean_hi) - mean_lo) * mul + add`, no activation.
fn normalized(x: &Tensor, p: &Tensor) -> Result<Tensor, String> {
    let r = norm_rows(x, p)?;
    per_channel(x, |c, v| ((v - r[0][c]) - r[1][c]) * r[3][c] + r[4][c])
}

/// `BnNormalize(X, norm_params[, residual])`.
pub fn normalize(x: &Tensor, p: &Tensor, residual: Option<&Tensor>, act: Activation) -> Result<Tensor, String> {
    let y = normalized(x, p)?;
    let y = match residual {
        Some(r) if r.shape() != x.shape() => {
            return Err(format!("residual has shape {:?}; expected X's {:?}", r.shape(), x.shape()))
        }
        Some(r) => y + r,
        None => y,
    };
    Ok(y.mapv(|v| act.apply(v)))
}

/// `BnNormalizePair(X1, P1, X2, P2)`.
pub fn normalize_pair(x1: &Tensor, p1: &Tensor, x2: &Tensor, p2: &Tensor, act: Activation) -> Result<Tensor, String> {
    if x1.shape() != x2.shape() {
        return Err(format!("X1 is {:?} and X2 is {:?}; expected equal shapes", x1.shape(), x2.shape()));
    }
    let y = binary(&normalized(x1, p1)?, &normalized(x2, p2)?, |a, b| a + b)?;
    Ok(y.mapv(|v| act.apply(v)))
}

/// `ChannelAffine(X, mul, add)`.
pub fn channel_affine(x: &Tensor, mul: &Tensor, add: &Tensor, act: Activation) -> Result<Tensor, String> {
    let (m, a) = (channel_param(x, mul, "mul")?, channel_param(x, add, "add")?);
    per_channel(x, |c, v| act.apply(v * m[c] + a[c]))
}

/// The sum of the replicas' tensors (an AllReduce over one group), in replica order.
pub fn sum_over(parts: &[&Tensor]) -> Result<Tensor, String> {
    let first = parts.first().ok_or("no replicas to reduce")?;
    let mut acc = Tensor::zeros(IxDyn(first.shape()));
    for p in parts {
        if p.shape() != first.shape() {
            return Err(format!("replicas disagree on the shape: {:?} vs {:?}", p.shape(), first.shape()));
        }
        acc += *p;
    }
    Ok(acc)
}
