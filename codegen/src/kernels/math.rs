//! Transcendental functions in f64 (`exp`, `expm1`, `ln`, `pow`, `tanh`, `erf`) built from plain IEEE
//! arithmetic and selects, so that the host-native, emulated and NVPTX kernels compute the same values
//! without libm. Each is within a few ulps (f64) of the correctly rounded result over the finite
//! inputs that f32 data gives; NaN stays NaN.

use inkwell::values::{FloatValue, IntValue};
use inkwell::FloatPredicate;

use super::builder::Kb;
use crate::error::Result;

type F<'ctx> = FloatValue<'ctx>;

/// High and low parts of `ln 2` (the high part has 11 trailing zero bits, so `k * LN2_HI` is exact).
const LN2_HI: f64 = 0.693_147_180_369_123_8;
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;

/// `c[0] * x^(n-1) + ... + c[n-1]` by Horner's rule.
fn horner<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>, coeffs: &[f64]) -> Result<F<'ctx>> {
    let mut p = kb.f64(coeffs[0]);
    for &c in &coeffs[1..] {
        p = kb.fadd(kb.fmul(p, x)?, kb.f64(c))?;
    }
    Ok(p)
}

/// `1 / k!` for `k = from, from - 1, ..., to`.
fn inverse_factorials(from: u32, to: u32) -> Vec<f64> {
    (to..=from).rev().map(|k| 1.0 / (1..=k).map(f64::from).product::<f64>()).collect()
}

/// `cond ? a : b`.
pub(crate) fn pick<'ctx>(kb: &Kb<'_, 'ctx>, cond: IntValue<'ctx>, a: F<'ctx>, b: F<'ctx>) -> Result<F<'ctx>> {
    Ok(kb.select(cond, a, b)?.into_float_value())
}

/// `a < b` (ordered: false with a NaN).
pub(crate) fn lt<'ctx>(kb: &Kb<'_, 'ctx>, a: F<'ctx>, b: F<'ctx>) -> Result<IntValue<'ctx>> {
    kb.fcmp(FloatPredicate::OLT, a, b)
}

/// `x` where `x` is NaN, else `value`.
fn keep_nan<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>, value: F<'ctx>) -> Result<F<'ctx>> {
    pick(kb, kb.fcmp(FloatPredicate::UNO, x, x)?, x, value)
}

/// `2^k` for an integer `k` in `[-1075, 1023]`, as the product of two normal powers of two.
fn pow2<'ctx>(kb: &Kb<'_, 'ctx>, k: IntValue<'ctx>) -> Result<F<'ctx>> {
    let half = kb.b.build_right_shift(k, kb.i64(1), true, "half")?;
    let rest = kb.sub(k, half)?;
    let power = |e: IntValue<'ctx>| -> Result<F<'ctx>> {
        let bits = kb.b.build_left_shift(kb.add(e, kb.i64(1023))?, kb.i64(52), "bits")?;
        Ok(kb.b.build_bit_cast(bits, kb.f64t(), "pow2")?.into_float_value())
    };
    kb.fmul(power(half)?, power(rest)?)
}

/// `exp(x)`: `x = k ln 2 + r` with `|r| <= ln 2 / 2`, `exp(r)` by its Taylor polynomial of degree 13;
/// `x` clamped to `[-745, 709]` (so `+inf` gives the largest power, `-inf` the smallest subnormal).
pub(crate) fn exp<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<F<'ctx>> {
    let xc = kb.fmin(kb.fmax(x, kb.f64(-745.0))?, kb.f64(709.0))?;
    let k = kb.intrinsic("llvm.floor", &[kb.fadd(kb.fmul(xc, kb.f64(std::f64::consts::LOG2_E))?, kb.f64(0.5))?])?;
    let r = kb.fsub(kb.fsub(xc, kb.fmul(k, kb.f64(LN2_HI))?)?, kb.fmul(k, kb.f64(LN2_LO))?)?;
    let p = horner(kb, r, &inverse_factorials(13, 0))?;
    let k = kb.b.build_float_to_signed_int(k, kb.i64t(), "k")?;
    keep_nan(kb, x, kb.fmul(p, pow2(kb, k)?)?)
}

/// `exp(x) - 1`: its Taylor polynomial of degree 18 for `|x| < 0.5`, else `exp(x) - 1`.
pub(crate) fn expm1<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<F<'ctx>> {
    let small = lt(kb, kb.intrinsic("llvm.fabs", &[x])?, kb.f64(0.5))?;
    let series = kb.fmul(x, horner(kb, x, &inverse_factorials(18, 1))?)?;
    pick(kb, small, series, kb.fsub(exp(kb, x)?, kb.f64(1.0))?)
}

