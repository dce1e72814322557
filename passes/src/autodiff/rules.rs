//! The gradient rule of each forward op: which inputs are differentiable, and the dispatch from a
//! forward node and the adjoints of its outputs to the gradient nodes of [`syncbn_ir::grad`].

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::{Node, TensorType};

use super::tape::{Grad, Tape};
use super::{batchnorm, elementwise, layout, linear};
use crate::PassError;

/// What a gradient rule reads and writes.
pub struct RuleCtx<'a> {
    /// The gradient nodes built so far and the adjoints.
    pub tape: &'a mut Tape,
    /// The type of every forward tensor.
    pub types: &'a BTreeMap<String, TensorType>,
    /// The forward tensors whose gradient is wanted (they depend on a graph input or parameter).
    pub needs: &'a BTreeSet<String>,
    /// Constant initializer values (Clip bounds).
    pub constants: &'a BTreeMap<String, Vec<f64>>,
}

impl RuleCtx<'_> {
    /// Whether input `index` of `node` wants a gradient.
    pub fn wants(&self, node: &Node, index: usize) -> bool {
        node.input(index).is_some_and(|t| self.needs.contains(t))
    }

    /// Contributes `grad` to input `index` of `node`.
    pub fn give(&mut self, node: &Node, index: usize, grad: Grad) {
        self.tape.contribute(&node.inputs[index], grad);
    }

    /// The type of tensor `name`, or an internal error.
    pub fn type_of(&self, name: &str) -> Result<&TensorType, PassError> {
        self.types
            .get(name)
            .ok_or_else(|| PassError::Internal { message: format!("tensor {name:?} has no inferred type") })
    }
}

/// The input indices of op `op` through which gradients flow (for the ops that have a rule).
pub fn differentiable_inputs(op: &str, inputs: usize) -> Option<Vec<usize>> {
    let positions = match op {
        "Conv" | "Gemm" | "BatchNormalization" => vec![0, 1, 2],
        "Add" | "Mul" | "MatMul" => vec![0, 1],
        "Concat" => (0..inputs).collect(),
        "Relu"
        | "Clip"
        | "Sigmoid"
        | "Softmax"
        | "Identity"
        | "Flatten"
        | "Reshape"
        | "MaxPool"
        | "AveragePool"
        | "GlobalAveragePool"
        | "Resize"
        | "SoftmaxCrossEntropyLoss" => vec![0],
        _ => return None,
    };
    Some(positions.into_iter().filter(|&i| i < inputs).collect())
}

/// The input indices of op `op` at which a float initializer is a parameter (Conv `W` and `B`, Gemm
/// `A`/`B`/`C`, MatMul operands, BatchNormalization `scale` and `B`, Add and Mul operands).
pub fn parameter_inputs(op: &str) -> &'static [usize] {
    match op {
        "Conv" | "BatchNormalization" => &[1, 2],
        "Gemm" => &[0, 1, 2],
        "Add" | "Mul" | "MatMul" => &[0, 1],
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
        "Relu" | "Sigmoid" | "Softmax" | "Clip" => elementwise::activation(node, &dy, cx),
        "Add" | "Mul" => elementwise::binary(node, &dy, cx),
        "SoftmaxCrossEntropyLoss" => elementwise::cross_entropy(node, &dy, cx),
        "Identity" => {
            cx.give(node, 0, Grad::shared(&dy));
            Ok(())
        }
        "Reshape" | "Flatten" => layout::reshape(node, &dy, cx),
        "Concat" => layout::concat(node, &dy, cx),
        "MaxPool" | "AveragePool" | "GlobalAveragePool" | "Resize" => layout::window(node, &dy, cx),
        "Conv" => linear::conv(node, &dy, cx),
        "Gemm" => linear::gemm(node, &dy, cx),
        "MatMul" => linear::matmul(node, &dy, cx),
        "BatchNormalization" => batchnorm::batch_norm(node, &dy, cx),
        op => Err(not_differentiable(node, format!("no gradient rule for {op}"))),
    }
}

/// The error for a node this pass cannot differentiate.
pub fn not_differentiable(node: &Node, reason: String) -> PassError {
    PassError::NotDifferentiable { node: node.name.clone(), op: node.op.clone(), reason }
}

/// The gradient node name base for input `what` of `node`.
pub fn base(node: &Node, what: &str) -> String {
    format!("grad/{}/{what}", node.name)
}
