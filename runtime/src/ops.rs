//! Which kernel runs each node of a lowered graph, with the node's output types and launch shape.

use std::collections::BTreeMap;

use serde::Serialize;
use syncbn_ir::grad;
use syncbn_ir::lowered::{self, Activation};
use syncbn_ir::ops::batchnorm::{EPSILON, MOMENTUM};
use syncbn_ir::{Attr, DType, Dim, Node};

use crate::size::SizeExpr;
use crate::RunError;

/// Element type and (possibly symbolic) shape of one tensor.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TensorType {
    /// Element type.
    pub dtype: DType,
    /// Shape; the batch dimension is usually a name such as `"N"`.
    pub shape: Vec<Dim>,
}

/// The activation a fused kernel applies, in a serializable form.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Act {
    /// Identity.
    None,
    /// `max(x, 0)`.
    Relu,
    /// `min(max(x, min), max)`.
    Clip {
        /// Lower bound.
        min: f32,
        /// Upper bound.
        max: f32,
    },
}

impl From<Activation> for Act {
    fn from(a: Activation) -> Self {
        match a {
            Activation::None => Act::None,
            Activation::Relu => Act::Relu,
            Activation::Clip { min, max } => Act::Clip { min, max },
        }
    }
}

impl From<Act> for Activation {
    fn from(a: Act) -> Self {
        match a {
            Act::None => Activation::None,
            Act::Relu => Activation::Relu,
            Act::Clip { min, max } => Activation::Clip { min, max },
        }
    }
}

/// The kernel a launch step runs, with its compile-time parameters.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Kernel {
    /// `LocalMoments(X) -> moments f64 [3, C]`.
    LocalMoments,
    /// `BnFinalize(moments, scale, B, running_mean, running_var) -> (norm_params, rm_out, rv_out)`.
    BnFinalize {
        /// Added to the variance.
        epsilon: f64,
        /// Running-statistics momentum (ONNX convention).
        momentum: f64,
    },
    /// `BnNormalize(X, norm_params[, residual]) -> Y`.
    BnNormalize {
        /// Fused activation.
        activation: Act,
        /// Whether a residual input is added before the activation.
        residual: bool,
    },
    /// `BnNormalizePair(X1, p1, X2, p2) -> Y`.
    BnNormalizePair {
        /// Fused activation.
        activation: Act,
    },
    /// `ChannelAffine(X, mul, add) -> Y`.
    ChannelAffine {
        /// Fused activation.
        activation: Act,
    },
    /// `BnGradReduce(dY, X, norm_params[, Y]) -> sums f64 [3, C]`.
    BnGradReduce {
        /// The fused activation whose mask applies to `dY` (evaluated on `Y`).
        activation: Act,
    },
    /// `BnGradInput(dY, X, norm_params, sums[, Y]) -> dX`.
    BnGradInput {
        /// The fused activation whose mask applies to `dY` (evaluated on `Y`).
        activation: Act,
    },
    /// `BnGradParams(sums, norm_params) -> (d_scale, d_B)`.
    BnGradParams,
    /// `Relu(X) -> Y`.
    Relu,
    /// `Add(A, B) -> Y` for operands of one shape.
    Add,
    /// An op of the CPU op table ([`crate::cpu_ops`]), found by name at run time.
    Cpu {
        /// The ONNX op name.
        name: String,
        /// The node's attributes.
        attrs: BTreeMap<String, Attr>,
    },
}

/// The iteration space of a launch: `batch x channels x inner` elements of the main operand.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LaunchShape {
    /// Rows of the batch dimension (symbolic; bound per replica).
    pub batch: SizeExpr,
    /// Channels.
    pub channels: u64,
    /// Elements per (row, channel): the product of the spatial dimensions.
    pub inner: u64,
}

/// A node resolved to its kernel.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The kernel.
    pub kernel: Kernel,
    /// Types of the node's outputs, one per output slot (absent outputs included).
    pub outputs: Vec<TensorType>,
    /// The launch shape.
    pub launch: LaunchShape,
}

