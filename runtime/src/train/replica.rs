//! One replica's training loop: feed its rows of each step, run the plan, combine the loss,
//! update its own parameters with the all-reduced gradients, carry the running statistics, and
//! (replica 0) report progress and write checkpoints.

use std::time::{Duration, Instant};

use syncbn_ir::Graph;

use super::checkpoint::{self, TrainState};
use super::data::{epoch_order, Dataset};
use super::sgd::sgd_update;
use super::{initializer_index, LossScale, StepReport, Stop, TrainOptions, TrainSpec};
use crate::comm::{Communicator, Scope};
use crate::cpu_kernels::CpuKernels;
use crate::executor::{PhaseTimes, ReplicaError, ReplicaExecutor, SharedData};
use crate::inputs::batch_axes;
use crate::plan::{ExecutionPlan, ValueId};
use crate::size::Bindings;
use crate::RunError;
use syncbn_ir::shard::split_batch;

/// The training graph's tensors, found in the plan and the initializer list.
pub(super) struct Bound {
    loss: ValueId,
    scale: LossScale,
    seed: usize,
    /// (name, initializer index, gradient value) per parameter.
    params: Vec<(String, usize, ValueId)>,
    /// (initializer name, initializer index, updated value) per running statistic.
    stats: Vec<(String, usize, ValueId)>,
    batch_dim: Option<String>,
    inputs: usize,
    /// Class weights of the labels (empty: 1 each) and the ignored label, for the divisor.
    class_weights: Vec<f32>,
    ignore_index: Option<f32>,
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
        let params = (spec.params.iter())
            .map(|p| Ok((p.clone(), initializer_index(lowered, p)?, value(&syncbn_ir::grad::grad_name(p))?)))
            .collect::<Result<_, RunError>>()?;
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
        })
    }
}

/// Everything the replicas share.
pub(super) struct Job<'a> {
    pub plan: &'a ExecutionPlan,
    pub shared: &'a SharedData,
    pub bound: &'a Bound,
    pub data: &'a Dataset,
    pub options: &'a TrainOptions,
    pub start: &'a TrainState,
}

/// What one replica ends with.
pub(super) struct Outcome {
    pub losses: Vec<f64>,
    pub step_times: Vec<Duration>,
    pub images_per_s: f64,
    pub state: TrainState,
}

