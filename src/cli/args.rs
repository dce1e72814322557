//! The arguments of `syncbn-compile` (docs/architecture.md section 5), parsed by clap; every flag is parsed
//! and checked here, whether or not its feature is available yet.

use std::path::PathBuf;

use crate::Artifact;
use clap::{Parser, ValueEnum};
pub use syncbn_codegen::Target;
use syncbn_runtime::train::LrSchedule;

/// Compiles a per-replica model with training-mode BatchNorms into synchronized BatchNorm, and runs it.
#[derive(Clone, Debug, Parser)]
#[command(name = "syncbn-compile", version, about, max_term_width = 100)]
#[command(group = clap::ArgGroup::new("exec").args(["run", "train"]))]
pub struct Args {
    /// The model: a syncbn-ir JSON file or an ONNX `.onnx` file.
    pub model: PathBuf,

    /// Folder for the artifacts [default: `<model stem>.syncbn/` beside the model].
    // The brackets are clap's help style for defaults, not a rustdoc link.
    #[allow(rustdoc::broken_intra_doc_links)]
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Replicas (data-parallel workers) R.
    #[arg(long, value_name = "R", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub replicas: Option<u32>,

    /// Replicas per sync group G (consecutive groups; G must divide R) [default: all replicas].
    #[arg(long = "group-size", value_name = "G", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub group_size: Option<u32>,

    /// Largest parameter-gradient all-reduce bucket in MiB, as DDP's `bucket_cap_mb` (a larger
    /// gradient gets a bucket of its own; smaller buckets start their sums earlier in the backward) [default: 25].
    // The brackets are clap's help style for defaults, not a rustdoc link.
    #[allow(rustdoc::broken_intra_doc_links)]
    #[arg(long = "bucket-cap-mb", value_name = "MB", value_parser = parse_bucket_cap, allow_negative_numbers = true)]
    pub bucket_cap_bytes: Option<u64>,

    /// Code generation target: `cpu` (default) or a CUDA architecture `sm_70`, `sm_72`, `sm_75`, `sm_80`, `sm_86`.
    #[arg(long, value_name = "TARGET", value_parser = parse_target)]
    pub target: Option<Target>,

    /// Artifacts to write, comma-separated [default: graph,dot].
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub emit: Vec<Emit>,

    /// Leave this training BatchNorm node with local statistics, no all-reduce (repeatable; debugging).
    #[arg(long = "unsynchronized", value_name = "NODE")]
    pub unsynchronized: Vec<String>,

    /// Lower without fusing activations and residual Adds into normalizes, and run every node in a
    /// step of its own (no BatchNorm statistics inside the convolution's step) (debugging).
    #[arg(long = "no-fuse")]
    pub no_fuse: bool,

    /// Write the summary (and, with --run, timings) as JSON to this file.
    #[arg(long, value_name = "FILE.json")]
    pub report: Option<PathBuf>,

    /// Execute the compiled model on R replicas.
    #[arg(long)]
    pub run: bool,

    /// Device to run on.
    #[arg(long, value_name = "DEVICE", requires = "exec")]
    pub device: Option<Device>,

    /// A graph input's global batch: NAME=FILE.npy (repeatable).
    #[arg(long = "input", value_name = "NAME=FILE.npy", value_parser = parse_named_file, requires = "exec")]
    pub inputs: Vec<NamedFile>,

    /// Upstream gradient of a graph output for the global batch: NAME=FILE.npy (repeatable).
    #[arg(long = "grad-output", value_name = "NAME=FILE.npy", value_parser = parse_named_file, requires = "run")]
    pub grad_outputs: Vec<NamedFile>,

    /// Folder for the run's outputs.
    #[arg(long = "output-dir", value_name = "DIR", requires = "run")]
    pub output_dir: Option<PathBuf>,

    /// How the replicas communicate: `local` (threads of this process, the default) or `mpi` (one
    /// process per replica, launched by `mpirun -np R`; needs a build with `--features mpi`).
    #[arg(long, value_name = "COMM", requires = "exec")]
    pub comm: Option<Comm>,

