//! Lowering of the synchronized BatchNorm backward, a graph pass after extraction: each
//! BatchNormGrad of a training graph becomes local sums, one AllReduce over the sync group, and the
//! element-wise input gradient.
//!
//! ```text
//! (dX, ds, dB) = BatchNormGrad[forward=bn](dY, X, s, B, rm, rv)
//!   ==>
//! R        = BnGradReduce[act](dY0, X, P[, Y])     f64 [3, C]: count, sum(dZ), sum(dZ * (X - mean))
//! R_g      = AllReduce[group_size, layers=[bn]](R)  the same rows over the sync group
//! dX       = BnGradInput[act](dY0, X, P, R_g[, Y])
//! (ds, dB) = BnGradParams(R or R_g, P)
//! ```
//!
//! `P` is the forward's normalize parameters (output 0 of its BnFinalize, `<bn>.norm_params`). When
//! `dY` is `ReluGrad(dY0, Y)` or `ClipGrad(dY0, Y)`, the mask moves into the BN kernels
//! (`activation` relu / clip on `Y`) and the ReluGrad stays only if something else reads it. The
//! rows of `R` add over shards like the forward moments, so `R_g` is exactly the group's sums. The
//! parameter gradients are this replica's share (from `R`), summed over every replica by the
//! parameter buckets; when the sync group is every replica and they feed only ParamGradSum, they
//! come from `R_g` instead, already summed, and skip the world all-reduce. A layer named in
//! [`crate::LowerOptions::unsynchronized`] has no AllReduce (`R_g = R`).

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::grad::{
    BATCH_NORM_GRAD, BN_GRAD_INPUT, BN_GRAD_PARAMS, BN_GRAD_REDUCE, CLIP_GRAD, PARAM_GRAD_SUM, RELU_GRAD,
};
use syncbn_ir::lowered::{ALL_REDUCE, BN_FINALIZE};
use syncbn_ir::ops::bn_grad::FORWARD;
use syncbn_ir::ops::lowered::{ACTIVATION, CLIP_MAX, CLIP_MIN, GROUP_SIZE, LAYERS, PAYLOAD, REDUCTION, SCOPE};
use syncbn_ir::shape::display_shape;
use syncbn_ir::{Attr, Graph, Node, TensorType};

use crate::{LowerOptions, PassError};

/// Lowers every BatchNormGrad of `graph` (a lowered training graph); `types` holds the types of
/// the training graph's tensors.
pub fn lower_backward(
    graph: &mut Graph,
    types: &BTreeMap<String, TensorType>,
    options: &LowerOptions,
) -> Result<(), PassError> {
    let mut names = Names::of(graph);
    let mut nodes: Vec<Node> = Vec::with_capacity(graph.nodes.len());
    let mut fused_masks = BTreeSet::new();
    let mut dropped_sums: BTreeSet<String> = BTreeSet::new();
    for node in &graph.nodes {
        if node.op != BATCH_NORM_GRAD {
            nodes.push(node.clone());
            continue;
        }
        let grad = BnGrad::read(graph, node, types, options)?;
        if let Some(mask) = &grad.mask {
            fused_masks.insert(mask.node.clone());
        }
        let lowered = grad.lower(graph, &mut names, &mut dropped_sums);
        nodes.extend(lowered);
    }
    nodes.retain(|n| !dropped_sums.contains(&n.name));
    graph.nodes = nodes;
    remove_unread(graph, &fused_masks);
    Ok(())
}

/// Fresh tensor and node names.
struct Names(BTreeSet<String>);

impl Names {
    fn of(graph: &Graph) -> Names {
        let mut taken: BTreeSet<String> = graph.inputs.iter().map(|i| i.name.clone()).collect();
        taken.extend(graph.initializers.iter().map(|i| i.name.clone()));
        for node in &graph.nodes {
            taken.insert(node.name.clone());
            taken.extend(node.outputs.iter().cloned());
        }
        Names(taken)
    }

    fn fresh(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut k = 2;
        while self.0.contains(&name) {
            name = format!("{base}_{k}");
            k += 1;
        }
        self.0.insert(name.clone());
        name
    }
}

