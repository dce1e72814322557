//! Schemas of the BatchNorm and parameter gradient ops of [`crate::grad`]: BatchNormGrad,
//! BatchNormEvalGrad, ParamGradSum and the lowered BnGradReduce, BnGradInput, BnGradParams.

use super::attrs::{AttrSpec, Attrs, Rule, StrAttr};
use super::batchnorm::check_channel_vector;
use super::batchnorm::{EPSILON, MOMENTUM};
use super::grad::expect_like;
use super::lowered::{channels_of, check_activation, check_rows, ACTIVATION, ACTIVATION_ATTRS};
use super::{expect_float, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::grad as names;
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{DType, Dim, Node};

/// Checks `dY` (input 0) against `X` (input 1) and the four channel vectors at inputs 2 to 5;
/// returns X's type.
fn check_bn_operands<'a>(inputs: &Inputs<'a>) -> Result<&'a TensorType, OpError> {
    let (x, c) = channels_of(inputs, 1)?;
    expect_like(required(inputs, 0)?, 0, x, "the type of input 1 (X)")?;
    for (index, what) in [(2, "scale"), (3, "B"), (4, "mean"), (5, "var")] {
        let p = required(inputs, index)?;
        expect_float(p, index)?;
        check_channel_vector(p, index, what, c)?;
    }
    Ok(x)
}

/// BatchNormGrad's `forward`: the name of the forward BatchNormalization node (required).
pub const FORWARD: StrAttr = StrAttr { name: "forward", rule: Rule::Any, default: "" };
/// BatchNormEvalGrad's `wrt`: the input whose gradient it computes, `"X"`, `"scale"` or `"B"` (required).
pub const WRT: StrAttr = StrAttr { name: "wrt", rule: Rule::Words(&["X", "scale", "B"]), default: "" };

/// The input a BatchNormEvalGrad differentiates in ([`WRT`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalWrt {
    /// `"X"`.
    X,
    /// `"scale"`.
    Scale,
    /// `"B"`.
    B,
}

impl EvalWrt {
    /// The attribute value naming it.
    pub fn name(self) -> &'static str {
        match self {
            EvalWrt::X => "X",
            EvalWrt::Scale => "scale",
            EvalWrt::B => "B",
        }
    }
}

/// A BatchNormEvalGrad's attributes, defaults filled in: what every executor and the reference read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EvalGradAttrs {
    /// [`EPSILON`].
    pub epsilon: f64,
    /// [`WRT`].
    pub wrt: EvalWrt,
}

impl EvalGradAttrs {
    /// Reads them; a `wrt` other than `"X"`, `"scale"` or `"B"` (which validation refuses) is an error
    /// message.
    pub fn read(attrs: &Attrs) -> Result<EvalGradAttrs, String> {
        let wrt = match WRT.read(attrs) {
            "X" => EvalWrt::X,
            "scale" => EvalWrt::Scale,
            "B" => EvalWrt::B,
            other => return Err(format!("attribute \"wrt\" is {other:?}; expected \"X\", \"scale\" or \"B\"")),
        };
        Ok(EvalGradAttrs { epsilon: EPSILON.read(attrs), wrt })
    }
}

const BATCH_NORM_GRAD_ATTRS: &[AttrSpec] = &[EPSILON.spec(), FORWARD.spec(), MOMENTUM.spec()];

const EVAL_GRAD_ATTRS: &[AttrSpec] = &[EPSILON.spec(), WRT.spec()];

/// `BatchNormGrad(dY, X, scale, B, running_mean, running_var) -> (dX, d_scale, d_B)`.
pub struct BatchNormGrad;
/// The BatchNormGrad schema.
pub static BATCH_NORM_GRAD: BatchNormGrad = BatchNormGrad;

impl OpSchema for BatchNormGrad {
    fn signature(&self) -> Signature {
        Signature {
            name: names::BATCH_NORM_GRAD,
            inputs: Arity::exactly(6),
            outputs: Arity::exactly(3),
            attrs: BATCH_NORM_GRAD_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        match FORWARD.get(&node.attrs) {
            Some(name) if !name.is_empty() => Ok(()),
            _ => Err(OpError::node("BatchNormGrad needs attribute \"forward\" (the forward node's name)")),
        }
    }
    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = check_bn_operands(inputs)?;
        Ok(vec![x.clone(), required(inputs, 2)?.clone(), required(inputs, 3)?.clone()])
    }
}

/// `BatchNormEvalGrad(dY, X, scale, B, mean, var) -> d`, `d` in the input `wrt` names.
pub struct BatchNormEvalGrad;
/// The BatchNormEvalGrad schema.
pub static BATCH_NORM_EVAL_GRAD: BatchNormEvalGrad = BatchNormEvalGrad;

