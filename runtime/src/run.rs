//! The run API: plan a lowered graph, feed the global batch to R replicas, gather the outputs.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ndarray::{ArrayD, IxDyn};
use serde::Serialize;
use syncbn_codegen::KernelCache;
use syncbn_ir::data::initializer_values;
use syncbn_ir::{DType, Graph, Limits, Typed, TypedGraph};

use crate::device::{Device, DeviceKind, Execution, Job};
use crate::executor::{Fault, SharedData};
use crate::inputs::{prepare, GlobalInputs, RandomInputs};
use crate::outputs::NamedOutput;
use crate::plan::{check_replicas, ExecutionPlan, OutputKind};
use crate::profile::Profile;
use crate::size::{Bindings, SizeExpr};
use crate::RunError;
use syncbn_ir::shard::split_batch;

/// How to run a lowered graph.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Number of replicas R (at least 1).
    pub replicas: usize,
    /// Replicas per sync group; `None` means all replicas form one group.
    pub group_size: Option<usize>,
    /// Where the replicas run.
    pub device: DeviceKind,
    /// Global-batch inputs by name. Empty: seeded random inputs of [`RunOptions::random_batch`] rows.
    pub inputs: BTreeMap<String, ArrayD<f32>>,
    /// Global batch of generated inputs; `None` means 2 rows per replica.
    pub random_batch: Option<usize>,
    /// Seed of generated inputs.
    pub seed: u64,
    /// Rows of the global batch each replica takes, in replica order; `None` splits as evenly as
    /// possible (earlier replicas take the remainder). One entry per replica, summing to the batch.
    pub shard_rows: Option<Vec<usize>>,
    /// Timed steps after the real one (`--bench K`).
    pub bench_steps: usize,
    /// Bound on any wait for other replicas.
    pub timeout: Duration,
    /// Print a progress line to stderr while stepping.
    pub progress: bool,
    /// Test hook: make one replica fail at one step.
    pub fault: Option<Fault>,
    /// Where compiled host kernels are cached between processes (`--no-cache`: disabled).
    pub cache: KernelCache,
    /// Record a profile of every step (CPU replicas, or GPUs through timing marks on their streams):
    /// [`RunResult::profile`].
    pub profile: bool,
    /// Run per-channel reductions of a CPU op's output inside the op's step, image by image while
    /// each image is in cache (bit-identical to separate steps; see
    /// [`crate::plan::Launch::reductions`]).
    pub hot_reductions: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            replicas: 1,
            group_size: None,
            device: DeviceKind::Cpu,
            inputs: BTreeMap::new(),
            random_batch: None,
            seed: 0,
            shard_rows: None,
            bench_steps: 0,
            timeout: Duration::from_secs(300),
            progress: false,
            fault: None,
            cache: KernelCache::from_env(),
            profile: false,
            hot_reductions: true,
        }
    }
}

/// Median, minimum and maximum of a series of times, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Median.
    pub median: f64,
    /// Minimum.
    pub min: f64,
    /// Maximum.
    pub max: f64,
}

/// Where the time of a run went.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timings {
    /// Planning (the execution plan and memory planning), ms.
    pub compile_ms: f64,
    /// Kernel JIT compilation or module loading, ms.
    pub jit_ms: f64,
    /// What the persistent kernel cache did for the host code or the PTX: `"hit"`, `"miss"`, `"off"`
    /// or `"unwritable"`.
    pub kernel_cache: &'static str,
    /// Steps timed: the bench steps, or the real step when there are none.
    pub steps: usize,
    /// Step wall time over the timed steps.
    pub step_ms: Stats,
    /// Per step, the slowest replica's kernel time.
    pub execute_ms: Stats,
    /// Per step, the slowest replica's time in collectives (waiting included).
    pub collectives_ms: Stats,
}

/// What a run produced.
#[derive(Clone, Debug)]
pub struct RunResult {
    /// Graph outputs in graph order, from the first step.
    pub outputs: Vec<NamedOutput>,
    /// Timings.
    pub timings: Timings,
    /// The plan that ran.
    pub plan: ExecutionPlan,
    /// The global batch of the run (rows of the batch dimension).
    pub global_batch: usize,
    /// With [`RunOptions::profile`]: every replica's timed slices.
    pub profile: Option<Profile>,
}

impl RunResult {
    /// The output called `name`.
    pub fn output(&self, name: &str) -> Option<&ArrayD<f32>> {
        self.outputs.iter().find(|o| o.name == name).map(|o| &o.array)
    }
}

