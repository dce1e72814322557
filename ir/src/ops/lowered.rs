//! Schemas of the lowered ops of [`crate::lowered`]: the SyncBN statistics, collective, finalize and
//! normalize ops, validated and inferred like any other op.

use super::attrs::{AttrSpec, FloatAttr, IntAttr, Rule, StrAttr, StrsAttr};
use super::batchnorm::check_channel_vector;
use super::batchnorm::{EPSILON, MOMENTUM};
use super::{expect_dtype, expect_float, expect_rank, required, Arity, Attrs, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::lowered as names;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{DType, Dim, Node};

/// `activation` of the fused normalize ops (see [`crate::lowered::Activation`]).
pub const ACTIVATION: StrAttr =
    StrAttr { name: "activation", rule: Rule::Words(&["none", "relu", "clip"]), default: "none" };
/// `clip_min` (activation `"clip"` and ClipGrad); absent: unbounded below.
pub const CLIP_MIN: FloatAttr = FloatAttr { name: "clip_min", rule: Rule::Finite, default: f64::NEG_INFINITY };
/// `clip_max` (activation `"clip"` and ClipGrad); absent: unbounded above.
pub const CLIP_MAX: FloatAttr = FloatAttr { name: "clip_max", rule: Rule::Finite, default: f64::INFINITY };
/// AllReduce's `group_size`: replicas per sync group (>= 0; 0, the default, is every replica).
pub const GROUP_SIZE: IntAttr = IntAttr { name: "group_size", rule: Rule::Any, default: 0 };
/// AllReduce's `layers`: the BatchNorm node each input serves, one per input.
pub const LAYERS: StrsAttr = StrsAttr { name: "layers" };
/// AllReduce's `payload`: the layout, one `name:dtype[shape]` entry per input joined by `;`.
pub const PAYLOAD: StrAttr = StrAttr { name: "payload", rule: Rule::Any, default: "" };
/// AllReduce's `reduction`: `"sum"`.
pub const REDUCTION: StrAttr = StrAttr { name: "reduction", rule: Rule::Words(&["sum"]), default: "sum" };
/// AllReduce's `scope`: `"group"` (the sync group, the default) or `"world"` (every replica).
pub const SCOPE: StrAttr = StrAttr { name: "scope", rule: Rule::Words(&["group", "world"]), default: "group" };

pub(super) const ACTIVATION_ATTRS: &[AttrSpec] = &[ACTIVATION.spec(), CLIP_MAX.spec(), CLIP_MIN.spec()];

/// `clip_min` / `clip_max` only with activation `"clip"`, and min <= max.
pub(super) fn check_activation(node: &Node) -> Result<(), OpError> {
    let activation = ACTIVATION.read(&node.attrs);
    let has_bounds = CLIP_MIN.get(&node.attrs).is_some() || CLIP_MAX.get(&node.attrs).is_some();
    if has_bounds && activation != "clip" {
        return Err(OpError::node(format!(
            "clip_min / clip_max given with activation {activation:?}; expected \"clip\""
        )));
    }
    let (lo, hi) = (CLIP_MIN.read(&node.attrs), CLIP_MAX.read(&node.attrs));
    if lo > hi {
        return Err(OpError::node(format!("clip_min {lo} is greater than clip_max {hi}")));
    }
    Ok(())
}

/// A float tensor X of rank 2 to 5 at input `index`; returns its channel dimension.
pub(super) fn channels_of<'a>(inputs: &Inputs<'a>, index: usize) -> Result<(&'a TensorType, &'a Dim), OpError> {
    let x = required(inputs, index)?;
    expect_float(x, index)?;
    expect_rank(x, index, 2, 5)?;
    Ok((x, &x.shape[1]))
}

/// Checks a `[rows, C]` tensor of dtype `dtype` at input `index`.
pub(super) fn check_rows(
    inputs: &Inputs,
    index: usize,
    dtype: DType,
    rows: u64,
    channels: &Dim,
    what: &str,
) -> Result<(), OpError> {
    let t = required(inputs, index)?;
    expect_dtype(t, index, dtype)?;
    let ok = t.shape.len() == 2
        && t.shape[0] == Dim::Fixed(rows)
        && (t.shape[1] == *channels || t.shape[1].fixed().is_none() || channels.fixed().is_none());
    if ok {
        Ok(())
    } else {
        Err(OpError::input(
            index,
            format!("input {index} ({what}) has shape {}; expected [{rows}, {channels}]", display_shape(&t.shape)),
        ))
    }
}

/// `LocalMoments(X) -> moments`.
pub struct LocalMoments;
/// The LocalMoments schema.
pub static LOCAL_MOMENTS: LocalMoments = LocalMoments;

