//! The host lowering: the catalogue's kernels as plain loops that LLVM vectorizes for this CPU, the JIT
//! that compiles them, and the tuning they are built with.

mod jit;
mod kernels;
mod lower;
mod tuning;

pub(crate) use jit::{cpu_machine, host_machine, optimize_for_host, run_o3, Jit};
pub use kernels::HostKernels;
pub(crate) use lower::build_host_kernel;
pub use tuning::HostTuning;
