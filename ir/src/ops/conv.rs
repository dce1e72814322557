//! Conv (ONNX opset 11+): strides, pads, dilations, group and auto_pad (the window attributes of
//! [`super::window`]).

use super::attrs::{AttrSpec, IntAttr, Rule};
use super::window::{check_auto_pad, window_outputs, AUTO_PAD, DILATIONS, KERNEL_SHAPE, PADS, STRIDES};
use super::{expect_dtype, expect_float, expect_rank, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// Conv.
pub struct Conv;

/// The Conv schema.
pub static CONV: Conv = Conv;

/// `group`: input and output channels split into this many groups (>= 1, default 1).
pub const GROUP: IntAttr = IntAttr { name: "group", rule: Rule::Any, default: 1 };

const ATTRS: &[AttrSpec] =
    &[AUTO_PAD.spec(), DILATIONS.spec(), GROUP.spec(), KERNEL_SHAPE.spec(), PADS.spec(), STRIDES.spec()];

impl OpSchema for Conv {
    fn signature(&self) -> Signature {
        Signature { name: onnx_ops::CONV, inputs: Arity::between(2, 3), outputs: Arity::exactly(1), attrs: ATTRS }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        let group = GROUP.read(&node.attrs);
        if group < 1 {
            return Err(OpError::node(format!("attribute \"group\" is {group}; expected >= 1")));
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
        let group = GROUP.read(&node.attrs) as u64;
        check_channels(x, w, group)?;
        let out_channels = w.shape[0].clone();
        if let Some(b) = inputs.get(2).copied().flatten() {
            expect_dtype(b, 2, x.dtype)?;
            super::batchnorm::check_channel_vector(b, 2, "bias", &out_channels)?;
        }
        let kernel = kernel_from(node, &w.shape[2..])?;
        let spatial = window_outputs(node, &x.shape[2..], &kernel, ctx)?;
        let mut shape = vec![x.shape[0].clone(), out_channels];
        shape.extend(spatial);
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
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
    let declared = KERNEL_SHAPE.get(&node.attrs);
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
