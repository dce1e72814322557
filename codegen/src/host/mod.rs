//! The host lowering: the catalogue's kernels as plain loops that LLVM vectorizes for this CPU, the JIT
//! that compiles them, the persistent cache of their machine code, and the tuning they are built with.

mod cache;
mod compile;
mod entry;
mod host_module;
mod jit;
mod lower;
mod object_jit;
mod tuning;

pub(crate) use cache::cache_key;
pub use cache::{CacheStatus, KernelCache, CACHE_DIR_ENV, DEFAULT_MAX_BYTES};
pub(crate) use entry::add_entry_point;
pub use entry::{entry_symbol, ENTRY_SUFFIX};
pub use host_module::{HostArg, HostModule};
pub(crate) use jit::{cpu_machine, host_machine, prepare_for_host, run_o3, Jit};
pub(crate) use lower::build_host_kernel;
pub use tuning::HostTuning;
