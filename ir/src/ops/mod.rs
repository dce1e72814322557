//! The op catalogue: one [`OpSchema`] per op (arity, attributes, shape and dtype inference), found by
//! name through [`schema`]. Each op family lives in its own file.

pub mod activation;
pub mod attrs;
pub mod batchnorm;
pub mod bn_grad;
pub mod conv;
pub mod conv_transpose;
pub mod dims;
pub mod dropout;
pub mod elementwise;
pub mod gemm;
pub mod grad;
pub mod layer_norm;
pub mod loss;
pub mod lowered;
pub mod pad;
pub mod pool;
pub mod reduce;
pub mod reshape;
pub mod resize;
pub mod shape_ops;
pub mod slice;
pub mod transpose;
pub mod window;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Node};

pub use attrs::{AttrKind, AttrSpec, Attrs, FlagAttr, FloatAttr, IntAttr, IntsAttr, Rule, StrAttr, StrsAttr};

/// How many inputs or outputs an op takes: at least `min`, at most `max` (`None`: unbounded).
/// The first `min` must be present (not `""`); later ones are optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arity {
    /// Fewest entries, all of them required.
    pub min: usize,
    /// Most entries.
    pub max: Option<usize>,
}

impl Arity {
    /// Exactly `n`.
    pub const fn exactly(n: usize) -> Arity {
        Arity { min: n, max: Some(n) }
    }

    /// From `min` to `max`.
    pub const fn between(min: usize, max: usize) -> Arity {
        Arity { min, max: Some(max) }
    }

    /// `min` or more.
    pub const fn at_least(min: usize) -> Arity {
        Arity { min, max: None }
    }

    fn describe(self) -> String {
        match self.max {
            Some(max) if max == self.min => format!("{max}"),
            Some(max) => format!("{} to {max}", self.min),
            None => format!("at least {}", self.min),
        }
    }

    fn allows(self, n: usize) -> bool {
        n >= self.min && n <= self.max.unwrap_or(usize::MAX)
    }
}

/// What is wrong with one node, and which input when the problem is one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpError {
    /// The input index at fault, if one.
    pub input: Option<usize>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl OpError {
    /// A problem with the node as a whole.
    pub fn node(message: impl Into<String>) -> OpError {
        OpError { input: None, message: message.into() }
    }

    /// A problem with input `index`.
    pub fn input(index: usize, message: impl Into<String>) -> OpError {
        OpError { input: Some(index), message: message.into() }
    }
}

/// The input types of a node being inferred: `None` for an absent optional input.
pub type Inputs<'a> = [Option<&'a TensorType>];

/// What an op accepts, as data: its name, arity and attributes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Signature {
    /// The op name, as in [`crate::onnx_ops`], [`crate::lowered`] or [`crate::grad`].
    pub name: &'static str,
    /// Accepted inputs.
    pub inputs: Arity,
    /// Accepted outputs.
    pub outputs: Arity,
    /// Accepted attributes; any other attribute name is an error.
    pub attrs: &'static [AttrSpec],
}

/// One op: its signature, cross-attribute rules and inference. Implementations are stateless.
pub trait OpSchema: Sync {
    /// The op's name, arity and attributes.
    fn signature(&self) -> Signature;
    /// The op name.
    fn name(&self) -> &'static str {
        self.signature().name
    }
    /// Accepted inputs.
    fn inputs(&self) -> Arity {
        self.signature().inputs
    }
    /// Accepted outputs.
    fn outputs(&self) -> Arity {
        self.signature().outputs
    }
    /// Accepted attributes; any other attribute name is an error.
    fn attrs(&self) -> &'static [AttrSpec] {
        self.signature().attrs
    }
    /// Rules that tie attributes together or to the arity, beyond each attribute's own spec.
    fn check(&self, _node: &Node) -> Result<(), OpError> {
        Ok(())
    }
    /// The types of the node's outputs, one per entry of `node.outputs` (absent ones included), from
    /// the types of its inputs. Called only after [`check_node`] passed.
    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError>;
}

