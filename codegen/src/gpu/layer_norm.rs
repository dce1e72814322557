//! GPU kernel bodies of LayerNormalization and its gradients ([`OpKernel::LayerNorm`],
//! [`OpKernel::LayerNormGrad`], [`OpKernel::LayerNormScaleGrad`]): one thread per row (per column for
//! the scale gradient), every statistic and sum in f64 in the order of the CPU op of
//! `syncbn-runtime`, so the results match it bit for bit.

use inkwell::values::{FloatValue, IntValue};
use inkwell::IntPredicate;

use super::grid::{items, pick, Grid};
use crate::error::Result;
use crate::kernels::{Kb, OpKernel};

/// Builds the body of `op`, one of the three LayerNormalization kernels.
pub(super) fn build<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, op: OpKernel) -> Result<()> {
    match op {
        OpKernel::LayerNorm => forward(kb, g),
        OpKernel::LayerNormGrad => grad_input(kb, g),
        _ => grad_scale(kb, g),
    }
}

/// A row of `row_len` elements starting at element `base`.
struct Row<'ctx> {
    base: IntValue<'ctx>,
    len: IntValue<'ctx>,
}

impl<'ctx> Row<'ctx> {
    fn at(&self, kb: &Kb<'_, 'ctx>, j: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        kb.add(self.base, j)
    }

    /// `sum over j of term(j)` in f64, in order.
    fn sum(
        &self,
        kb: &Kb<'_, 'ctx>,
        term: &dyn Fn(IntValue<'ctx>) -> Result<FloatValue<'ctx>>,
    ) -> Result<FloatValue<'ctx>> {
        let acc = kb.var(kb.f64(0.0).into())?;
        kb.for_range(kb.i64(0), self.len, kb.i64(1), |j| kb.set(acc, kb.fadd(kb.getf(acc)?, term(j)?)?))?;
        kb.getf(acc)
    }

    /// `x` at element `j` of the row, widened.
    fn load(&self, kb: &Kb<'_, 'ctx>, name: &str, j: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
        kb.ext(kb.load(kb.ptr(name)?, self.at(kb, j)?)?)
    }

    /// The row's mean of `x` and `1 / sqrt(biased variance + epsilon)`.
    fn stats(&self, kb: &Kb<'_, 'ctx>) -> Result<(FloatValue<'ctx>, FloatValue<'ctx>)> {
        let n = kb.i2f64(self.len)?;
        let mean = kb.fdiv(self.sum(kb, &|j| self.load(kb, "x", j))?, n)?;
        let var = kb.fdiv(
            self.sum(kb, &|j| {
                let d = kb.fsub(self.load(kb, "x", j)?, mean)?;
                kb.fmul(d, d)
            })?,
            n,
        )?;
        let root = kb.intrinsic("llvm.sqrt", &[kb.fadd(var, kb.float("epsilon")?)?])?;
        Ok((mean, kb.fdiv(kb.f64(1.0), root)?))
    }
}

/// Row `r` of `row_len` elements.
fn row<'ctx>(kb: &Kb<'_, 'ctx>, r: IntValue<'ctx>) -> Result<Row<'ctx>> {
    let len = kb.int("row_len")?;
    Ok(Row { base: kb.mul(r, len)?, len })
}

/// Parameter `name` (`scale` or `bias`) at column `j`, widened.
fn param<'ctx>(kb: &Kb<'_, 'ctx>, name: &str, j: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    kb.ext(kb.load(kb.ptr(name)?, j)?)
}

fn forward<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    items(kb, g, |r| {
        let row = row(kb, r)?;
        let (mean, inv) = row.stats(kb)?;
        let has_bias = kb.icmp(IntPredicate::NE, kb.int("has_bias")?, kb.i64(0))?;
        kb.for_range(kb.i64(0), row.len, kb.i64(1), |j| {
            let normed = kb.fmul(kb.fmul(kb.fsub(row.load(kb, "x", j)?, mean)?, inv)?, param(kb, "scale", j)?)?;
            let bias = pick(kb, has_bias, param(kb, "bias", j)?, kb.f64(0.0))?;
            kb.store(kb.ptr("y")?, row.at(kb, j)?, kb.trunc(kb.fadd(normed, bias)?)?)
        })
    })
}

fn grad_input<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    items(kb, g, |r| {
        let row = row(kb, r)?;
        let (mean, inv) = row.stats(kb)?;
        let n = kb.i2f64(row.len)?;
        let grad = |j: IntValue<'ctx>| kb.fmul(row.load(kb, "dy", j)?, param(kb, "scale", j)?);
        let xhat = |j: IntValue<'ctx>| kb.fmul(kb.fsub(row.load(kb, "x", j)?, mean)?, inv);
        let mean_g = kb.fdiv(row.sum(kb, &grad)?, n)?;
        let mean_gx = kb.fdiv(row.sum(kb, &|j| kb.fmul(grad(j)?, xhat(j)?))?, n)?;
        kb.for_range(kb.i64(0), row.len, kb.i64(1), |j| {
            let centred = kb.fsub(kb.fsub(grad(j)?, mean_g)?, kb.fmul(xhat(j)?, mean_gx)?)?;
            kb.store(kb.ptr("dx")?, row.at(kb, j)?, kb.trunc(kb.fmul(inv, centred)?)?)
        })
    })
}

fn grad_scale<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    items(kb, g, |j| {
        let len = kb.int("len")?;
        let acc = kb.var(kb.f64(0.0).into())?;
        kb.for_range(kb.i64(0), kb.int("rows")?, kb.i64(1), |r| {
            let row = Row { base: kb.mul(r, len)?, len };
            let (mean, inv) = row.stats(kb)?;
            let term = kb.fmul(kb.fmul(row.load(kb, "dy", j)?, kb.fsub(row.load(kb, "x", j)?, mean)?)?, inv)?;
            kb.set(acc, kb.fadd(kb.getf(acc)?, term)?)
        })?;
        kb.store(kb.ptr("d_scale")?, j, kb.trunc(kb.getf(acc)?)?)
    })
}
