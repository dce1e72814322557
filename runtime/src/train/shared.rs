//! The parameters that the in-process CPU replicas of a training run share: one copy of every
//! bucket whose gradients a collective sums, and of its momentum buffer, in a [`SharedArena`] each.
//! The collective stops after its reduce-scatter: each replica's thread has summed one slice of
//! the bucket's gradients over all replicas, and updates that slice of the one copy. What DDP does
//! with R copies (an all-gather of the sums, then R identical updates) is done once, split over
//! the threads, with the same bits: the update is element-wise and every slice is summed in
//! replica order either way.
//!
//! Where every replica's weight gradients are written in place into its payload buffer of a bucket
//! (`ReplicaExecutor::defer_in_place`), the collective is left out altogether: in the update each
//! thread sums its slice over the replicas' payloads a chunk at a time, in replica order, and
//! updates it at once, so the summed slice never goes to memory (`crate::payload_sums`, which
//! `--run` shares for its gradient outputs).
//!
//! The phases (the rules of [`SharedArena`]): replicas read the copy while they run a step; after
//! the step every replica meets at a barrier, updates its own slices (reading the other replicas'
//! payloads, which nobody writes then), and meets again before any replica runs the next step. A
//! replica's payloads live as long as its executor, so every replica waits for the others to leave
//! the loop before it drops its executor ([`SharedParams::leave`]).

use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use super::buckets::Sums;
use super::replica::Job;
use super::sgd::{sgd_update, SgdStep};
use crate::comm::Communicator;
use crate::payload_sums::{Departures, PayloadSums};
use crate::shared_arena::SharedArena;
use crate::team::Team;
use syncbn_codegen::HostModule;

/// One bucket's shared parameters and momentum buffer.
pub(super) struct SharedBucket {
    /// The plan step of the collective that sums the bucket's gradients.
    pub plan_step: usize,
    /// Its parameters, one after the other.
    pub params: Arc<SharedArena>,
    /// Its momentum buffer, laid out as `params`.
    pub momentum: Arc<SharedArena>,
    /// Every replica's payload of this bucket, written in place; the update sums them where every
    /// replica has registered one.
    pub payloads: PayloadSums,
}

/// The shared buckets of a run, by bucket index (`None`: a bucket each replica keeps itself, the
/// parameters whose gradients no collective sums).
pub(super) struct SharedParams {
    pub buckets: Vec<Option<SharedBucket>>,
    /// The team the replicas compute weight-bound products with (`None` for one replica).
    pub team: Option<Arc<Team>>,
    /// Replicas that have left the loop.
    departures: Departures,
}

/// A replica's slice of a shared bucket, open for its update.
struct UpdateSlice<'b> {
    range: Range<usize>,
    params: &'b mut [f32],
    momentum: &'b mut [f32],
}

impl SharedParams {
    /// One copy of every collective bucket of `job`, holding the job's start state.
    pub(super) fn new(job: &Job<'_>) -> SharedParams {
        let bound = job.bound;
        let buckets = (bound.buckets.iter())
            .map(|b| {
                let Sums::Collective(plan_step) = b.sums else { return None };
                let mut params = Vec::with_capacity(b.len);
                let mut momentum = Vec::with_capacity(b.len);
                for part in &b.parts {
                    let (name, index, _) = &bound.params[part.param];
                    let start = job.start.tensors.get(name).map(|(_, v)| v.as_slice());
                    let initial = job.shared.initializers.get(*index).and_then(Option::as_deref);
                    params.extend_from_slice(start.or(initial).unwrap_or_default());
                    match job.start.momentum.get(name) {
                        Some(buf) => momentum.extend_from_slice(buf),
                        None => momentum.resize(momentum.len() + part.len, 0.0),
                    }
                }
                let (params, momentum) = (Arc::new(SharedArena::new(params)), Arc::new(SharedArena::new(momentum)));
                let payloads = PayloadSums::new(job.plan.replicas);
                Some(SharedBucket { plan_step, params, momentum, payloads })
            })
            .collect();
        let replicas = job.plan.replicas;
        let team = Team::of_run(replicas);
        SharedParams { buckets, team, departures: Departures::new(replicas) }
    }

