//! The element-wise activations beyond Relu, Sigmoid and Clip (HardSwish, HardSigmoid, LeakyRelu,
//! Elu, Selu, Gelu, Tanh, Neg, Erf, Sqrt and Pow by a constant): their parameters from a node's
//! attributes, their value and their derivative, in `f64`, as PyTorch defines them (HardSwish's
//! derivative included: `x / 3 + 0.5` on `[-3, 3]`).

use crate::ops::attrs::{Attrs, FloatAttr, Rule, StrAttr};
use crate::{Attr, Node};

/// HardSigmoid's `alpha`.
pub const HARD_SIGMOID_ALPHA: FloatAttr = FloatAttr { name: "alpha", rule: Rule::Finite, default: 0.2 };
/// HardSigmoid's `beta`.
pub const HARD_SIGMOID_BETA: FloatAttr = FloatAttr { name: "beta", rule: Rule::Finite, default: 0.5 };
/// LeakyRelu's `alpha`.
pub const LEAKY_RELU_ALPHA: FloatAttr = FloatAttr { name: "alpha", rule: Rule::Finite, default: 0.01 };
/// Elu's `alpha`.
pub const ELU_ALPHA: FloatAttr = FloatAttr { name: "alpha", rule: Rule::Finite, default: 1.0 };
/// Selu's `alpha` (ONNX's default).
pub const SELU_ALPHA: FloatAttr = FloatAttr { name: "alpha", rule: Rule::Finite, default: 1.673_263_192_176_818_8 };
/// Selu's `gamma` (ONNX's default).
pub const SELU_GAMMA: FloatAttr = FloatAttr { name: "gamma", rule: Rule::Finite, default: 1.050_701_022_148_132_3 };
/// Gelu's `approximate`: `"none"` or `"tanh"`.
pub const GELU_APPROXIMATE: StrAttr =
    StrAttr { name: "approximate", rule: Rule::Words(&["none", "tanh"]), default: "none" };
/// The constant exponent of Pow, carried onto its ActivationGrad (required there).
pub const EXPONENT: FloatAttr = FloatAttr { name: "exponent", rule: Rule::Finite, default: f64::NAN };
/// ActivationGrad's `op`: the forward activation it differentiates.
pub const FORWARD_OP: StrAttr = StrAttr { name: "op", rule: Rule::Words(OPS), default: "" };

/// The op names of [`Activation`], as in ONNX.
pub const OPS: &[&str] =
    &["HardSwish", "HardSigmoid", "LeakyRelu", "Elu", "Selu", "Gelu", "Tanh", "Neg", "Erf", "Sqrt", "Pow"];

/// One activation with its parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activation {
    /// `x * hardsigmoid(x)` with alpha 1/6, beta 0.5.
    HardSwish,
    /// `max(0, min(1, alpha * x + beta))`.
    HardSigmoid {
        /// Slope (default 0.2).
        alpha: f64,
        /// Offset (default 0.5).
        beta: f64,
    },
    /// `x` for `x > 0`, else `alpha * x`.
    LeakyRelu {
        /// Negative slope (default 0.01).
        alpha: f64,
    },
    /// `x` for `x > 0`, else `alpha * (exp(x) - 1)`.
    Elu {
        /// Scale of the negative part (default 1).
        alpha: f64,
    },
    /// `gamma * elu_alpha(x)`.
    Selu {
        /// Scale of the negative part.
        alpha: f64,
        /// Overall scale.
        gamma: f64,
    },
    /// `x * Phi(x)`, exact or with the tanh approximation.
    Gelu {
        /// `approximate = "tanh"`.
        tanh: bool,
    },
    /// Hyperbolic tangent.
    Tanh,
    /// `-x`.
    Neg,
    /// The error function.
    Erf,
    /// Square root.
    Sqrt,
    /// `x ^ exponent` for a constant exponent.
    Pow {
        /// The exponent.
        exponent: f64,
    },
}

impl Activation {
    /// The activation of op `op` with the attributes `attrs` (Pow's exponent is the [`EXPONENT`]
    /// attribute of its gradient op); `None` for another op.
    pub fn from_attrs(op: &str, attrs: &Attrs) -> Option<Activation> {
        Some(match op {
            "HardSwish" => Activation::HardSwish,
            "HardSigmoid" => {
                Activation::HardSigmoid { alpha: HARD_SIGMOID_ALPHA.read(attrs), beta: HARD_SIGMOID_BETA.read(attrs) }
            }
            "LeakyRelu" => Activation::LeakyRelu { alpha: LEAKY_RELU_ALPHA.read(attrs) },
            "Elu" => Activation::Elu { alpha: ELU_ALPHA.read(attrs) },
            "Selu" => Activation::Selu { alpha: SELU_ALPHA.read(attrs), gamma: SELU_GAMMA.read(attrs) },
            "Gelu" => Activation::Gelu { tanh: GELU_APPROXIMATE.read(attrs) == "tanh" },
            "Tanh" => Activation::Tanh,
            "Neg" => Activation::Neg,
            "Erf" => Activation::Erf,
            "Sqrt" => Activation::Sqrt,
            "Pow" => Activation::Pow { exponent: EXPONENT.get(attrs)? },
            _ => return None,
        })
    }

