//! The errors of a reference run, each naming the place and what was expected.

use syncbn_ir::IrError;

/// An error of the reference interpreter.
#[derive(Debug, thiserror::Error)]
pub enum ReferenceError {
    /// The model itself is wrong (validation, a cycle, initializer data).
    #[error(transparent)]
    Ir(#[from] IrError),
    /// A run option is out of range.
    #[error("bad option {option}: {message}")]
    Options {
        /// The option.
        option: &'static str,
        /// What is wrong and what was expected.
        message: String,
    },
    /// The reference interpreter met a value it cannot compute.
    #[error("reference run: node {node:?} ({op}): {message}")]
    Eval {
        /// The node.
        node: String,
        /// Its op.
        op: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A run input is missing or has the wrong shape.
    #[error("reference run: input {name:?}: {message}")]
    Input {
        /// The input name.
        name: String,
        /// What is wrong and what was expected.
        message: String,
    },
}
