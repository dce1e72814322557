//! Resize: nearest (all four `nearest_mode`s) and linear (N-linear) interpolation with the
//! coordinate modes PyTorch exports (half_pixel, pytorch_half_pixel, align_corners, asymmetric),
//! applied one axis at a time.

use syncbn_ir::ops::resize::{ResizeAttrs, AXES};
use syncbn_ir::Node;

use super::{expect_len, numel, CpuOp, OpArgs};

/// Resize.
pub struct Resize;

/// The Resize op.
pub static RESIZE: Resize = Resize;

/// Coordinate modes the CPU path implements.
const COORDINATES: &[&str] = &["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"];

impl CpuOp for Resize {
    fn check(&self, node: &Node) -> Result<(), String> {
        let attrs = ResizeAttrs::read(&node.attrs);
        let (mode, coord) = (attrs.mode, attrs.coordinates);
        if mode == "cubic" || !COORDINATES.contains(&coord) || attrs.antialias {
            return Err(format!(
                "Resize mode {mode:?} with coordinate_transformation_mode {coord:?} is not supported by the CPU runtime; \
                 expected mode nearest or linear, coordinates one of {COORDINATES:?}, no antialias"
            ));
        }
        Ok(())
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        let out = a.out_shape;
        expect_len(y, numel(out))?;
        let mut shape = x.shape.to_vec();
        let mut data = x.data.to_vec();
        for (axis, taps) in axis_taps(a, x.shape, out, 2)?.iter().enumerate() {
            if let Some(taps) = taps {
                data = resize_axis(&data, &shape, axis, taps);
                shape[axis] = out[axis];
            }
        }
        y.copy_from_slice(&data);
        Ok(())
    }
}

/// The input indices and weights that each output index of one axis reads.
pub(super) type Taps = Vec<Vec<(usize, f32)>>;

/// Per axis of a Resize of `input` to `out` (shapes), the taps of each output index; `None` where
/// the axis keeps its size at scale 1. The scales are input `scales_input` when given.
pub(super) fn axis_taps(
    a: &OpArgs<'_>,
    input: &[usize],
    out: &[usize],
    scales_input: usize,
) -> Result<Vec<Option<Taps>>, String> {
    if out.len() != input.len() {
        return Err(format!("X {input:?} cannot give Y {out:?}"));
    }
    let scales = scales(a, input, out, scales_input)?;
    (0..input.len())
        .map(|axis| {
            if input[axis] == 0 && out[axis] > 0 {
                return Err(format!("axis {axis} is empty and cannot be resized to {}", out[axis]));
            }
            Ok((input[axis] != out[axis] || scales[axis] != 1.0)
                .then(|| (0..out[axis]).map(|j| taps(a, j, input[axis], out[axis], scales[axis])).collect()))
        })
        .collect()
}

/// Per-axis scales: input `index` (on `axes`, or all axes) when given, else `out / in`.
fn scales(a: &OpArgs<'_>, input: &[usize], out: &[usize], index: usize) -> Result<Vec<f64>, String> {
    let mut s: Vec<f64> =
        input.iter().zip(out).map(|(&i, &o)| if i == 0 { 1.0 } else { o as f64 / i as f64 }).collect();
    if let Some(given) = a.optional(index).filter(|t| !t.data.is_empty()) {
        let rank = input.len() as i64;
        let axes: Vec<i64> = AXES.get(a.attrs).map_or_else(|| (0..rank).collect(), <[i64]>::to_vec);
        if axes.len() != given.data.len() {
            return Err(format!("{} scales for {} axes", given.data.len(), axes.len()));
        }
        for (&axis, &v) in axes.iter().zip(given.data) {
            let axis = if axis < 0 { axis + rank } else { axis };
            let slot = usize::try_from(axis)
                .ok()
                .and_then(|i| s.get_mut(i))
                .ok_or_else(|| format!("axis {axis} is out of range"))?;
            if !(v > 0.0 && v.is_finite()) {
                return Err(format!("scale {v} is not a positive number"));
            }
            *slot = f64::from(v);
        }
    }
    Ok(s)
}

/// The input coordinate of output index `j` along an axis of `len_in` -> `len_out`.
fn source(mode: &str, j: usize, len_in: usize, len_out: usize, scale: f64) -> f64 {
    let j = j as f64;
    match mode {
        "align_corners" if len_out > 1 => j * (len_in as f64 - 1.0) / (len_out as f64 - 1.0),
        "align_corners" => 0.0,
        "asymmetric" => j / scale,
        "pytorch_half_pixel" if len_out <= 1 => 0.0,
        _ => (j + 0.5) / scale - 0.5,
    }
}

/// The input indices and weights that output index `j` reads.
fn taps(a: &OpArgs<'_>, j: usize, len_in: usize, len_out: usize, scale: f64) -> Vec<(usize, f32)> {
    let last = len_in.saturating_sub(1) as f64;
    let attrs = ResizeAttrs::read(a.attrs);
    let x = source(attrs.coordinates, j, len_in, len_out, scale);
    if attrs.mode == "linear" {
        let x = x.clamp(0.0, last);
        let i0 = x.floor();
        let w = (x - i0) as f32;
        let i1 = (i0 + 1.0).min(last);
        return vec![(i0 as usize, 1.0 - w), (i1 as usize, w)];
    }
    let i = match attrs.nearest {
        "floor" => x.floor(),
        "ceil" => x.ceil(),
        "round_prefer_ceil" => (x + 0.5).floor(),
        _ if x.fract() == 0.5 => x.floor(),
        _ => x.round(),
    };
    vec![(i.clamp(0.0, last) as usize, 1.0)]
}

/// Resamples `data` of `shape` along `axis` with one tap list per output index.
fn resize_axis(data: &[f32], shape: &[usize], axis: usize, taps: &[Vec<(usize, f32)>]) -> Vec<f32> {
    let (outer, len, inner) = (numel(&shape[..axis]), shape[axis], numel(&shape[axis + 1..]));
    let mut out = vec![0.0f32; outer * taps.len() * inner];
    for o in 0..outer {
        let src = &data[o * len * inner..(o + 1) * len * inner];
        for (j, tap) in taps.iter().enumerate() {
            let dst = &mut out[(o * taps.len() + j) * inner..(o * taps.len() + j + 1) * inner];
            for &(i, w) in tap {
                dst.iter_mut().zip(&src[i * inner..(i + 1) * inner]).for_each(|(d, &v)| *d += w * v);
            }
        }
    }
    out
}
