//! The host executor: runs one replica's steps of a plan with a kernel set and a communicator.

use std::time::{Duration, Instant};

use crate::comm::{CommError, Communicator};
use crate::cpu_ops::{OpArgs, Tensor};
use crate::kernels::{Dims, FinalizeArgs, FinalizeOut, GradInputs, KernelSet};
use crate::ops::{Act, Kernel};
use crate::plan::{Collective, ExecutionPlan, Launch, Step, Storage, ValueId};
use crate::profile::{Part, Recorder, Slice};
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

/// One replica's buffers, allocated once for its bindings and reused by every step.
pub struct ReplicaExecutor<'a> {
    plan: &'a ExecutionPlan,
    shared: &'a SharedData,
    inputs: Vec<&'a [f32]>,
    lens: Vec<usize>,
    /// Concrete shape of every value on this replica.
    shapes: Vec<Vec<usize>>,
    bindings: Bindings,
    slots: Vec<Slot>,
    payload: Vec<f64>,
    /// Per graph input, data this replica owns that replaces its shard (training batches).
    own_inputs: Vec<Option<Vec<f32>>>,
    /// Per initializer, this replica's own copy that replaces the shared value (trained state).
    own_initializers: Vec<Option<Vec<f32>>>,
    /// With `--profile`: the timed slices of every launch and collective.
    recorder: Option<Recorder>,
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
        Ok(ReplicaExecutor {
            plan,
            shared,
            inputs,
            lens,
            shapes,
            bindings,
            slots,
            payload,
            own_inputs,
            own_initializers,
            recorder: None,
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
        kernels: &dyn KernelSet,
        comm: &dyn Communicator,
        fault: Option<Fault>,
        times: &mut PhaseTimes,
    ) -> Result<(), ReplicaError> {
        let mut collectives_done = 0;
        for (plan_step, step) in self.plan.steps.iter().enumerate() {
            match step {
                Step::Launch(l) => {
                    let t = Instant::now();
                    self.launch(l, kernels).map_err(ReplicaError::Failed)?;
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
                    let summed = self.collective(c, replica, comm)?;
                    times.collectives += t.elapsed();
                    collectives_done += 1;
                    if let Some(r) = self.recorder.as_mut() {
                        let payload = 8 * c.payload_len;
                        r.record_until(Part::Wait { plan_step }, t, summed, (0, 0));
                        r.record(Part::Node { plan_step }, t, (payload, payload));
                    }
                }
            }
        }
        if collectives_done == 0 {
            inject(fault, replica, step_index)?;
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
    /// which every later step reads instead of the shared value.
    pub fn own_initializer(&mut self, index: usize) -> &mut Vec<f32> {
        let shared = self.shared.initializers.get(index).and_then(Option::as_deref).unwrap_or_default();
        self.own_initializers[index].get_or_insert_with(|| shared.to_vec())
    }

    /// Calls `update` with this replica's own copy of initializer `index` and the current value of
    /// tensor `from` (a gradient, an updated running statistic).
    pub fn update_initializer(
        &mut self,
        index: usize,
        from: ValueId,
        update: impl FnOnce(&mut [f32], &[f32]),
    ) -> Result<(), String> {
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
            Storage::Initializer { index } => (self.own_initializers.get(index).and_then(Option::as_deref))
                .or_else(|| self.shared.initializers.get(index).and_then(Option::as_deref))
                .map(Val::F32)
                .ok_or_else(|| format!("initializer {:?} is not f32 data", v.name)),
            Storage::Buffer { buffer } => Ok(match &self.slots[buffer] {
                Slot::F32(s) => Val::F32(&s[..len]),
                Slot::F64(s) => Val::F64(&s[..len]),
            }),
        }
    }

    fn buffer_of(&self, id: ValueId) -> usize {
        match self.plan.values[id].storage {
            Storage::Buffer { buffer } => buffer,
            _ => usize::MAX,
        }
    }

    fn launch(&mut self, l: &Launch, kernels: &dyn KernelSet) -> Result<(), String> {
        let mut outs: Vec<Slot> = l.outputs.iter().map(|&v| self.take(v)).collect();
        let result = self.dispatch(l, &mut outs, kernels);
        for (&v, slot) in l.outputs.iter().zip(outs) {
            let b = self.buffer_of(v);
            self.slots[b] = slot;
        }
        result.map_err(|m| format!("node {:?}: {m}", l.node))
    }

    fn take(&mut self, v: ValueId) -> Slot {
        let b = self.buffer_of(v);
        std::mem::replace(&mut self.slots[b], Slot::F32(Vec::new()))
    }

    fn input(&self, l: &Launch, i: usize) -> Result<Val<'_>, String> {
        let id = l.inputs.get(i).copied().flatten().ok_or_else(|| format!("input {i} is absent"))?;
        self.value(id)
    }

    fn dispatch(&self, l: &Launch, outs: &mut [Slot], k: &dyn KernelSet) -> Result<(), String> {
        let f32_in = |i: usize| self.input(l, i).and_then(Val::f32);
        let n = |i: usize| self.lens[l.outputs[i]];
        let dims = Dims {
            batch: l.launch.batch.eval(&self.bindings).unwrap_or(0) as usize,
            channels: l.launch.channels as usize,
            inner: l.launch.inner as usize,
        };
        let arity = || format!("kernel {:?} got {} outputs", l.kernel, l.outputs.len());
        match (&l.kernel, outs) {
            (Kernel::LocalMoments, [m]) => k.local_moments(f32_in(0)?, dims, m.f64_mut(n(0))?)?,
            (Kernel::BnFinalize { epsilon, momentum }, [p, rm, rv]) => {
                let args = FinalizeArgs {
                    moments: self.input(l, 0)?.f64()?,
                    scale: f32_in(1)?,
                    bias: f32_in(2)?,
                    running_mean: f32_in(3)?,
                    running_var: f32_in(4)?,
                    epsilon: *epsilon,
                    momentum: *momentum,
                };
                let out = FinalizeOut {
                    norm_params: p.f32_mut(n(0))?,
                    running_mean: rm.f32_mut(n(1))?,
                    running_var: rv.f32_mut(n(2))?,
                };
                k.bn_finalize(&args, out)?;
            }
            (Kernel::BnNormalize { activation, residual }, [y]) => {
                let res = if *residual { Some(f32_in(2)?) } else { None };
                k.bn_normalize(f32_in(0)?, f32_in(1)?, res, (*activation).into(), dims, y.f32_mut(n(0))?)?;
            }
            (Kernel::BnNormalizePair { activation }, [y]) => {
                let (x1, p1, x2, p2) = (f32_in(0)?, f32_in(1)?, f32_in(2)?, f32_in(3)?);
                k.bn_normalize_pair(x1, p1, x2, p2, (*activation).into(), dims, y.f32_mut(n(0))?)?;
            }
            (Kernel::ChannelAffine { activation }, [y]) => {
                let (x, mul, add) = (f32_in(0)?, f32_in(1)?, f32_in(2)?);
                k.channel_affine(x, mul, add, (*activation).into(), dims, y.f32_mut(n(0))?)?;
            }
            (Kernel::BnGradReduce { activation }, [sums]) => {
                k.bn_grad_reduce(&self.grad_inputs(l, *activation, 3)?, dims, sums.f64_mut(n(0))?)?
            }
            (Kernel::BnGradInput { activation }, [dx]) => {
                let g = self.grad_inputs(l, *activation, 4)?;
                k.bn_grad_input(&g, self.input(l, 3)?.f64()?, dims, dx.f32_mut(n(0))?)?
            }
            (Kernel::BnGradParams, [d_scale, d_bias]) => {
                let sums = self.input(l, 0)?.f64()?;
                k.bn_grad_params(sums, f32_in(1)?, d_scale.f32_mut(n(0))?, d_bias.f32_mut(n(1))?)?
            }
            (Kernel::Relu, [y]) => k.relu(f32_in(0)?, y.f32_mut(n(0))?)?,
            (Kernel::Add, [y]) => k.add(f32_in(0)?, f32_in(1)?, y.f32_mut(n(0))?)?,
            (Kernel::Cpu { name, attrs }, [y]) => {
                let op = crate::cpu_ops::find(name).ok_or_else(|| format!("op {name:?} is not in the CPU op table"))?;
                let args = OpArgs { attrs, inputs: self.cpu_inputs(l)?, out_shape: &self.shapes[l.outputs[0]] };
                op.run(&args, y.f32_mut(n(0))?)?;
            }
            _ => return Err(arity()),
        }
        Ok(())
    }

    /// `dY`, `X`, `norm_params` (inputs 0 to 2) and, with an activation, the mask source `Y`
    /// (input `y_index`) of a BatchNorm-backward launch.
    fn grad_inputs(&self, l: &Launch, act: Act, y_index: usize) -> Result<GradInputs<'_>, String> {
        let f32_in = |i: usize| self.input(l, i).and_then(Val::f32);
        let y = if act == Act::None { None } else { Some(f32_in(y_index)?) };
        Ok(GradInputs { dy: f32_in(0)?, x: f32_in(1)?, params: f32_in(2)?, y, act: act.into() })
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

    /// Runs collective `c`; when the group's sum became available (the end of the wait).
    fn collective(&mut self, c: &Collective, replica: usize, comm: &dyn Communicator) -> Result<Instant, ReplicaError> {
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
        Ok(summed.unwrap_or_else(Instant::now))
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

    fn f64(self) -> Result<&'a [f64], String> {
        match self {
            Val::F64(s) => Ok(s),
            Val::F32(_) => Err("expected an f64 tensor, found f32".into()),
        }
    }
}

impl Slot {
    fn f32_mut(&mut self, n: usize) -> Result<&mut [f32], String> {
        match self {
            Slot::F32(s) => Ok(&mut s[..n]),
            Slot::F64(_) => Err("expected an f32 output buffer".into()),
        }
    }

    fn f64_mut(&mut self, n: usize) -> Result<&mut [f64], String> {
        match self {
            Slot::F64(s) => Ok(&mut s[..n]),
            Slot::F32(_) => Err("expected an f64 output buffer".into()),
        }
    }
}