/// The schema of op `name`, if the op is known.
pub fn schema(name: &str) -> Option<&'static dyn OpSchema> {
    static REGISTRY: OnceLock<HashMap<&'static str, &'static dyn OpSchema>> = OnceLock::new();
    REGISTRY.get_or_init(|| all().iter().chain(gradient()).map(|s| (s.name(), *s)).collect()).get(name).copied()
}

/// Every forward op, ONNX ops first, then lowered ops.
pub fn all() -> &'static [&'static dyn OpSchema] {
    ALL
}

/// Every gradient op of [`crate::grad`]: the ones the CPU op table runs, then the BatchNorm and
/// parameter gradients and their lowered forms.
pub fn gradient() -> &'static [&'static dyn OpSchema] {
    GRADIENT
}

static ALL: &[&dyn OpSchema] = &[
    &batchnorm::BATCH_NORMALIZATION,
    &layer_norm::LAYER_NORMALIZATION,
    &conv::CONV,
    &conv_transpose::CONV_TRANSPOSE,
    &pool::MAX_POOL,
    &pool::AVERAGE_POOL,
    &pool::GLOBAL_AVERAGE_POOL,
    &gemm::GEMM,
    &gemm::MATMUL,
    &elementwise::RELU,
    &elementwise::SIGMOID,
    &elementwise::IDENTITY,
    &elementwise::ADD,
    &elementwise::MUL,
    &elementwise::SUB,
    &elementwise::DIV,
    &activation::POW,
    &activation::HARD_SWISH,
    &activation::HARD_SIGMOID,
    &activation::LEAKY_RELU,
    &activation::ELU,
    &activation::SELU,
    &activation::GELU,
    &activation::TANH,
    &activation::NEG,
    &activation::ERF,
    &activation::SQRT,
    &elementwise::CLIP,
    &elementwise::SOFTMAX,
    &reshape::FLATTEN,
    &reshape::RESHAPE,
    &reshape::CONCAT,
    &transpose::TRANSPOSE,
    &slice::SLICE,
    &pad::PAD,
    &reduce::REDUCE_SUM,
    &reduce::REDUCE_MEAN,
    &resize::RESIZE,
    &dropout::DROPOUT,
    &loss::SOFTMAX_CROSS_ENTROPY_LOSS,
    &loss::NLL_LOSS,
    &elementwise::LOG_SOFTMAX,
    &lowered::LOCAL_MOMENTS,
    &lowered::ALL_REDUCE,
    &lowered::BN_FINALIZE,
    &lowered::BN_NORMALIZE,
    &lowered::BN_NORMALIZE_PAIR,
    &lowered::CHANNEL_AFFINE,
];

static GRADIENT: &[&dyn OpSchema] = &[
    &grad::RELU_GRAD,
    &grad::CLIP_GRAD,
    &grad::SIGMOID_GRAD,
    &activation::ACTIVATION_GRAD,
    &grad::SOFTMAX_GRAD,
    &grad::REDUCE_TO_SHAPE,
    &grad::CHANNEL_SUM,
    &grad::RESHAPE_LIKE,
    &grad::CONCAT_GRAD,
    &grad::CONV_GRAD_INPUT,
    &grad::CONV_GRAD_WEIGHT,
    &grad::GEMM_GRAD_A,
    &grad::GEMM_GRAD_B,
    &grad::MATMUL_GRAD_A,
    &grad::MATMUL_GRAD_B,
    &grad::MAX_POOL_GRAD,
    &grad::AVERAGE_POOL_GRAD,
    &grad::GLOBAL_AVERAGE_POOL_GRAD,
    &grad::RESIZE_GRAD,
    &grad::REDUCE_SUM_GRAD,
    &grad::REDUCE_MEAN_GRAD,
    &grad::PAD_GRAD,
    &grad::SLICE_GRAD,
    &loss::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD,
    &layer_norm::LAYER_NORM_GRAD,
    &layer_norm::LAYER_NORM_SCALE_GRAD,
    &loss::NLL_LOSS_GRAD,
    &grad::LOG_SOFTMAX_GRAD,
    &bn_grad::BATCH_NORM_GRAD,
    &bn_grad::BATCH_NORM_EVAL_GRAD,
    &bn_grad::PARAM_GRAD_SUM,
    &bn_grad::BN_GRAD_REDUCE,
    &bn_grad::BN_GRAD_INPUT,
    &bn_grad::BN_GRAD_PARAMS,
];

