//! The loss ops: ONNX SoftmaxCrossEntropyLoss over `[N, C]` scores and NegativeLogLikelihoodLoss
//! over `[N, C]` log-probabilities, both against int64 class labels with optional class weights and
//! `ignore_index`, and their gradient ops (arity, attributes and inference).

use super::{
    expect_dtype, expect_float, expect_rank, required, Arity, AttrSpec, Inputs, IntAttr, OpError, OpSchema, Rule,
    Signature, StrAttr,
};
use crate::grad as names;
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Node};

/// The reductions of a loss (ONNX's `reduction` attribute; default `"mean"`).
pub const REDUCTIONS: &[&str] = &["mean", "sum", "none"];

/// `reduction`: how the rows' losses combine.
pub const REDUCTION: StrAttr = StrAttr { name: "reduction", rule: Rule::Words(REDUCTIONS), default: "mean" };

/// `ignore_index`: rows with this label take no part in the loss (absent: every row counts).
pub const IGNORE_INDEX: IntAttr = IntAttr { name: "ignore_index", rule: Rule::Any, default: i64::MIN };

const LOSS_ATTRS: &[AttrSpec] = &[REDUCTION.spec(), IGNORE_INDEX.spec()];

/// The type of the loss for `scores` `[N, C]` under `reduction`: a scalar, or `[N]` for `"none"`.
fn loss_type(node: &Node, scores: &TensorType) -> TensorType {
    let shape = if REDUCTION.read(&node.attrs) == "none" { vec![scores.shape[0].clone()] } else { vec![] };
    TensorType { dtype: scores.dtype, shape }
}

/// Checks scores `[N, C]` (float) at `s`, labels `[N]` (int64) at `s + 1` and the optional class
/// weights `[C]` (the scores' dtype) at `s + 2`.
fn check_operands<'a>(inputs: &Inputs<'a>, s: usize) -> Result<&'a TensorType, OpError> {
    let scores = required(inputs, s)?;
    expect_float(scores, s)?;
    expect_rank(scores, s, 2, 2)?;
    let labels = required(inputs, s + 1)?;
    expect_dtype(labels, s + 1, DType::I64)?;
    expect_rank(labels, s + 1, 1, 1)?;
    let agree =
        labels.shape[0] == scores.shape[0] || labels.shape[0].fixed().is_none() || scores.shape[0].fixed().is_none();
    if !agree {
        return Err(OpError::input(
            s + 1,
            format!("input {} has {} labels; expected one per row of the scores {scores}", s + 1, labels.shape[0]),
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

/// A loss over `[N, C]` and int64 labels (SoftmaxCrossEntropyLoss or NegativeLogLikelihoodLoss):
/// inputs (scores, labels[, weight]), one output.
pub struct Loss {
    name: &'static str,
}

/// A loss's gradient op: inputs (dLoss, scores, labels[, weight]), the scores' gradient out.
pub struct LossGrad {
    name: &'static str,
}

/// `SoftmaxCrossEntropyLoss(scores [N, C], labels int64 [N][, weight [C]]) -> loss` (see
/// [`names::SOFTMAX_CROSS_ENTROPY_LOSS`]); the optional log-probability output is not supported.
pub static SOFTMAX_CROSS_ENTROPY_LOSS: Loss = Loss { name: names::SOFTMAX_CROSS_ENTROPY_LOSS };

/// `NegativeLogLikelihoodLoss(log_probs [N, C], labels int64 [N][, weight [C]]) -> loss` (see
/// [`names::NLL_LOSS`]); only `[N, C]` inputs (no extra spatial axes).
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
