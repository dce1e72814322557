//! syncbn-ir owns the graph model: the JSON model format, loading and saving, validation, shape and
//! dtype inference, initializer data, the lowered-op catalogue and the float64 reference interpreter.
//!
//! A model is written per replica: its batch dimension is one replica's shard. Op names, input order,
//! output order and attribute names follow ONNX.

pub mod attr;
pub mod dtype;
pub mod error;
pub mod graph;
pub mod json;
pub mod lowered;
pub mod shape;

pub use attr::Attr;
pub use dtype::DType;
pub use error::{IrError, Location};
pub use graph::{Graph, InitSource, Initializer, Node, ValueInfo};
pub use shape::{Dim, Shape};
