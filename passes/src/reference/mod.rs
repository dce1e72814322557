//! The float64 reference interpreter: runs an original graph over the global batch of each sync
//! group, and a lowered graph per replica with the AllReduce simulated across the group. It is the
//! oracle that proves the lowering right, independent of codegen.
//!
//! Every op computes in `f64` with straightforward loops (two-pass statistics for BatchNorm), so it
//! is slow and meant for small tensors.

pub mod batchnorm;
pub mod conv;
pub mod interp;
pub mod lowered;
pub mod ops;
pub mod shard;

pub use interp::{run_global, run_lowered, Outputs};
pub use shard::{group_ranges, split_batch};

/// A tensor of the reference interpreter.
pub type Tensor = ndarray::ArrayD<f64>;
