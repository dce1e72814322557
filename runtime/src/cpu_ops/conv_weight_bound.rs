//! The three products of a weight-bound Conv (`weight_bound`): its output, its input gradient and
//! its weight gradient, for one replica alone or for every replica of its team
//! ([`crate::team`]): each replica computes a part of the blocks of output channels (of im2col
//! rows for the input gradient; of the weight gradient's rows, summed over the replicas in replica
//! order into replica 0's output) for all of them. A replica with more columns than the weight
//! gradient's kernel takes ([`MAX_COLUMNS`]) computes its weight gradient alone, through the
//! `gemm` crate.

use std::collections::BTreeMap;

use super::conv::{im2col, Shape};
use super::weight_bound::{
    block, blocks, is_weight_bound, product_block, transposed_block, weight_grad_row, Term, MAX_COLUMNS,
};
use super::window::Geometry;
use super::{numel, ImagesWritten, OpArgs};
use crate::team::Post;
use syncbn_ir::ops::conv::GROUP;
use syncbn_ir::shard::part;
use syncbn_ir::Attr;

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

/// A weight gradient that a replica computes alone through the `gemm` crate.
pub(super) type Alone<'f> = &'f mut dyn FnMut(&mut [f32]) -> Result<(), String>;

/// `y = W @ im2col(x) + bias`, block by block of output channels, then `written(y, all images)`.
pub(super) fn forward(
    a: &OpArgs<'_>,
    (s, geo): (&Shape, &Geometry),
    (x, w, bias): (&[f32], &[f32], Option<&[f32]>),
    y: &mut [f32],
    written: &mut ImagesWritten<'_>,
) -> Result<(), String> {
    let (k, p, count) = (s.c * geo.taps, geo.outputs, s.n * geo.outputs);
    let col = columns_side_by_side(x, s, geo);
    let index = move |r: usize, j: usize| (j / p) * s.m * p + r * p + j % p;
    let plus_bias = |bias: &[f32], r: usize, v: f32| bias.get(r).map_or(v, |b| b + v);
    let mut buf = Vec::new();
    match a.team {
        None => {
            let bias = bias.unwrap_or_default();
            for b in 0..blocks(s.m) {
                let put = &mut |r, j, v| y[index(r, j)] = plus_bias(bias, r, v);
                product_block(w, (k, block(b, s.m)), (&col, count), &mut buf, put)?;
            }
        }
        Some(team) => {
            let post = Post::new([w, bias.unwrap_or_default(), &col], y, count, false);
            team.share(post, |posts| {
                for b in part(blocks(s.m), posts.len(), team.replica()) {
                    for post in posts {
                        // SAFETY: inside the team's meetings; each replica writes its own blocks.
                        let (w, bias, col) = unsafe { (post.read(0), post.read(1), post.read(2)) };
                        let put = &mut |r, j, v| unsafe { post.write(index(r, j), plus_bias(bias, r, v)) };
                        product_block(w, (k, block(b, s.m)), (col, post.columns), &mut buf, put)?;
                    }
                }
                Ok(())
            })?;
        }
    }
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
    let mut buf = Vec::new();
    match a.team {
        None => {
            for b in 0..blocks(k) {
                let put = &mut |i, j, v| col[i * count + j] = v;
                transposed_block(w, (s.m, k, block(b, k)), (&grad, count), &mut buf, put)?;
            }
        }
        Some(team) => {
            let post = Post::new([w, &grad, &[]], &mut col, count, false);
            team.share(post, |posts| {
                for b in part(blocks(k), posts.len(), team.replica()) {
                    for post in posts {
                        // SAFETY: inside the team's meetings; each replica writes its own blocks.
                        let (w, grad) = unsafe { (post.read(0), post.read(1)) };
                        let put = &mut |i: usize, j, v| unsafe { post.write(i * post.columns + j, v) };
                        transposed_block(w, (s.m, k, block(b, k)), (grad, post.columns), &mut buf, put)?;
                    }
                }
                Ok(())
            })?;
        }
    }
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
    let by_gemm = count > MAX_COLUMNS;
    let (grad, cols) = match by_gemm {
        true => (Vec::new(), Vec::new()),
        false => (gradient_side_by_side(dy, s.m, geo.outputs), transposed_columns(x, s, geo)),
    };
    if by_gemm {
        alone(dw)?;
    }
    let Some(team) = a.team else {
        if !by_gemm {
            for (r, out) in dw.chunks_exact_mut(k.max(1)).enumerate() {
                weight_grad_row(&[Term::Product { coefs: &grad[r * count..][..count], cols: &cols }], out);
            }
        }
        return Ok(());
    };
    team.share(Post::new([&grad, &cols, &[]], dw, count, by_gemm), |posts| {
        if posts.iter().any(|post| post.out_len() != s.m * k) {
            return Err(format!("a team's weight gradients are not all {}x{k}", s.m));
        }
        let mut first = Vec::new();
        for r in part(s.m, posts.len(), team.replica()) {
            let row = r * k..(r + 1) * k;
            if posts[0].alone {
                // Replica 0's row is both a term and where the sum goes.
                // SAFETY: as above.
                first = unsafe { posts[0].out_read()[row.clone()].to_vec() };
            }
            // SAFETY: inside the team's meetings; row r is this replica's.
            let mut terms: Vec<Term<'_>> = posts.iter().map(|post| unsafe { row_term(post, r, k) }).collect();
            if posts[0].alone {
                terms[0] = Term::Given(&first);
            }
            // SAFETY: inside the team's meetings; row r of replica 0's output is this replica's.
            weight_grad_row(&terms, unsafe { posts[0].out_part(row.clone()) });
        }
        Ok(())
    })
}

/// Row `r` (of `k` values) of the weight gradient of the replica of `post`, as a term of the sum.
///
/// # Safety
/// Only inside the team's meetings, for a row no other replica writes.
unsafe fn row_term(post: &Post, r: usize, k: usize) -> Term<'_> {
    match post.alone {
        // SAFETY: by the contract; a replica that computed alone wrote its output before it posted.
        true => Term::Given(unsafe { &post.out_read()[r * k..(r + 1) * k] }),
        false => {
            // SAFETY: by the contract.
            let (grad, cols) = unsafe { (post.read(0), post.read(1)) };
            Term::Product { coefs: &grad[r * post.columns..][..post.columns], cols }
        }
    }
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
