//! BatchNormalization (ONNX opset 15): inputs X, scale, B, mean, var; training mode adds running outputs.

use super::attrs::{AttrSpec, Attrs, FlagAttr, FloatAttr, Rule};
use super::{expect_float, expect_rank, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// BatchNormalization.
pub struct BatchNormalization;

/// The BatchNormalization schema.
pub static BATCH_NORMALIZATION: BatchNormalization = BatchNormalization;

/// `epsilon`, added to the variance before its square root (BatchNormalization, BnFinalize and the
/// BatchNorm gradients).
pub const EPSILON: FloatAttr = FloatAttr { name: "epsilon", rule: Rule::Positive, default: 1e-5 };
/// `momentum`, the running statistics' weight of their old value.
pub const MOMENTUM: FloatAttr = FloatAttr { name: "momentum", rule: Rule::UnitInterval, default: 0.9 };
/// `training_mode`: normalize with the batch's statistics and update the running ones.
pub const TRAINING_MODE: FlagAttr = FlagAttr { name: "training_mode" };

const ATTRS: &[AttrSpec] = &[EPSILON.spec(), MOMENTUM.spec(), TRAINING_MODE.spec()];

/// A BatchNormalization's attributes, defaults filled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BatchNormAttrs {
    /// [`EPSILON`].
    pub epsilon: f64,
    /// [`MOMENTUM`].
    pub momentum: f64,
    /// [`TRAINING_MODE`].
    pub training_mode: bool,
}

impl BatchNormAttrs {
    /// Reads the attributes of a BatchNormalization (or of an op carrying its attributes).
    pub fn read(attrs: &Attrs) -> BatchNormAttrs {
        BatchNormAttrs {
            epsilon: EPSILON.read(attrs),
            momentum: MOMENTUM.read(attrs),
            training_mode: TRAINING_MODE.read(attrs),
        }
    }
}

const PARAMS: [&str; 4] = ["scale", "B", "mean", "var"];

impl OpSchema for BatchNormalization {
    fn signature(&self) -> Signature {
        Signature {
            name: onnx_ops::BATCH_NORMALIZATION,
            inputs: Arity::exactly(5),
            outputs: Arity::between(1, 3),
            attrs: ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if !TRAINING_MODE.read(&node.attrs) && node.outputs.len() > 1 {
            return Err(OpError::node(format!(
                "BatchNormalization with training_mode 0 has {} outputs; expected 1 (running statistics \
                 outputs need training_mode 1)",
                node.outputs.len()
            )));
        }
        Ok(())
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        expect_rank(x, 0, 2, 5)?;
        let channels = &x.shape[1];
        let mut params = Vec::with_capacity(4);
        for (offset, what) in PARAMS.iter().enumerate() {
            let index = offset + 1;
            let p = required(inputs, index)?;
            expect_float(p, index)?;
            check_channel_vector(p, index, what, channels)?;
            params.push(p);
        }
        Ok(vec![x.clone(), params[2].clone(), params[3].clone()])
    }
}

/// Checks that a parameter has shape `[C]` for X's channel dimension `C`.
pub(crate) fn check_channel_vector(p: &TensorType, index: usize, what: &str, channels: &Dim) -> Result<(), OpError> {
    let matches = match (p.shape.as_slice(), channels) {
        ([d], Dim::Fixed(c)) => d.fixed().unwrap_or(*c) == *c,
        ([_], Dim::Named(_)) => true,
        _ => false,
    };
    if matches {
        Ok(())
    } else {
        Err(OpError::input(
            index,
            format!(
                "input {index} ({what}) has shape {}; expected [{channels}], the channel dimension of X",
                display_shape(&p.shape)
            ),
        ))
    }
}
