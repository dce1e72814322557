//! MaxPool, AveragePool (ceil_mode, pads, strides, dilations, auto_pad) and GlobalAveragePool.

use super::attrs::{AttrSpec, FlagAttr};
use super::window::{check_auto_pad, window_outputs, AUTO_PAD, CEIL_MODE, DILATIONS, KERNEL_SHAPE, PADS, STRIDES};
use super::{expect_float, expect_rank, required, Arity, Inputs, OpError, OpSchema, Signature};
use crate::infer_ctx::InferCtx;
use crate::onnx_ops;
use crate::tensor_type::TensorType;
use crate::{DType, Dim, Node};

/// MaxPool or AveragePool.
pub struct Pool {
    name: &'static str,
    max: bool,
}

/// The MaxPool schema: outputs Y and optional Indices (i64).
pub static MAX_POOL: Pool = Pool { name: onnx_ops::MAX_POOL, max: true };
/// The AveragePool schema.
pub static AVERAGE_POOL: Pool = Pool { name: onnx_ops::AVERAGE_POOL, max: false };

/// `count_include_pad` (AveragePool): divide by the taps inside the input and its explicit padding.
pub const COUNT_INCLUDE_PAD: FlagAttr = FlagAttr { name: "count_include_pad" };
/// `storage_order` (MaxPool): the layout of the Indices output, row-major (0) or column-major (1).
pub const STORAGE_ORDER: FlagAttr = FlagAttr { name: "storage_order" };

const MAX_ATTRS: &[AttrSpec] = &[
    AUTO_PAD.spec(),
    CEIL_MODE.spec(),
    DILATIONS.spec(),
    KERNEL_SHAPE.spec(),
    PADS.spec(),
    STORAGE_ORDER.spec(),
    STRIDES.spec(),
];

const AVERAGE_ATTRS: &[AttrSpec] = &[
    AUTO_PAD.spec(),
    CEIL_MODE.spec(),
    COUNT_INCLUDE_PAD.spec(),
    DILATIONS.spec(),
    KERNEL_SHAPE.spec(),
    PADS.spec(),
    STRIDES.spec(),
];

impl OpSchema for Pool {
    fn signature(&self) -> Signature {
        Signature {
            name: self.name,
            inputs: Arity::exactly(1),
            outputs: if self.max { Arity::between(1, 2) } else { Arity::exactly(1) },
            attrs: if self.max { MAX_ATTRS } else { AVERAGE_ATTRS },
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if KERNEL_SHAPE.get(&node.attrs).is_none() {
            return Err(OpError::node(format!("{} needs attribute \"kernel_shape\"", self.name)));
        }
        check_auto_pad(node)
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        expect_rank(x, 0, 3, 8)?;
        let kernel: Vec<u64> = KERNEL_SHAPE.get(&node.attrs).unwrap_or(&[]).iter().map(|&k| k as u64).collect();
        let spatial = window_outputs(node, &x.shape[2..], &kernel, ctx)?;
        let mut shape = x.shape[..2].to_vec();
        shape.extend(spatial);
        let indices = TensorType::new(DType::I64, shape.clone());
        Ok(vec![TensorType::new(x.dtype, shape), indices])
    }
}

/// GlobalAveragePool: the mean over all spatial axes, kept as size-1 axes.
pub struct GlobalAveragePool;

/// The GlobalAveragePool schema.
pub static GLOBAL_AVERAGE_POOL: GlobalAveragePool = GlobalAveragePool;

impl OpSchema for GlobalAveragePool {
    fn signature(&self) -> Signature {
        Signature {
            name: onnx_ops::GLOBAL_AVERAGE_POOL,
            inputs: Arity::exactly(1),
            outputs: Arity::exactly(1),
            attrs: &[],
        }
    }

    fn infer(&self, _node: &Node, inputs: &Inputs, _ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        expect_rank(x, 0, 3, 8)?;
        let mut shape = x.shape[..2].to_vec();
        shape.extend(x.shape[2..].iter().map(|_| Dim::Fixed(1)));
        Ok(vec![TensorType::new(x.dtype, shape)])
    }
}
