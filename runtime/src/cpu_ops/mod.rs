//! The CPU op table: the ONNX ops of the model format that CPU replicas run beyond the lowered
//! SyncBN kernels (Conv, Gemm, pools, Resize, layout and elementwise ops) and their gradient ops
//! ([`syncbn_ir::grad::CPU_OPS`], in `grad/`), one file per op family, found by name through [`find`].

mod binary;
mod blas;
mod broadcast;
mod conv;
mod gather;
mod grad;
mod image_batch;
mod layer_norm;
mod layout;
mod loss;
mod matmul;
mod pool;
mod reduce;
mod resize;
mod softmax;
mod unary;
mod weight_bound;
mod weight_bound_products;

pub use weight_bound::{min_weights as weight_bound_min_weights, MIN_WEIGHTS_ENV as WEIGHT_BOUND_MIN_WEIGHTS_ENV};
mod window;

use std::collections::BTreeMap;
use std::ops::Range;

use syncbn_ir::ops::bn_grad::EvalGradAttrs;
use syncbn_ir::ops::{Attrs, IntAttr};
use syncbn_ir::{grad as names, onnx_ops as onnx, Attr, Node};

use crate::team::TeamCall;

/// One input tensor of a launch: row-major data and its concrete shape on this replica.
#[derive(Clone, Copy, Debug)]
pub struct Tensor<'a> {
    /// Elements, row-major.
    pub data: &'a [f32],
    /// Concrete shape (the batch dimension bound for this replica).
    pub shape: &'a [usize],
}

impl<'a> Tensor<'a> {
    /// A tensor view, checking that the data holds exactly the shape's elements.
    pub fn new(data: &'a [f32], shape: &'a [usize]) -> Result<Self, String> {
        let want = shape.iter().try_fold(1usize, |a, &d| a.checked_mul(d));
        if want != Some(data.len()) {
            return Err(format!("a tensor of shape {shape:?} holds {} elements", data.len()));
        }
        Ok(Tensor { data, shape })
    }
}

/// The typed attributes of a CPU op that reads them through [`CpuOp::read_attrs`]: read from the node
/// once, when the plan is made, and handed to every launch.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum OpAttrs {
    /// The op reads [`OpArgs::attrs`] itself.
    #[default]
    Untyped,
    /// BatchNormEvalGrad's epsilon and `wrt`.
    BatchNormEvalGrad(EvalGradAttrs),
}

/// What one launch of a CPU op reads: the node's attributes, its inputs and its output shape.
pub struct OpArgs<'a> {
    /// The node's attributes.
    pub attrs: &'a BTreeMap<String, Attr>,
    /// The node's typed attributes ([`CpuOp::read_attrs`] of `attrs`).
    pub typed: OpAttrs,
    /// Inputs in the node's order; `None` for an absent input or one that is not f32 data.
    pub inputs: Vec<Option<Tensor<'a>>>,
    /// The concrete shape of output 0.
    pub out_shape: &'a [usize],
    /// The team this replica computes the launch with, where [`CpuOp::teams_up`] and the
    /// replicas are the in-process replicas of a run (`None`: alone).
    pub team: Option<TeamCall<'a>>,
}

impl<'a> OpArgs<'a> {
    /// Input `i`, which must be present f32 data.
    pub fn input(&self, i: usize) -> Result<Tensor<'a>, String> {
        self.optional(i).ok_or_else(|| format!("input {i} is absent or not f32 data"))
    }

    /// Input `i` if present.
    pub fn optional(&self, i: usize) -> Option<Tensor<'a>> {
        self.inputs.get(i).copied().flatten()
    }

    /// Axis attribute `attr` resolved against `rank` (negative counts from the end).
    pub fn axis(&self, attr: IntAttr, rank: usize) -> Result<usize, String> {
        let axis = attr.read(self.attrs);
        let resolved = if axis < 0 { axis + rank as i64 } else { axis };
        usize::try_from(resolved)
            .ok()
            .filter(|&a| a < rank)
            .ok_or_else(|| format!("axis {axis} is out of range for rank {rank}"))
    }
}

/// What a team's launch leaves in each replica's output ([`CpuOp::teams_up`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamOutput {
    /// Every replica's own output, as if it ran the launch alone.
    Own,
    /// The sum of the replicas' outputs, in replica order, in replica 0's output; the others' are
    /// left as they were (a weight gradient whose sum only the optimizer reads).
    SummedIntoFirst,
}

