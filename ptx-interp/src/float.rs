//! IEEE arithmetic with PTX's rounding modifiers: each operation computes the nearest result and the
//! sign of its exact error (error-free transformations), then steps one ulp for `.rz`, `.rm`, `.rp`.
//! Single-precision results come from the double-precision result and its error sign (exact for
//! `+ - * / sqrt`, whose double result rounded again to single is the correctly rounded single).

use std::cmp::Ordering;

use crate::instr::{FloatOp, FloatUnary, Rnd};

/// The canonical NaN of single-precision results (what NVIDIA GPUs produce).
pub const NAN32: u32 = 0x7fff_ffff;
/// The canonical NaN of double-precision results.
pub const NAN64: u64 = 0x7fff_ffff_ffff_ffff;

/// A double result and the sign of `exact - result`.
#[derive(Clone, Copy, Debug)]
pub struct Rounded {
    /// The nearest double.
    pub value: f64,
    /// How the exact result compares with `value`.
    pub error: Ordering,
}

fn sign(x: f64) -> Ordering {
    x.partial_cmp(&0.0).unwrap_or(Ordering::Equal)
}

/// An exactly representable result.
fn exact(value: f64) -> Rounded {
    Rounded { value, error: Ordering::Equal }
}

/// `a + b` and the sign of its error (Knuth's TwoSum). An overflow to infinity errs back toward zero.
fn add(a: f64, b: f64) -> Rounded {
    let s = a + b;
    if s.is_infinite() && a.is_finite() && b.is_finite() {
        return Rounded { value: s, error: sign(-s) };
    }
    if !s.is_finite() {
        return exact(s);
    }
    let bb = s - a;
    let err = (a - (s - bb)) + (b - bb);
    Rounded { value: s, error: sign(err) }
}

fn mul(a: f64, b: f64) -> Rounded {
    let p = a * b;
    if !a.is_finite() || !b.is_finite() || p.is_nan() || a == 0.0 || b == 0.0 {
        return exact(p);
    }
    if p.is_infinite() {
        return Rounded { value: p, error: sign(-p) };
    }
    if p == 0.0 {
        let positive = (a > 0.0) == (b > 0.0);
        return Rounded { value: p, error: if positive { Ordering::Greater } else { Ordering::Less } };
    }
    Rounded { value: p, error: sign(a.mul_add(b, -p)) }
}

fn div(a: f64, b: f64) -> Rounded {
    let q = a / b;
    if q.is_infinite() && a.is_finite() && b.is_finite() && b != 0.0 {
        return Rounded { value: q, error: sign(-q) };
    }
    if !q.is_finite() || b == 0.0 {
        return exact(q);
    }
    let r = (-q).mul_add(b, a);
    let e = if b > 0.0 { sign(r) } else { sign(r).reverse() };
    if q == 0.0 && a != 0.0 {
        let positive = (a > 0.0) == (b > 0.0);
        return Rounded { value: q, error: if positive { Ordering::Greater } else { Ordering::Less } };
    }
    Rounded { value: q, error: e }
}

fn sqrt(a: f64) -> Rounded {
    let s = a.sqrt();
    if !s.is_finite() || s == 0.0 {
        return exact(s);
    }
    Rounded { value: s, error: sign((-s).mul_add(s, a)) }
}

fn step64(v: f64, error: Ordering, rnd: Rnd) -> f64 {
    match (rnd, error) {
        (Rnd::Nearest, _) | (_, Ordering::Equal) => v,
        (Rnd::Down, Ordering::Less) => v.next_down(),
        (Rnd::Up, Ordering::Greater) => v.next_up(),
        (Rnd::Zero, Ordering::Less) if v > 0.0 => v.next_down(),
        (Rnd::Zero, Ordering::Greater) if v < 0.0 => v.next_up(),
        _ => v,
    }
}

