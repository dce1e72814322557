//! Reference Resize in f64 (nearest with every `nearest_mode`, linear; coordinate modes
//! half_pixel, pytorch_half_pixel, align_corners, asymmetric): a linear map applied one axis at a
//! time, with its adjoint for ResizeGrad.

use ndarray::{Axis, IxDyn};
use syncbn_ir::ops::resize::{ResizeAttrs, KEEP_ASPECT_RATIO_POLICY};
use syncbn_ir::Node;

use super::attrs::resolve_axis;
use super::Tensor;

/// The coordinate modes the reference implements.
const COORDINATES: &[&str] = &["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"];

/// The most elements a Resize output may have in the reference.
const MAX_ELEMENTS: usize = 1 << 30;

/// Per output index of one axis, the input indices it reads and their weights.
type Taps = Vec<Vec<(usize, f64)>>;

/// A Resize as a linear map: the input and output shapes and the taps of each resized axis.
#[derive(Clone, Debug, PartialEq)]
pub struct ResizeMap {
    /// The input shape.
    pub input: Vec<usize>,
    /// The output shape.
    pub output: Vec<usize>,
    /// Per axis, its taps, or `None` when the axis is left as it is.
    axes: Vec<Option<Taps>>,
}

/// The Resize attributes that pick the taps.
struct Mode<'a> {
    linear: bool,
    coordinates: &'a str,
    nearest: &'a str,
}

impl<'a> Mode<'a> {
    fn of_node(node: &'a Node) -> Result<Self, String> {
        let attrs = ResizeAttrs::read(&node.attrs);
        let (mode, coordinates) = (attrs.mode, attrs.coordinates);
        let stretch = attrs.keep_aspect_ratio_policy == KEEP_ASPECT_RATIO_POLICY.default;
        if !["nearest", "linear"].contains(&mode) || !COORDINATES.contains(&coordinates) {
            return Err(format!(
                "Resize mode {mode:?} with coordinate_transformation_mode {coordinates:?} is not supported by the \
                 reference; expected nearest or linear and one of {COORDINATES:?}"
            ));
        }
        if attrs.antialias || !stretch {
            return Err("Resize with antialias or keep_aspect_ratio_policy is not supported by the reference".into());
        }
        Ok(Mode { linear: mode == "linear", coordinates, nearest: attrs.nearest })
    }

    /// The input coordinate of output index `j` along an axis of `len_in` -> `len_out`.
    fn source(&self, j: usize, len_in: usize, len_out: usize, scale: f64) -> f64 {
        let j = j as f64;
        match self.coordinates {
            "align_corners" if len_out > 1 => j * (len_in as f64 - 1.0) / (len_out as f64 - 1.0),
            "align_corners" => 0.0,
            "asymmetric" => j / scale,
            "pytorch_half_pixel" if len_out <= 1 => 0.0,
            _ => (j + 0.5) / scale - 0.5,
        }
    }

    /// The input indices and weights that output index `j` reads.
    fn taps(&self, j: usize, len_in: usize, len_out: usize, scale: f64) -> Vec<(usize, f64)> {
        let last = len_in.saturating_sub(1) as f64;
        let x = self.source(j, len_in, len_out, scale);
        if self.linear {
            let x = x.clamp(0.0, last);
            let i0 = x.floor();
            let w = x - i0;
            let i1 = (i0 + 1.0).min(last);
            return vec![(i0 as usize, 1.0 - w), (i1 as usize, w)];
        }
        let i = match self.nearest {
            "floor" => x.floor(),
            "ceil" => x.ceil(),
            "round_prefer_ceil" => (x + 0.5).floor(),
            _ if x.fract() == 0.5 => x.floor(),
            _ => x.round(),
        };
        vec![(i.clamp(0.0, last) as usize, 1.0)]
    }
}

/// The axes that `scales` or `sizes` list (attribute `axes`, default all).
fn listed_axes(node: &Node, rank: usize) -> Result<Vec<usize>, String> {
    match ResizeAttrs::read(&node.attrs).axes {
        Some(list) => list.iter().map(|&a| resolve_axis(a, rank)).collect(),
        None => Ok((0..rank).collect()),
    }
}

