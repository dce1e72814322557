//! Lowering of ParamGradSum: parameter gradients summed over every replica by AllReduces with
//! `scope = "world"`, bucketed as DDP does.
//!
//! The gradients are taken in the order they become ready (the position of the node producing each
//! in the topologically sorted graph; ties and initializers by output name) and packed greedily into
//! buckets of at most [`crate::LowerOptions::bucket_cap_bytes`] (a gradient larger than the cap gets
//! a bucket of its own). Each bucket is one AllReduce placed right after its last gradient's
//! producer, so collectives come in a fixed order and start as soon as their bucket is full. World
//! buckets never mix with the sync-group AllReduces of the BatchNorms.

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::grad::{GRAD_PREFIX, PARAM_GRAD_SUM};
use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::ops::lowered::{GROUP_SIZE, LAYERS, PAYLOAD, REDUCTION, SCOPE};
use syncbn_ir::shape::display_shape;
use syncbn_ir::{Graph, Node, TensorType};

/// One ParamGradSum to lower.
struct Sum {
    node: Node,
    /// Index of the node producing its input ([`Graph::producers`]), after which it is ready; `None`
    /// for a graph input or initializer.
    ready: Option<usize>,
    bytes: u64,
    payload: String,
}

/// Replaces the ParamGradSums of `graph` by bucketed world AllReduces of at most `cap` bytes each;
/// `types` holds the types of the training graph's tensors (the gradients' outputs keep their names).
pub fn bucket_param_grads(graph: &mut Graph, types: &BTreeMap<String, TensorType>, cap: u64) {
    let producer = graph.producers();
    let mut sums: Vec<Sum> = (graph.nodes.iter())
        .filter(|n| n.op == PARAM_GRAD_SUM)
        .map(|node| {
            let t = types.get(&node.outputs[0]);
            let bytes =
                t.map_or(0, |t| t.shape.iter().filter_map(|d| d.fixed()).product::<u64>() * t.dtype.size_bytes());
            let shape =
                t.map_or("[?]".to_string(), |t| format!("{}{}", t.dtype, display_shape(&t.shape).replace(' ', "")));
            Sum {
                ready: producer.get(node.inputs[0].as_str()).copied(),
                bytes,
                payload: format!("{}:{shape}", node.inputs[0]),
                node: node.clone(),
            }
        })
        .collect();
    if sums.is_empty() {
        return;
    }
    sums.sort_by(|a, b| (a.ready, &a.node.outputs[0]).cmp(&(b.ready, &b.node.outputs[0])));
    let buckets = pack(&sums, cap);
    let taken: BTreeSet<&str> =
        graph.nodes.iter().filter(|n| n.op != PARAM_GRAD_SUM).map(|n| n.name.as_str()).collect();
    let mut anchored: BTreeMap<Option<usize>, Vec<Node>> = BTreeMap::new();
    for (k, members) in buckets.iter().enumerate() {
        let members: Vec<&Sum> = members.iter().map(|&i| &sums[i]).collect();
        let anchor = members.iter().map(|s| s.ready).max().flatten();
        anchored.entry(anchor).or_default().push(bucket_node(&members, k, &taken));
    }
    let mut nodes = anchored.remove(&None).unwrap_or_default();
    for (i, node) in std::mem::take(&mut graph.nodes).into_iter().enumerate() {
        if node.op != PARAM_GRAD_SUM {
            nodes.push(node);
            nodes.extend(anchored.remove(&Some(i)).unwrap_or_default());
        }
    }
    graph.nodes = nodes;
}

/// Greedy packing of `sums` (in order) into buckets of at most `cap` bytes.
fn pack(sums: &[Sum], cap: u64) -> Vec<Vec<usize>> {
    let mut buckets: Vec<Vec<usize>> = Vec::new();
    let mut filled = 0u64;
    for (i, s) in sums.iter().enumerate() {
        match buckets.last_mut() {
            Some(last) if filled.saturating_add(s.bytes) <= cap => {
                last.push(i);
                filled += s.bytes;
            }
            _ => {
                buckets.push(vec![i]);
                filled = s.bytes;
            }
        }
    }
    buckets
}

/// The world AllReduce of one bucket, named `param_grads.<k>`.
fn bucket_node(members: &[&Sum], k: usize, taken: &BTreeSet<&str>) -> Node {
    let mut name = format!("param_grads.{k}");
    while taken.contains(name.as_str()) {
        name.push('_');
    }
    let layers =
        members.iter().map(|s| s.node.outputs[0].strip_prefix(GRAD_PREFIX).unwrap_or(&s.node.outputs[0]).to_string());
    let payload: Vec<&str> = members.iter().map(|s| s.payload.as_str()).collect();
    let attrs = BTreeMap::from([
        GROUP_SIZE.entry(0),
        LAYERS.entry(layers.collect()),
        PAYLOAD.entry(&payload.join(";")),
        REDUCTION.entry(REDUCTION.default),
        SCOPE.entry("world"),
    ]);
    Node {
        name,
        op: ALL_REDUCE.to_string(),
        inputs: members.iter().map(|s| s.node.inputs[0].clone()).collect(),
        outputs: members.iter().map(|s| s.node.outputs[0].clone()).collect(),
        attrs,
    }
}
