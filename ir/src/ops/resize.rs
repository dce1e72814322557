//! Resize (ONNX opset 11+): inputs X, roi, scales, sizes; the output size from constant scales or sizes.

use super::attrs::{AttrSpec, Attrs, FlagAttr, FloatAttr, IntsAttr, Rule, StrAttr};
use super::{expect_dtype, expect_rank, required, resolve_axis, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::tensor_type::TensorType;
use crate::{DType, Dim, Node};

/// The longest scales or sizes operand read.
const MAX_OPERAND: u64 = 64;

/// Resize.
pub struct Resize;

/// The Resize schema.
pub static RESIZE: Resize = Resize;

/// `antialias`: low-pass filter when downscaling.
pub const ANTIALIAS: FlagAttr = FlagAttr { name: "antialias" };
/// `axes`: the axes that `scales` / `sizes` list (default all, negative from the end).
pub const AXES: IntsAttr = IntsAttr { name: "axes", rule: Rule::Any };
/// `coordinate_transformation_mode`: how an output coordinate maps to an input one.
pub const COORDINATE_TRANSFORMATION_MODE: StrAttr = StrAttr {
    name: "coordinate_transformation_mode",
    rule: Rule::Words(&[
        "half_pixel",
        "half_pixel_symmetric",
        "pytorch_half_pixel",
        "align_corners",
        "asymmetric",
        "tf_crop_and_resize",
    ]),
    default: "half_pixel",
};
/// `cubic_coeff_a`: the cubic kernel's coefficient.
pub const CUBIC_COEFF_A: FloatAttr = FloatAttr { name: "cubic_coeff_a", rule: Rule::Finite, default: -0.75 };
/// `exclude_outside`: cubic taps outside the input weigh 0.
pub const EXCLUDE_OUTSIDE: FlagAttr = FlagAttr { name: "exclude_outside" };
/// `extrapolation_value` (tf_crop_and_resize): the value outside the input.
pub const EXTRAPOLATION_VALUE: FloatAttr = FloatAttr { name: "extrapolation_value", rule: Rule::Finite, default: 0.0 };
/// `keep_aspect_ratio_policy` (with `sizes`): `stretch`, or one scale for every resized axis.
pub const KEEP_ASPECT_RATIO_POLICY: StrAttr = StrAttr {
    name: "keep_aspect_ratio_policy",
    rule: Rule::Words(&["stretch", "not_larger", "not_smaller"]),
    default: "stretch",
};
/// `mode`: the interpolation.
pub const MODE: StrAttr =
    StrAttr { name: "mode", rule: Rule::Words(&["nearest", "linear", "cubic"]), default: "nearest" };
/// `nearest_mode`: how `mode` nearest rounds a coordinate.
pub const NEAREST_MODE: StrAttr = StrAttr {
    name: "nearest_mode",
    rule: Rule::Words(&["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"]),
    default: "round_prefer_floor",
};

const ATTRS: &[AttrSpec] = &[
    ANTIALIAS.spec(),
    AXES.spec(),
    COORDINATE_TRANSFORMATION_MODE.spec(),
    CUBIC_COEFF_A.spec(),
    EXCLUDE_OUTSIDE.spec(),
    EXTRAPOLATION_VALUE.spec(),
    KEEP_ASPECT_RATIO_POLICY.spec(),
    MODE.spec(),
    NEAREST_MODE.spec(),
];

/// The Resize attributes that choose the taps, defaults filled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResizeAttrs<'a> {
    /// [`MODE`].
    pub mode: &'a str,
    /// [`COORDINATE_TRANSFORMATION_MODE`].
    pub coordinates: &'a str,
    /// [`NEAREST_MODE`].
    pub nearest: &'a str,
    /// [`KEEP_ASPECT_RATIO_POLICY`].
    pub keep_aspect_ratio_policy: &'a str,
    /// [`ANTIALIAS`].
    pub antialias: bool,
    /// [`AXES`], when given.
    pub axes: Option<&'a [i64]>,
}

