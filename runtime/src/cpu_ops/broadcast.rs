//! Numpy broadcasting: element strides of an operand seen at an output shape.

/// Strides (in elements) of an operand of shape `shape` read at each index of `out`, 0 along the
/// axes it broadcasts; errors when the shape does not broadcast to `out`.
pub fn strides(shape: &[usize], out: &[usize]) -> Result<Vec<usize>, String> {
    let bad = || format!("shape {shape:?} does not broadcast to {out:?}");
    let offset = out.len().checked_sub(shape.len()).ok_or_else(bad)?;
    let mut strides = vec![0usize; out.len()];
    let mut step = 1usize;
    for (axis, &d) in shape.iter().enumerate().rev() {
        let o = out[axis + offset];
        if d == o {
            strides[axis + offset] = if d == 1 { 0 } else { step };
        } else if d != 1 {
            return Err(bad());
        }
        step = step.saturating_mul(d);
    }
    Ok(strides)
}

/// Calls `f(out_index, offsets)` for every element of `out` in row-major order, with each operand's
/// element offset from its `strides`.
pub fn for_each<const K: usize>(out: &[usize], strides: [&[usize]; K], mut f: impl FnMut(usize, [usize; K])) {
    let total = super::numel(out);
    let mut index = vec![0usize; out.len()];
    let mut offsets = [0usize; K];
    for i in 0..total {
        f(i, offsets);
        for axis in (0..out.len()).rev() {
            index[axis] += 1;
            for (o, s) in offsets.iter_mut().zip(&strides) {
                *o += s[axis];
            }
            if index[axis] < out[axis] {
                break;
            }
            for (o, s) in offsets.iter_mut().zip(&strides) {
                *o -= s[axis] * out[axis];
            }
            index[axis] = 0;
        }
    }
}
