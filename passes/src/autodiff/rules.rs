//! The gradient rule of each forward op: which inputs are differentiable, and the dispatch from a
//! forward node and the adjoints of its outputs to the gradient nodes of [`syncbn_ir::grad`].

use syncbn_ir::{activation, Node};

use super::context::{not_differentiable, RuleCtx};
use super::tape::Grad;
use super::{batchnorm, elementwise, layer_norm, layout, linear};
use crate::PassError;

/// The input indices of op `op` through which gradients flow (for the ops that have a rule).
pub fn differentiable_inputs(op: &str, inputs: usize) -> Option<Vec<usize>> {
    let positions = match op {
        "Conv" | "ConvTranspose" | "Gemm" | "BatchNormalization" | "LayerNormalization" => vec![0, 1, 2],
        "Add" | "Sub" | "Mul" | "Div" | "MatMul" => vec![0, 1],
        "Concat" => (0..inputs).collect(),
        "Dropout" => vec![0],
        op if activation::OPS.contains(&op) => vec![0],
        "Relu"
        | "Clip"
        | "Sigmoid"
        | "Softmax"
        | "LogSoftmax"
        | "Identity"
        | "Flatten"
        | "Reshape"
        | "MaxPool"
        | "AveragePool"
        | "GlobalAveragePool"
        | "Resize"
        | "SoftmaxCrossEntropyLoss"
        | "NegativeLogLikelihoodLoss" => vec![0],
        "Transpose" | "Slice" | "Pad" | "ReduceSum" | "ReduceMean" => vec![0],
        _ => return None,
    };
    Some(positions.into_iter().filter(|&i| i < inputs).collect())
}

/// The input indices of op `op` at which a float initializer is a parameter (Conv `W` and `B`, Gemm
/// `A`/`B`/`C`, MatMul operands, BatchNormalization and LayerNormalization `scale` and `B`, Add and
/// Mul operands, and a Transpose's input: an exported Linear's weight read through one, see
/// `syncbn_ir::onnx`).
pub fn parameter_inputs(op: &str) -> &'static [usize] {
    match op {
        "Conv" | "ConvTranspose" | "BatchNormalization" | "LayerNormalization" => &[1, 2],
        "Gemm" => &[0, 1, 2],
        "Add" | "Sub" | "Mul" | "Div" | "MatMul" => &[0, 1],
        "Transpose" => &[0],
        _ => &[],
    }
}

/// Builds the gradient nodes of `node`, whose output adjoints are `dys` (one per output, `None`
/// where no gradient flows), contributing to the adjoints of its inputs. Only output 0 carries a
/// gradient (MaxPool's indices and BatchNorm's running statistics do not). Identity passes `dY`
/// through unchanged: a ReshapeLike to the same shape would only copy it.
pub fn apply(node: &Node, dys: &[Option<String>], cx: &mut RuleCtx) -> Result<(), PassError> {
    let Some(dy) = dys.first().cloned().flatten() else { return Ok(()) };
    match node.op.as_str() {
        "Relu" | "Sigmoid" | "Softmax" | "LogSoftmax" | "Clip" => elementwise::activation(node, &dy, cx),
        "Add" | "Sub" | "Mul" | "Div" => elementwise::binary(node, &dy, cx),
        op if activation::OPS.contains(&op) => elementwise::activation_of_input(node, &dy, cx),
        "SoftmaxCrossEntropyLoss" | "NegativeLogLikelihoodLoss" => elementwise::class_loss(node, &dy, cx),
        "Identity" => {
            cx.give(node, 0, Grad::shared(&dy));
            Ok(())
        }
        "Dropout" => elementwise::dropout(node, &dy, cx),
        "Reshape" | "Flatten" => layout::reshape(node, &dy, cx),
        "Concat" => layout::concat(node, &dy, cx),
        "MaxPool" | "AveragePool" | "GlobalAveragePool" | "Resize" | "Slice" | "Pad" | "ReduceSum" | "ReduceMean" => {
            layout::window(node, &dy, cx)
        }
        "Transpose" => layout::transpose(node, &dy, cx),
        "Conv" => linear::conv(node, &dy, cx),
        "ConvTranspose" => linear::conv_transpose(node, &dy, cx),
        "Gemm" => linear::gemm(node, &dy, cx),
        "MatMul" => linear::matmul(node, &dy, cx),
        "BatchNormalization" => batchnorm::batch_norm(node, &dy, cx),
        "LayerNormalization" => layer_norm::layer_norm(node, &dy, cx),
        op => Err(not_differentiable(node, format!("no gradient rule for {op}"))),
    }
}