/// Resolves a compute node (not an `AllReduce`) to a native kernel given the types of its inputs
/// (`None` = absent); `Ok(None)` when no native kernel runs it (the CPU op table may).
pub fn resolve(node: &Node, inputs: &[Option<&TensorType>]) -> Result<Option<Resolved>, RunError> {
    let need = |i: usize| -> Result<&TensorType, RunError> {
        inputs
            .get(i)
            .copied()
            .flatten()
            .ok_or_else(|| RunError::unsupported(&node.name, format!("{} needs input {i}", node.op)))
    };
    let activation = || -> Result<Act, RunError> {
        Activation::of_node(node).map(Act::from).ok_or_else(|| RunError::unsupported(&node.name, "unknown activation"))
    };
    match node.op.as_str() {
        lowered::LOCAL_MOMENTS => {
            let x = need(0)?;
            let launch = nc_launch(node, x)?;
            let moments = moments_type(launch.channels);
            Ok(Some(Resolved { kernel: Kernel::LocalMoments, outputs: vec![moments], launch }))
        }
        lowered::BN_FINALIZE => {
            let c = channels_of_moments(node, need(0)?)?;
            for i in 1..5 {
                expect_channel_vector(node, need(i)?, c, i)?;
            }
            let vec_c = TensorType { dtype: DType::F32, shape: vec![Dim::Fixed(c)] };
            let params = TensorType { dtype: DType::F32, shape: vec![Dim::Fixed(5), Dim::Fixed(c)] };
            let kernel =
                Kernel::BnFinalize { epsilon: EPSILON.read(&node.attrs), momentum: MOMENTUM.read(&node.attrs) };
            let launch = LaunchShape { batch: SizeExpr::fixed(1), channels: c, inner: 1 };
            Ok(Some(Resolved { kernel, outputs: vec![params, vec_c.clone(), vec_c], launch }))
        }
        lowered::BN_NORMALIZE => {
            let x = need(0)?;
            let launch = nc_launch(node, x)?;
            expect_params(node, need(1)?, launch.channels, 1)?;
            let residual = inputs.get(2).copied().flatten();
            if let Some(r) = residual {
                expect_same(node, x, r, 2)?;
            }
            let kernel = Kernel::BnNormalize { activation: activation()?, residual: residual.is_some() };
            Ok(Some(Resolved { kernel, outputs: vec![x.clone()], launch }))
        }
        lowered::BN_NORMALIZE_PAIR => {
            let x = need(0)?;
            let launch = nc_launch(node, x)?;
            expect_params(node, need(1)?, launch.channels, 1)?;
            expect_same(node, x, need(2)?, 2)?;
            expect_params(node, need(3)?, launch.channels, 3)?;
            let kernel = Kernel::BnNormalizePair { activation: activation()? };
            Ok(Some(Resolved { kernel, outputs: vec![x.clone()], launch }))
        }
        lowered::CHANNEL_AFFINE => {
            let x = need(0)?;
            let launch = nc_launch(node, x)?;
            expect_channel_vector(node, need(1)?, launch.channels, 1)?;
            expect_channel_vector(node, need(2)?, launch.channels, 2)?;
            let kernel = Kernel::ChannelAffine { activation: activation()? };
            Ok(Some(Resolved { kernel, outputs: vec![x.clone()], launch }))
        }
        grad::BN_GRAD_REDUCE | grad::BN_GRAD_INPUT => {
            let reduce = node.op == grad::BN_GRAD_REDUCE;
            let x = need(1)?;
            let launch = nc_launch(node, x)?;
            expect_same(node, x, need(0)?, 0)?;
            expect_params(node, need(2)?, launch.channels, 2)?;
            let act = activation()?;
            let y_index = if reduce { 3 } else { 4 };
            let y = inputs.get(y_index).copied().flatten();
            match (act, y) {
                (Act::None, None) => {}
                (Act::None, Some(_)) => {
                    return Err(RunError::unsupported(&node.name, format!("input {y_index} (Y) needs an activation")))
                }
                (_, None) => {
                    return Err(RunError::unsupported(&node.name, format!("the activation needs input {y_index} (Y)")))
                }
                (_, Some(y)) => expect_same(node, x, y, y_index)?,
            }
            let sums = moments_type(launch.channels);
            if reduce {
                return Ok(Some(Resolved {
                    kernel: Kernel::BnGradReduce { activation: act },
                    outputs: vec![sums],
                    launch,
                }));
            }
            expect_sums(node, need(3)?, launch.channels, 3)?;
            Ok(Some(Resolved { kernel: Kernel::BnGradInput { activation: act }, outputs: vec![x.clone()], launch }))
        }
        grad::BN_GRAD_PARAMS => {
            let c = channels_of_moments(node, need(0)?)?;
            expect_params(node, need(1)?, c, 1)?;
            let vec_c = TensorType { dtype: DType::F32, shape: vec![Dim::Fixed(c)] };
            let launch = LaunchShape { batch: SizeExpr::fixed(1), channels: c, inner: 1 };
            Ok(Some(Resolved { kernel: Kernel::BnGradParams, outputs: vec![vec_c.clone(), vec_c], launch }))
        }
        "Relu" => {
            let x = need(0)?;
            Ok(Some(Resolved { kernel: Kernel::Relu, outputs: vec![x.clone()], launch: flat_launch(node, x)? }))
        }
        "Add" if same_f32(need(0)?, need(1)?) => {
            let a = need(0)?;
            Ok(Some(Resolved { kernel: Kernel::Add, outputs: vec![a.clone()], launch: flat_launch(node, a)? }))
        }
        _ => Ok(None),
    }
}