/// Runs a lowered graph on `options.replicas` replicas of `options.device`.
/// `lowered`'s facts are read, not inferred again, when it has them (a lowering's).
pub fn run(lowered: &dyn Typed, options: &RunOptions) -> Result<RunResult, RunError> {
    let info = lowered.info()?;
    let lowered = TypedGraph { graph: lowered.graph(), info: &info };
    let group_size = options.group_size.unwrap_or(options.replicas);
    check_replicas(options.replicas, group_size)?;
    let t = Instant::now();
    let plan = ExecutionPlan::build_with(&lowered, options.replicas, group_size, options.hot_reductions)?;
    let shared = load_initializers(lowered.graph)?;
    let random = RandomInputs { batch: options.random_batch.unwrap_or(2 * options.replicas), seed: options.seed };
    let globals = prepare(lowered.graph, &options.inputs, random)?;
    let compile_ms = ms(t.elapsed());
    let t = Instant::now();
    let (device, kernel_cache) = open_device(options, &lowered)?;
    let jit_ms = ms(t.elapsed());
    let ranges = batch_ranges(&globals, options)?;
    let (shards, bindings, global_batch) = split(&globals, &ranges);
    let job = Job {
        plan: &plan,
        shared: &shared,
        shards,
        bindings,
        steps: 1 + options.bench_steps,
        timeout: options.timeout,
        fault: options.fault,
        progress: options.progress,
        profile: options.profile.then(Instant::now),
    };
    let mut execution = device.execute(&job)?;
    let outputs = gather(&plan, &job.bindings, &execution)?;
    let timings = timings(compile_ms, jit_ms, kernel_cache, &execution);
    Ok(RunResult { outputs, timings, plan, global_batch, profile: execution.profile.take() })
}

/// Opens the device the options ask for.
/// The device the run executes on and what the kernel cache did for it.
fn open_device(options: &RunOptions, lowered: &dyn Typed) -> Result<(Box<dyn Device>, &'static str), RunError> {
    match options.device {
        DeviceKind::Cpu => {
            let kernels = Arc::new(crate::cpu_kernels::CpuKernels::compile(lowered, &options.cache)?);
            let status = kernels.cache_status();
            Ok((Box::new(crate::cpu::CpuDevice::new(kernels)), status))
        }
        DeviceKind::Cuda => crate::cuda::open(options.replicas, lowered, &options.cache),
        DeviceKind::PtxSim => crate::ptx_sim::open(options.replicas, lowered, &options.cache),
    }
}

/// Initializer values as f32 (read through `syncbn_ir::data` with its default limits); other
/// dtypes are left out, as no kernel reads them.
pub(crate) fn load_initializers(graph: &Graph) -> Result<SharedData, RunError> {
    let limits = Limits::default();
    let initializers = (graph.initializers.iter())
        .map(|init| match init.dtype {
            DType::F32 => {
                initializer_values(graph, init, &limits).map(|v| Some(v.into_iter().map(|x| x as f32).collect()))
            }
            _ => Ok(None),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SharedData { initializers })
}

/// The rows of the global batch each replica takes: `options.shard_rows` after checking it against
/// the replica count and the batch, else the even split.
fn batch_ranges(globals: &GlobalInputs, options: &RunOptions) -> Result<Vec<Range<usize>>, RunError> {
    let batch = globals.batch_dim.as_ref().and_then(|d| globals.bindings.get(d)).copied().unwrap_or(0) as usize;
    let Some(rows) = &options.shard_rows else { return Ok(split_batch(batch, options.replicas)) };
    if rows.len() != options.replicas || rows.iter().sum::<usize>() != batch {
        return Err(RunError::Options {
            option: "shard_rows",
            message: format!(
                "is {rows:?}; expected {} entries (one per replica) summing to the global batch {batch}",
                options.replicas
            ),
        });
    }
    let ranges = rows.iter().scan(0, |start, &n| {
        let range = *start..*start + n;
        *start += n;
        Some(range)
    });
    Ok(ranges.collect())
}

/// Per replica (one per range): its input shards and its bindings. Inputs whose axis 0 is the batch
/// are split; others go whole to every replica.
#[allow(clippy::type_complexity)]
fn split<'a>(globals: &'a GlobalInputs, ranges: &[Range<usize>]) -> (Vec<Vec<&'a [f32]>>, Vec<Bindings>, usize) {
    let batch = ranges.last().map_or(0, |r| r.end);
    let mut shards = vec![Vec::with_capacity(globals.arrays.len()); ranges.len()];
    for (array, &batched) in globals.arrays.iter().zip(&globals.batched) {
        let data = array.as_slice().unwrap_or_default();
        let row = array.shape().iter().skip(1).product::<usize>();
        for (r, range) in ranges.iter().enumerate() {
            shards[r].push(if batched { &data[range.start * row..range.end * row] } else { data });
        }
    }
    let bindings = replica_bindings(&globals.bindings, globals.batch_dim.as_deref(), ranges);
    (shards, bindings, batch)
}

/// Per replica, the global bindings with the batch dimension bound to the replica's shard length.
pub(crate) fn replica_bindings(global: &Bindings, batch_dim: Option<&str>, ranges: &[Range<usize>]) -> Vec<Bindings> {
    (ranges.iter())
        .map(|range| {
            let mut b = global.clone();
            if let Some(d) = batch_dim {
                b.insert(d.to_string(), range.len() as u64);
            }
            b
        })
        .collect()
}

