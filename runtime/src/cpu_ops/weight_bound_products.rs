//! The three products of a weight-bound layer (`weight_bound`) on prepared matrices, for one
//! replica alone or for every replica of its team ([`crate::team`]): `W @ cols + bias` and
//! `W^T @ grad`, each replica computing a share of the blocks for all of them, and the weight
//! gradient `grad @ cols^T`, each replica a share of its rows summed over the replicas in replica
//! order into replica 0's output. The layers (Conv, Gemm) bring their matrices and say where the
//! values go.

use super::weight_bound::{block, blocks, product_block, transposed_block, weight_grad_row, Term};
use crate::team::{Post, TeamCall};
use syncbn_ir::shard::part;

/// A weight `m x k`, row-major.
#[derive(Clone, Copy)]
pub(super) struct Weight<'a> {
    /// The values.
    pub data: &'a [f32],
    /// Rows.
    pub m: usize,
    /// Columns.
    pub k: usize,
}

/// Where value `(r, j)` of the product (row `r` of the weight, column `j`) goes in a replica's
/// output; the same for every replica.
pub(super) type Place<'f> = &'f (dyn Fn(usize, usize) -> usize + Sync);

/// `out[place(r, j)] = bias[r] + (w @ cols)[r, j]` (`cols`: `k x count`, row-major; `bias`: empty
/// or one per row), block by block of rows; with a team, for every replica.
pub(super) fn product(
    team: Option<TeamCall<'_>>,
    w: Weight<'_>,
    (bias, cols, count): (&[f32], &[f32], usize),
    out: &mut [f32],
    place: Place<'_>,
) -> Result<(), String> {
    let plus_bias = |bias: &[f32], r: usize, v: f32| bias.get(r).map_or(v, |b| b + v);
    let mut buf = Vec::new();
    let Some(team) = team else {
        for b in 0..blocks(w.m) {
            let put = &mut |r, j, v| out[place(r, j)] = plus_bias(bias, r, v);
            product_block(w.data, (w.k, block(b, w.m)), (cols, count), &mut buf, put)?;
        }
        return Ok(());
    };
    team.share(Post::new([w.data, bias, cols], out, count, false), |posts| {
        for b in part(blocks(w.m), posts.len(), team.replica()) {
            for post in posts {
                // SAFETY: inside the team's meetings; each replica writes its own blocks.
                let (w_data, bias, cols) = unsafe { (post.read(0), post.read(1), post.read(2)) };
                let put = &mut |r, j, v| unsafe { post.write(place(r, j), plus_bias(bias, r, v)) };
                product_block(w_data, (w.k, block(b, w.m)), (cols, post.columns), &mut buf, put)?;
            }
        }
        Ok(())
    })
}

/// `col = w^T @ grad` (`grad`: `m x count`; `col`: `k x count`, row-major), block by block of
/// `col`'s rows; with a team, for every replica.
pub(super) fn transposed(
    team: Option<TeamCall<'_>>,
    w: Weight<'_>,
    (grad, count): (&[f32], usize),
    col: &mut [f32],
) -> Result<(), String> {
    let mut buf = Vec::new();
    let Some(team) = team else {
        for b in 0..blocks(w.k) {
            let put = &mut |i, j, v| col[i * count + j] = v;
            transposed_block(w.data, (w.m, w.k, block(b, w.k)), (grad, count), &mut buf, put)?;
        }
        return Ok(());
    };
    team.share(Post::new([w.data, grad, &[]], col, count, false), |posts| {
        for b in part(blocks(w.k), posts.len(), team.replica()) {
            for post in posts {
                // SAFETY: inside the team's meetings; each replica writes its own blocks.
                let (w_data, grad) = unsafe { (post.read(0), post.read(1)) };
                let put = &mut |i: usize, j, v| unsafe { post.write(i * post.columns + j, v) };
                transposed_block(w_data, (w.m, w.k, block(b, w.k)), (grad, post.columns), &mut buf, put)?;
            }
        }
        Ok(())
    })
}

/// A weight gradient that a replica computes alone through the `gemm` crate.
pub(super) type Alone<'f> = &'f mut dyn FnMut(&mut [f32]) -> Result<(), String>;

/// The weight gradient `dw = grad @ cols^T` (`m x k`; `grad`: `m x count`, `cols`: `count x k`,
/// row-major), row by row ([`weight_grad_row`]), or by `alone` where `operands` is `None`; with a
/// team, the sum of every replica's, in replica order, into replica 0's `dw` (the others' left as
/// they were).
pub(super) fn weight_grad(
    team: Option<TeamCall<'_>>,
    (m, k): (usize, usize),
    operands: Option<(&[f32], &[f32], usize)>,
    dw: &mut [f32],
    alone: Alone<'_>,
) -> Result<(), String> {
    if operands.is_none() {
        alone(dw)?;
    }
    let Some(team) = team else {
        if let Some((grad, cols, count)) = operands {
            for (r, out) in dw.chunks_exact_mut(k.max(1)).enumerate() {
                weight_grad_row(&[Term::Product { coefs: &grad[r * count..][..count], cols }], out);
            }
        }
        return Ok(());
    };
    let (grad, cols, count) = operands.unwrap_or((&[], &[], 0));
    team.share(Post::new([grad, cols, &[]], dw, count, operands.is_none()), |posts| {
        if posts.iter().any(|post| post.out_len() != m * k) {
            return Err(format!("a team's weight gradients are not all {m}x{k}"));
        }
        let mut first = Vec::new();
        for r in part(m, posts.len(), team.replica()) {
            let row = r * k..(r + 1) * k;
            if posts[0].alone {
                // Replica 0's row is both a term and where the sum goes.
                // SAFETY: inside the team's meetings; row r is this replica's.
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
