//! The CUDA device entry point: opens one GPU per replica, or says clearly why it cannot.
//!
//! The driver is probed with `libloading` before cudarc is touched (cudarc panics on its first
//! call when `libcuda` is missing), and cudarc's own calls are guarded against panics.

use syncbn_codegen::{KernelCache, KernelKind, Target, GPU_ARCHS};
use syncbn_ir::Typed;

use crate::device::Device;
use crate::gpu_device::GpuDevice;
use crate::RunError;

/// The code generation target for CUDA device `gpu` of compute capability `arch`
/// (`major * 10 + minor`): the newest architecture LLVM 14 emits that the GPU runs (newer GPUs JIT
/// the PTX). A GPU older than sm_70 (Volta) is refused: the kernels need sm_70's `shfl.sync`,
/// `bar.sync` semantics and PTX ISA.
pub fn target_for_arch(gpu: usize, arch: u32) -> Result<Target, RunError> {
    GPU_ARCHS.iter().copied().filter(|&a| a <= arch).max().map(Target::Sm).ok_or_else(|| {
        RunError::DeviceUnavailable(format!(
            "CUDA device {gpu} has compute capability {}.{} (sm_{arch}); syncbn's GPU kernels need sm_70 (Volta) \
             or newer; use --device cpu",
            arch / 10,
            arch % 10
        ))
    })
}

/// The visible CUDA GPU that node-local rank `local_rank` of `local_size` ranks drives: with one
/// visible GPU (a launcher that gives each rank its own GPU, or a single rank) that one, else the
/// GPU of the rank's node-local index, when there is one per rank.
pub fn gpu_for_rank(local_rank: usize, local_size: usize, visible: usize) -> Result<usize, RunError> {
    match visible {
        0 => Err(RunError::DeviceUnavailable("this rank sees no CUDA GPU".into())),
        1 => Ok(0),
        n if local_size <= n => Ok(local_rank),
        n => Err(RunError::DeviceUnavailable(format!(
            "{local_size} ranks on this node share {n} visible CUDA GPUs; start at most one rank per GPU, or give \
             each rank its own GPU (CUDA_VISIBLE_DEVICES)"
        ))),
    }
}

/// Why a build without the `cuda` feature opens no CUDA device.
#[cfg(not(feature = "cuda"))]
fn no_cuda() -> RunError {
    RunError::DeviceUnavailable("this build has no CUDA support; rebuild with `--features cuda`".into())
}

/// Opens one CUDA device per replica for `lowered`: probes the driver, counts GPUs, compiles the
/// graph's kernels to PTX for the first GPU's architecture (capped at what LLVM 14 emits, `sm_86`;
/// newer GPUs JIT the PTX, read from `cache` when it holds them) and loads them on every GPU; also
/// returns what the kernel cache did. Without the `cuda` feature this is always an error.
pub fn open(
    replicas: usize,
    lowered: &dyn Typed,
    cache: &KernelCache,
) -> Result<(Box<dyn Device>, &'static str), RunError> {
    let (device, status) = gpu_device(replicas, lowered, &[], cache)?;
    Ok((Box::new(device), status))
}

/// Opens one CUDA device per replica for `lowered` with the kernels `extra` besides the graph's
/// (the training loop's optimizer): the GPUs counted, cuBLAS probed, the module compiled as
/// [`open`] does; also returns what the kernel cache did. Without the `cuda` feature this is
/// always an error.
#[cfg(feature = "cuda")]
pub(crate) fn gpu_device(
    replicas: usize,
    lowered: &dyn Typed,
    extra: &[KernelKind],
    cache: &KernelCache,
) -> Result<(GpuDevice, &'static str), RunError> {
    let count = gpu_count()?;
    if count < replicas {
        return Err(RunError::DeviceUnavailable(format!(
            "{replicas} replicas need {replicas} CUDA GPUs; found {count}"
        )));
    }
    crate::cuda_libs::probe(&crate::cuda_libs::CUBLAS)?;
    let (module, status) = compile_for_gpu(0, lowered, extra, cache)?;
    Ok((crate::cuda_device::CudaDevice::new(replicas, module)?.with_kernels(extra), status))
}

/// Without the `cuda` feature there are no CUDA devices.
#[cfg(not(feature = "cuda"))]
pub(crate) fn gpu_device(
    _replicas: usize,
    _lowered: &dyn Typed,
    _extra: &[KernelKind],
    _cache: &KernelCache,
) -> Result<(GpuDevice, &'static str), RunError> {
    Err(no_cuda())
}

/// Compiles `lowered`'s kernels and the kernels `extra` to PTX for GPU `gpu`'s architecture, capped
/// at what LLVM 14 emits (`sm_86`; newer GPUs JIT the PTX), through `cache`; also returns what the
/// cache did.
#[cfg(feature = "cuda")]
pub(crate) fn compile_for_gpu(
    gpu: usize,
    lowered: &dyn Typed,
    extra: &[KernelKind],
    cache: &KernelCache,
) -> Result<(syncbn_codegen::KernelModule, &'static str), RunError> {
    let arch = guarded(|| cudarc::driver::CudaContext::new(gpu).and_then(|c| c.compute_capability()))?
        .map(|(major, minor)| (major * 10 + minor) as u32)
        .map_err(|e| RunError::DeviceUnavailable(format!("CUDA device {gpu}: {e}")))?;
    let target = target_for_arch(gpu, arch)?;
    let (module, status) = syncbn_codegen::compile_graph_cached(lowered, target, extra, cache)
        .map_err(|e| RunError::Compile(e.to_string()))?;
    crate::console::warn_unwritable(&status);
    Ok((module, status.as_str()))
}

/// The number of CUDA GPUs, or why there are none usable.
#[cfg(feature = "cuda")]
pub fn gpu_count() -> Result<usize, RunError> {
    probe_driver()?;
    guarded(|| cudarc::driver::result::init().and_then(|_| cudarc::driver::result::device::get_count()))?
        .map(|n| n.max(0) as usize)
        .map_err(|e| RunError::DeviceUnavailable(format!("the CUDA driver did not initialize: {e}")))
}

/// Checks that a CUDA driver library can be loaded at all.
#[cfg(feature = "cuda")]
fn probe_driver() -> Result<(), RunError> {
    const NAMES: [&str; 2] = ["libcuda.so.1", "libcuda.so"];
    // SAFETY: loading the driver library runs its initializers, as cudarc itself would.
    let found = NAMES.iter().any(|n| unsafe { libloading::Library::new(*n) }.is_ok());
    if found {
        Ok(())
    } else {
        Err(RunError::DeviceUnavailable(
            "no CUDA driver: libcuda.so.1 cannot be loaded (no NVIDIA driver or GPU on this machine)".into(),
        ))
    }
}

/// Runs a cudarc call, turning a panic into a clear error.
#[cfg(feature = "cuda")]
fn guarded<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, RunError> {
    std::panic::catch_unwind(f).map_err(|p| {
        RunError::DeviceUnavailable(format!("the CUDA driver failed: {}", crate::cpu::panic_message(p.as_ref())))
    })
}