impl OpSchema for LocalMoments {
    fn signature(&self) -> Signature {
        Signature { name: names::LOCAL_MOMENTS, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let (_, c) = channels_of(inputs, 0)?;
        Ok(vec![TensorType::new(DType::F64, vec![Dim::Fixed(3), c.clone()])])
    }
}

/// `AllReduce(t0, t1, ...) -> (r0, r1, ...)`.
pub struct AllReduce;
/// The AllReduce schema.
pub static ALL_REDUCE: AllReduce = AllReduce;

const ALL_REDUCE_ATTRS: &[AttrSpec] =
    &[GROUP_SIZE.spec(), LAYERS.spec(), PAYLOAD.spec(), REDUCTION.spec(), SCOPE.spec()];

impl OpSchema for AllReduce {
    fn signature(&self) -> Signature {
        Signature {
            name: names::ALL_REDUCE,
            inputs: Arity::at_least(1),
            outputs: Arity::at_least(1),
            attrs: ALL_REDUCE_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        let n = node.inputs.len();
        if node.outputs.len() != n {
            return Err(OpError::node(format!(
                "AllReduce has {n} inputs and {} outputs; expected as many",
                node.outputs.len()
            )));
        }
        let group_size = GROUP_SIZE.read(&node.attrs);
        if group_size < 0 {
            return Err(OpError::node(format!("attribute \"group_size\" is {group_size}; expected >= 0")));
        }
        match LAYERS.get(&node.attrs) {
            Some(layers) if layers.len() != n => Err(OpError::node(format!(
                "attribute \"layers\" has {} entries; expected {n} (one per input)",
                layers.len()
            ))),
            _ => Ok(()),
        }
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        (0..inputs.len()).map(|i| required(inputs, i).cloned()).collect()
    }
}

const FINALIZE_ATTRS: &[AttrSpec] = &[EPSILON.spec(), MOMENTUM.spec()];

/// `BnFinalize(moments, scale, B, running_mean, running_var) -> (norm_params, running_mean_out,
/// running_var_out)`.
pub struct BnFinalize;
/// The BnFinalize schema.
pub static BN_FINALIZE: BnFinalize = BnFinalize;

impl OpSchema for BnFinalize {
    fn signature(&self) -> Signature {
        Signature {
            name: names::BN_FINALIZE,
            inputs: Arity::exactly(5),
            outputs: Arity::between(1, 3),
            attrs: FINALIZE_ATTRS,
        }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let moments = required(inputs, 0)?;
        expect_dtype(moments, 0, DType::F64)?;
        expect_rank(moments, 0, 2, 2)?;
        let c = moments.shape[1].clone();
        check_rows(inputs, 0, DType::F64, 3, &c, "moments")?;
        for (index, what) in [(1, "scale"), (2, "B"), (3, "running_mean"), (4, "running_var")] {
            let p = required(inputs, index)?;
            expect_float(p, index)?;
            check_channel_vector(p, index, what, &c)?;
        }
        let params = TensorType::new(DType::F32, vec![Dim::Fixed(5), c]);
        Ok(vec![params, required(inputs, 3)?.clone(), required(inputs, 4)?.clone()])
    }
}

/// `BnNormalize(X, norm_params[, residual]) -> Y` or `BnNormalizePair(X1, np1, X2, np2) -> Y`.
pub struct BnNormalize {
    name: &'static str,
    pair: bool,
}
/// The BnNormalize schema.
pub static BN_NORMALIZE: BnNormalize = BnNormalize { name: names::BN_NORMALIZE, pair: false };
/// The BnNormalizePair schema.
pub static BN_NORMALIZE_PAIR: BnNormalize = BnNormalize { name: names::BN_NORMALIZE_PAIR, pair: true };

impl OpSchema for BnNormalize {
    fn signature(&self) -> Signature {
        Signature {
            name: self.name,
            inputs: if self.pair { Arity::exactly(4) } else { Arity::between(2, 3) },
            outputs: Arity::exactly(1),
            attrs: ACTIVATION_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        check_activation(node)
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let (x, c) = channels_of(inputs, 0)?;
        check_rows(inputs, 1, DType::F32, 5, c, "norm_params")?;
        let other = if self.pair { Some(2) } else { inputs.get(2).copied().flatten().map(|_| 2) };
        if let Some(index) = other {
            let y = required(inputs, index)?;
            if y != x {
                return Err(OpError::input(
                    index,
                    format!("input {index} has type {y}; expected {x}, the type of input 0"),
                ));
            }
        }
        if self.pair {
            check_rows(inputs, 3, DType::F32, 5, c, "norm_params")?;
        }
        Ok(vec![x.clone()])
    }
}

/// `ChannelAffine(X, mul, add) -> Y`.
pub struct ChannelAffine;
/// The ChannelAffine schema.
pub static CHANNEL_AFFINE: ChannelAffine = ChannelAffine;

impl OpSchema for ChannelAffine {
    fn signature(&self) -> Signature {
        Signature {
            name: names::CHANNEL_AFFINE,
            inputs: Arity::exactly(3),
            outputs: Arity::exactly(1),
            attrs: ACTIVATION_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        check_activation(node)
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let (x, c) = channels_of(inputs, 0)?;
        for (index, what) in [(1, "mul"), (2, "add")] {
            let p = required(inputs, index)?;
            expect_dtype(p, index, DType::F32)?;
            check_channel_vector(p, index, what, c)?;
        }
        Ok(vec![x.clone()])
    }
}

impl names::Activation {
    /// Reads `activation`, `clip_min` and `clip_max` from a node; `None` for an unknown activation.
    pub fn of_node(node: &Node) -> Option<Self> {
        Self::of_attrs(&node.attrs)
    }

    /// Reads `activation`, `clip_min` and `clip_max` from a node's attributes; `None` for an unknown
    /// activation.
    pub fn of_attrs(attrs: &Attrs) -> Option<Self> {
        match ACTIVATION.read(attrs) {
            "none" => Some(Self::None),
            "relu" => Some(Self::Relu),
            "clip" => Some(Self::Clip { min: CLIP_MIN.read(attrs) as f32, max: CLIP_MAX.read(attrs) as f32 }),
            _ => None,
        }
    }
}
