//! Gradients of the layout ops: ReshapeLike (of Reshape, Flatten and Identity) and ConcatGrad.

use syncbn_ir::ops::grad::CONCAT_INDEX;
use syncbn_ir::ops::reshape::CONCAT_AXIS;

use super::super::{expect_len, numel, CpuOp, OpArgs};
use super::like_shape;

/// ReshapeLike: `dY`'s elements in `X`'s shape.
pub struct ReshapeLike;

/// The ReshapeLike op.
pub static RESHAPE_LIKE: ReshapeLike = ReshapeLike;

impl CpuOp for ReshapeLike {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let like = like_shape(a, 1)?;
        if numel(like) != dy.data.len() {
            return Err(format!("dY {:?} does not have the element count of X {like:?}", dy.shape));
        }
        expect_len(dx, dy.data.len())?;
        dx.copy_from_slice(dy.data);
        Ok(())
    }
}

/// ConcatGrad: the slice of `dY` along `axis` that Concat input `index` occupied.
pub struct ConcatGrad;

/// The ConcatGrad op.
pub static CONCAT_GRAD: ConcatGrad = ConcatGrad;

impl CpuOp for ConcatGrad {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let parts = a.inputs.len().saturating_sub(1);
        let index = usize::try_from(CONCAT_INDEX.read(a.attrs))
            .ok()
            .filter(|&k| k < parts)
            .ok_or_else(|| format!("attribute \"index\" must name one of the {parts} Concat inputs"))?;
        let axis = a.axis(CONCAT_AXIS, dy.shape.len())?;
        let part = like_shape(a, index + 1)?;
        let mut start = 0usize;
        for i in 1..=index {
            start = start.saturating_add(a.input(i)?.shape.get(axis).copied().unwrap_or(usize::MAX));
        }
        let fits = part.len() == dy.shape.len()
            && part.iter().zip(dy.shape).enumerate().all(|(k, (p, d))| k == axis || p == d)
            && start.checked_add(part[axis]).is_some_and(|end| end <= dy.shape[axis]);
        if !fits {
            return Err(format!(
                "input {} of shape {part:?} at offset {start} along axis {axis} does not fit in dY {:?}",
                index + 1,
                dy.shape
            ));
        }
        expect_len(dx, numel(part))?;
        let inner = numel(&dy.shape[axis + 1..]);
        let (row, width) = (dy.shape[axis] * inner, part[axis] * inner);
        for (o, dst) in dx.chunks_exact_mut(width.max(1)).enumerate() {
            dst.copy_from_slice(&dy.data[o * row + start * inner..][..dst.len()]);
        }
        Ok(())
    }
}