impl<'a> ResizeAttrs<'a> {
    /// Reads the attributes of a Resize or ResizeGrad.
    pub fn read(attrs: &'a Attrs) -> ResizeAttrs<'a> {
        ResizeAttrs {
            mode: MODE.read(attrs),
            coordinates: COORDINATE_TRANSFORMATION_MODE.read(attrs),
            nearest: NEAREST_MODE.read(attrs),
            keep_aspect_ratio_policy: KEEP_ASPECT_RATIO_POLICY.read(attrs),
            antialias: ANTIALIAS.read(attrs),
            axes: AXES.get(attrs),
        }
    }
}

impl OpSchema for Resize {
    fn signature(&self) -> Signature {
        Signature { name: onnx_ops::RESIZE, inputs: Arity::between(1, 4), outputs: Arity::exactly(1), attrs: ATTRS }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        let scales = node.input(2).is_some();
        let sizes = node.input(3).is_some();
        if scales == sizes {
            return Err(OpError::node("Resize needs exactly one of input 2 (scales) and input 3 (sizes)"));
        }
        Ok(())
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_rank(x, 0, 1, 8)?;
        let rank = x.shape.len();
        let axes = match AXES.get(&node.attrs) {
            Some(list) => list.iter().map(|&a| resolve_axis(a, rank, false)).collect::<Result<Vec<_>, _>>()?,
            None => (0..rank).collect(),
        };
        let (index, dtype) = if node.input(2).is_some() { (2, DType::F32) } else { (3, DType::I64) };
        let operand = required(inputs, index)?;
        expect_dtype(operand, index, dtype)?;
        expect_rank(operand, index, 1, 1)?;
        let values =
            ctx.constant(&node.inputs[index], MAX_OPERAND).map_err(|e| OpError::input(index, e))?.ok_or_else(|| {
                OpError::input(index, format!("input {index} is computed at run time; expected an initializer"))
            })?;
        if values.len() != axes.len() {
            return Err(OpError::input(
                index,
                format!("input {index} has {} entries; expected {} (one per resized axis)", values.len(), axes.len()),
            ));
        }
        let mut shape = x.shape.clone();
        for (&axis, &v) in axes.iter().zip(&values) {
            shape[axis] = if index == 2 { scaled(&x.shape[axis], v, ctx) } else { sized(v) }
                .map_err(|e| OpError::input(index, format!("axis {axis}: {e}")))?;
        }
        if index == 3 {
            keep_aspect_ratio(node, &x.shape, &axes, &mut shape, ctx);
        }
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}

/// `floor(input * scale)`; a name keeps its name when the scale is 1.
fn scaled(input: &Dim, scale: f64, ctx: &mut InferCtx) -> Result<Dim, String> {
    if !(scale > 0.0 && scale.is_finite()) {
        return Err(format!("scale {scale}; expected a finite number > 0"));
    }
    match input {
        Dim::Fixed(n) => {
            let out = (*n as f64 * scale).floor();
            if out >= 9.2e18 {
                return Err(format!("scale {scale} makes the dimension overflow"));
            }
            Ok(Dim::Fixed(out as u64))
        }
        Dim::Named(_) if scale == 1.0 => Ok(input.clone()),
        Dim::Named(_) => Ok(ctx.fresh_dim()),
    }
}

/// A size from the `sizes` operand.
fn sized(v: f64) -> Result<Dim, String> {
    if v.fract() != 0.0 || !(0.0..9.2e18).contains(&v) {
        return Err(format!("size {v}; expected a non-negative integer"));
    }
    Ok(Dim::Fixed(v as u64))
}

/// With `keep_aspect_ratio_policy` not `stretch`, one scale (the smallest or largest ratio) applies
/// to every resized axis: `round(input * scale)`.
fn keep_aspect_ratio(node: &Node, input: &[Dim], axes: &[usize], shape: &mut [Dim], ctx: &mut InferCtx) {
    let policy = KEEP_ASPECT_RATIO_POLICY.read(&node.attrs);
    if policy == KEEP_ASPECT_RATIO_POLICY.default {
        return;
    }
    let ratios: Option<Vec<f64>> =
        axes.iter().map(|&a| Some(shape[a].fixed()? as f64 / input[a].fixed().filter(|&n| n > 0)? as f64)).collect();
    let Some(ratios) = ratios else {
        axes.iter().for_each(|&a| shape[a] = ctx.fresh_dim());
        return;
    };
    let pick = if policy == "not_larger" { f64::min } else { f64::max };
    let scale = ratios.iter().copied().reduce(pick).unwrap_or(1.0);
    for &a in axes {
        if let Some(n) = input[a].fixed() {
            shape[a] = Dim::Fixed((n as f64 * scale).round() as u64);
        }
    }
}
