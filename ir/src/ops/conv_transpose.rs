//! ConvTranspose (ONNX opset 11+): strides, pads, dilations, group and output_padding; the output
//! size is `(in - 1) * stride - pads + dilation * (kernel - 1) + 1 + output_padding` per axis.
//! `output_shape` and `auto_pad` other than NOTSET are not supported (PyTorch exports neither).

use super::{
    expect_dtype, expect_float, expect_rank, required, Arity, AttrKind, AttrSpec, Inputs, OpError, OpSchema, Rule,
    Signature,
};
use crate::infer_ctx::InferCtx;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Attr, Dim, Node};

/// ConvTranspose.
pub struct ConvTranspose;

/// The ConvTranspose schema.
pub static CONV_TRANSPOSE: ConvTranspose = ConvTranspose;

const ATTRS: &[AttrSpec] = &[
    AttrSpec::new("auto_pad", AttrKind::Str, Rule::Words(&["NOTSET"])),
    AttrSpec::new("dilations", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("group", AttrKind::Int, Rule::Any),
    AttrSpec::new("kernel_shape", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("output_padding", AttrKind::Ints, Rule::AllAtLeast(0)),
    AttrSpec::new("pads", AttrKind::Ints, Rule::AllAtLeast(0)),
    AttrSpec::new("strides", AttrKind::Ints, Rule::AllAtLeast(1)),
];

impl OpSchema for ConvTranspose {
    fn signature(&self) -> Signature {
        Signature { name: "ConvTranspose", inputs: Arity::between(2, 3), outputs: Arity::exactly(1), attrs: ATTRS }
    }
    fn check(&self, node: &Node) -> Result<(), OpError> {
        if crate::attr::int_or(node, "group", 1) < 1 {
            return Err(OpError::node(format!(
                "attribute \"group\" is {}; expected >= 1",
                crate::attr::int_or(node, "group", 1)
            )));
        }
        Ok(())
    }
    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        let w = required(inputs, 1)?;
        expect_float(x, 0)?;
        expect_rank(x, 0, 3, 8)?;
        expect_dtype(w, 1, x.dtype)?;
        expect_rank(w, 1, x.shape.len(), x.shape.len())?;
        let group = crate::attr::int_or(node, "group", 1) as u64;
        if let (Some(c), Some(wc)) = (x.shape[1].fixed(), w.shape[0].fixed()) {
            if c != wc || c % group != 0 {
                return Err(OpError::input(
                    1,
                    format!(
                        "weight {} takes {wc} input channels; X {} has {c} (a multiple of group {group} expected)",
                        display_shape(&w.shape),
                        display_shape(&x.shape)
                    ),
                ));
            }
        }
        let out_channels = match w.shape[1].fixed() {
            Some(m) => Dim::Fixed(m * group),
            None => ctx.fresh_dim(),
        };
        if let Some(b) = inputs.get(2).copied().flatten() {
            expect_dtype(b, 2, x.dtype)?;
            super::batchnorm::check_channel_vector(b, 2, "bias", &out_channels)?;
        }
        let n = x.shape.len() - 2;
        let kernel: Vec<u64> = w.shape[2..]
            .iter()
            .map(Dim::fixed)
            .collect::<Option<_>>()
            .ok_or_else(|| OpError::input(1, "the weight's spatial dimensions are named; expected fixed sizes"))?;
        if let Some(k) = node.attr("kernel_shape").and_then(Attr::as_ints) {
            if k.iter().map(|&v| v as u64).collect::<Vec<_>>() != kernel {
                return Err(OpError::node(format!("attribute \"kernel_shape\" is {k:?}; expected {kernel:?}")));
            }
        }
        for (name, len) in [("strides", n), ("dilations", n), ("output_padding", n), ("pads", 2 * n)] {
            expect_len(node, name, len, "per spatial axis")?;
        }
        let strides = ints_or(node, "strides", vec![1; n]);
        let dilations = ints_or(node, "dilations", vec![1; n]);
        let extra = ints_or(node, "output_padding", vec![0; n]);
        let pads = ints_or(node, "pads", vec![0; 2 * n]);
        let mut shape = vec![x.shape[0].clone(), out_channels];
        for axis in 0..n {
            if extra[axis] >= strides[axis].max(dilations[axis]) {
                return Err(OpError::node(format!(
                    "output_padding {} on spatial axis {axis}; expected less than the stride or dilation",
                    extra[axis]
                )));
            }
            let dim = match x.shape[axis + 2].fixed() {
                Some(i) => {
                    let full =
                        (i as i64 - 1) * strides[axis] + dilations[axis] * (kernel[axis] as i64 - 1) + 1 + extra[axis];
                    let size = full - pads[axis] - pads[axis + n];
                    Dim::Fixed(u64::try_from(size).map_err(|_| {
                        OpError::node(format!("spatial axis {axis}: the pads leave {size} elements; expected >= 0"))
                    })?)
                }
                None => ctx.fresh_dim(),
            };
            shape.push(dim);
        }
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}

/// Integer-list attribute `name`, or `default`.
fn ints_or(node: &Node, name: &str, default: Vec<i64>) -> Vec<i64> {
    node.attr(name).and_then(Attr::as_ints).map(<[i64]>::to_vec).unwrap_or(default)
}

/// An integer-list attribute, when present, must have `len` entries.
fn expect_len(node: &Node, name: &str, len: usize, what: &str) -> Result<(), OpError> {
    match node.attr(name).and_then(Attr::as_ints) {
        Some(v) if v.len() != len => {
            Err(OpError::node(format!("attribute {name:?} has {} entries; expected {len} ({what})", v.len())))
        }
        _ => Ok(()),
    }
}
