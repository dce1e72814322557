//! The CPU gradient ops of [`syncbn_ir::grad::CPU_OPS`] (activation masks, broadcast reductions,
//! layout, Conv, Gemm and MatMul, pools, Resize, eval-mode BatchNorm), one file per op family, each
//! reusing its forward op's geometry; registered in the CPU op table like the forward ops.

pub(super) mod activation;
pub(super) mod batchnorm;
pub(super) mod conv;
pub(super) mod gather;
pub(super) mod layout;
pub(super) mod linear;
pub(super) mod pool;
pub(super) mod reduce;
pub(super) mod resize;

use super::OpArgs;

/// The shape of input `index`, an operand the op reads only for its shape, which the output takes:
/// the output shape, checked against the input when the input is given.
fn like_shape<'a>(a: &OpArgs<'a>, index: usize) -> Result<&'a [usize], String> {
    match a.optional(index) {
        Some(t) if t.shape != a.out_shape => {
            Err(format!("input {index} has shape {:?}; expected the output shape {:?}", t.shape, a.out_shape))
        }
        _ => Ok(a.out_shape),
    }
}

#[cfg(test)]
mod tests;
