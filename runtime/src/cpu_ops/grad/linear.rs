//! Gradients of Gemm and MatMul in either operand, as matrix products of transposed views through
//! the `gemm` crate; those of a weight-bound Linear layer through `weight_bound_products`.

use std::collections::BTreeMap;

use syncbn_ir::ops::gemm::GemmAttrs;
use syncbn_ir::Attr;

use super::super::blas::{matmul, MatRef};
use super::super::broadcast::for_each;
use super::super::matmul::{transpose, weight_bound_linear, Product};
use super::super::weight_bound::MAX_COLUMNS;
use super::super::weight_bound_products::{transposed, weight_grad, Weight};
use super::super::{expect_len, numel, CpuOp, OpArgs, TeamOutput, Tensor};

/// GemmGradA or GemmGradB `(dY, A, B) -> dA | dB`.
pub struct GemmGrad {
    /// The gradient in `B` (else in `A`).
    wrt_b: bool,
}

/// The GemmGradA op.
pub static GEMM_GRAD_A: GemmGrad = GemmGrad { wrt_b: false };
/// The GemmGradB op.
pub static GEMM_GRAD_B: GemmGrad = GemmGrad { wrt_b: true };

impl CpuOp for GemmGrad {
    fn run(&self, args: &OpArgs<'_>, d: &mut [f32]) -> Result<(), String> {
        let (dy, a, b) = (args.input(0)?, args.input(1)?, args.input(2)?);
        let (&[ar, ac], &[br, bc]) = (a.shape, b.shape) else {
            return Err(format!("A {:?} and B {:?} must be matrices", a.shape, b.shape));
        };
        if let Some((m, k)) = weight_bound_linear(args.attrs, b.shape, None) {
            return self.linear(args, (dy, a, b), (m, k), d);
        }
        let gemm = GemmAttrs::read(args.attrs);
        let (ta, tb) = (gemm.trans_a, gemm.trans_b);
        let opa = if ta { MatRef::transposed(a.data, ac, ar) } else { MatRef::row_major(a.data, ar, ac) };
        let opb = if tb { MatRef::transposed(b.data, bc, br) } else { MatRef::row_major(b.data, br, bc) };
        let (m, n) = (opa.rows, opb.cols);
        if opa.cols != opb.rows || dy.shape != [m, n] {
            return Err(format!("dY {:?} is not the Gemm's output of A {:?} and B {:?}", dy.shape, a.shape, b.shape));
        }
        let g = MatRef::row_major(dy.data, m, n);
        let alpha = gemm.alpha as f32;
        let (wrt, product) = match (self.wrt_b, ta, tb) {
            (false, false, _) => (a, (g, opb.t())),
            (false, true, _) => (a, (opb, g.t())),
            (true, _, false) => (b, (opa.t(), g)),
            (true, _, true) => (b, (g.t(), opa)),
        };
        if args.out_shape != wrt.shape {
            return Err(format!("the output shape {:?} is not the operand's {:?}", args.out_shape, wrt.shape));
        }
        expect_len(d, wrt.data.len())?;
        matmul(product.0, product.1, d, alpha, false)
    }

    fn teams_up(&self, attrs: &BTreeMap<String, Attr>, inputs: &[Option<&[usize]>], _: &[usize]) -> Option<TeamOutput> {
        weight_bound_linear(attrs, inputs.get(2).copied().flatten()?, None)?;
        Some(if self.wrt_b { TeamOutput::SummedIntoFirst } else { TeamOutput::Own })
    }
}

impl GemmGrad {
    /// The gradient of a weight-bound Linear layer `Y = A @ B^T + C` (`B`: `m x k`) through
    /// `weight_bound_products`: `dA = dY @ B` as `(B^T @ dY^T)^T`, `dB = dY^T @ A`.
    fn linear(
        &self,
        args: &OpArgs<'_>,
        (dy, a, b): (Tensor<'_>, Tensor<'_>, Tensor<'_>),
        (m, k): (usize, usize),
        d: &mut [f32],
    ) -> Result<(), String> {
        let n = a.shape.first().copied().unwrap_or(0);
        if a.shape != [n, k] || dy.shape != [n, m] {
            return Err(format!("dY {:?} is not the Gemm's output of A {:?} and B {:?}", dy.shape, a.shape, b.shape));
        }
        let wrt = if self.wrt_b { b } else { a };
        if args.out_shape != wrt.shape {
            return Err(format!("the output shape {:?} is not the operand's {:?}", args.out_shape, wrt.shape));
        }
        expect_len(d, wrt.data.len())?;
        let grad = transpose(dy.data, n, m);
        if !self.wrt_b {
            let mut col = vec![0.0f32; k * n];
            transposed(args.team, Weight { data: b.data, m, k }, (&grad, n), &mut col)?;
            d.copy_from_slice(&transpose(&col, k, n));
            return Ok(());
        }
        let operands = (n <= MAX_COLUMNS).then_some((grad.as_slice(), a.data, n));
        let g = MatRef::row_major(dy.data, n, m);
        let alone = &mut |d: &mut [f32]| matmul(g.t(), MatRef::row_major(a.data, n, k), d, 1.0, false);
        weight_grad(args.team, (m, k), operands, d, alone)
    }
}

/// MatMulGradA or MatMulGradB `(dY, A, B) -> dA | dB`, summed over the batch axes the operand
/// broadcasts along.
pub struct MatMulGrad {
    /// The gradient in `B` (else in `A`).
    wrt_b: bool,
}

/// The MatMulGradA op.
pub static MATMUL_GRAD_A: MatMulGrad = MatMulGrad { wrt_b: false };
/// The MatMulGradB op.
pub static MATMUL_GRAD_B: MatMulGrad = MatMulGrad { wrt_b: true };

impl CpuOp for MatMulGrad {
    fn run(&self, args: &OpArgs<'_>, d: &mut [f32]) -> Result<(), String> {
        let (dy, a, b) = (args.input(0)?, args.input(1)?, args.input(2)?);
        let p = Product::new(a.shape, b.shape)?;
        let (m, k, n) = (p.m, p.k, p.n);
        if dy.data.len() != numel(&p.batch) * m * n {
            return Err(format!("dY {:?} is not the MatMul's output of A {:?} and B {:?}", dy.shape, a.shape, b.shape));
        }
        let wrt = if self.wrt_b { b } else { a };
        if args.out_shape != wrt.shape {
            return Err(format!("the output shape {:?} is not the operand's {:?}", args.out_shape, wrt.shape));
        }
        expect_len(d, wrt.data.len())?;
        d.fill(0.0);
        let mut result = Ok(());
        for_each(&p.batch, [&p.a_strides, &p.b_strides], |i, [oa, ob]| {
            let g = MatRef::row_major(&dy.data[i * m * n..][..m * n], m, n);
            let ma = MatRef::row_major(&a.data[oa * m * k..][..m * k], m, k);
            let mb = MatRef::row_major(&b.data[ob * k * n..][..k * n], k, n);
            if result.is_ok() {
                result = if self.wrt_b {
                    matmul(ma.t(), g, &mut d[ob * k * n..][..k * n], 1.0, true)
                } else {
                    matmul(g, mb.t(), &mut d[oa * m * k..][..m * k], 1.0, true)
                };
            }
        });
        result
    }
}
