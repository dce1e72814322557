//! Element-wise ops: Relu, Sigmoid, Identity, Softmax, LogSoftmax, Clip, and the broadcasting Add and Mul.

use super::attrs::{AttrSpec, FloatAttr, IntAttr, Rule};
use super::dims::broadcast;
use super::{expect_dtype, expect_float, required, resolve_axis, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// An op whose output has its single input's type.
pub struct Unary {
    name: &'static str,
    float_only: bool,
}

/// The Relu schema.
pub static RELU: Unary = Unary { name: onnx_ops::RELU, float_only: true };
/// The Sigmoid schema.
pub static SIGMOID: Unary = Unary { name: onnx_ops::SIGMOID, float_only: true };
/// The Identity schema (any dtype).
pub static IDENTITY: Unary = Unary { name: onnx_ops::IDENTITY, float_only: false };

impl OpSchema for Unary {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        if self.float_only {
            expect_float(x, 0)?;
        }
        Ok(vec![x.clone()])
    }
}

/// Softmax's `axis` (opset 13: default -1, negative from the end). SoftmaxGrad carries it too.
pub const SOFTMAX_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: -1 };

const AXIS_ATTRS: &[AttrSpec] = &[SOFTMAX_AXIS.spec()];

/// Softmax or LogSoftmax along `axis` (default -1, opset 13).
pub struct Softmax {
    name: &'static str,
}

/// The Softmax schema.
pub static SOFTMAX: Softmax = Softmax { name: onnx_ops::SOFTMAX };

/// The LogSoftmax schema.
pub static LOG_SOFTMAX: Softmax = Softmax { name: onnx_ops::LOG_SOFTMAX };

impl OpSchema for Softmax {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: AXIS_ATTRS }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        resolve_axis(SOFTMAX_AXIS.read(&node.attrs), x.shape.len(), false)?;
        Ok(vec![x.clone()])
    }
}

/// Add, Sub, Mul or Div: numpy broadcasting of two inputs of one dtype.
pub struct Binary {
    name: &'static str,
}

/// The Add schema.
pub static ADD: Binary = Binary { name: onnx_ops::ADD };
/// The Mul schema.
pub static MUL: Binary = Binary { name: onnx_ops::MUL };
/// The Sub schema.
pub static SUB: Binary = Binary { name: onnx_ops::SUB };
/// The Div schema.
pub static DIV: Binary = Binary { name: onnx_ops::DIV };

impl OpSchema for Binary {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::exactly(2), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let a = required(inputs, 0)?;
        let b = required(inputs, 1)?;
        expect_dtype(b, 1, a.dtype)?;
        let shape = broadcast(&[&a.shape, &b.shape], ctx).map_err(|e| OpError::input(1, e))?;
        Ok(vec![TensorType::new(a.dtype, shape)])
    }
}

/// Clip: bounds as optional scalar inputs (opset 11+) or as `min` / `max` attributes (opset 6).
pub struct Clip;

/// The Clip schema.
pub static CLIP: Clip = Clip;

/// Clip's `min` attribute (opset 6; later opsets take input 1); absent: unbounded below.
pub const CLIP_MIN: FloatAttr = FloatAttr { name: "min", rule: Rule::Finite, default: f64::NEG_INFINITY };
/// Clip's `max` attribute (opset 6; later opsets take input 2); absent: unbounded above.
pub const CLIP_MAX: FloatAttr = FloatAttr { name: "max", rule: Rule::Finite, default: f64::INFINITY };

const CLIP_ATTRS: &[AttrSpec] = &[CLIP_MAX.spec(), CLIP_MIN.spec()];

impl OpSchema for Clip {
    fn signature(&self) -> Signature {
        Signature { name: onnx_ops::CLIP, inputs: Arity::between(1, 3), outputs: Arity::exactly(1), attrs: CLIP_ATTRS }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if node.inputs.len() > 1 && !node.attrs.is_empty() {
            return Err(OpError::node("Clip has bounds both as inputs and as attributes; expected one form"));
        }
        let (lo, hi) = (CLIP_MIN.read(&node.attrs), CLIP_MAX.read(&node.attrs));
        if lo > hi {
            return Err(OpError::node(format!("Clip min {lo} is greater than max {hi}")));
        }
        Ok(())
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        let mut bounds = [f64::NEG_INFINITY, f64::INFINITY];
        for index in 1..inputs.len() {
            let Some(bound) = inputs[index] else { continue };
            expect_dtype(bound, index, x.dtype)?;
            let scalar = bound.shape.is_empty() || bound.shape == [Dim::Fixed(1)];
            if !scalar {
                return Err(OpError::input(
                    index,
                    format!("input {index} has shape {}; expected a scalar", display_shape(&bound.shape)),
                ));
            }
            if let Ok(Some(values)) = ctx.constant(&node.inputs[index], 1) {
                bounds[index - 1] = values.first().copied().unwrap_or(bounds[index - 1]);
            }
        }
        if bounds[0] > bounds[1] {
            return Err(OpError::node(format!("Clip min {} is greater than max {}", bounds[0], bounds[1])));
        }
        Ok(vec![x.clone()])
    }
}
