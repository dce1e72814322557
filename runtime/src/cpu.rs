//! The CPU device: one thread per replica running host-native kernels, in-process collectives.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::comm::{Communicator, LocalComm};
use crate::cpu_kernels::CpuKernels;
use crate::device::{Device, Execution, Job};
use crate::executor::{PhaseTimes, ReplicaError, ReplicaExecutor};
use crate::profile::{Part, Profile, Recorder, Slice};
use crate::summed_outputs::SummedOutputs;
use crate::team::Team;
use crate::RunError;

/// CPU replicas sharing one kernel set.
pub struct CpuDevice {
    kernels: Arc<CpuKernels>,
}

/// What one replica returns: its outputs after step 0 and its per-step times.
pub(crate) struct ReplicaRun {
    /// The plan's outputs (plan order), flattened.
    pub outputs: Vec<Vec<f32>>,
    /// Wall time of each step, barrier to barrier.
    pub step_times: Vec<Duration>,
    /// Time in each phase, per step.
    pub phases: Vec<PhaseTimes>,
    /// With `job.profile`: the timed slices of every step.
    pub slices: Vec<Slice>,
}

/// A replica's failure: the step and the error.
pub(crate) type ReplicaFailure = (usize, ReplicaError);

impl CpuDevice {
    /// A CPU device running `kernels`.
    pub fn new(kernels: Arc<CpuKernels>) -> Self {
        CpuDevice { kernels }
    }
}

impl Device for CpuDevice {
    fn describe(&self) -> String {
        "cpu: one thread per replica".into()
    }

    fn execute(&self, job: &Job<'_>) -> Result<Execution, RunError> {
        let replicas = job.plan.replicas;
        let comm = LocalComm::new(replicas, job.plan.group_size, job.timeout);
        let team = Team::of_run(replicas);
        let summed = SummedOutputs::new(job.plan);
        let results: Vec<Result<ReplicaRun, ReplicaFailure>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..replicas)
                .map(|r| {
                    let (comm, team, summed) = (&comm, team.clone(), Some(&summed));
                    let kernels = self.kernels.as_ref();
                    std::thread::Builder::new()
                        .name(format!("replica-{r}"))
                        .spawn_scoped(s, move || guarded_replica((r, r), job, kernels, comm, (team, summed)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| match h {
                    Ok(h) => h.join().unwrap_or_else(|p| Err((0, ReplicaError::Failed(panic_message(p.as_ref()))))),
                    Err(e) => Err((0, ReplicaError::Failed(format!("cannot start thread: {e}")))),
                })
                .collect()
        });
        collect(results, &comm)
    }
}

/// What the in-process replicas of a run share: the team for weight-bound products and the
/// parameter-gradient sums (`None` for replicas in other processes).
pub(crate) type Sharing<'a> = (Option<Arc<Team>>, Option<&'a SummedOutputs>);

/// Runs replica `r`, whose shards and bindings are `job`'s entry `local`, turning an error or a
/// panic into an abort of the whole run; with the in-process replicas' team for weight-bound
/// products and their shared parameter-gradient sums.
pub(crate) fn guarded_replica(
    (r, local): (usize, usize),
    job: &Job<'_>,
    kernels: &CpuKernels,
    comm: &dyn Communicator,
    sharing: Sharing<'_>,
) -> Result<ReplicaRun, ReplicaFailure> {
    let summed = sharing.1.filter(|s| s.is_active());
    let panicked = |step: usize, p: Box<dyn Any + Send>| {
        Err((step, ReplicaError::Failed(format!("panicked: {}", panic_message(&*p)))))
    };
    let made = catch_unwind(|| {
        ReplicaExecutor::new(job.plan, job.shared, job.shards[local].clone(), job.bindings[local].clone())
    });
    let (result, ex) = match made {
        Ok(Ok(mut ex)) => {
            let mut at = 0;
            let run =
                catch_unwind(AssertUnwindSafe(|| run_replica((r, &mut at), job, kernels, comm, (&mut ex, sharing))));
            (run.unwrap_or_else(|p| panicked(at, p)), Some(ex))
        }
        Ok(Err(m)) => (Err((0, ReplicaError::Failed(m))), None),
        Err(p) => (panicked(0, p), None),
    };
    if let Err((_, ReplicaError::Failed(m))) = &result {
        comm.abort(r, m);
    }
    if summed.is_some_and(|s| !s.leave(job.timeout)) {
        // Some replica never left: it might still read this one's payloads.
        std::mem::forget(ex);
    }
    result
}

