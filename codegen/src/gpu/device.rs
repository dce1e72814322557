//! The device-intrinsics interface GPU kernels are written against: thread and block indices and
//! sizes, the block barrier, block shared memory and 32-lane warp shuffles.
//!
//! The NVPTX back end lowers it to NVVM intrinsics; the SIMT emulator's `SimDevice` lowers it to calls
//! into the host SIMT emulator. Grids and blocks are one-dimensional.

use inkwell::values::{FunctionValue, IntValue, PointerValue};
use inkwell::AddressSpace;

use crate::error::Result;
use crate::kernels::Kb;

/// Warp width every implementation provides.
pub const WARP: u32 = 32;

/// A special register of the launch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sreg {
    /// `threadIdx.x`.
    ThreadIdx,
    /// `blockIdx.x`.
    BlockIdx,
    /// `blockDim.x`.
    BlockDim,
    /// `gridDim.x`.
    GridDim,
}

/// What a kernel builder may ask of the device.
pub trait Device {
    /// The address space of kernel pointer parameters (global memory).
    fn global_space(&self) -> AddressSpace;

    /// Reads a special register as `i32`.
    fn sreg<'ctx>(&self, kb: &Kb<'_, 'ctx>, reg: Sreg) -> Result<IntValue<'ctx>>;

    /// `__syncthreads()`: every thread of the block must reach it.
    fn barrier(&self, kb: &Kb) -> Result<()>;

    /// A block-shared array of `len` f64 named `name` (one per kernel and name).
    fn shared_f64<'ctx>(&self, kb: &Kb<'_, 'ctx>, name: &str, len: u32) -> Result<PointerValue<'ctx>>;

    /// `__shfl_down_sync(0xffffffff, v, delta)` on an `i32`: lane `l` gets lane `l + delta`'s value, or
    /// its own when `l + delta >= 32`. All 32 lanes of the warp must take part.
    fn shfl_down_i32<'ctx>(&self, kb: &Kb<'_, 'ctx>, v: IntValue<'ctx>, delta: u32) -> Result<IntValue<'ctx>>;

    /// Marks a finished function as a kernel entry point.
    fn finish_kernel<'ctx>(&self, kb: &Kb<'_, 'ctx>, func: FunctionValue<'ctx>) -> Result<()>;
}
