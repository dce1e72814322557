//! Convolution taps that only ever read padding, cut out of the kernel at compile time.
//!
//! ```text
//! Y = Conv[kernel k, pads (p0, p1)](X, W, b)          along a spatial axis, taps outside first..=last
//!                                                      read padding for every output position
//!   ==>  Y = Conv[kernel last - first + 1, pads (p0 - first * dilation, p1')](X, W[.., first..=last], b)
//! ```
//!
//! A 3x3 convolution with padding 1 over a 1x1 input (ResNet's last stage on 32x32 images) reads only
//! its centre tap: the other eight multiply zeros, yet a GEMM over the im2col matrix still streams
//! their weights, nine times the bytes that matter. The cropped kernel reads only the live taps and
//! gives the same sums without their `+ 0` terms. Applies only where the weights are constant for
//! the whole run (a forward graph: no parameter gradients, so no optimizer rewrites `W`), the
//! shapes are fixed and every weight cut out is finite (`0 * inf` would be NaN in the original).

use egg::Id;
use syncbn_ir::ops::window::{WindowAttrs, AUTO_PAD, KERNEL_SHAPE, PADS};
use syncbn_ir::TensorType;

use super::{ops_in, union_output, CodeRule, OpView};
use crate::analysis::{add_constant, add_get, add_op, leaf_values, EG};
use syncbn_ir::onnx_ops::CONV;

/// Matches a Conv with constant weights whose kernel has taps that read only padding.
#[derive(Clone, Copy, Debug)]
pub struct CropDeadTaps;

/// The live taps of one spatial axis and the padding that keeps the output size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisCrop {
    /// The first live tap.
    pub first: u64,
    /// Live taps from `first` on.
    pub len: u64,
    /// The new padding before and after.
    pub pads: (u64, u64),
}

/// A Conv's crop: one [`AxisCrop`] per spatial axis (at least one of them shorter than the kernel).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TapCrop {
    /// Per spatial axis.
    pub axes: Vec<AxisCrop>,
}

/// A matched Conv, its crop and the cropped weights.
#[derive(Clone, Debug)]
pub struct Cropped {
    conv: OpView,
    crop: TapCrop,
    weight_dims: Vec<u64>,
    weight: Vec<f64>,
}

/// Whether tap `k` of an axis reads the input for some output position `o` (input index
/// `o * stride + k * dilation - pad_begin` inside `0..input`).
fn live(k: u64, dilation: u64, stride: u64, pad_begin: u64, input: u64, output: u64) -> bool {
    let offset = k.saturating_mul(dilation);
    let first_o = pad_begin.saturating_sub(offset).div_ceil(stride.max(1));
    first_o < output && first_o.saturating_mul(stride).saturating_add(offset) - pad_begin < input
}

/// The live taps of one axis (all of them when every tap reads the input), or `None` when none is
/// live or the cropped window cannot keep the output size with non-negative padding.
pub fn axis_crop(
    kernel: u64,
    dilation: u64,
    stride: u64,
    pads: (u64, u64),
    input: u64,
    output: u64,
) -> Option<AxisCrop> {
    let is_live = |k: u64| live(k, dilation, stride, pads.0, input, output);
    let first = (0..kernel).find(|&k| is_live(k))?;
    let last = (0..kernel).rev().find(|&k| is_live(k))?;
    let len = last - first + 1;
    let pad_begin = pads.0.checked_sub(first.checked_mul(dilation)?)?;
    let extent = (len - 1).checked_mul(dilation)?.checked_add(1)?;
    let reach = output.checked_sub(1)?.checked_mul(stride)?.checked_add(extent)?;
    let padded = input.checked_add(pad_begin)?;
    let pad_end = reach.saturating_sub(padded);
    let kept_output = padded.checked_add(pad_end)?.checked_sub(extent)? / stride.max(1) + 1;
    (kept_output == output).then_some(AxisCrop { first, len, pads: (pad_begin, pad_end) })
}

