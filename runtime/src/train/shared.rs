//! The parameters that the in-process CPU replicas of a training run share: one copy of every
//! bucket whose gradients a collective sums, and of its momentum buffer, in a [`SharedArena`] each.
//! The collective stops after its reduce-scatter: each replica's thread has summed one slice of
//! the bucket's gradients over all replicas, and updates that slice of the one copy. What DDP does
//! with R copies (an all-gather of the sums, then R identical updates) is done once, split over
//! the threads, with the same bits: the update is element-wise and every slice is summed in
//! replica order either way.
//!
//! The phases (the rules of [`SharedArena`]): replicas read the copy while they run a step; after
//! the step every replica meets at a barrier, updates its own slices, and meets again before any
//! replica runs the next step.

use std::ops::Range;
use std::sync::Arc;

use super::buckets::Sums;
use super::replica::Job;
use super::sgd::{sgd_update, SgdStep};
use crate::comm::Communicator;
use crate::shared_arena::SharedArena;
use syncbn_codegen::HostModule;

/// One bucket's shared parameters and momentum buffer.
pub(super) struct SharedBucket {
    /// The plan step of the collective that sums the bucket's gradients.
    pub plan_step: usize,
    /// Its parameters, one after the other.
    pub params: Arc<SharedArena>,
    /// Its momentum buffer, laid out as `params`.
    pub momentum: Arc<SharedArena>,
}

/// The shared buckets of a run, by bucket index (`None`: a bucket each replica keeps itself, the
/// parameters whose gradients no collective sums).
pub(super) struct SharedParams {
    pub buckets: Vec<Option<SharedBucket>>,
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
                Some(SharedBucket { plan_step, params, momentum })
            })
            .collect();
        SharedParams { buckets }
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
        let own = syncbn_ir::shard::part(self.params.len(), replicas, r);
        if range != own || sums.len() != own.len() {
            return Err(format!(
                "replica {r} holds the sums of {range:?} ({} values) of a shared bucket, not its slice {own:?}",
                sums.len()
            ));
        }
        // SAFETY: an update phase (between the barriers of `update_phase`): replica `r` alone
        // touches its slice `own` of the parameters and of the momentum buffer.
        let (params, momentum) = unsafe { (self.params.write(own.clone()), self.momentum.write(own)) };
        let (Some(params), Some(momentum)) = (params, momentum) else {
            return Err("a shared bucket's momentum buffer does not match its parameters".into());
        };
        let momentum: &mut [f32] = if s.has_momentum { momentum } else { &mut [] };
        sgd_update(module, params, sums, momentum, first, s)
    }

    /// This bucket's values of one parameter: `(parameters, momentum)` in `range`. Call only
    /// outside an update phase.
    pub(super) fn read(&self, range: Range<usize>) -> (Vec<f32>, Vec<f32>) {
        // SAFETY: outside an update phase nobody writes the arenas.
        let (params, momentum) = unsafe { (self.params.read(), self.momentum.read()) };
        let slice = |values: &[f32]| values.get(range.clone()).map(<[f32]>::to_vec).unwrap_or_default();
        (slice(params), slice(momentum))
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
