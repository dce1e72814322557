//! The GPU plan of the ops beyond BatchNorm: how each node runs on a GPU target
//! ([`gpu_execution`]: generated kernels, cuBLAS GEMMs with helper kernels, or a collective) and
//! the [`OpKernel`] calls of a node with their parameter bindings (shapes at run time from the
//! tensors, attribute-derived window geometry and offsets as constants).

use syncbn_ir::activation::{Activation, OPS as ACTIVATIONS};
use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::ops::bn_grad::{EvalGradAttrs, EvalWrt};
use syncbn_ir::ops::dropout::DropoutAttrs;
use syncbn_ir::ops::elementwise::SOFTMAX_AXIS;
use syncbn_ir::ops::gemm::ALPHA;
use syncbn_ir::ops::grad::CONCAT_INDEX;
use syncbn_ir::ops::layer_norm::{LayerNormAttrs, LN_EPSILON};
use syncbn_ir::ops::loss::{IGNORE_INDEX, REDUCTION};
use syncbn_ir::ops::lowered::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::pad::{paddings, PadMode, PAD_VALUE};
use syncbn_ir::ops::pool::COUNT_INCLUDE_PAD;
use syncbn_ir::ops::reduce::reduced_axes;
use syncbn_ir::ops::reshape::CONCAT_AXIS;
use syncbn_ir::ops::resize::{ResizeAttrs, AXES};
use syncbn_ir::ops::slice::ranges;
use syncbn_ir::ops::transpose::{permutation, PERM};
use syncbn_ir::ops::window::{WindowAttrs, KERNEL_SHAPE};
use syncbn_ir::ops::{FloatAttr, IntAttr};
use syncbn_ir::{grad, Dim, Graph, InitSource, Node, Types};

use super::table::{DimRole, KernelInfo, ParamBinding, ParamSource};
use crate::error::{CodegenError, Result};
use crate::kernels::LOSS_REDUCTIONS;
use crate::kernels::{symbol, Elementwise, KernelKind};
use crate::kernels::{
    ActFn, ActGrad, LossKind, OpKernel, A_DIMS, BROADCAST_RANK, B_DIMS, COORD_MODES, GATHER, NEAREST_MODES, OUT_DIMS,
    PAD_FOLD, PAD_RANK, SCALES, WINDOW, WINDOW_RANK,
};

/// How a node of a lowered graph runs on a GPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GpuExecution {
    /// Generated kernels only: the kernel table has at least one entry for the node.
    Kernels,
    /// cuBLAS GEMMs, before or after the node's helper kernels in the table (im2col, col2im, bias).
    Blas,
    /// A collective (NCCL all-reduce): no kernel.
    Collective,
}

/// The ops whose matrix products run through cuBLAS.
pub const BLAS_OPS: &[&str] = &[
    "Conv",
    "ConvTranspose",
    "Gemm",
    "MatMul",
    grad::CONV_GRAD_INPUT,
    grad::CONV_GRAD_WEIGHT,
    grad::GEMM_GRAD_A,
    grad::GEMM_GRAD_B,
    grad::MATMUL_GRAD_A,
    grad::MATMUL_GRAD_B,
];

/// How a node with op `op` runs on a GPU.
pub fn gpu_execution(op: &str) -> GpuExecution {
    if op == ALL_REDUCE {
        GpuExecution::Collective
    } else if BLAS_OPS.contains(&op) {
        GpuExecution::Blas
    } else {
        GpuExecution::Kernels
    }
}

/// One kernel call being bound.
struct Call {
    kind: KernelKind,
    sources: Vec<(&'static str, ParamSource)>,
}

impl Call {
    fn new(op: OpKernel) -> Self {
        Call { kind: KernelKind::Op(op), sources: Vec::new() }
    }

    fn bind(mut self, name: &'static str, source: ParamSource) -> Self {
        self.sources.push((name, source));
        self
    }

    fn tensor(self, name: &'static str, tensor: &str) -> Self {
        self.bind(name, ParamSource::Tensor { name: tensor.to_string() })
    }

    fn dim(self, name: &'static str, tensor: &str, dim: DimRole) -> Self {
        self.bind(name, ParamSource::Dim { tensor: tensor.to_string(), dim })
    }

    fn value(self, name: &'static str, value: f64) -> Self {
        self.bind(name, ParamSource::Const { value })
    }

    fn extend(mut self, sources: Vec<(&'static str, ParamSource)>) -> Self {
        self.sources.extend(sources);
        self
    }

    /// The table entry: every parameter of the kind bound, in order.
    fn finish(self, node: &Node) -> Result<KernelInfo> {
        let params = (self.kind.params().into_iter())
            .map(|p| {
                let source = self.sources.iter().find(|(n, _)| *n == p.name).map(|(_, s)| s.clone());
                let source =
                    source.ok_or_else(|| node_err(node, format!("no binding for kernel parameter `{}`", p.name)))?;
                Ok(ParamBinding { name: p.name, ty: p.ty, source })
            })
            .collect::<Result<_>>()?;
        Ok(KernelInfo {
            node: node.name.clone(),
            op: node.op.clone(),
            kernel: symbol(self.kind),
            kind: self.kind,
            params,
            launch: Some(self.kind.launch_rule()),
        })
    }
}

fn node_err(node: &Node, message: impl Into<String>) -> CodegenError {
    CodegenError::Node { node: node.name.clone(), op: node.op.clone(), message: message.into() }
}

/// What a node reads and writes, with its types.
struct Site<'a> {
    graph: &'a Graph,
    node: &'a Node,
    types: &'a Types,
}

impl<'a> Site<'a> {
    fn input(&self, i: usize) -> Result<&'a str> {
        self.node.input(i).ok_or_else(|| node_err(self.node, format!("input {i} is missing")))
    }

