//! The parameter gradients of a `--run` step on in-process CPU replicas, summed once for all of
//! them: a world f32 collective whose sums only the run's outputs read, and whose gradients every
//! replica writes in place into its payload, is left out ([`crate::payload_sums`]); after each step,
//! between two barriers, each replica sums its slice of the bucket over every replica's payload into
//! one shared copy, which the outputs read. The collective would have added the same numbers in the
//! same order; its all-gather and the copies of the sum into every replica's tensors are gone, and a
//! team's weight gradients (summed into replica 0's payload) are not summed again.

use std::ops::Range;
use std::time::{Duration, Instant};

use crate::comm::Scope;
use crate::cpu_kernels::CpuKernels;
use crate::executor::ReplicaExecutor;
use crate::payload_sums::{Departures, PayloadSums};
use crate::plan::{ExecutionPlan, Step};
use crate::shared_arena::SharedArena;

/// The buckets of a run whose sums the replicas share.
pub(crate) struct SummedOutputs {
    buckets: Vec<SummedBucket>,
    departures: Departures,
}

/// One left-out collective: every replica's payload and the shared sums.
struct SummedBucket {
    plan_step: usize,
    payloads: PayloadSums,
    sums: SharedArena,
}

impl SummedOutputs {
    /// The candidates of `plan`: world collectives (parameter-gradient buckets) whose outputs no
    /// step reads.
    pub(crate) fn new(plan: &ExecutionPlan) -> SummedOutputs {
        let buckets = (plan.steps.iter().enumerate())
            .filter_map(|(at, step)| match step {
                Step::Collective(c) if c.scope == Scope::World && sums_only_read_as_outputs(plan, at) => {
                    let len = usize::try_from(c.payload_len).ok()?;
                    let (payloads, sums) = (PayloadSums::new(plan.replicas), SharedArena::new(vec![0.0; len]));
                    Some(SummedBucket { plan_step: at, payloads, sums })
                }
                _ => None,
            })
            .collect();
        SummedOutputs { buckets, departures: Departures::new(plan.replicas) }
    }

    /// Whether any collective is a candidate (then every replica must [`Self::leave`]).
    pub(crate) fn is_active(&self) -> bool {
        !self.buckets.is_empty()
    }

    /// Leaves out, for replica `r`, every candidate whose gradients `ex` writes in place, and
    /// registers its payload.
    pub(crate) fn defer(&self, r: usize, ex: &mut ReplicaExecutor<'_>, kernels: &CpuKernels) {
        for b in &self.buckets {
            if let Some(payload) = ex.defer_in_place(b.plan_step, kernels) {
                b.payloads.register(r, payload);
            }
        }
    }

    /// Registers the ranges of left-out payloads that replica 0's holds summed by the team
    /// (`ReplicaExecutor::join_team`'s answer: plan step and range).
    pub(crate) fn summed_in_first(&self, summed: &[(usize, Range<usize>)]) {
        for b in &self.buckets {
            let ranges = summed.iter().filter(|(at, _)| *at == b.plan_step).map(|(_, r)| r.clone());
            b.payloads.summed_in_first(ranges.collect());
        }
    }

    /// Replica `r`'s part of summing a step's buckets: its slice of each into the shared sums;
    /// `summed` hears of each bucket when its slice is done (plan step, start, bytes read and
    /// written). Call only between the barriers that follow the step, every replica with its own
    /// slice.
    pub(crate) fn sum_own_slices(
        &self,
        r: usize,
        replicas: usize,
        mut summed: impl FnMut(usize, Instant, (u64, u64)),
    ) -> Result<(), String> {
        for b in self.buckets.iter().filter(|b| b.payloads.complete()) {
            let start = Instant::now();
            let len = b.sums.len();
            let own = syncbn_ir::shard::part(len, replicas, r);
            // SAFETY: between the barriers after a step replica `r` alone writes its slice of the
            // sums and nobody writes payloads; every executor lives until all replicas have left.
            let out = unsafe { b.sums.write(own.clone()) }.ok_or("a bucket's sums are shorter than its payload")?;
            let store = |at: Range<usize>, sum: &[f32]| {
                out[at].copy_from_slice(sum);
                Ok(())
            };
            let bytes = (4 * (replicas * own.len()) as u64, 4 * own.len() as u64);
            // SAFETY: as above.
            unsafe { b.payloads.sum_slice(len, own, store) }?;
            summed(b.plan_step, start, bytes);
        }
        Ok(())
    }

    /// Replaces each of `outputs` (the plan's, in order) that is a sum of a left-out collective
    /// with its values from the shared sums. Call only outside the sum phase.
    pub(crate) fn read_outputs(&self, plan: &ExecutionPlan, outputs: &mut [Vec<f32>]) {
        for b in self.buckets.iter().filter(|b| b.payloads.complete()) {
            let Some(Step::Collective(c)) = plan.steps.get(b.plan_step) else { continue };
            // SAFETY: outside the sum phase nobody writes the sums.
            let sums = unsafe { b.sums.read() };
            for e in &c.payload {
                let at = e.offset as usize..(e.offset + e.len) as usize;
                let (Some(values), Some(i)) = (sums.get(at), plan.outputs.iter().position(|o| o.value == e.output))
                else {
                    continue;
                };
                if let Some(out) = outputs.get_mut(i) {
                    *out = values.to_vec();
                }
            }
        }
    }

    /// A replica leaves the run: waits (at most `timeout`) until every replica has, so that no
    /// sum still reads its payloads. False when the wait timed out.
    pub(crate) fn leave(&self, timeout: Duration) -> bool {
        self.departures.leave(timeout)
    }
}

/// Whether no step reads an output of the collective at plan step `at`.
fn sums_only_read_as_outputs(plan: &ExecutionPlan, at: usize) -> bool {
    let Some(Step::Collective(c)) = plan.steps.get(at) else { return false };
    let reads = |v: usize| {
        plan.steps.iter().any(|step| match step {
            Step::Launch(l) => l.inputs.iter().flatten().any(|&i| i == v),
            Step::Collective(other) => other.payload.iter().any(|e| e.input == v),
        })
    };
    c.payload.iter().all(|e| !reads(e.output))
}
