//! LayerNormalization and its gradients (LayerNormGrad, LayerNormScaleGrad): each row of the
//! normalized axes with its own statistics, accumulated in f64.

use syncbn_ir::ops::layer_norm::LayerNormAttrs;

use super::broadcast::{for_each, strides};
use super::{expect_len, CpuOp, OpArgs, Tensor};

/// One of the three LayerNormalization ops.
pub enum LayerNorm {
    /// LayerNormalization.
    Forward,
    /// LayerNormGrad.
    GradInput,
    /// LayerNormScaleGrad.
    GradScale,
}

/// The LayerNormalization op (output `Y` only; the statistics outputs are refused at plan time).
pub static LAYER_NORMALIZATION: LayerNorm = LayerNorm::Forward;
/// The LayerNormGrad op.
pub static LAYER_NORM_GRAD: LayerNorm = LayerNorm::GradInput;
/// The LayerNormScaleGrad op.
pub static LAYER_NORM_SCALE_GRAD: LayerNorm = LayerNorm::GradScale;

/// The rows of `x` (the tensor at input `index`) and what every op needs of them.
struct Rows<'a> {
    x: Tensor<'a>,
    /// Elements per row (the normalized shape's).
    len: usize,
    /// The normalized shape.
    normalized: &'a [usize],
    epsilon: f64,
}

impl<'a> Rows<'a> {
    fn of(a: &OpArgs<'a>, index: usize) -> Result<Rows<'a>, String> {
        let x = a.input(index)?;
        let ln = LayerNormAttrs::read(a.attrs);
        let axis = ln.first_axis(x.shape.len())?;
        let normalized = &x.shape[axis..];
        Ok(Rows { x, len: normalized.iter().product(), normalized, epsilon: ln.epsilon })
    }

    /// Each row with its mean and `1 / sqrt(variance + epsilon)` (none when the rows are empty: then
    /// `x` has no elements).
    fn each(&self) -> impl Iterator<Item = (usize, &'a [f32], f64, f64)> + '_ {
        self.x.data.chunks_exact(self.len.max(1)).enumerate().map(move |(i, row)| {
            let n = row.len() as f64;
            let mean = row.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
            let var = row.iter().map(|&v| (f64::from(v) - mean).powi(2)).sum::<f64>() / n;
            (i, row, mean, 1.0 / (var + self.epsilon).sqrt())
        })
    }

    /// `param` broadcast to the normalized shape, in f64.
    fn expand(&self, param: Tensor<'_>) -> Result<Vec<f64>, String> {
        let s = strides(param.shape, self.normalized)?;
        let mut out = vec![0.0; self.len];
        for_each(self.normalized, [&s], |i, [o]| out[i] = f64::from(param.data[o]));
        Ok(out)
    }
}

impl CpuOp for LayerNorm {
    fn run(&self, a: &OpArgs<'_>, out: &mut [f32]) -> Result<(), String> {
        match self {
            LayerNorm::Forward => forward(a, out),
            LayerNorm::GradInput => grad_input(a, out),
            LayerNorm::GradScale => grad_scale(a, out),
        }
    }
}

/// `Y = (X - mean) * inv_std * scale + B`.
fn forward(a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
    let rows = Rows::of(a, 0)?;
    expect_len(y, rows.x.data.len())?;
    let scale = rows.expand(a.input(1)?)?;
    let bias = match a.optional(2) {
        Some(b) => rows.expand(b)?,
        None => vec![0.0; rows.len],
    };
    for (i, row, mean, inv) in rows.each() {
        let dst = &mut y[i * rows.len..(i + 1) * rows.len];
        for (j, (d, &v)) in dst.iter_mut().zip(row).enumerate() {
            *d = ((f64::from(v) - mean) * inv * scale[j] + bias[j]) as f32;
        }
    }
    Ok(())
}

/// `dX = inv_std * (g - mean(g) - xhat * mean(g * xhat))` with `g = dY * scale`.
fn grad_input(a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
    let (dy, rows) = (a.input(0)?, Rows::of(a, 1)?);
    expect_same(dy, rows.x)?;
    expect_len(dx, dy.data.len())?;
    let scale = rows.expand(a.input(2)?)?;
    let n = rows.len as f64;
    for (i, row, mean, inv) in rows.each() {
        let span = i * rows.len..(i + 1) * rows.len;
        let g: Vec<f64> = dy.data[span.clone()].iter().zip(&scale).map(|(&d, &s)| f64::from(d) * s).collect();
        let xhat: Vec<f64> = row.iter().map(|&v| (f64::from(v) - mean) * inv).collect();
        let mean_g = g.iter().sum::<f64>() / n;
        let mean_gx = g.iter().zip(&xhat).map(|(a, b)| a * b).sum::<f64>() / n;
        for ((d, gj), xj) in dx[span].iter_mut().zip(&g).zip(&xhat) {
            *d = (inv * (gj - mean_g - xj * mean_gx)) as f32;
        }
    }
    Ok(())
}

/// `d_scale = sum over rows of dY * xhat`, of the normalized shape.
fn grad_scale(a: &OpArgs<'_>, d_scale: &mut [f32]) -> Result<(), String> {
    let (dy, rows) = (a.input(0)?, Rows::of(a, 1)?);
    expect_same(dy, rows.x)?;
    expect_len(d_scale, rows.len)?;
    let mut sums = vec![0.0f64; rows.len];
    for (i, row, mean, inv) in rows.each() {
        let grads = &dy.data[i * rows.len..(i + 1) * rows.len];
        for ((s, &v), &g) in sums.iter_mut().zip(row).zip(grads) {
            *s += f64::from(g) * (f64::from(v) - mean) * inv;
        }
    }
    d_scale.iter_mut().zip(sums).for_each(|(d, s)| *d = s as f32);
    Ok(())
}

fn expect_same(dy: Tensor<'_>, x: Tensor<'_>) -> Result<(), String> {
    if dy.shape == x.shape {
        Ok(())
    } else {
        Err(format!("dY {:?} and X {:?} must share one shape", dy.shape, x.shape))
    }
}
