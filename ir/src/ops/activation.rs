//! Activation schemas (HardSwish, HardSigmoid, LeakyRelu, Elu, Selu, Gelu, Tanh, Neg, Erf, Sqrt;
//! Pow by a constant) and their gradient op ActivationGrad; the formulas are [`crate::activation`].

use super::dims::broadcast;
use super::grad::expect_like;
use super::{expect_float, required, Arity, AttrSpec, Inputs, OpError, OpSchema, Signature};
use crate::activation::{
    ELU_ALPHA, EXPONENT, FORWARD_OP, GELU_APPROXIMATE, HARD_SIGMOID_ALPHA, HARD_SIGMOID_BETA, LEAKY_RELU_ALPHA,
    SELU_ALPHA, SELU_GAMMA,
};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{grad as names, Node};

/// A float activation whose output has its input's type.
pub struct Activation {
    name: &'static str,
    attrs: &'static [AttrSpec],
}

/// The HardSwish schema.
pub static HARD_SWISH: Activation = Activation { name: "HardSwish", attrs: &[] };
/// The HardSigmoid schema.
pub static HARD_SIGMOID: Activation =
    Activation { name: "HardSigmoid", attrs: &[HARD_SIGMOID_ALPHA.spec(), HARD_SIGMOID_BETA.spec()] };
/// The LeakyRelu schema.
pub static LEAKY_RELU: Activation = Activation { name: "LeakyRelu", attrs: &[LEAKY_RELU_ALPHA.spec()] };
/// The Elu schema.
pub static ELU: Activation = Activation { name: "Elu", attrs: &[ELU_ALPHA.spec()] };
/// The Selu schema.
pub static SELU: Activation = Activation { name: "Selu", attrs: &[SELU_ALPHA.spec(), SELU_GAMMA.spec()] };
/// The Gelu schema (opset 20).
pub static GELU: Activation = Activation { name: "Gelu", attrs: &[GELU_APPROXIMATE.spec()] };
/// The Tanh schema.
pub static TANH: Activation = Activation { name: "Tanh", attrs: &[] };
/// The Neg schema.
pub static NEG: Activation = Activation { name: "Neg", attrs: &[] };
/// The Erf schema.
pub static ERF: Activation = Activation { name: "Erf", attrs: &[] };
/// The Sqrt schema.
pub static SQRT: Activation = Activation { name: "Sqrt", attrs: &[] };

impl OpSchema for Activation {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: self.attrs }
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        Ok(vec![x.clone()])
    }
}

/// Pow: a float base raised to an exponent (broadcast); differentiable where the exponent is a
/// constant scalar.
pub struct Pow;

/// The Pow schema.
pub static POW: Pow = Pow;

impl OpSchema for Pow {
    fn signature(&self) -> Signature {
        Signature { name: crate::onnx_ops::POW, inputs: Arity::exactly(2), outputs: Arity::exactly(1), attrs: &[] }
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        let e = required(inputs, 1)?;
        expect_float(e, 1)?;
        let shape = broadcast(&[&x.shape, &e.shape], ctx).map_err(|m| OpError::input(1, m))?;
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}

/// `ActivationGrad(dY, X) -> dX`, see [`crate::grad::ACTIVATION_GRAD`].
pub struct ActivationGrad;

/// The ActivationGrad schema.
pub static ACTIVATION_GRAD: ActivationGrad = ActivationGrad;

const GRAD_ATTRS: &[AttrSpec] = &[
    FORWARD_OP.spec(),
    HARD_SIGMOID_ALPHA.spec(),
    HARD_SIGMOID_BETA.spec(),
    SELU_GAMMA.spec(),
    GELU_APPROXIMATE.spec(),
    EXPONENT.spec(),
];

impl OpSchema for ActivationGrad {
    fn signature(&self) -> Signature {
        Signature {
            name: names::ACTIVATION_GRAD,
            inputs: Arity::exactly(2),
            outputs: Arity::exactly(1),
            attrs: GRAD_ATTRS,
        }
    }
    fn check(&self, node: &Node) -> Result<(), OpError> {
        match crate::activation::Activation::of_node(node) {
            Some(_) if FORWARD_OP.get(&node.attrs).is_some() => Ok(()),
            _ => Err(OpError::node("ActivationGrad needs attribute \"op\" (and \"exponent\" for Pow)")),
        }
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        let x = required(inputs, 1)?;
        expect_like(x, 1, dy, "the type of input 0 (dY)")?;
        Ok(vec![x.clone()])
    }
}
