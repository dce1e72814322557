//! Resize (ONNX opset 11+): inputs X, roi, scales, sizes; the output size from constant scales or sizes.

use super::{
    expect_dtype, expect_rank, required, resolve_axis, Arity, AttrKind, AttrSpec, Inputs, OpError, OpSchema, Rule,
};
use crate::infer::{InferCtx, TensorType};
use crate::{Attr, DType, Dim, Node};

/// The longest scales or sizes operand read.
const MAX_OPERAND: u64 = 64;

/// Resize.
pub struct Resize;

/// The Resize schema.
pub static RESIZE: Resize = Resize;

const ATTRS: &[AttrSpec] = &[
    AttrSpec::new("antialias", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("axes", AttrKind::Ints, Rule::Any),
    AttrSpec::new(
        "coordinate_transformation_mode",
        AttrKind::Str,
        Rule::Words(&[
            "half_pixel",
            "half_pixel_symmetric",
            "pytorch_half_pixel",
            "align_corners",
            "asymmetric",
            "tf_crop_and_resize",
        ]),
    ),
    AttrSpec::new("cubic_coeff_a", AttrKind::Float, Rule::Finite),
    AttrSpec::new("exclude_outside", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("extrapolation_value", AttrKind::Float, Rule::Finite),
    AttrSpec::new("keep_aspect_ratio_policy", AttrKind::Str, Rule::Words(&["stretch", "not_larger", "not_smaller"])),
    AttrSpec::new("mode", AttrKind::Str, Rule::Words(&["nearest", "linear", "cubic"])),
    AttrSpec::new(
        "nearest_mode",
        AttrKind::Str,
        Rule::Words(&["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"]),
    ),
];

impl OpSchema for Resize {
    fn name(&self) -> &'static str {
        "Resize"
    }

    fn inputs(&self) -> Arity {
        Arity::between(1, 4)
    }

    fn outputs(&self) -> Arity {
        Arity::exactly(1)
    }

    fn attrs(&self) -> &'static [AttrSpec] {
        ATTRS
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
        let axes = match node.attr("axes").and_then(Attr::as_ints) {
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
    let policy = node.attr("keep_aspect_ratio_policy").and_then(Attr::as_str).unwrap_or("stretch");
    if policy == "stretch" {
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
