//! The training loop, one for every device: a driver feeds its local replicas their rows of each
//! step, runs the plan, combines the loss, has every replica update its own parameters with the
//! all-reduced gradients and carry the running statistics, and (the driver of replica 0) reports
//! progress and writes checkpoints. The device is behind [`Replicas`].

use std::time::{Duration, Instant};

use crate::profile::{Part, Recorder, Slice};

use syncbn_ir::Graph;

use super::buckets::{buckets, Bucket, Layout};
use super::checkpoint::{self, TrainState};
use super::data::{epoch_order, Dataset};
use super::sgd::SgdStep;
use super::{initializer_index, LossScale, StepReport, Stop, TrainOptions, TrainSpec};
use crate::comm::{Communicator, Scope};
use crate::executor::SharedData;
use crate::inputs::batch_axes;
use crate::plan::{ExecutionPlan, ValueId};
use crate::size::Bindings;
use crate::RunError;
use syncbn_ir::shard::split_batch;

/// The training graph's tensors, found in the plan and the initializer list.
pub(super) struct Bound {
    pub(super) loss: ValueId,
    pub(super) scale: LossScale,
    pub(super) seed: usize,
    /// (name, initializer index, gradient value) per parameter.
    pub(super) params: Vec<(String, usize, ValueId)>,
    /// (initializer name, initializer index, updated value) per running statistic.
    pub(super) stats: Vec<(String, usize, ValueId)>,
    pub(super) batch_dim: Option<String>,
    pub(super) inputs: usize,
    /// Class weights of the labels (empty: 1 each) and the ignored label, for the divisor.
    pub(super) class_weights: Vec<f32>,
    pub(super) ignore_index: Option<f32>,
    /// The parameter buckets, each updated by one kernel call.
    pub(super) buckets: Vec<Bucket>,
    /// Per parameter, its bucket and its part there.
    pub(super) places: Vec<(usize, usize)>,
}

impl Bound {
    pub(super) fn new(lowered: &Graph, plan: &ExecutionPlan, spec: &TrainSpec) -> Result<Self, RunError> {
        let value = |name: &str| {
            (plan.values.iter().position(|v| v.name == name))
                .ok_or_else(|| RunError::unsupported(name, "the training graph has no such tensor"))
        };
        let input = |name: &str| {
            (lowered.inputs.iter().position(|i| i.name == name))
                .ok_or_else(|| RunError::unsupported(name, "the training graph has no such input"))
        };
        let params: Vec<(String, usize, ValueId)> = (spec.params.iter())
            .map(|p| Ok((p.clone(), initializer_index(lowered, p)?, value(&syncbn_ir::grad::grad_name(p))?)))
            .collect::<Result<_, RunError>>()?;
        let grads: Vec<ValueId> = params.iter().map(|p| p.2).collect();
        let Layout { buckets, places } = buckets(plan, &grads)?;
        let stats = (spec.stats.iter())
            .map(|(out, init)| Ok((init.clone(), initializer_index(lowered, init)?, value(out)?)))
            .collect::<Result<_, RunError>>()?;
        let class_weights = match &spec.label_weights.weights {
            Some(name) => {
                let index = initializer_index(lowered, name)?;
                let values = crate::run::load_initializers(lowered)?.initializers[index].clone();
                values.ok_or_else(|| RunError::unsupported(name, "class weights must be f32"))?
            }
            None => Vec::new(),
        };
        Ok(Bound {
            class_weights,
            ignore_index: spec.label_weights.ignore_index.map(|i| i as f32),
            loss: value(&spec.loss)?,
            scale: spec.scale,
            seed: input(&spec.seed)?,
            params,
            stats,
            batch_dim: batch_axes(lowered).0,
            inputs: lowered.inputs.len(),
            buckets,
            places,
        })
    }
}

