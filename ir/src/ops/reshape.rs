//! Layout ops: Flatten (axis), Reshape (0 and -1, shape from an i64 initializer) and Concat (axis).

use super::attrs::{AttrSpec, FlagAttr, IntAttr, Rule};
use super::dims::SymProduct;
use super::{expect_dtype, expect_rank, required, resolve_axis, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{DType, Dim, Node};

/// Flatten's `axis`: the first axis of the inner dimension (`0..=rank`, negative from the end; default 1).
pub const FLATTEN_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: 1 };
/// Concat's `axis` (required; negative from the end). ConcatGrad carries it too.
pub const CONCAT_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: 0 };
/// Reshape's `allowzero`: a 0 in the shape is a zero-size dimension, not a copy.
pub const ALLOW_ZERO: FlagAttr = FlagAttr { name: "allowzero" };

const FLATTEN_ATTRS: &[AttrSpec] = &[FLATTEN_AXIS.spec()];
const CONCAT_ATTRS: &[AttrSpec] = &[CONCAT_AXIS.spec()];
const RESHAPE_ATTRS: &[AttrSpec] = &[ALLOW_ZERO.spec()];

/// The longest shape operand read from an initializer.
const MAX_SHAPE_OPERAND: u64 = 64;

/// Flatten: `[d0..d(axis-1)] x [d(axis)..]` as a rank-2 tensor.
pub struct Flatten;

/// The Flatten schema.
pub static FLATTEN: Flatten = Flatten;

impl OpSchema for Flatten {
    fn signature(&self) -> Signature {
        Signature {
            name: onnx_ops::FLATTEN,
            inputs: Arity::exactly(1),
            outputs: Arity::exactly(1),
            attrs: FLATTEN_ATTRS,
        }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        let axis = resolve_axis(FLATTEN_AXIS.read(&node.attrs), x.shape.len(), true)?;
        let outer = SymProduct::of(&x.shape[..axis]).to_dim(ctx);
        let inner = SymProduct::of(&x.shape[axis..]).to_dim(ctx);
        Ok(vec![TensorType::new(x.dtype, vec![outer, inner])])
    }
}

/// Reshape: the target shape is a constant i64 vector; 0 copies the input dimension (unless
/// `allowzero`), one -1 takes what is left.
pub struct Reshape;

/// The Reshape schema.
pub static RESHAPE: Reshape = Reshape;

impl OpSchema for Reshape {
    fn signature(&self) -> Signature {
        Signature {
            name: onnx_ops::RESHAPE,
            inputs: Arity::exactly(2),
            outputs: Arity::exactly(1),
            attrs: RESHAPE_ATTRS,
        }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        let s = required(inputs, 1)?;
        expect_dtype(s, 1, DType::I64)?;
        expect_rank(s, 1, 1, 1)?;
        let target =
            ctx.constant(&node.inputs[1], MAX_SHAPE_OPERAND).map_err(|e| OpError::input(1, e))?.ok_or_else(|| {
                OpError::input(1, "the target shape is computed at run time; expected an i64 initializer")
            })?;
        let allow_zero = ALLOW_ZERO.read(&node.attrs);
        let shape = reshape(&x.shape, &target, allow_zero, ctx)?;
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}

/// The output shape of Reshape from the input shape and the target values.
fn reshape(input: &[Dim], target: &[f64], allow_zero: bool, ctx: &mut InferCtx) -> Result<Vec<Dim>, OpError> {
    let bad = |m: String| OpError::input(1, format!("target shape {target:?} for input {}: {m}", display_shape(input)));
    let mut out: Vec<Option<Dim>> = Vec::with_capacity(target.len());
    for (i, &v) in target.iter().enumerate() {
        let dim = match v {
            v if v.fract() != 0.0 || !(-1.0..9.2e18).contains(&v) => {
                return Err(bad(format!("entry {i} is {v}; expected an integer >= -1")))
            }
            -1.0 => None,
            v if v == 0.0 && !allow_zero => Some(
                input.get(i).cloned().ok_or_else(|| bad(format!("entry {i} is 0 but the input has no axis {i}")))?,
            ),
            v => Some(Dim::Fixed(v as u64)),
        };
        out.push(dim);
    }
    if out.iter().filter(|d| d.is_none()).count() > 1 {
        return Err(bad("more than one entry is -1; expected at most one".into()));
    }
    let known: Vec<Dim> = out.iter().flatten().cloned().collect();
    let (total, rest) = (SymProduct::of(input), SymProduct::of(&known));
    let all_fixed = |p: &[Dim]| p.iter().all(|d| d.fixed().is_some());
    if out.iter().any(Option::is_none) {
        let missing = match total.divide(&rest) {
            Some(q) => q.to_dim(ctx),
            None if all_fixed(input) && all_fixed(&known) => {
                return Err(bad("the element count is not a multiple of the given dimensions".into()))
            }
            None => ctx.fresh_dim(),
        };
        return Ok(out.into_iter().map(|d| d.unwrap_or_else(|| missing.clone())).collect());
    }
    if all_fixed(input) && all_fixed(&known) && total != rest {
        return Err(bad("the element counts differ".into()));
    }
    Ok(known)
}

/// Concat along `axis`: all inputs of one dtype and rank, equal except along the axis.
pub struct Concat;

/// The Concat schema.
pub static CONCAT: Concat = Concat;

impl OpSchema for Concat {
    fn signature(&self) -> Signature {
        Signature {
            name: onnx_ops::CONCAT,
            inputs: Arity::at_least(1),
            outputs: Arity::exactly(1),
            attrs: CONCAT_ATTRS,
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if CONCAT_AXIS.get(&node.attrs).is_none() {
            return Err(OpError::node("Concat needs attribute \"axis\""));
        }
        if let Some(i) = node.inputs.iter().position(String::is_empty) {
            return Err(OpError::input(i, format!("input {i} of Concat is empty; expected a tensor name")));
        }
        Ok(())
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let first = required(inputs, 0)?;
        let rank = first.shape.len();
        let axis = resolve_axis(CONCAT_AXIS.read(&node.attrs), rank, false)?;
        let mut along_sum: Option<u64> = Some(0);
        let mut shape = first.shape.clone();
        for index in 0..inputs.len() {
            let t = required(inputs, index)?;
            expect_dtype(t, index, first.dtype)?;
            expect_rank(t, index, rank, rank)?;
            for (i, (d, f)) in t.shape.iter().zip(&first.shape).enumerate() {
                if i != axis && d.fixed().is_some() && f.fixed().is_some() && d != f {
                    return Err(OpError::input(
                        index,
                        format!(
                            "input {index} has shape {}; expected {} except along axis {axis}",
                            display_shape(&t.shape),
                            display_shape(&first.shape)
                        ),
                    ));
                }
            }
            along_sum = along_sum.zip(t.shape[axis].fixed()).and_then(|(a, b)| a.checked_add(b));
        }
        shape[axis] = match along_sum {
            Some(n) => Dim::Fixed(n),
            None if inputs.len() == 1 => first.shape[axis].clone(),
            None => ctx.fresh_dim(),
        };
        Ok(vec![TensorType::new(first.dtype, shape)])
    }
}
