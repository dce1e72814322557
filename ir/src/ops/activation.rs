//! Activation schemas (HardSwish, HardSigmoid, LeakyRelu, Elu, Selu, Gelu, Tanh, Neg, Erf, Sqrt;
//! Pow by a constant) and their gradient op ActivationGrad; the formulas are [`crate::activation`].

use super::dims::broadcast;
use super::grad::expect_like;
use super::{expect_float, required, Arity, AttrKind, AttrSpec, Inputs, OpError, OpSchema, Rule, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{grad as names, Node};

/// A float activation whose output has its input's type.
pub struct Activation {
    name: &'static str,
    attrs: &'static [AttrSpec],
}

const ALPHA: AttrSpec = AttrSpec::new("alpha", AttrKind::Float, Rule::Finite);
const BETA: AttrSpec = AttrSpec::new("beta", AttrKind::Float, Rule::Finite);
const GAMMA: AttrSpec = AttrSpec::new("gamma", AttrKind::Float, Rule::Finite);
const APPROXIMATE: AttrSpec = AttrSpec::new("approximate", AttrKind::Str, Rule::Words(&["none", "tanh"]));

/// The HardSwish schema.
pub static HARD_SWISH: Activation = Activation { name: "HardSwish", attrs: &[] };
/// The HardSigmoid schema.
pub static HARD_SIGMOID: Activation = Activation { name: "HardSigmoid", attrs: &[ALPHA, BETA] };
/// The LeakyRelu schema.
pub static LEAKY_RELU: Activation = Activation { name: "LeakyRelu", attrs: &[ALPHA] };
/// The Elu schema.
pub static ELU: Activation = Activation { name: "Elu", attrs: &[ALPHA] };
/// The Selu schema.
pub static SELU: Activation = Activation { name: "Selu", attrs: &[ALPHA, GAMMA] };
/// The Gelu schema (opset 20).
pub static GELU: Activation = Activation { name: "Gelu", attrs: &[APPROXIMATE] };
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
        Signature { name: "Pow", inputs: Arity::exactly(2), outputs: Arity::exactly(1), attrs: &[] }
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
    AttrSpec::new("op", AttrKind::Str, Rule::Words(crate::activation::OPS)),
    ALPHA,
    BETA,
    GAMMA,
    APPROXIMATE,
    AttrSpec::new("exponent", AttrKind::Float, Rule::Finite),
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
            Some(_) if node.attr("op").is_some() => Ok(()),
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
