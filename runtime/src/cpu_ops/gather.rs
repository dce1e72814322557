//! Index-map ops: Transpose, Slice and Pad, where every output element reads one input position (or
//! Pad's constant). Slice and Pad share [`Positions`], which their adjoints (SliceGrad, PadGrad in
//! `grad/gather.rs`) walk the other way.

use syncbn_ir::ops::pad::{paddings, PadMode, PAD_VALUE};
use syncbn_ir::ops::slice::ranges;
use syncbn_ir::ops::transpose::{permutation, PERM};

use super::broadcast::for_each;
use super::{expect_len, numel, CpuOp, OpArgs};

/// Row-major strides of `shape`.
fn row_strides(shape: &[usize]) -> Vec<usize> {
    let mut st = vec![1; shape.len()];
    for a in (0..shape.len().saturating_sub(1)).rev() {
        st[a] = st[a + 1] * shape[a + 1];
    }
    st
}

/// Per output axis, the input offset each output position reads (`None`: Pad's fill).
pub(super) struct Positions {
    axes: Vec<Vec<Option<usize>>>,
}

impl Positions {
    /// The positions of a Slice node of input shape `x` and output shape `out`.
    pub(super) fn slice(a: &OpArgs<'_>, x: &[usize], out: &[usize]) -> Result<Positions, String> {
        let sizes: Vec<Option<usize>> = x.iter().copied().map(Some).collect();
        let ranges = ranges(a.attrs, &sizes)?;
        let st = row_strides(x);
        let axes = ranges
            .iter()
            .zip(&st)
            .map(|(r, &s)| {
                let r = r.ok_or("an axis without a size")?;
                Ok((0..r.len).map(|i| Some(r.source(i) * s)).collect())
            })
            .collect::<Result<Vec<Vec<Option<usize>>>, String>>()?;
        Positions { axes }.of_shape(out)
    }

    /// The positions of a Pad node of input shape `x` and output shape `out`.
    pub(super) fn pad(a: &OpArgs<'_>, x: &[usize], out: &[usize]) -> Result<Positions, String> {
        let pads = paddings(a.attrs, x.len())?;
        let mode = PadMode::of(a.attrs);
        let st = row_strides(x);
        let axes = x
            .iter()
            .zip(&pads)
            .zip(&st)
            .map(|((&n, &(begin, end)), &s)| {
                (0..n + begin + end).map(|i| mode.source(i, n, begin).map(|p| p * s)).collect()
            })
            .collect();
        Positions { axes }.of_shape(out)
    }

    fn of_shape(self, out: &[usize]) -> Result<Positions, String> {
        let shape: Vec<usize> = self.axes.iter().map(Vec::len).collect();
        if shape != out {
            return Err(format!("the attributes give output shape {shape:?}; expected {out:?}"));
        }
        Ok(self)
    }

    /// Calls `f(output offset, input offset)` for every output element in row-major order.
    pub(super) fn walk(&self, mut f: impl FnMut(usize, Option<usize>)) {
        let mut next = 0;
        walk_axes(&self.axes, Some(0), &mut next, &mut f);
    }
}

fn walk_axes(
    axes: &[Vec<Option<usize>>],
    base: Option<usize>,
    next: &mut usize,
    f: &mut impl FnMut(usize, Option<usize>),
) {
    match axes.split_first() {
        None => {
            f(*next, base);
            *next += 1;
        }
        Some((positions, rest)) => {
            for &p in positions {
                walk_axes(rest, base.zip(p).map(|(b, p)| b + p), next, f);
            }
        }
    }
}

/// Transpose by `perm`.
pub struct Transpose;

/// The Transpose op.
pub static TRANSPOSE: Transpose = Transpose;

impl CpuOp for Transpose {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        let perm = permutation(PERM.get(a.attrs), x.shape.len())?;
        let out: Vec<usize> = perm.iter().map(|&p| x.shape[p]).collect();
        if out != a.out_shape {
            return Err(format!("X {:?} transposed by {perm:?} is {out:?}; expected {:?}", x.shape, a.out_shape));
        }
        expect_len(y, numel(&out))?;
        let st = row_strides(x.shape);
        let read: Vec<usize> = perm.iter().map(|&p| st[p]).collect();
        for_each(&out, [&read], |o, [i]| y[o] = x.data[i]);
        Ok(())
    }
}

/// Slice or Pad: each output element copies its input position (Pad's fill where none).
pub struct IndexMap {
    /// Pad (else Slice).
    pad: bool,
}

/// The Slice op.
pub static SLICE: IndexMap = IndexMap { pad: false };
/// The Pad op.
pub static PAD: IndexMap = IndexMap { pad: true };

impl CpuOp for IndexMap {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        let positions = match self.pad {
            true => Positions::pad(a, x.shape, a.out_shape)?,
            false => Positions::slice(a, x.shape, a.out_shape)?,
        };
        expect_len(y, numel(a.out_shape))?;
        let fill = PAD_VALUE.read(a.attrs) as f32;
        positions.walk(|o, i| y[o] = i.map_or(fill, |i| x.data[i]));
        Ok(())
    }
}
