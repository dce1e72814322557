//! Conv (ONNX opset 11+): strides, pads, dilations, group and auto_pad; and the window arithmetic
//! that the pools share.

use super::dims::Window;
use super::{
    expect_dtype, expect_float, expect_len, expect_rank, ints_or, required, Arity, AttrKind, AttrSpec, Inputs, OpError,
    OpSchema, Rule,
};
use crate::infer::{InferCtx, TensorType};
use crate::shape::display_shape;
use crate::{Attr, Dim, Node};

/// Conv.
pub struct Conv;

/// The Conv schema.
pub static CONV: Conv = Conv;

/// The values `auto_pad` may take.
pub(crate) const AUTO_PAD: Rule = Rule::Words(&["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"]);

const ATTRS: &[AttrSpec] = &[
    AttrSpec::new("auto_pad", AttrKind::Str, AUTO_PAD),
    AttrSpec::new("dilations", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("group", AttrKind::Int, Rule::Any),
    AttrSpec::new("kernel_shape", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("pads", AttrKind::Ints, Rule::AllAtLeast(0)),
    AttrSpec::new("strides", AttrKind::Ints, Rule::AllAtLeast(1)),
];

impl OpSchema for Conv {
    fn name(&self) -> &'static str {
        "Conv"
    }

    fn inputs(&self) -> Arity {
        Arity::between(2, 3)
    }

    fn outputs(&self) -> Arity {
        Arity::exactly(1)
    }

    fn attrs(&self) -> &'static [AttrSpec] {
        ATTRS
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if node.attr_i64("group", 1) < 1 {
            return Err(OpError::node(format!("attribute \"group\" is {}; expected >= 1", node.attr_i64("group", 1))));
        }
        check_auto_pad(node)
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        let w = required(inputs, 1)?;
        expect_float(x, 0)?;
        expect_rank(x, 0, 3, 8)?;
        expect_dtype(w, 1, x.dtype)?;
        expect_rank(w, 1, x.shape.len(), x.shape.len())?;
        let group = node.attr_i64("group", 1) as u64;
        check_channels(x, w, group)?;
        let out_channels = w.shape[0].clone();
        if let Some(b) = inputs.get(2).copied().flatten() {
            expect_dtype(b, 2, x.dtype)?;
            super::batchnorm::check_channel_vector(b, 2, "bias", &out_channels)?;
        }
        let kernel = kernel_from(node, &w.shape[2..])?;
        let spatial = window_outputs(node, &x.shape[2..], &kernel, false, ctx)?;
        let mut shape = vec![x.shape[0].clone(), out_channels];
        shape.extend(spatial);
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}

/// `pads` and a non-default `auto_pad` cannot be given together.
pub(crate) fn check_auto_pad(node: &Node) -> Result<(), OpError> {
    let auto = node.attr("auto_pad").and_then(Attr::as_str).unwrap_or("NOTSET");
    if auto != "NOTSET" && node.attr("pads").is_some() {
        return Err(OpError::node(format!("attributes \"pads\" and auto_pad {auto:?} are both given; expected one")));
    }
    Ok(())
}

/// X's channels must equal W's input channels times `group`, and `group` must divide W's outputs.
fn check_channels(x: &TensorType, w: &TensorType, group: u64) -> Result<(), OpError> {
    if let (Some(c), Some(wc)) = (x.shape[1].fixed(), w.shape[1].fixed()) {
        if wc.checked_mul(group) != Some(c) {
            return Err(OpError::input(
                1,
                format!(
                    "weight {} takes {wc} channels per group with group {group}; X {} has {c} channels",
                    display_shape(&w.shape),
                    display_shape(&x.shape)
                ),
            ));
        }
    }
    if let Some(m) = w.shape[0].fixed() {
        if m % group != 0 {
            return Err(OpError::input(
                1,
                format!("weight has {m} output channels; expected a multiple of group {group}"),
            ));
        }
    }
    Ok(())
}

/// The kernel size: `kernel_shape`, which must agree with the weight's fixed spatial dimensions.
fn kernel_from(node: &Node, weight_spatial: &[Dim]) -> Result<Vec<u64>, OpError> {
    let declared = node.attr("kernel_shape").and_then(Attr::as_ints);
    if let Some(k) = declared {
        let agrees = k.len() == weight_spatial.len()
            && k.iter().zip(weight_spatial).all(|(&k, d)| d.fixed().unwrap_or(k as u64) == k as u64);
        if !agrees {
            return Err(OpError::node(format!(
                "attribute \"kernel_shape\" is {k:?}; expected the weight's spatial shape {}",
                display_shape(weight_spatial)
            )));
        }
        return Ok(k.iter().map(|&k| k as u64).collect());
    }
    weight_spatial.iter().map(|d| d.fixed()).collect::<Option<Vec<u64>>>().ok_or_else(|| {
        OpError::input(1, "the weight's spatial dimensions are named; expected attribute \"kernel_shape\"")
    })
}

/// Output spatial sizes of a sliding window over `input` with kernel `kernel`, from the node's
/// `strides`, `pads`, `dilations` and `auto_pad`; `ceil` rounds up (pools' `ceil_mode`).
pub(crate) fn window_outputs(
    node: &Node,
    input: &[Dim],
    kernel: &[u64],
    ceil: bool,
    ctx: &mut InferCtx,
) -> Result<Vec<Dim>, OpError> {
    let n = input.len();
    if kernel.len() != n {
        return Err(OpError::node(format!(
            "attribute \"kernel_shape\" has {} entries; expected {n} (one per spatial axis)",
            kernel.len()
        )));
    }
    expect_len(node, "strides", n, "one per spatial axis")?;
    expect_len(node, "dilations", n, "one per spatial axis")?;
    expect_len(node, "pads", 2 * n, "begin and end per spatial axis")?;
    let strides = ints_or(node, "strides", vec![1; n]);
    let dilations = ints_or(node, "dilations", vec![1; n]);
    let pads = ints_or(node, "pads", vec![0; 2 * n]);
    let auto = node.attr("auto_pad").and_then(Attr::as_str).unwrap_or("NOTSET");
    if let Some(axis) = kernel.iter().position(|&k| k == 0) {
        return Err(OpError::node(format!("the kernel is empty along spatial axis {axis}; expected sizes >= 1")));
    }
    let mut out = Vec::with_capacity(n);
    for axis in 0..n {
        let stride = strides[axis] as u64;
        if auto == "SAME_UPPER" || auto == "SAME_LOWER" {
            out.push(Window::same_output(stride, &input[axis], ctx));
            continue;
        }
        let extent = (kernel[axis] - 1).saturating_mul(dilations[axis] as u64).saturating_add(1);
        let pads = if auto == "VALID" { (0, 0) } else { (pads[axis] as u64, pads[axis + n] as u64) };
        let window = Window { extent, stride, pads, ceil };
        let dim = window
            .output(&input[axis], ctx)
            .map_err(|e| OpError::input(0, format!("spatial axis {axis} of input {}: {e}", display_shape(input))))?;
        out.push(dim);
    }
    Ok(out)
}
