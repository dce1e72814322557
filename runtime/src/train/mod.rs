//! Training (`--train`): many steps of forward, loss, backward and SGD on R replicas, parameters,
//! momentum buffers and running statistics carried on each replica from step to step, checkpoints.
//!
//! Replicas in other processes or on GPUs keep their own copy of the trained initializers
//! ([`crate::executor::ReplicaExecutor::own_initializer`]) and update it with the all-reduced
//! gradients, as DDP does; the copies are compared bit for bit at the end ([`train`] fails if they
//! differ). The CPU threads of one process share one copy of the parameters whose gradients a
//! collective sums (`shared`): each updates the slice whose sum it computed, with the same bits
//! as R copies updated alike. The loss of a step is the global-batch loss:
//! each replica's loss value enters as [`LossScale`] says, summed over the replicas in fixed order.

mod buckets;
pub mod checkpoint;
mod cpu;
pub mod data;
mod gpu;
#[cfg(feature = "mpi")]
pub mod mpi;
mod replica;
pub mod sgd;
mod shared;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use syncbn_ir::{Graph, Typed, TypedGraph};

use crate::comm::LocalComm;
use crate::device::DeviceKind;
use crate::plan::{check_replicas, ExecutionPlan};
use crate::profile::Profile;
use crate::run::{load_initializers, Stats};
use crate::RunError;
pub use checkpoint::TrainState;
pub use data::Dataset;
pub use sgd::{LrSchedule, Sgd};

/// How a replica's loss value enters the loss of the global batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossScale {
    /// The loss is a sum over the shard's rows: divided by the global batch (and its upstream
    /// gradient is `1 / global batch`).
    ShardSum,
    /// The loss is the shard's mean: weighted by shard rows / global batch (and so is its upstream
    /// gradient).
    ShardMean,
    /// The loss is a sum over the whole batch: the replicas' losses add up (upstream gradient 1).
    GlobalSum,
}

/// What a label weighs in the divisor of a [`LossScale::ShardSum`] loss: its class weight (1
/// without weights), 0 for the ignored label. Without either, the divisor is the batch's rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelWeights {
    /// The constant initializer of class weights.
    pub weights: Option<String>,
    /// The label of rows the loss leaves out.
    pub ignore_index: Option<i64>,
}

/// What the training loop needs to know about a (lowered) training graph, by tensor name.
#[derive(Clone, Debug)]
pub struct TrainSpec {
    /// The scalar loss output.
    pub loss: String,
    /// How replicas' losses combine.
    pub scale: LossScale,
    /// The scalar input that takes the loss's upstream gradient.
    pub seed: String,
    /// The trained initializers; each has a gradient output `grad/<name>`.
    pub params: Vec<String>,
    /// (Updated running-statistic output, its initializer) pairs.
    pub stats: Vec<(String, String)>,
    /// How the labels weigh in the divisor of a [`LossScale::ShardSum`] loss.
    pub label_weights: LabelWeights,
}

/// What a step reports to the progress display.
#[derive(Clone, Copy, Debug)]
pub struct StepReport {
    /// Steps done (this one included).
    pub step: usize,
    /// Steps of the whole run.
    pub steps: usize,
    /// The step's global-batch loss.
    pub loss: f64,
    /// The step's learning rate.
    pub lr: f64,
    /// Time since the loop started.
    pub elapsed: Duration,
    /// Images per second so far.
    pub images_per_s: f64,
}

/// The progress callback: called by replica 0 after each step.
pub type ProgressFn = Arc<dyn Fn(&StepReport) + Send + Sync>;

/// How to train.
#[derive(Clone)]
pub struct TrainOptions {
    /// Replicas R.
    pub replicas: usize,
    /// Where the replicas run: CPU threads, emulated GPUs or CUDA GPUs.
    pub device: DeviceKind,
    /// Replicas per sync group (`None`: all).
    pub group_size: Option<usize>,
    /// Global batch per step.
    pub batch: usize,
    /// Steps of the whole run (the schedule's length); a resumed run continues up to it.
    pub steps: usize,
    /// Stop after this many steps (of `steps`, whose schedule still applies), to be resumed later.
    pub stop_after: Option<usize>,
    /// Seed of the per-epoch row permutation (`None`: rows in order).
    pub shuffle: Option<u64>,
    /// The optimizer.
    pub sgd: Sgd,
    /// Checkpoint file written at the end and every `save_every` steps.
    pub save: Option<PathBuf>,
    /// Steps between checkpoints.
    pub save_every: Option<usize>,
    /// Bound on every wait for other replicas.
    pub timeout: Duration,
    /// Called by replica 0 after each step.
    pub progress: Option<ProgressFn>,
    /// Where compiled host kernels are cached between processes (`--no-cache`: disabled).
    pub cache: syncbn_codegen::KernelCache,
    /// Record a profile of every step ([`TrainResult::profile`]): replicas of this process only.
    pub profile: bool,
    /// A test hook: the CPU replica that fails (or panics) at a step, at its first collective.
    pub fault: Option<crate::executor::Fault>,
}

