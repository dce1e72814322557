//! syncbn: a compiler and runtime for synchronized BatchNorm (SyncBN), as a library and as the
//! `syncbn-compile` command line.
//!
//! ```
//! use syncbn::{ndarray::{Array, Axis, IxDyn}, nn::BatchNorm2d, Lowering, Model};
//! // A model file, lowered for 4 replicas: one all-reduce per BatchNorm layer.
//! let compiled = Model::load("examples/conv_bn_relu.json")?.lower(&Lowering::new().replicas(4))?;
//! assert_eq!(compiled.report().collectives_per_step, 1);
//! // PyTorch-Encoding's BatchNorm2d over one shard per replica: statistics of the whole batch.
//! let x = Array::from_shape_fn(IxDyn(&[8, 3, 5, 5]), |i| (i[0] * i[1] + i[2] + 2 * i[3]) as f32);
//! let shards: Vec<_> = x.axis_chunks_iter(Axis(0), 2).collect();
//! let y = BatchNorm2d::new(3).forward(&shards)?;
//! assert_eq!(y.len(), 4);
//! # Ok::<(), syncbn::Error>(())
//! ```
//!
//! # Where things are
//! - [`nn`]: `BatchNorm1d`, `BatchNorm2d`, `BatchNorm3d`, stateful modules taking one shard per
//!   replica, with PyTorch's defaults (eps 1e-5, momentum 0.1) and a backward.
//! - [`functional`]: `batchnorm_train`, `batchnorm_eval` (normalize with given mean and std) and
//!   `batchnorm_train_backward` (gradients of all five inputs).
//! - [`Model`], [`Lowering`], [`Compiled`]: the compiler API: load (JSON or ONNX, file or memory),
//!   lower, inspect, write ([`Artifact`]: JSON, DOT, SVG, LLVM IR, PTX, plan) and run.
//! - [`training`]: [`Model::train`] with a loss, SGD (PyTorch's semantics, schedules, warm-up),
//!   many steps over arrays or `.npy` files, resume, checkpoints PyTorch can load.
//! - [`svg`]: graph pictures without Graphviz.
//! - The workspace crates, in the order data flows through them: [`ir`] (the graph model, loading,
//!   validation), [`passes`] (the SyncBN lowering, fusion, autodiff), [`codegen`] (kernels through
//!   LLVM, for the host and NVPTX) and [`runtime`] (plans, devices, collectives, running).
//! - [`cli`]: the `syncbn-compile` command line.
//!
//! # Momentum: two conventions, one update
//! Model files follow ONNX: BatchNormalization's `momentum` (default 0.9) weighs the old running
//! value, `running = momentum * running + (1 - momentum) * batch`. The [`nn`] modules follow PyTorch:
//! `momentum` (default 0.1) weighs the new batch, `running = (1 - momentum) * running + momentum *
//! batch`. ONNX's 0.9 and PyTorch's 0.1 describe the same update.

#![warn(missing_docs)]

pub mod cli;
pub mod compiled;
pub mod error;
pub mod functional;
pub mod model;
pub mod nn;
pub mod svg;
pub mod training;

pub use compiled::{Artifact, Compiled};
pub use error::{Error, Result};
pub use model::{Lowering, Model};
/// The ndarray version the API takes and returns.
pub use ndarray;
/// Kernels through LLVM for the host and NVPTX (third).
pub use syncbn_codegen as codegen;
/// Graph model: JSON and ONNX loading, validation, shape inference (first in the data flow).
pub use syncbn_ir as ir;
/// The SyncBN lowering, fusion and autodiff over the graph (second).
pub use syncbn_passes as passes;
/// Execution plans, devices, collectives and running on R replicas (fourth).
pub use syncbn_runtime as runtime;
/// Where replicas run: CPU threads (the default) or CUDA devices (feature `cuda`).
pub use syncbn_runtime::DeviceKind as Device;
