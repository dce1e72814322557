//! A CPU replica of the training loop ([`Replicas`] for one replica on a host thread or an MPI
//! rank): the plan run by its [`ReplicaExecutor`], SGD through the generated `SgdUpdate` host
//! kernel, one call per parameter bucket. An MPI rank keeps its own copy of every trained
//! initializer and momentum buffer, its parameters gathered in one buffer per bucket and updated
//! with the bucket's summed gradients (a collective's kept payload, or the gradients copied
//! together); the threads of one process share their collective buckets ([`SharedParams`]), each
//! updating the slice whose sum it computed.

use super::buckets::Sums;
use super::replica::{Bound, Fill, Job, Outcome, ReplicaState, Replicas};
use super::sgd::{sgd_update, SgdStep};
use super::shared::{update_phase, SharedBucket, SharedParams};
use super::Stop;
use crate::comm::Communicator;
use crate::cpu_kernels::CpuKernels;
use crate::executor::{PhaseTimes, ReplicaExecutor};
use crate::plan::ValueId;
use crate::profile::{Part, Recorder, Slice};
use std::time::Instant;

/// Replica `r` of a CPU training run.
pub(super) struct CpuReplica<'a> {
    r: usize,
    ex: ReplicaExecutor<'a>,
    kernels: &'a CpuKernels,
    comm: &'a dyn Communicator,
    bound: &'a Bound,
    /// Per bucket, where its parameters and momentum buffer live.
    buckets: Vec<BucketState<'a>>,
    /// The replicas of the run (those that share buckets update a slice each).
    replicas: usize,
    /// With a profile: its epoch and the step slices recorded so far.
    steps: Option<(Instant, Recorder)>,
    /// The test hook of [`super::TrainOptions::fault`].
    fault: Option<crate::executor::Fault>,
    /// The step running or last run (names the step of a panic).
    step: usize,
}

/// A bucket's parameters and momentum buffer on one replica.
enum BucketState<'a> {
    /// This replica's own: the executor's buffer of its parameters, its gradient tensors, its
    /// momentum buffer.
    Own { arena: usize, grads: Vec<ValueId>, momentum: Vec<f32> },
    /// The copy the in-process replicas share.
    Shared(&'a SharedBucket),
}

impl<'a> CpuReplica<'a> {
    /// Replica `r` of `job` holding the job's start state; the buckets in `shared` are the
    /// in-process replicas' one copy.
    pub(super) fn new(
        job: &Job<'a>,
        r: usize,
        kernels: &'a CpuKernels,
        comm: &'a dyn Communicator,
        shared: Option<&'a SharedParams>,
    ) -> Result<Self, String> {
        let bound = job.bound;
        let empty: Vec<&[f32]> = vec![&[]; bound.inputs];
        let mut ex = ReplicaExecutor::new(job.plan, job.shared, empty, job.bindings(r))?;
        let shared_bucket = |bucket: usize| shared.and_then(|s| s.buckets.get(bucket)?.as_ref());
        // Parameters of a shared bucket start in its one copy (SharedParams::new), not here.
        let own_params = (bound.params.iter().zip(&bound.places)).filter(|(_, place)| shared_bucket(place.0).is_none());
        for (name, index, _) in own_params.map(|(param, _)| param).chain(&bound.stats) {
            if let Some((_, values)) = job.start.tensors.get(name) {
                *ex.own_initializer(*index) = values.clone();
            }
        }
        let mut buckets = Vec::with_capacity(bound.buckets.len());
        for (i, b) in bound.buckets.iter().enumerate() {
            let indices: Vec<usize> = b.parts.iter().map(|part| bound.params[part.param].1).collect();
            if let Some(bucket) = shared_bucket(i) {
                let lens: Vec<usize> = b.parts.iter().map(|part| part.len).collect();
                ex.share_initializers(&indices, &lens, bucket.params.clone())?;
                match ex.defer_in_place(bucket.plan_step, kernels) {
                    Some(payload) => bucket.payloads.register(r, payload),
                    None => ex.keep_own_slice(bucket.plan_step),
                }
                buckets.push(BucketState::Shared(bucket));
                continue;
            }
            if let Sums::Collective(plan_step) = b.sums {
                ex.keep_reduced(plan_step);
            }
            let arena = ex.gather_initializers(&indices);
            let grads = b.parts.iter().map(|part| bound.params[part.param].2).collect();
            let momentum = |part: &super::buckets::Part| {
                job.start.momentum.get(&bound.params[part.param].0).cloned().unwrap_or_else(|| vec![0.0; part.len])
            };
            let momentum: Vec<f32> = b.parts.iter().flat_map(momentum).collect();
            if momentum.len() != b.len {
                return Err(format!("the momentum buffers of a bucket hold {} values for {}", momentum.len(), b.len));
            }
            buckets.push(BucketState::Own { arena, grads, momentum });
        }
        if let Some((shared, team)) = shared.and_then(|s| Some((s, s.team.clone()?))) {
            let summed = ex.join_team(team, kernels);
            for bucket in shared.buckets.iter().flatten() {
                let ranges = summed.iter().filter(|(at, _)| *at == bucket.plan_step).map(|(_, r)| r.clone());
                bucket.payloads.summed_in_first(ranges.collect());
            }
        }
        let (replicas, fault) = (job.plan.replicas, job.options.fault);
        let step = job.start.step;
        Ok(CpuReplica { r, ex, kernels, comm, bound, buckets, replicas, steps: None, fault, step })
    }

