//! syncbn-codegen owns kernel generation through LLVM (inkwell): the kernel catalogue, kernels built
//! once over a device-intrinsics interface and lowered to PTX (NVPTX) or to the host SIMT emulator,
//! host-native kernels for the CPU runtime, per-graph kernel modules with their kernel table (the one
//! node -> kernel contract every executor binds) and the `ptxas` check.
//!
//! # For the CPU runtime
//! [`compile_graph`] for [`Target::Cpu`] gives the graph's host module: its LLVM IR (the `kernels.ll`
//! that `--emit llvm` writes) with an entry point per kernel, and the kernel table.
//! [`HostModule::shared_compiled`] (the CPU runtime's path, with [`kernel_table`]) builds the same
//! kernels and loads them through the persistent [`KernelCache`], keyed by the unoptimized module: a
//! hit links the stored object code through LLVM's ORC LLJIT without running the optimizer or the
//! code generator. [`HostModule::load`] (or [`HostModule::shared`]) turns an optimized IR text as it
//! is into machine code through the same cache; the handle is `Send + Sync`, and
//! [`HostModule::call`] runs any kernel of the catalogue with arguments in the order of
//! [`KernelKind::params`] (buffers of NCHW-contiguous tensors viewed as `[N, C, S]`, `S` the product
//! of the spatial dimensions), checking each argument's kind and each buffer's length and returning
//! [`CodegenError::Length`] (never undefined behaviour) on a mismatch. Payload and parameter layouts
//! are those of `syncbn_ir::lowered` and `syncbn_ir::grad`.
//!
//! # For `--emit llvm,ptx` and the GPU runtime
//! [`compile_graph`] turns a lowered graph into a [`KernelModule`]: LLVM IR, PTX for `sm_70` ..
//! `sm_86` targets, and a serializable kernel table ([`KernelInfo`]: node, kernel symbol, parameter
//! bindings, [`LaunchRule`]). On GPU targets every node runs as [`gpu_execution`] classifies it:
//! generated kernels (the BatchNorm family, element-wise ops and the [`OpKernel`]s of every other
//! op: broadcasting, layout, pools, Softmax, Resize and the gradient ops), cuBLAS GEMMs around
//! helper kernels (im2col, col2im) for Conv, Gemm, MatMul and their gradients, or a collective.
//! [`compile_graph_cached`] gives the GPU module through the [`KernelCache`] (the runtime's path),
//! skipping NVPTX optimization and code generation on a hit.
//!
//! # Testing GPU kernels without a GPU
//! [`SimKernels`] runs the same kernel builders on the host through the SIMT emulator;
//! [`PtxKernels`] runs the emitted PTX itself under the PTX interpreter (`syncbn_ptx_interp`);
//! [`ptxas`] assembles the PTX with NVIDIA's assembler and reads registers and spills.
//!
//! # Numerics
//! No fast-math flags anywhere (no FMA contraction): host and emulated GPU kernels give bit-identical
//! normalize, finalize and element-wise results. Moments accumulate `x - x[first]` per channel in
//! f64 in a fixed order, so results are deterministic and accurate for `|mean|/std` up to 1e4 and
//! beyond.
//!
//! # Layout
//! `kernels/` holds the catalogue ([`KernelKind`]) and the IR builder every kernel is written with;
//! `gpu/` the GPU lowering (NVPTX and the `ptxas` check); `host/` the host lowering and its JIT;
//! `simt/` the SIMT emulator; `module/` the compiled module and its kernel table, the node -> kernel
//! contract every executor binds.

#![warn(missing_docs)]

mod error;
mod gpu;
mod host;
mod kernels;
mod module;
mod ptx_kernels;
mod simt;
mod target;

pub use error::{CodegenError, Result};
pub use gpu::ptxas;
pub use host::{
    entry_symbol, CacheStatus, HostArg, HostModule, HostTuning, KernelCache, CACHE_DIR_ENV, DEFAULT_MAX_BYTES,
    ENTRY_SUFFIX,
};
pub use kernels::{
    symbol, Act, ActFn, ActGrad, Elementwise, Extent, GradMask, KernelKind, LossKind, OpKernel, Param, ParamType,
    SgdMomentum, GATHER_MODES, LOSS_REDUCTIONS, LOSS_SUM_PARTIALS, SYMBOL_PREFIX,
};
pub use module::{
    compile_graph, compile_graph_cached, compile_kernels, gpu_execution, host_ir_for_cpu, host_kernel_op, kernel_table,
    reduces_image_range, DimRole, GpuExecution, GridRule, KernelInfo, KernelModule, Launch, LaunchRule, ParamBinding,
    ParamSource, BLAS_OPS, BLOCK, MAX_GRID,
};
pub use ptx_kernels::PtxKernels;
pub use simt::{SimArg, SimDevice, SimKernels};
pub use target::{Target, GPU_ARCHS};
