//! Kernel modules: the kernels a lowered graph needs, compiled for the host CPU or for NVPTX
//! (`sm_70` .. `sm_86`), with the kernel table the runtime consumes (which kernel runs for which node,
//! how each parameter is bound, and the launch rule).

use std::collections::BTreeSet;
use std::str::FromStr;

use serde::{Serialize, Serializer};
use syncbn_ir::grad;
use syncbn_ir::lowered::{self, Activation};
use syncbn_ir::ops::batchnorm::{EPSILON, MOMENTUM};
use syncbn_ir::ops::elementwise::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::FloatAttr;
use syncbn_ir::{Graph, InitSource, Node};

use crate::catalog::{Act, Elementwise, GradMask, KernelKind, ParamType};
use crate::error::{CodegenError, Result};
use crate::host::build_host_kernel;
use crate::host_kernels::symbol;
use crate::launch::LaunchRule;
use crate::nvptx::{self, Nvptx};
use crate::op_plan::{gpu_execution, GpuExecution};
use crate::tuning::HostTuning;

/// Where kernels run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// The host CPU (native code, JIT-compiled).
    Cpu,
    /// An NVIDIA GPU of compute capability `sm_<n>` (PTX).
    Sm(u32),
}

impl Target {
    /// The default GPU target, `sm_80`.
    pub const DEFAULT_GPU: Target = Target::Sm(80);
}

impl FromStr for Target {
    type Err = CodegenError;

    /// Parses `cpu` or `sm_70`, `sm_72`, `sm_75`, `sm_80`, `sm_86`.
    fn from_str(s: &str) -> Result<Target> {
        if s == "cpu" {
            return Ok(Target::Cpu);
        }
        match s.strip_prefix("sm_").and_then(|n| n.parse::<u32>().ok()) {
            Some(arch) if nvptx::ARCHS.contains(&arch) => Ok(Target::Sm(arch)),
            _ => Err(CodegenError::UnknownTarget(s.to_string())),
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Cpu => f.write_str("cpu"),
            Target::Sm(a) => write!(f, "sm_{a}"),
        }
    }
}

/// The role of a dimension of a tensor viewed as `[N, C, S]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DimRole {
    /// Axis 0.
    N,
    /// Axis 1.
    C,
    /// The product of axes 2.. (1 for rank 2).
    S,
    /// The element count.
    Len,
    /// The size of axis `k` (an error past the rank).
    Axis(usize),
    /// The size of axis `rank - k` for `1 <= k`; 1 when `k > rank` (a right-aligned padded rank).
    FromEnd(usize),
    /// The product of the axes before axis `k` (1 for `k = 0`).
    Outer(usize),
    /// The product of axes `k..` (1 for `k >= rank`).
    Inner(usize),
}

impl DimRole {
    /// The axes of a tensor of rank `rank` whose sizes multiply to this dimension (empty: 1);
    /// `None` when the role does not fit the rank.
    pub fn axes(self, rank: usize) -> Option<std::ops::Range<usize>> {
        match self {
            DimRole::N => Some(0..1.min(rank)),
            DimRole::C => Some(1.min(rank)..2.min(rank)),
            DimRole::S => Some(2.min(rank)..rank),
            DimRole::Len => Some(0..rank),
            DimRole::Axis(k) => (k < rank).then_some(k..k + 1),
            DimRole::FromEnd(0) => None,
            DimRole::FromEnd(k) if k > rank => Some(0..0),
            DimRole::FromEnd(k) => Some(rank - k..rank - k + 1),
            DimRole::Outer(k) => (k <= rank).then_some(0..k),
            DimRole::Inner(k) => Some(k.min(rank)..rank),
        }
    }

    /// This dimension of a concrete shape (`None` when the role does not fit its rank).
    pub fn of(self, shape: &[usize]) -> Option<usize> {
        self.axes(shape.len()).map(|r| shape[r].iter().product())
    }
}

/// How the runtime fills one kernel parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum ParamSource {
    /// A tensor of the graph (a node input or output).
    Tensor {
        /// Tensor name.
        name: String,
    },
    /// A buffer the runtime allocates for this node (an absent optional output, or the moments
    /// partials, `f64 [C, parts, 2]`).
    Scratch {
        /// A name unique in the module: `<node>.<parameter>`.
        name: String,
    },
    /// A dimension of a tensor.
    Dim {
        /// Tensor name.
        tensor: String,
        /// Which dimension.
        dim: DimRole,
    },
    /// A constant from the node's attributes (infinities serialize as `"inf"` / `"-inf"`); integer
    /// parameters take it as an integer.
    Const {
        /// The value.
        #[serde(serialize_with = "finite_or_string")]
        value: f64,
    },
    /// The `parts` of the node's resolved `MomentsPartial` launch.
    Parts,
    /// A dimension of a tensor times a constant factor (an im2col's element count).
    Scaled {
        /// Tensor name.
        tensor: String,
        /// Which dimension.
        dim: DimRole,
        /// The factor.
        factor: u64,
    },
    /// An `f32` buffer of `dim(tensor) * factor` elements the runtime allocates for this node and
    /// keeps for the node's later kernels and GEMMs (an im2col matrix).
    Workspace {
        /// A name unique in the module: `<node>.<buffer>`.
        name: String,
        /// Tensor whose dimension sizes it.
        tensor: String,
        /// Which dimension.
        dim: DimRole,
        /// Elements per unit of the dimension.
        factor: u64,
    },
}

