//! Conv's gradients: ConvGradInput (a transposed convolution: `W^T @ dY` per image and group, then
//! col2im, handing each image of `dX` over as soon as it is written) and ConvGradWeight
//! (`dY @ im2col(X)^T` summed over the images), through the `gemm` crate with the forward's window
//! geometry; direct loops for depthwise groups.

use super::super::blas::{matmul, MatRef};
use super::super::conv::{im2col, layout, Shape};
use super::super::window::Geometry;
use super::super::{expect_len, numel, CpuOp, ImagesWritten, OpArgs, Tensor};
use super::like_shape;

/// ConvGradInput `(dY, W, X) -> dX`; `X` is read only for its shape.
pub struct ConvGradInput;

/// The ConvGradInput op.
pub static CONV_GRAD_INPUT: ConvGradInput = ConvGradInput;

impl CpuOp for ConvGradInput {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        self.run_images(a, dx, &mut |_, _| Ok(()))
    }

    fn writes_by_image(&self) -> bool {
        true
    }

    fn run_images(&self, a: &OpArgs<'_>, dx: &mut [f32], written: &mut ImagesWritten<'_>) -> Result<(), String> {
        let (dy, w) = (a.input(0)?, a.input(1)?);
        transposed(a, dy, w, like_shape(a, 2)?, dx, written)
    }
}

/// ConvTranspose `(X, W[, B]) -> Y`: the gradient in its input of the Conv from `Y`'s shape to
/// `X`'s with the same weight, geometry and groups, plus the bias per channel.
pub struct ConvTranspose;

/// The ConvTranspose op.
pub static CONV_TRANSPOSE: ConvTranspose = ConvTranspose;

impl CpuOp for ConvTranspose {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let (x, w) = (a.input(0)?, a.input(1)?);
        transposed(a, x, w, a.out_shape, y, &mut |_, _| Ok(()))?;
        if let Some(b) = a.optional(2) {
            let (c, plane) = (a.out_shape.get(1).copied().unwrap_or(0), numel(a.out_shape.get(2..).unwrap_or(&[])));
            if b.data.len() != c {
                return Err(format!("bias has {} values; expected {c}", b.data.len()));
            }
            for (i, row) in y.chunks_mut(plane.max(1)).enumerate() {
                row.iter_mut().for_each(|v| *v += b.data[i % c.max(1)]);
            }
        }
        Ok(())
    }
}

/// `dX` of shape `x_shape` from `dY` through the Conv of weight `w` and the node's geometry,
/// calling `written` after each image of `dX`.
fn transposed(
    a: &OpArgs<'_>,
    dy: Tensor<'_>,
    w: Tensor<'_>,
    x_shape: &[usize],
    dx: &mut [f32],
    written: &mut ImagesWritten<'_>,
) -> Result<(), String> {
    let (s, geo) = layout(a, x_shape, w.shape, dy.shape)?;
    expect_len(dx, numel(x_shape))?;
    dx.fill(0.0);
    let (p, k) = (geo.outputs, s.cg * geo.taps);
    let mut col = vec![0.0f32; if geo.is_identity() || s.depthwise() { 0 } else { k * p }];
    let (dx_image, dy_image) = (s.c * geo.plane, s.m * p);
    for img in 0..s.n {
        let dyi = &dy.data[img * dy_image..][..dy_image];
        transposed_image(&s, &geo, dyi, w.data, &mut col, &mut dx[img * dx_image..][..dx_image])?;
        written(dx, img..img + 1)?;
    }
    Ok(())
}

/// Adds `W[g]^T @ dY[g]` (through col2im unless the geometry is the identity) into `dX[g]` for every
/// group of one image; a direct loop for depthwise groups.
fn transposed_image(
    s: &Shape,
    geo: &Geometry,
    dy: &[f32],
    w: &[f32],
    col: &mut [f32],
    dx: &mut [f32],
) -> Result<(), String> {
    if s.depthwise() {
        depthwise_input(geo, dy, w, dx);
        return Ok(());
    }
    let (p, k) = (geo.outputs, s.cg * geo.taps);
    for g in 0..s.group {
        let dyg = MatRef::row_major(&dy[g * s.mg * p..][..s.mg * p], s.mg, p);
        let wgt = MatRef::row_major(&w[g * s.mg * k..][..s.mg * k], s.mg, k).t();
        let dxg = &mut dx[g * s.cg * geo.plane..][..s.cg * geo.plane];
        if geo.is_identity() {
            matmul(wgt, dyg, dxg, 1.0, false)?;
        } else {
            matmul(wgt, dyg, col, 1.0, false)?;
            col2im(col, geo, dxg);
        }
    }
    Ok(())
}

