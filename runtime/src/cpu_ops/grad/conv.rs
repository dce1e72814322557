//! Conv's gradients: ConvGradInput (a transposed convolution: `W^T @ dY` per group of a batch of
//! images side by side, then col2im, handing each batch of `dX` over as soon as it is written) and
//! ConvGradWeight (`dY @ im2col(X)^T`, the images side by side in the product's inner dimension),
//! through the `gemm` crate with the forward's window geometry; direct loops for depthwise groups;
//! those of a weight-bound Conv (`weight_bound`) through `weight_bound_products`, alone or with the
//! replica's team.

use std::collections::BTreeMap;
use std::ops::Range;

use super::super::blas::{matmul, MatRef};
use super::super::conv::{conv_is_weight_bound, im2col, layout, transposed_columns, Scratch, Shape};
use super::super::image_batch::{batches, columns, Blocks};
use super::super::weight_bound::MAX_COLUMNS;
use super::super::weight_bound_products::{self as products, weight_grad, Alone, Weight};
use super::super::window::Geometry;
use super::super::{expect_len, numel, CpuOp, ImagesWritten, OpArgs, TeamOutput, Tensor};
use super::like_shape;
use syncbn_ir::Attr;

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
        let x_shape = like_shape(a, 2)?;
        if conv_is_weight_bound(a.attrs, w.shape, dy.shape) {
            let (s, geo) = layout(a, x_shape, w.shape, dy.shape)?;
            expect_len(dx, numel(x_shape))?;
            return weight_bound_input_grad(a, (&s, &geo), (dy.data, w.data), dx, written);
        }
        transposed(a, dy, w, x_shape, dx, written)
    }

    fn teams_up(&self, attrs: &BTreeMap<String, Attr>, inputs: &[Option<&[usize]>], _: &[usize]) -> Option<TeamOutput> {
        let weight_bound = matches!(inputs, [Some(dy), Some(w), ..] if conv_is_weight_bound(attrs, w, dy));
        weight_bound.then_some(TeamOutput::Own)
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
/// calling `written` after each batch of images of `dX` ([`batches`]).
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
    let (dx_image, dy_image) = (s.c * geo.plane, s.m * geo.outputs);
    if s.depthwise() {
        for img in 0..s.n {
            let dyi = &dy.data[img * dy_image..][..dy_image];
            depthwise_input(&geo, dyi, w.data, &mut dx[img * dx_image..][..dx_image]);
            written(dx, img..img + 1)?;
        }
        return Ok(());
    }
    let mut scratch = Scratch::default();
    for images in batches(s.n, s.cg * geo.taps, geo.outputs) {
        for g in 0..s.group {
            transposed_group(&s, &geo, (dy.data, w.data), (g, images.clone()), &mut scratch, dx)?;
        }
        written(dx, images)?;
    }
    Ok(())
}

/// Adds `W[g]^T @ dY[g]` (through col2im unless the geometry is the identity) into `dX[g]` for
/// group `g` of `images`, the images side by side in one product.
fn transposed_group(
    s: &Shape,
    geo: &Geometry,
    (dy, w): (&[f32], &[f32]),
    (g, images): (usize, Range<usize>),
    scratch: &mut Scratch,
    dx: &mut [f32],
) -> Result<(), String> {
    let (p, k, b) = (geo.outputs, s.cg * geo.taps, images.len());
    let row = b * p;
    let dy_blocks = Blocks { image: s.m * p, offset: g * s.mg * p, rows: s.mg, p };
    let dx_blocks = Blocks { image: s.c * geo.plane, offset: g * s.cg * geo.plane, rows: s.cg, p: geo.plane };
    let dyg = side_by_side(dy, &dy_blocks, images.clone(), &mut scratch.side);
    let wgt = MatRef::row_major(&w[g * s.mg * k..][..s.mg * k], s.mg, k).t();
    if geo.is_identity() && b == 1 {
        return matmul(wgt, dyg, &mut dx[dx_blocks.range(images.start)], 1.0, false);
    }
    columns(&mut scratch.col, k * row);
    matmul(wgt, dyg, &mut scratch.col, 1.0, false)?;
    if geo.is_identity() {
        dx_blocks.scatter(&scratch.col, images, dx);
        return Ok(());
    }
    for (j, img) in images.enumerate() {
        col2im(&scratch.col, geo, &mut dx[dx_blocks.range(img)], (row, j * p));
    }
    Ok(())
}

/// The blocks of `images` of `t` as one `[rows, b * p]` matrix: the block itself for one image,
/// else gathered side by side into `side`.
fn side_by_side<'a>(t: &'a [f32], blocks: &Blocks, images: Range<usize>, side: &'a mut Vec<f32>) -> MatRef<'a> {
    let cols = images.len() * blocks.p;
    if images.len() == 1 {
        return MatRef::row_major(&t[blocks.range(images.start)], blocks.rows, cols);
    }
    blocks.gather(t, images, side);
    MatRef::row_major(side, blocks.rows, cols)
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
        if s.depthwise() {
            dw.fill(0.0);
            depthwise_weight(&geo, dy.data, x.data, dw);
            return Ok(());
        }
        if conv_is_weight_bound(a.attrs, w_shape, dy.shape) && takes_weight_bound_path(a, &s, &geo) {
            let alone = &mut |dw: &mut [f32]| weight_grad_by_gemm(&s, &geo, (dy.data, x.data), dw);
            return weight_bound_weight_grad(a, (&s, &geo), (dy.data, x.data), dw, alone);
        }
        weight_grad_by_gemm(&s, &geo, (dy.data, x.data), dw)
    }

    fn teams_up(
        &self,
        attrs: &BTreeMap<String, Attr>,
        inputs: &[Option<&[usize]>],
        out: &[usize],
    ) -> Option<TeamOutput> {
        let dy = inputs.first().copied().flatten()?;
        conv_is_weight_bound(attrs, out, dy).then_some(TeamOutput::SummedIntoFirst)
    }
}

