//! GPU kernel bodies of the class-label losses ([`OpKernel::Loss`], [`OpKernel::LossGrad`]):
//! softmax cross-entropy and negative log-likelihood over `[N, C]` or `[N, C, d1, ..., dk]` scores
//! (an item per label: a row, or a pixel whose `C` scores lie `inner` apart) against f32 class
//! indices, with optional class weights and an ignored label, computed as the CPU op of
//! `syncbn-runtime` does (each item's log-sum-exp and the sums over items in f64, in order).
//!
//! A `sum` or `mean` loss is two kernels: every item's loss and weight in parallel
//! ([`OpKernel::LossItems`]), then a block adds them in the CPU op's order
//! ([`crate::LOSS_SUM_PARTIALS`]: a thread a partial, then the partials in order;
//! [`OpKernel::LossSum`]); a `mean` gradient divides by the kept weight that
//! [`OpKernel::LossKeptWeight`] sums once before it, the same way.
//!
//! [`OpKernel::Loss`]: crate::kernels::OpKernel::Loss
//! [`OpKernel::LossGrad`]: crate::kernels::OpKernel::LossGrad
//! [`OpKernel::LossItems`]: crate::kernels::OpKernel::LossItems
//! [`OpKernel::LossSum`]: crate::kernels::OpKernel::LossSum
//! [`OpKernel::LossKeptWeight`]: crate::kernels::OpKernel::LossKeptWeight

use inkwell::values::{FloatValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::device::Device;
use super::grid::{items, pick, Grid};
use crate::error::Result;
use crate::kernels::{math, Kb, LossKind, LOSS_SUM_PARTIALS};

/// `reduction` values (indices into `LOSS_REDUCTIONS`).
const NONE: i64 = 0;
const MEAN: i64 = 2;

/// What an item's label says: whether the item counts, its class (0 when it does not) and its
/// weight (0 when it does not).
struct Label<'ctx> {
    kept: IntValue<'ctx>,
    class: IntValue<'ctx>,
    weight: FloatValue<'ctx>,
}

/// Item `r`'s label: kept when it is not the ignored label and is a class index in `0..classes`
/// (labels are checked before a run, so any other value only leaves its item out).
fn label<'ctx>(kb: &Kb<'_, 'ctx>, r: IntValue<'ctx>) -> Result<Label<'ctx>> {
    let l = kb.load(kb.ptr("labels")?, r)?;
    let has_ignore = kb.icmp(IntPredicate::NE, kb.int("has_ignore")?, kb.i64(0))?;
    let ignored = kb.b.build_and(has_ignore, kb.fcmp(FloatPredicate::OEQ, l, kb.float("ignore")?)?, "ignored")?;
    let classes = kb.int("classes")?;
    let classes_f = kb.b.build_signed_int_to_float(classes, kb.f32t(), "classes")?;
    let in_range = kb.b.build_and(
        kb.fcmp(FloatPredicate::OGE, l, kb.f32(0.0))?,
        kb.fcmp(FloatPredicate::OLT, l, classes_f)?,
        "in_range",
    )?;
    let index = kb.b.build_float_to_signed_int(pick(kb, in_range, l, kb.f32(0.0))?, kb.i64t(), "class")?;
    let whole = kb.fcmp(FloatPredicate::OEQ, kb.b.build_signed_int_to_float(index, kb.f32t(), "back")?, l)?;
    let kept = kb.b.build_and(kb.b.build_and(in_range, whole, "class_ok")?, kb.b.build_not(ignored, "not")?, "kept")?;
    let class = pick(kb, kept, index, kb.i64(0))?;
    let has_weights = kb.icmp(IntPredicate::NE, kb.int("has_weights")?, kb.i64(0))?;
    // `weights` is bound to another tensor of at least `classes` elements when absent.
    let w = pick(kb, has_weights, kb.ext(kb.load(kb.ptr("weights")?, class)?)?, kb.f64(1.0))?;
    Ok(Label { kept, class, weight: pick(kb, kept, w, kb.f64(0.0))? })
}

/// Where item `r`'s scores start (class 0): `(r / inner) * classes * inner + r % inner`.
fn base<'ctx>(kb: &Kb<'_, 'ctx>, r: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
    let inner = kb.int("inner")?;
    let image = kb.mul(kb.udiv(r, inner)?, kb.mul(kb.int("classes")?, inner)?)?;
    kb.add(image, kb.urem(r, inner)?)
}

/// The position of class `k` of the item whose scores start at `base`.
fn at<'ctx>(kb: &Kb<'_, 'ctx>, base: IntValue<'ctx>, k: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
    kb.add(base, kb.mul(k, kb.int("inner")?)?)
}

