//! The arithmetic every kernel shares, written once for host and GPU: per-channel finalize in f64,
//! the normalize-family expressions (BatchNorm-backward `dX` among them), activations, gradient masks,
//! element-wise ops and a portable `exp`.
//!
//! Only plain IEEE operations are emitted (no fast-math flags, hence no contraction into FMA), so the
//! host-native, emulated and NVPTX kernels compute the same values.

use inkwell::values::{FloatValue, IntValue, PointerValue, VectorValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::builder::{Kb, Num};
use super::catalog::{Act, GradMask, KernelKind, SgdMomentum};
use super::elementwise::Elementwise;
use crate::error::Result;

/// Rows of `norm_params` (`f32 [5, C]`).
const MEAN_HI: i64 = 0;
const MEAN_LO: i64 = 1;
const INV_STD: i64 = 2;
const MUL: i64 = 3;
const ADD: i64 = 4;

/// The per-channel constants of a normalize-family kernel, loaded once per channel (scalars, or
/// splatted to vectors with [`ChannelConsts::splat`]).
pub struct ChannelConsts<T> {
    vals: Vec<T>,
    /// The clip activation's bounds, or a gradient mask's (`BnGradInput`).
    bounds: Option<(T, T)>,
}

impl<'ctx> ChannelConsts<FloatValue<'ctx>> {
    /// The same constants as vectors of `lanes` copies.
    pub fn splat(&self, kb: &Kb<'_, 'ctx>, lanes: u32) -> Result<ChannelConsts<VectorValue<'ctx>>> {
        let vals = self.vals.iter().map(|v| kb.splat(*v, lanes)).collect::<Result<_>>()?;
        let bounds = match self.bounds {
            Some((lo, hi)) => Some((kb.splat(lo, lanes)?, kb.splat(hi, lanes)?)),
            None => None,
        };
        Ok(ChannelConsts { vals, bounds })
    }
}

/// The names of the `[N, C, S]` tensor inputs of a normalize-family kernel, in evaluation order.
pub fn family_inputs(kind: KernelKind) -> &'static [&'static str] {
    match kind {
        KernelKind::BnNormalize { residual: true, .. } => &["x", "residual"],
        KernelKind::BnNormalizePair { .. } => &["x1", "x2"],
        KernelKind::BnGradInput { mask } => grad_inputs(mask),
        _ => &["x"],
    }
}

/// The `[N, C, S]` output of a normalize-family kernel: `dx` for `BnGradInput`, else `y`.
pub fn family_output(kind: KernelKind) -> &'static str {
    match kind {
        KernelKind::BnGradInput { .. } => "dx",
        _ => "y",
    }
}

/// The per-element inputs of the BatchNorm-backward kernels: `dy`, `x`, and the mask source `y`.
pub fn grad_inputs(mask: GradMask) -> &'static [&'static str] {
    match mask {
        GradMask::None => &["dy", "x"],
        _ => &["dy", "x", "y"],
    }
}

/// The bounds a gradient mask compares `Y` with: `(0, inf)` for `Relu`, the `lo`, `hi` parameters for
/// `Clip`.
pub fn mask_bounds<'ctx>(kb: &Kb<'_, 'ctx>, mask: GradMask) -> Result<Option<(FloatValue<'ctx>, FloatValue<'ctx>)>> {
    match mask {
        GradMask::None => Ok(None),
        GradMask::Relu => Ok(Some((kb.f32(0.0), kb.f32(f32::INFINITY)))),
        GradMask::Clip => Ok(Some((kb.float("lo")?, kb.float("hi")?))),
    }
}

/// `dZ`: `dy` where the mask keeps the element (`y > lo` for `Relu`, `lo < y < hi` for `Clip`, every
/// element for `None`), else 0. Ordered comparisons: a NaN `y` masks its element out.
pub fn masked_dy<'ctx, T: Num<'ctx>>(
    kb: &Kb<'_, 'ctx>,
    mask: GradMask,
    dy: T,
    y: Option<T>,
    bounds: Option<(T, T)>,
) -> Result<T> {
    let (Some(y), Some((lo, hi))) = (y, bounds) else {
        return Ok(dy);
    };
    let zero = kb.broadcast(kb.f32(0.0), dy)?;
    let above = kb.select_cmp(FloatPredicate::OGT, y, lo, dy, zero)?;
    match mask {
        GradMask::Clip => kb.select_cmp(FloatPredicate::OLT, y, hi, above, zero),
        _ => Ok(above),
    }
}

