//! Errors of loading, validating and inferring graphs, each carrying where and what was expected.

use std::path::PathBuf;

/// Where in a model an error is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A position in the JSON text, with the JSON path when known (`nodes[3].attrs.epsilon`).
    Json {
        /// JSON path, empty when unknown.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A node, and optionally one of its inputs.
    Node {
        /// Node name.
        node: String,
        /// Input index, when the problem is one input.
        input: Option<usize>,
    },
    /// A graph input, output or initializer by name.
    Tensor {
        /// What kind of tensor: "input", "output" or "initializer".
        kind: &'static str,
        /// Tensor name.
        name: String,
    },
    /// The model as a whole.
    Model,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Json { path, line, column } if path.is_empty() => write!(f, "{line}:{column}"),
            Location::Json { path, line, column } => write!(f, "{line}:{column} at {path}"),
            Location::Node { node, input: Some(i) } => write!(f, "node {node:?} input {i}"),
            Location::Node { node, input: None } => write!(f, "node {node:?}"),
            Location::Tensor { kind, name } => write!(f, "{kind} {name:?}"),
            Location::Model => f.write_str("model"),
        }
    }
}

/// An error in a model: the file, the place and what was expected.
#[derive(Debug, thiserror::Error)]
pub enum IrError {
    /// The file could not be read.
    #[error("{file}: cannot read: {reason}")]
    Io {
        /// The file.
        file: PathBuf,
        /// The OS error.
        reason: String,
    },
    /// Malformed JSON or a value of the wrong shape or type.
    #[error("{file}:{location}: {message}")]
    Syntax {
        /// The file.
        file: PathBuf,
        /// Where.
        location: Location,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A well-formed model that breaks a rule of the graph.
    #[error("{file}: {location}: {message}")]
    Invalid {
        /// The file.
        file: PathBuf,
        /// Where.
        location: Location,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A size or count over a configured limit.
    #[error("{file}: {location}: {message}")]
    Limit {
        /// The file.
        file: PathBuf,
        /// Where.
        location: Location,
        /// Which limit and by how much.
        message: String,
    },
}

impl IrError {
    /// A graph-rule error at `location`.
    pub fn invalid(file: impl Into<PathBuf>, location: Location, message: impl Into<String>) -> Self {
        IrError::Invalid { file: file.into(), location, message: message.into() }
    }

    /// A graph-rule error at a node.
    pub fn at_node(file: impl Into<PathBuf>, node: &str, message: impl Into<String>) -> Self {
        Self::invalid(file, Location::Node { node: node.to_string(), input: None }, message)
    }
}
