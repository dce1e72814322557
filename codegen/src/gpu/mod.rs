//! The GPU lowering: kernels written once over the device-intrinsics interface ([`device`]), lowered
//! to NVVM for PTX ([`nvptx`]) or to the host SIMT emulator (`crate::simt`), and the `ptxas` check.

mod device;
mod family;
mod grid;
mod layer_norm;
mod loss;
mod nvptx;
mod ops;
mod ptx_cache;
pub mod ptxas;
mod resize;
mod window;

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::values::{FloatValue, IntValue};

use crate::error::{CodegenError, Result};
use crate::kernels::formulas::{
    elementwise_consts, elementwise_eval, elementwise_inputs, family_eval, family_inputs, family_output,
    finalize_channel, grad_params_channel, load_channel, sgd_element, ChannelConsts,
};
use crate::kernels::reductions::{GradSums, Moments};
use crate::kernels::{Kb, KernelKind};
use grid::Grid;

pub(crate) use device::{Device, Sreg, WARP};
pub(crate) use nvptx::{emit_ptx, machine as nvptx_machine};
pub(crate) use ptx_cache::{build_gpu_module, cached_ptx};

/// Adds the GPU kernel `kind` to `module` as `name`, lowered through `dev`.
pub fn build_gpu_kernel<'ctx, D: Device>(
    dev: &D,
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    kind: KernelKind,
    name: &str,
) -> Result<()> {
    let kb = Kb::new(ctx, module, kind, name, dev.global_space())?;
    let g = Grid::new(dev, &kb)?;
    match kind {
        KernelKind::MomentsPartial => family::channel_partial(dev, &kb, &g, &Moments)?,
        KernelKind::BnGradPartial { .. } => family::channel_partial(dev, &kb, &g, &GradSums::of(kind)?)?,
        KernelKind::MomentsCombine => kb.for_range(g.global_id, kb.int("c")?, g.global_stride, |ch| {
            family::combine_channel(&kb, &Moments, "moments", ch)
        })?,
        KernelKind::BnGradCombine => {
            let r = GradSums::of(kind)?;
            kb.for_range(g.global_id, kb.int("c")?, g.global_stride, |ch| family::combine_channel(&kb, &r, "sums", ch))?
        }
        KernelKind::BnFinalize => {
            kb.for_range(g.global_id, kb.int("c")?, g.global_stride, |ch| finalize_channel(&kb, ch))?
        }
        KernelKind::BnGradParams => {
            kb.for_range(g.global_id, kb.int("c")?, g.global_stride, |ch| grad_params_channel(&kb, ch))?
        }
        KernelKind::Elementwise(op) => {
            let consts = elementwise_consts(&kb, op)?;
            let eval = |_: &(), xs: &[FloatValue<'ctx>]| elementwise_eval(&kb, op, &consts, xs);
            family::map_kernel(&kb, &g, (elementwise_inputs(op), "y"), kb.int("len")?, None, |_| Ok(()), eval)?;
        }
        KernelKind::Op(op) => ops::build_op_kernel(dev, &kb, &g, op)?,
        KernelKind::SgdUpdate { momentum } => {
            kb.for_range(g.global_id, kb.int("len")?, g.global_stride, |j| sgd_element(&kb, momentum, j))?
        }
        KernelKind::LocalMoments | KernelKind::BnGradReduce { .. } => {
            return Err(CodegenError::Builder(format!("{name} is a host-only kernel")))
        }
        family => {
            let (c, s) = (kb.int("c")?, kb.int("s")?);
            let total = kb.mul(kb.mul(kb.int("n")?, c)?, s)?;
            let consts = |idx: IntValue<'ctx>| load_channel(&kb, family, kb.urem(kb.udiv(idx, s)?, c)?);
            let eval = |k: &ChannelConsts<FloatValue<'ctx>>, xs: &[FloatValue<'ctx>]| family_eval(&kb, family, k, xs);
            let io = (family_inputs(family), family_output(family));
            family::map_kernel(&kb, &g, io, total, Some(s), consts, eval)?;
        }
    }
    kb.ret()?;
    dev.finish_kernel(&kb, kb.func)
}
