//! MaxPool, AveragePool (ceil_mode, pads, strides, dilations, auto_pad) and GlobalAveragePool.

use super::conv::{check_auto_pad, window_outputs, AUTO_PAD};
use super::{expect_float, expect_rank, required, Arity, AttrKind, AttrSpec, Inputs, OpError, OpSchema, Rule};
use crate::infer::{InferCtx, TensorType};
use crate::{Attr, DType, Dim, Node};

/// MaxPool or AveragePool.
pub struct Pool {
    name: &'static str,
    max: bool,
}

/// The MaxPool schema: outputs Y and optional Indices (i64).
pub static MAX_POOL: Pool = Pool { name: "MaxPool", max: true };
/// The AveragePool schema.
pub static AVERAGE_POOL: Pool = Pool { name: "AveragePool", max: false };

const MAX_ATTRS: &[AttrSpec] = &[
    AttrSpec::new("auto_pad", AttrKind::Str, AUTO_PAD),
    AttrSpec::new("ceil_mode", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("dilations", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("kernel_shape", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("pads", AttrKind::Ints, Rule::AllAtLeast(0)),
    AttrSpec::new("storage_order", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("strides", AttrKind::Ints, Rule::AllAtLeast(1)),
];

const AVERAGE_ATTRS: &[AttrSpec] = &[
    AttrSpec::new("auto_pad", AttrKind::Str, AUTO_PAD),
    AttrSpec::new("ceil_mode", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("count_include_pad", AttrKind::Int, Rule::OneOf(&[0, 1])),
    AttrSpec::new("dilations", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("kernel_shape", AttrKind::Ints, Rule::AllAtLeast(1)),
    AttrSpec::new("pads", AttrKind::Ints, Rule::AllAtLeast(0)),
    AttrSpec::new("strides", AttrKind::Ints, Rule::AllAtLeast(1)),
];

impl OpSchema for Pool {
    fn name(&self) -> &'static str {
        self.name
    }

    fn inputs(&self) -> Arity {
        Arity::exactly(1)
    }

    fn outputs(&self) -> Arity {
        if self.max {
            Arity::between(1, 2)
        } else {
            Arity::exactly(1)
        }
    }

    fn attrs(&self) -> &'static [AttrSpec] {
        if self.max {
            MAX_ATTRS
        } else {
            AVERAGE_ATTRS
        }
    }

    fn check(&self, node: &Node) -> Result<(), OpError> {
        if node.attr("kernel_shape").is_none() {
            return Err(OpError::node(format!("{} needs attribute \"kernel_shape\"", self.name)));
        }
        check_auto_pad(node)
    }

    fn infer(&self, node: &Node, inputs: &Inputs, ctx: &mut InferCtx) -> Result<Vec<TensorType>, OpError> {
        let x = required(inputs, 0)?;
        expect_float(x, 0)?;
        expect_rank(x, 0, 3, 8)?;
        let kernel: Vec<u64> =
            node.attr("kernel_shape").and_then(Attr::as_ints).unwrap_or(&[]).iter().map(|&k| k as u64).collect();
        let ceil = node.attr_i64("ceil_mode", 0) == 1;
        let spatial = window_outputs(node, &x.shape[2..], &kernel, ceil, ctx)?;
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
    fn name(&self) -> &'static str {
        "GlobalAveragePool"
    }

    fn inputs(&self) -> Arity {
        Arity::exactly(1)
    }

    fn outputs(&self) -> Arity {
        Arity::exactly(1)
    }

    fn attrs(&self) -> &'static [AttrSpec] {
        &[]
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