/// The replicas one driver of the training loop steps on their device: one CPU replica (a thread,
/// or the replica of an MPI rank) or every GPU this process drives. Local replica `i` is global
/// replica `replicas()[i]`; errors name the global replica.
pub(super) trait Replicas {
    /// The global index of each local replica, in order.
    fn replicas(&self) -> Vec<usize>;
    /// Fills graph input `input` of local replica `local` for this step with `fill`.
    fn feed(&mut self, local: usize, input: usize, fill: &mut Fill<'_>) -> Result<(), String>;
    /// Runs the plan once on every local replica: forward, loss, backward and the collectives.
    fn run_step(&mut self, step: usize) -> Result<(), (usize, String)>;
    /// The loss value of local replica `local` after the step (the only read back per step).
    fn loss(&mut self, local: usize) -> Result<f32, String>;
    /// Updates every parameter of every local replica with its all-reduced gradient by one SGD
    /// step `s` (`first`: the momentum buffers start as the gradient) and carries the running
    /// statistics into their initializers.
    fn update(&mut self, s: SgdStep, first: bool) -> Result<(), (usize, String)>;
    /// Local replica `local`'s trained tensors.
    fn state(&mut self, local: usize) -> Result<ReplicaState, String>;
    /// Records every later step (a step slice and a slice per plan step) timed from `epoch`.
    fn start_profile(&mut self, epoch: Instant);
    /// The slices recorded since [`Self::start_profile`], one list per local replica in order.
    fn take_profile(&mut self) -> Vec<Vec<Slice>>;
}

/// A replica's trained tensors, in the order of [`Bound`].
pub(super) struct ReplicaState {
    /// The parameters, then the running statistics.
    pub tensors: Vec<Vec<f32>>,
    /// The parameters' momentum buffers (empty without momentum).
    pub momentum: Vec<Vec<f32>>,
}

/// What fills an input buffer with a step's data.
pub(super) type Fill<'f> = dyn FnMut(&mut Vec<f32>) -> Result<(), RunError> + 'f;

/// Everything the replicas share.
pub(super) struct Job<'a> {
    pub plan: &'a ExecutionPlan,
    pub shared: &'a SharedData,
    pub bound: &'a Bound,
    pub data: &'a Dataset,
    pub options: &'a TrainOptions,
    pub start: &'a TrainState,
    /// With `options.profile`: the time every replica's slices count from.
    pub profile: Option<Instant>,
}

/// What one driver ends with.
pub(super) struct Outcome {
    pub losses: Vec<f64>,
    pub step_times: Vec<Duration>,
    pub images_per_s: f64,
    /// The state of each local replica, in order.
    pub states: Vec<TrainState>,
    /// With a profile: the slices of each local replica, in order.
    pub slices: Vec<Vec<Slice>>,
}

impl<'a> Job<'a> {
    /// The bindings of replica `r`: the batch dimension bound to its rows of a batch.
    pub(super) fn bindings(&self, r: usize) -> Bindings {
        let mut bindings = Bindings::new();
        if let Some(d) = &self.bound.batch_dim {
            bindings.insert(d.clone(), split_batch(self.options.batch, self.plan.replicas)[r].len() as u64);
        }
        bindings
    }