/// `dw = dy @ im2col(x)^T` through the `gemm` crate, batches of images side by side in the
/// product's inner dimension.
fn weight_grad_by_gemm(s: &Shape, geo: &Geometry, (dy, x): (&[f32], &[f32]), dw: &mut [f32]) -> Result<(), String> {
    let (p, k) = (geo.outputs, s.cg * geo.taps);
    let mut scratch = Scratch::default();
    let mut dys = Vec::new();
    for (i, images) in batches(s.n, k, p).enumerate() {
        for g in 0..s.group {
            let dy_blocks = Blocks { image: s.m * p, offset: g * s.mg * p, rows: s.mg, p };
            let dyg = side_by_side(dy, &dy_blocks, images.clone(), &mut dys);
            let cols = unfolded(s, geo, x, (g, images.clone()), &mut scratch);
            matmul(dyg, cols.t(), &mut dw[g * s.mg * k..][..s.mg * k], 1.0, i > 0)?;
        }
    }
    if s.n == 0 {
        dw.fill(0.0);
    }
    Ok(())
}

/// The im2col matrix `[k, b * p]` of group `g` of `images` of `x` side by side (the input planes
/// themselves for one image through an identity geometry).
fn unfolded<'a>(
    s: &Shape,
    geo: &Geometry,
    x: &'a [f32],
    (g, images): (usize, Range<usize>),
    scratch: &'a mut Scratch,
) -> MatRef<'a> {
    let (p, k) = (geo.outputs, s.cg * geo.taps);
    let x_blocks = Blocks { image: s.c * geo.plane, offset: g * s.cg * geo.plane, rows: s.cg, p: geo.plane };
    if geo.is_identity() {
        return side_by_side(x, &x_blocks, images, &mut scratch.col);
    }
    let row = images.len() * p;
    columns(&mut scratch.col, k * row);
    for (j, img) in images.enumerate() {
        im2col(&x[x_blocks.range(img)], geo, &mut scratch.col, (row, j * p));
    }
    MatRef::row_major(&scratch.col, k, row)
}

/// Whether this replica's weight gradient goes through [`weight_grad_row`]: a team's always (a
/// replica with too many columns computes its own alone, before the team's meeting), else with
/// at most [`MAX_COLUMNS`] columns.
fn takes_weight_bound_path(a: &OpArgs<'_>, s: &Shape, geo: &Geometry) -> bool {
    a.team.is_some() || s.n * geo.outputs <= MAX_COLUMNS
}

/// A weight-bound Conv's `dx = col2im(W^T @ dy)` through `weight_bound_products`, alone or with the
/// replica's team, then `written(dx, all images)`.
fn weight_bound_input_grad(
    a: &OpArgs<'_>,
    (s, geo): (&Shape, &Geometry),
    (dy, w): (&[f32], &[f32]),
    dx: &mut [f32],
    written: &mut ImagesWritten<'_>,
) -> Result<(), String> {
    let (k, p, count) = (s.c * geo.taps, geo.outputs, s.n * geo.outputs);
    let grad = gradient_side_by_side(dy, s.m, p);
    let mut col = vec![0.0f32; k * count];
    products::transposed(a.team, Weight { data: w, m: s.m, k }, (&grad, count), &mut col)?;
    dx.fill(0.0);
    let image = s.c * geo.plane;
    for (img, dxi) in dx.chunks_exact_mut(image.max(1)).enumerate().take(s.n) {
        col2im(&col, geo, dxi, (count, img * p));
    }
    written(dx, 0..s.n)
}

/// `dw = dy @ im2col(x)^T` alone; in a team, the sum of every replica's over the replicas (in
/// replica order, as an all-reduce sums them) into replica 0's `dw`, the others' left as they were.
fn weight_bound_weight_grad(
    a: &OpArgs<'_>,
    (s, geo): (&Shape, &Geometry),
    (dy, x): (&[f32], &[f32]),
    dw: &mut [f32],
    alone: Alone<'_>,
) -> Result<(), String> {
    let (k, count) = (s.c * geo.taps, s.n * geo.outputs);
    let prepared =
        (count <= MAX_COLUMNS).then(|| (gradient_side_by_side(dy, s.m, geo.outputs), transposed_columns(x, s, geo)));
    let operands = prepared.as_ref().map(|(grad, cols)| (grad.as_slice(), cols.as_slice(), count));
    weight_grad(a.team, (s.m, k), operands, dw, alone)
}

/// A gradient `[n, m, p]` as the matrix `[m, n * p]` of its images side by side.
fn gradient_side_by_side(dy: &[f32], m: usize, p: usize) -> Vec<f32> {
    let count = dy.len() / m.max(1);
    let mut grad = vec![0.0f32; m * count];
    for (img, image) in dy.chunks_exact((m * p).max(1)).enumerate() {
        for (r, row) in image.chunks_exact(p.max(1)).enumerate() {
            grad[r * count + img * p..][..p].copy_from_slice(row);
        }
    }
    grad
}

/// Adds `col[(channel * taps + tap) * row + column + position]` into the `cg` planes of `x` where
/// each tap reads: the adjoint of [`im2col`] (one image's columns, from `column` of rows `row`
/// long).
fn col2im(col: &[f32], geo: &Geometry, x: &mut [f32], (row, column): (usize, usize)) {
    for (plane, rows) in x.chunks_exact_mut(geo.plane).zip(col.chunks_exact(geo.taps * row)) {
        for r in &geo.runs {
            let src = &rows[r.tap * row + column + r.position..][..r.len];
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