    /// After the real step, K more timed steps.
    #[arg(long, value_name = "K", requires = "run", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub bench: Option<u32>,

    /// Seconds any wait for other replicas or GPUs may last before the run fails (a hung replica,
    /// kernel or collective ends the run instead of blocking it) [default: 300].
    #[arg(long, value_name = "SECONDS", requires = "run", value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub timeout: Option<u32>,

    /// Write every step as a Chrome trace-event file (open in Perfetto or chrome://tracing) and add
    /// per-node times and bytes to the report (`--run` and `--train`; the replicas of this process).
    #[arg(long, value_name = "FILE.json", requires = "run")]
    pub profile: Option<PathBuf>,

    /// Compile the host kernels without the persistent kernel cache (neither read nor written).
    #[arg(long = "no-cache", requires = "exec")]
    pub no_cache: bool,

    /// Initializer values from a safetensors file (a checkpoint or a `state_dict`), by name.
    #[arg(long, value_name = "CKPT.safetensors", requires = "exec")]
    pub weights: Option<PathBuf>,

    /// Train the model with SGD (docs/architecture.md section 5).
    #[arg(long, conflicts_with_all = ["run", "grad_outputs", "bench", "output_dir"])]
    pub train: bool,

    /// Loss to add: `cross-entropy` or `cross-entropy:OUTPUT` [default: the model's scalar output].
    #[arg(long, value_name = "LOSS", value_parser = parse_loss, requires = "train")]
    pub loss: Option<Loss>,

    /// Int64 class labels, one per row of the data (`[N]`), or one per pixel (`[N, H, W]`) for a
    /// segmentation network's `[N, K, H, W]` scores (with --loss cross-entropy).
    #[arg(long, value_name = "LABELS.npy", requires = "train")]
    pub labels: Option<PathBuf>,

    /// The label --loss cross-entropy leaves out (unlabelled pixels, often 255); the mean is over
    /// the global batch's other labels.
    #[arg(long = "ignore-index", value_name = "I", requires = "loss", allow_negative_numbers = true)]
    pub ignore_index: Option<i64>,

    /// Global batch per step (split over the replicas).
    #[arg(long, value_name = "B", requires = "train", value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: Option<u32>,

    /// Steps to train.
    #[arg(long, value_name = "S", requires = "train", conflicts_with = "epochs", value_parser = clap::value_parser!(u32).range(1..))]
    pub steps: Option<u32>,

    /// Stop after step K of the run (the schedule still spans all of it); continue with --resume.
    #[arg(long = "stop-after", value_name = "K", requires = "train", value_parser = clap::value_parser!(u32).range(1..))]
    pub stop_after: Option<u32>,

    /// Epochs to train (full batches per epoch; the last partial batch is dropped).
    #[arg(long, value_name = "E", requires = "train", value_parser = clap::value_parser!(u32).range(1..))]
    pub epochs: Option<u32>,

    /// Seed of a per-epoch permutation of the rows [default: rows in order].
    #[arg(long, value_name = "SEED", requires = "train")]
    pub shuffle: Option<u64>,

    /// Learning rate.
    #[arg(long, value_name = "LR", requires = "train", allow_negative_numbers = true)]
    pub lr: Option<f64>,

    /// SGD momentum (PyTorch's: the buffer starts as the first gradient, dampening 0).
    #[arg(long, value_name = "M", requires = "train", default_value_t = 0.0, allow_negative_numbers = true)]
    pub momentum: f64,

    /// Nesterov momentum.
    #[arg(long, requires = "train")]
    pub nesterov: bool,

