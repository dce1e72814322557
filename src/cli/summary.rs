//! The compile summary: ops by kind, BatchNorm layers by mode, parameters and tensor bytes; printed
//! as text and serializable for `--report`.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use serde::Serialize;
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION;
use syncbn_ir::ops::batchnorm::TRAINING_MODE;
use syncbn_ir::{Graph, TensorType};

/// What a model holds, counted once it has loaded and validated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The model's name.
    pub model: String,
    /// Node count.
    pub nodes: usize,
    /// Nodes by op.
    pub ops: BTreeMap<String, usize>,
    /// BatchNormalization nodes with training_mode 1 (the ones SyncBN synchronizes).
    pub batchnorm_training: usize,
    /// BatchNormalization nodes with training_mode 0.
    pub batchnorm_eval: usize,
    /// Elements of float initializers other than BatchNorm running statistics.
    pub parameters: u64,
    /// Elements of BatchNorm running means and variances.
    pub running_statistics: u64,
    /// Bytes of all initializers.
    pub initializer_bytes: u64,
    /// Bytes of all node outputs, with every named dimension taken as 1 (per unit of batch).
    pub activation_bytes: u64,
}

impl Summary {
    /// Counts `graph`, whose tensor types are `types`.
    pub fn of(graph: &Graph, types: &BTreeMap<String, TensorType>) -> Summary {
        let mut ops: BTreeMap<String, usize> = BTreeMap::new();
        let (mut training, mut eval) = (0, 0);
        let mut running: HashSet<&str> = HashSet::new();
        for node in &graph.nodes {
            *ops.entry(node.op.clone()).or_insert(0) += 1;
            if node.op == BATCH_NORMALIZATION {
                if TRAINING_MODE.read(&node.attrs) {
                    training += 1;
                } else {
                    eval += 1;
                }
                running.extend(node.inputs.iter().skip(3).map(String::as_str));
            }
        }
        let (mut parameters, mut running_statistics, mut initializer_bytes) = (0u64, 0u64, 0u64);
        for init in &graph.initializers {
            let count: u64 = init.shape.iter().product();
            initializer_bytes += count * init.dtype.size_bytes();
            if running.contains(init.name.as_str()) {
                running_statistics += count;
            } else if init.dtype.is_float() {
                parameters += count;
            }
        }
        let activation_bytes = graph
            .nodes
            .iter()
            .flat_map(|n| n.outputs.iter())
            .filter_map(|name| types.get(name))
            .map(|t| t.shape.iter().map(|d| d.fixed().unwrap_or(1)).product::<u64>() * t.dtype.size_bytes())
            .sum();
        Summary {
            model: graph.name.clone(),
            nodes: graph.nodes.len(),
            ops,
            batchnorm_training: training,
            batchnorm_eval: eval,
            parameters,
            running_statistics,
            initializer_bytes,
            activation_bytes,
        }
    }

    /// The summary as printed by `syncbn-compile`, one fact per line.
    pub fn render(&self) -> String {
        let ops: Vec<String> = self.ops.iter().map(|(op, n)| format!("{op} {n}")).collect();
        let mut text = String::new();
        let _ = writeln!(text, "model: {}", self.model);
        let _ = writeln!(text, "nodes: {} ({})", self.nodes, ops.join(", "));
        let _ = writeln!(
            text,
            "BatchNorm layers: {} in training mode (synchronized), {} in eval mode",
            self.batchnorm_training, self.batchnorm_eval
        );
        let _ = writeln!(text, "parameters: {} (plus {} running statistics)", self.parameters, self.running_statistics);
        let _ = writeln!(
            text,
            "tensor bytes: {} in initializers, {} in activations per unit of each named dimension",
            self.initializer_bytes, self.activation_bytes
        );
        text
    }
}
