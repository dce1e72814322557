//! Reference gradients of Conv in f64 ([`syncbn_ir::grad`]): ConvGradInput (the adjoint in `X`)
//! and ConvGradWeight (the gradient in `W`), visiting the same product terms as the forward.

use ndarray::IxDyn;
use syncbn_ir::ops::conv::GROUP;
use syncbn_ir::ops::conv_transpose::OUTPUT_PADDING;
use syncbn_ir::ops::window::{DILATIONS, PADS, STRIDES};
use syncbn_ir::ops::IntsAttr;

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

/// ConvTranspose `(X, W[, B])`: the Conv gradient in its input for an output of the size that
/// `strides`, `pads`, `dilations` and `output_padding` give, plus the bias per channel.
pub fn conv_transpose(node: &syncbn_ir::Node, x: &Tensor, w: &Tensor, b: Option<&Tensor>) -> Result<Tensor, String> {
    let n = x.ndim().checked_sub(2).ok_or("X has rank below 3")?;
    let p = ConvParams::of_node(node, &x.shape()[2..], &w.shape()[2..])?;
    let ints = |attr: IntsAttr, default: i64, len: usize| {
        attr.get(&node.attrs).map_or_else(|| vec![default; len], <[i64]>::to_vec)
    };
    let (strides, dilations, extra, pads) =
        (ints(STRIDES, 1, n), ints(DILATIONS, 1, n), ints(OUTPUT_PADDING, 0, n), ints(PADS, 0, 2 * n));
    let group = usize::try_from(GROUP.read(&node.attrs)).map_err(|_| "bad group")?;
    let mut shape = vec![x.shape()[0], w.shape()[1] * group];
    for a in 0..n {
        let size =
            (x.shape()[a + 2] as i64 - 1) * strides[a] + dilations[a] * (w.shape()[a + 2] as i64 - 1) + 1 + extra[a]
                - pads[a]
                - pads[a + n];
        shape.push(usize::try_from(size).map_err(|_| format!("axis {a}: negative output size {size}"))?);
    }
    let mut y = conv_grad_input(x, w, &shape, &p)?;
    if let Some(b) = b {
        for (c, mut lane) in y.axis_iter_mut(ndarray::Axis(1)).enumerate() {
            lane.mapv_inplace(|v| v + b[[c]]);
        }
    }
    Ok(y)
}
