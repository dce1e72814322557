//! Reference gradients of Conv in f64 ([`syncbn_ir::grad`]): ConvGradInput (the adjoint in `X`)
//! and ConvGradWeight (the gradient in `W`), visiting the same product terms as the forward.

use ndarray::IxDyn;

use super::conv::{for_each_term, row_major, ConvParams};
use super::Tensor;

/// Checks `dY` against the Conv's output shape for `x` and `w`.
fn check_dy(dy: &Tensor, x: &[usize], w: &[usize], p: &ConvParams) -> Result<(), String> {
    let expected = super::conv::conv_output_shape(x, w, p)?;
    if dy.shape() != expected.as_slice() {
        return Err(format!("dY has shape {:?}; expected the Conv's output shape {expected:?}", dy.shape()));
    }
    Ok(())
}

/// `ConvGradInput(dY, W, X)`: the gradient in `X` (of shape `x`; its values are not read).
pub fn conv_grad_input(dy: &Tensor, w: &Tensor, x: &[usize], p: &ConvParams) -> Result<Tensor, String> {
    check_dy(dy, x, w.shape(), p)?;
    let (dyd, wd) = (row_major(dy), row_major(w));
    let mut dx = vec![0.0; x.iter().product()];
    for_each_term(x, w.shape(), p, |yo, xo, wo| dx[xo] += dyd[yo] * wd[wo])?;
    Tensor::from_shape_vec(IxDyn(x), dx).map_err(|e| e.to_string())
}

/// `ConvGradWeight(dY, X, W)`: the gradient in `W` (of shape `w`), summed over `x`'s batch.
pub fn conv_grad_weight(dy: &Tensor, x: &Tensor, w: &[usize], p: &ConvParams) -> Result<Tensor, String> {
    check_dy(dy, x.shape(), w, p)?;
    let (dyd, xd) = (row_major(dy), row_major(x));
    let mut dw = vec![0.0; w.iter().product()];
    for_each_term(x.shape(), w, p, |yo, xo, wo| dw[wo] += dyd[yo] * xd[xo])?;
    Tensor::from_shape_vec(IxDyn(w), dw).map_err(|e| e.to_string())
}