/// `log(sum exp(item))` in f64, shifted by the item's f32 maximum.
fn log_sum_exp<'ctx>(kb: &Kb<'_, 'ctx>, scores: PointerValue<'ctx>, base: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let classes = kb.int("classes")?;
    let max = kb.var(kb.f32(f32::NEG_INFINITY).into())?;
    kb.for_range(kb.i64(0), classes, kb.i64(1), |k| {
        kb.set(max, kb.fmax(kb.getf(max)?, kb.load(scores, at(kb, base, k)?)?)?)
    })?;
    let max = kb.getf(max)?;
    let sum = kb.var(kb.f64(0.0).into())?;
    kb.for_range(kb.i64(0), classes, kb.i64(1), |k| {
        let shifted = kb.ext(kb.fsub(kb.load(scores, at(kb, base, k)?)?, max)?)?;
        kb.set(sum, kb.fadd(kb.getf(sum)?, math::exp(kb, shifted)?)?)
    })?;
    kb.fadd(kb.ext(max)?, math::ln(kb, kb.getf(sum)?)?)
}

/// Item `r`'s weighted loss in f64 (0 for an item left out).
fn item_loss<'ctx>(
    kb: &Kb<'_, 'ctx>,
    kind: LossKind,
    r: IntValue<'ctx>,
) -> Result<(FloatValue<'ctx>, FloatValue<'ctx>)> {
    let label = label(kb, r)?;
    let loss = kb.var(kb.f64(0.0).into())?;
    kb.if_then(label.kept, || {
        let (scores, base) = (kb.ptr("scores")?, base(kb, r)?);
        let picked = kb.ext(kb.load(scores, at(kb, base, label.class)?)?)?;
        let value = match kind {
            LossKind::CrossEntropy => kb.fsub(log_sum_exp(kb, scores, base)?, picked)?,
            LossKind::Nll => kb.b.build_float_neg(picked, "neg")?,
        };
        kb.set(loss, kb.fmul(label.weight, value)?)
    })?;
    Ok((kb.getf(loss)?, label.weight))
}

fn reduction_is<'ctx>(kb: &Kb<'_, 'ctx>, value: i64) -> Result<IntValue<'ctx>> {
    kb.icmp(IntPredicate::EQ, kb.int("reduction")?, kb.i64(value))
}

/// Reduction `none`: each item's weighted loss, a thread an item.
pub(super) fn loss<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, kind: LossKind) -> Result<()> {
    let y = kb.ptr("y")?;
    items(kb, g, |r| kb.store(y, r, kb.trunc(item_loss(kb, kind, r)?.0)?))
}

/// `ptr` (f32 slots of a workspace) seen as f64 elements.
fn as_f64<'ctx>(kb: &Kb<'_, 'ctx>, ptr: PointerValue<'ctx>) -> Result<PointerValue<'ctx>> {
    let space = ptr.get_type().get_address_space();
    Ok(kb.b.build_pointer_cast(ptr, kb.f64t().ptr_type(space), "as_f64")?)
}

/// Each item's weighted loss and kept weight, f64, at `items[2 r]` and `items[2 r + 1]`: a thread
/// an item.
pub(super) fn loss_items<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, kind: LossKind) -> Result<()> {
    let out = as_f64(kb, kb.ptr("items")?)?;
    items(kb, g, |r| {
        let (loss, weight) = item_loss(kb, kind, r)?;
        let at = kb.mul(r, kb.i64(2))?;
        kb.store(out, at, loss)?;
        kb.store(out, kb.add(at, kb.i64(1))?, weight)
    })
}

/// The items' losses and kept weights added in the order of [`LOSS_SUM_PARTIALS`]: `y` is the sum,
/// divided by the kept weight for `mean`.
pub(super) fn loss_sum<'ctx, D: Device>(dev: &D, kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let values = as_f64(kb, kb.ptr("items")?)?;
    let item = |r: IntValue<'ctx>| -> Result<[FloatValue<'ctx>; 2]> {
        let at = kb.mul(r, kb.i64(2))?;
        Ok([kb.load(values, at)?, kb.load(values, kb.add(at, kb.i64(1))?)?])
    };
    partial_sums(dev, kb, g, item, |[sum, weight]| {
        let value = pick(kb, reduction_is(kb, MEAN)?, kb.fdiv(sum, weight)?, sum)?;
        kb.store(kb.ptr("y")?, kb.i64(0), kb.trunc(value)?)
    })
}

/// The kept weight of every item, added in the order of [`LOSS_SUM_PARTIALS`], into `total[0]`.
pub(super) fn kept_weight<'ctx, D: Device>(dev: &D, kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let item = |r: IntValue<'ctx>| -> Result<[FloatValue<'ctx>; 2]> { Ok([label(kb, r)?.weight, kb.f64(0.0)]) };
    partial_sums(dev, kb, g, item, |[total, _]| kb.store(kb.ptr("total")?, kb.i64(0), total))
}

