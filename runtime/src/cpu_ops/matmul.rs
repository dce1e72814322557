//! Gemm (transA, transB, alpha, beta, C broadcast to the output) and MatMul (numpy semantics:
//! batched and broadcast, 1-D operands promoted), through the `gemm` crate; a weight-bound Linear
//! layer through `weight_bound_products`.

use std::collections::BTreeMap;

use super::blas::{matmul, MatRef};
use super::broadcast::{for_each, strides};
use super::weight_bound::is_weight_bound;
use super::weight_bound_products::{product, Weight};
use super::{expect_len, numel, CpuOp, OpArgs, TeamOutput};
use syncbn_ir::ops::gemm::GemmAttrs;
use syncbn_ir::Attr;

/// Gemm: `Y = alpha * A' @ B' + beta * C`.
pub struct Gemm;

/// The Gemm op.
pub static GEMM: Gemm = Gemm;

impl CpuOp for Gemm {
    fn run(&self, args: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let (a, b) = (args.input(0)?, args.input(1)?);
        let (&[ar, ac], &[br, bc]) = (a.shape, b.shape) else {
            return Err(format!("A {:?} and B {:?} must be matrices", a.shape, b.shape));
        };
        if let Some((m, k)) = weight_bound_linear(args.attrs, b.shape, args.optional(2).map(|c| c.shape)) {
            if ac != k {
                return Err(format!("A {:?} does not multiply B^T of B {:?}", a.shape, b.shape));
            }
            expect_len(y, ar * m)?;
            let bias = args.optional(2).map_or(&[][..], |c| c.data);
            return product(args.team, Weight { data: b.data, m, k }, (bias, a.data, ar), y, &|r, j| j * m + r);
        }
        let gemm = GemmAttrs::read(args.attrs);
        let ma = if gemm.trans_a { MatRef::transposed(a.data, ac, ar) } else { MatRef::row_major(a.data, ar, ac) };
        let mb = if gemm.trans_b { MatRef::transposed(b.data, bc, br) } else { MatRef::row_major(b.data, br, bc) };
        let out = [ma.rows, mb.cols];
        expect_len(y, numel(&out))?;
        let beta = gemm.beta as f32;
        let c = args.optional(2).filter(|_| beta != 0.0);
        if let Some(c) = c {
            let sc = strides(c.shape, &out).map_err(|e| format!("C: {e}"))?;
            for_each(&out, [&sc], |i, [o]| y[i] = beta * c.data[o]);
        }
        matmul(ma, mb, y, gemm.alpha as f32, c.is_some())
    }

    fn teams_up(&self, attrs: &BTreeMap<String, Attr>, inputs: &[Option<&[usize]>], _: &[usize]) -> Option<TeamOutput> {
        let b = inputs.get(1).copied().flatten()?;
        weight_bound_linear(attrs, b, inputs.get(2).copied().flatten()).map(|_| TeamOutput::Own)
    }
}

/// The weight `B` `[m, k]` of a Gemm that is a weight-bound Linear layer (`Y = A @ B^T + C`, alpha
/// and beta 1, `C` of shape `c` absent or one value per output column; `weight_bound`): `(m, k)`.
pub(super) fn weight_bound_linear(
    attrs: &BTreeMap<String, Attr>,
    b: &[usize],
    c: Option<&[usize]>,
) -> Option<(usize, usize)> {
    let g = GemmAttrs::read(attrs);
    let &[m, k] = b else { return None };
    let bias_per_column = c.is_none_or(|c| c == [m] || c == [1, m]);
    let linear = !g.trans_a && g.trans_b && g.alpha == 1.0 && g.beta == 1.0 && bias_per_column;
    (linear && is_weight_bound(1, m * k, 1)).then_some((m, k))
}

/// The transpose of the row-major `rows x cols` matrix `x`.
pub(super) fn transpose(x: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut t = vec![0.0f32; rows * cols];
    for (i, row) in x.chunks_exact(cols.max(1)).take(rows).enumerate() {
        row.iter().enumerate().for_each(|(j, &v)| t[j * rows + i] = v);
    }
    t
}

/// MatMul.
pub struct MatMul;

/// The MatMul op.
pub static MATMUL: MatMul = MatMul;

impl CpuOp for MatMul {
    fn run(&self, args: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let (a, b) = (args.input(0)?, args.input(1)?);
        let p = Product::new(a.shape, b.shape)?;
        let (m, k, n) = (p.m, p.k, p.n);
        expect_len(y, numel(&p.batch) * m * n)?;
        let mut result = Ok(());
        for_each(&p.batch, [&p.a_strides, &p.b_strides], |i, [oa, ob]| {
            let ma = MatRef::row_major(&a.data[oa * m * k..(oa + 1) * m * k], m, k);
            let mb = MatRef::row_major(&b.data[ob * k * n..(ob + 1) * k * n], k, n);
            if result.is_ok() {
                result = matmul(ma, mb, &mut y[i * m * n..(i + 1) * m * n], 1.0, false);
            }
        });
        result
    }
}

/// The layout of a MatMul (numpy semantics): `m x k` by `k x n` matrices over a broadcast batch.
pub(super) struct Product {
    /// Rows of each `A` matrix (1 for a promoted vector).
    pub m: usize,
    /// The inner size.
    pub k: usize,
    /// Columns of each `B` matrix (1 for a promoted vector).
    pub n: usize,
    /// The broadcast batch shape.
    pub batch: Vec<usize>,
    /// `A`'s matrix strides (in matrices) along the batch axes, 0 where it broadcasts.
    pub a_strides: Vec<usize>,
    /// `B`'s matrix strides along the batch axes, 0 where it broadcasts.
    pub b_strides: Vec<usize>,
}

impl Product {
    /// The layout of `A @ B` for operand shapes `a` and `b`; 1-D operands are promoted.
    pub fn new(a: &[usize], b: &[usize]) -> Result<Product, String> {
        let bad = || format!("A {a:?} and B {b:?} do not multiply");
        let sa: Vec<usize> = if a.len() == 1 { [&[1], a].concat() } else { a.to_vec() };
        let sb: Vec<usize> = if b.len() == 1 { [b, &[1]].concat() } else { b.to_vec() };
        let (ra, rb) = (sa.len(), sb.len());
        if ra < 2 || rb < 2 || sa[ra - 1] != sb[rb - 2] {
            return Err(bad());
        }
        let batch = broadcast_shape(&sa[..ra - 2], &sb[..rb - 2]).ok_or_else(bad)?;
        let (a_strides, b_strides) = (strides(&sa[..ra - 2], &batch)?, strides(&sb[..rb - 2], &batch)?);
        Ok(Product { m: sa[ra - 2], k: sa[ra - 1], n: sb[rb - 1], batch, a_strides, b_strides })
    }
}

/// The numpy broadcast of two shapes, if they broadcast.
fn broadcast_shape(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let rank = a.len().max(b.len());
    let at = |s: &[usize], i: usize| if i + s.len() >= rank { s[i + s.len() - rank] } else { 1 };
    (0..rank)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y || y == 1 => Some(x),
            (1, y) => Some(y),
            _ => None,
        })
        .collect()
}
