//! Training under MPI (`--train --comm mpi`, feature `mpi`): one replica per rank running the loop
//! of the in-process replicas with the MPI communicator, whose sums add the ranks in the same order
//! as the in-process replicas, so a run equals the threaded run of R replicas bit for bit. Each rank
//! feeds only its rows of each batch (the data is memory-mapped: a rank reads the pages of its
//! rows); rank 0 reports progress and writes the checkpoints. At the end every rank's parameters
//! and momentum buffers, and every sync group's running statistics, are checked bit-identical by an
//! all-gather of their hashes.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;

use syncbn_ir::Typed;

use super::replica::Outcome;
use super::{checkpoint, Dataset, Setup, Stop, TrainOptions, TrainResult, TrainSpec, TrainState};
use crate::comm::{Communicator, Scope};
use crate::mpi::MpiWorld;
use crate::RunError;

/// Trains this rank's replica of `lowered` (a lowered training graph described by `spec`) on its
/// rows of `data` from `state`; `options.replicas` must equal the world size. Returns the result on
/// rank 0 and `None` on the other ranks; a failure on any rank fails every rank naming it.
pub fn train_rank(
    world: &MpiWorld,
    lowered: &dyn Typed,
    spec: &TrainSpec,
    data: &Dataset,
    state: TrainState,
    options: &TrainOptions,
) -> Result<Option<TrainResult>, RunError> {
    let (rank, ranks) = (world.rank(), world.size());
    if options.replicas != ranks {
        return Err(RunError::Options {
            option: "replicas",
            message: format!("is {}, but the MPI job has {ranks} ranks; each rank is one replica", options.replicas),
        });
    }
    let mut setup = Setup::new(lowered, spec, data, &state, options)?;
    let kernels = setup.cpu_kernels(lowered, options)?;
    let comm = world.comm();
    let outcome = match setup.job(data, options, &state).guarded(rank, &kernels, comm, None) {
        Ok(outcome) => outcome,
        Err(Stop::NonFinite { step, loss }) => {
            return Err(RunError::NonFiniteLoss { step: step + 1, loss, checkpoint: options.save.clone() })
        }
        Err(Stop::Failed { step, message, .. }) => {
            let (replica, message) = comm.aborted_by().unwrap_or((rank, message));
            return Err(RunError::ReplicaFailed { replica, step, message });
        }
    };
    check_identical(world, &outcome, spec, options.group_size.unwrap_or(ranks))?;
    if rank == 0 {
        setup.result(outcome, None).map(Some)
    } else {
        Ok(None)
    }
}

/// The hash of the bits of `names`' tensors (and momentum buffers) in `state`, in order.
fn state_hash<'a>(state: &TrainState, names: impl Iterator<Item = &'a String>) -> u64 {
    let mut hasher = DefaultHasher::new();
    for name in names {
        let tensor = state.tensors.get(name).map(|t| t.1.as_slice()).unwrap_or_default();
        let momentum = state.momentum.get(name).map(Vec::as_slice).unwrap_or_default();
        for v in tensor.iter().chain([f32::NAN].iter()).chain(momentum) {
            hasher.write_u32(v.to_bits());
        }
    }
    hasher.finish()
}

/// Checks that every rank holds the same parameters and momentum buffers, and every rank of a sync
/// group the same running statistics, as rank 0 (of the group) does.
fn check_identical(world: &MpiWorld, outcome: &Outcome, spec: &TrainSpec, group_size: usize) -> Result<(), RunError> {
    let state = outcome.states.first().ok_or_else(|| RunError::unsupported("train", "no replica"))?;
    let params = state_hash(state, spec.params.iter());
    let stats = state_hash(state, spec.stats.iter().map(|(_, init)| init));
    let comm = world.comm();
    let failed = |e: crate::comm::CommError| {
        let (replica, message) = comm.aborted_by().unwrap_or((world.rank(), e.to_string()));
        RunError::ReplicaFailed { replica, step: state.step, message }
    };
    let all = comm.all_gather(Scope::World, &[params, stats]).map_err(failed)?;
    let group_size = group_size.max(1);
    for (r, pair) in all.chunks_exact(2).enumerate() {
        let base = r - r % group_size;
        let mismatch =
            |output: String, first: usize| RunError::GroupMismatch { output, group: r / group_size, first, other: r };
        if pair[0] != all[0] {
            return Err(mismatch(format!("the parameters or {}* buffers", checkpoint::MOMENTUM_PREFIX), 0));
        }
        if pair[1] != all[2 * base + 1] {
            return Err(mismatch("the running statistics".into(), base));
        }
    }
    Ok(())
}
