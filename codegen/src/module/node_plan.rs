//! The node -> kernel plans of the BatchNorm family and the element-wise ops: which catalogue kernels
//! run a lowered node, and how each of their parameters is bound.

use syncbn_ir::grad;
use syncbn_ir::lowered::{self, Activation};
use syncbn_ir::ops::batchnorm::{EPSILON, MOMENTUM};
use syncbn_ir::ops::elementwise::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::FloatAttr;
use syncbn_ir::{Graph, InitSource, Node};

use super::table::{DimRole, KernelInfo, ParamBinding, ParamSource};
use crate::error::{CodegenError, Result};
use crate::kernels::{symbol, Act, Elementwise, GradMask, KernelKind};
use crate::target::Target;

fn node_err(node: &Node, message: impl Into<String>) -> CodegenError {
    CodegenError::Node { node: node.name.clone(), op: node.op.clone(), message: message.into() }
}

/// The activation of a fused node: the compiled variant and its `lo`, `hi` bounds.
fn activation(node: &Node) -> Result<(Act, f64, f64)> {
    match Activation::of_node(node) {
        Some(Activation::None) => Ok((Act::None, f64::NEG_INFINITY, f64::INFINITY)),
        Some(Activation::Relu) => Ok((Act::Clip, 0.0, f64::INFINITY)),
        Some(Activation::Clip { min, max }) => Ok((Act::Clip, min as f64, max as f64)),
        None => Err(bad_activation(node)),
    }
}

fn bad_activation(node: &Node) -> CodegenError {
    node_err(node, "attribute `activation` must be \"none\", \"relu\" or \"clip\"")
}

/// The gradient mask of a BatchNorm-backward node and its `lo`, `hi` constants (with `Clip`).
fn grad_mask(node: &Node) -> Result<(GradMask, Vec<(&'static str, f64)>)> {
    match Activation::of_node(node) {
        Some(Activation::None) => Ok((GradMask::None, vec![])),
        Some(Activation::Relu) => Ok((GradMask::Relu, vec![])),
        Some(Activation::Clip { min, max }) => Ok((GradMask::Clip, vec![("lo", min as f64), ("hi", max as f64)])),
        None => Err(bad_activation(node)),
    }
}

/// A scalar initializer's value (`data` with one value, or `fill`).
fn scalar_initializer(graph: &Graph, name: &str) -> Option<f64> {
    let init = graph.initializer(name)?;
    match &init.source {
        InitSource::Data { data } if data.len() == 1 => Some(data[0]),
        InitSource::Fill { fill } if init.shape.iter().product::<u64>() == 1 => Some(*fill),
        _ => None,
    }
}

/// ONNX `Clip` bounds from attributes (old opsets) or constant inputs 1 and 2; `None` when dynamic.
fn clip_bounds(graph: &Graph, node: &Node) -> Option<(f64, f64)> {
    let bound = |idx: usize, attr: FloatAttr| match node.input(idx) {
        Some(name) => scalar_initializer(graph, name),
        None => Some(attr.read(&node.attrs)),
    };
    Some((bound(1, CLIP_MIN)?, bound(2, CLIP_MAX)?))
}

/// The node's kernels: kinds, which parameters map to which inputs and outputs, and constants.
struct NodePlan {
    kinds: Vec<KernelKind>,
    inputs: &'static [&'static str],
    outputs: &'static [&'static str],
    consts: Vec<(&'static str, f64)>,
}

/// How the nodes of one op are planned; `None` when this node has no catalogue kernel (a Clip with
/// bounds computed at run time).
type Planner = fn(&Graph, &Node, Target) -> Result<Option<NodePlan>>;

