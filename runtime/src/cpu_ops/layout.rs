//! Layout ops: Identity, Flatten and Reshape (a copy into the output's shape) and Concat (axis).

use super::{expect_len, numel, CpuOp, OpArgs};
use syncbn_ir::ops::reshape::CONCAT_AXIS;

/// An op whose output holds its input's elements in the same order.
pub struct SameOrder;

/// The Identity, Flatten and Reshape op (Reshape's target shape, an i64 initializer, is already in
/// the output type).
pub static SAME_ORDER: SameOrder = SameOrder;

impl CpuOp for SameOrder {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        expect_len(y, x.data.len())?;
        y.copy_from_slice(x.data);
        Ok(())
    }
}

/// Concat along `axis`.
pub struct Concat;

/// The Concat op.
pub static CONCAT: Concat = Concat;

impl CpuOp for Concat {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let out = a.out_shape;
        let axis = a.axis(CONCAT_AXIS, out.len())?;
        expect_len(y, numel(out))?;
        let outer = numel(&out[..axis]);
        let mut chunks = Vec::with_capacity(a.inputs.len());
        for i in 0..a.inputs.len() {
            let t = a.input(i)?;
            let fits = t.shape.len() == out.len()
                && t.shape.iter().zip(out).enumerate().all(|(k, (d, o))| k == axis || d == o);
            if !fits {
                return Err(format!("input {i} has shape {:?}; expected {out:?} except along axis {axis}", t.shape));
            }
            chunks.push((t.data, numel(&t.shape[axis..])));
        }
        if chunks.iter().map(|c| c.1).sum::<usize>().checked_mul(outer) != Some(y.len()) {
            return Err(format!("the inputs do not add up to the output shape {out:?}"));
        }
        let mut dst = 0;
        for o in 0..outer {
            for &(data, len) in &chunks {
                y[dst..dst + len].copy_from_slice(&data[o * len..(o + 1) * len]);
                dst += len;
            }
        }
        Ok(())
    }
}
