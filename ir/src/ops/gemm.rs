//! Matrix products: Gemm (transA / transB, alpha, beta, bias C) and MatMul (numpy semantics).

use super::attrs::{AttrSpec, Attrs, FlagAttr, FloatAttr, Rule};
use super::dims::broadcast;
use super::{expect_dtype, expect_float, expect_rank, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::shape::display_shape;
use crate::tensor_type::TensorType;
use crate::{Dim, Node};

/// Gemm: `Y = alpha * A' * B' + beta * C`.
pub struct Gemm;

/// The Gemm schema.
pub static GEMM: Gemm = Gemm;

/// `alpha`, the product's factor (Gemm, its gradients and ReduceToShape).
pub const ALPHA: FloatAttr = FloatAttr { name: "alpha", rule: Rule::Finite, default: 1.0 };
/// `beta`, the bias `C`'s factor.
pub const BETA: FloatAttr = FloatAttr { name: "beta", rule: Rule::Finite, default: 1.0 };
/// `transA`: `A` is transposed.
pub const TRANS_A: FlagAttr = FlagAttr { name: "transA" };
/// `transB`: `B` is transposed.
pub const TRANS_B: FlagAttr = FlagAttr { name: "transB" };

const ATTRS: &[AttrSpec] = &[ALPHA.spec(), BETA.spec(), TRANS_A.spec(), TRANS_B.spec()];

/// A Gemm's attributes, defaults filled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GemmAttrs {
    /// [`ALPHA`].
    pub alpha: f64,
    /// [`BETA`].
    pub beta: f64,
    /// [`TRANS_A`].
    pub trans_a: bool,
    /// [`TRANS_B`].
    pub trans_b: bool,
}

impl GemmAttrs {
    /// Reads the attributes of a Gemm or of one of its gradients.
    pub fn read(attrs: &Attrs) -> GemmAttrs {
        GemmAttrs {
            alpha: ALPHA.read(attrs),
            beta: BETA.read(attrs),
            trans_a: TRANS_A.read(attrs),
            trans_b: TRANS_B.read(attrs),
        }
    }
}

impl OpSchema for Gemm {
    fn signature(&self) -> Signature {
        Signature { name: onnx_ops::GEMM, inputs: Arity::between(2, 3), outputs: Arity::exactly(1), attrs: ATTRS }
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let a = required(inputs, 0)?;
        let b = required(inputs, 1)?;
        expect_float(a, 0)?;
        expect_rank(a, 0, 2, 2)?;
        expect_dtype(b, 1, a.dtype)?;
        expect_rank(b, 1, 2, 2)?;
        let gemm = GemmAttrs::read(&node.attrs);
        let (m, ka) = oriented(&a.shape, gemm.trans_a);
        let (kb, n) = oriented(&b.shape, gemm.trans_b);
        check_inner(ka, kb, a, b)?;
        let out = vec![m.clone(), n.clone()];
        if let Some(c) = inputs.get(2).copied().flatten() {
            expect_dtype(c, 2, a.dtype)?;
            let fits = c.shape.len() <= 2
                && broadcast(&[&out, &c.shape], ctx)
                    .is_ok_and(|s| s.iter().zip(&out).all(|(x, y)| same_or_named(x, y)));
            if !fits {
                return Err(OpError::input(
                    2,
                    format!(
                        "input 2 (C) has shape {}; expected one that broadcasts to {}",
                        display_shape(&c.shape),
                        display_shape(&out)
                    ),
                ));
            }
        }
        Ok(vec![TensorType::new(a.dtype, out)])
    }
}

fn same_or_named(x: &Dim, y: &Dim) -> bool {
    x == y || matches!(y, Dim::Named(_))
}

/// The (rows, columns) of a rank-2 shape, transposed when asked.
fn oriented(shape: &[Dim], transpose: bool) -> (&Dim, &Dim) {
    if transpose {
        (&shape[1], &shape[0])
    } else {
        (&shape[0], &shape[1])
    }
}

/// The inner dimensions of a product must agree when both are fixed.
fn check_inner(ka: &Dim, kb: &Dim, a: &TensorType, b: &TensorType) -> Result<(), OpError> {
    match (ka.fixed(), kb.fixed()) {
        (Some(x), Some(y)) if x != y => Err(OpError::input(
            1,
            format!(
                "inner dimensions differ: {} against {} ({x} against {y})",
                display_shape(&a.shape),
                display_shape(&b.shape)
            ),
        )),
        _ => Ok(()),
    }
}

/// MatMul with numpy semantics: 1-D operands are promoted and the extra axis removed; leading
/// (batch) axes broadcast.
pub struct MatMul;

/// The MatMul schema.
pub static MATMUL: MatMul = MatMul;

impl OpSchema for MatMul {
    fn signature(&self) -> Signature {
        Signature { name: onnx_ops::MATMUL, inputs: Arity::exactly(2), outputs: Arity::exactly(1), attrs: &[] }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let a = required(inputs, 0)?;
        let b = required(inputs, 1)?;
        expect_float(a, 0)?;
        expect_rank(a, 0, 1, 8)?;
        expect_dtype(b, 1, a.dtype)?;
        expect_rank(b, 1, 1, 8)?;
        let mut sa = a.shape.clone();
        let mut sb = b.shape.clone();
        let (a_vec, b_vec) = (sa.len() == 1, sb.len() == 1);
        if a_vec {
            sa.insert(0, Dim::Fixed(1));
        }
        if b_vec {
            sb.push(Dim::Fixed(1));
        }
        let (ra, rb) = (sa.len(), sb.len());
        check_inner(&sa[ra - 1], &sb[rb - 2], a, b)?;
        let batch_a = sa[..ra - 2].to_vec();
        let batch_b = sb[..rb - 2].to_vec();
        let mut out = broadcast(&[&batch_a, &batch_b], ctx).map_err(|e| OpError::input(1, e))?;
        if !a_vec {
            out.push(sa[ra - 2].clone());
        }
        if !b_vec {
            out.push(sb[rb - 1].clone());
        }
        Ok(vec![TensorType::new(a.dtype, out)])
    }
}
