//! syncbn-runtime owns execution: the execution plan (buffers, memory planning, step order), the
//! `Device` interface with CPU replicas (threads running host-native kernels, the default) and
//! the GPU device over a [`gpu_api::GpuApi`]: CUDA GPUs (feature `cuda`) or emulated GPUs running
//! the PTX under the PTX interpreter (`ptx-sim`, always built), the CPU op table for the CNN ops, the `Communicator` interface with
//! in-process collectives and MPI ones (feature `mpi`: one replica per process, `mpi`), the run API
//! (`run`), `.npy` input and output files, and the one-layer SyncBN runs (`layer_train`, `layer_eval`).

#![warn(missing_docs)]

mod bind;
pub mod blas_call;
mod bucket_views;
pub mod comm;
mod comm_error;
pub mod console;
pub mod cpu;
pub mod cpu_kernels;
pub mod cpu_ops;
pub mod cuda;
#[cfg(feature = "cuda")]
pub mod cuda_blas;
#[cfg(feature = "cuda")]
pub mod cuda_device;
pub mod cuda_libs;
#[cfg(feature = "cuda")]
pub mod cuda_nccl;
pub mod device;
pub mod error;
pub mod executor;
pub mod gemm_plan;
pub mod gpu_api;
pub mod gpu_device;
mod gpu_profile;
mod hot;
pub mod inputs;
pub mod layer;
pub mod memory;
#[cfg(feature = "mpi")]
pub mod mpi;
pub mod npy;
pub mod outputs;
mod payload_sums;
pub mod plan;
pub mod profile;
pub mod ptx_sim;
pub mod run;
pub mod shared_arena;
pub mod size;
mod split_sum;
mod summed_outputs;
pub mod team;
pub mod train;

pub use comm::{CommError, Communicator, LocalComm, Scope};
pub use device::{Device, DeviceKind};
pub use error::RunError;
pub use executor::Fault;
pub use layer::{layer_eval, layer_train, BatchNormTrain, BnOptions};
pub use outputs::NamedOutput;
pub use plan::ExecutionPlan;
pub use run::{run, RunOptions, RunResult, Stats, Timings};
