//! MaxPool and AveragePool (kernel_shape, strides, pads, dilations, auto_pad, ceil_mode through the
//! output shape, count_include_pad) and GlobalAveragePool.

use super::window::Geometry;
use super::{expect_len, numel, CpuOp, OpArgs, Tensor};

/// MaxPool or AveragePool.
pub struct Pool {
    name: &'static str,
    max: bool,
}

/// The MaxPool op (output Y only).
pub static MAX_POOL: Pool = Pool { name: "MaxPool", max: true };
/// The AveragePool op.
pub static AVERAGE_POOL: Pool = Pool { name: "AveragePool", max: false };

impl CpuOp for Pool {
    fn name(&self) -> &'static str {
        self.name
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        let (rows, geo) = pool_geometry(a, x)?;
        expect_len(y, rows * geo.outputs)?;
        let include_pad = a.int("count_include_pad", 0) == 1;
        for (plane, out) in x.data.chunks_exact(geo.plane).zip(y.chunks_exact_mut(geo.outputs)).take(rows) {
            for (p, dst) in out.iter_mut().enumerate() {
                let taps = geo.offsets.iter().skip(p).step_by(geo.outputs).filter_map(|o| o.map(|o| plane[o]));
                *dst = if self.max { max_of(taps) } else { average(taps, include_pad.then(|| geo.padded_counts[p])) };
            }
        }
        Ok(())
    }
}

/// Rows (`N * C` planes) and the window geometry of a pool.
fn pool_geometry(a: &OpArgs<'_>, x: Tensor<'_>) -> Result<(usize, Geometry), String> {
    let rank = x.shape.len();
    if rank < 3 || a.out_shape.len() != rank || a.out_shape[..2] != x.shape[..2] {
        return Err(format!("X {:?} cannot give Y {:?}; expected [N, C, spatial...] for both", x.shape, a.out_shape));
    }
    let kernel: Vec<usize> = (a.ints("kernel_shape").unwrap_or(&[]).iter())
        .map(|&k| usize::try_from(k).map_err(|_| format!("kernel_shape entry {k} is negative")))
        .collect::<Result<_, _>>()?;
    let geo = Geometry::new(a, &x.shape[2..], &a.out_shape[2..], &kernel)?;
    Ok((x.shape[0] * x.shape[1], geo))
}

/// The largest tap; NaN propagates as in PyTorch.
fn max_of(taps: impl Iterator<Item = f32>) -> f32 {
    taps.fold(f32::NEG_INFINITY, |m, v| if v > m || v.is_nan() { v } else { m })
}

/// The mean of the taps inside the input, divided by `divisor` when given (count_include_pad).
fn average(taps: impl Iterator<Item = f32>, divisor: Option<usize>) -> f32 {
    let (sum, count) = taps.fold((0.0f64, 0usize), |(s, c), v| (s + f64::from(v), c + 1));
    (sum / divisor.unwrap_or(count) as f64) as f32
}

/// GlobalAveragePool: the mean of each `(n, c)` plane.
pub struct GlobalAveragePool;

/// The GlobalAveragePool op.
pub static GLOBAL_AVERAGE_POOL: GlobalAveragePool = GlobalAveragePool;

impl CpuOp for GlobalAveragePool {
    fn name(&self) -> &'static str {
        "GlobalAveragePool"
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        if x.shape.len() < 3 || a.out_shape.get(..2) != x.shape.get(..2) {
            return Err(format!("X {:?} cannot give Y {:?}", x.shape, a.out_shape));
        }
        let plane = numel(&x.shape[2..]);
        expect_len(y, numel(&x.shape[..2]))?;
        if plane == 0 {
            return Err("the spatial dimensions are empty".into());
        }
        for (row, dst) in x.data.chunks_exact(plane).zip(y.iter_mut()) {
            *dst = (row.iter().map(|&v| f64::from(v)).sum::<f64>() / plane as f64) as f32;
        }
        Ok(())
    }
}
