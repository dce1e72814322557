//! syncbn-ptx-interp owns the PTX interpreter: it parses the PTX that LLVM's NVPTX backend emits
//! and executes kernel launches with CUDA's semantics, so that the GPU path runs without a GPU.
//!
//! - [`Module::parse`] lexes, parses and decodes a module once into an instruction array per
//!   kernel; an instruction outside the implemented set is an error naming it and its line.
//! - [`Module::launch`] runs a grid on a [`DeviceMemory`] with the exact parameter bytes a driver
//!   would copy: grid and block indices, registers per thread, `.param`, `.global`, per-block
//!   `.shared` and per-thread `.local` memory, predicates and branches, `bar.sync` as a block
//!   barrier, `shfl.sync` with member masks, IEEE rounding modifiers.
//! - Undefined behaviour on a GPU is an error ([`PtxError::Fault`] naming kernel, block, thread,
//!   PTX line, instruction and address): out-of-bounds and misaligned accesses, divergent
//!   barriers, shuffles with lanes outside their mask, integer division by zero, endless loops.
//! - Deterministic: blocks and threads run in index order, NaN results are canonical.

mod decode;
pub mod error;
mod exec;
mod float;
pub mod instr;
pub mod kernel;
mod lexer;
pub mod memory;
pub mod module;
mod parse;

pub use error::{Fault, PtxError, Result};
pub use kernel::{Kernel, LaunchConfig, LaunchStats, ParamDecl};
pub use memory::DeviceMemory;
pub use module::Module;
