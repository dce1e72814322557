//! The replica's side of the collectives: f64 all-reduces done at once, f32 parameter buckets
//! started when their gradients are ready and finished before their sums are read, a replica's own
//! slice of a sum kept for the sharded update, buckets left out for the in-process optimizer, and
//! the payload buffers reused from step to step.

use std::ops::Range;
use std::time::Instant;

use super::{ReplicaError, ReplicaExecutor, Slot, Val};
use crate::bucket_views::BucketViews;
use crate::comm::{Communicator, OwnSlice, PendingSum};
use crate::cpu_kernels::CpuKernels;
use crate::plan::{Collective, ExecutionPlan, Launch, Step, ValueId};
use crate::profile::Part;

impl ReplicaExecutor<'_> {
    /// Finds, once, the values written in place into their bucket's payload (needs the kernels:
    /// only launches of the CPU op table write views).
    pub(super) fn find_views(&mut self, kernels: &CpuKernels) {
        if self.views.is_none() {
            let runs_cpu_op = |l: &Launch| kernels.calls(&l.node).is_empty() && crate::cpu_ops::find(&l.op).is_some();
            self.views = Some(BucketViews::new(self.plan, runs_cpu_op));
        }
    }

    /// Leaves the f32 collective at plan step `plan_step` out of every later step: its inputs stay
    /// where they are written, in place in its payload buffer, for the optimizer of the in-process
    /// replicas to sum (`train::shared`). Returns that buffer's address and length, valid as long as
    /// this executor lives and written only while it runs a step; `None` (nothing left out) when
    /// the collective's inputs are not written in place.
    pub fn defer_in_place(&mut self, plan_step: usize, kernels: &CpuKernels) -> Option<(*const f32, usize)> {
        self.find_views(kernels);
        let address = self.views.as_ref()?.address(plan_step)?;
        *self.deferred.get_mut(plan_step)? = true;
        Some(address)
    }

    /// Finishes, in start order, the started f32 collectives whose sums plan step `plan_step`
    /// (or the end of the plan) needs.
    pub(super) fn finish_due(
        &mut self,
        plan_step: usize,
        replica: usize,
        comm: &dyn Communicator,
    ) -> Result<(), ReplicaError> {
        while let Some(i) =
            self.pending.iter().position(|(s, _)| self.finish_before[*s].is_some_and(|f| f <= plan_step))
        {
            let (started_at, pending) = self.pending.remove(i);
            let t = Instant::now();
            let summed = self.finish_f32(started_at, replica, pending, comm)?;
            if let Some(r) = self.recorder.as_mut() {
                r.record_until(Part::Wait { plan_step: started_at }, t, summed, (0, 0));
                r.record(Part::Node { plan_step: started_at }, t, (0, 0));
            }
        }
        Ok(())
    }

    /// Keeps the summed payload of the f32 collective at plan step `plan_step` after every step, for
    /// [`Self::update_gathered`] (no copy: the payload buffer itself is kept).
    pub fn keep_reduced(&mut self, plan_step: usize) {
        if let Some(slot) = self.reduced.get_mut(plan_step) {
            slot.get_or_insert_with(Vec::new);
        }
    }

    /// Keeps this replica's slice of the summed payload of the f32 collective at plan step
    /// `plan_step` after every step ([`Self::own_slice`]), instead of the whole sum: the
    /// collective's outputs are then not written (the optimizer reads the slices).
    pub fn keep_own_slice(&mut self, plan_step: usize) {
        if let Some(slot) = self.own_slices.get_mut(plan_step) {
            slot.get_or_insert(OwnSlice { payload: Vec::new(), range: 0..0, sum: Vec::new() });
        }
    }

    /// This replica's slice of the summed payload of the collective at plan step `plan_step` as
    /// of the last step (kept by [`Self::keep_own_slice`]): its range in the payload and values.
    pub fn own_slice(&self, plan_step: usize) -> Result<(Range<usize>, &[f32]), String> {
        let kept = self.own_slices.get(plan_step).and_then(Option::as_ref);
        let kept = kept.ok_or_else(|| format!("plan step {plan_step} keeps no slice of its sum"))?;
        Ok((kept.range.clone(), &kept.sum))
    }

    /// Runs collective `c`; when the group's sum was there (the end of the wait; `None` when the
    /// collective was only started) and the payload's bytes.
    pub(super) fn collective(
        &mut self,
        plan_step: usize,
        c: &Collective,
        replica: usize,
        comm: &dyn Communicator,
    ) -> Result<(Option<Instant>, u64), ReplicaError> {
        if c.payload.iter().all(|e| matches!(self.value(e.input), Ok(Val::F32(_)))) {
            return self.collective_f32(plan_step, c, replica, comm);
        }
        let mut payload = std::mem::take(&mut self.payload);
        payload.clear();
        for e in &c.payload {
            match self.value(e.input).map_err(ReplicaError::Failed)? {
                Val::F32(s) => payload.extend(s.iter().map(|&v| v as f64)),
                Val::F64(s) => payload.extend_from_slice(s),
            }
        }
        let mut summed = None;
        let mut scatter = |sum: &[f64]| {
            summed.get_or_insert_with(Instant::now);
            for e in &c.payload {
                let part = &sum[e.offset as usize..(e.offset + e.len) as usize];
                let b = self.buffer_of(e.output);
                match &mut self.slots[b] {
                    Slot::F32(s) => s.iter_mut().zip(part).for_each(|(d, &v)| *d = v as f32),
                    Slot::F64(s) => s[..part.len()].copy_from_slice(part),
                }
            }
        };
        let reduced = comm.all_reduce_sum_with(replica, c.scope, &mut payload, &mut scatter);
        self.payload = payload;
        reduced.map_err(ReplicaError::Comm)?;
        Ok((Some(summed.unwrap_or_else(Instant::now)), 8 * c.payload_len))
    }

    /// A collective of f32 tensors only (parameter gradients): summed in f32, in replica order,
    /// each replica's thread summing a slice of the payload; the sum stays in `reduced` when kept.
    /// A collective whose sum no step needs at once is only started here: the replicas go on with
    /// the plan and it is finished before the first step that reads its sum.
    pub(super) fn collective_f32(
        &mut self,
        plan_step: usize,
        c: &Collective,
        replica: usize,
        comm: &dyn Communicator,
    ) -> Result<(Option<Instant>, u64), ReplicaError> {
        if self.deferred[plan_step] {
            return Ok((None, 0));
        }
        let in_place = self.views.as_mut().and_then(|w| w.take(plan_step));
        let payload = match in_place {
            Some(taken) => taken.map_err(ReplicaError::Failed)?,
            None => {
                let mut payload = self.spare_f32.pop().unwrap_or_default();
                payload.clear();
                for e in &c.payload {
                    payload.extend_from_slice(self.value(e.input).and_then(Val::f32).map_err(ReplicaError::Failed)?);
                }
                payload
            }
        };
        let pending = comm.start_sum_f32(replica, c.scope, payload).map_err(ReplicaError::Comm)?;
        let summed = if self.finish_before[plan_step].is_some() {
            self.pending.push((plan_step, pending));
            None
        } else {
            Some(self.finish_f32(plan_step, replica, pending, comm)?)
        };
        Ok((summed, 4 * c.payload_len))
    }

    /// Finishes the f32 collective of plan step `plan_step`: waits for its sum, writes it to the
    /// collective's outputs and keeps it when asked; when the sum was there.
    pub(super) fn finish_f32(
        &mut self,
        plan_step: usize,
        replica: usize,
        pending: PendingSum,
        comm: &dyn Communicator,
    ) -> Result<Instant, ReplicaError> {
        if let Some(kept) = self.own_slices.get_mut(plan_step).and_then(Option::as_mut) {
            let mut slice = comm.finish_own_slice_f32(replica, pending).map_err(ReplicaError::Comm)?;
            let summed = Instant::now();
            std::mem::swap(kept, &mut slice);
            // The payload buffer comes back, or (a sum done by one replica) it became the sum,
            // and the last step's sum is the buffer to reuse.
            let payload = std::mem::take(&mut kept.payload);
            self.reuse_payload(plan_step, if payload.capacity() > 0 { payload } else { slice.sum });
            return Ok(summed);
        }
        let mut payload = comm.finish_sum_f32(replica, pending).map_err(ReplicaError::Comm)?;
        let summed = Instant::now();
        let Some(Step::Collective(c)) = self.plan.steps.get(plan_step) else {
            return Err(ReplicaError::Failed(format!("plan step {plan_step} is not a collective")));
        };
        for e in &c.payload {
            let part = &payload[e.offset as usize..(e.offset + e.len) as usize];
            let b = self.buffer_of(e.output);
            match &mut self.slots[b] {
                Slot::F32(s) => s[..part.len()].copy_from_slice(part),
                Slot::F64(s) => s.iter_mut().zip(part).for_each(|(d, &v)| *d = f64::from(v)),
            }
        }
        if let Some(kept) = self.reduced.get_mut(plan_step).and_then(Option::as_mut) {
            std::mem::swap(kept, &mut payload);
        }
        self.reuse_payload(plan_step, payload);
        Ok(summed)
    }

    /// Keeps a payload buffer back from the collective at plan step `at`: its views' buffer when
    /// its inputs are written in place, else a spare for the next f32 payload.
    pub(super) fn reuse_payload(&mut self, at: usize, payload: Vec<f32>) {
        let spare = match self.views.as_mut() {
            Some(w) => w.give_back(at, payload),
            None => Some(payload),
        };
        self.spare_f32.extend(spare);
    }
}

