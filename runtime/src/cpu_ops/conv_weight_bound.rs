//! The three products of a weight-bound Conv (`weight_bound`): its output, its input gradient and
//! its weight gradient as the matrices of `weight_bound_products` (im2col columns, output
//! gradients side by side, col2im), for one replica alone or for its team. A replica with more
//! columns than the weight gradient's kernel takes ([`MAX_COLUMNS`]) computes its weight gradient
//! alone, through the `gemm` crate.

use std::collections::BTreeMap;

use super::conv::{im2col, Shape};
use super::weight_bound::{is_weight_bound, MAX_COLUMNS};
use super::weight_bound_products::{self as products, product, transposed, Weight};
use super::window::Geometry;
use super::{numel, ImagesWritten, OpArgs};
use syncbn_ir::ops::conv::GROUP;
use syncbn_ir::Attr;

pub(super) use super::weight_bound_products::Alone;

/// Whether a Conv of weight shape `w` whose output (or output gradient) has shape `y` is
/// weight-bound, its group read from `attrs`.
pub(super) fn conv_is_weight_bound(attrs: &BTreeMap<String, Attr>, w: &[usize], y: &[usize]) -> bool {
    let group = usize::try_from(GROUP.read(attrs)).unwrap_or(0);
    is_weight_bound(group, numel(w), numel(y.get(2..).unwrap_or(&[])))
}

/// Whether this replica's weight gradient goes through [`weight_grad_row`]: a team's always (a
/// replica with too many columns computes its own alone, before the team's meeting), else with
/// at most [`MAX_COLUMNS`] columns.
pub(super) fn takes_weight_bound_path(a: &OpArgs<'_>, s: &Shape, geo: &Geometry) -> bool {
    a.team.is_some() || s.n * geo.outputs <= MAX_COLUMNS
}

/// `y = W @ im2col(x) + bias`, block by block of output channels, then `written(y, all images)`.
pub(super) fn forward(
    a: &OpArgs<'_>,
    (s, geo): (&Shape, &Geometry),
    (x, w, bias): (&[f32], &[f32], Option<&[f32]>),
    y: &mut [f32],
    written: &mut ImagesWritten<'_>,
) -> Result<(), String> {
    let (k, p, count) = (s.c * geo.taps, geo.outputs, s.n * geo.outputs);
    let col = transposed_columns(x, s, geo);
    let place = move |r: usize, j: usize| (j / p) * s.m * p + r * p + j % p;
    let w = Weight { data: w, m: s.m, k };
    product(a.team, w, (bias.unwrap_or_default(), &col, count), y, &place)?;
    written(y, 0..s.n)
}

/// `dx = col2im(W^T @ dy)`, block by block of im2col rows, then `written(dx, all images)`.
pub(super) fn input_grad(
    a: &OpArgs<'_>,
    (s, geo): (&Shape, &Geometry),
    (dy, w): (&[f32], &[f32]),
    dx: &mut [f32],
    written: &mut ImagesWritten<'_>,
) -> Result<(), String> {
    let (k, p, count) = (s.c * geo.taps, geo.outputs, s.n * geo.outputs);
    let grad = gradient_side_by_side(dy, s.m, p);
    let mut col = vec![0.0f32; k * count];
    transposed(a.team, Weight { data: w, m: s.m, k }, (&grad, count), &mut col)?;
    dx.fill(0.0);
    let image = s.c * geo.plane;
    for (img, dxi) in dx.chunks_exact_mut(image.max(1)).enumerate().take(s.n) {
        super::grad::conv::col2im(&col, geo, dxi, (count, img * p));
    }
    written(dx, 0..s.n)
}

/// `dw = dy @ im2col(x)^T` alone; in a team, the sum of every replica's over the replicas (in
/// replica order, as an all-reduce sums them) into replica 0's `dw`, the others' left as they were.
pub(super) fn weight_grad(
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
    products::weight_grad(a.team, (s.m, k), operands, dw, alone)
}

/// The im2col matrix of `x`'s images side by side, `[k, n * p]`.
fn columns_side_by_side(x: &[f32], s: &Shape, geo: &Geometry) -> Vec<f32> {
    let (k, p, count) = (s.c * geo.taps, geo.outputs, s.n * geo.outputs);
    let mut col = vec![0.0f32; k * count];
    let image = s.c * geo.plane;
    for (img, xi) in x.chunks_exact(image.max(1)).enumerate().take(s.n) {
        im2col(xi, geo, &mut col, (count, img * p));
    }
    col
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

/// The columns of `x`'s images for the Conv, one after the other: the transposed im2col matrix
/// `[n * p, k]`.
fn transposed_columns(x: &[f32], s: &Shape, geo: &Geometry) -> Vec<f32> {
    let (k, count) = (s.c * geo.taps, s.n * geo.outputs);
    let col = columns_side_by_side(x, s, geo);
    let mut cols = vec![0.0f32; count * k];
    for (i, row) in col.chunks_exact(count.max(1)).enumerate() {
        row.iter().enumerate().for_each(|(j, &v)| cols[j * k + i] = v);
    }
    cols
}
