//! Gradients that sum over broadcast axes: ReduceToShape (of a broadcast Add/Mul operand or Gemm's
//! `C`) and ChannelSum (of a Conv bias), accumulated in f64; and the gradients of ReduceSum and
//! ReduceMean, which broadcast back.

use syncbn_ir::ops::gemm::ALPHA;

use super::super::broadcast::{for_each, strides};
use super::super::reduce::{kept_shape, Reduce};
use super::super::{expect_len, numel, CpuOp, OpArgs};
use super::like_shape;

/// ReduceToShape: `alpha * dY` summed over the axes along which `like` (input 1) broadcasts.
pub struct ReduceToShape;

/// The ReduceToShape op.
pub static REDUCE_TO_SHAPE: ReduceToShape = ReduceToShape;

impl CpuOp for ReduceToShape {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let like = like_shape(a, 1)?;
        expect_len(dx, numel(like))?;
        let alpha = ALPHA.read(a.attrs);
        if like == dy.shape {
            dx.iter_mut().zip(dy.data).for_each(|(d, &g)| *d = (alpha * f64::from(g)) as f32);
            return Ok(());
        }
        let at = strides(like, dy.shape)?;
        let mut sums = vec![0.0f64; dx.len()];
        for_each(dy.shape, [&at], |i, [o]| sums[o] += f64::from(dy.data[i]));
        dx.iter_mut().zip(&sums).for_each(|(d, &s)| *d = (alpha * s) as f32);
        Ok(())
    }
}

/// ChannelSum: the sum of `dY` over every axis but axis 1.
pub struct ChannelSum;

/// The ChannelSum op.
pub static CHANNEL_SUM: ChannelSum = ChannelSum;

impl CpuOp for ChannelSum {
    fn run(&self, a: &OpArgs<'_>, db: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        if dy.shape.len() < 2 || a.out_shape != [dy.shape[1]] {
            return Err(format!("dY {:?} cannot give dB {:?}; expected rank >= 2 and [C]", dy.shape, a.out_shape));
        }
        expect_len(db, dy.shape[1])?;
        let sums = channel_sums(dy.data, dy.shape, |plane, _| sum_f64(plane));
        db.iter_mut().zip(&sums).for_each(|(d, &s)| *d = s as f32);
        Ok(())
    }
}

/// Per channel (axis 1) of a tensor of `shape` (rank >= 2), the sum of `f(plane, index)` over the
/// channel's planes, `index` the plane's position in row-major order (`n * C + c`); zeros when there
/// are none.
pub(super) fn channel_sums(data: &[f32], shape: &[usize], mut f: impl FnMut(&[f32], usize) -> f64) -> Vec<f64> {
    let channels = shape.get(1).copied().unwrap_or(0);
    let inner = numel(shape.get(2..).unwrap_or(&[]));
    let mut sums = vec![0.0f64; channels];
    if inner == 0 || channels == 0 {
        return sums;
    }
    for (i, plane) in data.chunks_exact(inner).enumerate() {
        sums[i % channels] += f(plane, i);
    }
    sums
}

/// The sum of `xs` in f64.
pub(super) fn sum_f64(xs: &[f32]) -> f64 {
    xs.iter().map(|&v| f64::from(v)).sum()
}

/// ReduceSumGrad and ReduceMeanGrad: `dY` (times `1 / count` for the mean) broadcast back to `X`.
pub struct ReduceAxesGrad {
    mean: bool,
}

/// The ReduceSumGrad op.
pub static REDUCE_SUM_GRAD: ReduceAxesGrad = ReduceAxesGrad { mean: false };
/// The ReduceMeanGrad op.
pub static REDUCE_MEAN_GRAD: ReduceAxesGrad = ReduceAxesGrad { mean: true };

impl CpuOp for ReduceAxesGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let x = like_shape(a, 1)?;
        let (kept, count) = kept_shape(a.attrs, x, dy.shape)?;
        expect_len(dx, numel(x))?;
        let at = strides(&kept, x)?;
        let scale = Reduce::scale(self.mean, count);
        for_each(x, [&at], |i, [o]| dx[i] = (f64::from(dy.data[o]) * scale) as f32);
        Ok(())
    }
}
