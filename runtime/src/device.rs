//! The `Device` interface: something that executes a planned job on R replicas.

use std::time::{Duration, Instant};

use crate::executor::{Fault, PhaseTimes, SharedData};
use crate::plan::ExecutionPlan;
use crate::profile::Profile;
use crate::size::Bindings;
use crate::RunError;

/// Which kind of device runs the replicas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DeviceKind {
    /// One host thread per replica running the host-native kernels.
    #[default]
    Cpu,
    /// One CUDA device per replica (feature `cuda`).
    Cuda,
    /// One emulated GPU per replica: the CUDA path with the PTX under the PTX interpreter (slow).
    PtxSim,
}

impl std::str::FromStr for DeviceKind {
    type Err = RunError;

    fn from_str(s: &str) -> Result<Self, RunError> {
        match s {
            "cpu" => Ok(DeviceKind::Cpu),
            "cuda" => Ok(DeviceKind::Cuda),
            "ptx-sim" => Ok(DeviceKind::PtxSim),
            other => Err(RunError::Options {
                option: "device",
                message: format!("is {other:?}; expected \"cpu\", \"cuda\" or \"ptx-sim\""),
            }),
        }
    }
}

/// Everything a device needs to run the replicas: the plan, the shared constants and, per
/// replica, its input shards and the values of its named dimensions.
pub struct Job<'a> {
    /// The plan every replica follows.
    pub plan: &'a ExecutionPlan,
    /// Initializer data.
    pub shared: &'a SharedData,
    /// Per replica, its shard of each graph input (graph order).
    pub shards: Vec<Vec<&'a [f32]>>,
    /// Per replica, its dimension bindings.
    pub bindings: Vec<Bindings>,
    /// Steps to run: 1 real step plus the bench steps.
    pub steps: usize,
    /// Bound on every wait for other replicas.
    pub timeout: Duration,
    /// Test hook: a replica made to fail.
    pub fault: Option<Fault>,
    /// Print a progress line to stderr while stepping.
    pub progress: bool,
    /// With `--profile`: the run's epoch, from which every replica times its slices.
    pub profile: Option<Instant>,
}

/// What the replicas produced: outputs of the first step and per-step timings.
#[derive(Debug)]
pub struct Execution {
    /// Per replica, the plan's outputs (plan order) after step 0, flattened.
    pub outputs: Vec<Vec<Vec<f32>>>,
    /// Wall time of each step, from the barrier before it to the barrier after it.
    pub step_times: Vec<Duration>,
    /// Per step, the slowest replica's time in each phase.
    pub phases: Vec<PhaseTimes>,
    /// The replicas' slices when the job asked for a profile.
    pub profile: Option<Profile>,
}

/// A device kind that can execute jobs.
pub trait Device {
    /// A one-line description (`"cpu: 4 replica threads"`).
    fn describe(&self) -> String;
    /// Runs `job.steps` steps on every replica. A failing replica stops all of them, and the error
    /// names it.
    fn execute(&self, job: &Job<'_>) -> Result<Execution, RunError>;
}