fn family_act(kind: KernelKind) -> Act {
    match kind {
        KernelKind::BnNormalize { act, .. }
        | KernelKind::BnNormalizePair { act }
        | KernelKind::ChannelAffine { act } => act,
        _ => Act::None,
    }
}

/// Loads the constants of channel `ch` (`c` channels) for a normalize-family kernel.
pub fn load_channel<'ctx>(
    kb: &Kb<'_, 'ctx>,
    kind: KernelKind,
    ch: IntValue<'ctx>,
) -> Result<ChannelConsts<FloatValue<'ctx>>> {
    let c = kb.int("c")?;
    let row = |ptr, r: i64| -> Result<FloatValue<'ctx>> {
        let idx = kb.add(kb.mul(kb.i64(r), c)?, ch)?;
        kb.load(ptr, idx)
    };
    let norm_rows = |name: &str| -> Result<Vec<FloatValue<'ctx>>> {
        let p = kb.ptr(name)?;
        [MEAN_HI, MEAN_LO, MUL, ADD].iter().map(|&r| row(p, r)).collect()
    };
    let vals = match kind {
        KernelKind::BnGradInput { mask } => {
            let bounds = mask_bounds(kb, mask)?;
            return Ok(ChannelConsts { vals: grad_input_channel(kb, ch)?, bounds });
        }
        KernelKind::BnNormalizePair { .. } => {
            let mut v = norm_rows("norm_params1")?;
            v.extend(norm_rows("norm_params2")?);
            v
        }
        KernelKind::ChannelAffine { .. } => {
            vec![kb.load(kb.ptr("mul")?, ch)?, kb.load(kb.ptr("add")?, ch)?]
        }
        _ => norm_rows("norm_params")?,
    };
    let bounds = match family_act(kind) {
        Act::Clip => Some((kb.float("lo")?, kb.float("hi")?)),
        Act::None => None,
    };
    Ok(ChannelConsts { vals, bounds })
}

/// The constants of `BnGradInput` for channel `ch`: `[mean_hi, mean_lo, mul, k1, k2]` with, in f64
/// from the group's payload, `k1 = sums[1] / n` and `k2 = inv_std^2 * sums[2] / n`, so that
/// `dX = ((dZ - k1) - ((x - mean_hi) - mean_lo) * k2) * mul`. With `n = 0` all of `mul`, `k1`, `k2`
/// are 0 (`dX = 0`).
fn grad_input_channel<'ctx>(kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<Vec<FloatValue<'ctx>>> {
    let c = kb.int("c")?;
    let row = |r: i64| kb.add(kb.mul(kb.i64(r), c)?, ch);
    let (p, sums) = (kb.ptr("norm_params")?, kb.ptr("sums")?);
    let n = kb.load(sums, row(0)?)?;
    let positive = kb.fcmp(FloatPredicate::OGT, n, kb.f64(0.0))?;
    let inv_n = kb.select(positive, kb.fdiv(kb.f64(1.0), n)?, kb.f64(0.0))?.into_float_value();
    let inv_std = kb.ext(kb.load(p, row(INV_STD)?)?)?;
    let k1 = kb.fmul(kb.load(sums, row(1)?)?, inv_n)?;
    let k2 = kb.fmul(kb.fmul(kb.fmul(kb.load(sums, row(2)?)?, inv_n)?, inv_std)?, inv_std)?;
    let mul = kb.select(positive, kb.load(p, row(MUL)?)?, kb.f32(0.0))?.into_float_value();
    Ok(vec![kb.load(p, row(MEAN_HI)?)?, kb.load(p, row(MEAN_LO)?)?, mul, kb.trunc(k1)?, kb.trunc(k2)?])
}

/// `BnGradParams` for channel `ch`: `d_scale = sums[2] * inv_std`, `d_bias = sums[1]` (f64, rounded
/// once to f32).
pub fn grad_params_channel<'ctx>(kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<()> {
    let c = kb.int("c")?;
    let row = |r: i64| kb.add(kb.mul(kb.i64(r), c)?, ch);
    let sums = kb.ptr("sums")?;
    let inv_std = kb.ext(kb.load(kb.ptr("norm_params")?, row(INV_STD)?)?)?;
    kb.store(kb.ptr("d_scale")?, ch, kb.trunc(kb.fmul(kb.load(sums, row(2)?)?, inv_std)?)?)?;
    kb.store(kb.ptr("d_bias")?, ch, kb.trunc(kb.load(sums, row(1)?)?)?)
}