    /// The training loop of the local replicas `reps`, their global-batch loss summed with the
    /// other drivers' over `comm` (this driver's member index beside it; `None`: the only driver).
    pub(super) fn drive(
        &self,
        reps: &mut dyn Replicas,
        comm: Option<(&dyn Communicator, usize)>,
    ) -> Result<Outcome, Stop> {
        let o = self.options;
        let replicas = reps.replicas();
        let shards = split_batch(o.batch, self.plan.replicas);
        let per_epoch = self.data.steps_per_epoch(o.batch);
        let mut out = Outcome {
            losses: Vec::new(),
            step_times: Vec::new(),
            images_per_s: 0.0,
            states: Vec::new(),
            slices: Vec::new(),
        };
        let mut updates = self.profile.map(Recorder::new);
        if let Some(epoch) = self.profile {
            reps.start_profile(epoch);
        }
        let started = Instant::now();
        let mut order = (usize::MAX, Vec::new());
        let end = o.stop_after.map_or(o.steps, |k| k.min(o.steps));
        let first_replica = replicas.first().copied().unwrap_or(0);
        for step in self.start.step..end {
            let t = Instant::now();
            let fail = |(replica, message): (usize, String)| Stop::Failed { replica, step, message };
            let epoch = step / per_epoch;
            if order.0 != epoch {
                order = (epoch, epoch_order(self.data.rows, o.shuffle, epoch));
            }
            let first = (step % per_epoch) * o.batch;
            let batch = &order.1[first..first + o.batch];
            let mut weights = Vec::with_capacity(replicas.len());
            for (local, &r) in replicas.iter().enumerate() {
                let rows = &batch[shards[r].clone()];
                self.feed(reps, local, rows).map_err(|m| fail((r, m)))?;
                let weight = self.loss_weight(rows.len(), batch);
                reps.feed(local, self.bound.seed, &mut |v| {
                    v.clear();
                    v.push(weight as f32);
                    Ok(())
                })
                .map_err(|m| fail((r, m)))?;
                weights.push(weight);
            }
            reps.run_step(step).map_err(fail)?;
            let loss = self.global_loss(reps, &replicas, &weights, comm).map_err(fail)?;
            if !loss.is_finite() {
                return Err(Stop::NonFinite { step, loss });
            }
            let lr = o.sgd.lr_at(step, o.steps);
            let s = o.sgd.step(lr);
            let first_step = self.start.momentum.is_empty() && step == self.start.step;
            let update_start = Instant::now();
            reps.update(s, first_step).map_err(fail)?;
            if let Some(recorder) = updates.as_mut() {
                recorder.set_step(step);
                recorder.record(Part::Update, update_start, (0, 0));
            }
            out.losses.push(loss);
            out.step_times.push(t.elapsed());
            let done = step + 1;
            if first_replica == 0 {
                let elapsed = started.elapsed();
                let images = (out.losses.len() * o.batch) as f64 / elapsed.as_secs_f64().max(1e-9);
                if let Some(progress) = &o.progress {
                    progress(&StepReport { step: done, steps: o.steps, loss, lr, elapsed, images_per_s: images });
                }
                let due = o.save_every.is_some_and(|k| k > 0 && done % k == 0) || done == end;
                if let (Some(path), true) = (&o.save, due) {
                    let state = self.state(reps, 0, done, s.has_momentum).map_err(|m| fail((0, m)))?;
                    checkpoint::save(&state, path).map_err(|e| fail((0, e.to_string())))?;
                }
            }
        }
        let total = started.elapsed().as_secs_f64().max(1e-9);
        out.images_per_s = (out.losses.len() * o.batch) as f64 / total;
        if let Some(updates) = updates {
            let updates = updates.into_slices();
            out.slices = reps.take_profile();
            out.slices.iter_mut().for_each(|track| track.extend(updates.iter().cloned()));
        }
        for (local, &r) in replicas.iter().enumerate() {
            let state = self.state(reps, local, end.max(self.start.step), o.sgd.momentum != 0.0);
            out.states.push(state.map_err(|message| Stop::Failed { replica: r, step: end, message })?);
        }
        Ok(out)
    }

    /// Feeds local replica `local` the step's rows `rows` of every data input and the labels.
    fn feed(&self, reps: &mut dyn Replicas, local: usize, rows: &[usize]) -> Result<(), String> {
        for input in &self.data.inputs {
            reps.feed(local, input.input, &mut |own| input.gather(rows, own))?;
        }
        if let Some(labels) = &self.data.labels {
            let per_row = labels.per_row;
            reps.feed(local, labels.input, &mut |own| {
                own.clear();
                own.extend(rows.iter().flat_map(|&r| &labels.classes[r * per_row..(r + 1) * per_row]));
                Ok(())
            })?;
        }
        Ok(())
    }

    /// The weight of a replica's loss (and its upstream gradient) in the global-batch loss of
    /// the step whose rows are `batch`, `local` of them the replica's.
    fn loss_weight(&self, local: usize, batch: &[usize]) -> f64 {
        let b = self.bound;
        match b.scale {
            LossScale::ShardMean => local as f64 / batch.len() as f64,
            LossScale::GlobalSum => 1.0,
            LossScale::ShardSum => match &self.data.labels {
                Some(labels) if !b.class_weights.is_empty() || b.ignore_index.is_some() => {
                    let weigh = |&l: &f32| {
                        if Some(l) == b.ignore_index {
                            0.0
                        } else {
                            b.class_weights.get(l as usize).map_or(1.0, |&w| f64::from(w))
                        }
                    };
                    let per_row = labels.per_row;
                    let row = |r: usize| labels.classes[r * per_row..(r + 1) * per_row].iter().map(weigh).sum::<f64>();
                    1.0 / batch.iter().map(|&r| row(r)).sum::<f64>()
                }
                Some(labels) => 1.0 / (batch.len() * labels.per_row) as f64,
                None => 1.0 / batch.len() as f64,
            },
        }
    }

