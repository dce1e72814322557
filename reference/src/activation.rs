//! Activations in f64, their formulas written out on their own (not through `syncbn_ir::activation`)
//! so that the reference checks the runtime: HardSwish, HardSigmoid, LeakyRelu, Elu, Selu, Gelu,
//! Tanh, Neg, Erf, Sqrt and Pow by a constant, and ActivationGrad (`dY * f'(X)`, PyTorch's one-sided
//! choices). Their parameters are read through ir's typed attributes, like every crate's.

use std::f64::consts::{FRAC_1_SQRT_2, FRAC_2_SQRT_PI, PI};

use syncbn_ir::activation::{
    ELU_ALPHA, EXPONENT, FORWARD_OP, GELU_APPROXIMATE, HARD_SIGMOID_ALPHA, HARD_SIGMOID_BETA, LEAKY_RELU_ALPHA,
    SELU_ALPHA, SELU_GAMMA,
};
use syncbn_ir::ops::FloatAttr;
use syncbn_ir::Node;

use super::Tensor;

/// The activation of `op` with `node`'s parameters, as a function of one value.
fn forward(op: &str, node: &Node) -> Result<Box<dyn Fn(f64) -> f64>, String> {
    let num = |attr: FloatAttr| attr.read(&node.attrs);
    Ok(match op {
        "HardSwish" => Box::new(|x: f64| {
            if x <= -3.0 {
                0.0
            } else if x >= 3.0 {
                x
            } else {
                x * (x + 3.0) / 6.0
            }
        }),
        "HardSigmoid" => {
            let (a, b) = (num(HARD_SIGMOID_ALPHA), num(HARD_SIGMOID_BETA));
            Box::new(move |x: f64| (a * x + b).clamp(0.0, 1.0))
        }
        "LeakyRelu" => {
            let a = num(LEAKY_RELU_ALPHA);
            Box::new(move |x: f64| x.max(0.0) + a * x.min(0.0))
        }
        "Elu" => {
            let a = num(ELU_ALPHA);
            Box::new(move |x: f64| if x > 0.0 { x } else { a * (x.exp() - 1.0) })
        }
        "Selu" => {
            let (a, g) = (num(SELU_ALPHA), num(SELU_GAMMA));
            Box::new(move |x: f64| g * if x > 0.0 { x } else { a * (x.exp() - 1.0) })
        }
        "Gelu" if tanh_gelu(node) => Box::new(|x: f64| {
            let u = (2.0 / PI).sqrt() * (x + 0.044715 * x.powi(3));
            x * (1.0 + u.tanh()) / 2.0
        }),
        "Gelu" => Box::new(|x: f64| x * (1.0 + libm::erf(x * FRAC_1_SQRT_2)) / 2.0),
        "Tanh" => Box::new(f64::tanh),
        "Neg" => Box::new(|x: f64| -x),
        "Erf" => Box::new(libm::erf),
        "Sqrt" => Box::new(f64::sqrt),
        other => return Err(format!("{other} is not an activation")),
    })
}

/// The derivative of the activation `op` at one value.
fn derivative(op: &str, node: &Node) -> Result<Box<dyn Fn(f64) -> f64>, String> {
    let num = |attr: FloatAttr| attr.read(&node.attrs);
    Ok(match op {
        "HardSwish" => Box::new(|x: f64| {
            if x < -3.0 {
                0.0
            } else if x > 3.0 {
                1.0
            } else {
                (2.0 * x + 3.0) / 6.0
            }
        }),
        "HardSigmoid" => {
            let (a, b) = (num(HARD_SIGMOID_ALPHA), num(HARD_SIGMOID_BETA));
            Box::new(move |x: f64| if a * x + b > 0.0 && a * x + b < 1.0 { a } else { 0.0 })
        }
        "LeakyRelu" => {
            let a = num(LEAKY_RELU_ALPHA);
            Box::new(move |x: f64| if x > 0.0 { 1.0 } else { a })
        }
        "Elu" => {
            let a = num(ELU_ALPHA);
            Box::new(move |x: f64| if x > 0.0 { 1.0 } else { a * x.exp() })
        }
        "Selu" => {
            let (a, g) = (num(SELU_ALPHA), num(SELU_GAMMA));
            Box::new(move |x: f64| if x > 0.0 { g } else { g * a * x.exp() })
        }
        "Gelu" if tanh_gelu(node) => Box::new(|x: f64| {
            let c = (2.0 / PI).sqrt();
            let t = (c * (x + 0.044715 * x.powi(3))).tanh();
            (1.0 + t) / 2.0 + x * (1.0 - t * t) * c * (1.0 + 0.134145 * x * x) / 2.0
        }),
        "Gelu" => Box::new(|x: f64| {
            (1.0 + libm::erf(x * FRAC_1_SQRT_2)) / 2.0 + x * (-x * x / 2.0).exp() * FRAC_2_SQRT_PI * FRAC_1_SQRT_2 / 2.0
        }),
        "Tanh" => Box::new(|x: f64| 1.0 / x.cosh().powi(2)),
        "Neg" => Box::new(|_| -1.0),
        "Erf" => Box::new(|x: f64| FRAC_2_SQRT_PI * (-x * x).exp()),
        "Sqrt" => Box::new(|x: f64| 1.0 / (2.0 * x.sqrt())),
        "Pow" => {
            let p = num(EXPONENT);
            Box::new(move |x: f64| if p == 0.0 { 0.0 } else { p * x.powf(p - 1.0) })
        }
        other => return Err(format!("{other} is not an activation")),
    })
}

fn tanh_gelu(node: &Node) -> bool {
    GELU_APPROXIMATE.read(&node.attrs) == "tanh"
}

/// The forward activation `node.op` applied to `x`.
pub fn activation(node: &Node, x: &Tensor) -> Result<Tensor, String> {
    Ok(x.mapv(forward(&node.op, node)?))
}

/// ActivationGrad: `dY * f'(X)` for the activation named by attribute `op`.
pub fn activation_grad(node: &Node, dy: &Tensor, x: &Tensor) -> Result<Tensor, String> {
    if dy.shape() != x.shape() {
        return Err(format!("dY {:?} and X {:?} differ in shape", dy.shape(), x.shape()));
    }
    let f = derivative(FORWARD_OP.read(&node.attrs), node)?;
    Ok(ndarray::Zip::from(dy).and(x).map_collect(|&g, &v| g * f(v)))
}

/// Dropout: `x` in eval mode or at ratio 0, else `x / (1 - ratio)` at the elements that
/// `syncbn_ir::dropout::keeps` keeps (by position within the sample) and 0 elsewhere.
pub fn dropout(node: &Node, x: &Tensor) -> Tensor {
    let syncbn_ir::ops::dropout::DropoutAttrs { ratio, training, seed } =
        syncbn_ir::ops::dropout::DropoutAttrs::read(node);
    if !training || ratio == 0.0 {
        return x.clone();
    }
    let mut y = x.as_standard_layout().into_owned();
    let shape = x.shape().to_vec();
    for (i, v) in y.iter_mut().enumerate() {
        *v = if syncbn_ir::dropout::keeps(seed, syncbn_ir::dropout::position(i, &shape), ratio) {
            *v / (1.0 - ratio)
        } else {
            0.0
        };
    }
    y
}
