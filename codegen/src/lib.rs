//! syncbn-codegen owns kernel generation through LLVM (inkwell): the kernel catalogue, kernels built
//! once over a device-intrinsics interface and lowered to PTX (NVPTX) or to the host SIMT emulator,
//! host-native kernels for the CPU runtime ([`HostKernels`]), per-graph kernel modules and the
//! `ptxas` check.

pub mod catalog;
pub mod device;
pub mod error;
mod formulas;
mod gpu;
mod host;
pub mod host_kernels;
mod jit;
pub mod kb;
pub mod launch;
pub mod module;
pub mod nvptx;
pub mod ptxas;
pub mod sim;
pub mod simt;

pub use catalog::{Act, Elementwise, KernelKind, Param, ParamType};
pub use error::{CodegenError, Result};
pub use host_kernels::HostKernels;
pub use launch::{GridRule, Launch, LaunchRule};
pub use module::{compile_graph, compile_kernels, DimRole, KernelInfo, KernelModule, ParamBinding, ParamSource, Target};
pub use sim::{SimArg, SimKernels};
