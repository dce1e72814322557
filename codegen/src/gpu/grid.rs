//! The launch geometry of a GPU kernel (thread, block and grid indices as `i64`) and the small helpers
//! every op kernel's grid-stride loop uses.

use inkwell::values::{BasicValue, BasicValueEnum, FloatValue, IntValue};

use super::device::{Device, Sreg};
use crate::error::{CodegenError, Result};
use crate::kernels::Kb;

/// The launch geometry as `i64` values.
pub(super) struct Grid<'ctx> {
    pub(super) tid: IntValue<'ctx>,
    pub(super) block: IntValue<'ctx>,
    pub(super) bdim: IntValue<'ctx>,
    pub(super) gdim: IntValue<'ctx>,
    /// `blockIdx * blockDim + threadIdx`.
    pub(super) global_id: IntValue<'ctx>,
    /// `gridDim * blockDim`.
    pub(super) global_stride: IntValue<'ctx>,
}

impl<'ctx> Grid<'ctx> {
    pub(super) fn new<D: Device>(dev: &D, kb: &Kb<'_, 'ctx>) -> Result<Self> {
        let r = |reg| kb.zext64(dev.sreg(kb, reg)?);
        let (tid, block, bdim, gdim) = (r(Sreg::ThreadIdx)?, r(Sreg::BlockIdx)?, r(Sreg::BlockDim)?, r(Sreg::GridDim)?);
        let global_id = kb.add(kb.mul(block, bdim)?, tid)?;
        let global_stride = kb.mul(gdim, bdim)?;
        Ok(Grid { tid, block, bdim, gdim, global_id, global_stride })
    }
}

/// `body(i)` for every work item `i < len`, grid-stride.
pub(super) fn items<'ctx>(
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    body: impl FnOnce(IntValue<'ctx>) -> Result<()>,
) -> Result<()> {
    kb.for_range(g.global_id, kb.int("len")?, g.global_stride, body)
}

/// Signed `i64 -> f32`.
pub(super) fn i2f32<'ctx>(kb: &Kb<'_, 'ctx>, v: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    Ok(kb.b.build_signed_int_to_float(v, kb.f32t(), "i2f32")?)
}

/// `cond ? a : b` on integers or floats.
pub(super) fn pick<'ctx, V>(kb: &Kb<'_, 'ctx>, cond: IntValue<'ctx>, a: V, b: V) -> Result<V>
where
    V: BasicValue<'ctx> + TryFrom<BasicValueEnum<'ctx>>,
{
    V::try_from(kb.select(cond, a, b)?).map_err(|_| CodegenError::Builder("select of another type".into()))
}