fn step32(v: f32, error: Ordering, rnd: Rnd) -> f32 {
    match (rnd, error) {
        (Rnd::Nearest, _) | (_, Ordering::Equal) => v,
        (Rnd::Down, Ordering::Less) => v.next_down(),
        (Rnd::Up, Ordering::Greater) => v.next_up(),
        (Rnd::Zero, Ordering::Less) if v > 0.0 => v.next_down(),
        (Rnd::Zero, Ordering::Greater) if v < 0.0 => v.next_up(),
        _ => v,
    }
}

impl Rounded {
    /// The double result in mode `rnd`.
    pub fn to_f64(self, rnd: Rnd) -> f64 {
        step64(self.value, self.error, rnd)
    }

    /// The single result in mode `rnd`: the double value rounded to single, then stepped by the
    /// combined error sign.
    pub fn to_f32(self, rnd: Rnd) -> f32 {
        let r = self.value as f32;
        if self.value.is_nan() {
            return r;
        }
        let error = if self.value.is_infinite() {
            self.error
        } else if r.is_infinite() {
            sign(-f64::from(r))
        } else {
            let d = self.value - f64::from(r);
            if d == 0.0 {
                self.error
            } else {
                sign(d)
            }
        };
        step32(r, error, rnd)
    }
}

/// The exact-error result of a binary arithmetic op on doubles (`Min`/`Max` are exact).
pub fn binary(op: FloatOp, a: f64, b: f64) -> Rounded {
    match op {
        FloatOp::Add => add(a, b),
        FloatOp::Sub => add(a, -b),
        FloatOp::Mul => mul(a, b),
        FloatOp::Div => div(a, b),
        FloatOp::Min => exact(min(a, b)),
        FloatOp::Max => exact(max(a, b)),
    }
}

/// PTX `min`: a NaN operand yields the other; `-0.0` is below `+0.0`.
pub fn min(a: f64, b: f64) -> f64 {
    extremum(a, b, f64::is_sign_negative, f64::min)
}

/// PTX `max`: a NaN operand yields the other; `+0.0` is above `-0.0`.
pub fn max(a: f64, b: f64) -> f64 {
    extremum(a, b, f64::is_sign_positive, f64::max)
}

/// `pick(a, b)` with PTX's rules for the cases it leaves open: a NaN operand yields the other, and of
/// two equal operands (`-0.0` and `+0.0`) the one whose sign `keep` accepts.
fn extremum(a: f64, b: f64, keep: fn(f64) -> bool, pick: fn(f64, f64) -> f64) -> f64 {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => f64::NAN,
        (true, false) => b,
        (false, true) => a,
        _ if a == b => {
            if keep(a) {
                a
            } else {
                b
            }
        }
        _ => pick(a, b),
    }
}

/// The exact-error result of a unary op; the `.approx` functions are computed in double precision,
/// well inside their documented error (2 ulp of single for `ex2`, `lg2`, `rsqrt`, `rcp`).
pub fn unary(op: FloatUnary, a: f64) -> Rounded {
    match op {
        FloatUnary::Neg => exact(-a),
        FloatUnary::Abs => exact(a.abs()),
        FloatUnary::Sqrt => sqrt(a),
        FloatUnary::Rcp => div(1.0, a),
        FloatUnary::Rsqrt => exact(1.0 / a.sqrt()),
        FloatUnary::Ex2 => exact(a.exp2()),
        FloatUnary::Lg2 => exact(a.log2()),
        FloatUnary::Sin => exact(a.sin()),
        FloatUnary::Cos => exact(a.cos()),
        FloatUnary::Tanh => exact(a.tanh()),
    }
}

/// `a * b + c` rounded once to double (nearest).
pub fn fma64(a: f64, b: f64, c: f64) -> f64 {
    a.mul_add(b, c)
}

/// `a * b + c` rounded once to single (nearest): the product is exact in double, and the double
/// sum's error sign decides ties of the final rounding.
pub fn fma32(a: f32, b: f32, c: f32) -> f32 {
    add(f64::from(a) * f64::from(b), f64::from(c)).to_f32(Rnd::Nearest)
}