    /// L2 weight decay added to the gradient.
    #[arg(
        long = "weight-decay",
        value_name = "WD",
        requires = "train",
        default_value_t = 0.0,
        allow_negative_numbers = true
    )]
    pub weight_decay: f64,

    /// Learning-rate schedule: constant, step:EVERY:GAMMA, cosine or poly:POWER.
    #[arg(long = "lr-schedule", value_name = "SCHEDULE", requires = "train", value_parser = parse_schedule)]
    pub lr_schedule: Option<LrSchedule>,

    /// Linear warm-up over the first W steps.
    #[arg(long, value_name = "W", requires = "train", default_value_t = 0)]
    pub warmup: u32,

    /// Write a checkpoint (safetensors) at the end and with --save-every.
    #[arg(long, value_name = "CKPT.safetensors", requires = "train")]
    pub save: Option<PathBuf>,

    /// Steps between checkpoints.
    #[arg(long = "save-every", value_name = "K", requires = "save", value_parser = clap::value_parser!(u32).range(1..))]
    pub save_every: Option<u32>,

    /// Continue from a checkpoint written by --save.
    #[arg(long, value_name = "CKPT.safetensors", requires = "train")]
    pub resume: Option<PathBuf>,

    /// No progress on stderr.
    #[arg(long, requires = "train")]
    pub quiet: bool,

    /// Steps between progress lines when stderr is not a terminal.
    #[arg(long = "log-every", value_name = "K", requires = "train", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub log_every: u32,
}

/// The loss `--loss` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loss {
    /// Softmax cross-entropy over the named `[N, K]` or `[N, K, d1, ..., dk]` output (`None`: the only one).
    CrossEntropy(Option<String>),
}

fn parse_loss(text: &str) -> Result<Loss, String> {
    match text.split_once(':') {
        None if text == "cross-entropy" => Ok(Loss::CrossEntropy(None)),
        Some(("cross-entropy", output)) if !output.is_empty() => Ok(Loss::CrossEntropy(Some(output.to_string()))),
        _ => Err(format!("{text:?} is not a loss; expected cross-entropy or cross-entropy:OUTPUT")),
    }
}

fn parse_schedule(text: &str) -> Result<LrSchedule, String> {
    let bad = || format!("{text:?} is not a schedule; expected constant, step:EVERY:GAMMA, cosine or poly:POWER");
    let number = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(bad);
    match text.split(':').collect::<Vec<_>>().as_slice() {
        ["constant"] => Ok(LrSchedule::Constant),
        ["cosine"] => Ok(LrSchedule::Cosine),
        ["step", every, gamma] => {
            let every = every.parse::<usize>().ok().filter(|&e| e > 0).ok_or_else(bad)?;
            Ok(LrSchedule::Step { every, gamma: number(gamma)? })
        }
        ["poly", power] => Ok(LrSchedule::Poly { power: number(power)? }),
        _ => Err(bad()),
    }
}

/// An artifact `--emit` can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Emit {
    /// `graph.json`, the (lowered) graph.
    Graph,
    /// `graph.dot`, the graph for Graphviz.
    Dot,
    /// `graph.svg` and `graph.before.svg`, the lowered and the input graph drawn without Graphviz.
    Svg,
    /// `kernels.ll`, the kernels' LLVM IR.
    Llvm,
    /// `kernels.ptx`, the kernels for NVIDIA GPUs.
    Ptx,
    /// `plan.json`, the execution plan.
    Plan,
}

impl Emit {
    /// The library artifact this asks for.
    pub fn artifact(self) -> Artifact {
        match self {
            Emit::Graph => Artifact::Graph,
            Emit::Dot => Artifact::Dot,
            Emit::Svg => Artifact::Svg,
            Emit::Llvm => Artifact::Llvm,
            Emit::Ptx => Artifact::Ptx,
            Emit::Plan => Artifact::Plan,
        }
    }
}

/// Where a run executes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Device {
    /// CPU replicas (threads).
    Cpu,
    /// CUDA devices.
    Cuda,
    /// Emulated GPUs: the CUDA path (PTX kernels, cuBLAS calls, NCCL all-reduces) with the PTX run
    /// by an interpreter, to check a model's GPU path without a GPU. Slow: use small inputs.
    PtxSim,
}

