//! Schemas of the gradient ops of [`crate::grad`] that adjoin one forward op (activation masks,
//! broadcast reductions, layout, Conv, Gemm, MatMul, pools, Resize): arity, attributes and inference,
//! checked by re-inferring the forward op from the gradient op's operands.

use super::attrs::{AttrSpec, IntAttr, Rule};
use super::elementwise::SOFTMAX_AXIS;
use super::gemm::ALPHA;
use super::lowered::{CLIP_MAX, CLIP_MIN};
use super::reshape::CONCAT_AXIS;
use super::{
    check_node, expect_float, expect_rank, required, resolve_axis, Arity, Inputs, OpError, OpSchema, Signature,
};
use crate::grad as names;
use crate::infer_ctx::InferCtx;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// Whether two dimensions may be the same size: equal, or at least one a name.
fn dims_agree(a: &Dim, b: &Dim) -> bool {
    a == b || a.fixed().is_none() || b.fixed().is_none()
}

/// Checks that input `index` has `expected`'s dtype and rank and agreeing dimensions; `what` says
/// where `expected` comes from.
pub(super) fn expect_like(t: &TensorType, index: usize, expected: &TensorType, what: &str) -> Result<(), OpError> {
    let agrees = t.dtype == expected.dtype
        && t.shape.len() == expected.shape.len()
        && t.shape.iter().zip(&expected.shape).all(|(a, b)| dims_agree(a, b));
    if agrees {
        Ok(())
    } else {
        Err(OpError::input(index, format!("input {index} has type {t}; expected {expected}, {what}")))
    }
}

/// An element-wise gradient `Op(dY, Y) -> dX` of an activation: ReluGrad, ClipGrad, SigmoidGrad,
/// SoftmaxGrad. `dY` and `Y` have one float type, which `dX` takes.
pub struct Pointwise {
    name: &'static str,
    attrs: &'static [AttrSpec],
}

/// ConcatGrad's `index`: which Concat input's slice it takes (required; absent reads as -1, none).
pub const CONCAT_INDEX: IntAttr = IntAttr { name: "index", rule: Rule::Any, default: -1 };

const CLIP_ATTRS: &[AttrSpec] = &[CLIP_MAX.spec(), CLIP_MIN.spec()];
const AXIS_ATTRS: &[AttrSpec] = &[SOFTMAX_AXIS.spec()];
const ALPHA_ATTRS: &[AttrSpec] = &[ALPHA.spec()];
const CONCAT_GRAD_ATTRS: &[AttrSpec] = &[CONCAT_AXIS.spec(), CONCAT_INDEX.spec()];

/// The ReluGrad schema.
pub static RELU_GRAD: Pointwise = Pointwise { name: names::RELU_GRAD, attrs: &[] };
/// The ClipGrad schema.
pub static CLIP_GRAD: Pointwise = Pointwise { name: names::CLIP_GRAD, attrs: CLIP_ATTRS };
/// The SigmoidGrad schema.
pub static SIGMOID_GRAD: Pointwise = Pointwise { name: names::SIGMOID_GRAD, attrs: &[] };
/// The SoftmaxGrad schema.
pub static SOFTMAX_GRAD: Pointwise = Pointwise { name: names::SOFTMAX_GRAD, attrs: AXIS_ATTRS };
/// The LogSoftmaxGrad schema.
pub static LOG_SOFTMAX_GRAD: Pointwise = Pointwise { name: names::LOG_SOFTMAX_GRAD, attrs: AXIS_ATTRS };

impl OpSchema for Pointwise {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::exactly(2), outputs: Arity::exactly(1), attrs: self.attrs }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        let (lo, hi) = (CLIP_MIN.read(&node.attrs), CLIP_MAX.read(&node.attrs));
        if lo > hi {
            return Err(OpError::node(format!("clip_min {lo} is greater than clip_max {hi}")));
        }
        Ok(())
    }
    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        let y = required(inputs, 1)?;
        expect_like(y, 1, dy, "the type of input 0 (dY)")?;
        if let Some(axis) = SOFTMAX_AXIS.get(&node.attrs) {
            resolve_axis(axis, dy.shape.len(), false)?;
        }
        Ok(vec![dy.clone()])
    }
}

