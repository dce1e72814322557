//! The loss ops: ONNX SoftmaxCrossEntropyLoss over `[N, C]` scores and int64 class labels, and its
//! gradient op (arity, attributes and inference).

use super::{
    expect_dtype, expect_float, expect_rank, required, Arity, AttrSpec, Inputs, OpError, OpSchema, Rule, Signature,
    StrAttr,
};
use crate::grad as names;
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Node};

/// The reductions of a loss (ONNX's `reduction` attribute; default `"mean"`).
pub const REDUCTIONS: &[&str] = &["mean", "sum", "none"];

/// `reduction`: how the rows' losses combine.
pub const REDUCTION: StrAttr = StrAttr { name: "reduction", rule: Rule::Words(REDUCTIONS), default: "mean" };

const LOSS_ATTRS: &[AttrSpec] = &[REDUCTION.spec()];

/// The type of the loss for `scores` `[N, C]` under `reduction`: a scalar, or `[N]` for `"none"`.
fn loss_type(node: &Node, scores: &TensorType) -> TensorType {
    let shape = if REDUCTION.read(&node.attrs) == "none" { vec![scores.shape[0].clone()] } else { vec![] };
    TensorType { dtype: scores.dtype, shape }
}

/// Checks scores `[N, C]` (float) at `s` and labels `[N]` (int64) at `s + 1`.
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
    Ok(scores)
}

/// `SoftmaxCrossEntropyLoss(scores [N, C], labels int64 [N]) -> loss`: per row
/// `log(sum_k exp(scores[k])) - scores[label]`, reduced by `reduction` (mean, sum or none). Class
/// weights, `ignore_index` and the optional log-probability output are not supported.
pub struct SoftmaxCrossEntropyLoss;

/// The SoftmaxCrossEntropyLoss schema.
pub static SOFTMAX_CROSS_ENTROPY_LOSS: SoftmaxCrossEntropyLoss = SoftmaxCrossEntropyLoss;

impl OpSchema for SoftmaxCrossEntropyLoss {
    fn signature(&self) -> Signature {
        Signature {
            name: names::SOFTMAX_CROSS_ENTROPY_LOSS,
            inputs: Arity::exactly(2),
            outputs: Arity::exactly(1),
            attrs: LOSS_ATTRS,
        }
    }
    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let scores = check_operands(inputs, 0)?;
        Ok(vec![loss_type(node, scores)])
    }
}

/// `SoftmaxCrossEntropyLossGrad(dLoss, scores, labels) -> dScores` (see [`names::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD`]).
pub struct SoftmaxCrossEntropyLossGrad;

/// The SoftmaxCrossEntropyLossGrad schema.
pub static SOFTMAX_CROSS_ENTROPY_LOSS_GRAD: SoftmaxCrossEntropyLossGrad = SoftmaxCrossEntropyLossGrad;

impl OpSchema for SoftmaxCrossEntropyLossGrad {
    fn signature(&self) -> Signature {
        Signature {
            name: names::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD,
            inputs: Arity::exactly(3),
            outputs: Arity::exactly(1),
            attrs: LOSS_ATTRS,
        }
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