/// Assembles graph outputs: batch outputs concatenated in replica order, per-group outputs
/// checked bit-identical within each group, world outputs on every replica.
pub(crate) fn gather(
    plan: &ExecutionPlan,
    bindings: &[Bindings],
    ex: &Execution,
) -> Result<Vec<NamedOutput>, RunError> {
    let mut outputs = Vec::with_capacity(plan.outputs.len());
    for (i, out) in plan.outputs.iter().enumerate() {
        let shape = &plan.values[out.value].ty.shape;
        let dims = |b: &Bindings| -> Vec<usize> {
            shape
                .iter()
                .map(|d| SizeExpr::of_shape(std::slice::from_ref(d)).and_then(|e| e.eval(b)).unwrap_or(0) as usize)
                .collect()
        };
        let (array_shape, data) = match out.kind {
            OutputKind::Batch => {
                let mut full = dims(&bindings[0]);
                full[0] = bindings.iter().map(|b| dims(b)[0]).sum();
                (full, ex.outputs.iter().flat_map(|r| r[i].iter().copied()).collect())
            }
            OutputKind::PerGroup => per_group(plan, &out.name, i, dims(&bindings[0]), ex)?,
            OutputKind::World => {
                let copies: Vec<&[f32]> = ex.outputs.iter().map(|r| r[i].as_slice()).collect();
                (dims(&bindings[0]), one_copy_per_group(&out.name, &copies, plan.replicas)?)
            }
        };
        let array = ArrayD::from_shape_vec(IxDyn(&array_shape), data)
            .map_err(|e| RunError::unsupported(&out.name, format!("output assembly: {e}")))?;
        outputs.push(NamedOutput { name: out.name.clone(), kind: out.kind, array });
    }
    Ok(outputs)
}

fn per_group(
    plan: &ExecutionPlan,
    name: &str,
    i: usize,
    shape: Vec<usize>,
    ex: &Execution,
) -> Result<(Vec<usize>, Vec<f32>), RunError> {
    let copies: Vec<&[f32]> = ex.outputs.iter().map(|r| r[i].as_slice()).collect();
    let data = one_copy_per_group(name, &copies, plan.group_size)?;
    let groups = plan.replicas / plan.group_size;
    let shape = if groups == 1 { shape } else { std::iter::once(groups).chain(shape).collect() };
    Ok((shape, data))
}

/// The first replica's copy of each group, concatenated, after checking that every replica of the
/// group holds the same bits.
fn one_copy_per_group(name: &str, copies: &[&[f32]], group_size: usize) -> Result<Vec<f32>, RunError> {
    let mut data = Vec::new();
    for (group, members) in copies.chunks(group_size.max(1)).enumerate() {
        let first = members[0];
        for (k, other) in members.iter().enumerate().skip(1) {
            let same = other.len() == first.len() && other.iter().zip(first).all(|(a, b)| a.to_bits() == b.to_bits());
            if !same {
                let base = group * group_size;
                return Err(RunError::GroupMismatch { output: name.to_string(), group, first: base, other: base + k });
            }
        }
        data.extend_from_slice(first);
    }
    Ok(data)
}

pub(crate) fn timings(compile_ms: f64, jit_ms: f64, kernel_cache: &'static str, ex: &Execution) -> Timings {
    // With bench steps, the real step (which warms caches) is left out of the statistics.
    let skip = usize::from(ex.step_times.len() > 1);
    let steps = &ex.step_times[skip..];
    let phases = &ex.phases[skip..];
    Timings {
        compile_ms,
        jit_ms,
        kernel_cache,
        steps: steps.len(),
        step_ms: stats(steps.iter().copied()),
        execute_ms: stats(phases.iter().map(|p| p.execute)),
        collectives_ms: stats(phases.iter().map(|p| p.collectives)),
    }
}

pub(crate) fn stats(times: impl Iterator<Item = Duration>) -> Stats {
    let mut v: Vec<f64> = times.map(ms).collect();
    if v.is_empty() {
        return Stats::default();
    }
    v.sort_by(f64::total_cmp);
    let median = if v.len() % 2 == 1 { v[v.len() / 2] } else { (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0 };
    Stats { median, min: v[0], max: v[v.len() - 1] }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_group_copies_must_be_bit_identical() {
        let (a, b, c) = ([1.0f32, 2.0], [1.0f32, 2.0], [1.0f32, 2.0000002]);
        assert_eq!(one_copy_per_group("m", &[&a, &b, &c, &c], 2).unwrap(), vec![1.0, 2.0, 1.0, 2.0000002]);
        let err = one_copy_per_group("m", &[&a, &b, &a, &c], 2).unwrap_err();
        assert!(matches!(err, RunError::GroupMismatch { group: 1, first: 2, other: 3, .. }), "{err:?}");
        assert_eq!(err.exit_code(), 1);
        // -0.0 and 0.0 compare equal as floats but not as bits.
        assert!(one_copy_per_group("m", &[&[0.0], &[-0.0]], 2).is_err());
    }

    #[test]
    fn stats_take_the_median() {
        let ms = |v: &[u64]| stats(v.iter().map(|&m| Duration::from_millis(m)));
        assert_eq!(ms(&[3, 1, 2]), Stats { median: 2.0, min: 1.0, max: 3.0 });
        assert_eq!(ms(&[4, 1, 2, 3]).median, 2.5);
        assert_eq!(ms(&[]), Stats::default());
    }
}
