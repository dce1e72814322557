//! Pad: attributes `mode` (`constant`, `reflect`, `edge`), `pads` (`[begin_0, .., begin_r-1,
//! end_0, .., end_r-1]`, each >= 0) and `value` (constant mode); the opset 11+ operands become them
//! at load (see [`crate::fold`]). The run-time (batch) axis is not padded.

use super::attrs::{AttrSpec, FloatAttr, IntsAttr, Rule, StrAttr};
use super::{expect_float, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// Pad's `mode`.
pub const PAD_MODE: StrAttr =
    StrAttr { name: "mode", rule: Rule::Words(&["constant", "reflect", "edge"]), default: "constant" };
/// Pad's `pads`: the begin paddings of every axis, then the end paddings (required).
pub const PADS: IntsAttr = IntsAttr { name: "pads", rule: Rule::AllAtLeast(0) };
/// Pad's opset-18 `axes` operand: the axes `pads` are given for (spread over every axis at load).
pub const PAD_AXES: IntsAttr = IntsAttr { name: "axes", rule: Rule::Any };
/// Pad's `value`: the fill of constant mode (default 0).
pub const PAD_VALUE: FloatAttr = FloatAttr { name: "value", rule: Rule::Finite, default: 0.0 };

const ATTRS: &[AttrSpec] = &[PAD_MODE.spec(), PADS.spec(), PAD_VALUE.spec()];

/// How positions outside the input take their value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadMode {
    /// The constant `value`.
    Constant,
    /// The input mirrored at its edge, the edge itself not repeated.
    Reflect,
    /// The edge value repeated.
    Edge,
}

impl PadMode {
    /// The mode named by a node's attributes.
    pub fn of(attrs: &super::Attrs) -> PadMode {
        match PAD_MODE.read(attrs) {
            "reflect" => PadMode::Reflect,
            "edge" => PadMode::Edge,
            _ => PadMode::Constant,
        }
    }

    /// The input position that output position `i` reads along an axis of input size `n` padded by
    /// `begin` in front; `None` for the constant fill.
    pub fn source(self, i: usize, n: usize, begin: usize) -> Option<usize> {
        let at = i as i64 - begin as i64;
        let last = n as i64 - 1;
        match self {
            _ if (0..=last).contains(&at) => Some(at as usize),
            PadMode::Constant => None,
            PadMode::Edge => Some(at.clamp(0, last) as usize),
            PadMode::Reflect if at < 0 => Some((-at) as usize),
            PadMode::Reflect => Some((2 * last - at) as usize),
        }
    }
}

/// The `(begin, end)` padding of each of `rank` axes from a node's `pads`.
pub fn paddings(attrs: &super::Attrs, rank: usize) -> Result<Vec<(usize, usize)>, String> {
    let pads = PADS.get(attrs).ok_or("Pad needs attribute \"pads\"")?;
    if pads.len() != 2 * rank || pads.iter().any(|&p| p < 0) {
        return Err(format!("attribute \"pads\" is {pads:?}; expected {} entries >= 0 for rank {rank}", 2 * rank));
    }
    Ok((0..rank).map(|a| (pads[a] as usize, pads[rank + a] as usize)).collect())
}

/// Pad.
pub struct Pad;

/// The Pad schema.
pub static PAD: Pad = Pad;

impl OpSchema for Pad {
    fn signature(&self) -> Signature {
        Signature { name: crate::onnx_ops::PAD, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: ATTRS }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        match PADS.get(&node.attrs) {
            Some(_) => Ok(()),
            None => Err(OpError::node("Pad needs attribute \"pads\" (or a constant pads operand)")),
        }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        let pads = paddings(&node.attrs, x.shape.len()).map_err(OpError::node)?;
        let mode = PadMode::of(&node.attrs);
        let mut shape = Vec::with_capacity(pads.len());
        for (axis, (d, &(begin, end))) in x.shape.iter().zip(&pads).enumerate() {
            shape.push(match d {
                _ if begin == 0 && end == 0 => d.clone(),
                Dim::Named(name) => {
                    return Err(OpError::node(format!(
                        "pads axis {axis} of run-time size {name:?}; expected paddings of fixed-size axes only"
                    )))
                }
                Dim::Fixed(n) => {
                    let n = *n as usize;
                    let fits = match mode {
                        PadMode::Constant => true,
                        PadMode::Edge => n > 0,
                        PadMode::Reflect => begin < n && end < n,
                    };
                    if !fits {
                        return Err(OpError::node(format!(
                            "{} padding ({begin}, {end}) of axis {axis} (size {n}) reaches past the input; expected \
                             {}",
                            PAD_MODE.read(&node.attrs),
                            if mode == PadMode::Edge { "a non-empty axis" } else { "paddings below the size" }
                        )));
                    }
                    let padded = n.checked_add(begin).and_then(|s| s.checked_add(end)).ok_or_else(|| {
                        OpError::node(format!(
                            "padding ({begin}, {end}) of axis {axis} overflows; expected smaller pads"
                        ))
                    })?;
                    Dim::Fixed(padded as u64)
                }
            });
        }
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}