    fn output(&self) -> Result<&'a str> {
        self.node.outputs.first().map(String::as_str).ok_or_else(|| node_err(self.node, "output 0 is missing"))
    }

    fn shape(&self, tensor: &str) -> Result<&'a [Dim]> {
        let t = self.types.get(tensor).ok_or_else(|| node_err(self.node, format!("`{tensor}` has no type")))?;
        Ok(&t.shape)
    }

    fn rank(&self, tensor: &str) -> Result<usize> {
        Ok(self.shape(tensor)?.len())
    }

    /// The product of the given axes of `tensor`, which must be fixed.
    fn fixed(&self, tensor: &str, axes: std::ops::Range<usize>) -> Result<u64> {
        let shape = self.shape(tensor)?;
        let dims = shape.get(axes.clone()).ok_or_else(|| node_err(self.node, format!("`{tensor}` is too short")))?;
        dims.iter().try_fold(1u64, |acc, d| {
            d.fixed().and_then(|v| acc.checked_mul(v)).ok_or_else(|| {
                node_err(self.node, format!("axes {axes:?} of `{tensor}` must be fixed for the GPU kernel"))
            })
        })
    }

    /// Axis attribute `attr` resolved against `rank`.
    fn axis(&self, attr: IntAttr, rank: usize) -> Result<usize> {
        let axis = attr.read(&self.node.attrs);
        let resolved = if axis < 0 { axis + rank as i64 } else { axis };
        usize::try_from(resolved)
            .ok()
            .filter(|&a| a < rank)
            .ok_or_else(|| node_err(self.node, format!("axis {axis} is out of range for rank {rank}")))
    }
}

/// The kernel calls of `node` on a GPU target, or `None` when the node is not one of these ops
/// (the BatchNorm family and same-shape element-wise ops are planned by `module`).
pub(crate) fn op_kernels(
    graph: &Graph,
    node: &Node,
    types: &Types,
    broadcasting: bool,
) -> Result<Option<Vec<KernelInfo>>> {
    let site = Site { graph, node, types };
    let calls = match node.op.as_str() {
        "Add" if broadcasting => vec![broadcast(&site, Elementwise::Add)?],
        "Mul" if broadcasting => vec![broadcast(&site, Elementwise::Mul)?],
        "Sub" => vec![broadcast(&site, Elementwise::Sub)?],
        "Div" => vec![broadcast(&site, Elementwise::Div)?],
        op if ACTIVATIONS.contains(&op) => vec![activation(&site)?],
        grad::ACTIVATION_GRAD => vec![activation_input_grad(&site)?],
        "Dropout" if DropoutAttrs::read(node).is_identity() => vec![copy(&site)?],
        "Dropout" => vec![dropout(&site)?],
        "Transpose" => vec![transpose(&site)?],
        "Slice" => vec![slice(&site)?],
        grad::SLICE_GRAD => vec![slice_grad(&site)?],
        "Pad" => vec![pad(&site)?],
        grad::PAD_GRAD => vec![pad_grad(&site)?],
        "ReduceSum" | "ReduceMean" => vec![reduce(&site)?],
        grad::REDUCE_SUM_GRAD | grad::REDUCE_MEAN_GRAD => vec![reduce_grad(&site)?],
        "Identity" | "Flatten" | "Reshape" | grad::RESHAPE_LIKE => vec![copy(&site)?],
        "Concat" => concat(&site)?,
        grad::CONCAT_GRAD => vec![concat_grad(&site)?],
        grad::RELU_GRAD => vec![activation_grad(&site, ActGrad::Relu)?],
        grad::SIGMOID_GRAD => vec![activation_grad(&site, ActGrad::Sigmoid)?],
        grad::CLIP_GRAD => vec![activation_grad(&site, ActGrad::Clip)?],
        grad::REDUCE_TO_SHAPE => vec![reduce_to_shape(&site)?],
        grad::CHANNEL_SUM => vec![channel_sum(&site, site.input(0)?)?],
        grad::BATCH_NORM_EVAL_GRAD => vec![bn_eval_grad(&site)?],
        "GlobalAveragePool" => vec![global_average_pool(&site, OpKernel::GlobalAveragePool)?],
        grad::GLOBAL_AVERAGE_POOL_GRAD => vec![global_average_pool(&site, OpKernel::GlobalAveragePoolGrad)?],
        "Softmax" => vec![softmax(&site, OpKernel::Softmax)?],
        grad::SOFTMAX_GRAD => vec![softmax(&site, OpKernel::SoftmaxGrad)?],
        "LogSoftmax" => vec![softmax(&site, OpKernel::LogSoftmax)?],
        grad::LOG_SOFTMAX_GRAD => vec![softmax(&site, OpKernel::LogSoftmaxGrad)?],
        grad::SOFTMAX_CROSS_ENTROPY_LOSS => loss_forward(&site, LossKind::CrossEntropy)?,
        grad::NLL_LOSS => loss_forward(&site, LossKind::Nll)?,
        grad::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD => loss_grad(&site, LossKind::CrossEntropy)?,
        grad::NLL_LOSS_GRAD => loss_grad(&site, LossKind::Nll)?,
        "LayerNormalization" => vec![layer_norm(&site, OpKernel::LayerNorm)?],
        grad::LAYER_NORM_GRAD => vec![layer_norm(&site, OpKernel::LayerNormGrad)?],
        grad::LAYER_NORM_SCALE_GRAD => vec![layer_norm(&site, OpKernel::LayerNormScaleGrad)?],
        "MaxPool" => vec![pool(&site, OpKernel::MaxPool)?],
        "AveragePool" => vec![pool(&site, OpKernel::AveragePool)?],
        grad::MAX_POOL_GRAD => vec![pool(&site, OpKernel::MaxPoolGrad)?],
        grad::AVERAGE_POOL_GRAD => vec![pool(&site, OpKernel::AveragePoolGrad)?],
        "Resize" => vec![resize(&site, OpKernel::Resize)?],
        grad::RESIZE_GRAD => vec![resize(&site, OpKernel::ResizeGrad)?],
        "Conv" => conv(&site)?,
        grad::CONV_GRAD_INPUT => {
            let (dy, w, x) = (site.input(0)?, site.input(1)?, site.input(2)?);
            vec![col2im(&site, dy, w, x, site.output()?)?]
        }
        "ConvTranspose" => conv_transpose(&site)?,
        grad::CONV_GRAD_WEIGHT => vec![im2col(&site, site.input(1)?, site.input(0)?, site.input(2)?)?],
        "Gemm" => gemm(&site)?,
        "MatMul" => matmul_operands(&site, 0)?,
        grad::MATMUL_GRAD_A | grad::MATMUL_GRAD_B => matmul_operands(&site, 1)?,
        grad::GEMM_GRAD_A | grad::GEMM_GRAD_B => Vec::new(),
        _ => return Ok(None),
    };
    calls.into_iter().map(|c| c.finish(node)).collect::<Result<_>>().map(Some)
}

