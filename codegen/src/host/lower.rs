//! Host-native kernels: the catalogue's ops as plain loops over `[N, C, S]` tensors (batch, then
//! channel, then the contiguous spatial run) that LLVM's O3 pipeline vectorizes for the host CPU.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::values::{FloatValue, IntValue};
use inkwell::{AddressSpace, AtomicOrdering, IntPredicate};

use super::tuning::HostTuning;
use crate::error::{CodegenError, Result};
use crate::kernels::formulas::{
    accumulate, elementwise_consts, elementwise_eval, elementwise_inputs, family_eval, family_inputs, family_output,
    finalize_channel, grad_params_channel, load_channel, sgd_element,
};
use crate::kernels::reductions::{ChannelReduction, GradSums, Moments};
use crate::kernels::{Kb, KernelKind};

/// Adds the host-native kernel `kind` to `module` as `void name(params...)`.
pub fn build_host_kernel<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    kind: KernelKind,
    name: &str,
    tuning: HostTuning,
) -> Result<()> {
    let kb = Kb::new(ctx, module, kind, name, AddressSpace::default())?;
    mark_pointers_noalias(&kb);
    match kind {
        KernelKind::LocalMoments => channel_reduce(&kb, &Moments, "moments")?,
        KernelKind::BnGradReduce { .. } => channel_reduce(&kb, &GradSums::of(kind)?, "sums")?,
        KernelKind::BnFinalize => kb.for_range(kb.i64(0), kb.int("c")?, kb.i64(1), |ch| finalize_channel(&kb, ch))?,
        KernelKind::BnGradParams => {
            kb.for_range(kb.i64(0), kb.int("c")?, kb.i64(1), |ch| grad_params_channel(&kb, ch))?
        }
        KernelKind::Elementwise(op) => {
            let consts = elementwise_consts(&kb, op)?;
            let ins = elementwise_inputs(op);
            let y = kb.ptr("y")?;
            kb.for_range(kb.i64(0), kb.int("len")?, kb.i64(1), |j| {
                let xs = load_all(&kb, ins, j)?;
                kb.store(y, j, elementwise_eval(&kb, op, &consts, &xs)?)
            })?;
        }
        KernelKind::SgdUpdate { momentum } => {
            kb.for_range(kb.i64(0), kb.int("len")?, kb.i64(1), |j| sgd_element(&kb, momentum, j))?
        }
        KernelKind::MomentsPartial
        | KernelKind::MomentsCombine
        | KernelKind::BnGradPartial { .. }
        | KernelKind::BnGradCombine
        | KernelKind::Op(_) => return Err(CodegenError::Builder(format!("{name} is a GPU-only kernel"))),
        family => normalize_family(&kb, family, tuning)?,
    }
    kb.ret()
}

/// Buffers passed to host kernels never overlap (the safe API borrows outputs mutably).
fn mark_pointers_noalias(kb: &Kb) {
    let kind = Attribute::get_named_enum_kind_id("noalias");
    for (i, p) in kb.func.get_param_iter().enumerate() {
        if p.is_pointer_value() {
            kb.func.add_attribute(AttributeLoc::Param(i as u32), kb.ctx.create_enum_attribute(kind, 0));
        }
    }
}

fn load_all<'ctx>(kb: &Kb<'_, 'ctx>, names: &[&str], idx: IntValue<'ctx>) -> Result<Vec<FloatValue<'ctx>>> {
    names.iter().map(|n| kb.load(kb.ptr(n)?, idx)).collect()
}

/// Floats per host vector (256 bits; the backend splits or keeps it as the CPU allows).
const LANES: u32 = 8;

/// `for n { for c { consts(c); for s { y = f(x) } } }`. Outputs below the tuning's streaming size
/// take that plain loop, which LLVM vectorizes; larger ones run each `s` run as a scalar head up to a 32-byte aligned output, a
/// `<8 x float>` body with streaming stores, a scalar tail, and end with a fence so that other
/// threads see the streamed data.
fn normalize_family(kb: &Kb, kind: KernelKind, tuning: HostTuning) -> Result<()> {
    let total = kb.mul(kb.mul(kb.int("n")?, kb.int("c")?)?, kb.int("s")?)?;
    let large = kb.icmp(
        IntPredicate::SGE,
        kb.mul(total, kb.i64(4))?,
        kb.i64(tuning.stream_min_bytes.min(i64::MAX as u64) as i64),
    )?;
    kb.if_else(large, || normalize_rows(kb, kind, true), || normalize_rows(kb, kind, false))?;
    kb.b.build_fence(AtomicOrdering::SequentiallyConsistent, false, "")?;
    Ok(())
}

