//! GPU kernels, written once over the [`Device`] interface: the two-stage deterministic per-channel
//! reductions (forward moments, backward gradient sums), finalize, the normalize family (with the
//! backward `dX`), the parameter gradients and element-wise ops, all with grid-stride loops and
//! 128-bit vector loads (`<4 x float>`) where the shape and alignment allow, with a scalar path otherwise.

use inkwell::values::{FloatValue, IntValue, PointerValue};
use inkwell::IntPredicate;

use super::device::{Device, WARP};
use super::grid::Grid;
use crate::error::Result;
use crate::kernels::formulas::accumulate;
use crate::kernels::reductions::ChannelReduction;
use crate::kernels::Kb;

/// Floats per vector access.
const VEC: u32 = 4;

/// Whether every pointer is 16-byte aligned and `multiple_of` (if any) divides by [`VEC`].
fn vec_ok<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ptrs: &[PointerValue<'ctx>],
    multiple_of: Option<IntValue<'ctx>>,
) -> Result<IntValue<'ctx>> {
    let mut low_bits = match multiple_of {
        Some(v) => kb.urem(v, kb.i64(VEC as i64))?,
        None => kb.i64(0),
    };
    for p in ptrs {
        let addr = kb.b.build_ptr_to_int(*p, kb.i64t(), "addr")?;
        low_bits = kb.b.build_or(low_bits, kb.b.build_and(addr, kb.i64(15), "low")?, "or")?;
    }
    kb.icmp(IntPredicate::EQ, low_bits, kb.i64(0))
}