/// `ReduceToShape(dY, like) -> dX`: `dX` has `like`'s type; `like` must broadcast to `dY`.
pub struct ReduceToShape;
/// The ReduceToShape schema.
pub static REDUCE_TO_SHAPE: ReduceToShape = ReduceToShape;

impl OpSchema for ReduceToShape {
    fn signature(&self) -> Signature {
        Signature {
            name: names::REDUCE_TO_SHAPE,
            inputs: Arity::exactly(2),
            outputs: Arity::exactly(1),
            attrs: ALPHA_ATTRS,
        }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        let like = required(inputs, 1)?;
        let offset = dy.shape.len().checked_sub(like.shape.len());
        let broadcasts = like.dtype == dy.dtype
            && offset.is_some_and(|offset| {
                like.shape.iter().zip(&dy.shape[offset..]).all(|(l, d)| *l == Dim::Fixed(1) || dims_agree(l, d))
            });
        if !broadcasts {
            return Err(OpError::input(
                1,
                format!(
                    "input 1 has type {like}; expected a {} shape that broadcasts to dY {}",
                    dy.dtype,
                    display_shape(&dy.shape)
                ),
            ));
        }
        Ok(vec![like.clone()])
    }
}

/// `ChannelSum(dY) -> dB`: `[C]` from `dY` of rank >= 2.
pub struct ChannelSum;
/// The ChannelSum schema.
pub static CHANNEL_SUM: ChannelSum = ChannelSum;