fn finite_or_string<S: Serializer>(v: &f64, s: S) -> std::result::Result<S::Ok, S::Error> {
    if v.is_finite() {
        s.serialize_f64(*v)
    } else if v.is_nan() {
        s.serialize_str("nan")
    } else {
        s.serialize_str(if *v > 0.0 { "inf" } else { "-inf" })
    }
}

/// One bound kernel parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamBinding {
    /// The kernel parameter's name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: ParamType,
    /// Where its value comes from.
    pub source: ParamSource,
}

/// One kernel call the runtime makes for a node (a node may need several, in order).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KernelInfo {
    /// The node's name.
    pub node: String,
    /// The node's op.
    pub op: String,
    /// The kernel's symbol in the module.
    pub kernel: String,
    /// The kernel's catalogue entry.
    pub kind: KernelKind,
    /// Its parameters, in call order.
    pub params: Vec<ParamBinding>,
    /// The launch rule (GPU targets; `None` on the CPU, where kernels are plain calls).
    pub launch: Option<LaunchRule>,
}

/// The compiled kernels of a graph.
#[derive(Clone, Debug, Serialize)]
pub struct KernelModule {
    /// The target compiled for.
    pub target: Target,
    /// The optimized LLVM IR of all kernels (`kernels.ll`).
    pub llvm_ir: String,
    /// The PTX (`kernels.ptx`) for GPU targets.
    pub ptx: Option<String>,
    /// The kernel table: one entry per kernel call, in node order.
    pub kernels: Vec<KernelInfo>,
}

/// Compiles the kernels a lowered graph needs for `target`. The graph is first type-checked with
/// [`syncbn_ir::infer_types`].
///
/// On the CPU, nodes whose op has no host kernel (Conv, pooling, AllReduce, broadcasting `Add` /
/// `Mul`, `Clip` with dynamic bounds, ...) are left to the runtime's Rust ops and have no table
/// entry. On a GPU target every node runs as [`gpu_execution`] says: collectives have no entry,
/// cuBLAS nodes have the entries of their helper kernels (im2col, col2im, bias), and every other
/// node has at least one kernel, or compiling fails with [`CodegenError::NoGpuKernel`].
pub fn compile_graph(lowered: &Graph, target: Target) -> Result<KernelModule> {
    let types = syncbn_ir::infer_types(lowered)?;
    let same_shapes = |node: &Node| {
        let shape = |name: &String| types.get(name).map(|t| &t.shape);
        let out = node.outputs.first().and_then(shape);
        out.is_some() && node.inputs.iter().all(|i| shape(i) == out)
    };
    let mut kernels = Vec::new();
    for node in &lowered.nodes {
        let broadcasting = matches!(node.op.as_str(), "Add" | "Mul") && !same_shapes(node);
        let calls = match target {
            Target::Cpu if broadcasting => Vec::new(),
            Target::Cpu => node_kernels(lowered, node, target)?,
            Target::Sm(_) => match crate::op_plan::op_kernels(lowered, node, &types, broadcasting)? {
                Some(calls) => calls,
                None => node_kernels(lowered, node, target)?,
            },
        };
        if matches!(target, Target::Sm(_)) && calls.is_empty() && gpu_execution(&node.op) == GpuExecution::Kernels {
            return Err(CodegenError::NoGpuKernel { node: node.name.clone(), op: node.op.clone(), target });
        }
        kernels.extend(calls);
    }
    let kinds: BTreeSet<KernelKind> = kernels.iter().map(|k| k.kind).collect();
    let (llvm_ir, ptx) = compile_kernels(&kinds.into_iter().collect::<Vec<_>>(), target)?;
    Ok(KernelModule { target, llvm_ir, ptx, kernels })
}

/// Compiles `kinds` into one module for `target`: `(optimized LLVM IR, PTX for GPU targets)`.
/// Host modules are optimized for this machine's CPU.
pub fn compile_kernels(kinds: &[KernelKind], target: Target) -> Result<(String, Option<String>)> {
    match target {
        Target::Cpu => Ok((host_ir(kinds, &crate::jit::host_machine()?, HostTuning::for_this_machine())?, None)),
        Target::Sm(arch) => {
            let ctx = inkwell::context::Context::create();
            let module = ctx.create_module("syncbn");
            let machine = nvptx::machine(arch)?;
            for &k in kinds {
                crate::gpu::build_gpu_kernel(&Nvptx, &ctx, &module, k, &symbol(k))?;
            }
            let (ir, ptx) = nvptx::emit_ptx(&module, &machine)?;
            Ok((ir, Some(ptx)))
        }
    }
}

