//! syncbn-runtime owns execution: the execution plan (buffers, memory planning, step order), the
//! `Device` interface with CPU replicas (threads running host-native kernels, the default) and
//! CUDA devices (feature `cuda`), the CPU op table for the CNN ops, the `Communicator` interface with
//! in-process collectives and MPI ones (feature `mpi`: one replica per process, `mpi`), the run API
//! (`run`), `.npy` input and output files, and the functional BatchNorm forms.

pub mod comm;
pub mod console;
pub mod cpu;
pub mod cpu_ops;
pub mod cuda;
#[cfg(feature = "cuda")]
pub mod cuda_blas;
#[cfg(feature = "cuda")]
pub mod cuda_device;
pub mod device;
pub mod error;
pub mod executor;
pub mod functional;
pub mod gemm_plan;
pub mod host;
pub mod inputs;
pub mod kernels;
pub mod memory;
#[cfg(feature = "mpi")]
pub mod mpi;
pub mod npy;
pub mod ops;
pub mod plan;
pub mod run;
pub mod size;
pub mod train;

pub use comm::{CommError, Communicator, LocalComm, Scope};
pub use device::{Device, DeviceKind};
pub use error::RunError;
pub use executor::Fault;
pub use functional::{batchnorm_eval, batchnorm_train, BatchNormTrain, BnOptions};
pub use plan::ExecutionPlan;
pub use run::{run, NamedOutput, RunOptions, RunResult, Stats, Timings};
