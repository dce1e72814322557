//! Gradients of LayerNormalization: LayerNormGrad for `X`, LayerNormScaleGrad (summed to `scale`'s
//! shape when it broadcasts) for `scale`, and `dY` summed to `B`'s shape for `B`.

use std::collections::BTreeMap;

use syncbn_ir::grad::{LAYER_NORM_GRAD, LAYER_NORM_SCALE_GRAD, REDUCE_TO_SHAPE};
use syncbn_ir::ops::layer_norm::LayerNormAttrs;
use syncbn_ir::{Dim, Node};

use super::context::{base, not_differentiable, RuleCtx};
use super::tape::Grad;
use crate::PassError;

/// `LayerNormalization(X, scale[, B])`: the gradient of output 0 into `X`, `scale` and `B` (the
/// statistics outputs carry none).
pub fn layer_norm(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    let ln = LayerNormAttrs::read(&node.attrs);
    let attrs = ln.entries();
    let (x, scale) = (node.inputs[0].clone(), node.inputs[1].clone());
    let x_shape = cx.type_of(&x)?.shape.clone();
    let axis = ln.first_axis(x_shape.len()).map_err(|reason| not_differentiable(node, reason))?;
    if cx.wants(node, 0) {
        let inputs = vec![dy.to_string(), x.clone(), scale.clone()];
        let grad = cx.tape.op1(LAYER_NORM_GRAD, &base(node, "input"), inputs, attrs.clone());
        cx.give(node, 0, grad);
    }
    if cx.wants(node, 1) {
        let grad = cx.tape.op1(LAYER_NORM_SCALE_GRAD, &base(node, "scale"), vec![dy.to_string(), x.clone()], attrs);
        let grad = reduce_to(node, grad, &x_shape[axis..], &scale, "scale_sum", cx)?;
        cx.give(node, 1, grad);
    }
    if cx.wants(node, 2) {
        let bias = node.inputs[2].clone();
        let grad = reduce_to(node, Grad::shared(dy), &x_shape, &bias, "bias", cx)?;
        cx.give(node, 2, grad);
    }
    Ok(())
}

/// `grad`, of shape `shape`, summed to the shape of `like` (itself when the shapes agree).
fn reduce_to(
    node: &Node,
    grad: Grad,
    shape: &[Dim],
    like: &str,
    what: &str,
    cx: &mut RuleCtx,
) -> Result<Grad, PassError> {
    if cx.type_of(like)?.shape == shape {
        return Ok(grad);
    }
    let inputs = vec![grad.name, like.to_string()];
    Ok(cx.tape.op1(REDUCE_TO_SHAPE, &base(node, what), inputs, BTreeMap::new()))
}