/// The activation mask folded into the BN backward kernels.
struct Mask {
    /// The ReluGrad / ClipGrad node.
    node: String,
    /// Its upstream gradient `dY0`.
    dy: String,
    /// The activation's output `Y`.
    y: String,
    /// `activation`, `clip_min`, `clip_max`.
    attrs: BTreeMap<String, Attr>,
}

/// One BatchNormGrad and what its lowering needs.
struct BnGrad<'g> {
    node: &'g Node,
    forward: String,
    norm_params: String,
    channels: String,
    mask: Option<Mask>,
    synchronized: bool,
    group_size: usize,
    /// Whether the parameter gradients come from the group's sums (the group is every replica).
    params_from_group: bool,
}

impl<'g> BnGrad<'g> {
    fn read(
        graph: &Graph,
        node: &'g Node,
        types: &BTreeMap<String, TensorType>,
        options: &LowerOptions,
    ) -> Result<BnGrad<'g>, PassError> {
        let forward = FORWARD.read(&node.attrs).to_string();
        let norm_params = norm_params(graph, node, &forward)?;
        let channels = types
            .get(&node.inputs[1])
            .and_then(|t| t.shape.get(1))
            .map_or("?".to_string(), |c| display_shape(std::slice::from_ref(c)).trim_matches(['[', ']']).to_string());
        let synchronized = !options.unsynchronized.contains(&forward);
        let world = options.group_size == 0 || options.group_size == options.replicas;
        let params_only_summed = node.outputs[1..].iter().all(|o| {
            let readers: Vec<&Node> = graph.nodes.iter().filter(|n| n.inputs.contains(o)).collect();
            !o.is_empty() && matches!(readers.as_slice(), [r] if r.op == PARAM_GRAD_SUM)
        });
        Ok(BnGrad {
            node,
            forward,
            norm_params,
            channels,
            mask: mask_of(graph, &node.inputs[0]),
            synchronized,
            group_size: options.group_size,
            params_from_group: synchronized && world && params_only_summed,
        })
    }

    /// The replacement nodes; the ParamGradSums this makes redundant go into `dropped`.
    fn lower(&self, graph: &Graph, names: &mut Names, dropped: &mut BTreeSet<String>) -> Vec<Node> {
        let bn = &self.forward;
        let (dy, y, act) = match &self.mask {
            Some(m) => (m.dy.clone(), Some(m.y.clone()), m.attrs.clone()),
            None => (self.node.inputs[0].clone(), None, BTreeMap::from([ACTIVATION.entry(ACTIVATION.default)])),
        };
        let x = self.node.inputs[1].clone();
        let operands = |extra: Option<&String>| {
            let mut inputs = vec![dy.clone(), x.clone(), self.norm_params.clone()];
            inputs.extend(extra.cloned());
            inputs.extend(y.clone());
            inputs
        };
        let sums = names.fresh(&format!("{bn}.grad_sums"));
        let reduce_name = names.fresh(&format!("{bn}.grad_reduce"));
        let mut out = vec![node(reduce_name, BN_GRAD_REDUCE, operands(None), vec![sums.clone()], act.clone())];
        let group_sums = if self.synchronized { self.all_reduce(&sums, names, &mut out) } else { sums.clone() };
        let dx = self.or_fresh(&self.node.outputs[0], names, "grad_x");
        let input_name = names.fresh(&format!("{bn}.grad_input"));
        out.push(node(input_name, BN_GRAD_INPUT, operands(Some(&group_sums)), vec![dx], act));
        if self.node.outputs[1..].iter().any(|o| !o.is_empty()) {
            let (source, outputs) = if self.params_from_group {
                (group_sums, self.summed_outputs(graph, dropped))
            } else {
                (sums, self.node.outputs[1..].iter().map(|o| self.or_fresh(o, names, "grad_param")).collect())
            };
            let params_name = names.fresh(&format!("{bn}.grad_params"));
            let inputs = vec![source, self.norm_params.clone()];
            out.push(node(params_name, BN_GRAD_PARAMS, inputs, outputs, BTreeMap::new()));
        }
        out
    }

    /// Appends the sync group's AllReduce of payload `sums`; returns the summed payload.
    fn all_reduce(&self, sums: &str, names: &mut Names, out: &mut Vec<Node>) -> String {
        let bn = &self.forward;
        let summed = names.fresh(&format!("{bn}.grad_sums_group"));
        let attrs = BTreeMap::from([
            GROUP_SIZE.entry(self.group_size as i64),
            LAYERS.entry(vec![bn.clone()]),
            PAYLOAD.entry(&format!("{sums}:f64[3,{}]", self.channels)),
            REDUCTION.entry(REDUCTION.default),
            SCOPE.entry(SCOPE.default),
        ]);
        let name = names.fresh(&format!("{bn}.grad_sums_sum"));
        out.push(node(name, ALL_REDUCE, vec![sums.to_string()], vec![summed.clone()], attrs));
        summed
    }

    fn or_fresh(&self, name: &str, names: &mut Names, what: &str) -> String {
        if name.is_empty() {
            names.fresh(&format!("{}.{what}", self.forward))
        } else {
            name.to_string()
        }
    }

    /// The outputs of the ParamGradSums reading `d_scale` and `d_B` (each read by exactly one, see
    /// [`BnGrad::read`]), which BnGradParams now produces; those ParamGradSums go into `dropped`.
    fn summed_outputs(&self, graph: &Graph, dropped: &mut BTreeSet<String>) -> Vec<String> {
        self.node.outputs[1..]
            .iter()
            .map(|o| {
                let sum = graph.nodes.iter().find(|n| n.op == PARAM_GRAD_SUM && n.inputs[0] == *o);
                sum.map_or_else(String::new, |n| {
                    dropped.insert(n.name.clone());
                    n.outputs[0].clone()
                })
            })
            .collect()
    }
}