/// Runs replica `r`'s steps, keeping in `at` the step it is at (for a panic's report).
fn run_replica(
    (r, at): (usize, &mut usize),
    job: &Job<'_>,
    kernels: &CpuKernels,
    comm: &dyn Communicator,
    (ex, (team, summed)): (&mut ReplicaExecutor<'_>, Sharing<'_>),
) -> Result<ReplicaRun, ReplicaFailure> {
    let summed = summed.filter(|s| s.is_active());
    if let Some(summed) = summed {
        summed.defer(r, ex, kernels);
    }
    if let Some(team) = team {
        let summed_in_first = ex.join_team(team, kernels);
        if let Some(summed) = summed {
            summed.summed_in_first(&summed_in_first);
        }
    }
    let mut run = ReplicaRun { outputs: Vec::new(), step_times: Vec::new(), phases: Vec::new(), slices: Vec::new() };
    let mut steps = job.profile.map(Recorder::new);
    for step in 0..job.steps {
        *at = step;
        let fail = |e: ReplicaError| (step, e);
        comm.barrier(r).map_err(|e| fail(ReplicaError::Comm(e)))?;
        let start = Instant::now();
        if let Some(epoch) = job.profile {
            ex.profile_step(epoch, step);
        }
        let mut phases = PhaseTimes::default();
        ex.run_step(r, step, kernels, comm, job.fault, &mut phases).map_err(fail)?;
        if let Some(summed) = summed {
            let t = Instant::now();
            comm.barrier(r).map_err(|e| fail(ReplicaError::Comm(e)))?;
            let record = |at: usize, start: Instant, bytes: (u64, u64)| ex.record_outside(at, start, bytes);
            summed.sum_own_slices(r, job.plan.replicas, record).map_err(|m| fail(ReplicaError::Failed(m)))?;
            phases.collectives += t.elapsed();
        }
        comm.barrier(r).map_err(|e| fail(ReplicaError::Comm(e)))?;
        run.step_times.push(start.elapsed());
        run.phases.push(phases);
        if let Some(recorder) = steps.as_mut() {
            recorder.set_step(step);
            recorder.record(Part::Step, start, (0, 0));
        }
        if step == 0 {
            run.outputs = job.plan.outputs.iter().map(|o| ex.read_f32(o.value)).collect();
            if let Some(summed) = summed {
                summed.read_outputs(job.plan, &mut run.outputs);
            }
        }
        if job.progress && r == 0 && job.steps > 1 {
            crate::console::stderr(&format!("\rstep {}/{}", step + 1, job.steps));
        }
    }
    if job.progress && r == 0 && job.steps > 1 {
        crate::console::stderr("\n");
    }
    run.slices = steps.map(Recorder::into_slices).unwrap_or_default();
    run.slices.extend(ex.take_profile());
    Ok(run)
}

/// Combines the replicas' results, or names the replica that failed first.
pub(crate) fn collect(
    results: Vec<Result<ReplicaRun, ReplicaFailure>>,
    comm: &dyn Communicator,
) -> Result<Execution, RunError> {
    if let Some((replica, message)) = comm.aborted_by() {
        let step = match &results.get(replica) {
            Some(Err((step, _))) => *step,
            _ => 0,
        };
        return Err(RunError::ReplicaFailed { replica, step, message });
    }
    let mut runs: Vec<ReplicaRun> = Vec::with_capacity(results.len());
    for (replica, r) in results.into_iter().enumerate() {
        runs.push(r.map_err(|(step, e)| RunError::ReplicaFailed { replica, step, message: e.to_string() })?);
    }
    let steps = runs.first().map_or(0, |r| r.step_times.len());
    let step_times = (0..steps).map(|s| runs.iter().map(|r| r.step_times[s]).max().unwrap_or_default()).collect();
    let phases = (0..steps)
        .map(|s| PhaseTimes {
            execute: runs.iter().map(|r| r.phases[s].execute).max().unwrap_or_default(),
            collectives: runs.iter().map(|r| r.phases[s].collectives).max().unwrap_or_default(),
        })
        .collect();
    let profile = runs
        .iter()
        .any(|r| !r.slices.is_empty())
        .then(|| Profile { replicas: runs.iter_mut().map(|r| std::mem::take(&mut r.slices)).collect() });
    Ok(Execution { outputs: runs.into_iter().map(|r| r.outputs).collect(), step_times, phases, profile })
}

/// The text of a panic payload.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-text payload".into()
    }
}
