//! Elementwise unary ops: Sigmoid and Clip (bounds as attributes or as scalar inputs).

use super::{expect_len, CpuOp, OpArgs};
use syncbn_ir::activation::OPS;
use syncbn_ir::ops::elementwise::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::FloatAttr;

/// Sigmoid, `1 / (1 + exp(-x))`.
pub struct Sigmoid;

/// The Sigmoid op.
pub static SIGMOID: Sigmoid = Sigmoid;

impl CpuOp for Sigmoid {
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

/// An activation of [`syncbn_ir::activation`] (HardSwish, HardSigmoid, LeakyRelu, Elu, Selu, Gelu,
/// Tanh, Neg, Erf, Sqrt), evaluated in `f64` per element.
#[derive(Clone, Copy)]
pub struct Activation {
    /// The op name, an entry of [`syncbn_ir::activation::OPS`].
    pub op: &'static str,
}

/// One op per entry of [`syncbn_ir::activation::OPS`], in its order (Pow, a binary op on the CPU,
/// is found in the table first).
pub static ACTIVATIONS: [Activation; OPS.len()] = {
    let mut ops = [Activation { op: "" }; OPS.len()];
    let mut i = 0;
    while i < OPS.len() {
        ops[i] = Activation { op: OPS[i] };
        i += 1;
    }
    ops
};

impl CpuOp for Activation {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        expect_len(y, x.data.len())?;
        let f = activation(self.op, a)?;
        y.iter_mut().zip(x.data).for_each(|(d, &v)| *d = f.value(f64::from(v)) as f32);
        Ok(())
    }
}

/// The activation `op` with the launch's attributes.
pub(super) fn activation(op: &str, a: &OpArgs<'_>) -> Result<syncbn_ir::activation::Activation, String> {
    syncbn_ir::activation::Activation::from_attrs(op, a.attrs)
        .ok_or_else(|| format!("{op} is not an activation with known parameters"))
}

/// Dropout: the identity in eval mode or at ratio 0; in training mode `x / (1 - ratio)` where
/// [`syncbn_ir::dropout::keeps`] keeps the element's position within its sample, else 0.
pub struct Dropout;

/// The Dropout op.
pub static DROPOUT: Dropout = Dropout;

impl CpuOp for Dropout {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        expect_len(y, x.data.len())?;
        let dropout = syncbn_ir::ops::dropout::DropoutAttrs::of(a.attrs);
        let (ratio, seed) = (dropout.ratio, dropout.seed);
        if dropout.is_identity() {
            y.copy_from_slice(x.data);
            return Ok(());
        }
        let scale = 1.0 / (1.0 - ratio);
        for (i, (d, &v)) in y.iter_mut().zip(x.data).enumerate() {
            let at = syncbn_ir::dropout::position(i, x.shape);
            *d = if syncbn_ir::dropout::keeps(seed, at, ratio) { (f64::from(v) * scale) as f32 } else { 0.0 };
        }
        Ok(())
    }
}