/// The crop of a Conv over `x` with weights `w` giving `y` (fixed weights and spatial sizes; the
/// batch may be symbolic), or `None` when no tap is dead or the window's attributes do not read.
pub fn tap_crop(attrs: &syncbn_ir::ops::Attrs, x: &TensorType, w: &TensorType, y: &TensorType) -> Option<TapCrop> {
    let spatial = |t: &TensorType| t.shape.iter().skip(2).map(|d| d.fixed()).collect::<Option<Vec<u64>>>();
    let (x, y) = (spatial(x)?, spatial(y)?);
    let w = w.shape.iter().map(|d| d.fixed()).collect::<Option<Vec<u64>>>()?;
    let spatial = x.len();
    if spatial == 0 || w.len() != spatial + 2 || y.len() != spatial {
        return None;
    }
    let window = WindowAttrs::read(attrs, spatial).ok()?;
    let mut axes = Vec::with_capacity(spatial);
    for axis in 0..spatial {
        let (kernel, input, output) = (w[axis + 2], x[axis], y[axis]);
        if kernel == 0 || output == 0 {
            return None;
        }
        let pads = window.pads_of(axis, kernel, input, output);
        let (dilation, stride) = (window.dilations[axis], window.strides[axis]);
        let whole = AxisCrop { first: 0, len: kernel, pads };
        axes.push(axis_crop(kernel, dilation, stride, pads, input, output).unwrap_or(whole));
    }
    let cut = axes.iter().zip(&w[2..]).any(|(a, &k)| a.len < k);
    cut.then_some(TapCrop { axes })
}

/// The weights `W [M, C/g, k...]` (row-major) restricted to the crop's taps, with their new
/// dimensions; `None` when a weight cut out is not finite or the sizes do not fit.
pub fn crop_weights(weight: &[f64], dims: &[u64], crop: &TapCrop) -> Option<(Vec<u64>, Vec<f64>)> {
    let kernel = dims.get(2..)?;
    let taps: usize = kernel.iter().map(|&k| k as usize).product();
    if taps == 0 || weight.len() % taps != 0 || kernel.len() != crop.axes.len() {
        return None;
    }
    let inside = |tap: usize| {
        let mut rest = tap;
        let mut index = vec![0u64; kernel.len()];
        for (axis, &k) in kernel.iter().enumerate().rev() {
            index[axis] = (rest % k as usize) as u64;
            rest /= k as usize;
        }
        index.iter().zip(&crop.axes).all(|(&i, a)| i >= a.first && i < a.first + a.len)
    };
    let keep: Vec<bool> = (0..taps).map(inside).collect();
    let mut cropped = Vec::new();
    for (i, &value) in weight.iter().enumerate() {
        match (keep[i % taps], value.is_finite()) {
            (true, _) => cropped.push(value),
            (false, true) => {}
            (false, false) => return None,
        }
    }
    let new_dims = dims[..2].iter().copied().chain(crop.axes.iter().map(|a| a.len)).collect();
    Some((new_dims, cropped))
}

/// The output type of a class (its first output).
fn class_type(eg: &EG, class: Id) -> Option<TensorType> {
    eg[eg.find(class)].data.outputs.first().cloned().flatten()
}

/// The croppable Convs in `class`.
fn croppable(eg: &EG, class: Id) -> Vec<Cropped> {
    if !eg.analysis.ctx.forward_only {
        return Vec::new();
    }
    let y = class_type(eg, class);
    ops_in(eg, class, CONV)
        .into_iter()
        .filter_map(|conv| {
            let (x, w) = (class_type(eg, *conv.args.first()?)?, class_type(eg, *conv.args.get(1)?)?);
            let crop = tap_crop(eg.analysis.attrs(conv.attrs), &x, &w, y.as_ref()?)?;
            let (_, values) = leaf_values(eg, conv.args[1])?;
            let dims: Vec<u64> = w.shape.iter().map(|d| d.fixed()).collect::<Option<_>>()?;
            let (weight_dims, weight) = crop_weights(values, &dims, &crop)?;
            Some(Cropped { conv, crop, weight_dims, weight })
        })
        .collect()
}

impl CodeRule for CropDeadTaps {
    type Match = Cropped;

