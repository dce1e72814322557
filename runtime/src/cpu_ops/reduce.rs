//! ReduceSum and ReduceMean over the axes their attributes name, accumulated in f64; the reduced
//! shape with kept dimensions broadcasts back to the input, which their gradients (in
//! `grad/reduce.rs`) use too.

use syncbn_ir::ops::reduce::reduced_axes;
use syncbn_ir::ops::Attrs;

use super::broadcast::{for_each, strides};
use super::{expect_len, numel, CpuOp, OpArgs};

/// The shape of a reduction of `x` with the reduced axes kept at size 1, and the count of elements
/// each output element gathers; the reduction's result must have `out`'s element count.
pub(super) fn kept_shape(attrs: &Attrs, x: &[usize], out: &[usize]) -> Result<(Vec<usize>, usize), String> {
    let reduced = reduced_axes(attrs, x.len())?;
    let kept: Vec<usize> = x.iter().zip(&reduced).map(|(&d, &r)| if r { 1 } else { d }).collect();
    let count = x.iter().zip(&reduced).filter(|(_, &r)| r).map(|(&d, _)| d).product();
    if numel(&kept) != numel(out) {
        return Err(format!("X {x:?} reduces to {kept:?}; expected the shape {out:?}"));
    }
    Ok((kept, count))
}

/// ReduceSum (`mean: false`) or ReduceMean.
pub struct Reduce {
    mean: bool,
}

/// The ReduceSum op.
pub static REDUCE_SUM: Reduce = Reduce { mean: false };
/// The ReduceMean op.
pub static REDUCE_MEAN: Reduce = Reduce { mean: true };

impl Reduce {
    /// The factor a summed element carries: `1 / count` for the mean.
    pub(super) fn scale(mean: bool, count: usize) -> f64 {
        if mean {
            1.0 / count.max(1) as f64
        } else {
            1.0
        }
    }
}

impl CpuOp for Reduce {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        let (kept, count) = kept_shape(a.attrs, x.shape, a.out_shape)?;
        expect_len(y, numel(&kept))?;
        let at = strides(&kept, x.shape)?;
        let mut sums = vec![0.0f64; y.len()];
        for_each(x.shape, [&at], |i, [o]| sums[o] += f64::from(x.data[i]));
        let scale = Reduce::scale(self.mean, count);
        y.iter_mut().zip(&sums).for_each(|(v, &s)| *v = (s * scale) as f32);
        Ok(())
    }
}