/// What a training run produced.
#[derive(Clone, Debug)]
pub struct TrainResult {
    /// The global-batch loss of every step run (resumed runs: the steps after the checkpoint).
    pub losses: Vec<f64>,
    /// Step wall time.
    pub step_ms: Stats,
    /// Images per second over the loop.
    pub images_per_s: f64,
    /// Kernel JIT time, ms.
    pub jit_ms: f64,
    /// SGD update kernel calls per step and replica: one per parameter bucket (the parameters
    /// whose gradients one collective sums; the others form one more).
    pub update_calls: usize,
    /// The state after the last step (replica 0's, which every replica matches).
    pub state: TrainState,
    /// With [`TrainOptions::profile`]: every replica's slices (each step, its plan steps, the
    /// optimizer's update), and the plan whose steps they index.
    pub profile: Option<(Profile, ExecutionPlan)>,
}

/// Why training stopped early.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Stop {
    /// The loss of this step (from 0) is NaN or infinite.
    NonFinite { step: usize, loss: f64 },
    /// A replica failed.
    Failed { replica: usize, step: usize, message: String },
}

/// The state a fresh run starts from: every parameter and running statistic of `spec` with the
/// values of `lowered`'s initializers, step 0, no momentum buffers.
pub fn initial_state(lowered: &Graph, spec: &TrainSpec) -> Result<TrainState, RunError> {
    let shared = load_initializers(lowered)?;
    let mut state = TrainState::default();
    let names = spec.params.iter().chain(spec.stats.iter().map(|(_, init)| init));
    for name in names {
        let index = initializer_index(lowered, name)?;
        let init = &lowered.initializers[index];
        let values = shared.initializers[index]
            .clone()
            .ok_or_else(|| RunError::unsupported(name, "a trained initializer must be f32"))?;
        state.tensors.insert(name.clone(), (init.shape.iter().map(|&d| d as usize).collect(), values));
    }
    Ok(state)
}

pub(crate) fn initializer_index(graph: &Graph, name: &str) -> Result<usize, RunError> {
    (graph.initializers.iter().position(|i| i.name == name))
        .ok_or_else(|| RunError::unsupported(name, "not an initializer of the training graph"))
}

/// What every replica of a training run shares: the plan, the initializers and the training
/// graph's tensors.
pub(crate) struct Setup {
    plan: ExecutionPlan,
    shared: crate::executor::SharedData,
    bound: replica::Bound,
    jit_ms: f64,
}

impl Setup {
    /// Checks the options and builds the plan of `options.replicas` replicas.
    pub(crate) fn new(
        lowered: &dyn Typed,
        spec: &TrainSpec,
        data: &Dataset,
        state: &TrainState,
        options: &TrainOptions,
    ) -> Result<Self, RunError> {
        let group_size = options.group_size.unwrap_or(options.replicas);
        check_replicas(options.replicas, group_size)?;
        check_options(options, data, state)?;
        let plan = ExecutionPlan::build(lowered, options.replicas, group_size)?;
        let shared = load_initializers(lowered.graph())?;
        let bound = replica::Bound::new(lowered.graph(), &plan, spec)?;
        Ok(Setup { plan, shared, bound, jit_ms: 0.0 })
    }

    /// The host kernels of `lowered` and the optimizer's, timed as the run's JIT.
    pub(crate) fn cpu_kernels(
        &mut self,
        lowered: &dyn Typed,
        options: &TrainOptions,
    ) -> Result<crate::cpu_kernels::CpuKernels, RunError> {
        let t = Instant::now();
        let kernels = crate::cpu_kernels::CpuKernels::compile_with(lowered, &[options.sgd.kernel()], &options.cache)?;
        self.jit_ms = t.elapsed().as_secs_f64() * 1e3;
        Ok(kernels)
    }

    fn job<'a>(&'a self, data: &'a Dataset, options: &'a TrainOptions, start: &'a TrainState) -> replica::Job<'a> {
        let profile = options.profile.then(Instant::now);
        replica::Job { plan: &self.plan, shared: &self.shared, bound: &self.bound, data, options, start, profile }
    }

    fn result(&self, first: replica::Outcome, profile: Option<Profile>) -> Result<TrainResult, RunError> {
        let state = first.states.into_iter().next().ok_or_else(|| RunError::unsupported("train", "no replicas"))?;
        Ok(TrainResult {
            step_ms: crate::run::stats(first.step_times.iter().copied()),
            images_per_s: first.images_per_s,
            losses: first.losses,
            jit_ms: self.jit_ms,
            update_calls: self.bound.buckets.len(),
            state,
            profile: profile.map(|p| (p, self.plan.clone())),
        })
    }
}

