//! Reference gradients of Gemm and MatMul in f64 ([`syncbn_ir::grad`]): GemmGradA/B (every
//! `transA`/`transB`, `alpha`) and MatMulGradA/B (batch axes broadcast, then reduced back).

use syncbn_ir::ops::gemm::GemmAttrs;

use super::grad_elementwise::reduce_to_shape;
use super::ops::batched_matmul;
use super::Tensor;

/// Checks that `dY` and both Gemm operands have rank 2.
fn check_gemm(dy: &Tensor, a: &Tensor, b: &Tensor) -> Result<(), String> {
    if a.ndim() != 2 || b.ndim() != 2 || dy.ndim() != 2 {
        return Err(format!("dY, A and B have ranks {}, {}, {}; expected 2", dy.ndim(), a.ndim(), b.ndim()));
    }
    Ok(())
}

/// Checks that a computed gradient has its operand's shape.
fn same_shape(g: Tensor, like: &Tensor, what: &str) -> Result<Tensor, String> {
    if g.shape() != like.shape() {
        return Err(format!("the gradient has shape {:?}; expected {what}'s {:?}", g.shape(), like.shape()));
    }
    Ok(g)
}

/// `GemmGradA(dY, A, B)`: `alpha * dY * op(B)^T`, transposed back when `transA`.
pub fn gemm_grad_a(dy: &Tensor, a: &Tensor, b: &Tensor, at: GemmAttrs) -> Result<Tensor, String> {
    check_gemm(dy, a, b)?;
    let g =
        if at.trans_a { batched_matmul(b, dy, at.trans_b, true)? } else { batched_matmul(dy, b, false, !at.trans_b)? };
    same_shape(g * at.alpha, a, "A")
}

/// `GemmGradB(dY, A, B)`: `alpha * op(A)^T * dY`, transposed back when `transB`.
pub fn gemm_grad_b(dy: &Tensor, a: &Tensor, b: &Tensor, at: GemmAttrs) -> Result<Tensor, String> {
    check_gemm(dy, a, b)?;
    let g =
        if at.trans_b { batched_matmul(dy, a, true, at.trans_a)? } else { batched_matmul(a, dy, !at.trans_a, false)? };
    same_shape(g * at.alpha, b, "B")
}

/// `MatMulGradA(dY, A, B)`: `dY @ B^T` summed over the batch axes `A` was broadcast along.
pub fn matmul_grad_a(dy: &Tensor, a: &Tensor, b: &Tensor) -> Result<Tensor, String> {
    reduce_to_shape(&batched_matmul(dy, b, false, true)?, a.shape(), 1.0)
}

/// `MatMulGradB(dY, A, B)`: `A^T @ dY` summed over the batch axes `B` was broadcast along.
pub fn matmul_grad_b(dy: &Tensor, a: &Tensor, b: &Tensor) -> Result<Tensor, String> {
    reduce_to_shape(&batched_matmul(a, dy, true, false)?, b.shape(), 1.0)
}