impl OpSchema for BatchNormEvalGrad {
    fn signature(&self) -> Signature {
        Signature {
            name: names::BATCH_NORM_EVAL_GRAD,
            inputs: Arity::exactly(6),
            outputs: Arity::exactly(1),
            attrs: EVAL_GRAD_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if WRT.get(&node.attrs).is_none() {
            return Err(OpError::node("BatchNormEvalGrad needs attribute \"wrt\" (\"X\", \"scale\" or \"B\")"));
        }
        Ok(())
    }
    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = check_bn_operands(inputs)?;
        let out = match WRT.get(&node.attrs) {
            Some("X") => x.clone(),
            Some("scale") => required(inputs, 2)?.clone(),
            _ => required(inputs, 3)?.clone(),
        };
        Ok(vec![out])
    }
}

/// `ParamGradSum(g) -> g`.
pub struct ParamGradSum;
/// The ParamGradSum schema.
pub static PARAM_GRAD_SUM: ParamGradSum = ParamGradSum;

impl OpSchema for ParamGradSum {
    fn signature(&self) -> Signature {
        Signature { name: names::PARAM_GRAD_SUM, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let g = required(inputs, 0)?;
        expect_float(g, 0)?;
        Ok(vec![g.clone()])
    }
}

/// `BnGradReduce(dY, X, norm_params[, Y]) -> sums` or `BnGradInput(dY, X, norm_params, sums[, Y]) -> dX`.
pub struct BnGradLowered {
    name: &'static str,
    /// Whether input 3 is the group's summed payload (BnGradInput).
    takes_sums: bool,
}
/// The BnGradReduce schema.
pub static BN_GRAD_REDUCE: BnGradLowered = BnGradLowered { name: names::BN_GRAD_REDUCE, takes_sums: false };
/// The BnGradInput schema.
pub static BN_GRAD_INPUT: BnGradLowered = BnGradLowered { name: names::BN_GRAD_INPUT, takes_sums: true };

impl BnGradLowered {
    /// The index of the optional activation source `Y`.
    fn y_index(&self) -> usize {
        if self.takes_sums {
            4
        } else {
            3
        }
    }
}

impl OpSchema for BnGradLowered {
    fn signature(&self) -> Signature {
        let y = self.y_index();
        Signature {
            name: self.name,
            inputs: Arity::between(y, y + 1),
            outputs: Arity::exactly(1),
            attrs: ACTIVATION_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        check_activation(node)?;
        let activation = ACTIVATION.read(&node.attrs);
        let y = self.y_index();
        let present = node.input(y).is_some();
        if (activation != ACTIVATION.default) != present {
            let (state, expected) = if present { ("given", "absent") } else { ("missing", "present") };
            return Err(OpError::input(
                y,
                format!(
                    "input {y} (Y, the mask source) is {state} with activation {activation:?}; expected {expected}"
                ),
            ));
        }
        Ok(())
    }
    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let (x, c) = channels_of(inputs, 1)?;
        expect_like(required(inputs, 0)?, 0, x, "the type of input 1 (X)")?;
        check_rows(inputs, 2, DType::F32, 5, c, "norm_params")?;
        if self.takes_sums {
            check_rows(inputs, 3, DType::F64, 3, c, "sums")?;
        }
        if node.input(self.y_index()).is_some() {
            expect_like(required(inputs, self.y_index())?, self.y_index(), x, "the type of input 1 (X)")?;
        }
        let out = if self.takes_sums { x.clone() } else { TensorType::new(DType::F64, vec![Dim::Fixed(3), c.clone()]) };
        Ok(vec![out])
    }
}

/// `BnGradParams(sums, norm_params) -> (d_scale, d_B)`.
pub struct BnGradParams;
/// The BnGradParams schema.
pub static BN_GRAD_PARAMS: BnGradParams = BnGradParams;

impl OpSchema for BnGradParams {
    fn signature(&self) -> Signature {
        Signature { name: names::BN_GRAD_PARAMS, inputs: Arity::exactly(2), outputs: Arity::exactly(2), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let sums = required(inputs, 0)?;
        super::expect_dtype(sums, 0, DType::F64)?;
        super::expect_rank(sums, 0, 2, 2)?;
        let c = sums.shape[1].clone();
        check_rows(inputs, 0, DType::F64, 3, &c, "sums")?;
        check_rows(inputs, 1, DType::F32, 5, &c, "norm_params")?;
        let vector = TensorType::new(DType::F32, vec![c]);
        Ok(vec![vector.clone(), vector])
    }
}