impl OpSchema for ChannelSum {
    fn signature(&self) -> Signature {
        Signature { name: names::CHANNEL_SUM, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        expect_rank(dy, 0, 2, 8)?;
        Ok(vec![TensorType::new(dy.dtype, vec![dy.shape[1].clone()])])
    }
}

/// `ReshapeLike(dY, X) -> dX`: `X`'s shape, `dY`'s dtype; the element counts must agree.
pub struct ReshapeLike;
/// The ReshapeLike schema.
pub static RESHAPE_LIKE: ReshapeLike = ReshapeLike;

/// The element count of a shape when every dimension is fixed.
fn fixed_count(shape: &[Dim]) -> Option<u64> {
    shape.iter().try_fold(1u64, |acc, d| acc.checked_mul(d.fixed()?))
}

impl OpSchema for ReshapeLike {
    fn signature(&self) -> Signature {
        Signature { name: names::RESHAPE_LIKE, inputs: Arity::exactly(2), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        let x = required(inputs, 1)?;
        if let (Some(a), Some(b)) = (fixed_count(&dy.shape), fixed_count(&x.shape)) {
            if a != b {
                return Err(OpError::input(
                    1,
                    format!(
                        "input 1 has shape {} ({b} elements); expected {a} elements as dY {}",
                        display_shape(&x.shape),
                        display_shape(&dy.shape)
                    ),
                ));
            }
        }
        Ok(vec![TensorType::new(dy.dtype, x.shape.clone())])
    }
}

/// `ConcatGrad(dY, X0, X1, ...) -> dXk`: the type of `X(index)`, checked by re-inferring the Concat.
pub struct ConcatGrad;
/// The ConcatGrad schema.
pub static CONCAT_GRAD: ConcatGrad = ConcatGrad;

impl OpSchema for ConcatGrad {
    fn signature(&self) -> Signature {
        Signature {
            name: names::CONCAT_GRAD,
            inputs: Arity::at_least(2),
            outputs: Arity::exactly(1),
            attrs: CONCAT_GRAD_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        let parts = node.inputs.len() - 1;
        match CONCAT_INDEX.get(&node.attrs) {
            Some(k) if (0..parts as i64).contains(&k) => Ok(()),
            Some(k) => Err(OpError::node(format!(
                "attribute \"index\" is {k}; expected 0 to {} (one of the {parts} Concat inputs)",
                parts as i64 - 1
            ))),
            None => Err(OpError::node("ConcatGrad needs attribute \"index\"")),
        }
    }
    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let mut concat = node.clone();
        concat.attrs.remove(CONCAT_INDEX.name);
        let operands: Vec<usize> = (1..inputs.len()).collect();
        let forward = Adjoint::forward_type(&super::reshape::CONCAT, &concat, inputs, &operands, ctx)?;
        expect_like(required(inputs, 0)?, 0, &forward, "the Concat's output")?;
        let index = CONCAT_INDEX.read(&node.attrs) as usize + 1;
        Ok(vec![required(inputs, index)?.clone()])
    }
}

/// A gradient op `Op(dY, operands...) -> d(operand)` of a forward op whose output type `dY` must
/// have: the forward node is rebuilt from the operands at `operands` (in the forward op's input order)
/// and the gradient op's attributes, checked and inferred with the forward op's schema.
pub struct Adjoint {
    name: &'static str,
    forward: &'static dyn OpSchema,
    inputs: Arity,
    /// For each forward input, the gradient op's input index holding it.
    operands: &'static [usize],
    /// The input whose type the gradient has.
    wrt: usize,
    /// The least rank of the forward operands (MatMul's gradients need rank >= 2).
    min_rank: usize,
}

/// The ConvGradInput schema: `(dY, W, X) -> dX`.
pub static CONV_GRAD_INPUT: Adjoint = Adjoint::new(names::CONV_GRAD_INPUT, &super::conv::CONV, 3, &[2, 1], 2);
/// The ConvGradWeight schema: `(dY, X, W) -> dW`.
pub static CONV_GRAD_WEIGHT: Adjoint = Adjoint::new(names::CONV_GRAD_WEIGHT, &super::conv::CONV, 3, &[1, 2], 2);
/// The GemmGradA schema: `(dY, A, B) -> dA`.
pub static GEMM_GRAD_A: Adjoint = Adjoint::new(names::GEMM_GRAD_A, &super::gemm::GEMM, 3, &[1, 2], 1);
/// The GemmGradB schema: `(dY, A, B) -> dB`.
pub static GEMM_GRAD_B: Adjoint = Adjoint::new(names::GEMM_GRAD_B, &super::gemm::GEMM, 3, &[1, 2], 2);
/// The MatMulGradA schema: `(dY, A, B) -> dA`, both operands of rank >= 2.
pub static MATMUL_GRAD_A: Adjoint =
    Adjoint { min_rank: 2, ..Adjoint::new(names::MATMUL_GRAD_A, &super::gemm::MATMUL, 3, &[1, 2], 1) };
/// The MatMulGradB schema: `(dY, A, B) -> dB`, both operands of rank >= 2.
pub static MATMUL_GRAD_B: Adjoint =
    Adjoint { min_rank: 2, ..Adjoint::new(names::MATMUL_GRAD_B, &super::gemm::MATMUL, 3, &[1, 2], 2) };
/// The MaxPoolGrad schema: `(dY, X) -> dX`.
pub static MAX_POOL_GRAD: Adjoint = Adjoint::new(names::MAX_POOL_GRAD, &super::pool::MAX_POOL, 2, &[1], 1);
/// The AveragePoolGrad schema: `(dY, X) -> dX`.
pub static AVERAGE_POOL_GRAD: Adjoint = Adjoint::new(names::AVERAGE_POOL_GRAD, &super::pool::AVERAGE_POOL, 2, &[1], 1);
/// The GlobalAveragePoolGrad schema: `(dY, X) -> dX`.
pub static GLOBAL_AVERAGE_POOL_GRAD: Adjoint =
    Adjoint::new(names::GLOBAL_AVERAGE_POOL_GRAD, &super::pool::GLOBAL_AVERAGE_POOL, 2, &[1], 1);
/// The ResizeGrad schema: `(dY, X, roi, scales, sizes) -> dX`.
pub static RESIZE_GRAD: Adjoint = Adjoint {
    inputs: Arity::between(2, 5),
    ..Adjoint::new(names::RESIZE_GRAD, &super::resize::RESIZE, 5, &[1, 2, 3, 4], 1)
};

/// The ReduceSumGrad schema: `(dY, X) -> dX`.
pub static REDUCE_SUM_GRAD: Adjoint = Adjoint::new(names::REDUCE_SUM_GRAD, &super::reduce::REDUCE_SUM, 2, &[1], 1);
/// The ReduceMeanGrad schema: `(dY, X) -> dX`.
pub static REDUCE_MEAN_GRAD: Adjoint = Adjoint::new(names::REDUCE_MEAN_GRAD, &super::reduce::REDUCE_MEAN, 2, &[1], 1);
/// The PadGrad schema: `(dY, X) -> dX`.
pub static PAD_GRAD: Adjoint = Adjoint::new(names::PAD_GRAD, &super::pad::PAD, 2, &[1], 1);
/// The SliceGrad schema: `(dY, X) -> dX`.
pub static SLICE_GRAD: Adjoint = Adjoint::new(names::SLICE_GRAD, &super::slice::SLICE, 2, &[1], 1);

impl Adjoint {
    const fn new(
        name: &'static str,
        forward: &'static dyn OpSchema,
        inputs: usize,
        operands: &'static [usize],
        wrt: usize,
    ) -> Adjoint {
        Adjoint { name, forward, inputs: Arity::exactly(inputs), operands, wrt, min_rank: 0 }
    }

