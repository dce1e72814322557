//! The loss ops: ONNX SoftmaxCrossEntropyLoss over scores and NegativeLogLikelihoodLoss over
//! log-probabilities, `[N, C]` or `[N, C, d1, ..., dk]` (class axis 1, per-pixel losses for
//! segmentation), against int64 class labels `[N]` or `[N, d1, ..., dk]` with optional class weights
//! and `ignore_index`, and their gradient ops (arity, attributes and inference).

use super::{
    expect_dtype, expect_float, expect_rank, required, Arity, AttrSpec, Inputs, IntAttr, OpError, OpSchema, Rule,
    Signature, StrAttr,
};
use crate::grad as names;
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Dim, Node};

/// The reductions of a loss (ONNX's `reduction` attribute; default `"mean"`).
pub const REDUCTIONS: &[&str] = &["mean", "sum", "none"];

/// `reduction`: how the rows' losses combine.
pub const REDUCTION: StrAttr = StrAttr { name: "reduction", rule: Rule::Words(REDUCTIONS), default: "mean" };

/// `ignore_index`: elements with this label take no part in the loss (absent: every one counts).
pub const IGNORE_INDEX: IntAttr = IntAttr { name: "ignore_index", rule: Rule::Any, default: i64::MIN };

const LOSS_ATTRS: &[AttrSpec] = &[REDUCTION.spec(), IGNORE_INDEX.spec()];

/// The highest rank of the scores: `[N, C]` and up to 6 extra axes `d1..dk`.
pub const MAX_SCORE_RANK: usize = 8;

/// The type of the loss for `scores` `[N, C, d1, ..., dk]` under `reduction`: a scalar, or
/// `[N, d1, ..., dk]` for `"none"`.
fn loss_type(node: &Node, scores: &TensorType) -> TensorType {
    let shape = if REDUCTION.read(&node.attrs) == "none" { label_shape(&scores.shape) } else { vec![] };
    TensorType { dtype: scores.dtype, shape }
}

/// The labels' shape for scores of shape `[N, C, d1, ..., dk]`: `[N, d1, ..., dk]`.
pub fn label_shape(scores: &[Dim]) -> Vec<Dim> {
    scores.iter().enumerate().filter(|(axis, _)| *axis != 1).map(|(_, d)| d.clone()).collect()
}

/// Checks scores `[N, C, d1, ..., dk]` (float) at `s`, labels `[N, d1, ..., dk]` (int64) at
/// `s + 1` and the optional class weights `[C]` (the scores' dtype) at `s + 2`.
fn check_operands<'a>(inputs: &Inputs<'a>, s: usize) -> Result<&'a TensorType, OpError> {
    let scores = required(inputs, s)?;
    expect_float(scores, s)?;
    expect_rank(scores, s, 2, MAX_SCORE_RANK)?;
    let labels = required(inputs, s + 1)?;
    expect_dtype(labels, s + 1, DType::I64)?;
    expect_rank(labels, s + 1, scores.shape.len() - 1, scores.shape.len() - 1)?;
    let same = |a: &Dim, b: &Dim| a == b || a.fixed().is_none() || b.fixed().is_none();
    if !labels.shape.iter().zip(label_shape(&scores.shape)).all(|(l, want)| same(l, &want)) {
        return Err(OpError::input(
            s + 1,
            format!(
                "input {} has labels {labels}; expected one per element of the scores {scores} but the class axis \
                 ({})",
                s + 1,
                crate::shape::display_shape(&label_shape(&scores.shape))
            ),
        ));
    }
    if let Some(Some(weight)) = inputs.get(s + 2) {
        expect_dtype(weight, s + 2, scores.dtype)?;
        expect_rank(weight, s + 2, 1, 1)?;
        if weight.shape[0].fixed().is_some() && scores.shape[1].fixed().is_some() && weight.shape[0] != scores.shape[1]
        {
            return Err(OpError::input(
                s + 2,
                format!(
                    "input {} has {} class weights; expected one per class of the scores {scores}",
                    s + 2,
                    weight.shape[0]
                ),
            ));
        }
    }
    Ok(scores)
}

/// A loss over `[N, C, d1, ..., dk]` and int64 labels (SoftmaxCrossEntropyLoss or NegativeLogLikelihoodLoss):
/// inputs (scores, labels[, weight]), one output.
pub struct Loss {
    name: &'static str,
}

/// A loss's gradient op: inputs (dLoss, scores, labels[, weight]), the scores' gradient out.
pub struct LossGrad {
    name: &'static str,
}

/// `SoftmaxCrossEntropyLoss(scores [N, C, d..], labels int64 [N, d..][, weight [C]]) -> loss` (see
/// [`names::SOFTMAX_CROSS_ENTROPY_LOSS`]); the optional log-probability output is not supported.
pub static SOFTMAX_CROSS_ENTROPY_LOSS: Loss = Loss { name: names::SOFTMAX_CROSS_ENTROPY_LOSS };

/// `NegativeLogLikelihoodLoss(log_probs [N, C, d..], labels int64 [N, d..][, weight [C]]) -> loss`
/// (see [`names::NLL_LOSS`]).
pub static NLL_LOSS: Loss = Loss { name: names::NLL_LOSS };

/// The SoftmaxCrossEntropyLossGrad schema (see [`names::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD`]).
pub static SOFTMAX_CROSS_ENTROPY_LOSS_GRAD: LossGrad = LossGrad { name: names::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD };

/// The NegativeLogLikelihoodLossGrad schema (see [`names::NLL_LOSS_GRAD`]).
pub static NLL_LOSS_GRAD: LossGrad = LossGrad { name: names::NLL_LOSS_GRAD };

impl OpSchema for Loss {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::between(2, 3), outputs: Arity::exactly(1), attrs: LOSS_ATTRS }
    }
    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let scores = check_operands(inputs, 0)?;
        Ok(vec![loss_type(node, scores)])
    }
}

impl OpSchema for LossGrad {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::between(3, 4), outputs: Arity::exactly(1), attrs: LOSS_ATTRS }
    }
    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let scores = check_operands(inputs, 1)?;
        let d_loss = required(inputs, 0)?;
        let want = loss_type(node, scores);
        if d_loss.dtype != want.dtype || d_loss.shape.len() != want.shape.len() {
            return Err(OpError::input(0, format!("input 0 has type {d_loss}; expected {want}, the loss's type")));
        }
        Ok(vec![scores.clone()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::check_node;

    #[test]
    fn loss_checks_its_reduction() {
        let node = Node {
            name: "l".into(),
            op: names::SOFTMAX_CROSS_ENTROPY_LOSS.into(),
            inputs: vec!["s".into(), "y".into()],
            outputs: vec!["loss".into()],
            attrs: [("reduction".to_string(), crate::Attr::Str("max".into()))].into(),
        };
        let err = check_node(&SOFTMAX_CROSS_ENTROPY_LOSS, &node).unwrap_err();
        assert!(err.message.contains("reduction"), "{}", err.message);
    }
}
