//! The errors of lowering and differentiation, each naming the place and what was expected.

use syncbn_ir::IrError;

/// An error of a pass.
#[derive(Debug, thiserror::Error)]
pub enum PassError {
    /// The model itself is wrong (loading, validation, type inference, initializer data).
    #[error(transparent)]
    Ir(#[from] IrError),
    /// A lowering or run option is out of range.
    #[error("bad option {option}: {message}")]
    Options {
        /// The option.
        option: &'static str,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A node reads a tensor that nothing produces.
    #[error("node {node:?} input {input}: tensor {name:?} is not a graph input, an initializer or a node output")]
    UnknownTensor {
        /// The node.
        node: String,
        /// The input index.
        input: usize,
        /// The tensor name.
        name: String,
    },
    /// A graph output names a tensor that nothing produces.
    #[error("output {name:?} is not a graph input, an initializer or a node output")]
    UnknownOutput {
        /// The output name.
        name: String,
    },
    /// A bug in a pass (a broken invariant), reported instead of a panic.
    #[error("internal error: {message}")]
    Internal {
        /// What broke.
        message: String,
    },
    /// Equality saturation stopped at one of its limits before every output had an executable form.
    #[error("lowering stopped at its {limit} before every graph output had an executable form; expected a smaller graph or a larger limit (LowerOptions::limits)")]
    SaturationLimit {
        /// The limit reached (`time limit 60 s`, `node limit 2000000`, ...).
        limit: String,
    },
    /// The graph has a cycle through this node.
    #[error("node {node:?} is on a cycle; expected an acyclic graph")]
    Cycle {
        /// A node on the cycle.
        node: String,
    },
    /// A node could not be lowered to executable ops.
    #[error("node {node:?} ({op}) cannot be lowered: {reason}")]
    Unlowerable {
        /// The node.
        node: String,
        /// Its op.
        op: String,
        /// Why, and what would make it lowerable.
        reason: String,
    },
    /// Reverse-mode differentiation met a node it has no gradient for, or a bad request.
    #[error("node {node:?} ({op}) cannot be differentiated: {reason}")]
    NotDifferentiable {
        /// The node (or the output named in the request).
        node: String,
        /// Its op.
        op: String,
        /// Why, and what would make it differentiable.
        reason: String,
    },
}