/// `ln(x)` for `x` the widening of an f32 (never subnormal as f64): `x = 2^e m` with
/// `m` in `[sqrt(1/2), sqrt(2))`, `ln m = 2 atanh(s)`, `s = (m - 1) / (m + 1)`, by its series to `s^21`.
/// `ln(0) = -inf`, `ln(+inf) = +inf`, negative or NaN gives NaN.
pub(crate) fn ln<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<F<'ctx>> {
    let bits = kb.b.build_bit_cast(x, kb.i64t(), "bits")?.into_int_value();
    let biased = kb.b.build_and(kb.b.build_right_shift(bits, kb.i64(52), false, "exp")?, kb.i64(0x7ff), "e")?;
    let mantissa = kb.b.build_and(bits, kb.i64((1 << 52) - 1), "mant")?;
    let m = kb.b.build_or(mantissa, kb.i64(1023 << 52), "m")?;
    let m = kb.b.build_bit_cast(m, kb.f64t(), "m")?.into_float_value();
    let big = lt(kb, kb.f64(std::f64::consts::SQRT_2), m)?;
    let m = pick(kb, big, kb.fmul(m, kb.f64(0.5))?, m)?;
    let e = kb.i2f64(kb.sub(biased, kb.i64(1023))?)?;
    let e = pick(kb, big, kb.fadd(e, kb.f64(1.0))?, e)?;
    let s = kb.fdiv(kb.fsub(m, kb.f64(1.0))?, kb.fadd(m, kb.f64(1.0))?)?;
    let odd: Vec<f64> = (0..=10).rev().map(|k| 2.0 / f64::from(2 * k + 1)).collect();
    let series = kb.fmul(s, horner(kb, kb.fmul(s, s)?, &odd)?)?;
    let value = kb.fadd(kb.fmul(e, kb.f64(LN2_HI))?, kb.fadd(kb.fmul(e, kb.f64(LN2_LO))?, series)?)?;
    let zero = kb.f64(0.0);
    let value = pick(kb, kb.fcmp(FloatPredicate::OEQ, x, kb.f64(f64::INFINITY))?, x, value)?;
    let value = pick(kb, kb.fcmp(FloatPredicate::OEQ, x, zero)?, kb.f64(f64::NEG_INFINITY), value)?;
    pick(kb, kb.fcmp(FloatPredicate::OGE, x, zero)?, value, kb.f64(f64::NAN))
}

/// `x ^ e` as IEEE `pow` for finite `e`: 1 for `e = 0`, `exp(e ln |x|)` signed by an odd integer `e`
/// for negative `x`, NaN for a negative `x` and a non-integer `e`.
pub(crate) fn pow<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>, e: F<'ctx>) -> Result<F<'ctx>> {
    let floor = |v: F<'ctx>| kb.intrinsic("llvm.floor", &[v]);
    let integer = kb.fcmp(FloatPredicate::OEQ, floor(e)?, e)?;
    let half = kb.fmul(e, kb.f64(0.5))?;
    let odd = kb.b.build_and(integer, kb.fcmp(FloatPredicate::ONE, floor(half)?, half)?, "odd")?;
    let magnitude = exp(kb, kb.fmul(e, ln(kb, kb.intrinsic("llvm.fabs", &[x])?)?)?)?;
    let negative = lt(kb, x, kb.f64(0.0))?;
    let signed = pick(kb, odd, kb.b.build_float_neg(magnitude, "neg")?, magnitude)?;
    let signed = pick(kb, integer, signed, kb.f64(f64::NAN))?;
    let value = pick(kb, negative, signed, magnitude)?;
    pick(kb, kb.fcmp(FloatPredicate::OEQ, e, kb.f64(0.0))?, kb.f64(1.0), value)
}

/// `tanh(x) = sign(x) t / (t + 2)` with `t = expm1(2 |x|)`.
pub(crate) fn tanh<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<F<'ctx>> {
    let a = kb.intrinsic("llvm.fabs", &[x])?;
    let t = expm1(kb, kb.fmul(a, kb.f64(2.0))?)?;
    let r = kb.fdiv(t, kb.fadd(t, kb.f64(2.0))?)?;
    pick(kb, lt(kb, x, kb.f64(0.0))?, kb.b.build_float_neg(r, "neg")?, r)
}

/// `erf(x)`: for `|x| < 3` the series `2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (2n+1)!!` (positive
/// terms, 50 of them), else `1 - erfc(|x|)` by erfc's continued fraction (40 levels); odd in `x`.
pub(crate) fn erf<'ctx>(kb: &Kb<'_, 'ctx>, x: F<'ctx>) -> Result<F<'ctx>> {
    let a = kb.intrinsic("llvm.fabs", &[x])?;
    let a2 = kb.fmul(a, a)?;
    let gauss = exp(kb, kb.b.build_float_neg(a2, "neg")?)?;
    let two_a2 = kb.fmul(a2, kb.f64(2.0))?;
    let (mut term, mut sum) = (a, a);
    for n in 1..=50 {
        term = kb.fdiv(kb.fmul(term, two_a2)?, kb.f64(f64::from(2 * n + 1)))?;
        sum = kb.fadd(sum, term)?;
    }
    let series = kb.fmul(kb.fmul(kb.f64(std::f64::consts::FRAC_2_SQRT_PI), gauss)?, sum)?;
    let mut fraction = a;
    for k in (1..=40).rev() {
        fraction = kb.fadd(a, kb.fdiv(kb.f64(f64::from(k) / 2.0), fraction)?)?;
    }
    let sqrt_pi = std::f64::consts::PI.sqrt();
    let erfc = kb.fdiv(gauss, kb.fmul(kb.f64(sqrt_pi), fraction)?)?;
    let value = pick(kb, lt(kb, a, kb.f64(3.0))?, series, kb.fsub(kb.f64(1.0), erfc)?)?;
    let signed = pick(kb, lt(kb, x, kb.f64(0.0))?, kb.b.build_float_neg(value, "neg")?, value)?;
    keep_nan(kb, x, signed)
}