fn normalize_rows<'ctx>(kb: &Kb<'_, 'ctx>, kind: KernelKind, stream: bool) -> Result<()> {
    let (c, s) = (kb.int("c")?, kb.int("s")?);
    let ins = family_inputs(kind);
    let y = kb.ptr(family_output(kind))?;
    kb.for_range(kb.i64(0), kb.int("n")?, kb.i64(1), |i| {
        kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
            let consts = load_channel(kb, kind, ch)?;
            let base = kb.mul(kb.add(kb.mul(i, c)?, ch)?, s)?;
            let scalar = |j: IntValue<'ctx>| {
                let at = kb.add(base, j)?;
                kb.store(y, at, family_eval(kb, kind, &consts, &load_all(kb, ins, at)?)?)
            };
            if !stream {
                return kb.for_range(kb.i64(0), s, kb.i64(1), scalar);
            }
            let vconsts = consts.splat(kb, LANES)?;
            let vbytes = LANES as i64 * 4;
            let addr = kb.b.build_ptr_to_int(kb.at(y, base)?, kb.i64t(), "addr")?;
            let low = kb.b.build_and(addr, kb.i64(vbytes - 1), "low")?;
            let misaligned = kb.b.build_and(kb.sub(kb.i64(vbytes), low)?, kb.i64(vbytes - 1), "mis")?;
            let head = umin(kb, kb.b.build_right_shift(misaligned, kb.i64(2), false, "head")?, s)?;
            kb.for_range(kb.i64(0), head, kb.i64(1), scalar)?;
            let body_end = kb.add(head, kb.b.build_and(kb.sub(s, head)?, kb.i64(-(LANES as i64)), "body")?)?;
            kb.for_range(head, body_end, kb.i64(LANES as i64), |j| {
                let at = kb.add(base, j)?;
                let xs = ins.iter().map(|n| kb.load_vector(kb.ptr(n)?, at, LANES, 4)).collect::<Result<Vec<_>>>()?;
                kb.store_streaming(y, at, family_eval(kb, kind, &vconsts, &xs)?, vbytes as u32)
            })?;
            kb.for_range(body_end, s, kb.i64(1), scalar)
        })
    })
}

fn umin<'ctx>(kb: &Kb<'_, 'ctx>, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
    Ok(kb.select(kb.icmp(IntPredicate::ULT, a, b)?, a, b)?.into_int_value())
}

/// One pass over images `first..end` of the reduction's inputs: per row `(n, c)`, `<8 x double>`
/// accumulators of the two contributions over the contiguous run (lane `l` takes the elements
/// `l mod 8`: a fixed summation order, whatever the CPU's vector width), a scalar tail, then the
/// row totals (tail, then lanes 0..8) added to the channel's sums in `out` (`f64 [3, C]`) in image
/// order. The call with `first = 0` starts the sums; the one with `end = n` turns them into payload
/// rows (see [`ChannelReduction::finish`]). Each row's total depends on that row alone, so calls
/// over consecutive ranges add the same totals in the same order as one call over `0..n`.
fn channel_reduce<'ctx, R: ChannelReduction<'ctx>>(kb: &Kb<'_, 'ctx>, r: &R, out: &str) -> Result<()> {
    let (n, c, s) = (kb.int("n")?, kb.int("c")?, kb.int("s")?);
    let (first, end) = (kb.int("first")?, kb.int("end")?);
    let out = kb.ptr(out)?;
    let count = kb.i2f64(kb.mul(n, s)?)?;
    let row_of = |stat: i64, ch| kb.add(kb.mul(kb.i64(stat), c)?, ch);
    kb.if_then(kb.icmp(IntPredicate::EQ, first, kb.i64(0))?, || {
        kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
            kb.store(out, ch, count)?;
            kb.store(out, row_of(1, ch)?, kb.f64(0.0))?;
            kb.store(out, row_of(2, ch)?, kb.f64(0.0))
        })
    })?;
    let vt = kb.f64t().vec_type(LANES);
    kb.for_range(first, end, kb.i64(1), |i| {
        kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
            let k = r.prepare(kb, ch)?;
            let base = kb.mul(kb.add(kb.mul(i, c)?, ch)?, s)?;
            let rows = r.inputs().iter().map(|name| kb.at(kb.ptr(name)?, base)).collect::<Result<Vec<_>>>()?;
            let vacc = [kb.var(vt.const_zero().into())?, kb.var(vt.const_zero().into())?];
            let body_end = kb.b.build_and(s, kb.i64(-(LANES as i64)), "body")?;
            kb.for_range(kb.i64(0), body_end, kb.i64(LANES as i64), |j| {
                let xs = rows.iter().map(|row| kb.load_vector(*row, j, LANES, 4)).collect::<Result<Vec<_>>>()?;
                let v = r.contrib(kb, &k, &xs)?;
                kb.set(vacc[0], kb.fadd(kb.getv(vacc[0])?, v[0])?)?;
                kb.set(vacc[1], kb.fadd(kb.getv(vacc[1])?, v[1])?)
            })?;
            let tail = [kb.var(kb.f64(0.0).into())?, kb.var(kb.f64(0.0).into())?];
            kb.for_range(body_end, s, kb.i64(1), |j| {
                let xs = rows.iter().map(|row| kb.load(*row, j)).collect::<Result<Vec<_>>>()?;
                accumulate(kb, tail, r.contrib(kb, &k, &xs)?)
            })?;
            for stat in 0..2 {
                let mut total = kb.getf(tail[stat])?;
                let v = kb.getv(vacc[stat])?;
                for l in 0..LANES {
                    let lane = kb.b.build_extract_element(v, kb.i32(l as i32), "lane")?.into_float_value();
                    total = kb.fadd(total, lane)?;
                }
                let at = row_of(stat as i64 + 1, ch)?;
                kb.store(out, at, kb.fadd(kb.load(out, at)?, total)?)?;
            }
            Ok(())
        })
    })?;
    kb.if_then(kb.icmp(IntPredicate::EQ, end, n)?, || {
        kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
            let sums = [kb.load(out, row_of(1, ch)?)?, kb.load(out, row_of(2, ch)?)?];
            let [a, b] = r.finish(kb, ch, count, sums)?;
            kb.store(out, row_of(1, ch)?, a)?;
            kb.store(out, row_of(2, ch)?, b)
        })
    })
}
