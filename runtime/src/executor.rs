//! The host executor: runs one replica's steps of a plan with a kernel set and a communicator.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, Instant};

use syncbn_codegen::{DimRole, HostArg, HostModule, KernelInfo, KernelKind, Param, ParamType};

use crate::bind::{bind, Arg, BufferRef, Buffers, Sizes};
use crate::bucket_views::BucketViews;
use crate::comm::{CommError, Communicator, OwnSlice, PendingSum};
use crate::cpu_kernels::CpuKernels;
use crate::cpu_ops::{CpuOp, OpArgs, Tensor};
use crate::hot::ImagesHandedOver;
use crate::plan::{Collective, ExecutionPlan, Launch, Step, Storage, ValueId};
use crate::profile::{Part, Recorder, Slice};
use crate::shared_arena::SharedArena;
use crate::size::Bindings;

/// Data every replica reads: the initializers, as `f32` (`None` for other dtypes).
pub struct SharedData {
    /// Values by initializer index.
    pub initializers: Vec<Option<Vec<f32>>>,
}

/// Why a replica stopped.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplicaError {
    /// A collective failed (possibly because another replica aborted).
    Comm(CommError),
    /// This replica failed on its own.
    Failed(String),
}

impl std::fmt::Display for ReplicaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReplicaError::Comm(e) => write!(f, "{e}"),
            ReplicaError::Failed(m) => f.write_str(m),
        }
    }
}

/// Time one replica spent in each phase of a step.
#[derive(Clone, Copy, Debug, Default)]
pub struct PhaseTimes {
    /// Kernel execution.
    pub execute: Duration,
    /// Collectives, waiting for the other replicas included.
    pub collectives: Duration,
}

/// A test hook that makes one replica fail at one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    /// The replica that fails.
    pub replica: usize,
    /// The step at which it fails (0 is the real step).
    pub step: usize,
    /// Panic instead of returning an error.
    pub panic: bool,
}

enum Slot {
    F32(Vec<f32>),
    F64(Vec<f64>),
}

/// A buffer of gathered initializers: this replica's own, or one that the in-process replicas
/// share (read here only while no replica writes it: [`SharedArena`]).
enum Arena {
    Own(Vec<f32>),
    Shared(Arc<SharedArena>),
}

impl Arena {
    fn values(&self) -> &[f32] {
        match self {
            Arena::Own(v) => v,
            // SAFETY: replicas read a shared arena only between the update phases that write it
            // (the training loop's barriers, `train::cpu`).
            Arena::Shared(s) => unsafe { s.read() },
        }
    }
}

/// One replica's buffers, allocated once for its bindings and reused by every step.
pub struct ReplicaExecutor<'a> {
    plan: &'a ExecutionPlan,
    shared: &'a SharedData,
    inputs: Vec<&'a [f32]>,
    lens: Vec<usize>,
    /// Concrete shape of every value on this replica.
    shapes: Vec<Vec<usize>>,
    slots: Vec<Slot>,
    payload: Vec<f64>,
    /// Buffers for f32 payloads, reused from step to step.
    spare_f32: Vec<Vec<f32>>,
    /// Per plan step, for an f32 collective whose sum no step needs at once (a parameter gradient
    /// bucket): the plan step before which its sum is finished (the plan's length: at the end).
    finish_before: Vec<Option<usize>>,
    /// The f32 collectives started and not finished, in start order, with their plan steps.
    pending: Vec<(usize, PendingSum)>,
    /// Per graph input, data this replica owns that replaces its shard (training batches).
    own_inputs: Vec<Option<Vec<f32>>>,
    /// Per initializer, this replica's own copy that replaces the shared value (trained state).
    own_initializers: Vec<Option<Vec<f32>>>,
    /// Initializers kept together, in order, in one buffer each (the parameters of a gradient
    /// bucket, updated by one kernel call): the buffers.
    arenas: Vec<Arena>,
    /// Per initializer, where it lies when it was gathered: (arena, offset, length).
    gathered: Vec<Option<(usize, usize, usize)>>,
    /// Per plan step, the summed f32 payload of its collective as of the last step, for the
    /// collectives asked for ([`Self::keep_reduced`]).
    reduced: Vec<Option<Vec<f32>>>,
    /// Per plan step, this replica's slice of the summed payload of its collective as of the last
    /// step, for the collectives asked for ([`Self::keep_own_slice`]).
    own_slices: Vec<Option<OwnSlice>>,
    /// The gradients of gathered initializers copied together ([`Self::update_gathered_from`]).
    staging: Vec<f32>,
    /// Values by name, for kernel bindings.
    by_name: HashMap<&'a str, ValueId>,
    /// Kernels' scratch buffers (absent optional outputs), by the index binding gave them.
    scratch: Vec<Slot>,
    /// The index of every scratch buffer bound so far, by name.
    scratch_index: HashMap<String, usize>,
    /// Per plan step, its kernel calls bound for this replica's shapes (at the step's first launch).
    bound: Vec<Option<Vec<BoundCall>>>,
    /// With `--profile`: the timed slices of every launch and collective.
    recorder: Option<Recorder>,
    /// The parameter gradients written in place into their bucket's payload (found at the first
    /// step, which knows the kernels).
    views: Option<BucketViews>,
    /// Per plan step: a collective left out, its payload summed by the optimizer
    /// ([`Self::defer_in_place`]).
    deferred: Vec<bool>,
}

