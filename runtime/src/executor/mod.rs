//! The host executor: runs one replica's steps of a plan with a kernel set and a communicator.

mod collectives;
mod team;
mod trained;

use collectives::finish_before;

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
use crate::plan::{ExecutionPlan, Launch, Step, Storage, ValueId};
use crate::profile::{Part, Recorder, Slice};
use crate::shared_arena::SharedArena;
use crate::size::Bindings;
use crate::team::{Team, TeamCall};

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
    /// The team of in-process replicas this one computes weight-bound products with, and per plan
    /// step whether the step is one ([`Self::join_team`]).
    team: Option<(Arc<Team>, Vec<bool>)>,
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
            team: None,
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
                    let team = self.team.as_ref().filter(|(_, steps)| steps[plan_step]).map(|(team, _)| team.clone());
                    let team = team.as_deref().map(|team| team.call(comm, replica));
                    self.launch(plan_step, l, kernels, team).map_err(ReplicaError::Failed)?;
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
                    collectives_done += 1;
                    if self.deferred[plan_step] {
                        // Summed outside the plan, and profiled there (`train::shared`, `summed_outputs`).
                        continue;
                    }
                    let t = Instant::now();
                    let (summed, payload) = self.collective(plan_step, c, replica, comm)?;
                    times.collectives += t.elapsed();
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

    /// Records the work of plan step `plan_step` done outside the plan (a left-out collective's
    /// sum) from `start` to now, with the bytes it read and wrote, when profiling.
    pub(crate) fn record_outside(&mut self, plan_step: usize, start: Instant, bytes: (u64, u64)) {
        self.record(Part::Node { plan_step }, start, bytes);
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
            Storage::Buffer { buffer } => {
                if let Some(view) = self.views.as_ref().and_then(|w| w.read(id, len)) {
                    return view.map(Val::F32);
                }
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

    fn launch(
        &mut self,
        plan_step: usize,
        l: &Launch,
        kernels: &CpuKernels,
        team: Option<TeamCall<'_>>,
    ) -> Result<(), String> {
        let result = self.bound_calls(plan_step, l, kernels).and_then(|calls| {
            let module = kernels.module();
            let result = if l.reductions.is_empty() && !calls.is_empty() {
                self.call_kernels(&calls, module)
            } else {
                self.cpu_op(l, &calls, module, team)
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
    fn cpu_op(
        &mut self,
        l: &Launch,
        reductions: &[BoundCall],
        module: &HostModule,
        team: Option<TeamCall<'_>>,
    ) -> Result<(), String> {
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
                    team,
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
