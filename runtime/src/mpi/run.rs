//! One rank's run under MPI: the same execution plan as an in-process run of R = world-size replicas,
//! this rank's input shard, the replica executor with the MPI communicator, and the outputs gathered
//! on rank 0 in rank order and assembled exactly as an in-process run assembles them.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use syncbn_ir::{Typed, TypedGraph};

use super::comm::MpiComm;
use super::shard::{local_inputs, LocalInputs};
use super::world::MpiWorld;
use crate::comm::{CommError, Communicator, Scope};
use crate::cpu::ReplicaRun;
use crate::cpu_kernels::CpuKernels;
use crate::device::{DeviceKind, Job};
use crate::inputs::RandomInputs;
use crate::plan::ExecutionPlan;
use crate::run::{gather, load_initializers, replica_bindings, timings, RunOptions, RunResult};
use crate::RunError;
use syncbn_ir::shard::split_batch;

/// Runs this rank's replica of `lowered`. `options.replicas` must equal the world size and
/// `options.inputs` must be empty: the inputs are the `.npy` files `files` (input name to path), of
/// which this rank reads only its rows, or seeded random ones. Returns the run's result on rank 0 and
/// `None` on the other ranks. A failure on any rank fails every rank with an error naming it.
pub fn run_rank(
    world: &MpiWorld,
    lowered: &dyn Typed,
    options: &RunOptions,
    files: &BTreeMap<String, PathBuf>,
) -> Result<Option<RunResult>, RunError> {
    let (rank, ranks) = (world.rank(), world.size());
    check_options(options, ranks)?;
    let info = lowered.info()?;
    let lowered = TypedGraph { graph: lowered.graph(), info: &info };
    let group_size = options.group_size.unwrap_or(ranks);
    let t = Instant::now();
    let plan = ExecutionPlan::build_with(&lowered, ranks, group_size, options.hot_reductions)?;
    let shared = load_initializers(lowered.graph)?;
    let random = RandomInputs { batch: options.random_batch.unwrap_or(2 * ranks), seed: options.seed };
    let local = local_inputs(lowered.graph, files, random, rank, ranks)?;
    agree(world, &plan, &local)?;
    let compile_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let (engine, kernel_cache) = Engine::open(world, options, group_size, &lowered)?;
    let jit_ms = t.elapsed().as_secs_f64() * 1e3;
    let ranges = split_batch(local.batch, ranks);
    let bindings = replica_bindings(&local.global, local.batch_dim.as_deref(), &ranges);
    let job = Job {
        plan: &plan,
        shared: &shared,
        shards: vec![local.shards.iter().map(Vec::as_slice).collect()],
        bindings: vec![bindings[rank].clone()],
        steps: 1 + options.bench_steps,
        timeout: options.timeout,
        fault: options.fault,
        progress: options.progress && rank == 0,
        profile: None,
    };
    let comm = world.comm();
    let run = engine.execute(rank, &job, comm)?;
    let Some(runs) = super::gather::to_root(world, run)? else {
        return Ok(None);
    };
    let execution = crate::cpu::collect(runs.into_iter().map(Ok).collect(), comm)?;
    let outputs = gather(&plan, &bindings, &execution)?;
    let timings = timings(compile_ms, jit_ms, kernel_cache, &execution);
    Ok(Some(RunResult { outputs, timings, plan, global_batch: local.batch, profile: None }))
}

fn check_options(options: &RunOptions, ranks: usize) -> Result<(), RunError> {
    if options.replicas != ranks {
        return Err(RunError::Options {
            option: "replicas",
            message: format!(
                "is {}, but the MPI job has {ranks} ranks; under MPI each rank is one replica",
                options.replicas
            ),
        });
    }
    if !options.inputs.is_empty() {
        return Err(RunError::Options {
            option: "inputs",
            message: "under MPI inputs are read from files, each rank reading its shard".into(),
        });
    }
    Ok(())
}

/// What runs this rank's replica.
enum Engine {
    /// The host-native kernels and the MPI communicator.
    Cpu(Arc<CpuKernels>),
    /// This rank's GPU and its group's NCCL communicator.
    #[cfg(feature = "cuda")]
    Gpu(Box<dyn crate::device::Device>),
}

impl Engine {
    /// This rank's engine and what the kernel cache did for it.
    fn open(
        world: &MpiWorld,
        options: &RunOptions,
        group_size: usize,
        lowered: &dyn Typed,
    ) -> Result<(Engine, &'static str), RunError> {
        match options.device {
            DeviceKind::Cpu => {
                let kernels = Arc::new(CpuKernels::compile(lowered, &options.cache)?);
                let status = kernels.cache_status();
                Ok((Engine::Cpu(kernels), status))
            }
            #[cfg(feature = "cuda")]
            DeviceKind::Cuda => {
                let (device, status) = super::nccl::open(world, group_size, lowered, &options.cache)?;
                Ok((Engine::Gpu(device), status))
            }
            #[cfg(not(feature = "cuda"))]
            DeviceKind::Cuda => {
                let _ = (world, group_size, lowered);
                Err(RunError::DeviceUnavailable(
                    "this build has no CUDA support; rebuild with `--features mpi,cuda`".into(),
                ))
            }
            DeviceKind::PtxSim => Err(RunError::DeviceUnavailable(
                "--device ptx-sim runs its emulated GPUs in one process; use --comm local".into(),
            )),
        }
    }

    /// Runs every step of `job` (this rank's shard only) as replica `rank`.
    fn execute(&self, rank: usize, job: &Job<'_>, comm: &MpiComm) -> Result<ReplicaRun, RunError> {
        match self {
            Engine::Cpu(kernels) => crate::cpu::guarded_replica((rank, 0), job, kernels.as_ref(), comm, (None, None))
                .map_err(|(step, e)| {
                    let (replica, message) = comm.aborted_by().unwrap_or((rank, e.to_string()));
                    RunError::ReplicaFailed { replica, step, message }
                }),
            #[cfg(feature = "cuda")]
            Engine::Gpu(device) => {
                let mut ex = device.execute(job)?;
                let outputs = ex.outputs.pop().unwrap_or_default();
                Ok(ReplicaRun { outputs, step_times: ex.step_times, phases: ex.phases, slices: Vec::new() })
            }
        }
    }
}

/// Checks that every rank runs the same plan on the same global input shapes: a rank that read a
/// different model or a different file fails the run naming it.
fn agree(world: &MpiWorld, plan: &ExecutionPlan, local: &LocalInputs) -> Result<(), RunError> {
    let mut hasher = DefaultHasher::new();
    serde_json::to_string(plan).unwrap_or_default().hash(&mut hasher);
    local.global.hash(&mut hasher);
    let h = hasher.finish();
    let mine = [(h >> 32) as f64, (h & 0xffff_ffff) as f64];
    let fail = |e: CommError| RunError::ReplicaFailed { replica: world.rank(), step: 0, message: e.to_string() };
    let all = world.comm().all_gather(Scope::World, &mine).map_err(|e| match world.comm().aborted_by() {
        Some((replica, message)) => RunError::ReplicaFailed { replica, step: 0, message },
        None => fail(e),
    })?;
    match all.chunks_exact(2).position(|theirs| theirs != mine) {
        None => Ok(()),
        Some(other) => Err(RunError::Options {
            option: "model",
            message: format!(
                "rank {other} and rank {} differ in the execution plan or the global input shapes; every \
                 rank must run the same model on the same inputs",
                world.rank()
            ),
        }),
    }
}
