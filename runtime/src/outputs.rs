//! The assembled graph outputs of a run: each output's name, how the replicas' copies combined, and its
//! values.

use ndarray::ArrayD;

use crate::plan::OutputKind;

/// One assembled graph output.
#[derive(Clone, Debug)]
pub struct NamedOutput {
    /// The output's name in the graph.
    pub name: String,
    /// Batch (concatenated over replicas), per sync group, or one copy for every replica.
    pub kind: OutputKind,
    /// The values: `[global batch, ...]` for batch outputs; for per-group outputs the tensor's own
    /// shape with one group, `[groups, ...]` with several; for world outputs the tensor's own shape.
    pub array: ArrayD<f32>,
}
