//! The [`SimDevice`] lowering of the device-intrinsics interface: intrinsics become calls into the SIMT
//! emulator ([`super::machine`]) and each kernel gets a `launch(i8** args)` wrapper.

use std::cell::Cell;

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::types::BasicType;
use inkwell::values::{BasicMetadataValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::AddressSpace;

use super::machine::{BARRIER, SHARED, SHARED_BYTES, SHFL, SREG};
use crate::error::{CodegenError, Result};
use crate::gpu::{Device, Sreg};
use crate::kernels::Kb;

/// Suffix of the `void <kernel>.launch(i8** args)` wrapper the emulator calls.
pub(super) const LAUNCH_SUFFIX: &str = ".launch";

/// The emulator lowering: intrinsics become calls to `syncbn_sim_*` (barrier and shuffle marked
/// `convergent`, like the NVVM intrinsics), shared arrays are offsets into
/// the block's shared memory, and each kernel gets a `launch(i8** args)` wrapper.
#[derive(Default)]
pub struct SimDevice {
    shared_used: Cell<u32>,
}

fn extern_fn<'ctx>(kb: &Kb<'_, 'ctx>, name: &str) -> FunctionValue<'ctx> {
    kb.module.get_function(name).unwrap_or_else(|| {
        let (i32t, i64t) = (kb.ctx.i32_type(), kb.ctx.i64_type());
        let ty = match name {
            SREG => i32t.fn_type(&[i32t.into()], false),
            SHARED => kb.ctx.i8_type().ptr_type(AddressSpace::default()).fn_type(&[i64t.into()], false),
            SHFL => i32t.fn_type(&[i32t.into(), i32t.into(), i32t.into()], false),
            _ => kb.ctx.void_type().fn_type(&[], false),
        };
        let f = kb.module.add_function(name, ty, None);
        let mut attrs = vec!["nounwind"];
        if name == BARRIER || name == SHFL {
            attrs.push("convergent");
        }
        for a in attrs {
            f.add_attribute(
                AttributeLoc::Function,
                kb.ctx.create_enum_attribute(Attribute::get_named_enum_kind_id(a), 0),
            );
        }
        f
    })
}

fn call<'ctx>(
    kb: &Kb<'_, 'ctx>,
    name: &str,
    args: &[BasicMetadataValueEnum<'ctx>],
) -> Result<Option<inkwell::values::BasicValueEnum<'ctx>>> {
    Ok(kb.b.build_call(extern_fn(kb, name), args, "sim")?.try_as_basic_value().basic())
}

fn missing() -> CodegenError {
    CodegenError::Builder("emulator call returned void".into())
}

impl Device for SimDevice {
    fn global_space(&self) -> AddressSpace {
        AddressSpace::default()
    }

    fn sreg<'ctx>(&self, kb: &Kb<'_, 'ctx>, reg: Sreg) -> Result<IntValue<'ctx>> {
        let which = match reg {
            Sreg::ThreadIdx => 0,
            Sreg::BlockIdx => 1,
            Sreg::BlockDim => 2,
            Sreg::GridDim => 3,
        };
        Ok(call(kb, SREG, &[kb.i32(which).into()])?.ok_or_else(missing)?.into_int_value())
    }

    fn barrier(&self, kb: &Kb) -> Result<()> {
        call(kb, BARRIER, &[])?;
        Ok(())
    }

    fn shared_f64<'ctx>(&self, kb: &Kb<'_, 'ctx>, name: &str, len: u32) -> Result<PointerValue<'ctx>> {
        let offset = self.shared_used.get();
        let end = offset + 8 * len;
        if end > SHARED_BYTES {
            return Err(CodegenError::Builder(format!(
                "shared array `{name}` exceeds {SHARED_BYTES} bytes of shared memory"
            )));
        }
        self.shared_used.set(end);
        let raw = call(kb, SHARED, &[kb.i64(offset as i64).into()])?.ok_or_else(missing)?.into_pointer_value();
        Ok(kb.b.build_pointer_cast(raw, kb.f64t().ptr_type(AddressSpace::default()), name)?)
    }

