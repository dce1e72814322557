//! Gradients of the element-wise ops: activations (Relu, Clip, Sigmoid, Softmax) through the mask or
//! derivative of their output, the broadcasting Add and Mul through ReduceToShape, and the class-label
//! losses (softmax cross-entropy, negative log-likelihood) in their scores.

use std::collections::BTreeMap;

use syncbn_ir::activation::Activation;
use syncbn_ir::grad::{
    ACTIVATION_GRAD, CLIP_GRAD, LOG_SOFTMAX_GRAD, NLL_LOSS, NLL_LOSS_GRAD, REDUCE_TO_SHAPE, RELU_GRAD, SIGMOID_GRAD,
    SOFTMAX_CROSS_ENTROPY_LOSS_GRAD, SOFTMAX_GRAD,
};
use syncbn_ir::ops::elementwise::{CLIP_MAX, CLIP_MIN, SOFTMAX_AXIS};
use syncbn_ir::ops::lowered::{CLIP_MAX as GRAD_CLIP_MAX, CLIP_MIN as GRAD_CLIP_MIN};
use syncbn_ir::ops::FloatAttr;
use syncbn_ir::{Attr, Node};

use super::context::{base, not_differentiable, RuleCtx};
use super::tape::Grad;
use crate::PassError;

/// `Relu`, `Sigmoid`, `Softmax`, `LogSoftmax`, `Clip`: `Op(dY, Y) -> dX` with `Y` the forward output.
pub fn activation(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if !cx.wants(node, 0) {
        return Ok(());
    }
    let (op, attrs) = match node.op.as_str() {
        "Relu" => (RELU_GRAD, BTreeMap::new()),
        "Sigmoid" => (SIGMOID_GRAD, BTreeMap::new()),
        "Softmax" => (SOFTMAX_GRAD, BTreeMap::from([SOFTMAX_AXIS.entry(SOFTMAX_AXIS.read(&node.attrs))])),
        "LogSoftmax" => (LOG_SOFTMAX_GRAD, BTreeMap::from([SOFTMAX_AXIS.entry(SOFTMAX_AXIS.read(&node.attrs))])),
        _ => (CLIP_GRAD, clip_bounds(node, cx)?),
    };
    let y = node.outputs[0].clone();
    let grad = cx.tape.op1(op, &base(node, "input"), vec![dy.to_string(), y], attrs);
    cx.give(node, 0, grad);
    Ok(())
}

/// `SoftmaxCrossEntropyLoss` / `NegativeLogLikelihoodLoss`: `<Op>Grad(dLoss, scores, labels[, weight])
/// -> dScores` with the forward node's `reduction` and `ignore_index`, the labels and class weights
/// taking no gradient.
pub fn class_loss(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if !cx.wants(node, 0) {
        return Ok(());
    }
    let (reduction, ignore) = (syncbn_ir::ops::loss::REDUCTION, syncbn_ir::ops::loss::IGNORE_INDEX);
    let mut attrs = BTreeMap::from([reduction.entry(reduction.read(&node.attrs))]);
    attrs.extend(ignore.get(&node.attrs).map(|i| ignore.entry(i)));
    let mut inputs = vec![dy.to_string()];
    inputs.extend(node.inputs.iter().filter(|i| !i.is_empty()).cloned());
    let op = if node.op == NLL_LOSS { NLL_LOSS_GRAD } else { SOFTMAX_CROSS_ENTROPY_LOSS_GRAD };
    let grad = cx.tape.op1(op, &base(node, "scores"), inputs, attrs);
    cx.give(node, 0, grad);
    Ok(())
}

/// ClipGrad's `clip_min` / `clip_max`: the Clip's attributes, or its constant bound operands.
fn clip_bounds(node: &Node, cx: &RuleCtx) -> Result<BTreeMap<String, Attr>, PassError> {
    let mut attrs = BTreeMap::new();
    let bounds: [(usize, FloatAttr, FloatAttr); 2] = [(1, CLIP_MIN, GRAD_CLIP_MIN), (2, CLIP_MAX, GRAD_CLIP_MAX)];
    for (index, attr, key) in bounds {
        let value = match node.input(index) {
            Some(name) => match cx.constants.get(name).and_then(|v| v.first()) {
                Some(&v) => Some(v),
                None => {
                    return Err(not_differentiable(
                        node,
                        format!("bound input {index} {name:?} is computed; expected a constant initializer"),
                    ))
                }
            },
            None => attr.get(&node.attrs),
        };
        if let Some(v) = value {
            attrs.extend([key.entry(v)]);
        }
    }
    Ok(attrs)
}

