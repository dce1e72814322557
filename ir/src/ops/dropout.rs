//! Dropout: attributes `ratio`, `training_mode` and `seed` (the ratio and training-mode operands
//! of opset 12+ are moved into attributes by [`crate::fold`] when constant); output 0 has the
//! input's type, the optional mask output is bool.

use super::{expect_float, required, Arity, AttrKind, AttrSpec, Inputs, OpError, OpSchema, Rule, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Node};

/// Dropout.
pub struct Dropout;

/// The Dropout schema.
pub static DROPOUT: Dropout = Dropout;

const ATTRS: &[AttrSpec] = &[
    AttrSpec::new("ratio", AttrKind::Float, Rule::UnitInterval),
    AttrSpec::new("training_mode", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("seed", AttrKind::Int, Rule::Any),
];

impl OpSchema for Dropout {
    fn signature(&self) -> Signature {
        Signature { name: "Dropout", inputs: Arity::exactly(1), outputs: Arity::between(1, 2), attrs: ATTRS }
    }
    fn check(&self, node: &Node) -> Result<(), OpError> {
        if crate::attr::float_or(node, "ratio", 0.5) >= 1.0 && crate::attr::int_or(node, "training_mode", 0) == 1 {
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
