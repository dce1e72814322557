//! Add, Sub, Mul, Div and Pow with numpy broadcasting (Add of two same-shape tensors runs as the native kernel).

use super::broadcast::{for_each, strides};
use super::{expect_len, numel, CpuOp, OpArgs};

/// A broadcasting binary op.
pub struct Binary {
    f: fn(f32, f32) -> f32,
}

/// The Add op.
pub static ADD: Binary = Binary { f: |a, b| a + b };
/// The Mul op.
pub static MUL: Binary = Binary { f: |a, b| a * b };
/// The Sub op.
pub static SUB: Binary = Binary { f: |a, b| a - b };
/// The Div op.
pub static DIV: Binary = Binary { f: |a, b| a / b };
/// The Pow op.
pub static POW: Binary = Binary { f: f32::powf };

impl CpuOp for Binary {
    fn run(&self, args: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let (a, b) = (args.input(0)?, args.input(1)?);
        expect_len(y, numel(args.out_shape))?;
        if a.shape == args.out_shape && b.shape == args.out_shape {
            y.iter_mut().zip(a.data.iter().zip(b.data)).for_each(|(d, (&p, &q))| *d = (self.f)(p, q));
            return Ok(());
        }
        let (sa, sb) = (strides(a.shape, args.out_shape)?, strides(b.shape, args.out_shape)?);
        for_each(args.out_shape, [&sa, &sb], |i, [oa, ob]| y[i] = (self.f)(a.data[oa], b.data[ob]));
        Ok(())
    }
}