/// Two f32 operands of one shape.
fn same_f32(a: &TensorType, b: &TensorType) -> bool {
    a.dtype == DType::F32 && b == a
}

/// `[N, C, S...]` f32 with fixed C and S: the usual BatchNorm layout.
fn nc_launch(node: &Node, x: &TensorType) -> Result<LaunchShape, RunError> {
    let bad = |m: String| RunError::unsupported(&node.name, m);
    if x.dtype != DType::F32 {
        return Err(bad(format!("input 0 has dtype {}; expected f32", x.dtype)));
    }
    if !(2..=5).contains(&x.shape.len()) {
        return Err(bad(format!("input 0 has rank {}; expected 2 to 5 ([N, C, ...])", x.shape.len())));
    }
    let channels =
        x.shape[1].fixed().ok_or_else(|| bad(format!("channel dimension {} of input 0 must be fixed", x.shape[1])))?;
    let inner = SizeExpr::of_shape(&x.shape[2..])
        .filter(SizeExpr::is_fixed)
        .ok_or_else(|| bad("spatial dimensions of input 0 must be fixed".to_string()))?;
    let batch = SizeExpr::of_shape(&x.shape[..1]).ok_or_else(|| bad("batch dimension overflows".into()))?;
    Ok(LaunchShape { batch, channels, inner: inner.factor })
}

/// Any f32 tensor, seen as a flat run of elements.
fn flat_launch(node: &Node, x: &TensorType) -> Result<LaunchShape, RunError> {
    if x.dtype != DType::F32 {
        return Err(RunError::unsupported(&node.name, format!("input 0 has dtype {}; expected f32", x.dtype)));
    }
    let batch =
        SizeExpr::of_shape(&x.shape).ok_or_else(|| RunError::unsupported(&node.name, "input 0 size overflows"))?;
    Ok(LaunchShape { batch, channels: 1, inner: 1 })
}

/// A statistics or gradient payload, `f64 [3, C]`.
fn moments_type(c: u64) -> TensorType {
    TensorType { dtype: DType::F64, shape: vec![Dim::Fixed(3), Dim::Fixed(c)] }
}

fn expect_sums(node: &Node, t: &TensorType, c: u64, index: usize) -> Result<(), RunError> {
    if *t == moments_type(c) {
        return Ok(());
    }
    Err(RunError::unsupported(
        &node.name,
        format!("input {index} is {}{}; expected sums f64[3, {c}]", t.dtype, syncbn_ir::shape::display_shape(&t.shape)),
    ))
}

fn channels_of_moments(node: &Node, m: &TensorType) -> Result<u64, RunError> {
    match (m.dtype, m.shape.as_slice()) {
        (DType::F64, [Dim::Fixed(3), Dim::Fixed(c)]) => Ok(*c),
        _ => Err(RunError::unsupported(
            &node.name,
            format!("input 0 is {}{}; expected moments f64 [3, C]", m.dtype, syncbn_ir::shape::display_shape(&m.shape)),
        )),
    }
}

fn expect_channel_vector(node: &Node, t: &TensorType, c: u64, index: usize) -> Result<(), RunError> {
    expect_type(node, t, &[Dim::Fixed(c)], index)
}

fn expect_params(node: &Node, t: &TensorType, c: u64, index: usize) -> Result<(), RunError> {
    expect_type(node, t, &[Dim::Fixed(5), Dim::Fixed(c)], index)
}

fn expect_same(node: &Node, a: &TensorType, b: &TensorType, index: usize) -> Result<(), RunError> {
    expect_type(node, b, &a.shape, index)
}

fn expect_type(node: &Node, t: &TensorType, shape: &[Dim], index: usize) -> Result<(), RunError> {
    if t.dtype == DType::F32 && t.shape == shape {
        return Ok(());
    }
    Err(RunError::unsupported(
        &node.name,
        format!(
            "input {index} is {}{}; expected f32{}",
            t.dtype,
            syncbn_ir::shape::display_shape(&t.shape),
            syncbn_ir::shape::display_shape(shape)
        ),
    ))
}