    /// The local replicas' losses times their `weights`, added in replica order, then summed with
    /// the other drivers' in driver order.
    fn global_loss(
        &self,
        reps: &mut dyn Replicas,
        replicas: &[usize],
        weights: &[f64],
        comm: Option<(&dyn Communicator, usize)>,
    ) -> Result<f64, (usize, String)> {
        let mut sum: Option<f64> = None;
        for (local, (&r, &weight)) in replicas.iter().zip(weights).enumerate() {
            let loss = reps.loss(local).map_err(|m| (r, m))?;
            let mine = if weight == 0.0 { 0.0 } else { f64::from(loss) * weight };
            sum = Some(sum.map_or(mine, |s| s + mine));
        }
        let mut sum = [sum.unwrap_or(0.0)];
        if let Some((comm, member)) = comm {
            comm.all_reduce_sum(member, Scope::World, &mut sum).map_err(|e| (member, e.to_string()))?;
        }
        Ok(sum[0])
    }

    /// Local replica `local`'s state after `step` steps.
    fn state(
        &self,
        reps: &mut dyn Replicas,
        local: usize,
        step: usize,
        has_momentum: bool,
    ) -> Result<TrainState, String> {
        let ReplicaState { tensors, momentum } = reps.state(local)?;
        let mut state = TrainState { step, ..TrainState::default() };
        let names = self.bound.params.iter().chain(&self.bound.stats).map(|(name, _, _)| name);
        for (name, values) in names.zip(tensors) {
            let shape = self.start.tensors.get(name).map(|t| t.0.clone()).unwrap_or_default();
            state.tensors.insert(name.clone(), (shape, values));
        }
        if has_momentum && step > 0 {
            for ((name, _, _), buf) in self.bound.params.iter().zip(momentum) {
                state.momentum.insert(name.clone(), buf);
            }
        }
        Ok(state)
    }
}

/// The replicas' outcomes, or the first failure: a non-finite loss, or the replica that failed first.
pub(super) fn collect(
    results: Vec<Result<Outcome, Stop>>,
    comm: Option<&dyn Communicator>,
    options: &TrainOptions,
) -> Result<Vec<Outcome>, RunError> {
    if let Some((replica, message)) = comm.and_then(|c| c.aborted_by()) {
        let step = match results.get(replica) {
            Some(Err(Stop::Failed { step, .. })) => *step,
            _ => 0,
        };
        return Err(RunError::ReplicaFailed { replica, step, message });
    }
    let mut outcomes = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(o) => outcomes.push(o),
            Err(Stop::NonFinite { step, loss }) => {
                return Err(RunError::NonFiniteLoss { step: step + 1, loss, checkpoint: options.save.clone() })
            }
            Err(Stop::Failed { replica, step, message }) => {
                return Err(RunError::ReplicaFailed { replica, step, message })
            }
        }
    }
    Ok(outcomes)
}

/// Checks that every replica holds the same parameters and momentum buffers, and every replica of
/// a sync group the same running statistics, bit for bit.
pub(super) fn check_identical(states: &[&TrainState], spec: &TrainSpec, group_size: usize) -> Result<(), RunError> {
    let same = |a: &[f32], b: &[f32]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits());
    let group_size = group_size.max(1);
    for (r, o) in states.iter().enumerate().skip(1) {
        let mismatch = |what: String, first: usize| RunError::GroupMismatch {
            output: what,
            group: r / group_size,
            first,
            other: r,
        };
        for name in &spec.params {
            if !same(&o.tensors[name].1, &states[0].tensors[name].1) {
                return Err(mismatch(name.clone(), 0));
            }
            if let (Some(a), Some(b)) = (o.momentum.get(name), states[0].momentum.get(name)) {
                if !same(a, b) {
                    return Err(mismatch(format!("{}{name}", checkpoint::MOMENTUM_PREFIX), 0));
                }
            }
        }
        let base = r - r % group_size;
        for (_, init) in &spec.stats {
            if !same(&o.tensors[init].1, &states[base].tensors[init].1) {
                return Err(mismatch(init.clone(), base));
            }
        }
    }
    Ok(())
}
