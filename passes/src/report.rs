//! The summary of a lowering: BatchNorm layers by treatment, collectives and their bytes, kernels,
//! fusions, and how saturation ended.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use syncbn_ir::grad::BN_GRAD_REDUCE;
use syncbn_ir::lowered::{
    Activation, ALL_REDUCE, BN_FINALIZE, BN_NORMALIZE, BN_NORMALIZE_PAIR, CHANNEL_AFFINE, LOCAL_MOMENTS,
};
use syncbn_ir::{Graph, Node};

use syncbn_ir::onnx_ops::BATCH_NORMALIZATION as BATCH_NORM;
use syncbn_ir::ops::batchnorm::TRAINING_MODE;
use syncbn_ir::ops::lowered::{PAYLOAD, SCOPE};

/// How equality saturation ended.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SaturationReport {
    /// Iterations run.
    pub iterations: usize,
    /// E-nodes at the end.
    pub egraph_nodes: usize,
    /// E-classes at the end.
    pub egraph_classes: usize,
    /// Why it stopped (`"saturated"` normally).
    pub stop_reason: String,
}

/// What a lowering did.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LowerReport {
    /// Replicas the graph was lowered for.
    pub replicas: usize,
    /// Replicas per sync group (0 = all).
    pub group_size: usize,
    /// Training BatchNorm layers whose statistics are all-reduced.
    pub bn_synchronized: usize,
    /// Training BatchNorm layers left with local statistics (by option).
    pub bn_unsynchronized: usize,
    /// Eval BatchNorm layers folded into a preceding Conv or Gemm.
    pub bn_eval_folded: usize,
    /// Eval BatchNorm layers left as a ChannelAffine.
    pub bn_eval_affine: usize,
    /// AllReduce nodes, i.e. collectives per training step.
    pub collectives_per_step: usize,
    /// Of those, the ones of the BatchNorm backward (sync-group sums of BnGradReduce payloads).
    pub backward_collectives: usize,
    /// Of those, the parameter-gradient buckets (`scope = "world"`).
    pub parameter_collectives: usize,
    /// Bytes all-reduced per step (sum of the payloads, per replica).
    pub payload_bytes_per_step: u64,
    /// Nodes of the lowered graph that run as kernels (all but AllReduce).
    pub kernels: usize,
    /// Fused nodes by kind (`"normalize+relu"`, `"normalize_pair+relu"`, ...).
    pub fusions: BTreeMap<String, usize>,
    /// How saturation ended.
    pub saturation: SaturationReport,
}

impl LowerReport {
    /// The report of lowering `original` into `lowered`.
    pub fn new(
        original: &Graph,
        lowered: &Graph,
        replicas: usize,
        group_size: usize,
        saturation: SaturationReport,
    ) -> Self {
        let count = |g: &Graph, op: &str| g.nodes.iter().filter(|n| n.op == op).count();
        let all_reduces: Vec<&Node> = lowered.nodes.iter().filter(|n| n.op == ALL_REDUCE).collect();
        let producer = lowered.producers();
        let op_of = |tensor: &str| producer.get(tensor).map(|&i| lowered.nodes[i].op.as_str());
        let fed_by = |n: &Node, op: &str| n.inputs.iter().filter(|i| op_of(i) == Some(op)).count();
        let bn_synchronized: usize = all_reduces.iter().map(|n| fed_by(n, LOCAL_MOMENTS)).sum();
        let world = |n: &&&Node| SCOPE.read(&n.attrs) == "world";
        let parameter_collectives = all_reduces.iter().filter(world).count();
        let backward_collectives = all_reduces.iter().filter(|n| !world(n) && fed_by(n, BN_GRAD_REDUCE) > 0).count();
        let eval_bns = original.nodes.iter().filter(|n| n.op == BATCH_NORM && !TRAINING_MODE.read(&n.attrs)).count();
        let bn_eval_affine = count(lowered, CHANNEL_AFFINE);
        let mut fusions = BTreeMap::new();
        for kind in lowered.nodes.iter().filter_map(fusion_kind) {
            *fusions.entry(kind).or_insert(0) += 1;
        }
        LowerReport {
            replicas,
            group_size,
            bn_synchronized,
            bn_unsynchronized: count(lowered, BN_FINALIZE).saturating_sub(bn_synchronized),
            bn_eval_folded: eval_bns.saturating_sub(bn_eval_affine),
            bn_eval_affine,
            collectives_per_step: all_reduces.len(),
            backward_collectives,
            parameter_collectives,
            payload_bytes_per_step: all_reduces.iter().map(|n| payload_bytes(n)).sum(),
            kernels: lowered.nodes.len() - all_reduces.len(),
            fusions,
            saturation,
        }
    }
}

/// The fusion a node embodies, if any: `normalize[+add][+relu|+clip]`, `normalize_pair[+act]`,
/// `affine+act`, `bn_grad+act` (the activation mask in the BatchNorm backward).
fn fusion_kind(node: &Node) -> Option<String> {
    let act = match Activation::of_node(node) {
        Some(Activation::Relu) => "+relu",
        Some(Activation::Clip { .. }) => "+clip",
        _ => "",
    };
    let kind = match node.op.as_str() {
        BN_NORMALIZE if node.inputs.len() > 2 => format!("normalize+add{act}"),
        BN_NORMALIZE_PAIR => format!("normalize_pair{act}"),
        BN_NORMALIZE if !act.is_empty() => format!("normalize{act}"),
        CHANNEL_AFFINE if !act.is_empty() => format!("affine{act}"),
        BN_GRAD_REDUCE if !act.is_empty() => format!("bn_grad{act}"),
        _ => return None,
    };
    Some(kind)
}

/// Bytes of an AllReduce's payload, from its `payload` attribute (`name:f64[3,8];...`).
fn payload_bytes(node: &Node) -> u64 {
    let Some(payload) = PAYLOAD.get(&node.attrs) else { return 0 };
    payload
        .split(';')
        .filter_map(|entry| {
            let ty = entry.rsplit(':').next()?;
            let (dtype, dims) = ty.split_once('[')?;
            let size = match dtype {
                "f64" | "i64" => 8,
                "f32" | "i32" => 4,
                _ => 1,
            };
            dims.trim_end_matches(']')
                .split(',')
                .map(|d| d.trim().parse::<u64>().ok())
                .product::<Option<u64>>()
                .map(|n| n * size)
        })
        .sum()
}

impl fmt::Display for LowerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let group = if self.group_size == 0 { self.replicas } else { self.group_size };
        writeln!(
            f,
            "BatchNorm layers: {} synchronized over groups of {group} of {} replicas, {} local, {} eval ({} folded, {} affine)",
            self.bn_synchronized, self.replicas, self.bn_unsynchronized,
            self.bn_eval_folded + self.bn_eval_affine, self.bn_eval_folded, self.bn_eval_affine
        )?;
        write!(f, "collectives per step: {} ({} bytes)", self.collectives_per_step, self.payload_bytes_per_step)?;
        if self.backward_collectives + self.parameter_collectives > 0 {
            let forward = self.collectives_per_step - self.backward_collectives - self.parameter_collectives;
            write!(
                f,
                ": {forward} forward, {} BatchNorm backward, {} parameter buckets",
                self.backward_collectives, self.parameter_collectives
            )?;
        }
        writeln!(f)?;
        writeln!(f, "kernels: {}", self.kernels)?;
        let fusions: Vec<String> = self.fusions.iter().map(|(k, n)| format!("{k} x{n}")).collect();
        let fusions = if fusions.is_empty() { "none".to_string() } else { fusions.join(", ") };
        write!(f, "fusions: {fusions}")
    }
}