/// `names[k]` bound to axis `rank - BROADCAST_RANK + k` of `tensor` (1 before its first axis).
fn padded_shape(tensor: &str, names: &[&'static str; BROADCAST_RANK]) -> Vec<(&'static str, ParamSource)> {
    (0..BROADCAST_RANK)
        .map(|k| {
            let dim = DimRole::FromEnd(BROADCAST_RANK - k);
            (names[k], ParamSource::Dim { tensor: tensor.to_string(), dim })
        })
        .collect()
}

fn check_rank(site: &Site, tensor: &str, most: usize) -> Result<()> {
    let rank = site.rank(tensor)?;
    if rank > most {
        return Err(node_err(site.node, format!("`{tensor}` has rank {rank}; the GPU kernel takes at most {most}")));
    }
    Ok(())
}

fn broadcast(site: &Site, op: Elementwise) -> Result<Call> {
    let (a, b, y) = (site.input(0)?, site.input(1)?, site.output()?);
    check_rank(site, y, BROADCAST_RANK)?;
    Ok(Call::new(OpKernel::Broadcast(op))
        .tensor("a", a)
        .tensor("b", b)
        .tensor("y", y)
        .dim("len", y, DimRole::Len)
        .extend(padded_shape(y, &OUT_DIMS))
        .extend(padded_shape(a, &A_DIMS))
        .extend(padded_shape(b, &B_DIMS)))
}

fn copy(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    Ok(Call::new(OpKernel::Copy).tensor("x", x).tensor("y", y).dim("len", x, DimRole::Len))
}

/// A strided row copy of `x` (rows of `width`) into `y`.
fn row_copy(
    src: (&str, DimRole, u64),
    dst: (&str, DimRole, u64),
    x: &str,
    y: &str,
    width_of: &str,
    axis: usize,
) -> Call {
    Call::new(OpKernel::RowCopy)
        .tensor("x", x)
        .tensor("y", y)
        .dim("len", width_of, DimRole::Len)
        .dim("width", width_of, DimRole::Inner(axis))
        .dim("src_row", src.0, src.1)
        .value("src_off", src.2 as f64)
        .dim("dst_row", dst.0, dst.1)
        .value("dst_off", dst.2 as f64)
}

/// One row copy per input, each at its offset along `axis` of the output.
fn concat(site: &Site) -> Result<Vec<Call>> {
    let y = site.output()?;
    let rank = site.rank(y)?;
    let axis = site.axis(CONCAT_AXIS, rank)?;
    let mut offset = 0u64;
    let mut calls = Vec::new();
    for i in 0..site.node.inputs.len() {
        let x = site.input(i)?;
        let width = (x, DimRole::Inner(axis), 0);
        calls.push(row_copy(width, (y, DimRole::Inner(axis), offset), x, y, x, axis));
        offset += site.fixed(x, axis..rank)?;
    }
    Ok(calls)
}

fn concat_grad(site: &Site) -> Result<Call> {
    let (dy, dx) = (site.input(0)?, site.output()?);
    let rank = site.rank(dy)?;
    let axis = site.axis(CONCAT_AXIS, rank)?;
    let index = usize::try_from(CONCAT_INDEX.read(&site.node.attrs))
        .map_err(|_| node_err(site.node, "attribute `index` must name a Concat input"))?;
    let mut start = 0u64;
    for i in 1..=index {
        start += site.fixed(site.input(i)?, axis..rank)?;
    }
    let part = site.input(index + 1)?;
    Ok(row_copy((dy, DimRole::Inner(axis), start), (part, DimRole::Inner(axis), 0), dy, dx, part, axis))
}

fn activation_grad(site: &Site, g: ActGrad) -> Result<Call> {
    let (dy, y, dx) = (site.input(0)?, site.input(1)?, site.output()?);
    let call = Call::new(OpKernel::ActivationGrad(g)).tensor("dy", dy).tensor("y", y).tensor("dx", dx);
    let call = call.dim("len", dx, DimRole::Len);
    if g != ActGrad::Clip {
        return Ok(call);
    }
    let bound = |attr: FloatAttr| attr.read(&site.node.attrs) as f32 as f64;
    Ok(call.value("lo", bound(CLIP_MIN)).value("hi", bound(CLIP_MAX)))
}

fn reduce_to_shape(site: &Site) -> Result<Call> {
    let (dy, like, dx) = (site.input(0)?, site.input(1)?, site.output()?);
    check_rank(site, dy, BROADCAST_RANK)?;
    Ok(Call::new(OpKernel::ReduceToShape)
        .tensor("dy", dy)
        .tensor("dx", dx)
        .dim("len", like, DimRole::Len)
        .extend(padded_shape(dy, &OUT_DIMS))
        .extend(padded_shape(like, &A_DIMS))
        .value("alpha", ALPHA.read(&site.node.attrs)))
}

/// `n`, `c`, `s` of `tensor`.
fn ncs(call: Call, tensor: &str) -> Call {
    call.dim("n", tensor, DimRole::N).dim("c", tensor, DimRole::C).dim("s", tensor, DimRole::S)
}

fn channel_sum(site: &Site, dy: &str) -> Result<Call> {
    Ok(ncs(Call::new(OpKernel::ChannelSum).tensor("dy", dy).tensor("db", site.output()?), dy))
}

fn bn_eval_grad(site: &Site) -> Result<Call> {
    let (dy, out) = (site.input(0)?, site.output()?);
    let attrs = EvalGradAttrs::read(&site.node.attrs).map_err(|m| node_err(site.node, m))?;
    let eps = attrs.epsilon;
    match attrs.wrt {
        EvalWrt::X => Ok(ncs(Call::new(OpKernel::BnEvalGradInput), dy)
            .tensor("dy", dy)
            .tensor("scale", site.input(2)?)
            .tensor("var", site.input(5)?)
            .value("epsilon", eps)
            .tensor("dx", out)),
        EvalWrt::Scale => Ok(ncs(Call::new(OpKernel::BnEvalGradScale), dy)
            .tensor("dy", dy)
            .tensor("x", site.input(1)?)
            .tensor("mean", site.input(4)?)
            .tensor("var", site.input(5)?)
            .value("epsilon", eps)
            .tensor("d_scale", out)),
        EvalWrt::B => channel_sum(site, dy),
    }
}

fn global_average_pool(site: &Site, op: OpKernel) -> Result<Call> {
    let out = site.output()?;
    if op == OpKernel::GlobalAveragePool {
        let x = site.input(0)?;
        return Ok(Call::new(op).tensor("x", x).tensor("y", out).dim("len", x, DimRole::Outer(2)).dim(
            "plane",
            x,
            DimRole::S,
        ));
    }
    let (dy, x) = (site.input(0)?, site.input(1)?);
    Ok(Call::new(op).tensor("dy", dy).tensor("dx", out).dim("len", x, DimRole::Len).dim("plane", x, DimRole::S))
}

fn softmax(site: &Site, op: OpKernel) -> Result<Call> {
    let (first, out) = (site.input(0)?, site.output()?);
    let axis = site.axis(SOFTMAX_AXIS, site.rank(first)?)?;
    let call = Call::new(op).dim("len", first, DimRole::Len).dim("axis_len", first, DimRole::Axis(axis)).dim(
        "inner",
        first,
        DimRole::Inner(axis + 1),
    );
    Ok(match op {
        OpKernel::Softmax | OpKernel::LogSoftmax => call.tensor("x", first).tensor("y", out),
        _ => call.tensor("dy", first).tensor("y", site.input(1)?).tensor("dx", out),
    })
}

/// The index of the node's `reduction` in [`LOSS_REDUCTIONS`].
fn reduction(site: &Site) -> Result<usize> {
    let reduction = REDUCTION.read(&site.node.attrs);
    (LOSS_REDUCTIONS.iter().position(|r| *r == reduction))
        .ok_or_else(|| node_err(site.node, format!("reduction {reduction:?} is not one of {LOSS_REDUCTIONS:?}")))
}

/// A class-label loss kernel (its output bound for Loss and LossGrad; LossItems' workspace is the
/// caller's): scores `[N, C, d1..dk]`, labels and optional class weights at inputs `s..s + 3` (`s`
/// is 1 for the gradient, whose input 0 is the loss's upstream gradient).
fn loss(site: &Site, op: OpKernel) -> Result<Call> {
    let grad = matches!(op, OpKernel::LossGrad(_));
    let s = usize::from(grad);
    let scores = site.input(s)?;
    let call = labelled(site, Call::new(op), s)?.tensor("scores", scores).dim("inner", scores, DimRole::S);
    Ok(match op {
        OpKernel::LossGrad(_) => (call.tensor("d_loss", site.input(0)?))
            .value("reduction", reduction(site)? as f64)
            .bind("total", kept_weight_total(site))
            .tensor("dx", site.output()?),
        OpKernel::Loss(_) => call.tensor("y", site.output()?),
        _ => call,
    })
}

/// A loss: with reduction `none` each label's loss; with `sum` or `mean` each label's loss and
/// weight into the node's workspace `items` (2 f64 a label), which one thread then adds in order.
fn loss_forward(site: &Site, kind: LossKind) -> Result<Vec<Call>> {
    let reduction = reduction(site)?;
    if LOSS_REDUCTIONS[reduction] == "none" {
        return Ok(vec![loss(site, OpKernel::Loss(kind))?]);
    }
    let labels = site.input(1)?;
    let items = ParamSource::Workspace {
        name: format!("{}.items", site.node.name),
        tensor: labels.to_string(),
        dim: DimRole::Len,
        factor: 4,
    };
    let per_item = loss(site, OpKernel::LossItems(kind))?.bind("items", items.clone());
    let sum = (Call::new(OpKernel::LossSum).bind("items", items))
        .dim("len", labels, DimRole::Len)
        .value("reduction", reduction as f64)
        .tensor("y", site.output()?);
    Ok(vec![per_item, sum])
}

/// A loss's gradient; a `mean` one first sums the labels' kept weight once
/// ([`OpKernel::LossKeptWeight`]) into the node's scratch `total`, which the gradient divides by.
fn loss_grad(site: &Site, kind: LossKind) -> Result<Vec<Call>> {
    let grad = loss(site, OpKernel::LossGrad(kind))?;
    if LOSS_REDUCTIONS[reduction(site)?] != "mean" {
        return Ok(vec![grad]);
    }
    let weight = labelled(site, Call::new(OpKernel::LossKeptWeight), 1)?.bind("total", kept_weight_total(site));
    Ok(vec![weight, grad])
}

/// The node's f64 scratch that holds a `mean` loss gradient's kept weight.
fn kept_weight_total(site: &Site) -> ParamSource {
    ParamSource::Scratch { name: format!("{}.total", site.node.name) }
}

/// `call` with what a loss kernel needs to read its labels: scores at input `s`, labels and optional
/// class weights after them, the ignored label.
fn labelled(site: &Site, call: Call, s: usize) -> Result<Call> {
    let (scores, labels) = (site.input(s)?, site.input(s + 1)?);
    let weights = site.node.input(s + 2);
    let ignore = IGNORE_INDEX.get(&site.node.attrs);
    Ok(call
        .tensor("labels", labels)
        .tensor("weights", weights.unwrap_or(scores))
        .dim("len", labels, DimRole::Len)
        .dim("classes", scores, DimRole::Axis(1))
        .value("has_weights", f64::from(u8::from(weights.is_some())))
        .value("has_ignore", f64::from(u8::from(ignore.is_some())))
        .value("ignore", ignore.map_or(0.0, |i| i as f32 as f64)))
}

/// A LayerNormalization kernel over the rows of `X` (input 0 of the forward, 1 of the gradients):
/// `scale` and `B` must hold the normalized shape's elements (a smaller broadcast one is refused).
fn layer_norm(site: &Site, op: OpKernel) -> Result<Call> {
    if site.node.outputs.iter().skip(1).any(|o| !o.is_empty()) {
        return Err(node_err(site.node, "the Mean and InvStdDev outputs have no GPU kernel"));
    }
    let x = site.input(if op == OpKernel::LayerNorm { 0 } else { 1 })?;
    let rank = site.rank(x)?;
    let axis = LayerNormAttrs::read(&site.node.attrs).first_axis(rank).map_err(|e| node_err(site.node, e))?;
    let row_len = site.fixed(x, axis..rank)?;
    let params: &[(usize, &'static str)] = match op {
        OpKernel::LayerNorm => &[(1, "scale"), (2, "bias")],
        OpKernel::LayerNormGrad => &[(2, "scale")],
        _ => &[],
    };
    let mut call = Call::new(op).tensor("x", x).value("epsilon", LN_EPSILON.read(&site.node.attrs));
    for &(index, name) in params {
        let tensor = site.node.input(index).unwrap_or(site.input(1)?);
        let len = site.fixed(tensor, 0..site.rank(tensor)?)?;
        if len != row_len {
            return Err(node_err(
                site.node,
                format!("`{tensor}` has {len} elements; the GPU kernel takes the normalized shape's {row_len}"),
            ));
        }
        call = call.tensor(name, tensor);
    }
    let (rows, columns) = (DimRole::Outer(axis), DimRole::Inner(axis));
    Ok(match op {
        OpKernel::LayerNorm => {
            let has_bias = site.node.input(2).is_some();
            call.tensor("y", site.output()?)
                .dim("len", x, rows)
                .dim("row_len", x, columns)
                .value("has_bias", f64::from(u8::from(has_bias)))
        }
        OpKernel::LayerNormGrad => call
            .tensor("dy", site.input(0)?)
            .tensor("dx", site.output()?)
            .dim("len", x, rows)
            .dim("row_len", x, columns),
        _ => call
            .tensor("dy", site.input(0)?)
            .tensor("d_scale", site.output()?)
            .dim("len", x, columns)
            .dim("rows", x, rows),
    })
}

/// The window parameters of a window op over `input` giving `output` with kernel `kernel`
/// (spatial axes 2..), from the node's `strides`, `dilations`, `pads` and `auto_pad`.
fn window(site: &Site, input: &str, output: &str, kernel: &[i64]) -> Result<Vec<(&'static str, ParamSource)>> {
    let rank = site.rank(input)?;
    let spatial = rank.saturating_sub(2);
    if !(1..=WINDOW_RANK).contains(&spatial) || kernel.len() != spatial || site.rank(output)? != rank {
        return Err(node_err(
            site.node,
            format!("window ops take 1 to {WINDOW_RANK} spatial axes and a matching kernel"),
        ));
    }
    let attrs = WindowAttrs::read(&site.node.attrs, spatial).map_err(|e| node_err(site.node, e))?;
    let value = |v: u64| ParamSource::Const { value: v as f64 };
    let column = |slot: usize| -> Result<[ParamSource; 7]> {
        let Some(a) = (slot + spatial).checked_sub(WINDOW_RANK) else {
            return Ok([1, 1, 1, 1, 1, 0, 0].map(value));
        };
        let k = u64::try_from(kernel[a]).map_err(|_| node_err(site.node, "the kernel shape is not positive"))?;
        let (begin, end) = if attrs.auto_pad.is_same() {
            let (i, o) = (site.fixed(input, 2 + a..3 + a)?, site.fixed(output, 2 + a..3 + a)?);
            attrs.pads_of(a, k, i, o)
        } else {
            attrs.pads_of(a, k, 0, 0)
        };
        let axis = |t: &str| ParamSource::Dim { tensor: t.to_string(), dim: DimRole::Axis(2 + a) };
        let attrs = [k, attrs.strides[a].max(1), attrs.dilations[a], begin, end].map(value);
        let [k, s, d, pb, pe] = attrs;
        Ok([axis(input), axis(output), k, s, d, pb, pe])
    };
    let mut sources = Vec::new();
    for slot in 0..WINDOW_RANK {
        sources.extend(WINDOW.iter().map(|row| row[slot]).zip(column(slot)?));
    }
    Ok(sources)
}

/// The pools and their gradients: `(x, y)` of the forward are `(input 0, output)`, or
/// `(input 1, input 0)` for the gradients.
fn pool(site: &Site, op: OpKernel) -> Result<Call> {
    let kernel =
        KERNEL_SHAPE.get(&site.node.attrs).ok_or_else(|| node_err(site.node, "attribute `kernel_shape` is missing"))?;
    let out = site.output()?;
    let count_pad = f64::from(u8::from(COUNT_INCLUDE_PAD.read(&site.node.attrs)));
    let call = match op {
        OpKernel::MaxPool | OpKernel::AveragePool => {
            let x = site.input(0)?;
            Call::new(op)
                .tensor("x", x)
                .tensor("y", out)
                .dim("len", out, DimRole::Len)
                .extend(window(site, x, out, kernel)?)
        }
        _ => {
            let (dy, x) = (site.input(0)?, site.input(1)?);
            let call = Call::new(op).tensor("dy", dy).tensor("dx", out).dim("len", x, DimRole::Len);
            let call = call.extend(window(site, x, dy, kernel)?);
            if op == OpKernel::MaxPoolGrad {
                call.tensor("x", x)
            } else {
                call
            }
        }
    };
    Ok(call.value("count_pad", count_pad))
}

/// A Conv's kernel shape: attribute `kernel_shape`, else `W`'s spatial dims (fixed).
fn conv_kernel(site: &Site, w: &str) -> Result<(Vec<i64>, u64)> {
    let rank = site.rank(w)?;
    let kernel: Vec<i64> = match KERNEL_SHAPE.get(&site.node.attrs) {
        Some(k) => k.to_vec(),
        None => (2..rank).map(|a| site.fixed(w, a..a + 1).map(|d| d as i64)).collect::<Result<_>>()?,
    };
    let taps = kernel.iter().try_fold(1u64, |acc, &k| u64::try_from(k).ok().and_then(|k| acc.checked_mul(k)));
    Ok((kernel, taps.ok_or_else(|| node_err(site.node, "the kernel shape is not positive"))?))
}

/// The im2col matrix of `x` (for a Conv of `x` by `w` giving `y`) in the node's workspace `col`.
fn im2col(site: &Site, x: &str, y: &str, w: &str) -> Result<Call> {
    let (kernel, taps) = conv_kernel(site, w)?;
    let rank = site.rank(y)?;
    let factor = taps * site.fixed(y, 2..rank)?;
    let col = workspace(site, x, factor);
    Ok(Call::new(OpKernel::Im2col)
        .tensor("x", x)
        .bind("col", col)
        .bind("len", ParamSource::Scaled { tensor: x.to_string(), dim: DimRole::Outer(2), factor })
        .extend(window(site, x, y, &kernel)?))
}

/// The node's im2col workspace: `N * C` planes of `x` times `factor` elements.
fn workspace(site: &Site, x: &str, factor: u64) -> ParamSource {
    ParamSource::Workspace {
        name: format!("{}.col", site.node.name),
        tensor: x.to_string(),
        dim: DimRole::Outer(2),
        factor,
    }
}

/// Conv: im2col, then the bias (if any) fills `Y` before the GEMMs accumulate into it.
fn conv(site: &Site) -> Result<Vec<Call>> {
    let (x, w, y) = (site.input(0)?, site.input(1)?, site.output()?);
    let mut calls = vec![im2col(site, x, y, w)?];
    if let Some(bias) = site.node.input(2) {
        calls.push(ncs(Call::new(OpKernel::ChannelFill).tensor("bias", bias).tensor("y", y), y));
    }
    Ok(calls)
}

/// ConvGradInput of the Conv of `w` from `x`'s shape to `dy`'s: the GEMMs write `W^T dY` to the
/// workspace, then col2im gathers it into `dx`.
fn col2im(site: &Site, dy: &str, w: &str, x: &str, dx: &str) -> Result<Call> {
    let (kernel, taps) = conv_kernel(site, w)?;
    let factor = taps * site.fixed(dy, 2..site.rank(dy)?)?;
    Ok(Call::new(OpKernel::Col2im)
        .bind("col", workspace(site, x, factor))
        .tensor("dx", dx)
        .dim("len", x, DimRole::Len)
        .extend(window(site, x, dy, &kernel)?))
}

/// ConvTranspose: the ConvGradInput from `Y`'s shape with `dY = X` (GEMMs, col2im into `Y`), then the
/// bias (if any) added per channel.
fn conv_transpose(site: &Site) -> Result<Vec<Call>> {
    let (x, w, y) = (site.input(0)?, site.input(1)?, site.output()?);
    let mut calls = vec![col2im(site, x, w, y, y)?];
    if let Some(bias) = site.node.input(2) {
        calls.push(ncs(Call::new(OpKernel::ChannelAdd).tensor("bias", bias).tensor("y", y), y));
    }
    Ok(calls)
}

/// MatMul and its gradients have no kernel; their operands (`A` at input `first`, `B` after it)
/// must be matrices, `B` of rank 2 or with `A`'s batch axes, as the runtime's GEMM plan takes them.
fn matmul_operands(site: &Site, first: usize) -> Result<Vec<Call>> {
    let (a, b) = (site.shape(site.input(first)?)?, site.shape(site.input(first + 1)?)?);
    let batched = a.len() >= 2 && b.len() >= 2 && (b.len() == 2 || a[..a.len() - 2] == b[..b.len() - 2]);
    if !batched {
        return Err(node_err(site.node, "the GPU MatMul takes matrices with B of rank 2 or with A's batch axes"));
    }
    Ok(Vec::new())
}

/// Gemm: `C` (if any) broadcast into `Y` before the GEMM accumulates `alpha * A B` onto `beta * Y`.
fn gemm(site: &Site) -> Result<Vec<Call>> {
    let y = site.output()?;
    let Some(c) = site.node.input(2) else { return Ok(Vec::new()) };
    Ok(vec![Call::new(OpKernel::BroadcastCopy)
        .tensor("a", c)
        .tensor("y", y)
        .dim("len", y, DimRole::Len)
        .extend(padded_shape(y, &OUT_DIMS))
        .extend(padded_shape(c, &A_DIMS))])
}

/// Per-axis scales of a Resize of `x` to `y`: the `scales` input (index `scales_input`) when it
/// holds data, else 1 along an axis whose size is kept (the run-time batch among them) and
/// `out / in` from fixed sizes along the others.
fn resize_scales(site: &Site, x: &str, y: &str, scales_input: usize) -> Result<Vec<f64>> {
    let rank = site.rank(x)?;
    let given = site.node.input(scales_input).and_then(|name| site.graph.initializer(name));
    if let Some(init) = given.filter(|i| i.shape.iter().product::<u64>() > 0) {
        let values = match &init.source {
            InitSource::Data { data } => data.clone(),
            InitSource::Fill { fill } => vec![*fill; init.shape.iter().product::<u64>() as usize],
            _ => return Err(node_err(site.node, "the Resize scales must be inline data for the GPU kernel")),
        };
        let axes: Vec<i64> = AXES.get(&site.node.attrs).map_or_else(|| (0..rank as i64).collect(), <[i64]>::to_vec);
        let mut scales = vec![1.0; rank];
        for (&axis, &v) in axes.iter().zip(&values) {
            let axis = if axis < 0 { axis + rank as i64 } else { axis };
            let slot = usize::try_from(axis).ok().and_then(|a| scales.get_mut(a));
            *slot.ok_or_else(|| node_err(site.node, format!("Resize axis {axis} is out of range")))? = v as f32 as f64;
        }
        return Ok(scales);
    }
    let (xs, ys) = (site.shape(x)?, site.shape(y)?);
    (0..rank)
        .map(|a| {
            if xs.get(a) == ys.get(a) {
                return Ok(1.0);
            }
            let (i, o) = (site.fixed(x, a..a + 1)?, site.fixed(y, a..a + 1)?);
            Ok(if i == 0 { 1.0 } else { o as f64 / i as f64 })
        })
        .collect()
}

/// Resize and ResizeGrad of the last [`WINDOW_RANK`] axes (earlier axes must keep their size at
/// scale 1); `(x, y)` of the forward are `(input 0, output)`, or `(input 1, input 0)` for the gradient.
fn resize(site: &Site, op: OpKernel) -> Result<Call> {
    let out = site.output()?;
    let (x, y, scales_input) =
        if op == OpKernel::Resize { (site.input(0)?, out, 2) } else { (site.input(1)?, site.input(0)?, 3) };
    let attrs = ResizeAttrs::read(&site.node.attrs);
    let (mode, coord, nearest) = (attrs.mode, attrs.coordinates, attrs.nearest);
    let code = |modes: &[&str], m: &str| modes.iter().position(|&k| k == m);
    let (Some(coord), Some(nearest)) = (code(&COORD_MODES, coord), code(&NEAREST_MODES, nearest)) else {
        return Err(node_err(site.node, "unsupported Resize coordinate or nearest mode"));
    };
    if !["nearest", "linear"].contains(&mode) || attrs.antialias {
        return Err(node_err(site.node, format!("Resize mode {mode:?} has no GPU kernel")));
    }
    let scales = resize_scales(site, x, y, scales_input)?;
    let rank = scales.len();
    let (xs, ys) = (site.shape(x)?, site.shape(y)?);
    let leading = rank.saturating_sub(WINDOW_RANK);
    if (0..leading).any(|a| scales[a] != 1.0 || xs[a] != ys[a]) {
        return Err(node_err(site.node, format!("the GPU Resize resamples only the last {WINDOW_RANK} axes")));
    }
    let (i, o) = if op == OpKernel::Resize { ("x", "y") } else { ("dy", "dx") };
    let (first, len_of) = if op == OpKernel::Resize { (x, y) } else { (y, x) };
    let mut call = Call::new(op).tensor(i, first).tensor(o, out).dim("len", len_of, DimRole::Len);
    for slot in 0..WINDOW_RANK {
        let from_end = WINDOW_RANK - slot;
        let scale = rank.checked_sub(from_end).map_or(1.0, |a| scales[a]);
        call = call
            .dim(WINDOW[0][slot], x, DimRole::FromEnd(from_end))
            .dim(WINDOW[1][slot], y, DimRole::FromEnd(from_end))
            .value(SCALES[slot], scale);
    }
    Ok(call.value("coord", coord as f64).value("nearest", nearest as f64).value("linear", f64::from(mode == "linear")))
}

/// The kernel function and its `alpha`, `beta` of an activation.
fn act_fn(a: Activation) -> (ActFn, f64, f64) {
    match a {
        Activation::HardSwish => (ActFn::HardSwish, 0.0, 0.0),
        Activation::HardSigmoid { alpha, beta } => (ActFn::HardSigmoid, alpha, beta),
        Activation::LeakyRelu { alpha } => (ActFn::LeakyRelu, alpha, 0.0),
        Activation::Elu { alpha } => (ActFn::Elu, alpha, 0.0),
        Activation::Selu { alpha, gamma } => (ActFn::Selu, alpha, gamma),
        Activation::Gelu { tanh: false } => (ActFn::Gelu, 0.0, 0.0),
        Activation::Gelu { tanh: true } => (ActFn::GeluTanh, 0.0, 0.0),
        Activation::Tanh => (ActFn::Tanh, 0.0, 0.0),
        Activation::Neg => (ActFn::Neg, 0.0, 0.0),
        Activation::Erf => (ActFn::Erf, 0.0, 0.0),
        Activation::Sqrt => (ActFn::Sqrt, 0.0, 0.0),
        Activation::Pow { exponent } => (ActFn::Pow, exponent, 0.0),
    }
}

/// The value of a scalar initializer (`data` with one value, or `fill`).
fn scalar_constant(site: &Site, name: &str) -> Option<f64> {
    let init = site.graph.initializer(name)?;
    match &init.source {
        InitSource::Data { data } if data.len() == 1 => Some(data[0]),
        InitSource::Fill { fill } if init.shape.iter().product::<u64>() == 1 => Some(*fill),
        _ => None,
    }
}

/// A forward activation `y = f(x)`; Pow's exponent must be a constant scalar.
fn activation(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    let act = if site.node.op == "Pow" {
        let exponent = site.input(1).ok().and_then(|e| scalar_constant(site, e));
        let exponent = exponent.ok_or_else(|| node_err(site.node, "the GPU Pow takes a constant scalar exponent"))?;
        Activation::Pow { exponent: exponent as f32 as f64 }
    } else {
        Activation::of_node(site.node).ok_or_else(|| node_err(site.node, "unknown activation parameters"))?
    };
    if site.shape(x)? != site.shape(y)? {
        return Err(node_err(site.node, "the activation's output must have its input's shape"));
    }
    let (f, alpha, beta) = act_fn(act);
    Ok(Call::new(OpKernel::Activation(f))
        .tensor("x", x)
        .tensor("y", y)
        .dim("len", y, DimRole::Len)
        .value("alpha", alpha)
        .value("beta", beta))
}

/// ActivationGrad `dx = dy * f'(x)`.
fn activation_input_grad(site: &Site) -> Result<Call> {
    let act = Activation::of_node(site.node).ok_or_else(|| node_err(site.node, "unknown activation parameters"))?;
    let (f, alpha, beta) = act_fn(act);
    let (dy, x, dx) = (site.input(0)?, site.input(1)?, site.output()?);
    Ok(Call::new(OpKernel::ActivationInputGrad(f))
        .tensor("dy", dy)
        .tensor("x", x)
        .tensor("dx", dx)
        .dim("len", dx, DimRole::Len)
        .value("alpha", alpha)
        .value("beta", beta))
}

/// Dropout in training mode (its gradient is the same Dropout of `dY`).
fn dropout(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    let DropoutAttrs { ratio, seed, .. } = DropoutAttrs::read(site.node);
    let seed = seed as u64;
    Ok(Call::new(OpKernel::Dropout)
        .tensor("x", x)
        .tensor("y", y)
        .dim("len", x, DimRole::Len)
        .dim("per_sample", x, DimRole::Inner(1))
        .value("seed_lo", (seed & 0xFFFF_FFFF) as f64)
        .value("seed_hi", (seed >> 32) as f64)
        .value("ratio", ratio)
        .value("scale", 1.0 / (1.0 - ratio)))
}

/// How one output axis of an [`OpKernel::AxisGather`] reads its source: coordinate `o` reads
/// `(o * step + start) / div` along source axis `axis`.
struct GatherAxis {
    start: i64,
    step: i64,
    div: i64,
    axis: usize,
}

impl GatherAxis {
    fn plain(axis: usize) -> Self {
        GatherAxis { start: 0, step: 1, div: 1, axis }
    }
}

/// `y` gathered from `x` along `axes` (one per axis of `y`) with boundary mode `mode` and `fill`.
fn axis_gather(site: &Site, x: &str, y: &str, axes: &[GatherAxis], mode: PadMode, fill: f64) -> Result<Call> {
    let rank = site.rank(y)?;
    check_rank(site, y, BROADCAST_RANK)?;
    if axes.len() != rank || site.rank(x)? != rank {
        return Err(node_err(site.node, "the gather's source and output ranks differ"));
    }
    let mut call = Call::new(OpKernel::AxisGather).tensor("x", x).tensor("y", y).dim("len", y, DimRole::Len);
    call = call.extend(padded_shape(y, &OUT_DIMS));
    for slot in 0..BROADCAST_RANK {
        let [start, step, div, extent, stride] = GATHER.map(|names| names[slot]);
        let Some(a) = (slot + rank).checked_sub(BROADCAST_RANK).map(|a| &axes[a]) else {
            call = call.value(start, 0.0).value(step, 1.0).value(div, 1.0).value(extent, 1.0).value(stride, 0.0);
            continue;
        };
        call = call
            .value(start, a.start as f64)
            .value(step, a.step as f64)
            .value(div, a.div as f64)
            .dim(extent, x, DimRole::Axis(a.axis))
            .dim(stride, x, DimRole::Inner(a.axis + 1));
    }
    Ok(call.value("mode", gather_mode(mode)).value("fill", fill as f32 as f64))
}

/// A Pad mode as the `mode` parameter of the gather kernels (its index in `GATHER_MODES`).
fn gather_mode(mode: PadMode) -> f64 {
    match mode {
        PadMode::Constant => 0.0,
        PadMode::Reflect => 1.0,
        PadMode::Edge => 2.0,
    }
}

fn transpose(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    let perm = permutation(PERM.get(&site.node.attrs), site.rank(x)?).map_err(|e| node_err(site.node, e))?;
    let axes: Vec<GatherAxis> = perm.into_iter().map(GatherAxis::plain).collect();
    axis_gather(site, x, y, &axes, PadMode::Constant, 0.0)
}

/// The Slice's kept range of every axis of `x` (`None`: an unsliced axis of run-time size).
fn slice_ranges(site: &Site, x: &str) -> Result<Vec<Option<syncbn_ir::ops::slice::AxisRange>>> {
    let sizes: Vec<Option<usize>> = site.shape(x)?.iter().map(|d| d.fixed().map(|v| v as usize)).collect();
    ranges(&site.node.attrs, &sizes).map_err(|e| node_err(site.node, e))
}

fn slice(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    let axes: Vec<GatherAxis> = (slice_ranges(site, x)?.iter().enumerate())
        .map(|(a, r)| match r {
            Some(r) => GatherAxis { start: r.start as i64, step: r.step, div: 1, axis: a },
            None => GatherAxis::plain(a),
        })
        .collect();
    axis_gather(site, x, y, &axes, PadMode::Constant, 0.0)
}

/// SliceGrad: `dX` position `c` reads `dY` at `(c - start) / step` when that is a kept position, else 0.
fn slice_grad(site: &Site) -> Result<Call> {
    let (dy, x, dx) = (site.input(0)?, site.input(1)?, site.output()?);
    let axes: Vec<GatherAxis> = (slice_ranges(site, x)?.iter().enumerate())
        .map(|(a, r)| match r {
            Some(r) => GatherAxis { start: -(r.start as i64), step: 1, div: r.step, axis: a },
            None => GatherAxis::plain(a),
        })
        .collect();
    axis_gather(site, dy, dx, &axes, PadMode::Constant, 0.0)
}

fn pad(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    let pads = paddings(&site.node.attrs, site.rank(x)?).map_err(|e| node_err(site.node, e))?;
    let axes: Vec<GatherAxis> = (pads.iter().enumerate())
        .map(|(a, &(begin, _))| GatherAxis { start: -(begin as i64), ..GatherAxis::plain(a) })
        .collect();
    let fill = PAD_VALUE.read(&site.node.attrs);
    axis_gather(site, x, y, &axes, PadMode::of(&site.node.attrs), fill)
}

/// PadGrad in every mode: each `dX` element sums the `dY` elements the forward's Pad read it into;
/// only the last `PAD_RANK` axes may be padded.
fn pad_grad(site: &Site) -> Result<Call> {
    let (dy, x, dx) = (site.input(0)?, site.input(1)?, site.output()?);
    let rank = site.rank(dx)?;
    if site.rank(x)? != rank || site.rank(dy)? != rank {
        return Err(node_err(site.node, "PadGrad's dY, X and dX ranks differ"));
    }
    let pads = paddings(&site.node.attrs, rank).map_err(|e| node_err(site.node, e))?;
    let first = rank.saturating_sub(PAD_RANK);
    if pads[..first].iter().any(|&p| p != (0, 0)) {
        return Err(node_err(site.node, format!("the GPU PadGrad pads only the last {PAD_RANK} axes")));
    }
    let mut call = Call::new(OpKernel::PadGrad).tensor("dy", dy).tensor("dx", dx).dim("len", dx, DimRole::Len);
    for slot in 0..PAD_RANK {
        let [n, begin, end, stride] = PAD_FOLD.map(|names| names[slot]);
        let Some(a) = (slot + rank).checked_sub(PAD_RANK) else {
            call = call.value(n, 1.0).value(begin, 0.0).value(end, 0.0).value(stride, 0.0);
            continue;
        };
        let (b, e) = pads[a];
        call = call.dim(n, dx, DimRole::Axis(a)).value(begin, b as f64).value(end, e as f64);
        call = call.dim(stride, dy, DimRole::Inner(a + 1));
    }
    call = call.dim("outer", dy, DimRole::Inner(first));
    Ok(call.value("mode", gather_mode(PadMode::of(&site.node.attrs))))
}

/// ReduceSum / ReduceMean (and their gradients) over `x`: the padded shape of `x` with its
/// reduced axes at size 1, and the factor of a summed element (`1 / count` for the mean).
fn reduced_shape(site: &Site, x: &str, mean: bool) -> Result<(Vec<(&'static str, ParamSource)>, f64)> {
    let rank = site.rank(x)?;
    check_rank(site, x, BROADCAST_RANK)?;
    let reduced = reduced_axes(&site.node.attrs, rank).map_err(|e| node_err(site.node, e))?;
    let mut count = 1u64;
    for a in (0..rank).filter(|&a| reduced[a]) {
        count = count.saturating_mul(site.fixed(x, a..a + 1)?);
    }
    let kept = (0..BROADCAST_RANK)
        .map(|slot| {
            let source = match (slot + rank).checked_sub(BROADCAST_RANK) {
                Some(a) if !reduced[a] => ParamSource::Dim { tensor: x.to_string(), dim: DimRole::Axis(a) },
                _ => ParamSource::Const { value: 1.0 },
            };
            (A_DIMS[slot], source)
        })
        .collect();
    let scale = if mean { 1.0 / count.max(1) as f64 } else { 1.0 };
    Ok((kept, scale))
}

/// ReduceSum / ReduceMean: ReduceToShape of `x` onto its kept shape, scaled.
fn reduce(site: &Site) -> Result<Call> {
    let (x, y) = (site.input(0)?, site.output()?);
    let (kept, scale) = reduced_shape(site, x, site.node.op == "ReduceMean")?;
    Ok(Call::new(OpKernel::ReduceToShape)
        .tensor("dy", x)
        .tensor("dx", y)
        .dim("len", y, DimRole::Len)
        .extend(padded_shape(x, &OUT_DIMS))
        .extend(kept)
        .value("alpha", scale))
}

/// ReduceSumGrad / ReduceMeanGrad: `dY` (scaled) broadcast back to `X`'s shape.
fn reduce_grad(site: &Site) -> Result<Call> {
    let (dy, x, dx) = (site.input(0)?, site.input(1)?, site.output()?);
    let (kept, scale) = reduced_shape(site, x, site.node.op == grad::REDUCE_MEAN_GRAD)?;
    Ok(Call::new(OpKernel::BroadcastScale)
        .tensor("a", dy)
        .tensor("y", dx)
        .dim("len", x, DimRole::Len)
        .extend(padded_shape(x, &OUT_DIMS))
        .extend(kept)
        .value("alpha", scale))
}