    /// The forward node of gradient node `node`: its operands at `operands`, its attributes.
    fn forward_node(forward: &dyn OpSchema, node: &Node, operands: &[usize]) -> Node {
        Node {
            name: node.name.clone(),
            op: forward.name().to_string(),
            inputs: operands.iter().map(|&i| node.inputs.get(i).cloned().unwrap_or_default()).collect(),
            outputs: vec!["y".to_string()],
            attrs: node.attrs.clone(),
        }
    }

    /// The forward op's output type from the operands at `operands`; errors name the gradient op's
    /// inputs.
    fn forward_type(
        forward: &dyn OpSchema,
        node: &Node,
        inputs: &Inputs,
        operands: &[usize],
        ctx: &mut InferCtx,
    ) -> Result<TensorType, OpError> {
        let remap = |e: OpError| OpError {
            input: e.input.and_then(|i| operands.get(i).copied()),
            message: format!("as the forward {} (in its input numbering): {}", forward.name(), e.message),
        };
        let fwd = Adjoint::forward_node(forward, node, operands);
        check_node(forward, &fwd).map_err(remap)?;
        let fwd_inputs: Vec<Option<&TensorType>> = operands.iter().map(|&i| inputs.get(i).copied().flatten()).collect();
        let mut out = forward.infer(&fwd, &fwd_inputs, ctx).map_err(remap)?;
        if out.is_empty() {
            return Err(OpError::node(format!("the forward {} infers no output", forward.name())));
        }
        Ok(out.swap_remove(0))
    }
}

impl OpSchema for Adjoint {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: self.inputs, outputs: Arity::exactly(1), attrs: self.forward.attrs() }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        let fwd = Adjoint::forward_node(self.forward, node, self.operands);
        self.forward.check(&fwd).map_err(|e| OpError { input: None, message: e.message })
    }
    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        if self.min_rank > 0 {
            for &i in self.operands {
                expect_rank(required(inputs, i)?, i, self.min_rank, 8)?;
            }
        }
        let forward = Adjoint::forward_type(self.forward, node, inputs, self.operands, ctx)?;
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        expect_like(dy, 0, &forward, &format!("the output type of the forward {}", self.forward.name()))?;
        Ok(vec![required(inputs, self.wrt)?.clone()])
    }
}
