//! Conv: strides, pads, dilations, auto_pad, groups (depthwise included) and an optional bias, as
//! im2col per group of a batch of images side by side (`image_batch`) followed by one matrix
//! product through the `gemm` crate, handing each batch's output images over as soon as they are
//! written; a weight-bound Conv (`weight_bound`) through `weight_bound_products`, alone or with
//! the replica's team.

use std::collections::BTreeMap;
use std::ops::Range;
use std::rc::Rc;

use super::blas::{matmul, MatRef};
use super::image_batch::{batches, columns, Blocks};
use super::weight_bound::is_weight_bound;
use super::weight_bound_products::{product, Weight};
use super::window::Geometry;
use super::{expect_len, numel, CpuOp, ImagesWritten, OpArgs, TeamOutput};
use syncbn_ir::ops::conv::GROUP;
use syncbn_ir::Attr;

/// Conv.
pub struct Conv;

/// The Conv op.
pub static CONV: Conv = Conv;

impl CpuOp for Conv {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        self.run_images(a, y, &mut |_, _| Ok(()))
    }

    fn writes_by_image(&self) -> bool {
        true
    }

    fn run_images(&self, a: &OpArgs<'_>, y: &mut [f32], written: &mut ImagesWritten<'_>) -> Result<(), String> {
        let (x, w) = (a.input(0)?, a.input(1)?);
        let bias = a.optional(2);
        let (shape, geo) = layout(a, x.shape, w.shape, a.out_shape)?;
        if bias.is_some_and(|b| b.data.len() != shape.m) {
            return Err(format!("bias has {} elements; expected {}", bias.map_or(0, |b| b.data.len()), shape.m));
        }
        expect_len(y, numel(a.out_shape))?;
        let (x_image, y_image, bias) = (shape.c * geo.plane, shape.m * geo.outputs, bias.map(|b| b.data));
        if shape.depthwise() {
            for img in 0..shape.n {
                let xi = &x.data[img * x_image..][..x_image];
                depthwise(&geo, xi, w.data, bias, &mut y[img * y_image..][..y_image]);
                written(y, img..img + 1)?;
            }
            return Ok(());
        }
        let operands = (x.data, w.data, bias);
        if conv_is_weight_bound(a.attrs, w.shape, a.out_shape) {
            return weight_bound_forward(a, (&shape, &geo), operands, y, written);
        }
        by_gemm(&shape, &geo, operands, y, written)
    }

    fn teams_up(
        &self,
        attrs: &BTreeMap<String, Attr>,
        inputs: &[Option<&[usize]>],
        out: &[usize],
    ) -> Option<TeamOutput> {
        let w = inputs.get(1).copied().flatten()?;
        conv_is_weight_bound(attrs, w, out).then_some(TeamOutput::Own)
    }
}

