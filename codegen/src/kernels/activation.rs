//! The activations of [`ActFn`] and their derivatives in f64, written to follow
//! `syncbn_ir::activation::Activation::value` and `derivative` operation by operation (the same
//! roundings, PyTorch's choices at the kinks), with the transcendental functions of [`super::math`].

use inkwell::values::FloatValue;
use inkwell::FloatPredicate;

use super::builder::Kb;
use super::math::{erf, exp, expm1, lt, pick, pow, tanh};
use super::op_kernels::ActFn;
use crate::error::Result;

type F<'ctx> = FloatValue<'ctx>;

/// `sqrt(2 / pi)`.
const SQRT_2_OVER_PI: f64 = 0.797_884_560_802_865_4;
/// The cubic coefficient of the tanh approximation of Gelu.
const GELU_CUBIC: f64 = 0.044715;

/// `v` clamped to `[0, 1]`, NaN kept (as `f64::clamp`).
fn unit_clamp<'ctx>(kb: &Kb<'_, 'ctx>, v: F<'ctx>) -> Result<F<'ctx>> {
    let (zero, one) = (kb.f64(0.0), kb.f64(1.0));
    pick(kb, lt(kb, v, zero)?, zero, pick(kb, lt(kb, one, v)?, one, v)?)
}

/// `x > 0` (ordered).
fn positive<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<inkwell::values::IntValue<'ctx>> {
    kb.fcmp(FloatPredicate::OGT, x, kb.f64(0.0))
}

/// `sqrt(2 / pi) * (x + 0.044715 x^3)`.
fn gelu_tanh_inner<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<F<'ctx>> {
    let cube = kb.fmul(kb.fmul(kb.fmul(kb.f64(GELU_CUBIC), x)?, x)?, x)?;
    kb.fmul(kb.f64(SQRT_2_OVER_PI), kb.fadd(x, cube)?)
}

/// `f(x)` with parameters `alpha`, `beta` (see [`ActFn`]).
pub fn value<'ctx>(kb: &Kb<'_, 'ctx>, f: ActFn, x: F<'ctx>, alpha: F<'ctx>, beta: F<'ctx>) -> Result<F<'ctx>> {
    let half = kb.f64(0.5);
    match f {
        ActFn::HardSwish => {
            let gate = kb.fadd(kb.fdiv(x, kb.f64(6.0))?, half)?;
            kb.fmul(x, unit_clamp(kb, gate)?)
        }
        ActFn::HardSigmoid => unit_clamp(kb, kb.fadd(kb.fmul(alpha, x)?, beta)?),
        ActFn::LeakyRelu => pick(kb, positive(kb, x)?, x, kb.fmul(alpha, x)?),
        ActFn::Elu => pick(kb, positive(kb, x)?, x, kb.fmul(alpha, expm1(kb, x)?)?),
        ActFn::Selu => kb.fmul(beta, value(kb, ActFn::Elu, x, alpha, beta)?),
        ActFn::Gelu => {
            let e = erf(kb, kb.fdiv(x, kb.f64(std::f64::consts::SQRT_2))?)?;
            kb.fmul(kb.fmul(half, x)?, kb.fadd(kb.f64(1.0), e)?)
        }
        ActFn::GeluTanh => {
            let t = tanh(kb, gelu_tanh_inner(kb, x)?)?;
            kb.fmul(kb.fmul(half, x)?, kb.fadd(kb.f64(1.0), t)?)
        }
        ActFn::Tanh => tanh(kb, x),
        ActFn::Neg => Ok(kb.b.build_float_neg(x, "neg")?),
        ActFn::Erf => erf(kb, x),
        ActFn::Sqrt => kb.intrinsic("llvm.sqrt", &[x]),
        ActFn::Pow => pow(kb, x, alpha),
    }
}

/// `f'(x)` with parameters `alpha`, `beta`.
pub fn derivative<'ctx>(kb: &Kb<'_, 'ctx>, f: ActFn, x: F<'ctx>, alpha: F<'ctx>, beta: F<'ctx>) -> Result<F<'ctx>> {
    let (zero, half, one) = (kb.f64(0.0), kb.f64(0.5), kb.f64(1.0));
    match f {
        ActFn::HardSwish => {
            let ramp = kb.fadd(kb.fdiv(x, kb.f64(3.0))?, half)?;
            let upper = pick(kb, kb.fcmp(FloatPredicate::OLE, x, kb.f64(3.0))?, ramp, one)?;
            pick(kb, lt(kb, x, kb.f64(-3.0))?, zero, upper)
        }
        ActFn::HardSigmoid => {
            let z = kb.fadd(kb.fmul(alpha, x)?, beta)?;
            let inside = kb.b.build_and(lt(kb, zero, z)?, lt(kb, z, one)?, "inside")?;
            pick(kb, inside, alpha, zero)
        }
        ActFn::LeakyRelu => pick(kb, positive(kb, x)?, one, alpha),
        ActFn::Elu => pick(kb, positive(kb, x)?, one, kb.fmul(alpha, exp(kb, x)?)?),
        ActFn::Selu => kb.fmul(beta, derivative(kb, ActFn::Elu, x, alpha, beta)?),
        ActFn::Gelu => {
            let e = erf(kb, kb.fdiv(x, kb.f64(std::f64::consts::SQRT_2))?)?;
            let cdf = kb.fmul(half, kb.fadd(one, e)?)?;
            let gauss = exp(kb, kb.fmul(kb.fmul(kb.f64(-0.5), x)?, x)?)?;
            let density = kb.fdiv(kb.fmul(x, gauss)?, kb.f64((2.0 * std::f64::consts::PI).sqrt()))?;
            kb.fadd(cdf, density)
        }
        ActFn::GeluTanh => {
            let t = tanh(kb, gelu_tanh_inner(kb, x)?)?;
            let slope = kb.fmul(kb.fmul(kb.f64(3.0 * GELU_CUBIC), x)?, x)?;
            let inner = kb.fmul(kb.f64(SQRT_2_OVER_PI), kb.fadd(one, slope)?)?;
            let left = kb.fmul(half, kb.fadd(one, t)?)?;
            let right = kb.fmul(kb.fmul(kb.fmul(half, x)?, kb.fsub(one, kb.fmul(t, t)?)?)?, inner)?;
            kb.fadd(left, right)
        }
        ActFn::Tanh => {
            let t = tanh(kb, x)?;
            kb.fsub(one, kb.fmul(t, t)?)
        }
        ActFn::Neg => Ok(kb.f64(-1.0)),
        ActFn::Erf => {
            let gauss = exp(kb, kb.fmul(kb.b.build_float_neg(x, "neg")?, x)?)?;
            kb.fmul(kb.f64(2.0 / std::f64::consts::PI.sqrt()), gauss)
        }
        ActFn::Sqrt => kb.fdiv(half, kb.intrinsic("llvm.sqrt", &[x])?),
        ActFn::Pow => {
            let slope = kb.fmul(alpha, pow(kb, x, kb.fsub(alpha, one)?)?)?;
            pick(kb, kb.fcmp(FloatPredicate::OEQ, alpha, zero)?, zero, slope)
        }
    }
}
