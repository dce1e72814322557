//! Compiled kernel modules: the kernels a lowered graph needs, compiled for a target, with the kernel
//! table (node, kernel, parameter bindings, launch rule) that is the one node -> kernel contract.

mod compile;
mod launch;
mod node_plan;
mod op_plan;
mod table;

pub(crate) use compile::{build_host_module, compile_host_module};
pub use compile::{compile_graph, compile_graph_cached, compile_kernels, host_ir_for_cpu, kernel_table};
pub use launch::{GridRule, Launch, LaunchRule, BLOCK, MAX_GRID};
pub use node_plan::{host_kernel_op, reduces_image_range};
pub use op_plan::{gpu_execution, GpuExecution, BLAS_OPS};
pub use table::{DimRole, KernelInfo, KernelModule, ParamBinding, ParamSource};
