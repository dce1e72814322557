//! The element-wise activations beyond Relu, Sigmoid and Clip (HardSwish, HardSigmoid, LeakyRelu,
//! Elu, Selu, Gelu, Tanh, Neg, Erf, Sqrt and Pow by a constant): their parameters from a node's
//! attributes, their value and their derivative, in `f64`, as PyTorch defines them (HardSwish's
//! derivative included: `x / 3 + 0.5` on `[-3, 3]`).

use crate::{Attr, Node};

/// ONNX's default Selu `alpha`.
pub const SELU_ALPHA: f64 = 1.673_263_192_176_818_8;
/// ONNX's default Selu `gamma`.
pub const SELU_GAMMA: f64 = 1.050_701_022_148_132_3;

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
    /// The activation of op `op` with the attributes `attrs` (Pow's exponent is the `exponent`
    /// attribute of its gradient op, or given by the caller); `None` for another op.
    pub fn from_attrs(op: &str, attr: impl Fn(&str) -> Option<f64>, gelu_tanh: bool) -> Option<Activation> {
        let or = |name: &str, default: f64| attr(name).unwrap_or(default);
        Some(match op {
            "HardSwish" => Activation::HardSwish,
            "HardSigmoid" => Activation::HardSigmoid { alpha: or("alpha", 0.2), beta: or("beta", 0.5) },
            "LeakyRelu" => Activation::LeakyRelu { alpha: or("alpha", 0.01) },
            "Elu" => Activation::Elu { alpha: or("alpha", 1.0) },
            "Selu" => Activation::Selu { alpha: or("alpha", SELU_ALPHA), gamma: or("gamma", SELU_GAMMA) },
            "Gelu" => Activation::Gelu { tanh: gelu_tanh },
            "Tanh" => Activation::Tanh,
            "Neg" => Activation::Neg,
            "Erf" => Activation::Erf,
            "Sqrt" => Activation::Sqrt,
            "Pow" => Activation::Pow { exponent: attr("exponent")? },
            _ => return None,
        })
    }

    /// The activation of a forward node, or of an [`crate::grad::ACTIVATION_GRAD`] node (whose
    /// `op` attribute names the forward op).
    pub fn of_node(node: &Node) -> Option<Activation> {
        let op = node.attr("op").and_then(Attr::as_str).unwrap_or(&node.op);
        let tanh = node.attr("approximate").and_then(Attr::as_str) == Some("tanh");
        Activation::from_attrs(op, |name| node.attr(name).and_then(Attr::as_f64), tanh)
    }

    /// The attributes that carry this activation's parameters onto its gradient op.
    pub fn attrs(&self) -> Vec<(&'static str, Attr)> {
        match *self {
            Activation::HardSigmoid { alpha, beta } => vec![("alpha", Attr::Float(alpha)), ("beta", Attr::Float(beta))],
            Activation::LeakyRelu { alpha } | Activation::Elu { alpha } => vec![("alpha", Attr::Float(alpha))],
            Activation::Selu { alpha, gamma } => vec![("alpha", Attr::Float(alpha)), ("gamma", Attr::Float(gamma))],
            Activation::Gelu { tanh: true } => vec![("approximate", Attr::Str("tanh".into()))],
            Activation::Pow { exponent } => vec![("exponent", Attr::Float(exponent))],
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
