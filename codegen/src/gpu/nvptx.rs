//! The NVPTX lowering of the device interface (NVVM intrinsics, `addrspace(3)` shared memory,
//! `nvvm.annotations` kernel entries) and PTX emission for `sm_70` .. `sm_86`.

use inkwell::module::{Linkage, Module};
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple};
use inkwell::types::BasicMetadataTypeEnum;
use inkwell::values::{BasicMetadataValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::{AddressSpace, OptimizationLevel};

use super::device::{Device, Sreg};
use crate::error::{CodegenError, Result};
use crate::host::run_o3;
use crate::kernels::Kb;

/// The NVPTX triple.
pub const TRIPLE: &str = "nvptx64-nvidia-cuda";

/// The GPU architectures `--target` accepts.
pub const ARCHS: [u32; 5] = [70, 72, 75, 80, 86];

/// The NVPTX device: kernels for `sm_<arch>`.
pub struct Nvptx;

fn declare<'ctx>(
    kb: &Kb<'_, 'ctx>,
    name: &str,
    ret_i32: bool,
    params: &[BasicMetadataTypeEnum<'ctx>],
) -> FunctionValue<'ctx> {
    kb.module.get_function(name).unwrap_or_else(|| {
        let ty =
            if ret_i32 { kb.ctx.i32_type().fn_type(params, false) } else { kb.ctx.void_type().fn_type(params, false) };
        kb.module.add_function(name, ty, None)
    })
}

fn call_i32<'ctx>(
    kb: &Kb<'_, 'ctx>,
    f: FunctionValue<'ctx>,
    args: &[BasicMetadataValueEnum<'ctx>],
) -> Result<IntValue<'ctx>> {
    let v = kb.b.build_call(f, args, "r")?.try_as_basic_value().basic();
    v.map(|v| v.into_int_value()).ok_or_else(|| CodegenError::Builder("intrinsic returned void".into()))
}

impl Device for Nvptx {
    fn global_space(&self) -> AddressSpace {
        AddressSpace::from(1u16)
    }

    fn sreg<'ctx>(&self, kb: &Kb<'_, 'ctx>, reg: Sreg) -> Result<IntValue<'ctx>> {
        let name = match reg {
            Sreg::ThreadIdx => "llvm.nvvm.read.ptx.sreg.tid.x",
            Sreg::BlockIdx => "llvm.nvvm.read.ptx.sreg.ctaid.x",
            Sreg::BlockDim => "llvm.nvvm.read.ptx.sreg.ntid.x",
            Sreg::GridDim => "llvm.nvvm.read.ptx.sreg.nctaid.x",
        };
        call_i32(kb, declare(kb, name, true, &[]), &[])
    }

    fn barrier(&self, kb: &Kb) -> Result<()> {
        kb.b.build_call(declare(kb, "llvm.nvvm.barrier0", false, &[]), &[], "")?;
        Ok(())
    }

    fn shared_f64<'ctx>(&self, kb: &Kb<'_, 'ctx>, name: &str, len: u32) -> Result<PointerValue<'ctx>> {
        let ty = kb.f64t().array_type(len);
        let global_name = format!("{}.{name}", kb.func.get_name().to_string_lossy());
        let g = kb.module.add_global(ty, Some(AddressSpace::from(3u16)), &global_name);
        g.set_initializer(&ty.get_undef());
        g.set_linkage(Linkage::Internal);
        g.set_alignment(8);
        let elem = kb.f64t().ptr_type(AddressSpace::from(3u16));
        Ok(kb.b.build_pointer_cast(g.as_pointer_value(), elem, "smem")?)
    }

    fn shfl_down_i32<'ctx>(&self, kb: &Kb<'_, 'ctx>, v: IntValue<'ctx>, delta: u32) -> Result<IntValue<'ctx>> {
        let i32t = kb.ctx.i32_type();
        let f =
            declare(kb, "llvm.nvvm.shfl.sync.down.i32", true, &[i32t.into(), i32t.into(), i32t.into(), i32t.into()]);
        let full = i32t.const_int(0xffff_ffff, false);
        call_i32(kb, f, &[full.into(), v.into(), kb.i32(delta as i32).into(), kb.i32(0x1f).into()])
    }

    fn finish_kernel<'ctx>(&self, kb: &Kb<'_, 'ctx>, func: FunctionValue<'ctx>) -> Result<()> {
        let md = kb.ctx.metadata_node(&[
            func.as_global_value().as_pointer_value().into(),
            kb.ctx.metadata_string("kernel").into(),
            kb.i32(1).into(),
        ]);
        kb.module.add_global_metadata("nvvm.annotations", &md).map_err(|e| CodegenError::llvm("annotating a kernel", e))
    }
}

/// The NVPTX target machine for `sm_<arch>` (PTX ISA 7.0, 7.1 for sm_86).
pub fn machine(arch: u32) -> Result<TargetMachine> {
    if !ARCHS.contains(&arch) {
        return Err(CodegenError::UnknownTarget(format!("sm_{arch}")));
    }
    Target::initialize_nvptx(&InitializationConfig::default());
    let triple = TargetTriple::create(TRIPLE);
    let target = Target::from_triple(&triple).map_err(|e| CodegenError::llvm("looking up the NVPTX target", e))?;
    let ptx = if arch >= 86 { "+ptx71" } else { "+ptx70" };
    target
        .create_target_machine(
            &triple,
            &format!("sm_{arch}"),
            ptx,
            OptimizationLevel::Aggressive,
            RelocMode::Default,
            CodeModel::Default,
        )
        .ok_or_else(|| CodegenError::llvm("creating the NVPTX target machine", format!("sm_{arch}")))
}

/// Sets the module's triple and data layout to `machine`'s.
pub fn set_target(module: &Module, machine: &TargetMachine) {
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
}

/// Sets the module's triple and data layout, optimizes it with O3 for `machine` and returns
/// `(optimized LLVM IR, PTX)`.
pub fn emit_ptx(module: &Module, machine: &TargetMachine) -> Result<(String, String)> {
    set_target(module, machine);
    run_o3(module, machine)?;
    let ir = module.print_to_string().to_string();
    let buf = machine
        .write_to_memory_buffer(module, FileType::Assembly)
        .map_err(|e| CodegenError::llvm("generating PTX", e))?;
    let ptx = String::from_utf8_lossy(buf.as_slice()).trim_end_matches('\0').to_string();
    Ok((ir, ptx))
}
