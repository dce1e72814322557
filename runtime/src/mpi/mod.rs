//! Replicas in several processes (feature `mpi`): one replica per MPI rank, launched by `mpirun`.
//!
//! [`world`] initializes MPI and ends the job when a rank fails; [`comm`] is the MPI
//! [`crate::Communicator`] with the in-process reduction order (its f32 sums in two halves by
//! `split_sum`, overlapping the backward); [`shard`] reads each rank's rows of the
//! global-batch `.npy` inputs; [`run`] runs one rank's replica and assembles the outputs on rank 0
//! (gathered by `gather`); with feature `cuda`, [`nccl`] builds each rank's GPU
//! and NCCL communicator.

pub mod comm;
mod gather;
#[cfg(feature = "cuda")]
pub mod nccl;
mod request;
pub mod run;
pub mod shard;
mod split_sum;
pub mod world;

pub use comm::MpiComm;
pub use run::run_rank;
pub use world::MpiWorld;