impl<'a> ReplicaExecutor<'a> {
    /// Allocates this replica's buffers; `inputs` are its shards of the graph inputs.
    pub fn new(
        plan: &'a ExecutionPlan,
        shared: &'a SharedData,
        inputs: Vec<&'a [f32]>,
        bindings: Bindings,
    ) -> Result<Self, String> {
        let eval = |e: &crate::size::SizeExpr| -> Result<usize, String> {
            e.eval(&bindings)
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| format!("size {e} is unbound or too large"))
        };
        let lens = plan
            .values
            .iter()
            .map(|v| {
                crate::size::SizeExpr::of_shape(&v.ty.shape)
                    .ok_or_else(|| format!("{}: size overflows", v.name))
                    .and_then(|e| eval(&e))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let shapes =
            plan.values.iter().map(|v| concrete_shape(&v.ty.shape, &bindings)).collect::<Result<Vec<_>, _>>()?;
        let mut slots = Vec::with_capacity(plan.buffers.len());
        for b in &plan.buffers {
            let n = eval(&b.elements)?;
            slots.push(match b.dtype {
                syncbn_ir::DType::F64 => Slot::F64(vec![0.0; n]),
                _ => Slot::F32(vec![0.0; n]),
            });
        }
        let payload_len = plan.steps.iter().map(|s| match s {
            Step::Collective(c) => c.payload_len as usize,
            Step::Launch(_) => 0,
        });
        let payload = Vec::with_capacity(payload_len.max().unwrap_or(0));
        let own_inputs = vec![None; inputs.len()];
        let own_initializers = vec![None; shared.initializers.len()];
        let gathered = vec![None; shared.initializers.len()];
        let by_name = plan.values.iter().enumerate().map(|(i, v)| (v.name.as_str(), i)).collect();
        Ok(ReplicaExecutor {
            plan,
            shared,
            inputs,
            lens,
            shapes,
            slots,
            payload,
            spare_f32: Vec::new(),
            finish_before: finish_before(plan),
            pending: Vec::new(),
            own_inputs,
            own_initializers,
            arenas: Vec::new(),
            gathered,
            reduced: vec![None; plan.steps.len()],
            own_slices: plan.steps.iter().map(|_| None).collect(),
            staging: Vec::new(),
            by_name,
            scratch: Vec::new(),
            scratch_index: HashMap::new(),
            bound: plan.steps.iter().map(|_| None).collect(),
            recorder: None,
            views: None,
            deferred: vec![false; plan.steps.len()],
        })
    }

    /// Records a slice for every launch, collective and collective wait from now on, timed from
    /// `epoch`; the steps after this call belong to run step `step` until the next call.
    pub fn profile_step(&mut self, epoch: Instant, step: usize) {
        self.recorder.get_or_insert_with(|| Recorder::new(epoch)).set_step(step);
    }

    /// The slices recorded since profiling began (none without [`Self::profile_step`]).
    pub fn take_profile(&mut self) -> Vec<Slice> {
        self.recorder.take().map(Recorder::into_slices).unwrap_or_default()
    }

    /// Runs every step of the plan once.
    pub fn run_step(
        &mut self,
        replica: usize,
        step_index: usize,
        kernels: &CpuKernels,
        comm: &dyn Communicator,
        fault: Option<Fault>,
        times: &mut PhaseTimes,
    ) -> Result<(), ReplicaError> {
        let mut collectives_done = 0;
        self.find_views(kernels);
        for (plan_step, step) in self.plan.steps.iter().enumerate() {
            self.finish_due(plan_step, replica, comm)?;
            match step {
                Step::Launch(l) => {
                    let t = Instant::now();
                    self.launch(plan_step, l, kernels).map_err(ReplicaError::Failed)?;
                    if !self.pending.is_empty() {
                        comm.progress(replica);
                    }
                    times.execute += t.elapsed();
                    if self.recorder.is_some() {
                        let bytes = (self.bytes(l.inputs.iter().flatten()), self.bytes(&l.outputs));
                        self.record(Part::Node { plan_step }, t, bytes);
                    }
                }
                Step::Collective(c) => {
                    if collectives_done == 0 {
                        inject(fault, replica, step_index)?;
                    }
                    let t = Instant::now();
                    let (summed, payload) = self.collective(plan_step, c, replica, comm)?;
                    times.collectives += t.elapsed();
                    collectives_done += 1;
                    if let Some(r) = self.recorder.as_mut() {
                        if let Some(summed) = summed {
                            r.record_until(Part::Wait { plan_step }, t, summed, (0, 0));
                        }
                        r.record(Part::Node { plan_step }, t, (payload, payload));
                    }
                }
            }
        }
        self.finish_due(self.plan.steps.len(), replica, comm)?;
        if collectives_done == 0 {
            inject(fault, replica, step_index)?;
        }
        Ok(())
    }

    /// Finds, once, the values written in place into their bucket's payload (needs the kernels:
    /// only launches of the CPU op table write views).
    fn find_views(&mut self, kernels: &CpuKernels) {
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
    fn finish_due(&mut self, plan_step: usize, replica: usize, comm: &dyn Communicator) -> Result<(), ReplicaError> {
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

    /// Records `part` from `start` to now when profiling.
    fn record(&mut self, part: Part, start: Instant, bytes: (u64, u64)) {
        if let Some(r) = self.recorder.as_mut() {
            r.record(part, start, bytes);
        }
    }

    /// The bytes the values `ids` hold on this replica.
    fn bytes<'v>(&self, ids: impl IntoIterator<Item = &'v ValueId>) -> u64 {
        let size = |id: &ValueId| match self.value(*id) {
            Ok(Val::F32(s)) => 4 * s.len() as u64,
            Ok(Val::F64(s)) => 8 * s.len() as u64,
            Err(_) => 0,
        };
        ids.into_iter().map(size).sum()
    }

    /// A copy of a tensor's current value on this replica, as `f32`.
    pub fn read_f32(&self, value: ValueId) -> Vec<f32> {
        match self.value(value) {
            Ok(Val::F32(s)) => s.to_vec(),
            Ok(Val::F64(s)) => s.iter().map(|&v| v as f32).collect(),
            Err(_) => Vec::new(),
        }
    }

    /// The current value of an f32 tensor on this replica.
    pub fn value_f32(&self, id: ValueId) -> Result<&[f32], String> {
        self.value(id).and_then(Val::f32)
    }

    /// This replica's own data for graph input `index`, replacing its shard from now on; the caller
    /// fills it with as many elements as the input's shape on this replica holds.
    pub fn own_input(&mut self, index: usize) -> &mut Vec<f32> {
        self.own_inputs[index].get_or_insert_with(Vec::new)
    }

    /// This replica's own copy of f32 initializer `index` (made from the shared value on first use),
    /// which every later step reads instead of the shared value (a gathered initializer lives in
    /// its buffer instead: see [`Self::gather_initializers`]).
    pub fn own_initializer(&mut self, index: usize) -> &mut Vec<f32> {
        let shared = self.shared.initializers.get(index).and_then(Option::as_deref).unwrap_or_default();
        self.own_initializers[index].get_or_insert_with(|| shared.to_vec())
    }

    /// Keeps the summed payload of the f32 collective at plan step `plan_step` after every step, for
    /// [`Self::update_gathered`] (no copy: the payload buffer itself is kept).
    pub fn keep_reduced(&mut self, plan_step: usize) {
        if let Some(slot) = self.reduced.get_mut(plan_step) {
            slot.get_or_insert_with(Vec::new);
        }
    }

    /// Moves f32 initializers `indices` into one buffer, one after the other in that order, with
    /// their current values on this replica; every later step reads them there. The buffer's index.
    pub fn gather_initializers(&mut self, indices: &[usize]) -> usize {
        let arena = self.arenas.len();
        let mut values = Vec::new();
        for &index in indices {
            let own = self.own_initializers.get_mut(index).and_then(Option::take);
            let shared = || self.shared.initializers.get(index).and_then(Option::as_deref).unwrap_or_default().to_vec();
            let v = own.unwrap_or_else(shared);
            if let Some(place) = self.gathered.get_mut(index) {
                *place = Some((arena, values.len(), v.len()));
            }
            values.extend(v);
        }
        self.arenas.push(Arena::Own(values));
        arena
    }

    /// Reads f32 initializers `indices` from now on from `arena`, which the in-process replicas
    /// share, laid out one after the other in that order (`lens` elements each) from its start.
    /// Fails when they do not fill the arena exactly.
    pub fn share_initializers(
        &mut self,
        indices: &[usize],
        lens: &[usize],
        arena: Arc<SharedArena>,
    ) -> Result<(), String> {
        if indices.len() != lens.len() || lens.iter().sum::<usize>() != arena.len() {
            return Err(format!(
                "{} initializers of {} values in all do not fill a shared buffer of {}",
                indices.len(),
                lens.iter().sum::<usize>(),
                arena.len()
            ));
        }
        let index_of_arena = self.arenas.len();
        let mut offset = 0;
        for (&index, &len) in indices.iter().zip(lens) {
            if let Some(own) = self.own_initializers.get_mut(index) {
                *own = None;
            }
            if let Some(place) = self.gathered.get_mut(index) {
                *place = Some((index_of_arena, offset, len));
            }
            offset += len;
        }
        self.arenas.push(Arena::Shared(arena));
        Ok(())
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

    /// Calls `update` with the gathered initializers of buffer `arena` and the summed payload that
    /// the collective at plan step `plan_step` (kept by [`Self::keep_reduced`]) left after the
    /// last step.
    pub fn update_gathered<R>(
        &mut self,
        arena: usize,
        plan_step: usize,
        update: impl FnOnce(&mut [f32], &[f32]) -> R,
    ) -> Result<R, String> {
        let sums = (self.reduced.get(plan_step).and_then(Option::as_deref))
            .ok_or_else(|| format!("plan step {plan_step} keeps no summed payload"))?;
        let values = match self.arenas.get_mut(arena) {
            Some(Arena::Own(values)) => values,
            _ => return Err(format!("no own gathered buffer {arena}")),
        };
        if sums.len() != values.len() {
            return Err(format!("{} summed values for {} gathered ones", sums.len(), values.len()));
        }
        Ok(update(values, sums))
    }

    /// Calls `update` with the gathered initializers of buffer `arena` and the current values of
    /// the f32 tensors `values` (their gradients) copied one after the other.
    pub fn update_gathered_from<R>(
        &mut self,
        arena: usize,
        values: &[ValueId],
        update: impl FnOnce(&mut [f32], &[f32]) -> R,
    ) -> Result<R, String> {
        let mut staging = std::mem::take(&mut self.staging);
        staging.clear();
        for &v in values {
            match self.value_f32(v) {
                Ok(s) => staging.extend_from_slice(s),
                Err(e) => {
                    self.staging = staging;
                    return Err(e);
                }
            }
        }
        let result = match self.arenas.get_mut(arena) {
            Some(Arena::Own(target)) if target.len() == staging.len() => Ok(update(target, &staging)),
            Some(Arena::Own(target)) => {
                Err(format!("{} gradients for {} gathered values", staging.len(), target.len()))
            }
            _ => Err(format!("no own gathered buffer {arena}")),
        };
        self.staging = staging;
        result
    }

    /// The current value of f32 initializer `index` on this replica (empty for other dtypes).
    pub fn initializer(&self, index: usize) -> &[f32] {
        if let Some((arena, offset, len)) = self.gathered.get(index).copied().flatten() {
            return &self.arenas[arena].values()[offset..offset + len];
        }
        (self.own_initializers.get(index).and_then(Option::as_deref))
            .or_else(|| self.shared.initializers.get(index).and_then(Option::as_deref))
            .unwrap_or_default()
    }

    /// Calls `update` with this replica's own copy of initializer `index` and the current value of
    /// tensor `from` (a gradient, an updated running statistic), and returns what it returns.
    pub fn update_initializer<R>(
        &mut self,
        index: usize,
        from: ValueId,
        update: impl FnOnce(&mut [f32], &[f32]) -> R,
    ) -> Result<R, String> {
        let mut own = std::mem::take(self.own_initializer(index));
        let result = self.value_f32(from).map(|source| update(&mut own, source));
        self.own_initializers[index] = Some(own);
        result
    }

    fn value(&self, id: ValueId) -> Result<Val<'_>, String> {
        let len = self.lens[id];
        let v = &self.plan.values[id];
        match v.storage {
            Storage::Input { index } => match self.own_inputs.get(index).and_then(Option::as_deref) {
                Some(own) => Ok(Val::F32(own)),
                None => {
                    self.inputs.get(index).map(|s| Val::F32(s)).ok_or_else(|| format!("input {:?} not fed", v.name))
                }
            },
            Storage::Initializer { index } => match self.gathered.get(index).copied().flatten() {
                Some((arena, offset, len)) => Ok(Val::F32(&self.arenas[arena].values()[offset..offset + len])),
                None => (self.own_initializers.get(index).and_then(Option::as_deref))
                    .or_else(|| self.shared.initializers.get(index).and_then(Option::as_deref))
                    .map(Val::F32)
                    .ok_or_else(|| format!("initializer {:?} is not f32 data", v.name)),
            },
            Storage::Buffer { .. } if self.views.as_ref().and_then(|w| w.view(id)).is_some() => {
                let read = self.views.as_ref().and_then(|w| w.read(id, len));
                read.unwrap_or_else(|| Err(format!("tensor {:?} has no payload", v.name))).map(Val::F32)
            }
            Storage::Buffer { buffer } => {
                let busy = || format!("tensor {:?} is being written", v.name);
                Ok(match &self.slots[buffer] {
                    Slot::F32(s) => Val::F32(s.get(..len).ok_or_else(busy)?),
                    Slot::F64(s) => Val::F64(s.get(..len).ok_or_else(busy)?),
                })
            }
        }
    }

    fn buffer_of(&self, id: ValueId) -> usize {
        match self.plan.values[id].storage {
            Storage::Buffer { buffer } => buffer,
            _ => usize::MAX,
        }
    }

    fn launch(&mut self, plan_step: usize, l: &Launch, kernels: &CpuKernels) -> Result<(), String> {
        let result = self.bound_calls(plan_step, l, kernels).and_then(|calls| {
            let module = kernels.module();
            let result = if l.reductions.is_empty() && !calls.is_empty() {
                self.call_kernels(&calls, module)
            } else {
                self.cpu_op(l, &calls, module)
            };
            self.bound[plan_step] = Some(calls);
            result
        });
        result.map_err(|m| format!("node {:?}: {m}", l.node))
    }

    /// The kernel calls of plan step `plan_step`, its reductions' included (none: the node runs
    /// the CPU op table), bound by [`bind`] at the step's first launch; the caller puts them back
    /// into `self.bound`.
    fn bound_calls(&mut self, plan_step: usize, l: &Launch, kernels: &CpuKernels) -> Result<Vec<BoundCall>, String> {
        if let Some(calls) = self.bound[plan_step].take() {
            return Ok(calls);
        }
        let bind_call = |k: &KernelInfo| -> Result<BoundCall, String> {
            let args = bind(k, &mut HostBuffers(&mut *self), 1)?;
            Ok(BoundCall { kind: k.kind, kernel: k.kernel.clone(), params: k.kind.params(), args })
        };
        l.with_reductions().flat_map(|l| kernels.calls(&l.node)).map(bind_call).collect()
    }

    /// Runs a node of the CPU op table, and its reductions' kernel calls `reductions` image by
    /// image as it writes its output.
    fn cpu_op(&mut self, l: &Launch, reductions: &[BoundCall], module: &HostModule) -> Result<(), String> {
        let op = crate::cpu_ops::find(&l.op).ok_or_else(|| format!("op {:?} is not in the CPU op table", l.op))?;
        let [out] = l.outputs[..] else {
            return Err(format!("op {:?} got {} outputs; expected 1", l.op, l.outputs.len()));
        };
        let view = self.views.as_ref().and_then(|w| w.view(out));
        let (mut slot, offset) = match view {
            Some((at, offset)) => {
                let taken = self.views.as_mut().and_then(|w| w.take(at));
                (Slot::F32(taken.unwrap_or_else(|| Err("no payload".into()))?), offset)
            }
            None => (self.take(out)?, 0),
        };
        let mut lent = Vec::with_capacity(reductions.len());
        let mut result = Ok(());
        for k in reductions {
            let mut written = Vec::new();
            result = result.and(self.lend_written(k, &mut written));
            lent.push(written);
        }
        if result.is_ok() {
            result = (|| {
                let args = OpArgs {
                    attrs: &l.attrs,
                    typed: l.typed,
                    inputs: self.cpu_inputs(l)?,
                    out_shape: &self.shapes[out],
                };
                let y = slot.f32_mut(offset + self.lens[out])?.get_mut(offset..).unwrap_or_default();
                if reductions.is_empty() {
                    return op.run(&args, y);
                }
                let mut hot = HotCalls { exec: &*self, calls: reductions, lent: &mut lent, module, value: out };
                hot.run(op, &args, y)
            })();
        }
        for written in lent.into_iter().rev() {
            self.return_written(written);
        }
        match (view, slot) {
            (Some((at, _)), Slot::F32(payload)) => {
                self.views.as_mut().and_then(|w| w.give_back(at, payload));
            }
            (_, slot) => {
                let b = self.buffer_of(out);
                self.slots[b] = slot;
            }
        }
        result
    }

    /// Runs a node's bound kernel calls from the host module.
    fn call_kernels(&mut self, calls: &[BoundCall], module: &HostModule) -> Result<(), String> {
        for k in calls {
            let mut written = Vec::new();
            let result =
                self.lend_written(k, &mut written).and_then(|()| self.call_with(k, &mut written, module, None));
            self.return_written(written);
            result?;
        }
        Ok(())
    }

    /// Takes the buffers `k` writes out of their slots into `written`, so that they can be borrowed
    /// mutably beside the inputs; on an error, `written` holds those taken so far.
    fn lend_written<'k>(&mut self, k: &'k BoundCall, written: &mut Vec<(&'k HostBuffer, Slot)>) -> Result<(), String> {
        for (p, a) in k.params.iter().zip(&k.args) {
            if let (true, Arg::Buffer(b)) = (p.writes, a) {
                written.push((b, self.take_buffer(b)?));
            }
        }
        Ok(())
    }

    /// Puts buffers lent by [`Self::lend_written`] back, in reverse, so a buffer named twice gets
    /// its own data back last.
    fn return_written(&mut self, written: Vec<(&HostBuffer, Slot)>) {
        for (b, slot) in written.into_iter().rev() {
            self.put_buffer(b, slot);
        }
    }

    /// Calls `k`, the written buffers borrowed from `written` in order; with `hot`, over its image
    /// range, reading its producer's output from it.
    fn call_with(
        &self,
        k: &BoundCall,
        written: &mut [(&HostBuffer, Slot)],
        module: &HostModule,
        hot: Option<&HotOutput>,
    ) -> Result<(), String> {
        let mut outs = written.iter_mut();
        let mut host_args = Vec::with_capacity(k.args.len());
        for (p, a) in k.params.iter().zip(&k.args) {
            host_args.push(match a {
                Arg::I64(v) => HostArg::Int(hot.and_then(|h| h.image_bound(p.name)).unwrap_or(*v)),
                Arg::F32(v) => HostArg::Float(*v),
                Arg::F64(v) => HostArg::Double(*v),
                Arg::Buffer(b) if p.writes => {
                    let (_, slot) = outs.next().ok_or("a written buffer went missing")?;
                    slot.host_arg(self.buffer_len(b))?
                }
                Arg::Buffer(HostBuffer::Value(v)) if hot.is_some_and(|h| h.value == *v) => {
                    HostArg::In32(hot.map(|h| h.data).unwrap_or_default())
                }
                Arg::Buffer(HostBuffer::Value(v)) => match self.value(*v)? {
                    Val::F32(s) => HostArg::In32(s),
                    Val::F64(s) => HostArg::In64(s),
                },
                Arg::Buffer(HostBuffer::Scratch { .. }) => {
                    return Err(format!("kernel {} reads a scratch buffer", k.kernel))
                }
            });
        }
        module.call(k.kind, &mut host_args).map_err(|e| e.to_string())
    }

    /// Takes a buffer out of its slot (a scratch buffer is made on first use).
    fn take_buffer(&mut self, b: &HostBuffer) -> Result<Slot, String> {
        match b {
            HostBuffer::Value(v) => self.take(*v),
            HostBuffer::Scratch { index, ty, len } => {
                Ok(match std::mem::replace(&mut self.scratch[*index], Slot::empty()) {
                    slot if slot.len() >= *len => slot,
                    _ if *ty == ParamType::PtrF64 => Slot::F64(vec![0.0; *len]),
                    _ => Slot::F32(vec![0.0; *len]),
                })
            }
        }
    }

    fn put_buffer(&mut self, b: &HostBuffer, slot: Slot) {
        match b {
            HostBuffer::Value(v) => {
                let i = self.buffer_of(*v);
                self.slots[i] = slot;
            }
            HostBuffer::Scratch { index, .. } => self.scratch[*index] = slot,
        }
    }

    /// The elements of a buffer a kernel sees.
    fn buffer_len(&self, b: &HostBuffer) -> usize {
        match b {
            HostBuffer::Value(v) => self.lens[*v],
            HostBuffer::Scratch { len, .. } => *len,
        }
    }

    /// Takes a planned buffer out of its slot (an empty slot stays behind).
    fn take(&mut self, v: ValueId) -> Result<Slot, String> {
        let b = self.buffer_of(v);
        let slot =
            self.slots.get_mut(b).ok_or_else(|| format!("{:?} is not a planned buffer", self.plan.values[v].name))?;
        Ok(std::mem::replace(slot, Slot::empty()))
    }

    /// The inputs of a CPU-table launch: f32 tensors with their shapes, `None` for absent inputs
    /// and for data that is not f32 (such as Reshape's i64 shape operand).
    fn cpu_inputs(&self, l: &Launch) -> Result<Vec<Option<Tensor<'_>>>, String> {
        let view = |id: ValueId| match self.value(id) {
            Ok(Val::F32(data)) => Tensor::new(data, &self.shapes[id]).map(Some),
            _ => Ok(None),
        };
        l.inputs.iter().map(|i| i.map_or(Ok(None), view)).collect()
    }

    /// Runs collective `c`; when the group's sum was there (the end of the wait; `None` when the
    /// collective was only started) and the payload's bytes.
    fn collective(
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
    fn collective_f32(
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
    fn finish_f32(
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
    fn reuse_payload(&mut self, at: usize, payload: Vec<f32>) {
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
fn finish_before(plan: &ExecutionPlan) -> Vec<Option<usize>> {
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

/// A shape with its named dimensions bound.
fn concrete_shape(shape: &[syncbn_ir::Dim], bindings: &Bindings) -> Result<Vec<usize>, String> {
    let dim = |d: &syncbn_ir::Dim| match d {
        syncbn_ir::Dim::Fixed(n) => usize::try_from(*n).ok(),
        syncbn_ir::Dim::Named(s) => bindings.get(s).and_then(|&n| usize::try_from(n).ok()),
    };
    shape.iter().map(|d| dim(d).ok_or_else(|| format!("dimension {d} is unbound or too large"))).collect()
}

fn inject(fault: Option<Fault>, replica: usize, step: usize) -> Result<(), ReplicaError> {
    match fault {
        Some(f) if f.replica == replica && f.step == step => {
            if f.panic {
                panic!("injected panic in replica {replica} at step {step}");
            }
            Err(ReplicaError::Failed(format!("injected failure in replica {replica} at step {step}")))
        }
        _ => Ok(()),
    }
}

enum Val<'a> {
    F32(&'a [f32]),
    F64(&'a [f64]),
}

impl<'a> Val<'a> {
    fn f32(self) -> Result<&'a [f32], String> {
        match self {
            Val::F32(s) => Ok(s),
            Val::F64(_) => Err("expected an f32 tensor, found f64".into()),
        }
    }
}

impl Slot {
    /// What a slot holds while its buffer is lent out.
    fn empty() -> Slot {
        Slot::F32(Vec::new())
    }

    fn len(&self) -> usize {
        match self {
            Slot::F32(s) => s.len(),
            Slot::F64(s) => s.len(),
        }
    }

    fn f32_mut(&mut self, n: usize) -> Result<&mut [f32], String> {
        match self {
            Slot::F32(s) => s.get_mut(..n).ok_or_else(|| "the output buffer is too short".into()),
            Slot::F64(_) => Err("expected an f32 output buffer".into()),
        }
    }

    /// The first `n` elements as a written kernel argument.
    fn host_arg(&mut self, n: usize) -> Result<HostArg<'_>, String> {
        match self {
            Slot::F32(s) => s.get_mut(..n).map(HostArg::Out32),
            Slot::F64(s) => s.get_mut(..n).map(HostArg::Out64),
        }
        .ok_or_else(|| "the output buffer is too short".into())
    }
}

/// A buffer a host kernel call names: a plan value or a scratch buffer of the executor (its index
/// in `ReplicaExecutor::scratch`).
#[derive(Debug)]
enum HostBuffer {
    Value(ValueId),
    Scratch { index: usize, ty: ParamType, len: usize },
}

/// A kernel call of a launch with its arguments bound for a replica's shapes.
struct BoundCall {
    kind: KernelKind,
    /// The kernel's symbol (for messages).
    kernel: String,
    params: Vec<Param>,
    args: Vec<Arg<HostBuffer>>,
}

/// A replica's buffers for [`bind`].
struct HostBuffers<'e, 'a>(&'e mut ReplicaExecutor<'a>);

impl Sizes for HostBuffers<'_, '_> {
    fn dim(&self, tensor: &str, role: DimRole) -> Result<i64, String> {
        let v = *self.0.by_name.get(tensor).ok_or_else(|| format!("tensor {tensor:?} is not in the plan"))?;
        let size = role.of(&self.0.shapes[v]).ok_or_else(|| format!("{role:?} does not fit {tensor:?}"))?;
        i64::try_from(size).map_err(|_| format!("a dimension of {tensor:?} exceeds i64"))
    }
}

impl Buffers for HostBuffers<'_, '_> {
    type Buf = HostBuffer;

    fn buffer(&mut self, r: BufferRef<'_>) -> Result<HostBuffer, String> {
        match r {
            BufferRef::Tensor(name) => self
                .0
                .by_name
                .get(name)
                .map(|&v| HostBuffer::Value(v))
                .ok_or_else(|| format!("tensor {name:?} is not in the plan")),
            BufferRef::Scratch { name, ty, len } => {
                let next = self.0.scratch_index.len();
                let index = *self.0.scratch_index.entry(name.to_string()).or_insert(next);
                if index == next {
                    self.0.scratch.push(Slot::empty());
                }
                Ok(HostBuffer::Scratch { index, ty, len })
            }
            BufferRef::Workspace { name, .. } => Err(format!("workspace {name:?} is GPU only")),
        }
    }
}

/// A CPU op's output while the op writes it: the value, its data so far and the images just final.
struct HotOutput<'d> {
    value: ValueId,
    data: &'d [f32],
    images: Range<usize>,
}

impl HotOutput<'_> {
    /// The argument of an image range parameter (`first`, `end`) of a range-reducing kernel.
    fn image_bound(&self, param: &str) -> Option<i64> {
        let bound = match param {
            "first" => self.images.start,
            "end" => self.images.end,
            _ => return None,
        };
        i64::try_from(bound).ok()
    }
}

/// The reductions of a step ([`Launch::reductions`]), called image by image as its CPU op writes
/// output `value`, their written buffers lent for the whole step.
struct HotCalls<'e, 'a, 'k> {
    exec: &'e ReplicaExecutor<'a>,
    calls: &'k [BoundCall],
    lent: &'e mut [Vec<(&'k HostBuffer, Slot)>],
    module: &'e HostModule,
    value: ValueId,
}

impl HotCalls<'_, '_, '_> {
    /// Runs `op` into `y`, and every reduction over each range of images the op hands over, in
    /// order, then over the range still owed (see [`ImagesHandedOver::remaining`]).
    fn run(&mut self, op: &dyn CpuOp, args: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let mut images = ImagesHandedOver::new(args.out_shape.first().copied().unwrap_or(0));
        op.run_images(args, y, &mut |data, range| {
            images.record(&range)?;
            self.reduce(data, range)
        })?;
        match images.remaining()? {
            Some(range) => self.reduce(y, range),
            None => Ok(()),
        }
    }

    fn reduce(&mut self, data: &[f32], images: Range<usize>) -> Result<(), String> {
        let hot = HotOutput { value: self.value, data, images };
        for (k, written) in self.calls.iter().zip(self.lent.iter_mut()) {
            self.exec.call_with(k, written, self.module, Some(&hot))?;
        }
        Ok(())
    }
}
