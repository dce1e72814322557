//! Kernel modules: the kernels a lowered graph needs, compiled for the host CPU or for NVPTX
//! (`sm_70` .. `sm_86`), with the kernel table the runtime consumes.

use std::collections::BTreeSet;

use syncbn_ir::{Node, Typed};

use super::node_plan::node_kernels;
use super::op_plan::{gpu_execution, op_kernels, GpuExecution};
use super::table::{KernelInfo, KernelModule};
use crate::error::{CodegenError, Result};
use crate::gpu::{build_gpu_module, cached_ptx, emit_ptx, nvptx_machine};
use crate::host::{
    add_entry_point, build_host_kernel, cpu_machine, host_machine, prepare_for_host, run_o3, CacheStatus, HostTuning,
    KernelCache,
};
use crate::kernels::{symbol, KernelKind};
use crate::target::Target;

/// Compiles the kernels a lowered graph needs for `target`. The graph's facts (tensor types) are
/// read from the [`Typed`] graph: a lowering's, or inferred here for a bare graph.
///
/// On the CPU, nodes whose op has no host kernel (Conv, pooling, AllReduce, broadcasting `Add` /
/// `Mul`, `Clip` with dynamic bounds, ...) are left to the runtime's Rust ops and have no table
/// entry. On a GPU target every node runs as [`gpu_execution`] says: collectives have no entry,
/// cuBLAS nodes have the entries of their helper kernels (im2col, col2im, bias), and every other
/// node has at least one kernel, or compiling fails with [`CodegenError::NoGpuKernel`].
pub fn compile_graph(lowered: &dyn Typed, target: Target) -> Result<KernelModule> {
    let kernels = kernel_table(lowered, target)?;
    let kinds: BTreeSet<KernelKind> = kernels.iter().map(|k| k.kind).collect();
    let (llvm_ir, ptx) = compile_kernels(&kinds.into_iter().collect::<Vec<_>>(), target)?;
    Ok(KernelModule { target, llvm_ir, ptx, kernels })
}

/// [`compile_graph`] for a GPU target through `cache`: the PTX (and optimized IR) of a module built
/// before is read from the cache, keyed by the unoptimized NVPTX module, skipping the O3 pipeline and
/// the PTX code generator. For the host target it is [`compile_graph`] (the CPU runtime caches the
/// host code itself, see [`crate::HostModule::shared_compiled`]) and the status is `Off`. The
/// kernels `extra` (the optimizer's, which no node calls) join the GPU module.
pub fn compile_graph_cached(
    lowered: &dyn Typed,
    target: Target,
    extra: &[KernelKind],
    cache: &KernelCache,
) -> Result<(KernelModule, CacheStatus)> {
    let Target::Sm(arch) = target else { return Ok((compile_graph(lowered, target)?, CacheStatus::Off)) };
    let kernels = kernel_table(lowered, target)?;
    let kinds: BTreeSet<KernelKind> = kernels.iter().map(|k| k.kind).chain(extra.iter().copied()).collect();
    let (llvm_ir, ptx, status) = cached_ptx(&kinds.into_iter().collect::<Vec<_>>(), arch, cache)?;
    Ok((KernelModule { target, llvm_ir, ptx: Some(ptx), kernels }, status))
}

/// The kernel table [`compile_graph`] gives for `target`, without generating any code: the CPU
/// runtime loads the kernels through [`crate::HostModule::shared_compiled`], whose kernel cache
/// skips optimisation and code generation on a hit.
pub fn kernel_table(lowered: &dyn Typed, target: Target) -> Result<Vec<KernelInfo>> {
    let info = lowered.info()?;
    let (lowered, types) = (lowered.graph(), &info.types);
    let same_shapes = |node: &Node| {
        let shape = |name: &String| types.get(name).map(|t| &t.shape);
        let out = node.outputs.first().and_then(shape);
        out.is_some() && node.inputs.iter().all(|i| shape(i) == out)
    };
    let mut kernels = Vec::new();
    for node in &lowered.nodes {
        let broadcasting = matches!(node.op.as_str(), "Add" | "Mul") && !same_shapes(node);
        let calls = match target {
            Target::Cpu if broadcasting => Vec::new(),
            Target::Cpu => node_kernels(lowered, node, target)?,
            Target::Sm(_) => match op_kernels(lowered, node, types, broadcasting)? {
                Some(calls) => calls,
                None => node_kernels(lowered, node, target)?,
            },
        };
        if matches!(target, Target::Sm(_)) && calls.is_empty() && gpu_execution(&node.op) == GpuExecution::Kernels {
            return Err(CodegenError::NoGpuKernel {
                node: node.name.clone(),
                op: node.op.clone(),
                target: target.to_string(),
            });
        }
        kernels.extend(calls);
    }
    Ok(kernels)
}

/// Compiles `kinds` into one module for `target`: `(optimized LLVM IR, PTX for GPU targets)`.
/// Host modules are optimized for this machine's CPU and hold an entry point per kernel (see
/// [`crate::HostModule`]): the module CPU replicas load.
pub fn compile_kernels(kinds: &[KernelKind], target: Target) -> Result<(String, Option<String>)> {
    match target {
        Target::Cpu => Ok((compile_host_module(kinds, HostTuning::for_this_machine())?, None)),
        Target::Sm(arch) => {
            let ctx = inkwell::context::Context::create();
            let module = build_gpu_module(&ctx, kinds)?;
            let (ir, ptx) = emit_ptx(&module, &nvptx_machine(arch)?)?;
            Ok((ir, Some(ptx)))
        }
    }
}

/// The host kernels `kinds` optimized for the x86-64 CPU model `cpu` (`"x86-64-v3"`, ...) and
/// [`HostTuning::REFERENCE`] rather than this machine: LLVM IR that is the same on every machine (used
/// for the golden files).
pub fn host_ir_for_cpu(kinds: &[KernelKind], cpu: &str) -> Result<String> {
    let triple = inkwell::targets::TargetTriple::create("x86_64-unknown-linux-gnu");
    host_ir(kinds, &cpu_machine(&triple, cpu, "")?, HostTuning::REFERENCE, false)
}

/// The host module of `kinds` for this CPU with `tuning`, with the kernels' entry points.
pub(crate) fn compile_host_module(kinds: &[KernelKind], tuning: HostTuning) -> Result<String> {
    host_ir(kinds, &host_machine()?, tuning, true)
}

fn host_ir(
    kinds: &[KernelKind],
    machine: &inkwell::targets::TargetMachine,
    tuning: HostTuning,
    entry_points: bool,
) -> Result<String> {
    let ctx = inkwell::context::Context::create();
    let module = build_host_module(&ctx, kinds, machine, tuning, entry_points)?;
    run_o3(&module, machine)?;
    Ok(module.print_to_string().to_string())
}

/// The unoptimized host module of `kinds` for `machine` (its triple, data layout, CPU and features
/// set, see [`prepare_for_host`]), with the kernels' entry points when `entry_points`: the input of
/// the O3 pipeline, whose text keys the kernel cache.
pub(crate) fn build_host_module<'c>(
    ctx: &'c inkwell::context::Context,
    kinds: &[KernelKind],
    machine: &inkwell::targets::TargetMachine,
    tuning: HostTuning,
    entry_points: bool,
) -> Result<inkwell::module::Module<'c>> {
    let module = ctx.create_module("syncbn");
    for &k in kinds {
        build_host_kernel(ctx, &module, k, &symbol(k), tuning)?;
        if entry_points {
            add_entry_point(ctx, &module, k, &symbol(k))?;
        }
    }
    prepare_for_host(&module, machine);
    Ok(module)
}
