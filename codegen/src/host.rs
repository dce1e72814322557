//! Host-native kernels: the catalogue's ops as plain loops over `[N, C, S]` tensors (batch, then
//! channel, then the contiguous spatial run) that LLVM's O3 pipeline vectorizes for the host CPU.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::values::{FloatValue, IntValue, PointerValue};
use inkwell::AddressSpace;

use crate::catalog::KernelKind;
use crate::error::Result;
use crate::formulas::{
    elementwise_consts, elementwise_eval, elementwise_inputs, family_eval, family_inputs, finalize_channel, load_channel,
};
use crate::kb::Kb;

/// Lanes of independent accumulators per statistic in the host moments loop (a fixed summation order,
/// so results do not depend on the CPU's vector width).
const MOMENT_LANES: u32 = 8;

/// Adds the host-native kernel `kind` to `module` as `void name(params...)`.
pub fn build_host_kernel<'ctx>(ctx: &'ctx Context, module: &Module<'ctx>, kind: KernelKind, name: &str) -> Result<()> {
    let kb = Kb::new(ctx, module, kind, name, AddressSpace::default())?;
    mark_pointers_noalias(&kb);
    match kind {
        KernelKind::LocalMoments => local_moments(&kb)?,
        KernelKind::BnFinalize => kb.for_range(kb.i64(0), kb.int("c")?, kb.i64(1), |ch| finalize_channel(&kb, ch))?,
        KernelKind::Elementwise(op) => {
            let consts = elementwise_consts(&kb, op)?;
            let ins = elementwise_inputs(op);
            let y = kb.ptr("y")?;
            kb.for_range(kb.i64(0), kb.int("len")?, kb.i64(1), |j| {
                let xs = load_all(&kb, ins, j)?;
                kb.store(y, j, elementwise_eval(&kb, op, &consts, &xs)?)
            })?;
        }
        KernelKind::MomentsPartial | KernelKind::MomentsCombine => {
            return Err(crate::error::CodegenError::Builder(format!("{name} is a GPU-only kernel")))
        }
        family => normalize_family(&kb, family)?,
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

/// `for n { for c { consts(c); for s { y = f(x) } } }`.
fn normalize_family(kb: &Kb, kind: KernelKind) -> Result<()> {
    let (c, s) = (kb.int("c")?, kb.int("s")?);
    let ins = family_inputs(kind);
    let y = kb.ptr("y")?;
    kb.for_range(kb.i64(0), kb.int("n")?, kb.i64(1), |i| {
        kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
            let consts = load_channel(kb, kind, ch)?;
            let base = kb.mul(kb.add(kb.mul(i, c)?, ch)?, s)?;
            kb.for_range(kb.i64(0), s, kb.i64(1), |j| {
                let at = kb.add(base, j)?;
                let xs = load_all(kb, ins, at)?;
                kb.store(y, at, family_eval(kb, kind, &consts, &xs)?)
            })
        })
    })
}

/// One pass over `x`: per row `(n, c)`, [`MOMENT_LANES`] f64 accumulators for the sum and for the sum
/// of squares over the contiguous run, a scalar tail, then the row totals added to the channel's moments.
fn local_moments(kb: &Kb) -> Result<()> {
    let (n, c, s) = (kb.int("n")?, kb.int("c")?, kb.int("s")?);
    let (x, out) = (kb.ptr("x")?, kb.ptr("moments")?);
    let count = kb.i2f64(kb.mul(n, s)?)?;
    kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
        kb.store(out, ch, count)?;
        kb.store(out, kb.add(c, ch)?, kb.f64(0.0))?;
        kb.store(out, kb.add(kb.add(c, c)?, ch)?, kb.f64(0.0))
    })?;
    let lanes = kb.i64(MOMENT_LANES as i64);
    kb.for_range(kb.i64(0), n, kb.i64(1), |i| {
        kb.for_range(kb.i64(0), c, kb.i64(1), |ch| {
            let row = kb.at(x, kb.mul(kb.add(kb.mul(i, c)?, ch)?, s)?)?;
            let zero = kb.f64(0.0).into();
            let sums: Vec<PointerValue> = (0..2 * MOMENT_LANES).map(|_| kb.var(zero)).collect::<Result<_>>()?;
            let body_end = kb.sub(s, kb.urem(s, lanes)?)?;
            kb.for_range(kb.i64(0), body_end, lanes, |j| {
                let vals = kb.load_vec(row, j, MOMENT_LANES, 4)?;
                for (l, v) in vals.into_iter().enumerate() {
                    accumulate(kb, sums[2 * l], sums[2 * l + 1], v)?;
                }
                Ok(())
            })?;
            kb.for_range(body_end, s, kb.i64(1), |j| accumulate(kb, sums[0], sums[1], kb.load(row, j)?))?;
            for (stat, first) in [(1, 0usize), (2, 1usize)] {
                let mut total = kb.getf(sums[first])?;
                for l in 1..MOMENT_LANES as usize {
                    total = kb.fadd(total, kb.getf(sums[2 * l + first])?)?;
                }
                let at = kb.add(kb.mul(kb.i64(stat), c)?, ch)?;
                kb.store(out, at, kb.fadd(kb.load(out, at)?, total)?)?;
            }
            Ok(())
        })
    })
}

/// `sum += x; sumsq += x * x` in f64 (exact products: a 24-bit mantissa squared fits in 53 bits).
fn accumulate<'ctx>(kb: &Kb<'_, 'ctx>, sum: PointerValue<'ctx>, sumsq: PointerValue<'ctx>, x: FloatValue<'ctx>) -> Result<()> {
    let d = kb.ext(x)?;
    kb.set(sum, kb.fadd(kb.getf(sum)?, d)?)?;
    kb.set(sumsq, kb.fadd(kb.getf(sumsq)?, kb.fmul(d, d)?)?)
}