/// Per axis, the output size and the scale of the coordinate transform.
fn sizes_and_scales(
    node: &Node,
    x: &[usize],
    scales: Option<&Tensor>,
    sizes: Option<&Tensor>,
) -> Result<Vec<(usize, f64)>, String> {
    let axes = listed_axes(node, x.len())?;
    let given = sizes.filter(|t| !t.is_empty()).or(scales.filter(|t| !t.is_empty()));
    let given = given.ok_or("Resize needs non-empty scales (input 2) or sizes (input 3)")?;
    if given.len() != axes.len() {
        return Err(format!("scales or sizes have {} entries; expected {} (one per axis)", given.len(), axes.len()));
    }
    let by_sizes = sizes.is_some_and(|t| !t.is_empty());
    let mut out: Vec<(usize, f64)> = x.iter().map(|&n| (n, 1.0)).collect();
    for (&axis, &v) in axes.iter().zip(given.iter()) {
        let n = x[axis];
        out[axis] = if by_sizes {
            if v.fract() != 0.0 || !(0.0..1e9).contains(&v) {
                return Err(format!("size {v} for axis {axis}; expected a non-negative integer"));
            }
            (v as usize, if n == 0 { 1.0 } else { v / n as f64 })
        } else {
            if !(v > 0.0 && v.is_finite()) || n as f64 * v >= 1e9 {
                return Err(format!("scale {v} for axis {axis}; expected a finite number > 0"));
            }
            ((n as f64 * v).floor() as usize, v)
        };
    }
    Ok(out)
}

impl ResizeMap {
    /// The map of a Resize node on an input of shape `x`, with its `scales` and `sizes` operands.
    pub fn of_node(node: &Node, x: &[usize], scales: Option<&Tensor>, sizes: Option<&Tensor>) -> Result<Self, String> {
        let mode = Mode::of_node(node)?;
        let plan = sizes_and_scales(node, x, scales, sizes)?;
        let mut axes = Vec::with_capacity(x.len());
        for (axis, (&len_in, &(len_out, scale))) in x.iter().zip(&plan).enumerate() {
            if len_in == 0 && len_out > 0 {
                return Err(format!("axis {axis} is empty and cannot be resized to {len_out}"));
            }
            let identity = len_in == len_out && scale == 1.0;
            axes.push((!identity).then(|| (0..len_out).map(|j| mode.taps(j, len_in, len_out, scale)).collect()));
        }
        let output: Vec<usize> = plan.iter().map(|p| p.0).collect();
        if output.iter().try_fold(1usize, |p, &d| p.checked_mul(d)).filter(|&n| n <= MAX_ELEMENTS).is_none() {
            return Err(format!("output shape {output:?} has more than {MAX_ELEMENTS} elements"));
        }
        Ok(ResizeMap { input: x.to_vec(), output, axes })
    }

    /// The Resize of `x` (of shape [`Self::input`]).
    pub fn apply(&self, x: &Tensor) -> Result<Tensor, String> {
        check_shape(x, &self.input, "X")?;
        let mut t = x.clone();
        for (axis, taps) in self.axes.iter().enumerate() {
            if let Some(taps) = taps {
                t = resample(&t, axis, taps);
            }
        }
        Ok(t)
    }

    /// The adjoint of the map applied to `dy` (of shape [`Self::output`]): the gradient in `X`.
    pub fn adjoint(&self, dy: &Tensor) -> Result<Tensor, String> {
        check_shape(dy, &self.output, "dY")?;
        let mut t = dy.clone();
        for (axis, taps) in self.axes.iter().enumerate().rev() {
            if let Some(taps) = taps {
                t = resample_adjoint(&t, axis, taps, self.input[axis]);
            }
        }
        Ok(t)
    }
}