/// Every op whose nodes get catalogue kernels in a module's table, with its planner: the one list
/// that [`plan`] and [`host_kernel_op`] read. Other ops run the runtime's CPU op table (or, on a GPU
/// target, the op plan).
const PLANNERS: &[(&str, Planner)] = &[
    (lowered::LOCAL_MOMENTS, |_, _, target| {
        let kinds = match target {
            Target::Cpu => vec![KernelKind::LocalMoments],
            Target::Sm(_) => vec![KernelKind::MomentsPartial, KernelKind::MomentsCombine],
        };
        planned(kinds, &["x"], &["moments"], vec![])
    }),
    (lowered::BN_FINALIZE, |_, node, _| {
        planned(
            vec![KernelKind::BnFinalize],
            &["moments", "scale", "bias", "running_mean", "running_var"],
            &["norm_params", "running_mean_out", "running_var_out"],
            vec![("epsilon", EPSILON.read(&node.attrs)), ("momentum", MOMENTUM.read(&node.attrs))],
        )
    }),
    (lowered::BN_NORMALIZE, |_, node, _| match node.input(2) {
        Some(_) => {
            with_act(node, |act| KernelKind::BnNormalize { act, residual: true }, &["x", "norm_params", "residual"])
        }
        None => with_act(node, |act| KernelKind::BnNormalize { act, residual: false }, &["x", "norm_params"]),
    }),
    (lowered::BN_NORMALIZE_PAIR, |_, node, _| {
        with_act(node, |act| KernelKind::BnNormalizePair { act }, &["x1", "norm_params1", "x2", "norm_params2"])
    }),
    (lowered::CHANNEL_AFFINE, |_, node, _| {
        with_act(node, |act| KernelKind::ChannelAffine { act }, &["x", "mul", "add"])
    }),
    (grad::BN_GRAD_REDUCE, |_, node, target| {
        let (mask, consts) = grad_mask(node)?;
        let kinds = match target {
            Target::Cpu => vec![KernelKind::BnGradReduce { mask }],
            Target::Sm(_) => vec![KernelKind::BnGradPartial { mask }, KernelKind::BnGradCombine],
        };
        planned(kinds, &["dy", "x", "norm_params", "y"], &["sums"], consts)
    }),
    (grad::BN_GRAD_INPUT, |_, node, _| {
        let (mask, consts) = grad_mask(node)?;
        planned(vec![KernelKind::BnGradInput { mask }], &["dy", "x", "norm_params", "sums", "y"], &["dx"], consts)
    }),
    (grad::BN_GRAD_PARAMS, |_, _, _| {
        planned(vec![KernelKind::BnGradParams], &["sums", "norm_params"], &["d_scale", "d_bias"], vec![])
    }),
    ("Relu", |_, _, _| elementwise(Elementwise::Relu, vec![])),
    ("Sigmoid", |_, _, _| elementwise(Elementwise::Sigmoid, vec![])),
    ("Add", |_, _, _| elementwise(Elementwise::Add, vec![])),
    ("Mul", |_, _, _| elementwise(Elementwise::Mul, vec![])),
    ("Clip", |graph, node, _| match clip_bounds(graph, node) {
        Some((lo, hi)) => elementwise(Elementwise::Clip, vec![("lo", lo), ("hi", hi)]),
        None => Ok(None),
    }),
];

/// Whether nodes of `op` get catalogue kernels in a host module's table (Clip with constant bounds,
/// Add and Mul over operands of one shape); others run the runtime's CPU op table.
pub fn host_kernel_op(op: &str) -> bool {
    PLANNERS.iter().any(|(name, _)| *name == op)
}

/// Whether `node` has host kernels and every one reduces its `[N, C, S]` inputs over an image
/// range ([`KernelKind::reduces_image_range`]), so that a producer of an input can run them image by
/// image.
pub fn reduces_image_range(graph: &Graph, node: &Node) -> bool {
    match plan(graph, node, Target::Cpu) {
        Ok(Some(p)) => p.kinds.iter().all(|k| k.reduces_image_range()),
        _ => false,
    }
}

fn plan(graph: &Graph, node: &Node, target: Target) -> Result<Option<NodePlan>> {
    match PLANNERS.iter().find(|(name, _)| *name == node.op) {
        Some((_, planner)) => planner(graph, node, target),
        None => Ok(None),
    }
}

