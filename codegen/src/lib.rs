//! syncbn-codegen owns kernel generation through LLVM (inkwell): the kernel catalogue, kernels built
//! once over a device-intrinsics interface and lowered to PTX (NVPTX) or to the host SIMT emulator,
//! host-native kernels for the CPU runtime ([`HostKernels`]), per-graph kernel modules and the
//! `ptxas` check.
//!
//! # For the CPU runtime
//! [`HostKernels::compile`] (or the process-wide [`HostKernels::shared`]) JIT-compiles every lowered op
//! for this CPU once; the handle is
//! `Send + Sync` and its methods take slices of NCHW-contiguous `f32` tensors viewed as `[N, C, S]`
//! (`S` the product of the spatial dimensions), check every length and return
//! [`CodegenError::Length`] on a mismatch:
//! `local_moments`, `bn_finalize`, `bn_normalize`, `bn_normalize_pair`, `channel_affine`, `relu`,
//! `add`, `mul`, `clip`, `sigmoid`, and the BatchNorm backward `bn_grad_reduce`, `bn_grad_input`,
//! `bn_grad_params`. Payload and parameter layouts are those of `syncbn_ir::lowered` and `syncbn_ir::grad`.
//!
//! # For `--emit llvm,ptx` and the GPU runtime
//! [`compile_graph`] turns a lowered graph into a [`KernelModule`]: LLVM IR, PTX for `sm_70` ..
//! `sm_86` targets, and a serializable kernel table ([`KernelInfo`]: node, kernel symbol, parameter
//! bindings, [`LaunchRule`]). On GPU targets every node runs as [`gpu_execution`] classifies it:
//! generated kernels (the BatchNorm family, element-wise ops and the [`OpKernel`]s of every other
//! op: broadcasting, layout, pools, Softmax, Resize and the gradient ops), cuBLAS GEMMs around
//! helper kernels (im2col, col2im) for Conv, Gemm, MatMul and their gradients, or a collective.
//!
//! # Testing GPU kernels without a GPU
//! [`SimKernels`] runs the same kernel builders on the host through the SIMT emulator ([`simt`]);
//! [`ptxas`] assembles the PTX with NVIDIA's assembler and reads registers and spills.
//!
//! # Numerics
//! No fast-math flags anywhere (no FMA contraction): host and emulated GPU kernels give bit-identical
//! normalize, finalize and element-wise results. Moments accumulate `x - x[first]` per channel in
//! f64 in a fixed order, so results are deterministic and accurate for `|mean|/std` up to 1e4 and
//! beyond.

#![warn(missing_docs)]

pub mod catalog;
pub mod device;
pub mod error;
mod formulas;
mod gpu;
mod gpu_ops;
mod gpu_resize;
mod gpu_window;
mod host;
pub mod host_kernels;
mod jit;
pub mod kb;
pub mod launch;
pub mod module;
pub mod nvptx;
pub mod op_kernels;
mod op_plan;
pub mod ptxas;
mod reductions;
pub mod sim;
pub mod simt;
pub mod tuning;

pub use catalog::{Act, Elementwise, GradMask, KernelKind, Param, ParamType};
pub use error::{CodegenError, Result};
pub use host_kernels::HostKernels;
pub use launch::{GridRule, Launch, LaunchRule};
pub use module::{
    compile_graph, compile_kernels, host_ir_for_cpu, DimRole, KernelInfo, KernelModule, ParamBinding, ParamSource,
    Target,
};
pub use op_kernels::{ActGrad, OpKernel};
pub use op_plan::{gpu_execution, GpuExecution};
pub use sim::{SimArg, SimKernels};
pub use tuning::HostTuning;
