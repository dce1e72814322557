//! ReduceSum and ReduceMean: attributes `axes` (the opset 13/18 operand becomes it at load, see
//! [`crate::fold`]), `keepdims` and `noop_with_empty_axes`. The reduced axes must have fixed sizes:
//! a run-time dimension (the batch) is split across replicas, so a per-replica reduction over it
//! would not be the global one.

use super::attrs::{AttrSpec, IntAttr, IntsAttr, Rule};
use super::{expect_float, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// The reduced axes (negative from the end); absent or empty reduces all (unless
/// [`NOOP_WITH_EMPTY_AXES`]).
pub const REDUCE_AXES: IntsAttr = IntsAttr { name: "axes", rule: Rule::Any };
/// `keepdims`: reduced axes stay with size 1 (default 1).
pub const KEEP_DIMS: IntAttr = IntAttr { name: "keepdims", rule: Rule::OneOf(&[0, 1]), default: 1 };
/// `noop_with_empty_axes`: empty `axes` is the identity instead of a reduction over all axes.
pub const NOOP_WITH_EMPTY_AXES: IntAttr =
    IntAttr { name: "noop_with_empty_axes", rule: Rule::OneOf(&[0, 1]), default: 0 };

const ATTRS: &[AttrSpec] = &[REDUCE_AXES.spec(), KEEP_DIMS.spec(), NOOP_WITH_EMPTY_AXES.spec()];

/// ReduceSum or ReduceMean (the same shapes; the mean divides by the reduced element count).
pub struct Reduce {
    name: &'static str,
}

/// The ReduceSum schema.
pub static REDUCE_SUM: Reduce = Reduce { name: crate::onnx_ops::REDUCE_SUM };
/// The ReduceMean schema.
pub static REDUCE_MEAN: Reduce = Reduce { name: crate::onnx_ops::REDUCE_MEAN };

/// Which of `rank` axes a reduce node with attributes `attrs` reduces: sorted, each once.
pub fn reduced_axes(attrs: &super::Attrs, rank: usize) -> Result<Vec<bool>, String> {
    let axes = REDUCE_AXES.get(attrs).unwrap_or(&[]);
    if axes.is_empty() {
        return Ok(vec![NOOP_WITH_EMPTY_AXES.read(attrs) == 0; rank]);
    }
    let mut reduced = vec![false; rank];
    for &a in axes {
        let resolved = if a < 0 { a + rank as i64 } else { a };
        match usize::try_from(resolved).ok().filter(|&r| r < rank) {
            Some(r) if !reduced[r] => reduced[r] = true,
            Some(_) => return Err(format!("attribute \"axes\" is {axes:?}; axis {a} appears twice")),
            None => return Err(format!("attribute \"axes\" is {axes:?}; axis {a} is out of range for rank {rank}")),
        }
    }
    Ok(reduced)
}

impl OpSchema for Reduce {
    fn signature(&self) -> Signature {
        Signature { name: self.name, inputs: Arity::exactly(1), outputs: Arity::exactly(1), attrs: ATTRS }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        let reduced = reduced_axes(&node.attrs, x.shape.len()).map_err(OpError::node)?;
        let keep = KEEP_DIMS.read(&node.attrs) == 1;
        let mut shape = Vec::with_capacity(x.shape.len());
        for (axis, (d, &r)) in x.shape.iter().zip(&reduced).enumerate() {
            match (d, r) {
                (Dim::Named(name), true) => {
                    return Err(OpError::node(format!(
                        "{} over axis {axis} of run-time size {name:?}, which replicas split; expected axes of \
                         fixed size",
                        self.name
                    )))
                }
                (_, true) if keep => shape.push(Dim::Fixed(1)),
                (_, true) => {}
                (d, false) => shape.push(d.clone()),
            }
        }
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}
