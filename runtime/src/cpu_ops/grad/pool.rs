//! Gradients of the pools: MaxPoolGrad (to each window's maximum), AveragePoolGrad (spread over each
//! window with the forward's divisor) and GlobalAveragePoolGrad, on the forward's window geometry.

use syncbn_ir::ops::pool::COUNT_INCLUDE_PAD;

use super::super::pool::{argmax_windows, divisors, pool_geometry};
use super::super::{expect_len, numel, CpuOp, OpArgs};
use super::like_shape;

/// MaxPoolGrad or AveragePoolGrad `(dY, X) -> dX`; AveragePoolGrad reads `X` only for its shape.
pub struct PoolGrad {
    max: bool,
}

/// The MaxPoolGrad op.
pub static MAX_POOL_GRAD: PoolGrad = PoolGrad { max: true };
/// The AveragePoolGrad op.
pub static AVERAGE_POOL_GRAD: PoolGrad = PoolGrad { max: false };

impl CpuOp for PoolGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let x_shape = like_shape(a, 1)?;
        let (rows, geo) = pool_geometry(a, x_shape, dy.shape)?;
        expect_len(dx, rows * geo.plane)?;
        dx.fill(0.0);
        let planes = dx.chunks_exact_mut(geo.plane).zip(dy.data.chunks_exact(geo.outputs));
        if self.max {
            let x = a.input(1)?;
            let mut best = vec![None; geo.outputs];
            for ((d, g), plane) in planes.zip(x.data.chunks_exact(geo.plane)) {
                argmax_windows(plane, &geo, &mut best);
                for (&gv, b) in g.iter().zip(&best) {
                    if let Some(o) = *b {
                        d[o] += gv;
                    }
                }
            }
            return Ok(());
        }
        let divisors: Vec<f32> = divisors(&geo, COUNT_INCLUDE_PAD.read(a.attrs)).iter().map(|&c| c as f32).collect();
        let mut share = vec![0.0f32; geo.outputs];
        for (d, g) in planes {
            share.iter_mut().zip(g.iter().zip(&divisors)).for_each(|(s, (&gv, &c))| *s = gv / c);
            for offsets in geo.offsets.chunks_exact(geo.outputs) {
                for (&v, off) in share.iter().zip(offsets) {
                    if let Some(o) = *off {
                        d[o] += v;
                    }
                }
            }
        }
        Ok(())
    }
}

/// GlobalAveragePoolGrad `(dY, X) -> dX`: `dY[n, c] / S` over each plane; `X` is read only for
/// its shape.
pub struct GlobalAveragePoolGrad;

/// The GlobalAveragePoolGrad op.
pub static GLOBAL_AVERAGE_POOL_GRAD: GlobalAveragePoolGrad = GlobalAveragePoolGrad;

impl CpuOp for GlobalAveragePoolGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let x_shape = like_shape(a, 1)?;
        let pooled = x_shape.len() >= 3
            && dy.shape.len() == x_shape.len()
            && dy.shape[..2] == x_shape[..2]
            && dy.shape[2..].iter().all(|&d| d == 1);
        if !pooled {
            return Err(format!("dY {:?} is not the GlobalAveragePool output of X {x_shape:?}", dy.shape));
        }
        expect_len(dx, numel(x_shape))?;
        let plane = numel(&x_shape[2..]);
        if plane == 0 {
            return Ok(());
        }
        for (d, &g) in dx.chunks_exact_mut(plane).zip(dy.data) {
            d.fill(g / plane as f32);
        }
        Ok(())
    }
}
