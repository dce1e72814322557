//! ConvTranspose (ONNX opset 11+): strides, pads, dilations, group and output_padding; the output
//! size is `(in - 1) * stride - pads + dilation * (kernel - 1) + 1 + output_padding` per axis.
//! `output_shape` and `auto_pad` other than NOTSET are not supported (PyTorch exports neither).

use super::conv::GROUP;
use super::window::{DILATIONS, KERNEL_SHAPE, PADS, STRIDES};
use super::{
    expect_dtype, expect_float, expect_rank, required, Arity, AttrKind, AttrSpec, Inputs, IntsAttr, OpError, OpSchema,
    Rule, Signature,
};
use crate::infer_ctx::InferCtx;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// ConvTranspose.
pub struct ConvTranspose;

/// The ConvTranspose schema.
pub static CONV_TRANSPOSE: ConvTranspose = ConvTranspose;

/// `output_padding`: extra output rows at the end of each spatial axis (default 0).
pub const OUTPUT_PADDING: IntsAttr = IntsAttr { name: "output_padding", rule: Rule::AllAtLeast(0) };

const ATTRS: &[AttrSpec] = &[
    AttrSpec::new("auto_pad", AttrKind::Str, Rule::Words(&["NOTSET"])),
    DILATIONS.spec(),
    GROUP.spec(),
    KERNEL_SHAPE.spec(),
    OUTPUT_PADDING.spec(),
    PADS.spec(),
    STRIDES.spec(),
];

impl OpSchema for ConvTranspose {
    fn signature(&self) -> Signature {
        Signature {
            name: crate::onnx_ops::CONV_TRANSPOSE,
            inputs: Arity::between(2, 3),
            outputs: Arity::exactly(1),
            attrs: ATTRS,
        }
    }
    fn check(&self, node: &Node) -> Result<(), OpError> {
        let group = GROUP.read(&node.attrs);
        if group < 1 {
            return Err(OpError::node(format!("attribute \"group\" is {group}; expected >= 1")));
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
        let group = GROUP.read(&node.attrs) as u64;
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
        if let Some(k) = KERNEL_SHAPE.get(&node.attrs) {
            if k.iter().map(|&v| v as u64).collect::<Vec<_>>() != kernel {
                return Err(OpError::node(format!("attribute \"kernel_shape\" is {k:?}; expected {kernel:?}")));
            }
        }
        let strides = ints_or(node, STRIDES, vec![1; n])?;
        let dilations = ints_or(node, DILATIONS, vec![1; n])?;
        let extra = ints_or(node, OUTPUT_PADDING, vec![0; n])?;
        let pads = ints_or(node, PADS, vec![0; 2 * n])?;
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

/// The list `attr` of `node`, or `default`; a list given must have as many entries as `default`.
fn ints_or(node: &Node, attr: IntsAttr, default: Vec<i64>) -> Result<Vec<i64>, OpError> {
    match attr.get(&node.attrs) {
        Some(v) if v.len() != default.len() => Err(OpError::node(format!(
            "attribute {:?} has {} entries; expected {} (per spatial axis)",
            attr.name,
            v.len(),
            default.len()
        ))),
        Some(v) => Ok(v.to_vec()),
        None => Ok(default),
    }
}