/// Two f64 sums over the items `0..len` (`item(r)` gives item `r`'s pair) in the order of
/// [`LOSS_SUM_PARTIALS`]: the threads of block 0 form the partials (a thread each, items a
/// partial-count apart, in order), then thread 0 adds them in order and hands the totals to
/// `done`. Other blocks do nothing.
fn partial_sums<'ctx, D: Device>(
    dev: &D,
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    item: impl Fn(IntValue<'ctx>) -> Result<[FloatValue<'ctx>; 2]>,
    done: impl FnOnce([FloatValue<'ctx>; 2]) -> Result<()>,
) -> Result<()> {
    let count = kb.i64(LOSS_SUM_PARTIALS as i64);
    let shared = [
        dev.shared_f64(kb, "partial_a", LOSS_SUM_PARTIALS as u32)?,
        dev.shared_f64(kb, "partial_b", LOSS_SUM_PARTIALS as u32)?,
    ];
    kb.if_then(kb.icmp(IntPredicate::EQ, g.block, kb.i64(0))?, || {
        kb.for_range(g.tid, count, g.bdim, |t| {
            let acc = [kb.var(kb.f64(0.0).into())?, kb.var(kb.f64(0.0).into())?];
            kb.set(acc[0], kb.f64(0.0))?;
            kb.set(acc[1], kb.f64(0.0))?;
            kb.for_range(t, kb.int("len")?, count, |r| {
                let pair = item(r)?;
                (0..2).try_for_each(|k| kb.set(acc[k], kb.fadd(kb.getf(acc[k])?, pair[k])?))
            })?;
            (0..2).try_for_each(|k| kb.store(shared[k], t, kb.getf(acc[k])?))
        })?;
        dev.barrier(kb)?;
        kb.if_then(kb.icmp(IntPredicate::EQ, g.tid, kb.i64(0))?, || {
            let totals = [kb.var(kb.f64(0.0).into())?, kb.var(kb.f64(0.0).into())?];
            kb.for_range(kb.i64(0), count, kb.i64(1), |t| {
                (0..2).try_for_each(|k| kb.set(totals[k], kb.fadd(kb.getf(totals[k])?, kb.load(shared[k], t)?)?))
            })?;
            done([kb.getf(totals[0])?, kb.getf(totals[1])?])
        })
    })
}

/// The upstream gradient of item `r`: `d_loss[r]` for `none`, else `d_loss[0]`, divided for `mean`
/// by the kept weight of every item (`total[0]`, from [`kept_weight`]).
fn upstream<'ctx>(kb: &Kb<'_, 'ctx>, r: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let d_loss = kb.ptr("d_loss")?;
    let none = reduction_is(kb, NONE)?;
    let g = kb.ext(kb.load(d_loss, pick(kb, none, r, kb.i64(0))?)?)?;
    let divisor = kb.var(kb.f64(1.0).into())?;
    kb.if_then(reduction_is(kb, MEAN)?, || kb.set(divisor, kb.load(kb.ptr("total")?, kb.i64(0))?))?;
    kb.fdiv(g, kb.getf(divisor)?)
}

/// The gradient in the scores, a thread an item: 0 for an item left out; cross-entropy
/// `w * g * (softmax(item) - onehot(label))`; NLL `-w * g` at the label, 0 elsewhere.
pub(super) fn loss_grad<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, kind: LossKind) -> Result<()> {
    items(kb, g, |r| {
        let (scores, dx, base, classes) = (kb.ptr("scores")?, kb.ptr("dx")?, base(kb, r)?, kb.int("classes")?);
        kb.for_range(kb.i64(0), classes, kb.i64(1), |k| kb.store(dx, at(kb, base, k)?, kb.f32(0.0)))?;
        let label = label(kb, r)?;
        kb.if_then(label.kept, || {
            let factor = kb.fmul(label.weight, upstream(kb, r)?)?;
            match kind {
                LossKind::CrossEntropy => {
                    let lse = log_sum_exp(kb, scores, base)?;
                    kb.for_range(kb.i64(0), classes, kb.i64(1), |k| {
                        let here = at(kb, base, k)?;
                        let p = math::exp(kb, kb.fsub(kb.ext(kb.load(scores, here)?)?, lse)?)?;
                        let hit = kb.icmp(IntPredicate::EQ, k, label.class)?;
                        let target = pick(kb, hit, kb.f64(1.0), kb.f64(0.0))?;
                        kb.store(dx, here, kb.trunc(kb.fmul(factor, kb.fsub(p, target)?)?)?)
                    })
                }
                LossKind::Nll => {
                    kb.store(dx, at(kb, base, label.class)?, kb.trunc(kb.b.build_float_neg(factor, "neg")?)?)
                }
            }
        })
    })
}
