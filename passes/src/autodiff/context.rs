//! What every gradient rule works with: the rule context (tape, forward types, which tensors want a
//! gradient, constants), gradient node names and the not-differentiable error.

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::{Node, TensorType};

use super::tape::{Grad, Tape};
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

/// The error for a node this pass cannot differentiate.
pub fn not_differentiable(node: &Node, reason: String) -> PassError {
    PassError::NotDifferentiable { node: node.name.clone(), op: node.op.clone(), reason }
}

/// The gradient node name base for input `what` of `node`.
pub fn base(node: &Node, what: &str) -> String {
    format!("grad/{}/{what}", node.name)
}
