//! Slice of a tensor computed at run time: attributes `starts`, `ends`, `axes` and `steps` (the
//! operands of opset 10+ become them at load, see [`crate::fold`]; a Slice of shape values is folded
//! there instead), with ONNX's clamping. The run-time (batch) axis is not sliced.

use super::attrs::{AttrSpec, IntsAttr, Rule};
use super::{expect_float, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// Slice's `starts` (required).
pub const STARTS: IntsAttr = IntsAttr { name: "starts", rule: Rule::Any };
/// Slice's `ends` (required; clamped to the axis).
pub const ENDS: IntsAttr = IntsAttr { name: "ends", rule: Rule::Any };
/// Slice's `axes` (default `0..len(starts)`; negative from the end).
pub const SLICE_AXES: IntsAttr = IntsAttr { name: "axes", rule: Rule::Any };
/// Slice's `steps` (default 1; never 0).
pub const STEPS: IntsAttr = IntsAttr { name: "steps", rule: Rule::Any };

const ATTRS: &[AttrSpec] = &[STARTS.spec(), ENDS.spec(), SLICE_AXES.spec(), STEPS.spec()];

/// The elements one axis keeps: `start, start + step, ...`, `len` of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisRange {
    /// The first input position.
    pub start: usize,
    /// The distance between kept positions (negative walks backwards).
    pub step: i64,
    /// How many positions are kept.
    pub len: usize,
}

impl AxisRange {
    /// The input position of output position `i`.
    pub fn source(&self, i: usize) -> usize {
        (self.start as i64 + i as i64 * self.step) as usize
    }
}

/// The kept range of every axis of `shape` (`None`: an axis of run-time size, which must not be
/// sliced) under a node's attributes, following ONNX's clamping rules.
pub fn ranges(attrs: &super::Attrs, shape: &[Option<usize>]) -> Result<Vec<Option<AxisRange>>, String> {
    let rank = shape.len();
    let starts = STARTS.get(attrs).ok_or("Slice needs attribute \"starts\"")?;
    let ends = ENDS.get(attrs).ok_or("Slice needs attribute \"ends\"")?;
    let default_axes: Vec<i64> = (0..starts.len() as i64).collect();
    let axes = SLICE_AXES.get(attrs).unwrap_or(&default_axes);
    let ones = vec![1; starts.len()];
    let steps = STEPS.get(attrs).unwrap_or(&ones);
    if ends.len() != starts.len() || axes.len() != starts.len() || steps.len() != starts.len() {
        return Err(format!(
            "starts {starts:?}, ends {ends:?}, axes {axes:?} and steps {steps:?} differ in length; expected one \
             entry per sliced axis"
        ));
    }
    let mut out: Vec<Option<AxisRange>> =
        shape.iter().map(|d| d.map(|n| AxisRange { start: 0, step: 1, len: n })).collect();
    let mut seen = vec![false; rank];
    for k in 0..starts.len() {
        let resolved = if axes[k] < 0 { axes[k] + rank as i64 } else { axes[k] };
        let axis = usize::try_from(resolved)
            .ok()
            .filter(|&a| a < rank && !seen[a])
            .ok_or_else(|| format!("axes {axes:?}: axis {} is out of range for rank {rank} or repeated", axes[k]))?;
        seen[axis] = true;
        if steps[k] == 0 {
            return Err(format!("steps {steps:?}: entry {k} is 0; expected a non-zero step"));
        }
        let n = shape[axis].ok_or_else(|| format!("axis {axis} has a run-time size; expected fixed-size axes only"))?;
        out[axis] = Some(AxisRange::clamped(starts[k], ends[k], steps[k], n as i64));
    }
    Ok(out)
}

impl AxisRange {
    /// The range ONNX's Slice keeps of an axis of size `n` (start and end clamped, negative values
    /// counted from the end); `step` must not be 0.
    pub fn clamped(start: i64, end: i64, step: i64, n: i64) -> AxisRange {
        let wrap = |v: i64| if v < 0 { v.saturating_add(n) } else { v };
        let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
        let (start, end) = (wrap(start).clamp(lo, hi), wrap(end).clamp(lo, hi));
        let span = if step > 0 { end - start } else { start - end };
        let len = if span <= 0 { 0 } else { (span - 1) as u64 / step.unsigned_abs() + 1 };
        AxisRange { start: start.max(0) as usize, step, len: len as usize }
    }
}

/// Slice.
pub struct Slice;

/// The Slice schema.
pub static SLICE: Slice = Slice;

impl OpSchema for Slice {
    fn signature(&self) -> Signature {
        Signature { name: crate::onnx_ops::SLICE, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: ATTRS }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if STARTS.get(&node.attrs).is_none() || ENDS.get(&node.attrs).is_none() {
            return Err(OpError::node("Slice needs attributes \"starts\" and \"ends\" (or constant operands)"));
        }
        Ok(())
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        let fixed: Vec<Option<usize>> = x.shape.iter().map(|d| d.fixed().map(|n| n as usize)).collect();
        let ranges = ranges(&node.attrs, &fixed).map_err(OpError::node)?;
        let shape =
            x.shape.iter().zip(ranges).map(|(d, r)| r.map_or(d.clone(), |r| Dim::Fixed(r.len as u64))).collect();
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamping_follows_onnx() {
        assert_eq!(AxisRange::clamped(1, 100, 1, 5), AxisRange { start: 1, step: 1, len: 4 });
        assert_eq!(AxisRange::clamped(-2, i64::MAX, 1, 5), AxisRange { start: 3, step: 1, len: 2 });
        assert_eq!(AxisRange::clamped(-1, i64::MIN, -1, 5), AxisRange { start: 4, step: -1, len: 5 });
        assert_eq!(AxisRange::clamped(0, 5, 2, 5), AxisRange { start: 0, step: 2, len: 3 });
        assert_eq!(AxisRange::clamped(3, 1, 1, 5).len, 0);
        assert_eq!(AxisRange::clamped(4, 0, -2, 5), AxisRange { start: 4, step: -2, len: 2 });
        assert_eq!(AxisRange::clamped(0, -1, -1, 0).len, 0);
    }
}
