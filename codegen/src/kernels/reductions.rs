//! The per-channel reductions to a `f64 [3, C]` payload, written once for the host and GPU kernels:
//! what each element contributes to two f64 sums and how the sums become payload rows 1 and 2 (row 0
//! is the element count). [`Moments`] is the forward `LocalMoments`, [`GradSums`] the backward
//! `BnGradReduce`.

use inkwell::values::{FloatValue, IntValue};

use super::builder::{Kb, Num};
use super::catalog::{GradMask, KernelKind};
use super::formulas::{channel_shift, grad_inputs, mask_bounds, masked_dy, unshift};
use crate::error::{CodegenError, Result};

/// One per-channel reduction of `[N, C, S]` inputs into two f64 sums per channel.
pub trait ChannelReduction<'ctx> {
    /// The `[N, C, S]` tensor parameters read per element, in the order [`Self::contrib`] takes them.
    fn inputs(&self) -> &'static [&'static str];

    /// The channel's scalar constants, computed once per channel (and row, on the host).
    fn prepare(&self, kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<Vec<FloatValue<'ctx>>>;

    /// The two f64 contributions of one element, or of each lane of `f32` vectors (the results are
    /// then `f64` vectors of as many lanes).
    fn contrib<T: Num<'ctx>>(&self, kb: &Kb<'_, 'ctx>, k: &[FloatValue<'ctx>], xs: &[T]) -> Result<[T; 2]>;

    /// Payload rows 1 and 2 of channel `ch` from its two sums over `count` elements.
    fn finish(
        &self,
        kb: &Kb<'_, 'ctx>,
        ch: IntValue<'ctx>,
        count: FloatValue<'ctx>,
        sums: [FloatValue<'ctx>; 2],
    ) -> Result<[FloatValue<'ctx>; 2]>;
}

/// The forward moments: sums of `d = x - shift` and `d^2` with the channel's shift (its first
/// element), turned into sum and sum of squares by [`unshift`].
pub struct Moments;

impl<'ctx> ChannelReduction<'ctx> for Moments {
    fn inputs(&self) -> &'static [&'static str] {
        &["x"]
    }

    fn prepare(&self, kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<Vec<FloatValue<'ctx>>> {
        Ok(vec![channel_shift(kb, ch)?])
    }

    fn contrib<T: Num<'ctx>>(&self, kb: &Kb<'_, 'ctx>, k: &[FloatValue<'ctx>], xs: &[T]) -> Result<[T; 2]> {
        let x = kb.widen(xs[0])?;
        let d = kb.fsub(x, kb.broadcast(k[0], x)?)?;
        Ok([d, kb.fmul(d, d)?])
    }

    fn finish(
        &self,
        kb: &Kb<'_, 'ctx>,
        ch: IntValue<'ctx>,
        count: FloatValue<'ctx>,
        sums: [FloatValue<'ctx>; 2],
    ) -> Result<[FloatValue<'ctx>; 2]> {
        let (sum, sumsq) = unshift(kb, channel_shift(kb, ch)?, count, sums[0], sums[1])?;
        Ok([sum, sumsq])
    }
}

/// The backward payload: sums of `dZ` and `dZ * ((x - mean_hi) - mean_lo)`, each term formed in f64
/// (`x`, `mean_hi`, `mean_lo` widened first, so the centred value is exact to f64 whatever
/// `|mean|/std`), with `dZ` the masked `dY`.
pub struct GradSums {
    /// The mask applied to `dY`.
    pub mask: GradMask,
}

impl GradSums {
    /// The reduction of a `BnGradReduce` or `BnGradPartial` kernel (any mask for `BnGradCombine`).
    pub fn of(kind: KernelKind) -> Result<GradSums> {
        match kind {
            KernelKind::BnGradReduce { mask } | KernelKind::BnGradPartial { mask } => Ok(GradSums { mask }),
            KernelKind::BnGradCombine => Ok(GradSums { mask: GradMask::None }),
            other => Err(CodegenError::Builder(format!("{other:?} is not a gradient reduction"))),
        }
    }
}

impl<'ctx> ChannelReduction<'ctx> for GradSums {
    fn inputs(&self) -> &'static [&'static str] {
        grad_inputs(self.mask)
    }

    /// `[mean_hi, mean_lo]` widened to f64, then the mask's `lo`, `hi` (f32) when it has them.
    fn prepare(&self, kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<Vec<FloatValue<'ctx>>> {
        let (c, p) = (kb.int("c")?, kb.ptr("norm_params")?);
        let mut k = vec![kb.ext(kb.load(p, ch)?)?, kb.ext(kb.load(p, kb.add(c, ch)?)?)?];
        if let Some((lo, hi)) = mask_bounds(kb, self.mask)? {
            k.extend([lo, hi]);
        }
        Ok(k)
    }

    fn contrib<T: Num<'ctx>>(&self, kb: &Kb<'_, 'ctx>, k: &[FloatValue<'ctx>], xs: &[T]) -> Result<[T; 2]> {
        let bounds = match k {
            [_, _, lo, hi] => Some((kb.broadcast(*lo, xs[0])?, kb.broadcast(*hi, xs[0])?)),
            _ => None,
        };
        let dz = kb.widen(masked_dy(kb, self.mask, xs[0], xs.get(2).copied(), bounds)?)?;
        let x = kb.widen(xs[1])?;
        let d = kb.fsub(kb.fsub(x, kb.broadcast(k[0], x)?)?, kb.broadcast(k[1], x)?)?;
        Ok([dz, kb.fmul(dz, d)?])
    }

    fn finish(
        &self,
        _kb: &Kb<'_, 'ctx>,
        _ch: IntValue<'ctx>,
        _count: FloatValue<'ctx>,
        sums: [FloatValue<'ctx>; 2],
    ) -> Result<[FloatValue<'ctx>; 2]> {
        Ok(sums)
    }
}