/// `out[i] = eval(prepare(i), inputs[i])` for `i < total`, grid-stride (`io`: the input and output
/// parameter names). When the pointers are 16-byte
/// aligned and `vec_multiple` (the run a vector must not cross: `S` for per-channel kernels, none for
/// flat ones) divides by 4, whole vectors take a `<4 x float>` path (one `prepare` per vector) and the
/// rest a scalar tail; otherwise everything takes the scalar path.
pub(super) fn map_kernel<'ctx, T>(
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    io: (&[&str], &str),
    total: IntValue<'ctx>,
    vec_multiple: Option<IntValue<'ctx>>,
    prepare: impl Fn(IntValue<'ctx>) -> Result<T>,
    eval: impl Fn(&T, &[FloatValue<'ctx>]) -> Result<FloatValue<'ctx>>,
) -> Result<()> {
    let ins: Vec<PointerValue> = io.0.iter().map(|n| kb.ptr(n)).collect::<Result<_>>()?;
    let y = kb.ptr(io.1)?;
    let mut all = ins.clone();
    all.push(y);
    let vec_total = kb.sub(total, kb.urem(total, kb.i64(VEC as i64))?)?;
    let scalar_from = kb.var(kb.i64(0).into())?;
    let vok = vec_ok(kb, &all, vec_multiple)?;
    kb.if_then(vok, || {
        kb.set(scalar_from, vec_total)?;
        let start = kb.mul(g.global_id, kb.i64(VEC as i64))?;
        let step = kb.mul(g.global_stride, kb.i64(VEC as i64))?;
        kb.for_range(start, vec_total, step, |i| {
            let lanes: Vec<Vec<FloatValue>> = ins.iter().map(|p| kb.load_vec(*p, i, VEC, 16)).collect::<Result<_>>()?;
            let k = prepare(i)?;
            let out: Vec<FloatValue> = (0..VEC as usize)
                .map(|l| eval(&k, &lanes.iter().map(|v| v[l]).collect::<Vec<_>>()))
                .collect::<Result<_>>()?;
            kb.store_vec(y, i, &out, 16)
        })
    })?;
    let start = kb.add(kb.b.build_load(scalar_from, "from")?.into_int_value(), g.global_id)?;
    kb.for_range(start, total, g.global_stride, |i| {
        let xs: Vec<FloatValue> = ins.iter().map(|p| kb.load(*p, i)).collect::<Result<_>>()?;
        kb.store(y, i, eval(&prepare(i)?, &xs)?)
    })
}

/// Stage 2: the channel's partials summed in part order, turned into the payload rows of `out`.
pub(super) fn combine_channel<'ctx, R: ChannelReduction<'ctx>>(
    kb: &Kb<'_, 'ctx>,
    r: &R,
    out: &str,
    ch: IntValue<'ctx>,
) -> Result<()> {
    let (c, parts, partial, out) = (kb.int("c")?, kb.int("parts")?, kb.ptr("partial")?, kb.ptr(out)?);
    let acc = [kb.var(kb.f64(0.0).into())?, kb.var(kb.f64(0.0).into())?];
    let base = kb.mul(kb.mul(ch, parts)?, kb.i64(2))?;
    kb.for_range(kb.i64(0), parts, kb.i64(1), |p| {
        let at = kb.add(base, kb.mul(p, kb.i64(2))?)?;
        for (k, a) in acc.iter().enumerate() {
            kb.set(*a, kb.fadd(kb.getf(*a)?, kb.load(partial, kb.add(at, kb.i64(k as i64))?)?)?)?;
        }
        Ok(())
    })?;
    let count = kb.i2f64(kb.mul(kb.int("n")?, kb.int("s")?)?)?;
    let [sum, sumsq] = r.finish(kb, ch, count, [kb.getf(acc[0])?, kb.getf(acc[1])?])?;
    kb.store(out, ch, count)?;
    kb.store(out, kb.add(c, ch)?, sum)?;
    kb.store(out, kb.add(kb.add(c, c)?, ch)?, sumsq)
}

/// Stage 1: work item `w = ch * parts + p` (grid-stride over blocks) reduces part `p` of channel
/// `ch`'s `N * S` elements to the reduction's two sums, each thread in f64, then the block in fixed
/// order (warp shuffles, then one warp over the per-warp totals); thread 0 writes
/// `partial[w] = (sum 0, sum 1)`.
pub(super) fn channel_partial<'ctx, D: Device, R: ChannelReduction<'ctx>>(
    dev: &D,
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    r: &R,
) -> Result<()> {
    let (n, c, s, parts) = (kb.int("n")?, kb.int("c")?, kb.int("s")?, kb.int("parts")?);
    let ins: Vec<PointerValue> = r.inputs().iter().map(|name| kb.ptr(name)).collect::<Result<_>>()?;
    let partial = kb.ptr("partial")?;
    let shared = [dev.shared_f64(kb, "sum", WARP)?, dev.shared_f64(kb, "sumsq", WARP)?];
    let total = kb.mul(n, s)?;
    let per_part = kb.udiv(kb.add(total, kb.sub(parts, kb.i64(1))?)?, parts)?;
    let chunk = kb.b.build_and(kb.add(per_part, kb.i64(VEC as i64 - 1))?, kb.i64(-(VEC as i64)), "chunk")?;
    let vok = vec_ok(kb, &ins, Some(s))?;
    kb.for_range(g.block, kb.mul(c, parts)?, g.gdim, |w| {
        let ch = kb.udiv(w, parts)?;
        let p = kb.urem(w, parts)?;
        let lo = umin(kb, kb.mul(p, chunk)?, total)?;
        let hi = umin(kb, kb.add(lo, chunk)?, total)?;
        let acc = [kb.var(kb.f64(0.0).into())?, kb.var(kb.f64(0.0).into())?];
        let k = r.prepare(kb, ch)?;
        let element = |j: IntValue<'ctx>| -> Result<IntValue<'ctx>> {
            let row = kb.udiv(j, s)?;
            let col = kb.sub(j, kb.mul(row, s)?)?;
            kb.add(kb.mul(kb.add(kb.mul(row, c)?, ch)?, s)?, col)
        };
        kb.if_else(
            vok,
            || {
                let start = kb.add(lo, kb.mul(g.tid, kb.i64(VEC as i64))?)?;
                kb.for_range(start, hi, kb.mul(g.bdim, kb.i64(VEC as i64))?, |j| {
                    let at = element(j)?;
                    let lanes = ins.iter().map(|p| kb.load_vec(*p, at, VEC, 16)).collect::<Result<Vec<_>>>()?;
                    (0..VEC as usize).try_for_each(|l| {
                        let xs: Vec<FloatValue> = lanes.iter().map(|v| v[l]).collect();
                        accumulate(kb, acc, r.contrib(kb, &k, &xs)?)
                    })
                })
            },
            || {
                kb.for_range(kb.add(lo, g.tid)?, hi, g.bdim, |j| {
                    let at = element(j)?;
                    let xs = ins.iter().map(|p| kb.load(*p, at)).collect::<Result<Vec<_>>>()?;
                    accumulate(kb, acc, r.contrib(kb, &k, &xs)?)
                })
            },
        )?;
        block_reduce(dev, kb, g, acc, shared, |totals| {
            let at = kb.mul(w, kb.i64(2))?;
            kb.store(partial, at, totals[0])?;
            kb.store(partial, kb.add(at, kb.i64(1))?, totals[1])
        })
    })
}

fn umin<'ctx>(kb: &Kb<'_, 'ctx>, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
    Ok(kb.select(kb.icmp(IntPredicate::ULT, a, b)?, a, b)?.into_int_value())
}

/// Sums two f64 values over the block in a fixed order; `on_total` runs in thread 0 with the totals.
/// Ends with a barrier, so the shared arrays may be reused right after.
fn block_reduce<'ctx, D: Device>(
    dev: &D,
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    acc: [PointerValue<'ctx>; 2],
    shared: [PointerValue<'ctx>; 2],
    on_total: impl FnOnce([FloatValue<'ctx>; 2]) -> Result<()>,
) -> Result<()> {
    let lane = kb.b.build_and(g.tid, kb.i64(WARP as i64 - 1), "lane")?;
    let warp = kb.b.build_right_shift(g.tid, kb.i64(5), false, "warp")?;
    for a in acc {
        kb.set(a, warp_sum(dev, kb, kb.getf(a)?)?)?;
    }
    kb.if_then(kb.icmp(IntPredicate::EQ, lane, kb.i64(0))?, || {
        (0..2).try_for_each(|k| kb.store(shared[k], warp, kb.getf(acc[k])?))
    })?;
    dev.barrier(kb)?;
    kb.if_then(kb.icmp(IntPredicate::EQ, warp, kb.i64(0))?, || {
        let warps = kb.b.build_right_shift(g.bdim, kb.i64(5), false, "warps")?;
        let live = kb.icmp(IntPredicate::ULT, lane, warps)?;
        let mut totals = [kb.f64(0.0); 2];
        for k in 0..2 {
            let v = kb.var(kb.f64(0.0).into())?;
            kb.if_then(live, || kb.set(v, kb.load(shared[k], lane)?))?;
            totals[k] = warp_sum(dev, kb, kb.getf(v)?)?;
        }
        kb.if_then(kb.icmp(IntPredicate::EQ, lane, kb.i64(0))?, || on_total(totals))
    })?;
    dev.barrier(kb)
}

/// Sum over the 32 lanes of a warp by shuffles (lane 0 holds the total, in a fixed order).
fn warp_sum<'ctx, D: Device>(dev: &D, kb: &Kb<'_, 'ctx>, v: FloatValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let mut v = v;
    let mut delta = WARP / 2;
    while delta > 0 {
        v = kb.fadd(v, shfl_down_f64(dev, kb, v, delta)?)?;
        delta /= 2;
    }
    Ok(v)
}

/// An f64 shuffle as two i32 shuffles.
fn shfl_down_f64<'ctx, D: Device>(
    dev: &D,
    kb: &Kb<'_, 'ctx>,
    v: FloatValue<'ctx>,
    delta: u32,
) -> Result<FloatValue<'ctx>> {
    let i32t = kb.ctx.i32_type();
    let bits = kb.b.build_bit_cast(v, kb.i64t(), "bits")?.into_int_value();
    let lo = kb.b.build_int_truncate(bits, i32t, "lo")?;
    let hi = kb.b.build_int_truncate(kb.b.build_right_shift(bits, kb.i64(32), false, "hi64")?, i32t, "hi")?;
    let (lo, hi) = (dev.shfl_down_i32(kb, lo, delta)?, dev.shfl_down_i32(kb, hi, delta)?);
    let hi = kb.b.build_left_shift(kb.zext64(hi)?, kb.i64(32), "hish")?;
    let joined = kb.b.build_or(hi, kb.zext64(lo)?, "joined")?;
    Ok(kb.b.build_bit_cast(joined, kb.f64t(), "f")?.into_float_value())
}
