//! The host lowering: the catalogue's kernels as plain loops that LLVM vectorizes for this CPU, the JIT
//! that compiles them, and the tuning they are built with.

mod entry;
mod host_module;
mod jit;
mod lower;
mod tuning;

pub(crate) use entry::add_entry_point;
pub use entry::{entry_symbol, ENTRY_SUFFIX};
pub use host_module::{HostArg, HostModule};
pub(crate) use jit::{cpu_machine, host_machine, optimize_for_host, run_o3, Jit};
pub(crate) use lower::build_host_kernel;
pub use tuning::HostTuning;
