//! syncbn-passes owns the graph rewrites: the SyncBN lowering of training-mode BatchNormalization,
//! eval-mode BatchNorm folding, normalize fusion (activations, residual Adds, the ResNet join), and
//! AllReduce bucketing, run as equality saturation over egg with a DAG-aware extraction (the float64
//! reference interpreter that proves lowerings right is the `syncbn-reference` crate).
//!
//! Pipeline of [`lower()`]: graph -> e-graph ([`convert`]) -> saturation with the rules of
//! [`rewrites`] -> extraction by [`cost`] ([`extract`]) -> graph ([`emit`]) -> bucketing
//! ([`bucket`]) -> validation. Training graphs come from [`autodiff`]; their BatchNorm backward is
//! lowered by [`backward`] and their parameter gradients bucketed by [`param_buckets`].

#![warn(missing_docs)]

pub mod analysis;
pub mod autodiff;
pub mod backward;
pub mod bucket;
pub mod convert;
pub mod cost;
pub mod emit;
pub mod error;
pub mod extract;
pub mod fold;
pub mod lang;
pub mod lower;
pub mod options;
pub mod param_buckets;
pub mod report;
pub mod rewrites;
pub mod training;
pub mod values;

pub use autodiff::differentiate;
pub use error::PassError;
pub use lower::{lower, Lowered};
pub use options::{LowerOptions, SaturationLimits};
pub use report::{LowerReport, SaturationReport};