/// How the replicas of a run communicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Comm {
    /// Replicas are threads of this process.
    Local,
    /// Each replica is one MPI process (rank) of a job started by `mpirun`.
    Mpi,
}

/// A `NAME=FILE` pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedFile {
    /// The tensor name.
    pub name: String,
    /// The file.
    pub file: PathBuf,
}

/// A bucket cap in MiB (fractions allowed), in bytes.
fn parse_bucket_cap(text: &str) -> Result<u64, String> {
    let most = syncbn_passes::LowerOptions::MAX_BUCKET_CAP_MB;
    (text.parse::<f64>().ok().and_then(syncbn_passes::LowerOptions::bucket_cap_from_mb))
        .ok_or_else(|| format!("{text:?} is not a bucket size; expected a number of MiB above 0 and at most {most}"))
}

fn parse_target(text: &str) -> Result<Target, String> {
    text.parse::<Target>()
        .map_err(|_| format!("{text:?} is not a target; expected cpu, sm_70, sm_72, sm_75, sm_80 or sm_86"))
}

fn parse_named_file(text: &str) -> Result<NamedFile, String> {
    match text.split_once('=') {
        Some((name, file)) if !name.is_empty() && !file.is_empty() => {
            Ok(NamedFile { name: name.to_string(), file: PathBuf::from(file) })
        }
        _ => Err(format!("{text:?} is not NAME=FILE.npy")),
    }
}

impl Args {
    /// The artifacts to write: `--emit`, or graph and dot when it is absent; sorted, without repeats.
    pub fn emits(&self) -> Vec<Emit> {
        let mut emits = if self.emit.is_empty() { vec![Emit::Graph, Emit::Dot] } else { self.emit.clone() };
        emits.sort();
        emits.dedup();
        emits
    }

    /// Checks what clap cannot: the group size against the replica count, repeated tensor names.
    pub fn check(&self) -> Result<(), String> {
        if let (Some(g), r) = (self.group_size, self.replicas.unwrap_or(1)) {
            if g > r || r % g != 0 {
                return Err(format!("--group-size {g} does not divide --replicas {r}; expected a divisor of R"));
            }
        }
        for (flag, list) in [("--input", &self.inputs), ("--grad-output", &self.grad_outputs)] {
            let mut names: Vec<&str> = list.iter().map(|f| f.name.as_str()).collect();
            names.sort_unstable();
            if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
                return Err(format!("{flag} {} is given twice", w[0]));
            }
        }
        if self.train {
            self.check_train()?;
        }
        Ok(())
    }

    /// The flags `--train` needs, and their ranges.
    fn check_train(&self) -> Result<(), String> {
        if self.batch.is_none() {
            return Err("--train needs --batch B (the global batch per step)".into());
        }
        if self.steps.is_none() && self.epochs.is_none() {
            return Err("--train needs --steps S or --epochs E".into());
        }
        if self.inputs.is_empty() {
            return Err("--train needs the data: --input NAME=DATA.npy".into());
        }
        match self.lr {
            None => return Err("--train needs --lr LR".into()),
            Some(lr) if !(lr >= 0.0 && lr.is_finite()) => {
                return Err(format!("--lr {lr} is not a learning rate; expected a finite number >= 0"))
            }
            _ => {}
        }
        if !(0.0..=1.0).contains(&self.momentum) {
            return Err(format!("--momentum {} is out of range; expected a number in [0, 1]", self.momentum));
        }
        if self.nesterov && self.momentum == 0.0 {
            return Err("--nesterov needs --momentum > 0".into());
        }
        if !(self.weight_decay >= 0.0 && self.weight_decay.is_finite()) {
            return Err(format!("--weight-decay {} is out of range; expected a finite number >= 0", self.weight_decay));
        }
        match (&self.loss, &self.labels) {
            (Some(_), None) => Err("--loss cross-entropy needs --labels LABELS.npy".into()),
            _ => Ok(()),
        }
    }
}
