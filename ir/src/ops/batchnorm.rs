//! BatchNormalization (ONNX opset 15): inputs X, scale, B, mean, var; training mode adds running outputs.

use super::{expect_float, expect_rank, required, Arity, AttrKind, AttrSpec, Inputs, OpError, OpSchema, Rule};
use crate::infer::{InferCtx, TensorType};
use crate::shape::display_shape;
use crate::{Dim, Node};

/// BatchNormalization.
pub struct BatchNormalization;

/// The BatchNormalization schema.
pub static BATCH_NORMALIZATION: BatchNormalization = BatchNormalization;

const ATTRS: &[AttrSpec] = &[
    AttrSpec::new("epsilon", AttrKind::Float, Rule::Positive),
    AttrSpec::new("momentum", AttrKind::Float, Rule::UnitInterval),
    AttrSpec::new("training_mode", AttrKind::Int, Rule::OneOf(&[0, 1])),
];

const PARAMS: [&str; 4] = ["scale", "B", "mean", "var"];

impl OpSchema for BatchNormalization {
    fn name(&self) -> &'static str {
        "BatchNormalization"
    }

    fn inputs(&self) -> Arity {
        Arity::exactly(5)
    }

    fn outputs(&self) -> Arity {
        Arity::between(1, 3)
    }

    fn attrs(&self) -> &'static [AttrSpec] {
        ATTRS
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if node.attr_i64("training_mode", 0) == 0 && node.outputs.len() > 1 {
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