/// ConvGradWeight `(dY, X, W) -> dW`, summed over the images; `W` is read only for its shape.
pub struct ConvGradWeight;

/// The ConvGradWeight op.
pub static CONV_GRAD_WEIGHT: ConvGradWeight = ConvGradWeight;

impl CpuOp for ConvGradWeight {
    fn run(&self, a: &OpArgs<'_>, dw: &mut [f32]) -> Result<(), String> {
        let (dy, x) = (a.input(0)?, a.input(1)?);
        let w_shape = like_shape(a, 2)?;
        let (s, geo) = layout(a, x.shape, w_shape, dy.shape)?;
        expect_len(dw, numel(w_shape))?;
        dw.fill(0.0);
        if s.depthwise() {
            depthwise_weight(&geo, dy.data, x.data, dw);
            return Ok(());
        }
        let (p, k) = (geo.outputs, s.cg * geo.taps);
        let identity = geo.is_identity();
        let mut col = if identity { Vec::new() } else { vec![0.0f32; k * p] };
        for (img, g) in images_and_groups(&s) {
            let dyg = MatRef::row_major(&dy.data[(img * s.m + g * s.mg) * p..][..s.mg * p], s.mg, p);
            let xg = &x.data[(img * s.c + g * s.cg) * geo.plane..][..s.cg * geo.plane];
            let cols = if identity {
                xg
            } else {
                im2col(xg, &geo, &mut col);
                &col
            };
            matmul(dyg, MatRef::row_major(cols, k, p).t(), &mut dw[g * s.mg * k..][..s.mg * k], 1.0, true)?;
        }
        Ok(())
    }
}

/// Every (image, group) pair, images outermost.
fn images_and_groups(s: &Shape) -> impl Iterator<Item = (usize, usize)> {
    let group = s.group;
    (0..s.n).flat_map(move |img| (0..group).map(move |g| (img, g)))
}

/// Adds `col[(channel * taps + tap) * outputs + position]` into the `cg` planes of `x` where each
/// tap reads: the adjoint of [`im2col`].
fn col2im(col: &[f32], geo: &Geometry, x: &mut [f32]) {
    for (plane, rows) in x.chunks_exact_mut(geo.plane).zip(col.chunks_exact(geo.taps * geo.outputs)) {
        for r in &geo.runs {
            let src = &rows[r.tap * geo.outputs + r.position..][..r.len];
            if geo.step == 1 {
                plane[r.offset..][..r.len].iter_mut().zip(src).for_each(|(d, &v)| *d += v);
            } else {
                r.write(plane, geo.step).zip(src).for_each(|(d, &v)| *d += v);
            }
        }
    }
}

/// The channel of plane `i` of a depthwise Conv whose weights hold `channels` kernels.
fn channel_of(i: usize, channels: usize) -> usize {
    i % channels.max(1)
}

/// Depthwise `dX`: each `dY` element times each tap's weight, added where the tap reads.
fn depthwise_input(geo: &Geometry, dy: &[f32], w: &[f32], dx: &mut [f32]) {
    let channels = w.len() / geo.taps.max(1);
    for (i, (plane, g)) in dx.chunks_exact_mut(geo.plane).zip(dy.chunks_exact(geo.outputs)).enumerate() {
        let weights = &w[channel_of(i, channels) * geo.taps..][..geo.taps];
        for r in &geo.runs {
            let wt = weights[r.tap];
            r.write(plane, geo.step).zip(&g[r.position..][..r.len]).for_each(|(d, &gv)| *d += wt * gv);
        }
    }
}

/// Depthwise `dW`: per channel and tap, the sum over images and positions of `dY` times the input
/// element the tap reads.
fn depthwise_weight(geo: &Geometry, dy: &[f32], x: &[f32], dw: &mut [f32]) {
    let channels = dw.len() / geo.taps.max(1);
    for (i, (plane, g)) in x.chunks_exact(geo.plane).zip(dy.chunks_exact(geo.outputs)).enumerate() {
        let weights = &mut dw[channel_of(i, channels) * geo.taps..][..geo.taps];
        for r in &geo.runs {
            weights[r.tap] +=
                g[r.position..][..r.len].iter().zip(r.read(plane, geo.step)).map(|(&gv, &v)| gv * v).sum::<f32>();
        }
    }
}