/// `((x - mean_hi) - mean_lo) * mul + add` with `k = [mean_hi, mean_lo, mul, add]`.
fn normalize<'ctx, T: Num<'ctx>>(kb: &Kb<'_, 'ctx>, x: T, k: &[T]) -> Result<T> {
    let d = kb.fsub(kb.fsub(x, k[0])?, k[1])?;
    kb.fadd(kb.fmul(d, k[2])?, k[3])
}

fn clip<'ctx, T: Num<'ctx>>(kb: &Kb<'_, 'ctx>, v: T, lo: T, hi: T) -> Result<T> {
    kb.fmin(kb.fmax(v, lo)?, hi)
}

/// One output element of a normalize-family kernel from its inputs (in [`family_inputs`] order).
pub fn family_eval<'ctx, T: Num<'ctx>>(
    kb: &Kb<'_, 'ctx>,
    kind: KernelKind,
    k: &ChannelConsts<T>,
    xs: &[T],
) -> Result<T> {
    let v = match kind {
        KernelKind::BnGradInput { mask } => {
            let dz = masked_dy(kb, mask, xs[0], xs.get(2).copied(), k.bounds)?;
            let d = kb.fsub(kb.fsub(xs[1], k.vals[0])?, k.vals[1])?;
            let inner = kb.fsub(kb.fsub(dz, k.vals[3])?, kb.fmul(d, k.vals[4])?)?;
            return kb.fmul(inner, k.vals[2]);
        }
        KernelKind::BnNormalizePair { .. } => {
            kb.fadd(normalize(kb, xs[0], &k.vals[..4])?, normalize(kb, xs[1], &k.vals[4..])?)?
        }
        KernelKind::ChannelAffine { .. } => kb.fadd(kb.fmul(xs[0], k.vals[0])?, k.vals[1])?,
        KernelKind::BnNormalize { residual: true, .. } => kb.fadd(normalize(kb, xs[0], &k.vals)?, xs[1])?,
        _ => normalize(kb, xs[0], &k.vals)?,
    };
    match k.bounds {
        Some((lo, hi)) => clip(kb, v, lo, hi),
        None => Ok(v),
    }
}

/// The clip bounds of an element-wise op (`lo`, `hi` for `Clip`, nothing otherwise).
pub fn elementwise_consts<'ctx>(kb: &Kb<'_, 'ctx>, op: Elementwise) -> Result<Vec<FloatValue<'ctx>>> {
    match op {
        Elementwise::Clip => Ok(vec![kb.float("lo")?, kb.float("hi")?]),
        _ => Ok(Vec::new()),
    }
}

/// The names of an element-wise op's tensor inputs.
pub fn elementwise_inputs(op: Elementwise) -> &'static [&'static str] {
    if op.arity() == 2 {
        &["a", "b"]
    } else {
        &["a"]
    }
}

/// One output element of an element-wise op.
pub fn elementwise_eval<'ctx>(
    kb: &Kb<'_, 'ctx>,
    op: Elementwise,
    consts: &[FloatValue<'ctx>],
    xs: &[FloatValue<'ctx>],
) -> Result<FloatValue<'ctx>> {
    match op {
        Elementwise::Relu => kb.fmax(xs[0], kb.f32(0.0)),
        Elementwise::Add => kb.fadd(xs[0], xs[1]),
        Elementwise::Mul => kb.fmul(xs[0], xs[1]),
        Elementwise::Clip => clip(kb, xs[0], consts[0], consts[1]),
        Elementwise::Sigmoid => sigmoid(kb, xs[0]),
        Elementwise::Sub => kb.fsub(xs[0], xs[1]),
        Elementwise::Div => kb.fdiv(xs[0], xs[1]),
    }
}

