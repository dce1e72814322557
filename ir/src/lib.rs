//! syncbn-ir owns the graph model: the JSON model format, loading and saving, validation, shape and
//! dtype inference, typed attribute readers, initializer data and the lowered-op catalogue.
//!
//! A model is written per replica: its batch dimension is one replica's shard. Op names, input order,
//! output order and attribute names follow ONNX.

#![warn(missing_docs)]

pub mod activation;
pub mod attr;
pub mod data;
pub mod dot;
pub mod dropout;
pub mod dtype;
pub mod error;
pub mod fold;
pub mod grad;
pub mod graph;
pub mod infer;
pub mod infer_ctx;
pub mod json;
pub mod limits;
pub mod lowered;
pub mod onnx;
pub mod onnx_ops;
pub mod ops;
pub mod shape;
pub mod shard;
pub mod tensor_type;
mod topo;
pub mod typed;
pub mod validate;

use std::path::Path;

pub use attr::Attr;
pub use dtype::DType;
pub use error::{IrError, Location};
pub use graph::{Graph, InitSource, Initializer, Node, ValueInfo};
pub use limits::Limits;
pub use shape::{Dim, Shape};
pub use tensor_type::TensorType;
pub use typed::{infer_types, GraphInfo, Typed, TypedGraph, Types};

/// Reads, parses and validates a model file, and sorts its nodes topologically (nodes ready at the
/// same time keep their file order). A `.onnx` file is imported with [`onnx::load_onnx`]; any
/// other file is read as the JSON format. Every error names `path`.
pub fn load_model(path: &Path, limits: &Limits) -> Result<Graph, IrError> {
    load_typed(path, limits).map(|(graph, _)| graph)
}

/// [`load_model`], with the facts validation computed (the order is the identity: the nodes are
/// sorted).
pub fn load_typed(path: &Path, limits: &Limits) -> Result<(Graph, GraphInfo), IrError> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("onnx")) {
        return onnx::load_onnx_typed(path, limits);
    }
    let mut graph = json::load_file(path, limits.max_model_bytes)?;
    fold::fold_shapes(&mut graph, limits, path)?;
    let info = validate::validate_sorted(&mut graph, limits, path)?;
    Ok((graph, info))
}