/// Per plan step, for a collective of f32 tensors only whose outputs no step reads before a later
/// step (parameter gradient buckets, read by the optimizer after the plan): the first step that
/// reads one of them, or the plan's length. Every output must be read by a step or be a graph
/// output, so that its buffer is its own until the sum is written.
pub(super) fn finish_before(plan: &ExecutionPlan) -> Vec<Option<usize>> {
    let reads = |step: &Step, v: ValueId| match step {
        Step::Launch(l) => l.with_reductions().any(|l| l.inputs.contains(&Some(v))),
        Step::Collective(c) => c.payload.iter().any(|e| e.input == v),
    };
    let is_f32 = |v: ValueId| plan.values[v].ty.dtype == syncbn_ir::DType::F32;
    let is_output = |v: ValueId| plan.outputs.iter().any(|o| o.value == v);
    (plan.steps.iter().enumerate())
        .map(|(i, step)| {
            let Step::Collective(c) = step else { return None };
            let later = &plan.steps[i + 1..];
            let lives = |v: ValueId| is_output(v) || later.iter().any(|s| reads(s, v));
            if !c.payload.iter().all(|e| is_f32(e.input) && lives(e.output)) {
                return None;
            }
            let first_read = later
                .iter()
                .position(|s| c.payload.iter().any(|e| reads(s, e.output)))
                .map_or(plan.steps.len(), |j| i + 1 + j);
            (first_read > i + 1).then_some(first_read)
        })
        .collect()
}