    fn roots(&self) -> &'static [&'static str] {
        &[CONV]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<Cropped> {
        croppable(eg, class)
    }

    fn key(&self, eg: &EG, m: &Cropped) -> String {
        format!("crop:{}", eg.analysis.str(m.conv.name))
    }

    fn apply(&self, eg: &mut EG, class: Id, m: &Cropped) -> Vec<Id> {
        let name = eg.analysis.str(m.conv.name).to_string();
        let w = add_constant(eg, &format!("{name}.live_taps"), &m.weight_dims, m.weight.clone());
        let mut attrs = eg.analysis.attrs(m.conv.attrs).clone();
        attrs.remove(AUTO_PAD.name);
        let begins = m.crop.axes.iter().map(|a| a.pads.0 as i64);
        let ends = m.crop.axes.iter().map(|a| a.pads.1 as i64);
        attrs.extend([
            KERNEL_SHAPE.entry(m.crop.axes.iter().map(|a| a.len as i64).collect()),
            PADS.entry(begins.chain(ends).collect()),
        ]);
        let mut args = m.conv.args.clone();
        args[1] = w;
        let types = eg[m.conv.class].data.outputs.clone();
        let op = add_op(eg, CONV, &name, attrs, args, types);
        let y = add_get(eg, op, 0);
        union_output(eg, class, 0, y).into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_3x3_window_over_one_pixel_keeps_its_centre() {
        assert_eq!(axis_crop(3, 1, 1, (1, 1), 1, 1), Some(AxisCrop { first: 1, len: 1, pads: (0, 0) }));
    }

    #[test]
    fn a_strided_window_over_two_pixels_keeps_the_taps_that_reach_them() {
        // Output 0 reads input positions -1, 0, 1: taps 1 and 2.
        assert_eq!(axis_crop(3, 1, 2, (1, 1), 2, 1), Some(AxisCrop { first: 1, len: 2, pads: (0, 0) }));
    }

    #[test]
    fn a_window_whose_taps_all_read_the_input_is_left_alone() {
        // 3 taps over 2 pixels with padding 1 and 2 outputs: every tap reads a pixel for some output.
        assert_eq!(axis_crop(3, 1, 1, (1, 1), 2, 2).map(|a| a.len), Some(3));
    }

    #[test]
    fn dilation_that_would_need_negative_padding_is_not_cropped() {
        // Dilation 2, padding (1, 2), 2 pixels, 1 output: tap 1 alone reads a pixel (index 1), and
        // starting the window there would need padding 1 - 2 = -1.
        assert_eq!(axis_crop(3, 2, 1, (1, 2), 2, 1), None);
    }

    #[test]
    fn a_dilated_window_keeps_its_live_tap_with_the_padding_that_keeps_the_output() {
        // Dilation 2, padding 3, 1 pixel, 3 outputs: only tap 1 (offset 2) reads the pixel.
        assert_eq!(axis_crop(3, 2, 1, (3, 3), 1, 3), Some(AxisCrop { first: 1, len: 1, pads: (1, 1) }));
    }

    #[test]
    fn cropping_keeps_the_live_taps_of_each_output_channel() {
        let crop = TapCrop { axes: vec![AxisCrop { first: 1, len: 1, pads: (0, 0) }; 2] };
        let weight: Vec<f64> = (0..18).map(f64::from).collect();
        let (dims, values) = crop_weights(&weight, &[2, 1, 3, 3], &crop).unwrap_or_default();
        assert_eq!((dims, values), (vec![2, 1, 1, 1], vec![4.0, 13.0]));
    }

    #[test]
    fn a_non_finite_weight_cut_out_blocks_the_crop() {
        let crop = TapCrop { axes: vec![AxisCrop { first: 1, len: 1, pads: (0, 0) }] };
        assert!(crop_weights(&[f64::INFINITY, 1.0, 2.0], &[1, 1, 3], &crop).is_none());
        assert!(crop_weights(&[0.0, f64::NAN, 2.0], &[1, 1, 3], &crop).is_some());
    }
}
