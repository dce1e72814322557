//! Gradients of activations from their outputs `Y`: ReluGrad, ClipGrad, SigmoidGrad (element-wise)
//! and SoftmaxGrad (along an axis).

use syncbn_ir::activation::FORWARD_OP;
use syncbn_ir::ops::elementwise::SOFTMAX_AXIS;
use syncbn_ir::ops::lowered::{CLIP_MAX, CLIP_MIN};

use super::super::{expect_len, numel, CpuOp, OpArgs, Tensor};

/// An element-wise activation gradient `dX = f(dY, Y)`.
pub enum Pointwise {
    /// `dY` where `Y > 0`.
    Relu,
    /// `dY` where `clip_min < Y < clip_max`.
    Clip,
    /// `dY * Y * (1 - Y)`.
    Sigmoid,
}

/// The ReluGrad op.
pub static RELU_GRAD: Pointwise = Pointwise::Relu;
/// The ClipGrad op.
pub static CLIP_GRAD: Pointwise = Pointwise::Clip;
/// The SigmoidGrad op.
pub static SIGMOID_GRAD: Pointwise = Pointwise::Sigmoid;

/// `dY` and `Y`, which must share one shape, the output's.
fn grad_and_output<'a>(a: &OpArgs<'a>) -> Result<(Tensor<'a>, Tensor<'a>), String> {
    let (dy, y) = (a.input(0)?, a.input(1)?);
    if dy.shape != y.shape || dy.shape != a.out_shape {
        return Err(format!("dY {:?}, Y {:?} and dX {:?} must share one shape", dy.shape, y.shape, a.out_shape));
    }
    Ok((dy, y))
}

impl CpuOp for Pointwise {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let (dy, y) = grad_and_output(a)?;
        expect_len(dx, dy.data.len())?;
        let pairs = dx.iter_mut().zip(dy.data.iter().zip(y.data));
        match self {
            Pointwise::Relu => pairs.for_each(|(d, (&g, &v))| *d = if v > 0.0 { g } else { 0.0 }),
            Pointwise::Clip => {
                let lo = CLIP_MIN.read(a.attrs) as f32;
                let hi = CLIP_MAX.read(a.attrs) as f32;
                pairs.for_each(|(d, (&g, &v))| *d = if lo < v && v < hi { g } else { 0.0 });
            }
            Pointwise::Sigmoid => pairs.for_each(|(d, (&g, &v))| *d = g * v * (1.0 - v)),
        }
        Ok(())
    }
}

/// SoftmaxGrad: `dX = Y * (dY - sum_axis(dY * Y))`.
pub struct SoftmaxGrad;

/// The SoftmaxGrad op.
pub static SOFTMAX_GRAD: SoftmaxGrad = SoftmaxGrad;

impl CpuOp for SoftmaxGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        along_axis(a, dx, |g, v| g * v, |g, v, dot| v * (g - dot))
    }
}

/// LogSoftmaxGrad: `dX = dY - exp(Y) * sum_axis(dY)`.
pub struct LogSoftmaxGrad;

/// The LogSoftmaxGrad op.
pub static LOG_SOFTMAX_GRAD: LogSoftmaxGrad = LogSoftmaxGrad;

impl CpuOp for LogSoftmaxGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        along_axis(a, dx, |g, _| g, |g, v, sum| g - v.exp() * sum)
    }
}

/// ActivationGrad: `dX = dY * f'(X)` for the activation named by attribute `op`.
pub struct ActivationGrad;

/// The ActivationGrad op.
pub static ACTIVATION_GRAD: ActivationGrad = ActivationGrad;

impl CpuOp for ActivationGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let (dy, x) = grad_and_output(a)?;
        expect_len(dx, dy.data.len())?;
        let f = super::super::unary::activation(FORWARD_OP.read(a.attrs), a)?;
        let pairs = dx.iter_mut().zip(dy.data.iter().zip(x.data));
        pairs.for_each(|(d, (&g, &v))| *d = (f64::from(g) * f.derivative(f64::from(v))) as f32);
        Ok(())
    }
}

/// The gradient of a (log-)softmax over the node's axis from `dY` and the forward output `Y`: per
/// line along the axis, `sum = sum_e term(dY[e], Y[e])` in f64 (in axis order), then
/// `dX[e] = grad(dY[e], Y[e], sum)`.
fn along_axis(
    a: &OpArgs<'_>,
    dx: &mut [f32],
    term: impl Fn(f64, f64) -> f64,
    grad: impl Fn(f64, f64, f64) -> f64,
) -> Result<(), String> {
    let (dy, y) = grad_and_output(a)?;
    expect_len(dx, dy.data.len())?;
    let axis = a.axis(SOFTMAX_AXIS, dy.shape.len())?;
    let (len, inner) = (dy.shape[axis], numel(&dy.shape[axis + 1..]));
    let block = len * inner;
    if block == 0 {
        return Ok(());
    }
    let blocks = dy.data.chunks_exact(block).zip(y.data.chunks_exact(block)).zip(dx.chunks_exact_mut(block));
    for ((g, v), d) in blocks {
        for i in 0..inner {
            let sum: f64 = (i..block).step_by(inner).map(|e| term(f64::from(g[e]), f64::from(v[e]))).sum();
            for e in (i..block).step_by(inner) {
                d[e] = grad(f64::from(g[e]), f64::from(v[e]), sum) as f32;
            }
        }
    }
    Ok(())
}