impl Job<'_> {
    /// Runs replica `r`; an error or a panic aborts every replica.
    pub(super) fn guarded(&self, r: usize, kernels: &CpuKernels, comm: &dyn Communicator) -> Result<Outcome, Stop> {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run(r, kernels, comm)))
            .unwrap_or_else(|p| {
                Err(Stop::Failed { step: 0, message: format!("panicked: {}", crate::cpu::panic_message(p.as_ref())) })
            });
        if let Err(Stop::Failed { message, .. }) = &result {
            comm.abort(r, message);
        }
        result
    }

    fn run(&self, r: usize, kernels: &CpuKernels, comm: &dyn Communicator) -> Result<Outcome, Stop> {
        let o = self.options;
        let shard = split_batch(o.batch, self.plan.replicas)[r].clone();
        let mut bindings = Bindings::new();
        if let Some(d) = &self.bound.batch_dim {
            bindings.insert(d.clone(), shard.len() as u64);
        }
        let setup = |m: String| Stop::Failed { step: self.start.step, message: m };
        let empty: Vec<&[f32]> = vec![&[]; self.bound.inputs];
        let mut ex = ReplicaExecutor::new(self.plan, self.shared, empty, bindings).map_err(setup)?;
        let mut momentum: Vec<Vec<f32>> = Vec::with_capacity(self.bound.params.len());
        for (name, index, _) in self.bound.params.iter().chain(&self.bound.stats) {
            if let Some((_, values)) = self.start.tensors.get(name) {
                *ex.own_initializer(*index) = values.clone();
            }
        }
        for (name, index, _) in &self.bound.params {
            let len = ex.own_initializer(*index).len();
            momentum.push(self.start.momentum.get(name).cloned().unwrap_or_else(|| vec![0.0; len]));
        }
        let per_epoch = self.data.steps_per_epoch(o.batch);
        let mut out =
            Outcome { losses: Vec::new(), step_times: Vec::new(), images_per_s: 0.0, state: TrainState::default() };
        let started = Instant::now();
        let mut order = (usize::MAX, Vec::new());
        let end = o.stop_after.map_or(o.steps, |k| k.min(o.steps));
        for step in self.start.step..end {
            let t = Instant::now();
            let fail = |m: String| Stop::Failed { step, message: m };
            let epoch = step / per_epoch;
            if order.0 != epoch {
                order = (epoch, epoch_order(self.data.rows, o.shuffle, epoch));
            }
            let first = (step % per_epoch) * o.batch;
            let batch = &order.1[first..first + o.batch];
            let rows = &batch[shard.clone()];
            self.feed(&mut ex, rows).map_err(|e| fail(e.to_string()))?;
            let weight = self.loss_weight(shard.len(), batch);
            *ex.own_input(self.bound.seed) = vec![weight as f32];
            let mut phases = PhaseTimes::default();
            ex.run_step(r, step, kernels, comm, None, &mut phases).map_err(|e| fail(e.to_string()))?;
            let loss = self.global_loss(&ex, r, weight, comm).map_err(|e| fail(e.to_string()))?;
            if !loss.is_finite() {
                return Err(Stop::NonFinite { step, loss });
            }
            let lr = o.sgd.lr_at(step, o.steps);
            let s = o.sgd.step(lr);
            let first_step = self.start.momentum.is_empty() && step == self.start.step;
            for ((_, index, grad), buf) in self.bound.params.iter().zip(&mut momentum) {
                let buf: &mut [f32] = if s.has_momentum { buf } else { &mut [] };
                let module = kernels.module();
                ex.update_initializer(*index, *grad, |p, g| sgd_update(module, p, g, buf, first_step, s))
                    .map_err(fail)?
                    .map_err(fail)?;
            }
            for (_, index, updated) in &self.bound.stats {
                ex.update_initializer(*index, *updated, |p, v| p.copy_from_slice(v)).map_err(fail)?;
            }
            out.losses.push(loss);
            out.step_times.push(t.elapsed());
            let done = step + 1;
            if r == 0 {
                let elapsed = started.elapsed();
                let images = (out.losses.len() * o.batch) as f64 / elapsed.as_secs_f64().max(1e-9);
                if let Some(progress) = &o.progress {
                    progress(&StepReport { step: done, steps: o.steps, loss, lr, elapsed, images_per_s: images });
                }
                let due = o.save_every.is_some_and(|k| k > 0 && done % k == 0) || done == end;
                if let (Some(path), true) = (&o.save, due) {
                    checkpoint::save(&self.state(&mut ex, &momentum, done, s.has_momentum), path)
                        .map_err(|e| fail(e.to_string()))?;
                }
            }
        }
        let total = started.elapsed().as_secs_f64().max(1e-9);
        out.images_per_s = (out.losses.len() * o.batch) as f64 / total;
        out.state = self.state(&mut ex, &momentum, end.max(self.start.step), o.sgd.momentum != 0.0);
        Ok(out)
    }

    /// Copies this replica's rows of the step into its inputs.
    fn feed(&self, ex: &mut ReplicaExecutor<'_>, rows: &[usize]) -> Result<(), RunError> {
        for input in &self.data.inputs {
            input.gather(rows, ex.own_input(input.input))?;
        }
        if let Some((index, labels)) = &self.data.labels {
            let own = ex.own_input(*index);
            own.clear();
            own.extend(rows.iter().map(|&r| labels[r]));
        }
        Ok(())
    }

    /// The weight of this replica's loss (and its upstream gradient) in the global-batch loss of
    /// the step whose rows are `batch`, `local` of them this replica's.
    fn loss_weight(&self, local: usize, batch: &[usize]) -> f64 {
        let b = self.bound;
        match b.scale {
            LossScale::ShardMean => local as f64 / batch.len() as f64,
            LossScale::GlobalSum => 1.0,
            LossScale::ShardSum => match &self.data.labels {
                Some((_, labels)) if !b.class_weights.is_empty() || b.ignore_index.is_some() => {
                    let weigh = |l: f32| {
                        if Some(l) == b.ignore_index {
                            0.0
                        } else {
                            b.class_weights.get(l as usize).map_or(1.0, |&w| f64::from(w))
                        }
                    };
                    1.0 / batch.iter().map(|&r| weigh(labels[r])).sum::<f64>()
                }
                _ => 1.0 / batch.len() as f64,
            },
        }
    }

    /// This replica's loss times `weight`, summed over every replica in replica order.
    fn global_loss(
        &self,
        ex: &ReplicaExecutor<'_>,
        r: usize,
        weight: f64,
        comm: &dyn Communicator,
    ) -> Result<f64, ReplicaError> {
        let loss = ex.value_f32(self.bound.loss).map_err(ReplicaError::Failed)?;
        let mine = if weight == 0.0 { 0.0 } else { f64::from(loss.first().copied().unwrap_or(f32::NAN)) * weight };
        let mut sum = [mine];
        comm.all_reduce_sum(r, Scope::World, &mut sum).map_err(ReplicaError::Comm)?;
        Ok(sum[0])
    }

    /// This replica's state after `step` steps.
    fn state(
        &self,
        ex: &mut ReplicaExecutor<'_>,
        momentum: &[Vec<f32>],
        step: usize,
        has_momentum: bool,
    ) -> TrainState {
        let mut state = TrainState { step, ..TrainState::default() };
        for (name, index, _) in self.bound.params.iter().chain(&self.bound.stats) {
            let shape = self.start.tensors.get(name).map(|t| t.0.clone()).unwrap_or_default();
            state.tensors.insert(name.clone(), (shape, ex.own_initializer(*index).clone()));
        }
        if has_momentum && step > 0 {
            for ((name, _, _), buf) in self.bound.params.iter().zip(momentum) {
                state.momentum.insert(name.clone(), buf.clone());
            }
        }
        state
    }
}