/// Trains `lowered` (a lowered training graph described by `spec`) on `data` from `state` on
/// `options.replicas` replicas of `options.device`.
pub fn train(
    lowered: &dyn Typed,
    spec: &TrainSpec,
    data: &Dataset,
    state: TrainState,
    options: &TrainOptions,
) -> Result<TrainResult, RunError> {
    let info = lowered.info()?;
    let lowered = TypedGraph { graph: lowered.graph(), info: &info };
    let mut setup = Setup::new(&lowered, spec, data, &state, options)?;
    let group_size = options.group_size.unwrap_or(options.replicas);
    let mut outcomes = match options.device {
        DeviceKind::Cpu => train_cpu(&mut setup, &lowered, data, &state, options)?,
        DeviceKind::PtxSim | DeviceKind::Cuda => vec![train_gpu(&mut setup, &lowered, data, &state, options)?],
    };
    let states: Vec<&TrainState> = outcomes.iter().flat_map(|o| &o.states).collect();
    replica::check_identical(&states, spec, group_size)?;
    let profile = options
        .profile
        .then(|| Profile { replicas: outcomes.iter_mut().flat_map(|o| std::mem::take(&mut o.slices)).collect() });
    let first = outcomes.into_iter().next().ok_or_else(|| RunError::unsupported("train", "no replicas"))?;
    setup.result(first, profile)
}

/// The training loop on CPU replicas: one thread each, the loss and the gradients summed through
/// the in-process communicator.
fn train_cpu(
    setup: &mut Setup,
    lowered: &dyn Typed,
    data: &Dataset,
    state: &TrainState,
    options: &TrainOptions,
) -> Result<Vec<replica::Outcome>, RunError> {
    let kernels = setup.cpu_kernels(lowered, options)?;
    let group_size = options.group_size.unwrap_or(options.replicas);
    let comm = LocalComm::new(options.replicas, group_size, options.timeout);
    let job = setup.job(data, options, state);
    let shared = shared::SharedParams::new(&job);
    let results: Vec<Result<replica::Outcome, Stop>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..options.replicas)
            .map(|r| {
                let (comm, job, kernels, shared) = (&comm, &job, &kernels, &shared);
                std::thread::Builder::new()
                    .name(format!("replica-{r}"))
                    .spawn_scoped(s, move || job.guarded(r, kernels, comm, Some(shared)))
            })
            .collect();
        (handles.into_iter().enumerate())
            .map(|(r, h)| match h {
                Ok(h) => h.join().unwrap_or_else(|p| {
                    Err(Stop::Failed { replica: r, step: 0, message: crate::cpu::panic_message(p.as_ref()) })
                }),
                Err(e) => Err(Stop::Failed { replica: r, step: 0, message: format!("cannot start thread: {e}") }),
            })
            .collect()
    });
    replica::collect(results, Some(&comm), options)
}

/// The training loop on GPUs (emulated or CUDA), one per replica, driven by this thread: the
/// graph's PTX with the optimizer's kernels, the state kept on the GPUs from step to step.
fn train_gpu(
    setup: &mut Setup,
    lowered: &dyn Typed,
    data: &Dataset,
    state: &TrainState,
    options: &TrainOptions,
) -> Result<replica::Outcome, RunError> {
    let t = Instant::now();
    let extra = gpu::extra_kernels(options.sgd.kernel());
    let (device, _) = match options.device {
        DeviceKind::Cuda => crate::cuda::gpu_device(options.replicas, lowered, &extra, &options.cache)?,
        _ => crate::ptx_sim::gpu_device(options.replicas, lowered, &extra, &options.cache)?,
    };
    setup.jit_ms = t.elapsed().as_secs_f64() * 1e3;
    let job = setup.job(data, options, state);
    let bindings: Vec<_> = (0..options.replicas).map(|r| job.bindings(r)).collect();
    let session = crate::gpu_device::GpuSession::open(&device, job.plan, job.shared, None, &bindings, options.timeout)?;
    let has_momentum = options.sgd.momentum != 0.0;
    let failed = |(replica, message)| RunError::ReplicaFailed { replica, step: state.step, message };
    let mut gpus = gpu::GpuReplicas::new(session, job.bound, state, has_momentum).map_err(failed)?;
    let result = job.drive(&mut gpus, None);
    if result.is_err() {
        gpus.abort();
    }
    let mut outcomes = replica::collect(vec![result], None, options)?;
    outcomes.pop().ok_or_else(|| RunError::unsupported("train", "no replicas"))
}

fn check_options(options: &TrainOptions, data: &Dataset, state: &TrainState) -> Result<(), RunError> {
    let bad = |option: &'static str, message: String| Err(RunError::Options { option, message });
    if !(options.sgd.lr >= 0.0 && options.sgd.lr.is_finite()) {
        return bad("lr", format!("--lr {} is not a finite rate >= 0", options.sgd.lr));
    }
    if !(0.0..1.0 + f64::EPSILON).contains(&options.sgd.momentum) {
        return bad("momentum", format!("--momentum {} is not in [0, 1]", options.sgd.momentum));
    }
    if options.sgd.nesterov && options.sgd.momentum == 0.0 {
        return bad("nesterov", "--nesterov needs --momentum > 0".into());
    }
    if options.batch == 0 || options.batch > data.rows {
        return bad("batch", format!("--batch {} does not fit the data's {} rows", options.batch, data.rows));
    }
    if state.step > options.steps {
        return bad(
            "steps",
            format!("the checkpoint is at step {}, past the run's {} steps", state.step, options.steps),
        );
    }
    Ok(())
}
