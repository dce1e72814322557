//! Elementwise unary ops: Sigmoid and Clip (bounds as attributes or as scalar inputs).

use super::{expect_len, CpuOp, OpArgs};
use syncbn_ir::ops::elementwise::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::FloatAttr;

/// Sigmoid, `1 / (1 + exp(-x))`.
pub struct Sigmoid;

/// The Sigmoid op.
pub static SIGMOID: Sigmoid = Sigmoid;

impl CpuOp for Sigmoid {
    fn name(&self) -> &'static str {
        "Sigmoid"
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        expect_len(y, x.data.len())?;
        y.iter_mut().zip(x.data).for_each(|(d, &v)| *d = 1.0 / (1.0 + (-v).exp()));
        Ok(())
    }
}

/// Clip, `min(max(x, lo), hi)`.
pub struct Clip;

/// The Clip op.
pub static CLIP: Clip = Clip;

impl CpuOp for Clip {
    fn name(&self) -> &'static str {
        "Clip"
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        expect_len(y, x.data.len())?;
        let lo = bound(a, 1, CLIP_MIN)?;
        let hi = bound(a, 2, CLIP_MAX)?;
        y.iter_mut().zip(x.data).for_each(|(d, &v)| *d = v.max(lo).min(hi));
        Ok(())
    }
}

/// A Clip bound: scalar input `index` if given, else attribute `attr` (or its default).
fn bound(a: &OpArgs<'_>, index: usize, attr: FloatAttr) -> Result<f32, String> {
    let name = attr.name;
    match a.optional(index) {
        Some(t) => t
            .data
            .first()
            .copied()
            .filter(|_| t.data.len() == 1)
            .ok_or_else(|| format!("input {index} ({name}) is not a scalar")),
        None => Ok(attr.read(a.attrs) as f32),
    }
}