/// The replicas' outcomes, or the first failure: a non-finite loss, or the replica that failed first.
pub(super) fn collect(
    results: Vec<Result<Outcome, Stop>>,
    comm: &dyn Communicator,
    options: &TrainOptions,
) -> Result<Vec<Outcome>, RunError> {
    if let Some((replica, message)) = comm.aborted_by() {
        let step = match results.get(replica) {
            Some(Err(Stop::Failed { step, .. })) => *step,
            _ => 0,
        };
        return Err(RunError::ReplicaFailed { replica, step, message });
    }
    let mut outcomes = Vec::with_capacity(results.len());
    for (replica, result) in results.into_iter().enumerate() {
        match result {
            Ok(o) => outcomes.push(o),
            Err(Stop::NonFinite { step, loss }) => {
                return Err(RunError::NonFiniteLoss { step: step + 1, loss, checkpoint: options.save.clone() })
            }
            Err(Stop::Failed { step, message }) => return Err(RunError::ReplicaFailed { replica, step, message }),
        }
    }
    Ok(outcomes)
}

/// Checks that every replica holds the same parameters and momentum buffers, and every replica of
/// a sync group the same running statistics, bit for bit.
pub(super) fn check_identical(outcomes: &[Outcome], spec: &TrainSpec, group_size: usize) -> Result<(), RunError> {
    let same = |a: &[f32], b: &[f32]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits());
    let group_size = group_size.max(1);
    for (r, o) in outcomes.iter().enumerate().skip(1) {
        let mismatch = |what: String, first: usize| RunError::GroupMismatch {
            output: what,
            group: r / group_size,
            first,
            other: r,
        };
        for name in &spec.params {
            if !same(&o.state.tensors[name].1, &outcomes[0].state.tensors[name].1) {
                return Err(mismatch(name.clone(), 0));
            }
            if let (Some(a), Some(b)) = (o.state.momentum.get(name), outcomes[0].state.momentum.get(name)) {
                if !same(a, b) {
                    return Err(mismatch(format!("{}{name}", checkpoint::MOMENTUM_PREFIX), 0));
                }
            }
        }
        let base = r - r % group_size;
        for (_, init) in &spec.stats {
            if !same(&o.state.tensors[init].1, &outcomes[base].state.tensors[init].1) {
                return Err(mismatch(init.clone(), base));
            }
        }
    }
    Ok(())
}