/// Rounds `v` to an integral value in mode `rnd` (ties to even for nearest).
pub fn round_integral(v: f64, rnd: Rnd) -> f64 {
    match rnd {
        Rnd::Nearest => v.round_ties_even(),
        Rnd::Zero => v.trunc(),
        Rnd::Down => v.floor(),
        Rnd::Up => v.ceil(),
    }
}

/// Flushes a single-precision subnormal to a zero of the same sign (`.ftz`).
pub fn flush32(v: f32) -> f32 {
    if v.is_subnormal() {
        0.0f32.copysign(v)
    } else {
        v
    }
}

/// An integer converted to double or single in mode `rnd` (exact error from 128-bit comparison).
pub fn from_int(v: i128, single: bool, rnd: Rnd) -> f64 {
    if single {
        let r = v as f32;
        f64::from(step32(r, v.cmp(&(r as i128)), rnd))
    } else {
        let r = v as f64;
        step64(r, v.cmp(&(r as i128)), rnd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directed_rounding_of_single_add_brackets_the_exact_sum() {
        let (a, b) = (1.0f32, 1e-10f32);
        let r = binary(FloatOp::Add, f64::from(a), f64::from(b));
        assert_eq!(r.to_f32(Rnd::Nearest), 1.0);
        assert_eq!(r.to_f32(Rnd::Zero), 1.0);
        assert_eq!(r.to_f32(Rnd::Down), 1.0);
        assert_eq!(r.to_f32(Rnd::Up), 1.0f32.next_up());
        let r = binary(FloatOp::Add, f64::from(a), -f64::from(b));
        assert_eq!(r.to_f32(Rnd::Zero), 1.0f32.next_down());
        assert_eq!(r.to_f32(Rnd::Up), 1.0);
    }

    #[test]
    fn directed_rounding_of_double_ops() {
        let third = binary(FloatOp::Div, 1.0, 3.0);
        assert!(third.to_f64(Rnd::Down) < third.to_f64(Rnd::Up));
        assert_eq!(third.to_f64(Rnd::Zero), third.to_f64(Rnd::Down));
        let exact = binary(FloatOp::Div, 1.0, 4.0);
        assert_eq!(exact.to_f64(Rnd::Up), 0.25);
        let s = unary(FloatUnary::Sqrt, 2.0);
        assert!(s.to_f64(Rnd::Down) * s.to_f64(Rnd::Down) < 2.0);
        assert!(s.to_f64(Rnd::Up) * s.to_f64(Rnd::Up) > 2.0);
        let p = binary(FloatOp::Mul, 1.0 + f64::EPSILON, 1.0 + f64::EPSILON);
        assert_eq!(p.to_f64(Rnd::Up), p.to_f64(Rnd::Nearest).next_up());
    }

    #[test]
    fn overflow_rounds_to_max_toward_zero() {
        let r = binary(FloatOp::Mul, 1e200, 1e200);
        assert_eq!(r.to_f64(Rnd::Zero), f64::MAX);
        assert_eq!(r.to_f64(Rnd::Up), f64::INFINITY);
        let r = binary(FloatOp::Mul, 3e38, 10.0);
        assert_eq!(r.to_f32(Rnd::Zero), f32::MAX);
        assert_eq!(r.to_f32(Rnd::Nearest), f32::INFINITY);
    }

    #[test]
    fn min_max_prefer_numbers_and_order_zeros() {
        assert_eq!(min(f64::NAN, 2.0), 2.0);
        assert_eq!(max(1.0, f64::NAN), 1.0);
        assert!(min(0.0, -0.0).is_sign_negative());
        assert!(max(-0.0, 0.0).is_sign_positive());
    }

    #[test]
    fn integer_conversion_directions() {
        let big = (1i128 << 60) + 1;
        assert!(from_int(big, false, Rnd::Up) > from_int(big, false, Rnd::Down));
        assert_eq!(from_int(16_777_217, true, Rnd::Down), 16_777_216.0);
        assert_eq!(from_int(16_777_217, true, Rnd::Up), 16_777_218.0);
    }
}
