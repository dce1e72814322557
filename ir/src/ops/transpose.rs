//! Transpose: attribute `perm` (default: the axes reversed); output axis `i` is input axis `perm[i]`.

use super::attrs::{AttrSpec, IntsAttr, Rule};
use super::{required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::tensor_type::TensorType;
use crate::Node;

/// Transpose's `perm`: a permutation of `0..rank`.
pub const PERM: IntsAttr = IntsAttr { name: "perm", rule: Rule::AllAtLeast(0) };

const ATTRS: &[AttrSpec] = &[PERM.spec()];

/// Transpose.
pub struct Transpose;

/// The Transpose schema.
pub static TRANSPOSE: Transpose = Transpose;

/// The permutation of a Transpose over `rank` axes: `perm` when given (checked to be a permutation
/// of `0..rank`), else the axes reversed.
pub fn permutation(perm: Option<&[i64]>, rank: usize) -> Result<Vec<usize>, String> {
    let Some(perm) = perm else { return Ok((0..rank).rev().collect()) };
    let mut seen = vec![false; rank];
    let mut out = Vec::with_capacity(rank);
    for &p in perm {
        let axis = usize::try_from(p).ok().filter(|&a| a < rank && !seen[a]);
        let Some(axis) = axis else {
            return Err(format!("attribute \"perm\" is {perm:?}; expected a permutation of 0..{rank}"));
        };
        seen[axis] = true;
        out.push(axis);
    }
    if out.len() != rank {
        return Err(format!("attribute \"perm\" is {perm:?}; expected a permutation of 0..{rank}"));
    }
    Ok(out)
}

/// The permutation that undoes `perm` (the gradient of a Transpose is the Transpose by it).
pub fn inverse(perm: &[usize]) -> Vec<usize> {
    let mut inv = vec![0; perm.len()];
    for (i, &p) in perm.iter().enumerate() {
        inv[p] = i;
    }
    inv
}

impl OpSchema for Transpose {
    fn signature(&self) -> Signature {
        Signature {
            name: crate::onnx_ops::TRANSPOSE,
            inputs: Arity::exactly(1),
            outputs: Arity::exactly(1),
            attrs: ATTRS,
        }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        let perm = permutation(PERM.get(&node.attrs), x.shape.len()).map_err(OpError::node)?;
        let shape = perm.iter().map(|&p| x.shape[p].clone()).collect();
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}