fn node(name: String, op: &str, inputs: Vec<String>, outputs: Vec<String>, attrs: BTreeMap<String, Attr>) -> Node {
    Node { name, op: op.to_string(), inputs, outputs, attrs }
}

/// Output 0 of the forward BN's BnFinalize: the node `<bn>.norm_params`, else the one BnFinalize
/// reading the same scale, B and running statistics.
fn norm_params(graph: &Graph, grad: &Node, forward: &str) -> Result<String, PassError> {
    let by_name = graph.nodes.iter().find(|n| n.op == BN_FINALIZE && n.name == format!("{forward}.norm_params"));
    let by_inputs: Vec<&Node> =
        graph.nodes.iter().filter(|n| n.op == BN_FINALIZE && n.inputs[1..] == grad.inputs[2..]).collect();
    let finalize = match (by_name, by_inputs.as_slice()) {
        (Some(n), _) | (None, &[n]) => n,
        _ => {
            return Err(PassError::Internal {
                message: format!(
                    "BatchNormGrad {:?} names forward {forward:?}, which has no BnFinalize in the lowered graph",
                    grad.name
                ),
            })
        }
    };
    Ok(finalize.outputs[0].clone())
}

/// The ReluGrad or ClipGrad producing `dy`, as a mask.
fn mask_of(graph: &Graph, dy: &str) -> Option<Mask> {
    let producer = graph.nodes.iter().find(|n| n.outputs.iter().any(|o| o == dy))?;
    let mut attrs = BTreeMap::new();
    match producer.op.as_str() {
        RELU_GRAD => {
            attrs.extend([ACTIVATION.entry("relu")]);
        }
        CLIP_GRAD => {
            attrs.extend([ACTIVATION.entry("clip")]);
            for key in [CLIP_MIN, CLIP_MAX] {
                if let Some(v) = key.get(&producer.attrs) {
                    attrs.extend([key.entry(v)]);
                }
            }
        }
        _ => return None,
    }
    Some(Mask { node: producer.name.clone(), dy: producer.inputs[0].clone(), y: producer.inputs[1].clone(), attrs })
}

/// Removes the nodes named in `candidates` whose outputs nothing reads any more.
fn remove_unread(graph: &mut Graph, candidates: &BTreeSet<String>) {
    let read: BTreeSet<&str> =
        graph.nodes.iter().flat_map(|n| n.inputs.iter()).chain(&graph.outputs).map(String::as_str).collect();
    let dead: BTreeSet<String> = graph
        .nodes
        .iter()
        .filter(|n| candidates.contains(&n.name) && n.outputs.iter().all(|o| !read.contains(o.as_str())))
        .map(|n| n.name.clone())
        .collect();
    graph.nodes.retain(|n| !dead.contains(&n.name));
}
