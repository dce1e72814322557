//! Dropout: attributes `ratio`, `training_mode` and `seed` (the ratio and training-mode operands
//! of opset 12+ are moved into attributes by [`crate::fold`] when constant); output 0 has the
//! input's type, the optional mask output is bool.

use super::attrs::Attrs;
use super::batchnorm::TRAINING_MODE;
use super::{expect_float, required, Arity, AttrSpec, FloatAttr, Inputs, IntAttr, OpError, OpSchema, Rule, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Node};

/// Dropout.
pub struct Dropout;

/// The Dropout schema.
pub static DROPOUT: Dropout = Dropout;

/// `ratio`: the probability of dropping an element in training mode (in [0, 1], default 0.5).
pub const RATIO: FloatAttr = FloatAttr { name: "ratio", rule: Rule::UnitInterval, default: 0.5 };

/// `seed`: the seed of the mask (see [`crate::dropout`]; default 0).
pub const SEED: IntAttr = IntAttr { name: "seed", rule: Rule::Any, default: 0 };

/// The attributes of a Dropout node: ratio, training flag ([`TRAINING_MODE`], default off) and seed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DropoutAttrs {
    /// [`RATIO`].
    pub ratio: f64,
    /// [`TRAINING_MODE`]: whether the node drops elements.
    pub training: bool,
    /// [`SEED`].
    pub seed: i64,
}

impl DropoutAttrs {
    /// The attributes of `node`, defaults for absent ones.
    pub fn read(node: &Node) -> DropoutAttrs {
        DropoutAttrs::of(&node.attrs)
    }

    /// The attributes in `attrs`, defaults for absent ones.
    pub fn of(attrs: &Attrs) -> DropoutAttrs {
        DropoutAttrs { ratio: RATIO.read(attrs), training: TRAINING_MODE.read(attrs), seed: SEED.read(attrs) }
    }

    /// Whether the node is the identity (eval mode or ratio 0).
    pub fn is_identity(&self) -> bool {
        !self.training || self.ratio == 0.0
    }
}

const ATTRS: &[AttrSpec] = &[RATIO.spec(), TRAINING_MODE.spec(), SEED.spec()];

impl OpSchema for Dropout {
    fn signature(&self) -> Signature {
        Signature {
            name: crate::onnx_ops::DROPOUT,
            inputs: Arity::exactly(1),
            outputs: Arity::between(1, 2),
            attrs: ATTRS,
        }
    }
    fn check(&self, node: &Node) -> Result<(), OpError> {
        let attrs = DropoutAttrs::read(node);
        if attrs.training && attrs.ratio >= 1.0 {
            return Err(OpError::node("a training Dropout's ratio must be below 1"));
        }
        Ok(())
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        Ok(vec![x.clone(), TensorType::new(DType::Bool, x.shape.clone())])
    }
}
