//! The SIMT emulator: GPU kernels lowered for the host ([`SimDevice`]), where each block's threads run
//! with real barrier, shared-memory and warp-shuffle semantics, and [`SimKernels`] to launch them.

mod kernels;
mod lowering;
mod machine;

pub use kernels::{SimArg, SimKernels};
pub use lowering::SimDevice;