/// A weight-bound Conv (`weight_bound`): `y = W @ im2col(x) + bias` through `weight_bound_products`,
/// alone or with the replica's team, then `written(y, all images)`.
fn weight_bound_forward(
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

/// The Conv of images `x` through the `gemm` crate, batches of images side by side.
fn by_gemm(
    shape: &Shape,
    geo: &Geometry,
    (x, w, bias): (&[f32], &[f32], Option<&[f32]>),
    y: &mut [f32],
    written: &mut ImagesWritten<'_>,
) -> Result<(), String> {
    let mut scratch = Scratch::default();
    for images in batches(shape.n, shape.cg * geo.taps, geo.outputs) {
        for g in 0..shape.group {
            convolve(shape, geo, (x, w, bias), (g, images.clone()), &mut scratch, y)?;
        }
        written(y, images)?;
    }
    Ok(())
}

/// Channel counts of one Conv.
pub(super) struct Shape {
    /// Images.
    pub n: usize,
    /// Input channels.
    pub c: usize,
    /// Output channels.
    pub m: usize,
    /// Groups.
    pub group: usize,
    /// Input channels per group.
    pub cg: usize,
    /// Output channels per group.
    pub mg: usize,
}

impl Shape {
    /// Whether each group has one input and one output channel (depthwise).
    pub fn depthwise(&self) -> bool {
        self.cg == 1 && self.mg == 1
    }
}

/// The channel counts and window geometry of a Conv of `x` by `w` giving `y` (shapes), checked
/// against each other and the node's attributes.
pub(super) fn layout(a: &OpArgs<'_>, x: &[usize], w: &[usize], y: &[usize]) -> Result<(Shape, Rc<Geometry>), String> {
    let rank = x.len();
    if rank < 3 || w.len() != rank || y.len() != rank {
        return Err(format!("X {x:?}, W {w:?} and Y {y:?} must share one rank >= 3"));
    }
    let (n, c, m) = (x[0], x[1], w[0]);
    let group =
        usize::try_from(GROUP.read(a.attrs)).ok().filter(|&g| g >= 1).ok_or("attribute \"group\" must be >= 1")?;
    if w[1].checked_mul(group) != Some(c) || m % group != 0 || y[1] != m || y[0] != n {
        return Err(format!("X {x:?}, W {w:?} with group {group} cannot give Y {y:?}"));
    }
    let geo = Geometry::new(a, &x[2..], &y[2..], &w[2..])?;
    Ok((Shape { n, c, m, group, cg: c / group, mg: m / group }, geo))
}

/// Buffers reused by the products of one op: the side-by-side im2col matrix and a product's
/// output (or gathered operand) for batches of several images.
#[derive(Default)]
pub(super) struct Scratch {
    /// The im2col matrix `[k, b * p]`.
    pub col: Vec<f32>,
    /// A `[rows, b * p]` operand or result.
    pub side: Vec<f32>,
}

/// `y[g] = W[g] @ im2col(x[g]) + bias` for group `g` of `images`, the images side by side in one
/// product ([`batches`]); `x`, `w` and the bias are the op's inputs.
fn convolve(
    s: &Shape,
    geo: &Geometry,
    (x, w, bias): (&[f32], &[f32], Option<&[f32]>),
    (g, images): (usize, Range<usize>),
    scratch: &mut Scratch,
    y: &mut [f32],
) -> Result<(), String> {
    let (p, k, b) = (geo.outputs, s.cg * geo.taps, images.len());
    let row = b * p;
    columns(&mut scratch.col, k * row);
    for (j, img) in images.clone().enumerate() {
        let start = img * s.c * geo.plane + g * s.cg * geo.plane;
        im2col(&x[start..start + s.cg * geo.plane], geo, &mut scratch.col, (row, j * p));
    }
    let out = Blocks { image: s.m * p, offset: g * s.mg * p, rows: s.mg, p };
    let yg: &mut [f32] = if b == 1 {
        &mut y[images.start * out.image + out.offset..][..s.mg * p]
    } else {
        scratch.side.resize(s.mg * row, 0.0);
        &mut scratch.side
    };
    for (r, dst) in yg.chunks_exact_mut(row.max(1)).enumerate() {
        dst.fill(bias.map_or(0.0, |b| b[g * s.mg + r]));
    }
    let wg = MatRef::row_major(&w[g * s.mg * k..(g + 1) * s.mg * k], s.mg, k);
    matmul(wg, MatRef::row_major(&scratch.col, k, row), yg, 1.0, true)?;
    if b > 1 {
        out.scatter(&scratch.side, images, y);
    }
    Ok(())
}

/// One output plane per input plane of one image: `y[plane] = bias + sum over taps of w[tap] *
/// x[tap's input]`.
fn depthwise(geo: &Geometry, x: &[f32], w: &[f32], bias: Option<&[f32]>, y: &mut [f32]) {
    let channels = w.len() / geo.taps.max(1);
    for (i, (plane, out)) in x.chunks_exact(geo.plane).zip(y.chunks_exact_mut(geo.outputs)).enumerate() {
        let ch = i % channels.max(1);
        out.fill(bias.map_or(0.0, |b| b[ch]));
        let weights = &w[ch * geo.taps..(ch + 1) * geo.taps];
        for r in &geo.runs {
            let wt = weights[r.tap];
            out[r.position..][..r.len].iter_mut().zip(r.read(plane, geo.step)).for_each(|(d, &v)| *d += wt * v);
        }
    }
}

/// Unfolds the `cg` planes of `x` into `col[(channel * taps + tap) * row + column + position]`:
/// one image's columns, starting at `column` of rows `row` long (`(geo.outputs, 0)` for one image
/// alone). Entries in the padding are not written: they must hold zeros (`col` fresh, reused only
/// by im2col with the same layout).
pub(super) fn im2col(x: &[f32], geo: &Geometry, col: &mut [f32], (row, column): (usize, usize)) {
    for (plane, rows) in x.chunks_exact(geo.plane).zip(col.chunks_exact_mut(geo.taps * row)) {
        for r in &geo.runs {
            let dst = &mut rows[r.tap * row + column + r.position..][..r.len];
            if geo.step == 1 {
                dst.copy_from_slice(&plane[r.offset..][..r.len]);
            } else {
                dst.iter_mut().zip(r.read(plane, geo.step)).for_each(|(d, &v)| *d = v);
            }
        }
    }
}

/// Whether a Conv of weight shape `w` whose output (or output gradient) has shape `y` is
/// weight-bound, its group read from `attrs`.
pub(super) fn conv_is_weight_bound(attrs: &BTreeMap<String, Attr>, w: &[usize], y: &[usize]) -> bool {
    let group = usize::try_from(GROUP.read(attrs)).unwrap_or(0);
    is_weight_bound(group, numel(w), numel(y.get(2..).unwrap_or(&[])))
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

/// The columns of `x`'s images for the Conv, one after the other: the transposed im2col matrix
/// `[n * p, k]`.
pub(super) fn transposed_columns(x: &[f32], s: &Shape, geo: &Geometry) -> Vec<f32> {
    let (k, count) = (s.c * geo.taps, s.n * geo.outputs);
    let col = columns_side_by_side(x, s, geo);
    let mut cols = vec![0.0f32; count * k];
    for (i, row) in col.chunks_exact(count.max(1)).enumerate() {
        row.iter().enumerate().for_each(|(j, &v)| cols[j * k + i] = v);
    }
    cols
}