/// The SGD update of element `j` of kernel `SgdUpdate { momentum }` in place, exactly as PyTorch's
/// single-tensor SGD in f32 (each product and sum rounded on its own): `g = grad + wd * param` when
/// `wd != 0`; with momentum `buf = first ? g : buf * momentum + g` and the step direction
/// `g + momentum * buf` (Nesterov) or `buf`; `param = param + (-lr) * direction`.
pub fn sgd_element<'ctx>(kb: &Kb<'_, 'ctx>, momentum: SgdMomentum, j: IntValue<'ctx>) -> Result<()> {
    let (grad, param) = (kb.ptr("grad")?, kb.ptr("param")?);
    let (g, p) = (kb.load(grad, j)?, kb.load(param, j)?);
    let wd = kb.float("weight_decay")?;
    let decays = kb.fcmp(FloatPredicate::ONE, wd, kb.f32(0.0))?;
    let g = kb.select(decays, kb.fadd(g, kb.fmul(wd, p)?)?, g)?.into_float_value();
    let direction = match momentum {
        SgdMomentum::None => g,
        SgdMomentum::Heavy | SgdMomentum::Nesterov => {
            let (buf, m) = (kb.ptr("buf")?, kb.float("momentum")?);
            let first = kb.icmp(IntPredicate::NE, kb.int("first")?, kb.i64(0))?;
            let b = kb.select(first, g, kb.fadd(kb.fmul(kb.load(buf, j)?, m)?, g)?)?.into_float_value();
            kb.store(buf, j, b)?;
            if momentum == SgdMomentum::Nesterov {
                kb.fadd(g, kb.fmul(m, b)?)?
            } else {
                b
            }
        }
    };
    let neg_lr = kb.b.build_float_neg(kb.float("lr")?, "neg_lr")?;
    kb.store(param, j, kb.fadd(p, kb.fmul(neg_lr, direction)?)?)
}

/// `1 / (1 + exp(-x))`.
fn sigmoid<'ctx>(kb: &Kb<'_, 'ctx>, x: FloatValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let e = exp_f32(kb, kb.b.build_float_neg(x, "neg")?)?;
    kb.fdiv(kb.f32(1.0), kb.fadd(kb.f32(1.0), e)?)
}

/// `exp(x)` in f32 (Cephes `expf`: Cody-Waite range reduction and a degree-5 polynomial, about 1 ulp),
/// built from plain arithmetic so that it is identical on every target and needs no libm.
/// `x` is clamped to `[-87, 88]`; NaN stays NaN.
pub(crate) fn exp_f32<'ctx>(kb: &Kb<'_, 'ctx>, x: FloatValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let xc = kb.fmin(kb.fmax(x, kb.f32(-87.0))?, kb.f32(88.0))?;
    let fx = kb.intrinsic("llvm.floor", &[kb.fadd(kb.fmul(xc, kb.f32(std::f32::consts::LOG2_E))?, kb.f32(0.5))?])?;
    let r = kb.fsub(xc, kb.fmul(fx, kb.f32(0.693_359_4))?)?;
    let r = kb.fsub(r, kb.fmul(fx, kb.f32(-2.121_944_4e-4))?)?;
    let coeffs = [1.987_569_1e-4, 1.398_199_9e-3, 8.333_452e-3, 4.166_579_6e-2, 1.666_666_5e-1, 0.5];
    let mut p = kb.f32(coeffs[0]);
    for c in &coeffs[1..] {
        p = kb.fadd(kb.fmul(p, r)?, kb.f32(*c))?;
    }
    let y = kb.fadd(kb.fadd(kb.fmul(p, kb.fmul(r, r)?)?, r)?, kb.f32(1.0))?;
    let n = kb.b.build_float_to_signed_int(fx, kb.ctx.i32_type(), "n")?;
    let bits = kb.b.build_left_shift(kb.b.build_int_add(n, kb.i32(127), "b")?, kb.i32(23), "sh")?;
    let scale = kb.b.build_bit_cast(bits, kb.f32t(), "pow2")?.into_float_value();
    let out = kb.fmul(y, scale)?;
    let nan = kb.fcmp(FloatPredicate::UNO, x, x)?;
    Ok(kb.select(nan, x, out)?.into_float_value())
}

