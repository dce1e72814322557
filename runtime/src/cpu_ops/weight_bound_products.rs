//! The three products of a weight-bound layer (`weight_bound`) on prepared matrices, for one
//! replica alone or for every replica of its team ([`crate::team`]): `W @ cols^T + bias` and
//! `W^T @ grad`, each replica computing a share of the rows for all of them, and the weight
//! gradient `grad @ cols^T`, each replica a share of its rows summed over the replicas in replica
//! order into replica 0's output. The layers (Conv, Gemm) bring their matrices and say where the
//! values go.

use super::weight_bound::{product_rows, transposed_rows, weight_grad_row, Term};
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

/// `out[place(r, j)] = bias[r] + (w @ cols^T)[r, j]` (`cols`: `count x k`, row-major; `bias`:
/// empty or one per row); with a team, for every replica, each a share of the rows.
pub(super) fn product(
    team: Option<TeamCall<'_>>,
    w: Weight<'_>,
    (bias, cols, count): (&[f32], &[f32], usize),
    out: &mut [f32],
    place: Place<'_>,
) -> Result<(), String> {
    let plus_bias = |bias: &[f32], r: usize, v: f32| bias.get(r).map_or(v, |b| b + v);
    let Some(team) = team else {
        check(w, w.k, &[(w.data, cols, count)])?;
        let put = &mut |_, r, j, v| out[place(r, j)] = plus_bias(bias, r, v);
        product_rows(w.data, w.k, 0..w.m, &[(cols, count)], put);
        return Ok(());
    };
    team.share(Post::new([w.data, bias, cols], out, count, false), |posts| {
        let rows = part(w.m, posts.len(), team.replica());
        for members in sharing(posts, &[0, 1]) {
            // SAFETY: inside the team's meetings; each replica writes its own rows.
            let operands: Vec<_> =
                members.iter().map(|&q| unsafe { (posts[q].read(0), posts[q].read(2), posts[q].columns) }).collect();
            check(w, w.k, &operands)?;
            // SAFETY: as above.
            let bias = unsafe { posts[members[0]].read(1) };
            let columns: Vec<(&[f32], usize)> = operands.iter().map(|&(_, cols, count)| (cols, count)).collect();
            let put = &mut |g: usize, r, j, v| unsafe { posts[members[g]].write(place(r, j), plus_bias(bias, r, v)) };
            product_rows(operands[0].0, w.k, rows.clone(), &columns, put);
        }
        Ok(())
    })
}

/// `col = w^T @ grad` (`grad`: `m x count`; `col`: `k x count`, row-major); with a team, for every
/// replica, each a share of `col`'s rows.
pub(super) fn transposed(
    team: Option<TeamCall<'_>>,
    w: Weight<'_>,
    (grad, count): (&[f32], usize),
    col: &mut [f32],
) -> Result<(), String> {
    let Some(team) = team else {
        check(w, w.m, &[(w.data, grad, count)])?;
        let put = &mut |_, i, j, v| col[i * count + j] = v;
        transposed_rows(w.data, (w.m, w.k), 0..w.k, &[(grad, count)], put);
        return Ok(());
    };
    team.share(Post::new([w.data, grad, &[]], col, count, false), |posts| {
        let inner = part(w.k, posts.len(), team.replica());
        for members in sharing(posts, &[0]) {
            // SAFETY: inside the team's meetings; each replica writes its own rows.
            let operands: Vec<_> =
                members.iter().map(|&q| unsafe { (posts[q].read(0), posts[q].read(1), posts[q].columns) }).collect();
            check(w, w.m, &operands)?;
            let grads: Vec<(&[f32], usize)> = operands.iter().map(|&(_, grad, count)| (grad, count)).collect();
            let put = &mut |g: usize, i: usize, j, v| {
                let post = &posts[members[g]];
                // SAFETY: as above.
                unsafe { post.write(i * post.columns + j, v) }
            };
            transposed_rows(operands[0].0, (w.m, w.k), inner.clone(), &grads, put);
        }
        Ok(())
    })
}

/// Checks that each of `operands` (a weight, a matrix of `count` columns of `per_column` values,
/// that count) fits `w`'s shape.
fn check(w: Weight<'_>, per_column: usize, operands: &[(&[f32], &[f32], usize)]) -> Result<(), String> {
    match operands.iter().any(|&(data, other, count)| data.len() != w.m * w.k || other.len() < count * per_column) {
        true => Err(format!("a weight-bound product's operands do not fit its {}x{} weight", w.m, w.k)),
        false => Ok(()),
    }
}

/// The replicas of `posts` grouped by the addresses of their operands `keys` (replicas that read
/// the same weight are computed in one pass over it), each group in replica order.
fn sharing(posts: &[Post], keys: &[usize]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (q, post) in posts.iter().enumerate() {
        let same = |g: &&mut Vec<usize>| keys.iter().all(|&i| posts[g[0]].address(i) == post.address(i));
        match groups.iter_mut().find(same) {
            Some(g) => g.push(q),
            None => groups.push(vec![q]),
        }
    }
    groups
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
                weight_grad_row(&[Term::Product { coefs: &grad[r * count..][..count], cols }], out, false);
            }
        }
        return Ok(());
    };
    let (grad, cols, count) = operands.unwrap_or((&[], &[], 0));
    team.share(Post::new([grad, cols, &[]], dw, count, operands.is_none()), |posts| {
        if posts.iter().any(|post| post.out_len() != m * k) {
            return Err(format!("a team's weight gradients are not all {m}x{k}"));
        }
        // Where replica 0 computed alone, its row already is the first term, in place.
        let onto_first = posts[0].alone;
        let others = &posts[usize::from(onto_first)..];
        for r in part(m, posts.len(), team.replica()) {
            // SAFETY: inside the team's meetings; row r is this replica's.
            let terms: Vec<Term<'_>> = others.iter().map(|post| unsafe { row_term(post, r, k) }).collect();
            // SAFETY: inside the team's meetings; row r of replica 0's output is this replica's.
            weight_grad_row(&terms, unsafe { posts[0].out_part(r * k..(r + 1) * k) }, onto_first);
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
