//! The cost of one e-node: bytes it moves through memory, plus a price per kernel launch and per
//! collective. Extraction ([`crate::extract`]) sums these over the *distinct* e-classes of a DAG, so
//! a tensor computed once and read by two consumers is produced (and paid for) once, while each
//! consumer pays for its own read.

use egg::Id;
use syncbn_ir::lowered::ALL_REDUCE;

use crate::analysis::{TypeFacts, EG};
use crate::lang::SyncNode;
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION as BATCH_NORM;

/// Weights of the cost model, in bytes-equivalents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostModel {
    /// Price of one kernel launch.
    pub launch: f64,
    /// Price of one collective (latency of a ring all-reduce step).
    pub collective: f64,
    /// Bytes assumed for a tensor of unknown type.
    pub unknown_bytes: f64,
}

impl Default for CostModel {
    fn default() -> Self {
        CostModel { launch: 4096.0, collective: 1.0e6, unknown_bytes: 4096.0 }
    }
}

impl CostModel {
    /// The cost of `node` (a member of `class`): 0 for leaves and projections, infinity for ops that only a rewrite can
    /// execute (BatchNormalization), else launch + bytes read + bytes written (+ collective).
    pub fn node_cost(&self, eg: &EG, class: Id, node: &SyncNode) -> f64 {
        let SyncNode::Op { op, args, .. } = node else { return 0.0 };
        let op = eg.analysis.str(*op);
        if op == BATCH_NORM {
            return f64::INFINITY;
        }
        let bytes = |outputs: &[Option<crate::analysis::TensorType>]| -> f64 {
            outputs.iter().map(|t| t.as_ref().map_or(self.unknown_bytes, |t| t.bytes_estimate())).sum()
        };
        let read: f64 = args.iter().map(|&a| bytes(&eg[a].data.outputs)).sum();
        let written = bytes(&eg[class].data.outputs);
        let collective = if op == ALL_REDUCE { self.collective } else { 0.0 };
        self.launch + read + written + collective
    }
}
