//! Gradients of the layout and window ops: Reshape and Flatten (ReshapeLike), Concat (ConcatGrad per
//! part), Transpose (the inverse Transpose), MaxPool, AveragePool, GlobalAveragePool, Resize, Slice,
//! Pad, ReduceSum and ReduceMean (their adjoints, with the forward's attributes and operands).

use syncbn_ir::grad::{
    AVERAGE_POOL_GRAD, CONCAT_GRAD, GLOBAL_AVERAGE_POOL_GRAD, MAX_POOL_GRAD, PAD_GRAD, REDUCE_MEAN_GRAD,
    REDUCE_SUM_GRAD, RESHAPE_LIKE, RESIZE_GRAD, SLICE_GRAD,
};
use syncbn_ir::ops::grad::CONCAT_INDEX;
use syncbn_ir::ops::transpose::{inverse, permutation, PERM};
use syncbn_ir::Node;

use super::context::{base, not_differentiable, RuleCtx};
use crate::PassError;

/// `Reshape`, `Flatten`: `ReshapeLike(dY, X)`.
pub fn reshape(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if cx.wants(node, 0) {
        let inputs = vec![dy.to_string(), node.inputs[0].clone()];
        let grad = cx.tape.op1(RESHAPE_LIKE, &base(node, "input"), inputs, Default::default());
        cx.give(node, 0, grad);
    }
    Ok(())
}

/// `Concat`: `ConcatGrad[axis, index=k](dY, X0, X1, ...)` for each part `k` that wants a gradient.
pub fn concat(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    for index in 0..node.inputs.len() {
        if !cx.wants(node, index) {
            continue;
        }
        let mut attrs = node.attrs.clone();
        attrs.extend([CONCAT_INDEX.entry(index as i64)]);
        let mut inputs = vec![dy.to_string()];
        inputs.extend(node.inputs.iter().cloned());
        let grad = cx.tape.op1(CONCAT_GRAD, &base(node, &format!("input{index}")), inputs, attrs);
        cx.give(node, index, grad);
    }
    Ok(())
}

/// `Transpose`: `Transpose[perm = inverse(perm)](dY)`; the forward's rank comes from `perm` (or,
/// without it, the reversal is its own inverse).
pub fn transpose(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if !cx.wants(node, 0) {
        return Ok(());
    }
    let attrs = match PERM.get(&node.attrs) {
        Some(perm) => {
            let perm = permutation(Some(perm), perm.len()).map_err(|m| not_differentiable(node, m))?;
            [PERM.entry(inverse(&perm).into_iter().map(|p| p as i64).collect())].into()
        }
        None => Default::default(),
    };
    let grad = cx.tape.op1("Transpose", &base(node, "input"), vec![dy.to_string()], attrs);
    cx.give(node, 0, grad);
    Ok(())
}

/// The pools, Resize, Slice, Pad and the reductions: `OpGrad(dY, X, <the forward's other operands>)` with the forward's
/// attributes.
pub fn window(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if !cx.wants(node, 0) {
        return Ok(());
    }
    let op = match node.op.as_str() {
        "MaxPool" => MAX_POOL_GRAD,
        "AveragePool" => AVERAGE_POOL_GRAD,
        "GlobalAveragePool" => GLOBAL_AVERAGE_POOL_GRAD,
        "Slice" => SLICE_GRAD,
        "Pad" => PAD_GRAD,
        "ReduceSum" => REDUCE_SUM_GRAD,
        "ReduceMean" => REDUCE_MEAN_GRAD,
        _ => RESIZE_GRAD,
    };
    let mut inputs = vec![dy.to_string()];
    inputs.extend(node.inputs.iter().cloned());
    let grad = cx.tape.op1(op, &base(node, "input"), inputs, node.attrs.clone());
    cx.give(node, 0, grad);
    Ok(())
}