    /// Replica `r` leaves the loop: waits (at most `timeout`) until every replica has, so that no
    /// update still reads its payloads when it drops them. False when the wait timed out.
    pub(super) fn leave(&self, timeout: Duration) -> bool {
        self.departures.leave(timeout)
    }
}

impl SharedBucket {
    /// Updates slice `range` of the bucket, replica `r`'s of `replicas`, with `sums` (that slice
    /// of the summed gradients) by one SGD step. Call only inside an update phase, every replica
    /// with its own slice.
    pub(super) fn update_slice(
        &self,
        module: &HostModule,
        (range, sums): (Range<usize>, &[f32]),
        (r, replicas): (usize, usize),
        s: SgdStep,
        first: bool,
    ) -> Result<(), String> {
        // SAFETY: the caller runs this inside an update phase, for its own replica `r`.
        let UpdateSlice { range: own, params, momentum } = unsafe { self.own_slice(r, replicas)? };
        if range != own || sums.len() != own.len() {
            return Err(format!(
                "replica {r} holds the sums of {range:?} ({} values) of a shared bucket, not its slice {own:?}",
                sums.len()
            ));
        }
        let momentum: &mut [f32] = if s.has_momentum { momentum } else { &mut [] };
        sgd_update(module, params, sums, momentum, first, s)
    }

    /// Whether every replica's gradients of this bucket are in a registered payload (then the
    /// update sums them, [`Self::sum_and_update_slice`]).
    pub(super) fn summed_in_update(&self) -> bool {
        self.payloads.complete()
    }

    /// Sums replica `r`'s slice of the bucket's gradients over every replica's payload, in replica
    /// order, a chunk at a time, and updates that slice with each chunk's sum by one SGD step.
    /// Call only inside an update phase (no replica writes its payload then).
    pub(super) fn sum_and_update_slice(
        &self,
        module: &HostModule,
        (r, replicas): (usize, usize),
        s: SgdStep,
        first: bool,
    ) -> Result<(), String> {
        // SAFETY: the caller runs this inside an update phase, for its own replica `r`.
        let UpdateSlice { range: own, params, momentum } = unsafe { self.own_slice(r, replicas)? };
        let update = |local: Range<usize>, sum: &[f32]| {
            let momentum: &mut [f32] = if s.has_momentum { &mut momentum[local.clone()] } else { &mut [] };
            sgd_update(module, &mut params[local], sum, momentum, first, s)
        };
        // SAFETY: inside an update phase nobody writes payloads, and every replica's executor
        // lives until all have left (`SharedParams::leave`).
        unsafe { self.payloads.sum_slice(self.params.len(), own, update) }
    }

    /// Replica `r`'s slice of the bucket (`syncbn_ir::shard::part` of `replicas`): its range, its
    /// parameters and its momentum buffer, for writing.
    ///
    /// # Safety
    /// Only inside an update phase (between the barriers of [`update_phase`]), by replica `r`,
    /// which alone touches its slice there.
    unsafe fn own_slice(&self, r: usize, replicas: usize) -> Result<UpdateSlice<'_>, String> {
        let range = syncbn_ir::shard::part(self.params.len(), replicas, r);
        // SAFETY: by the contract, nothing else reads or writes `range` of either arena meanwhile.
        let (params, momentum) = unsafe { (self.params.write(range.clone()), self.momentum.write(range.clone())) };
        match (params, momentum) {
            (Some(params), Some(momentum)) => Ok(UpdateSlice { range, params, momentum }),
            _ => Err("a shared bucket's momentum buffer does not match its parameters".into()),
        }
    }

    /// This bucket's momentum values in `range`. Call only outside an update phase.
    pub(super) fn momentum(&self, range: Range<usize>) -> Vec<f32> {
        // SAFETY: outside an update phase nobody writes the arenas.
        let momentum = unsafe { self.momentum.read() };
        momentum.get(range).map(<[f32]>::to_vec).unwrap_or_default()
    }
}

/// Runs `update` as replica `r`'s part of an update phase: every replica of `comm` meets before
/// (all have finished reading the shared parameters) and after (all have written their slices).
pub(super) fn update_phase(
    comm: &dyn Communicator,
    r: usize,
    update: impl FnOnce() -> Result<(), String>,
) -> Result<(), String> {
    comm.barrier(r).map_err(|e| e.to_string())?;
    update()?;
    comm.barrier(r).map_err(|e| e.to_string())
}