/// Checks that `t` has `shape`.
fn check_shape(t: &Tensor, shape: &[usize], what: &str) -> Result<(), String> {
    if t.shape() != shape {
        return Err(format!("{what} has shape {:?}; expected {shape:?}", t.shape()));
    }
    Ok(())
}

/// `x` resampled along `axis`: output index `j` is the weighted sum of the input indices of `taps[j]`.
fn resample(x: &Tensor, axis: usize, taps: &Taps) -> Tensor {
    let mut shape = x.shape().to_vec();
    shape[axis] = taps.len();
    let mut y = Tensor::zeros(IxDyn(&shape));
    for (j, tap) in taps.iter().enumerate() {
        let mut lane = y.index_axis_mut(Axis(axis), j);
        for &(i, w) in tap {
            lane.scaled_add(w, &x.index_axis(Axis(axis), i));
        }
    }
    y
}

/// The adjoint of [`resample`]: each output index's value added to its taps with their weights.
fn resample_adjoint(dy: &Tensor, axis: usize, taps: &Taps, len_in: usize) -> Tensor {
    let mut shape = dy.shape().to_vec();
    shape[axis] = len_in;
    let mut dx = Tensor::zeros(IxDyn(&shape));
    for (j, tap) in taps.iter().enumerate() {
        for &(i, w) in tap {
            dx.index_axis_mut(Axis(axis), i).scaled_add(w, &dy.index_axis(Axis(axis), j));
        }
    }
    dx
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use syncbn_ir::Attr;

    fn node(mode: &str, coordinates: &str, nearest: &str) -> Node {
        let attrs = BTreeMap::from([
            ("mode".to_string(), Attr::Str(mode.into())),
            ("coordinate_transformation_mode".to_string(), Attr::Str(coordinates.into())),
            ("nearest_mode".to_string(), Attr::Str(nearest.into())),
        ]);
        Node { name: "r".into(), op: "Resize".into(), inputs: vec![], outputs: vec![], attrs }
    }

    fn resize(x: &[f64], out: usize, n: &Node) -> Vec<f64> {
        let x = Tensor::from_shape_vec(IxDyn(&[1, x.len()]), x.to_vec()).unwrap();
        let sizes = Tensor::from_shape_vec(IxDyn(&[2]), vec![1.0, out as f64]).unwrap();
        let map = ResizeMap::of_node(n, x.shape(), None, Some(&sizes)).unwrap();
        map.apply(&x).unwrap().iter().copied().collect()
    }

    #[test]
    fn linear_values_by_hand() {
        let (a, b) = (2.0, 6.0);
        assert_eq!(resize(&[a, b], 3, &node("linear", "align_corners", "floor")), vec![a, 4.0, b]);
        assert_eq!(resize(&[a, b], 4, &node("linear", "half_pixel", "floor")), vec![a, 3.0, 5.0, b]);
        assert_eq!(resize(&[a, b], 4, &node("linear", "asymmetric", "floor")), vec![a, 4.0, b, b]);
    }

    #[test]
    fn nearest_values_by_hand() {
        let x = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(resize(&x[..2], 4, &node("nearest", "asymmetric", "floor")), vec![1.0, 1.0, 2.0, 2.0]);
        assert_eq!(resize(&x, 2, &node("nearest", "half_pixel", "round_prefer_floor")), vec![1.0, 3.0]);
        assert_eq!(resize(&x, 2, &node("nearest", "half_pixel", "round_prefer_ceil")), vec![2.0, 4.0]);
        assert_eq!(resize(&x[..2], 3, &node("nearest", "pytorch_half_pixel", "ceil")), vec![1.0, 2.0, 2.0]);
    }

    #[test]
    fn unsupported_modes_are_errors() {
        let x = [1.0, 2.0];
        let sizes = Tensor::from_shape_vec(IxDyn(&[2]), vec![1.0, 3.0]).unwrap();
        for n in [node("cubic", "half_pixel", "floor"), node("linear", "tf_crop_and_resize", "floor")] {
            assert!(ResizeMap::of_node(&n, &[1, x.len()], None, Some(&sizes)).is_err());
        }
    }
}
