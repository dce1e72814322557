//! Conv: strides, pads, dilations, auto_pad, groups (depthwise included) and an optional bias, as
//! im2col per image and group followed by one matrix product through the `gemm` crate.

use super::blas::{matmul, MatRef};
use super::window::Geometry;
use super::{expect_len, numel, CpuOp, OpArgs};

/// Conv.
pub struct Conv;

/// The Conv op.
pub static CONV: Conv = Conv;

impl CpuOp for Conv {
    fn name(&self) -> &'static str {
        "Conv"
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let (x, w) = (a.input(0)?, a.input(1)?);
        let bias = a.optional(2);
        let rank = x.shape.len();
        if rank < 3 || w.shape.len() != rank || a.out_shape.len() != rank {
            return Err(format!("X {:?}, W {:?} and Y {:?} must share one rank >= 3", x.shape, w.shape, a.out_shape));
        }
        let (n, c, m) = (x.shape[0], x.shape[1], w.shape[0]);
        let group =
            usize::try_from(a.int("group", 1)).ok().filter(|&g| g >= 1).ok_or("attribute \"group\" must be >= 1")?;
        if w.shape[1].checked_mul(group) != Some(c) || m % group != 0 || a.out_shape[1] != m || a.out_shape[0] != n {
            return Err(format!("X {:?}, W {:?} with group {group} cannot give Y {:?}", x.shape, w.shape, a.out_shape));
        }
        if bias.is_some_and(|b| b.data.len() != m) {
            return Err(format!("bias has {} elements; expected {m}", bias.map_or(0, |b| b.data.len())));
        }
        expect_len(y, numel(a.out_shape))?;
        let geo = Geometry::new(a, &x.shape[2..], &a.out_shape[2..], &w.shape[2..])?;
        let shape = Shape { n, c, m, group, cg: c / group, mg: m / group };
        convolve(&shape, &geo, x.data, w.data, bias.map(|b| b.data), y)
    }
}

/// Channel counts of one Conv.
struct Shape {
    n: usize,
    c: usize,
    m: usize,
    group: usize,
    /// Input channels per group.
    cg: usize,
    /// Output channels per group.
    mg: usize,
}

/// `y[img, g] = W[g] @ im2col(x[img, g]) + bias` for every image and group; a direct loop when
/// each group has one input and one output channel (depthwise).
fn convolve(
    s: &Shape,
    geo: &Geometry,
    x: &[f32],
    w: &[f32],
    bias: Option<&[f32]>,
    y: &mut [f32],
) -> Result<(), String> {
    if s.cg == 1 && s.mg == 1 {
        depthwise(geo, x, w, bias, y);
        return Ok(());
    }
    let (p, k) = (geo.outputs, s.cg * geo.taps);
    let mut col = vec![0.0f32; k * p];
    for img in 0..s.n {
        for g in 0..s.group {
            let start = (img * s.c + g * s.cg) * geo.plane;
            im2col(&x[start..start + s.cg * geo.plane], geo, &mut col);
            let out = (img * s.m + g * s.mg) * p;
            let yg = &mut y[out..out + s.mg * p];
            for (r, row) in yg.chunks_exact_mut(p).enumerate() {
                row.fill(bias.map_or(0.0, |b| b[g * s.mg + r]));
            }
            let wg = MatRef::row_major(&w[g * s.mg * k..(g + 1) * s.mg * k], s.mg, k);
            matmul(wg, MatRef::row_major(&col, k, p), yg, 1.0, true)?;
        }
    }
    Ok(())
}

/// One output plane per input plane: `y[plane] = bias + sum over taps of w[tap] * x[tap's input]`.
fn depthwise(geo: &Geometry, x: &[f32], w: &[f32], bias: Option<&[f32]>, y: &mut [f32]) {
    let channels = w.len() / geo.taps.max(1);
    for (i, (plane, out)) in x.chunks_exact(geo.plane).zip(y.chunks_exact_mut(geo.outputs)).enumerate() {
        let ch = i % channels.max(1);
        out.fill(bias.map_or(0.0, |b| b[ch]));
        let weights = &w[ch * geo.taps..(ch + 1) * geo.taps];
        for (&wt, offsets) in weights.iter().zip(geo.offsets.chunks_exact(geo.outputs)) {
            for (d, off) in out.iter_mut().zip(offsets) {
                if let Some(o) = off {
                    *d += wt * plane[*o];
                }
            }
        }
    }
}

/// Unfolds the `cg` planes of `x` into `col[(channel * taps + tap) * outputs + position]`.
fn im2col(x: &[f32], geo: &Geometry, col: &mut [f32]) {
    for (plane, rows) in x.chunks_exact(geo.plane).zip(col.chunks_exact_mut(geo.taps * geo.outputs)) {
        for (dst, offset) in rows.iter_mut().zip(&geo.offsets) {
            *dst = offset.map_or(0.0, |o| plane[o]);
        }
    }
}