/// `BnFinalize` for channel `ch`: reads `moments`, writes `norm_params` and the running statistics.
/// All statistics math is f64; see `syncbn_ir::lowered::BN_FINALIZE` for the rules.
pub fn finalize_channel<'ctx>(kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<()> {
    let c = kb.int("c")?;
    let m = kb.ptr("moments")?;
    let row = |r: i64| kb.add(kb.mul(kb.i64(r), c)?, ch);
    let n = kb.load(m, row(0)?)?;
    let sum = kb.load(m, row(1)?)?;
    let sumsq = kb.load(m, row(2)?)?;
    let zero = kb.f64(0.0);
    let positive = kb.fcmp(FloatPredicate::OGT, n, zero)?;
    let safe_n = kb.select(positive, n, kb.f64(1.0))?.into_float_value();
    let mean = kb.select(positive, kb.fdiv(sum, safe_n)?, zero)?.into_float_value();
    let raw_var = kb.fsub(kb.fdiv(sumsq, safe_n)?, kb.fmul(mean, mean)?)?;
    let var = kb.fmax(kb.select(positive, raw_var, zero)?.into_float_value(), zero)?;
    let eps = kb.float("epsilon")?;
    let inv_std = kb.fdiv(kb.f64(1.0), kb.intrinsic("llvm.sqrt", &[kb.fadd(var, eps)?])?)?;
    let scale = kb.ext(kb.load(kb.ptr("scale")?, ch)?)?;
    let mean_hi = kb.trunc(mean)?;
    let mean_lo = kb.trunc(kb.fsub(mean, kb.ext(mean_hi)?)?)?;
    let out = kb.ptr("norm_params")?;
    kb.store(out, row(MEAN_HI)?, mean_hi)?;
    kb.store(out, row(MEAN_LO)?, mean_lo)?;
    kb.store(out, row(INV_STD)?, kb.trunc(inv_std)?)?;
    kb.store(out, row(MUL)?, kb.trunc(kb.fmul(scale, inv_std)?)?)?;
    kb.store(out, row(ADD)?, kb.load(kb.ptr("bias")?, ch)?)?;
    let more_than_one = kb.fcmp(FloatPredicate::OGT, n, kb.f64(1.0))?;
    let n_minus_1 = kb.select(more_than_one, kb.fsub(n, kb.f64(1.0))?, kb.f64(1.0))?.into_float_value();
    let unbiased = kb.select(more_than_one, kb.fdiv(kb.fmul(var, n)?, n_minus_1)?, var)?.into_float_value();
    let momentum = kb.float("momentum")?;
    let keep = kb.fsub(kb.f64(1.0), momentum)?;
    for (old, new, batch) in [("running_mean", "running_mean_out", mean), ("running_var", "running_var_out", unbiased)]
    {
        let prev = kb.ext(kb.load(kb.ptr(old)?, ch)?)?;
        let v = kb.fadd(kb.fmul(momentum, prev)?, kb.fmul(keep, batch)?)?;
        kb.store(kb.ptr(new)?, ch, kb.trunc(v)?)?;
    }
    Ok(())
}

/// The shift of channel `ch`'s moments: its first element `x[ch * s]` as f64, or 0 when the shard
/// holds no element (`n * s == 0`). Every element is accumulated as `d = x - shift` (exact in f64),
/// so the sums of `d` and `d^2` stay at the data's spread rather than its mean.
pub fn channel_shift<'ctx>(kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let total = kb.mul(kb.int("n")?, kb.int("s")?)?;
    let shift = kb.var(kb.f64(0.0).into())?;
    let any = kb.icmp(IntPredicate::SGT, total, kb.i64(0))?;
    kb.if_then(any, || kb.set(shift, kb.ext(kb.load(kb.ptr("x")?, kb.mul(ch, kb.int("s")?)?)?)?))?;
    kb.getf(shift)
}

/// The payload rows from shifted sums over `count` elements: `sum = count * k + sd`,
/// `sumsq = sq + 2 * k * sd + count * k * k`. Each is one rounding from exact, so the variance formed
/// later keeps relative accuracy near `2^-53 * (mean/std)^2` whatever the element count.
pub fn unshift<'ctx>(
    kb: &Kb<'_, 'ctx>,
    k: FloatValue<'ctx>,
    count: FloatValue<'ctx>,
    sd: FloatValue<'ctx>,
    sq: FloatValue<'ctx>,
) -> Result<(FloatValue<'ctx>, FloatValue<'ctx>)> {
    let ck = kb.fmul(count, k)?;
    let sum = kb.fadd(ck, sd)?;
    let cross = kb.fmul(kb.fmul(kb.f64(2.0), k)?, sd)?;
    let sumsq = kb.fadd(kb.fadd(sq, cross)?, kb.fmul(ck, k)?)?;
    Ok((sum, sumsq))
}

/// `acc[0] += v[0]; acc[1] += v[1]` in f64.
pub fn accumulate<'ctx>(kb: &Kb<'_, 'ctx>, acc: [PointerValue<'ctx>; 2], v: [FloatValue<'ctx>; 2]) -> Result<()> {
    kb.set(acc[0], kb.fadd(kb.getf(acc[0])?, v[0])?)?;
    kb.set(acc[1], kb.fadd(kb.getf(acc[1])?, v[1])?)
}