    fn shfl_down_i32<'ctx>(&self, kb: &Kb<'_, 'ctx>, v: IntValue<'ctx>, delta: u32) -> Result<IntValue<'ctx>> {
        let args = [kb.i32(-1).into(), v.into(), kb.i32(delta as i32).into()];
        Ok(call(kb, SHFL, &args)?.ok_or_else(missing)?.into_int_value())
    }

    fn finish_kernel<'ctx>(&self, kb: &Kb<'_, 'ctx>, func: FunctionValue<'ctx>) -> Result<()> {
        self.shared_used.set(0);
        let ctx = kb.ctx;
        let i8pp = ctx.i8_type().ptr_type(AddressSpace::default()).ptr_type(AddressSpace::default());
        let name = format!("{}{LAUNCH_SUFFIX}", func.get_name().to_string_lossy());
        let wrapper = kb.module.add_function(&name, ctx.void_type().fn_type(&[i8pp.into()], false), None);
        let b = ctx.create_builder();
        b.position_at_end(ctx.append_basic_block(wrapper, "entry"));
        let args = wrapper.get_nth_param(0).ok_or_else(missing)?.into_pointer_value();
        let mut vals: Vec<BasicMetadataValueEnum> = Vec::new();
        for (i, p) in func.get_param_iter().enumerate() {
            // SAFETY (of the IR): the launcher passes one pointer per kernel parameter.
            let slot = unsafe { b.build_in_bounds_gep(args, &[kb.i64(i as i64)], "slot") }?;
            let raw = b.build_load(slot, "raw")?.into_pointer_value();
            let typed = b.build_pointer_cast(raw, p.get_type().ptr_type(AddressSpace::default()), "typed")?;
            vals.push(b.build_load(typed, "arg")?.into());
        }
        b.build_call(func, &vals, "")?;
        b.build_return(None)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::c_void;
    use std::time::Duration;

    use crate::host::Jit;
    use crate::kernels::{Elementwise, KernelKind};
    use crate::simt::machine;
    use inkwell::IntPredicate;

    /// A relu-signature kernel whose threads with `tid < 16` run `divergent`.
    fn broken_kernel(divergent: fn(&SimDevice, &Kb) -> Result<()>) -> (Jit, usize) {
        let kind = KernelKind::Elementwise(Elementwise::Relu);
        let (jit, _) = Jit::compile("broken", &machine::externals(), |ctx, module| {
            let dev = SimDevice::default();
            let kb = Kb::new(ctx, module, kind, "broken", dev.global_space())?;
            let tid = dev.sreg(&kb, Sreg::ThreadIdx)?;
            let low = kb.b.build_int_compare(IntPredicate::ULT, tid, kb.i32(16), "low")?;
            kb.if_then(low, || divergent(&dev, &kb))?;
            kb.ret()?;
            dev.finish_kernel(&kb, kb.func)
        })
        .unwrap();
        let entry = jit.address(&format!("broken{LAUNCH_SUFFIX}")).unwrap();
        (jit, entry)
    }

    fn run(entry: usize) -> Result<()> {
        let (x, mut y) = ([0.0f32; 4], [0.0f32; 4]);
        let mut slots = [x.as_ptr() as u64, 4, y.as_mut_ptr() as u64];
        let ptrs: Vec<*mut c_void> = slots.iter_mut().map(|s| (s as *mut u64).cast()).collect();
        // SAFETY: the kernel only calls the divergent intrinsic; the buffers are valid.
        unsafe { machine::run_grid(entry, 2, 64, ptrs.as_ptr(), Duration::from_millis(500)) }
    }

    /// Thread `t` writes `t` to shared memory, waits at the barrier, reads its right neighbour's slot
    /// and shuffles `t` down by one lane: `y[2t] = (t + 1) % blockDim`, `y[2t + 1] = t + 1` (or `t` in
    /// lane 31).
    #[test]
    fn barrier_shared_memory_and_shuffle_semantics() {
        let kind = KernelKind::Elementwise(Elementwise::Relu);
        let (jit, _) = Jit::compile("exchange", &machine::externals(), |ctx, module| {
            let dev = SimDevice::default();
            let kb = Kb::new(ctx, module, kind, "exchange", dev.global_space())?;
            let tid32 = dev.sreg(&kb, Sreg::ThreadIdx)?;
            let (tid, bdim) = (kb.zext64(tid32)?, kb.zext64(dev.sreg(&kb, Sreg::BlockDim)?)?);
            let shared = dev.shared_f64(&kb, "slots", 64)?;
            kb.store(shared, tid, kb.i2f64(tid)?)?;
            dev.barrier(&kb)?;
            let right = kb.load(shared, kb.urem(kb.add(tid, kb.i64(1))?, bdim)?)?;
            let down = kb.b.build_signed_int_to_float(dev.shfl_down_i32(&kb, tid32, 1)?, kb.f32t(), "down")?;
            let (y, two_t) = (kb.ptr("y")?, kb.mul(tid, kb.i64(2))?);
            kb.store(y, two_t, kb.trunc(right)?)?;
            kb.store(y, kb.add(two_t, kb.i64(1))?, down)?;
            kb.ret()?;
            dev.finish_kernel(&kb, kb.func)
        })
        .unwrap();
        let entry = jit.address(&format!("exchange{LAUNCH_SUFFIX}")).unwrap();
        let x = [0.0f32; 1];
        let mut y = vec![f32::NAN; 128];
        let mut slots = [x.as_ptr() as u64, 0, y.as_mut_ptr() as u64];
        let ptrs: Vec<*mut c_void> = slots.iter_mut().map(|s| (s as *mut u64).cast()).collect();
        // SAFETY: 64 threads write y[0..128].
        unsafe { machine::run_grid(entry, 1, 64, ptrs.as_ptr(), Duration::from_secs(20)) }.unwrap();
        for t in 0..64usize {
            assert_eq!(y[2 * t], ((t + 1) % 64) as f32, "shared slot read by thread {t}");
            let want = if t % 32 == 31 { t } else { t + 1 };
            assert_eq!(y[2 * t + 1], want as f32, "shuffle in thread {t}");
        }
    }

    #[test]
    fn barrier_reached_by_half_the_block_is_divergence() {
        let (_jit, entry) = broken_kernel(|dev, kb| dev.barrier(kb));
        let err = run(entry).unwrap_err().to_string();
        assert!(err.contains("barrier divergence"), "{err}");
    }

    #[test]
    fn shuffle_by_half_a_warp_times_out_instead_of_hanging() {
        let (_jit, entry) = broken_kernel(|dev, kb| dev.shfl_down_i32(kb, kb.i32(1), 1).map(|_| ()));
        let err = run(entry).unwrap_err().to_string();
        assert!(err.contains("timeout"), "{err}");
    }
}
