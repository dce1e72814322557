//! Gemm and MatMul gradients against f64 loops: every transA/transB combination with alpha, and
//! batched MatMul with operands broadcast along batch axes (summed back).

use syncbn_ir::Attr;

use super::super::super::tests::{attrs, close, run, values};
use super::{row_strides, unravel};

#[test]
fn gemm_gradients_for_every_transposition() {
    let (m, k, n) = (3, 5, 2);
    let (a, b, dy) = (values(m * k, 1), values(k * n, 2), values(m * n, 3));
    for (ta, tb) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        // op(A)[i, q] and op(B)[q, j], and where they live in A and B.
        let at = |i: usize, q: usize| if ta == 1 { q * m + i } else { i * k + q };
        let bt = |q: usize, j: usize| if tb == 1 { j * k + q } else { q * n + j };
        let (mut want_a, mut want_b) = (vec![0.0f64; m * k], vec![0.0f64; k * n]);
        for (i, j, q) in (0..m).flat_map(|i| (0..n).flat_map(move |j| (0..k).map(move |q| (i, j, q)))) {
            let g = 0.5 * f64::from(dy[i * n + j]);
            want_a[at(i, q)] += g * f64::from(b[bt(q, j)]);
            want_b[bt(q, j)] += g * f64::from(a[at(i, q)]);
        }
        let sa: &[usize] = if ta == 1 { &[k, m] } else { &[m, k] };
        let sb: &[usize] = if tb == 1 { &[n, k] } else { &[k, n] };
        let at_ = attrs(&[("transA", Attr::Int(ta)), ("transB", Attr::Int(tb)), ("alpha", Attr::Float(0.5))]);
        let inputs: [(&[f32], &[usize]); 3] = [(&dy, &[m, n]), (&a, sa), (&b, sb)];
        close(&run("GemmGradA", &at_, &inputs, sa).unwrap(), &want_a, &format!("GemmGradA transA={ta} transB={tb}"));
        close(&run("GemmGradB", &at_, &inputs, sb).unwrap(), &want_b, &format!("GemmGradB transA={ta} transB={tb}"));
    }
}

/// The batch offset (in matrices) of batch index `index` (of the broadcast batch shape) in an
/// operand whose batch shape is `own` (aligned to the right, size-1 axes broadcast).
fn batch_offset(index: &[usize], own: &[usize]) -> usize {
    let skip = index.len() - own.len();
    let st = row_strides(own);
    own.iter().enumerate().map(|(i, &d)| if d == 1 { 0 } else { index[i + skip] * st[i] }).sum()
}

#[test]
fn matmul_gradients_sum_over_broadcast_batches() {
    let cases: [(&[usize], &[usize], &[usize]); 4] = [
        (&[2, 1, 3, 4], &[1, 4, 5], &[2, 1, 3, 5]),
        (&[3, 4], &[2, 4, 5], &[2, 3, 5]),
        (&[2, 3, 4], &[2, 4, 1], &[2, 3, 1]),
        (&[0, 3, 4], &[4, 5], &[0, 3, 5]),
    ];
    for (sa, sb, sy) in cases {
        let (ra, rb, ry) = (sa.len(), sb.len(), sy.len());
        let (m, k, n) = (sa[ra - 2], sa[ra - 1], sb[rb - 1]);
        let (a, b, dy) =
            (values(sa.iter().product(), 4), values(sb.iter().product(), 5), values(sy.iter().product(), 6));
        let (mut want_a, mut want_b) = (vec![0.0f64; a.len()], vec![0.0f64; b.len()]);
        let batches: usize = sy[..ry - 2].iter().product();
        for bt in 0..batches {
            let index = unravel(bt, &sy[..ry - 2]);
            let (oa, ob) = (batch_offset(&index, &sa[..ra - 2]) * m * k, batch_offset(&index, &sb[..rb - 2]) * k * n);
            for (i, j, q) in (0..m).flat_map(|i| (0..n).flat_map(move |j| (0..k).map(move |q| (i, j, q)))) {
                let g = f64::from(dy[bt * m * n + i * n + j]);
                want_a[oa + i * k + q] += g * f64::from(b[ob + q * n + j]);
                want_b[ob + q * n + j] += g * f64::from(a[oa + i * k + q]);
            }
        }
        let inputs: [(&[f32], &[usize]); 3] = [(&dy, sy), (&a, sa), (&b, sb)];
        let what = format!("A {sa:?} @ B {sb:?}");
        close(&run("MatMulGradA", &attrs(&[]), &inputs, sa).unwrap(), &want_a, &format!("MatMulGradA {what}"));
        close(&run("MatMulGradB", &attrs(&[]), &inputs, sb).unwrap(), &want_b, &format!("MatMulGradB {what}"));
    }
}
