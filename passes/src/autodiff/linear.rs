//! Gradients of the linear ops: Conv (ConvGradInput, ConvGradWeight, ChannelSum for the bias), Gemm
//! (GemmGradA / GemmGradB, ReduceToShape with `alpha = beta` for C) and MatMul (operands of rank >= 2).

use std::collections::BTreeMap;

use syncbn_ir::grad::{
    CHANNEL_SUM, CONV_GRAD_INPUT, CONV_GRAD_WEIGHT, GEMM_GRAD_A, GEMM_GRAD_B, MATMUL_GRAD_A, MATMUL_GRAD_B,
    REDUCE_TO_SHAPE,
};
use syncbn_ir::ops::gemm::{ALPHA, BETA};
use syncbn_ir::{Attr, Node};

use super::context::{base, not_differentiable, RuleCtx};
use super::tape::Grad;
use crate::PassError;

/// `Conv(X, W[, B])`: `dX = ConvGradInput(dY, W, X)`, `dW = ConvGradWeight(dY, X, W)`,
/// `dB = ChannelSum(dY)`.
pub fn conv(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    let (x, w) = (node.inputs[0].clone(), node.inputs[1].clone());
    let dy = dy.to_string();
    if cx.wants(node, 0) {
        let inputs = vec![dy.clone(), w.clone(), x.clone()];
        let grad = cx.tape.op1(CONV_GRAD_INPUT, &base(node, "input"), inputs, node.attrs.clone());
        cx.give(node, 0, grad);
    }
    if cx.wants(node, 1) {
        let grad = cx.tape.op1(CONV_GRAD_WEIGHT, &base(node, "weight"), vec![dy.clone(), x, w], node.attrs.clone());
        cx.give(node, 1, grad);
    }
    if cx.wants(node, 2) {
        let grad = cx.tape.op1(CHANNEL_SUM, &base(node, "bias"), vec![dy], BTreeMap::new());
        cx.give(node, 2, grad);
    }
    Ok(())
}

/// `Gemm(A, B[, C])`: GemmGradA / GemmGradB with the Gemm's `alpha`, `transA`, `transB`; `dC` is
/// `beta * dY` summed to C's shape (`dY` itself when `beta = 1` and the shapes agree).
pub fn gemm(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    let attrs: BTreeMap<String, Attr> =
        node.attrs.iter().filter(|(k, _)| k.as_str() != BETA.name).map(|(k, v)| (k.clone(), v.clone())).collect();
    product(node, dy, (GEMM_GRAD_A, GEMM_GRAD_B), attrs, cx)?;
    if cx.wants(node, 2) {
        let c = node.inputs[2].clone();
        let beta = BETA.read(&node.attrs);
        let same = cx.type_of(&c)?.shape == cx.type_of(&node.outputs[0])?.shape;
        let grad = if same && beta == 1.0 {
            Grad::shared(dy)
        } else {
            let attrs = BTreeMap::from([ALPHA.entry(beta)]);
            cx.tape.op1(REDUCE_TO_SHAPE, &base(node, "input2"), vec![dy.to_string(), c], attrs)
        };
        cx.give(node, 2, grad);
    }
    Ok(())
}

/// `MatMul(A, B)` with both operands of rank >= 2: MatMulGradA / MatMulGradB.
pub fn matmul(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    for index in 0..2 {
        let rank = cx.type_of(&node.inputs[index])?.shape.len();
        if rank < 2 && (cx.wants(node, 0) || cx.wants(node, 1)) {
            return Err(not_differentiable(
                node,
                format!("operand {index} has rank {rank}; expected rank >= 2 (reshape a vector to a matrix)"),
            ));
        }
    }
    product(node, dy, (MATMUL_GRAD_A, MATMUL_GRAD_B), BTreeMap::new(), cx)
}

/// The two operand gradients `OpA(dY, A, B)` and `OpB(dY, A, B)` of a product.
fn product(
    node: &Node,
    dy: &str,
    ops: (&str, &str),
    attrs: BTreeMap<String, Attr>,
    cx: &mut RuleCtx,
) -> Result<(), PassError> {
    let inputs = vec![dy.to_string(), node.inputs[0].clone(), node.inputs[1].clone()];
    for (index, op) in [(0, ops.0), (1, ops.1)] {
        if cx.wants(node, index) {
            let grad = cx.tape.op1(op, &base(node, &format!("input{index}")), inputs.clone(), attrs.clone());
            cx.give(node, index, grad);
        }
    }
    Ok(())
}

/// `ConvTranspose(X, W[, B])`, the input gradient of a Conv from `Y`'s shape to `X`'s: `dX` is that
/// Conv of `dY` (same weight and geometry, no bias), `dW` its ConvGradWeight with the roles of
/// `X` and `dY` swapped, `dB` the channel sums of `dY`.
pub fn conv_transpose(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    let (x, w) = (node.inputs[0].clone(), node.inputs[1].clone());
    let dy = dy.to_string();
    let attrs: BTreeMap<String, Attr> = node
        .attrs
        .iter()
        .filter(|(k, _)| k.as_str() != "output_padding")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if cx.wants(node, 0) {
        let grad = cx.tape.op1("Conv", &base(node, "input"), vec![dy.clone(), w.clone()], attrs.clone());
        cx.give(node, 0, grad);
    }
    if cx.wants(node, 1) {
        let grad = cx.tape.op1(CONV_GRAD_WEIGHT, &base(node, "weight"), vec![x, dy.clone(), w], attrs);
        cx.give(node, 1, grad);
    }
    if cx.wants(node, 2) {
        let grad = cx.tape.op1(CHANNEL_SUM, &base(node, "bias"), vec![dy], BTreeMap::new());
        cx.give(node, 2, grad);
    }
    Ok(())
}
