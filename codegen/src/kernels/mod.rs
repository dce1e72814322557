//! The kernel catalogue and the kernel builder: every kernel this crate generates (its name and
//! parameter list), the IR builder kernels are written with, and the arithmetic shared by the GPU and
//! host lowerings.

pub(crate) mod activation;
mod builder;
mod catalog;
mod elementwise;
pub(crate) mod formulas;
pub(crate) mod math;
mod op_kernels;
pub(crate) mod reductions;
mod signature;

pub(crate) use builder::{param_type, Kb};
pub use catalog::{symbol, Act, GradMask, KernelKind, SgdMomentum, SYMBOL_PREFIX};
pub use elementwise::Elementwise;
pub use op_kernels::{ActFn, ActGrad, LossKind, OpKernel, GATHER_MODES, LOSS_REDUCTIONS, LOSS_SUM_PARTIALS};
pub(crate) use op_kernels::{
    A_DIMS, BROADCAST_RANK, B_DIMS, COORD_MODES, GATHER, NEAREST_MODES, OUT_DIMS, PAD_FOLD, PAD_RANK, SCALES, WINDOW,
    WINDOW_RANK,
};
pub use signature::{Extent, Param, ParamType};