/// The host kernels `kinds` optimized for the x86-64 CPU model `cpu` (`"x86-64-v3"`, ...) and
/// [`HostTuning::REFERENCE`] rather than this machine: LLVM IR that is the same on every machine (used
/// for the golden files).
pub fn host_ir_for_cpu(kinds: &[KernelKind], cpu: &str) -> Result<String> {
    let triple = inkwell::targets::TargetTriple::create("x86_64-unknown-linux-gnu");
    host_ir(kinds, &crate::jit::cpu_machine(&triple, cpu, "")?, HostTuning::REFERENCE)
}

fn host_ir(kinds: &[KernelKind], machine: &inkwell::targets::TargetMachine, tuning: HostTuning) -> Result<String> {
    let ctx = inkwell::context::Context::create();
    let module = ctx.create_module("syncbn");
    for &k in kinds {
        build_host_kernel(&ctx, &module, k, &symbol(k), tuning)?;
    }
    crate::jit::optimize_for_host(&module, machine)?;
    Ok(module.print_to_string().to_string())
}

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

fn plan(graph: &Graph, node: &Node, target: Target) -> Result<Option<NodePlan>> {
    let p = |kinds, inputs, outputs, consts| Ok(Some(NodePlan { kinds, inputs, outputs, consts }));
    let with_act = |kind: fn(Act) -> KernelKind, inputs| -> Result<Option<NodePlan>> {
        let (act, lo, hi) = activation(node)?;
        let consts = if act == Act::Clip { vec![("lo", lo), ("hi", hi)] } else { vec![] };
        p(vec![kind(act)], inputs, &["y"], consts)
    };
    let elementwise =
        |op: Elementwise, consts| p(vec![KernelKind::Elementwise(op)], &["a", "b"][..op.arity()], &["y"], consts);
    match node.op.as_str() {
        lowered::LOCAL_MOMENTS => {
            let kinds = match target {
                Target::Cpu => vec![KernelKind::LocalMoments],
                Target::Sm(_) => vec![KernelKind::MomentsPartial, KernelKind::MomentsCombine],
            };
            p(kinds, &["x"], &["moments"], vec![])
        }
        lowered::BN_FINALIZE => p(
            vec![KernelKind::BnFinalize],
            &["moments", "scale", "bias", "running_mean", "running_var"],
            &["norm_params", "running_mean_out", "running_var_out"],
            vec![("epsilon", EPSILON.read(&node.attrs)), ("momentum", MOMENTUM.read(&node.attrs))],
        ),
        lowered::BN_NORMALIZE if node.input(2).is_some() => {
            with_act(|act| KernelKind::BnNormalize { act, residual: true }, &["x", "norm_params", "residual"])
        }
        lowered::BN_NORMALIZE => {
            with_act(|act| KernelKind::BnNormalize { act, residual: false }, &["x", "norm_params"])
        }
        lowered::BN_NORMALIZE_PAIR => {
            with_act(|act| KernelKind::BnNormalizePair { act }, &["x1", "norm_params1", "x2", "norm_params2"])
        }
        lowered::CHANNEL_AFFINE => with_act(|act| KernelKind::ChannelAffine { act }, &["x", "mul", "add"]),
        grad::BN_GRAD_REDUCE => {
            let (mask, consts) = grad_mask(node)?;
            let kinds = match target {
                Target::Cpu => vec![KernelKind::BnGradReduce { mask }],
                Target::Sm(_) => vec![KernelKind::BnGradPartial { mask }, KernelKind::BnGradCombine],
            };
            p(kinds, &["dy", "x", "norm_params", "y"], &["sums"], consts)
        }
        grad::BN_GRAD_INPUT => {
            let (mask, consts) = grad_mask(node)?;
            p(vec![KernelKind::BnGradInput { mask }], &["dy", "x", "norm_params", "sums", "y"], &["dx"], consts)
        }
        grad::BN_GRAD_PARAMS => {
            p(vec![KernelKind::BnGradParams], &["sums", "norm_params"], &["d_scale", "d_bias"], vec![])
        }
        "Relu" => elementwise(Elementwise::Relu, vec![]),
        "Sigmoid" => elementwise(Elementwise::Sigmoid, vec![]),
        "Add" => elementwise(Elementwise::Add, vec![]),
        "Mul" => elementwise(Elementwise::Mul, vec![]),
        "Clip" => match clip_bounds(graph, node) {
            Some((lo, hi)) => elementwise(Elementwise::Clip, vec![("lo", lo), ("hi", hi)]),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

fn node_kernels(graph: &Graph, node: &Node, target: Target) -> Result<Vec<KernelInfo>> {
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

/// Dimension, `parts` and scratch parameters.
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
        (_, "parts") => Ok(ParamSource::Parts),
        (_, "partial") => Ok(ParamSource::Scratch { name: format!("{}.partial", node.name) }),
        _ => Err(node_err(node, format!("no binding for kernel parameter `{name}`"))),
    }
}