/// What an op that writes its output image by image calls each time images of output 0 are final:
/// the whole output so far and the range of images (axis 0) just completed.
pub type ImagesWritten<'a> = dyn FnMut(&[f32], Range<usize>) -> Result<(), String> + 'a;

/// One op the CPU replicas execute; every op has exactly one (f32) output.
pub trait CpuOp: Sync {
    /// Plan-time check of what the CPU path supports beyond the op's schema (checked by `syncbn_ir`).
    fn check(&self, node: &Node) -> Result<(), String> {
        match node.outputs.iter().skip(1).find(|o| !o.is_empty()) {
            Some(o) => Err(format!("optional output {o:?} of {} is not supported by the CPU runtime", node.op)),
            None => Ok(()),
        }
    }
    /// The node's typed attributes, read once at plan time ([`OpAttrs::Untyped`] unless the op has
    /// typed ones).
    fn read_attrs(&self, _attrs: &Attrs) -> Result<OpAttrs, String> {
        Ok(OpAttrs::Untyped)
    }
    /// Whether the in-process replicas of a run compute this launch together as a team
    /// ([`crate::team`]; a weight-bound product), and what each replica's output then holds, from
    /// the node's attributes and the concrete shapes of its inputs (`None`: absent) and output.
    /// The answer must not depend on the batch size, which differs between replicas.
    fn teams_up(
        &self,
        _attrs: &BTreeMap<String, Attr>,
        _inputs: &[Option<&[usize]>],
        _out: &[usize],
    ) -> Option<TeamOutput> {
        None
    }