/// The activations of `syncbn_ir::activation` (and Pow by a constant scalar exponent):
/// `ActivationGrad(dY, X)` with the forward op and its parameters as attributes.
pub fn activation_of_input(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if !cx.wants(node, 0) {
        return Ok(());
    }
    let activation = if node.op == "Pow" {
        if cx.wants(node, 1) {
            return Err(not_differentiable(node, "the exponent depends on the inputs; expected a constant".into()));
        }
        match node.input(1).and_then(|e| cx.constants.get(e)).map(Vec::as_slice) {
            Some(&[exponent]) => Activation::Pow { exponent },
            _ => return Err(not_differentiable(node, "the exponent is not a constant scalar".into())),
        }
    } else {
        Activation::of_node(node).ok_or_else(|| not_differentiable(node, "unknown activation parameters".into()))?
    };
    let mut attrs = BTreeMap::from([("op".to_string(), Attr::Str(node.op.clone()))]);
    attrs.extend(activation.attrs());
    let x = node.inputs[0].clone();
    let grad = cx.tape.op1(ACTIVATION_GRAD, &base(node, "input"), vec![dy.to_string(), x], attrs);
    if cx.type_of(&node.inputs[0])?.shape != cx.type_of(&node.outputs[0])?.shape {
        return Err(not_differentiable(node, "the exponent broadcasts the base; expected a scalar exponent".into()));
    }
    cx.give(node, 0, grad);
    Ok(())
}

/// `Add`, `Sub`, `Mul`, `Div`: `dA = dY`, `dY`, `dY * B`, `dY / B`; `dB = dY`, `-dY`, `dY * A`,
/// `-(dY * Y) / B`; each summed over the axes its operand was broadcast along.
pub fn binary(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    let y_type = cx.type_of(&node.outputs[0])?.clone();
    for index in 0..2 {
        if !cx.wants(node, index) {
            continue;
        }
        let operand = node.inputs[index].clone();
        let other = node.inputs[1 - index].clone();
        let mut op = |op: &str, what: &str, inputs: Vec<String>| {
            cx.tape.op1(op, &base(node, &format!("{what}{index}")), inputs, BTreeMap::new())
        };
        let grad = match (node.op.as_str(), index) {
            ("Mul", _) => op("Mul", "mul", vec![dy.to_string(), other]),
            ("Div", 0) => op("Div", "div", vec![dy.to_string(), other]),
            ("Div", _) => {
                let dy_y = op("Mul", "mul", vec![dy.to_string(), node.outputs[0].clone()]);
                let ratio = op("Div", "div", vec![dy_y.name, operand.clone()]);
                op("Neg", "neg", vec![ratio.name])
            }
            ("Sub", 1) => op("Neg", "neg", vec![dy.to_string()]),
            _ => Grad::shared(dy),
        };
        let grad = if cx.type_of(&operand)?.shape == y_type.shape {
            grad
        } else {
            cx.tape.op1(
                REDUCE_TO_SHAPE,
                &base(node, &format!("input{index}")),
                vec![grad.name, operand],
                BTreeMap::new(),
            )
        };
        cx.give(node, index, grad);
    }
    Ok(())
}

/// `Dropout`: the identity's gradient in eval mode or at ratio 0, else the same Dropout (same seed,
/// so the same mask and scale) applied to `dY`.
pub fn dropout(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    if !cx.wants(node, 0) {
        return Ok(());
    }
    let grad = if syncbn_ir::ops::dropout::DropoutAttrs::read(node).is_identity() {
        Grad::shared(dy)
    } else {
        cx.tape.op1("Dropout", &base(node, "input"), vec![dy.to_string()], node.attrs.clone())
    };
    cx.give(node, 0, grad);
    Ok(())
}