    /// Updates every bucket by SGD step `s`: its own ones whole, its slice of the shared ones.
    fn update_buckets(&mut self, s: SgdStep, first: bool) -> Result<(), String> {
        let module = self.kernels.module();
        for (b, state) in self.bound.buckets.iter().zip(&mut self.buckets) {
            match state {
                BucketState::Own { arena, grads, momentum } => {
                    let buf: &mut [f32] = if s.has_momentum { momentum } else { &mut [] };
                    let update = |p: &mut [f32], g: &[f32]| sgd_update(module, p, g, buf, first, s);
                    match b.sums {
                        Sums::Collective(plan_step) => self.ex.update_gathered(*arena, plan_step, update),
                        Sums::Gathered => self.ex.update_gathered_from(*arena, grads, update),
                    }??;
                }
                BucketState::Shared(bucket) if bucket.summed_in_update() => {
                    bucket.sum_and_update_slice(module, (self.r, self.replicas), s, first)?;
                }
                BucketState::Shared(bucket) => {
                    let sums = self.ex.own_slice(bucket.plan_step)?;
                    bucket.update_slice(module, sums, (self.r, self.replicas), s, first)?;
                }
            }
        }
        Ok(())
    }
}

impl Replicas for CpuReplica<'_> {
    fn replicas(&self) -> Vec<usize> {
        vec![self.r]
    }

    fn feed(&mut self, _local: usize, input: usize, fill: &mut Fill<'_>) -> Result<(), String> {
        fill(self.ex.own_input(input)).map_err(|e| e.to_string())
    }

    fn run_step(&mut self, step: usize) -> Result<(), (usize, String)> {
        let mut phases = PhaseTimes::default();
        let start = Instant::now();
        self.step = step;
        if let Some((epoch, _)) = self.steps {
            self.ex.profile_step(epoch, step);
        }
        (self.ex.run_step(self.r, step, self.kernels, self.comm, self.fault, &mut phases))
            .map_err(|e| (self.r, e.to_string()))?;
        if let Some((_, recorder)) = self.steps.as_mut() {
            recorder.set_step(step);
            recorder.record(Part::Step, start, (0, 0));
        }
        Ok(())
    }

    fn loss(&mut self, _local: usize) -> Result<f32, String> {
        Ok(self.ex.value_f32(self.bound.loss)?.first().copied().unwrap_or(f32::NAN))
    }

    fn update(&mut self, s: SgdStep, first: bool) -> Result<(), (usize, String)> {
        let r = self.r;
        let fail = |m: String| (r, m);
        if self.buckets.iter().any(|b| matches!(b, BucketState::Shared(_))) {
            let comm = self.comm;
            update_phase(comm, r, || self.update_buckets(s, first)).map_err(fail)?;
        } else {
            self.update_buckets(s, first).map_err(fail)?;
        }
        for (_, index, updated) in &self.bound.stats {
            self.ex.update_initializer(*index, *updated, |p, v| p.copy_from_slice(v)).map_err(fail)?;
        }
        Ok(())
    }

    fn start_profile(&mut self, epoch: Instant) {
        self.steps = Some((epoch, Recorder::new(epoch)));
    }

    fn take_profile(&mut self) -> Vec<Vec<Slice>> {
        let mut slices = self.steps.take().map(|(_, r)| r.into_slices()).unwrap_or_default();
        slices.extend(self.ex.take_profile());
        vec![slices]
    }

    fn state(&mut self, _local: usize) -> Result<ReplicaState, String> {
        let names = self.bound.params.iter().chain(&self.bound.stats);
        let tensors = names.map(|(_, index, _)| self.ex.initializer(*index).to_vec()).collect();
        let momentum = (self.bound.places.iter())
            .map(|&(bucket, part)| {
                let p = self.bound.buckets[bucket].parts[part];
                let range = p.offset..p.offset + p.len;
                match &self.buckets[bucket] {
                    BucketState::Own { momentum, .. } => momentum[range].to_vec(),
                    BucketState::Shared(shared) => shared.momentum(range),
                }
            })
            .collect();
        Ok(ReplicaState { tensors, momentum })
    }
}

impl Job<'_> {
    /// Runs CPU replica `r` (sharing the buckets of `shared` with the other threads); an error
    /// or a panic aborts every replica.
    pub(super) fn guarded(
        &self,
        r: usize,
        kernels: &CpuKernels,
        comm: &dyn Communicator,
        shared: Option<&SharedParams>,
    ) -> Result<Outcome, Stop> {
        let panicked = |p: Box<dyn std::any::Any + Send>, step: usize| {
            let message = format!("panicked: {}", crate::cpu::panic_message(p.as_ref()));
            Err(Stop::Failed { replica: r, step, message })
        };
        let setup = |message: String| Stop::Failed { replica: r, step: self.start.step, message };
        let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            CpuReplica::new(self, r, kernels, comm, shared).map_err(setup)
        }));
        // The replica outlives a panic of the loop: other threads may be reading its payloads.
        let (result, replica) = match made {
            Ok(Ok(mut replica)) => {
                let run = std::panic::AssertUnwindSafe(|| self.drive(&mut replica, Some((comm, r))));
                let result = std::panic::catch_unwind(run).unwrap_or_else(|p| panicked(p, replica.step));
                (result, Some(replica))
            }
            Ok(Err(stop)) => (Err(stop), None),
            Err(p) => (panicked(p, self.start.step), None),
        };
        if let Err(Stop::Failed { message, .. }) = &result {
            comm.abort(r, message);
        }
        if shared.is_some_and(|s| !s.leave(self.options.timeout)) {
            // Some replica never left: it might still read this one's payloads.
            std::mem::forget(replica);
        }
        result
    }
}
