//! MaxPool and AveragePool (kernel_shape, strides, pads, dilations, auto_pad, ceil_mode through the
//! output shape, count_include_pad) and GlobalAveragePool.

use std::rc::Rc;

use super::window::Geometry;
use super::{expect_len, numel, CpuOp, OpArgs};
use syncbn_ir::ops::pool::COUNT_INCLUDE_PAD;
use syncbn_ir::ops::window::KERNEL_SHAPE;

/// MaxPool or AveragePool.
pub struct Pool {
    max: bool,
}

/// The MaxPool op (output Y only).
pub static MAX_POOL: Pool = Pool { max: true };
/// The AveragePool op.
pub static AVERAGE_POOL: Pool = Pool { max: false };

impl CpuOp for Pool {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        let (rows, geo) = pool_geometry(a, x.shape, a.out_shape)?;
        expect_len(y, rows * geo.outputs)?;
        let planes = x.data.chunks_exact(geo.plane).zip(y.chunks_exact_mut(geo.outputs)).take(rows);
        if self.max {
            let mut best = vec![None; geo.outputs];
            for (plane, out) in planes {
                argmax_windows(plane, &geo, &mut best);
                out.iter_mut().zip(&best).for_each(|(d, b)| *d = b.map_or(f32::NEG_INFINITY, |o| plane[o]));
            }
            return Ok(());
        }
        let divisors = divisors(&geo, COUNT_INCLUDE_PAD.read(a.attrs));
        for (plane, out) in planes {
            for ((p, dst), &divisor) in out.iter_mut().enumerate().zip(&divisors) {
                let sum: f64 =
                    geo.offsets.iter().skip(p).step_by(geo.outputs).flatten().map(|&o| f64::from(plane[o])).sum();
                *dst = (sum / divisor as f64) as f32;
            }
        }
        Ok(())
    }
}

/// Rows (`N * C` planes) and the window geometry of a pool of `x` giving `y` (shapes).
pub(super) fn pool_geometry(a: &OpArgs<'_>, x: &[usize], y: &[usize]) -> Result<(usize, Rc<Geometry>), String> {
    let rank = x.len();
    if rank < 3 || y.len() != rank || y[..2] != x[..2] {
        return Err(format!("X {x:?} cannot give Y {y:?}; expected [N, C, spatial...] for both"));
    }
    let kernel: Vec<usize> = (KERNEL_SHAPE.get(a.attrs).unwrap_or(&[]).iter())
        .map(|&k| usize::try_from(k).map_err(|_| format!("kernel_shape entry {k} is negative")))
        .collect::<Result<_, _>>()?;
    let geo = Geometry::new(a, &x[2..], &y[2..], &kernel)?;
    Ok((x[0] * x[1], geo))
}

/// For each window of `plane`, the offset of its largest element (`None` when the window lies in
/// the padding): the first one in window order on ties, and a NaN wins (it propagates as in PyTorch).
/// Walks the geometry's runs (taps in order, each over consecutive positions).
pub(super) fn argmax_windows(plane: &[f32], geo: &Geometry, best: &mut [Option<usize>]) {
    best.fill(None);
    for r in &geo.runs {
        let offsets = (0..r.len).map(|j| r.offset + j * geo.step);
        for (b, o) in best[r.position..][..r.len].iter_mut().zip(offsets) {
            let wins = b.is_none_or(|cur| {
                let (v, m) = (plane[o], plane[cur]);
                v > m || (v.is_nan() && !m.is_nan())
            });
            if wins {
                *b = Some(o);
            }
        }
    }
}

/// AveragePool's divisor of each window: its taps inside the input, or inside the input and its
/// explicit padding when `include_pad` (count_include_pad).
pub(super) fn divisors(geo: &Geometry, include_pad: bool) -> Vec<usize> {
    if include_pad {
        return geo.padded_counts.clone();
    }
    let mut counts = vec![0usize; geo.outputs];
    for offsets in geo.offsets.chunks_exact(geo.outputs) {
        counts.iter_mut().zip(offsets).for_each(|(c, o)| *c += usize::from(o.is_some()));
    }
    counts
}

/// GlobalAveragePool: the mean of each `(n, c)` plane.
pub struct GlobalAveragePool;

/// The GlobalAveragePool op.
pub static GLOBAL_AVERAGE_POOL: GlobalAveragePool = GlobalAveragePool;

impl CpuOp for GlobalAveragePool {
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