    /// Computes output 0 into `y`, whose length is the output shape's element count.
    fn run(&self, args: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String>;

    /// Whether [`CpuOp::run_images`] hands output 0 over image by image as it writes it, so that
    /// the plan runs per-channel reductions of the output inside this op's step while each image
    /// is in cache (`crate::plan::Launch::reductions`).
    fn writes_by_image(&self) -> bool {
        false
    }

    /// Computes output 0 as [`CpuOp::run`] does, calling `written` after each range of output
    /// images is final, in image order (by default once, for every image, at the end).
    fn run_images(&self, args: &OpArgs<'_>, y: &mut [f32], written: &mut ImagesWritten<'_>) -> Result<(), String> {
        self.run(args, y)?;
        written(y, 0..args.out_shape.first().copied().unwrap_or(0))
    }
}

/// The CPU op table: each op the CPU replicas run beside the activations, by name.
static TABLE: &[(&str, &dyn CpuOp)] = &[
    (onnx::CONV, &conv::CONV),
    (onnx::CONV_TRANSPOSE, &grad::conv::CONV_TRANSPOSE),
    (onnx::GEMM, &matmul::GEMM),
    (onnx::MATMUL, &matmul::MATMUL),
    (onnx::MAX_POOL, &pool::MAX_POOL),
    (onnx::AVERAGE_POOL, &pool::AVERAGE_POOL),
    (onnx::GLOBAL_AVERAGE_POOL, &pool::GLOBAL_AVERAGE_POOL),
    (onnx::ADD, &binary::ADD),
    (onnx::MUL, &binary::MUL),
    (onnx::SUB, &binary::SUB),
    (onnx::DIV, &binary::DIV),
    (onnx::POW, &binary::POW),
    (onnx::DROPOUT, &unary::DROPOUT),
    (onnx::SIGMOID, &unary::SIGMOID),
    (onnx::CLIP, &unary::CLIP),
    (onnx::IDENTITY, &layout::SAME_ORDER),
    (onnx::FLATTEN, &layout::SAME_ORDER),
    (onnx::RESHAPE, &layout::SAME_ORDER),
    (onnx::CONCAT, &layout::CONCAT),
    (onnx::TRANSPOSE, &gather::TRANSPOSE),
    (onnx::SLICE, &gather::SLICE),
    (onnx::PAD, &gather::PAD),
    (onnx::REDUCE_SUM, &reduce::REDUCE_SUM),
    (onnx::REDUCE_MEAN, &reduce::REDUCE_MEAN),
    (onnx::RESIZE, &resize::RESIZE),
    (onnx::SOFTMAX, &softmax::SOFTMAX),
    (onnx::LAYER_NORMALIZATION, &layer_norm::LAYER_NORMALIZATION),
    (onnx::LOG_SOFTMAX, &softmax::LOG_SOFTMAX),
    (names::SOFTMAX_CROSS_ENTROPY_LOSS, &loss::CROSS_ENTROPY),
    (names::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD, &loss::CROSS_ENTROPY_GRAD),
    (names::NLL_LOSS, &loss::NLL),
    (names::NLL_LOSS_GRAD, &loss::NLL_GRAD),
    (names::RELU_GRAD, &grad::activation::RELU_GRAD),
    (names::CLIP_GRAD, &grad::activation::CLIP_GRAD),
    (names::SIGMOID_GRAD, &grad::activation::SIGMOID_GRAD),
    (names::ACTIVATION_GRAD, &grad::activation::ACTIVATION_GRAD),
    (names::SOFTMAX_GRAD, &grad::activation::SOFTMAX_GRAD),
    (names::LOG_SOFTMAX_GRAD, &grad::activation::LOG_SOFTMAX_GRAD),
    (names::REDUCE_TO_SHAPE, &grad::reduce::REDUCE_TO_SHAPE),
    (names::CHANNEL_SUM, &grad::reduce::CHANNEL_SUM),
    (names::RESHAPE_LIKE, &grad::layout::RESHAPE_LIKE),
    (names::CONCAT_GRAD, &grad::layout::CONCAT_GRAD),
    (names::CONV_GRAD_INPUT, &grad::conv::CONV_GRAD_INPUT),
    (names::CONV_GRAD_WEIGHT, &grad::conv::CONV_GRAD_WEIGHT),
    (names::GEMM_GRAD_A, &grad::linear::GEMM_GRAD_A),
    (names::GEMM_GRAD_B, &grad::linear::GEMM_GRAD_B),
    (names::MATMUL_GRAD_A, &grad::linear::MATMUL_GRAD_A),
    (names::MATMUL_GRAD_B, &grad::linear::MATMUL_GRAD_B),
    (names::MAX_POOL_GRAD, &grad::pool::MAX_POOL_GRAD),
    (names::AVERAGE_POOL_GRAD, &grad::pool::AVERAGE_POOL_GRAD),
    (names::GLOBAL_AVERAGE_POOL_GRAD, &grad::pool::GLOBAL_AVERAGE_POOL_GRAD),
    (names::RESIZE_GRAD, &grad::resize::RESIZE_GRAD),
    (names::REDUCE_SUM_GRAD, &grad::reduce::REDUCE_SUM_GRAD),
    (names::REDUCE_MEAN_GRAD, &grad::reduce::REDUCE_MEAN_GRAD),
    (names::SLICE_GRAD, &grad::gather::SLICE_GRAD),
    (names::PAD_GRAD, &grad::gather::PAD_GRAD),
    (names::BATCH_NORM_EVAL_GRAD, &grad::batchnorm::BATCH_NORM_EVAL_GRAD),
    (names::LAYER_NORM_GRAD, &layer_norm::LAYER_NORM_GRAD),
    (names::LAYER_NORM_SCALE_GRAD, &layer_norm::LAYER_NORM_SCALE_GRAD),
];

/// The CPU op called `name`, if the CPU runtime executes it: a row of the table, else one of
/// `unary::ACTIVATIONS`, derived from [`syncbn_ir::activation::OPS`] (a new activation needs no row).
pub fn find(name: &str) -> Option<&'static dyn CpuOp> {
    match TABLE.iter().find(|(op, _)| *op == name) {
        Some((_, op)) => Some(*op),
        None => unary::ACTIVATIONS.iter().find(|a| a.op == name).map(|a| a as &dyn CpuOp),
    }
}

/// The element count of a shape (saturating; shapes here come from allocated buffers).
pub(crate) fn numel(shape: &[usize]) -> usize {
    shape.iter().fold(1usize, |a, &d| a.saturating_mul(d))
}

/// Checks that `y` has the expected length.
pub(crate) fn expect_len(y: &[f32], len: usize) -> Result<(), String> {
    if y.len() == len {
        Ok(())
    } else {
        Err(format!("the output buffer holds {} elements; expected {len}", y.len()))
    }
}

#[cfg(test)]
mod tests;
