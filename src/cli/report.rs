//! The machine-readable report of `--report FILE.json`: the model summary, the lowering's report,
//! compile-phase times and, after `--run`, the run's timings.

use serde::Serialize;
use syncbn_passes::{LowerReport, Lowered};
use syncbn_runtime::profile::ProfileSummary;
use syncbn_runtime::{Stats, Timings};

use super::summary::Summary;

/// Everything one invocation measured and counted.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The model as loaded.
    pub summary: Summary,
    /// What the SyncBN lowering did: layers synchronized, collectives and bytes per step, fusions.
    pub lowering: LowerReport,
    /// Wall time of the compile phases.
    pub phases: Phases,
    /// Timings of `--run`: `run.step_ms.{median,min,max}` and per-phase times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run: Option<RunSection>,
    /// With `--profile`: time, bytes and GB/s per node kind and per node over the timed steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileSummary>,
    /// What `--train` did: `train.loss` (one number per step), `train.images_per_s`, step times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train: Option<TrainSection>,
}

/// The train part of the report.
#[derive(Clone, Debug, Serialize)]
pub struct TrainSection {
    /// Replicas that trained.
    pub replicas: usize,
    /// Global batch per step.
    pub batch: usize,
    /// Steps of the whole run.
    pub steps: usize,
    /// Steps done before this invocation (a resumed run's checkpoint step).
    pub first_step: usize,
    /// The global-batch loss of every step this invocation ran.
    pub loss: Vec<f64>,
    /// Images per second over the loop.
    pub images_per_s: f64,
    /// Step wall time.
    pub step_ms: Stats,
    /// Kernel JIT time, ms.
    pub jit_ms: f64,
    /// SGD update kernel calls per step and replica (one per parameter bucket).
    pub update_calls: usize,
}

/// Phase times in milliseconds, each measured on its own.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Phases {
    /// Read and parse the model file (JSON or ONNX) and validate its structure.
    pub load_ms: f64,
    /// Check the initializers' data files (headers only) and infer every tensor's type.
    pub validate_ms: f64,
    /// Build the training or gradient graph if asked for, and lower for SyncBN.
    pub lower_ms: f64,
    /// Generate the kernels of `--emit llvm` / `--emit ptx` (0 when neither is asked for).
    pub codegen_ms: f64,
    /// Write the other artifacts.
    pub write_ms: f64,
    /// JIT-compile or load (kernel cache) the host kernels of `--run` / `--train` (0 without).
    pub jit_ms: f64,
    /// Everything before running: load, validate, lower, codegen and write together.
    pub compile_ms: f64,
}

/// The run part of the report.
#[derive(Clone, Debug, Serialize)]
pub struct RunSection {
    /// Replicas that ran.
    pub replicas: usize,
    /// Replicas per sync group.
    pub group_size: usize,
    /// Rows of the global batch.
    pub global_batch: usize,
    /// Where the time went.
    #[serde(flatten)]
    pub timings: Timings,
}

impl Report {
    /// A report of a compile, before any run.
    pub fn new(summary: Summary, lowered: &Lowered) -> Report {
        Report {
            summary,
            lowering: lowered.report.clone(),
            phases: Phases::default(),
            run: None,
            profile: None,
            train: None,
        }
    }

    /// The report as pretty JSON text.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}