    /// The activation of a forward node, or of an [`crate::grad::ACTIVATION_GRAD`] node (whose
    /// `op` attribute names the forward op).
    pub fn of_node(node: &Node) -> Option<Activation> {
        Activation::from_attrs(FORWARD_OP.get(&node.attrs).unwrap_or(&node.op), &node.attrs)
    }

    /// The attributes that carry this activation's parameters onto its gradient op.
    pub fn attrs(&self) -> Vec<(String, Attr)> {
        match *self {
            Activation::HardSigmoid { alpha, beta } => {
                vec![HARD_SIGMOID_ALPHA.entry(alpha), HARD_SIGMOID_BETA.entry(beta)]
            }
            Activation::LeakyRelu { alpha } => vec![LEAKY_RELU_ALPHA.entry(alpha)],
            Activation::Elu { alpha } => vec![ELU_ALPHA.entry(alpha)],
            Activation::Selu { alpha, gamma } => vec![SELU_ALPHA.entry(alpha), SELU_GAMMA.entry(gamma)],
            Activation::Gelu { tanh: true } => vec![GELU_APPROXIMATE.entry("tanh")],
            Activation::Pow { exponent } => vec![EXPONENT.entry(exponent)],
            _ => vec![],
        }
    }

    /// The value at `x`.
    pub fn value(&self, x: f64) -> f64 {
        match *self {
            Activation::HardSwish => x * (x / 6.0 + 0.5).clamp(0.0, 1.0),
            Activation::HardSigmoid { alpha, beta } => (alpha * x + beta).clamp(0.0, 1.0),
            Activation::LeakyRelu { alpha } => {
                if x > 0.0 {
                    x
                } else {
                    alpha * x
                }
            }
            Activation::Elu { alpha } => {
                if x > 0.0 {
                    x
                } else {
                    alpha * x.exp_m1()
                }
            }
            Activation::Selu { alpha, gamma } => gamma * if x > 0.0 { x } else { alpha * x.exp_m1() },
            Activation::Gelu { tanh: false } => 0.5 * x * (1.0 + libm::erf(x / std::f64::consts::SQRT_2)),
            Activation::Gelu { tanh: true } => 0.5 * x * (1.0 + gelu_tanh_inner(x).tanh()),
            Activation::Tanh => x.tanh(),
            Activation::Neg => -x,
            Activation::Erf => libm::erf(x),
            Activation::Sqrt => x.sqrt(),
            Activation::Pow { exponent } => x.powf(exponent),
        }
    }

    /// The derivative at `x` (PyTorch's choice at the kinks).
    pub fn derivative(&self, x: f64) -> f64 {
        use std::f64::consts::PI;
        match *self {
            Activation::HardSwish if x < -3.0 => 0.0,
            Activation::HardSwish if x <= 3.0 => x / 3.0 + 0.5,
            Activation::HardSwish => 1.0,
            Activation::HardSigmoid { alpha, beta } => {
                let z = alpha * x + beta;
                if z > 0.0 && z < 1.0 {
                    alpha
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu { alpha } => {
                if x > 0.0 {
                    1.0
                } else {
                    alpha
                }
            }
            Activation::Elu { alpha } => {
                if x > 0.0 {
                    1.0
                } else {
                    alpha * x.exp()
                }
            }
            Activation::Selu { alpha, gamma } => gamma * if x > 0.0 { 1.0 } else { alpha * x.exp() },
            Activation::Gelu { tanh: false } => {
                0.5 * (1.0 + libm::erf(x / std::f64::consts::SQRT_2)) + x * (-0.5 * x * x).exp() / (2.0 * PI).sqrt()
            }
            Activation::Gelu { tanh: true } => {
                let t = gelu_tanh_inner(x).tanh();
                let inner = (2.0 / PI).sqrt() * (1.0 + 3.0 * 0.044715 * x * x);
                0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * inner
            }
            Activation::Tanh => 1.0 - x.tanh().powi(2),
            Activation::Neg => -1.0,
            Activation::Erf => 2.0 / PI.sqrt() * (-x * x).exp(),
            Activation::Sqrt => 0.5 / x.sqrt(),
            Activation::Pow { exponent: 0.0 } => 0.0,
            Activation::Pow { exponent } => exponent * x.powf(exponent - 1.0),
        }
    }
}

/// `sqrt(2 / pi) * (x + 0.044715 x^3)`.
fn gelu_tanh_inner(x: f64) -> f64 {
    (2.0 / std::f64::consts::PI).sqrt() * (x + 0.044715 * x * x * x)
}
