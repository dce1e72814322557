//! syncbn: a compiler and runtime for synchronized BatchNorm. This facade re-exports the workspace
//! crates and owns the `syncbn-compile` command line ([`cli`]).

pub mod cli;

pub use syncbn_codegen as codegen;
pub use syncbn_ir as ir;
pub use syncbn_passes as passes;
pub use syncbn_runtime as runtime;
