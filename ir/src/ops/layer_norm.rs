//! LayerNormalization (ONNX opset 17) and its gradient ops: each row of the axes from `axis` to the
//! last (the *normalized shape*) is normalized by its own mean and variance, then scaled and shifted
//! by `scale` and `B`, which broadcast to the normalized shape. The normalized axes must have fixed
//! sizes (a run-time batch axis is split across replicas).

use super::attrs::{AttrSpec, Attrs, FloatAttr, IntAttr, Rule};
use super::grad::expect_like;
use super::{expect_float, required, resolve_axis, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{grad as names, onnx_ops, DType, Dim, Node};

/// `axis`: the first normalized axis (negative from the end; default -1, the last axis).
pub const LN_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: -1 };
/// `epsilon`, added to the variance before its square root (default 1e-5).
pub const LN_EPSILON: FloatAttr = FloatAttr { name: "epsilon", rule: Rule::Positive, default: 1e-5 };
/// `stash_type`: the precision of the statistics; only 1 (f32) is supported.
pub const STASH_TYPE: IntAttr = IntAttr { name: "stash_type", rule: Rule::OneOf(&[1]), default: 1 };

const ATTRS: &[AttrSpec] = &[LN_AXIS.spec(), LN_EPSILON.spec(), STASH_TYPE.spec()];
const GRAD_ATTRS: &[AttrSpec] = &[LN_AXIS.spec(), LN_EPSILON.spec()];

/// A LayerNormalization's attributes (or its gradient ops'), defaults filled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerNormAttrs {
    /// [`LN_AXIS`] as written.
    pub axis: i64,
    /// [`LN_EPSILON`].
    pub epsilon: f64,
}

impl LayerNormAttrs {
    /// Reads the attributes of a LayerNormalization or of one of its gradient ops.
    pub fn read(attrs: &Attrs) -> LayerNormAttrs {
        LayerNormAttrs { axis: LN_AXIS.read(attrs), epsilon: LN_EPSILON.read(attrs) }
    }

    /// The attributes as node attributes (for the gradient ops).
    pub fn entries(self) -> Attrs {
        Attrs::from([LN_AXIS.entry(self.axis), LN_EPSILON.entry(self.epsilon)])
    }

    /// The first normalized axis of a rank-`rank` input.
    pub fn first_axis(self, rank: usize) -> Result<usize, String> {
        resolve_axis(self.axis, rank, false).map_err(|e| e.message)
    }

    /// `(rows, row_len)` of an input of concrete shape `shape`: the element counts before and from
    /// the first normalized axis.
    pub fn rows(self, shape: &[usize]) -> Result<(usize, usize), String> {
        let axis = self.first_axis(shape.len())?;
        Ok((shape[..axis].iter().product(), shape[axis..].iter().product()))
    }
}

/// The normalized shape of `x` (its axes from the first normalized one), which must be fixed.
fn normalized_shape(node: &Node, x: &TensorType) -> Result<Vec<Dim>, OpError> {
    let axis = LayerNormAttrs::read(&node.attrs).first_axis(x.shape.len()).map_err(OpError::node)?;
    let normalized = &x.shape[axis..];
    if let Some((i, d)) = normalized.iter().enumerate().find(|(_, d)| d.fixed().is_none()) {
        return Err(OpError::node(format!(
            "{} normalizes axis {} of run-time size {d}, which replicas split; expected axes of fixed size",
            node.op,
            axis + i
        )));
    }
    Ok(normalized.to_vec())
}

/// Checks that input `index` (`scale` or `B`) broadcasts to the normalized shape.
fn expect_broadcasts(t: &TensorType, index: usize, x: &TensorType, normalized: &[Dim]) -> Result<(), OpError> {
    let offset = normalized.len().checked_sub(t.shape.len());
    let fits = t.dtype == x.dtype
        && offset.is_some_and(|o| t.shape.iter().zip(&normalized[o..]).all(|(d, n)| *d == Dim::Fixed(1) || d == n));
    if fits {
        return Ok(());
    }
    Err(OpError::input(
        index,
        format!(
            "input {index} has type {t}; expected {} of a shape that broadcasts to the normalized shape {}",
            x.dtype,
            display_shape(normalized)
        ),
    ))
}

/// LayerNormalization(X, scale[, B]) -> (Y[, Mean, InvStdDev]).
pub struct LayerNormalization;

/// The LayerNormalization schema.
pub static LAYER_NORMALIZATION: LayerNormalization = LayerNormalization;

impl OpSchema for LayerNormalization {
    fn signature(&self) -> Signature {
        Signature {
            name: onnx_ops::LAYER_NORMALIZATION,
            inputs: Arity::between(2, 3),
            outputs: Arity::between(1, 3),
            attrs: ATTRS,
        }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        let normalized = normalized_shape(node, x)?;
        expect_broadcasts(required(inputs, 1)?, 1, x, &normalized)?;
        if let Some(b) = inputs.get(2).copied().flatten() {
            expect_broadcasts(b, 2, x, &normalized)?;
        }
        let kept = x.shape.len() - normalized.len();
        let stat_shape: Vec<Dim> =
            x.shape[..kept].iter().cloned().chain(normalized.iter().map(|_| Dim::Fixed(1))).collect();
        let stat = TensorType::new(DType::F32, stat_shape);
        Ok([x.clone(), stat.clone(), stat].into_iter().take(node.outputs.len()).collect())
    }
}

/// A gradient op of LayerNormalization: `LayerNormGrad(dY, X, scale) -> dX` or
/// `LayerNormScaleGrad(dY, X) -> d_scale` (of the normalized shape).
pub struct LayerNormGradOp {
    name: &'static str,
}

/// The LayerNormGrad schema.
pub static LAYER_NORM_GRAD: LayerNormGradOp = LayerNormGradOp { name: names::LAYER_NORM_GRAD };
/// The LayerNormScaleGrad schema.
pub static LAYER_NORM_SCALE_GRAD: LayerNormGradOp = LayerNormGradOp { name: names::LAYER_NORM_SCALE_GRAD };

impl OpSchema for LayerNormGradOp {
    fn signature(&self) -> Signature {
        let inputs = if self.name == names::LAYER_NORM_GRAD { 3 } else { 2 };
        Signature { name: self.name, inputs: Arity::exactly(inputs), outputs: Arity::exactly(1), attrs: GRAD_ATTRS }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let dy = required(inputs, 0)?;
        expect_float(dy, 0)?;
        let x = required(inputs, 1)?;
        expect_like(x, 1, dy, "the type of input 0 (dY)")?;
        let normalized = normalized_shape(node, x)?;
        if self.name == names::LAYER_NORM_GRAD {
            expect_broadcasts(required(inputs, 2)?, 2, x, &normalized)?;
            Ok(vec![x.clone()])
        } else {
            Ok(vec![TensorType::new(x.dtype, normalized)])
        }
    }
}