/// Checks a node against its schema: input and output counts, required entries present, attribute
/// names, types and ranges, and the op's own cross-attribute rules.
pub fn check_node(schema: &dyn OpSchema, node: &Node) -> Result<(), OpError> {
    check_arity(schema, node)?;
    for (name, value) in &node.attrs {
        let spec = schema.attrs().iter().find(|s| s.name == name).ok_or_else(|| {
            let known: Vec<&str> = schema.attrs().iter().map(|s| s.name).collect();
            OpError::node(format!("unknown attribute {name:?} for {}; expected one of {known:?}", schema.name()))
        })?;
        spec.check(value).map_err(OpError::node)?;
    }
    schema.check(node)
}

fn check_arity(schema: &dyn OpSchema, node: &Node) -> Result<(), OpError> {
    let (ins, outs) = (schema.inputs(), schema.outputs());
    if !ins.allows(node.inputs.len()) {
        return Err(OpError::node(format!(
            "{} has {} inputs; expected {}",
            schema.name(),
            node.inputs.len(),
            ins.describe()
        )));
    }
    if !outs.allows(node.outputs.len()) {
        return Err(OpError::node(format!(
            "{} has {} outputs; expected {}",
            schema.name(),
            node.outputs.len(),
            outs.describe()
        )));
    }
    if let Some(i) = node.inputs.iter().take(ins.min).position(String::is_empty) {
        return Err(OpError::input(i, format!("input {i} of {} is required but empty", schema.name())));
    }
    if let Some(i) = node.outputs.iter().take(outs.min.max(1)).position(String::is_empty) {
        return Err(OpError::node(format!("output {i} of {} is required but empty", schema.name())));
    }
    Ok(())
}

/// Input `index`, which must be present.
pub(crate) fn required<'a>(inputs: &Inputs<'a>, index: usize) -> Result<&'a TensorType, OpError> {
    inputs.get(index).copied().flatten().ok_or_else(|| OpError::input(index, format!("input {index} is required")))
}

/// Checks that input `index` has a floating-point dtype.
pub(crate) fn expect_float(t: &TensorType, index: usize) -> Result<(), OpError> {
    if t.dtype.is_float() {
        Ok(())
    } else {
        Err(OpError::input(index, format!("input {index} has dtype {}; expected f32 or f64", t.dtype)))
    }
}

/// Checks that input `index` has dtype `dtype`.
pub(crate) fn expect_dtype(t: &TensorType, index: usize, dtype: DType) -> Result<(), OpError> {
    if t.dtype == dtype {
        Ok(())
    } else {
        Err(OpError::input(index, format!("input {index} has dtype {}; expected {dtype}", t.dtype)))
    }
}

/// Checks that input `index` has a rank in `min..=max`.
pub(crate) fn expect_rank(t: &TensorType, index: usize, min: usize, max: usize) -> Result<(), OpError> {
    let r = t.shape.len();
    if (min..=max).contains(&r) {
        return Ok(());
    }
    let expected = if min == max { format!("{min}") } else { format!("{min} to {max}") };
    Err(OpError::input(
        index,
        format!("input {index} has rank {r} ({}); expected rank {expected}", crate::shape::display_shape(&t.shape)),
    ))
}

/// Resolves a possibly negative `axis` against `rank` (`-1` is the last axis); `rank_inclusive`
/// allows `axis == rank` (as Flatten does).
pub(crate) fn resolve_axis(axis: i64, rank: usize, rank_inclusive: bool) -> Result<usize, OpError> {
    let r = rank as i64;
    let hi = if rank_inclusive { r } else { r - 1 };
    let a = if axis < 0 { axis + r } else { axis };
    if (0..=hi).contains(&a) {
        Ok(a as usize)
    } else {
        Err(OpError::node(format!("axis {axis} is out of range for rank {rank}; expected {} to {hi}", -r)))
    }
}
