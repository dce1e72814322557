//! syncbn-reference owns the float64 reference interpreter: it runs an original graph over the global
//! batch of each sync group, and a lowered graph per replica with the AllReduce simulated across the
//! group. It is the oracle that proves the lowering right, independent of passes and codegen (it depends
//! on `syncbn-ir` only). It also runs training graphs: the gradient ops of [`syncbn_ir::grad`]
//! (`grad_*` modules), over the global batch or lowered.
//!
//! Every op computes in `f64` with straightforward loops (two-pass statistics for BatchNorm), so it
//! is slow and meant for small tensors.

#![warn(missing_docs)]

pub mod activation;
pub mod attrs;
pub mod batchnorm;
pub mod conv;
pub mod error;
pub mod grad_bn;
pub mod grad_conv;
pub mod grad_elementwise;
pub mod grad_eval;
pub mod grad_linear;
pub mod grad_window;
pub mod index_ops;
pub mod interp;
pub mod layer_norm;
pub mod layout;
pub mod loss;
pub mod lowered;
pub mod ops;
pub mod pool;
pub mod resize;
pub mod shard;

pub use error::ReferenceError;
pub use interp::{run_global, run_lowered, Outputs};
pub use shard::{check_groups, group_ranges, split_batch};

/// A tensor of the reference interpreter.
pub type Tensor = ndarray::ArrayD<f64>;