fn planned(
    kinds: Vec<KernelKind>,
    inputs: &'static [&'static str],
    outputs: &'static [&'static str],
    consts: Vec<(&'static str, f64)>,
) -> Result<Option<NodePlan>> {
    Ok(Some(NodePlan { kinds, inputs, outputs, consts }))
}

/// One kernel `kind(act)` for a node with a fused activation, writing `y`.
fn with_act(node: &Node, kind: fn(Act) -> KernelKind, inputs: &'static [&'static str]) -> Result<Option<NodePlan>> {
    let (act, lo, hi) = activation(node)?;
    let consts = if act == Act::Clip { vec![("lo", lo), ("hi", hi)] } else { vec![] };
    planned(vec![kind(act)], inputs, &["y"], consts)
}

fn elementwise(op: Elementwise, consts: Vec<(&'static str, f64)>) -> Result<Option<NodePlan>> {
    planned(vec![KernelKind::Elementwise(op)], &["a", "b"][..op.arity()], &["y"], consts)
}

pub(super) fn node_kernels(graph: &Graph, node: &Node, target: Target) -> Result<Vec<KernelInfo>> {
    let Some(plan) = plan(graph, node, target)? else {
        return Ok(Vec::new());
    };
    let tensor_in = |i: usize, role: &str| {
        node.input(i).map(str::to_string).ok_or_else(|| node_err(node, format!("input {i} (`{role}`) is missing")))
    };
    let first = tensor_in(0, plan.inputs[0])?;
    plan.kinds
        .iter()
        .map(|&kind| {
            let params = kind
                .params()
                .into_iter()
                .map(|p| {
                    let source = if let Some(i) = plan.inputs.iter().position(|n| *n == p.name) {
                        ParamSource::Tensor { name: tensor_in(i, p.name)? }
                    } else if let Some(i) = plan.outputs.iter().position(|n| *n == p.name) {
                        match node.outputs.get(i).filter(|o| !o.is_empty()) {
                            Some(o) => ParamSource::Tensor { name: o.clone() },
                            None => ParamSource::Scratch { name: format!("{}.{}", node.name, p.name) },
                        }
                    } else if let Some((_, v)) = plan.consts.iter().find(|(n, _)| *n == p.name) {
                        ParamSource::Const { value: *v }
                    } else {
                        dim_source(node, kind, p.name, &first, &tensor_in)?
                    };
                    Ok(ParamBinding { name: p.name, ty: p.ty, source })
                })
                .collect::<Result<_>>()?;
            let launch = matches!(target, Target::Sm(_)).then(|| kind.launch_rule());
            Ok(KernelInfo { node: node.name.clone(), op: node.op.clone(), kernel: symbol(kind), kind, params, launch })
        })
        .collect()
}

/// Dimension, `parts` and scratch parameters; an image range covers every image.
fn dim_source(
    node: &Node,
    kind: KernelKind,
    name: &str,
    first: &str,
    tensor_in: &dyn Fn(usize, &str) -> Result<String>,
) -> Result<ParamSource> {
    let dim = |tensor: String, dim| Ok(ParamSource::Dim { tensor, dim });
    match (kind, name) {
        (KernelKind::BnFinalize, "c") => dim(tensor_in(1, "scale")?, DimRole::Len),
        (_, "n") => dim(first.to_string(), DimRole::N),
        (_, "c") => dim(first.to_string(), DimRole::C),
        (_, "s") => dim(first.to_string(), DimRole::S),
        (_, "len") => dim(first.to_string(), DimRole::Len),
        (_, "first") => Ok(ParamSource::Const { value: 0.0 }),
        (_, "end") => dim(first.to_string(), DimRole::N),
        (_, "parts") => Ok(ParamSource::Parts),
        (_, "partial") => Ok(ParamSource::Scratch { name: format!("{}.partial", node.name) }),
        _ => Err(node_err(node, format!("no binding for kernel parameter `{name}`"))),
    }
}
