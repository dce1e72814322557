//! The arguments of `syncbn-compile` (DESIGN.md section 4), parsed by clap; every flag is parsed
//! and checked here, whether or not its feature is available yet.

use std::path::PathBuf;

use crate::Artifact;
use clap::{Parser, ValueEnum};
pub use syncbn_codegen::Target;

/// Compiles a per-replica model with training-mode BatchNorms into synchronized BatchNorm, and runs it.
#[derive(Clone, Debug, Parser)]
#[command(name = "syncbn-compile", version, about, max_term_width = 100)]
pub struct Args {
    /// The model: a syncbn-ir JSON file or an ONNX `.onnx` file.
    pub model: PathBuf,

    /// Folder for the artifacts [default: `<model stem>.syncbn/` beside the model].
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Replicas (data-parallel workers) R.
    #[arg(long, value_name = "R", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub replicas: Option<u32>,

    /// Replicas per sync group G (consecutive groups; G must divide R) [default: all replicas].
    #[arg(long = "group-size", value_name = "G", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub group_size: Option<u32>,

    /// Code generation target: `cpu` (default) or a CUDA architecture `sm_70`, `sm_72`, `sm_75`, `sm_80`, `sm_86`.
    #[arg(long, value_name = "TARGET", value_parser = parse_target)]
    pub target: Option<Target>,

    /// Artifacts to write, comma-separated [default: graph,dot].
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub emit: Vec<Emit>,

    /// Leave this training BatchNorm node with local statistics, no all-reduce (repeatable; debugging).
    #[arg(long = "unsynchronized", value_name = "NODE")]
    pub unsynchronized: Vec<String>,

    /// Lower without fusing activations and residual Adds into normalizes (debugging).
    #[arg(long = "no-fuse")]
    pub no_fuse: bool,

    /// Write the summary (and, with --run, timings) as JSON to this file.
    #[arg(long, value_name = "FILE.json")]
    pub report: Option<PathBuf>,

    /// Execute the compiled model on R replicas.
    #[arg(long)]
    pub run: bool,

    /// Device to run on.
    #[arg(long, value_name = "DEVICE", requires = "run")]
    pub device: Option<Device>,

    /// A graph input's global batch: NAME=FILE.npy (repeatable).
    #[arg(long = "input", value_name = "NAME=FILE.npy", value_parser = parse_named_file, requires = "run")]
    pub inputs: Vec<NamedFile>,

    /// Upstream gradient of a graph output for the global batch: NAME=FILE.npy (repeatable).
    #[arg(long = "grad-output", value_name = "NAME=FILE.npy", value_parser = parse_named_file, requires = "run")]
    pub grad_outputs: Vec<NamedFile>,

    /// Folder for the run's outputs.
    #[arg(long = "output-dir", value_name = "DIR", requires = "run")]
    pub output_dir: Option<PathBuf>,

    /// How the replicas communicate: `local` (threads of this process, the default) or `mpi` (one
    /// process per replica, launched by `mpirun -np R`; needs a build with `--features mpi`).
    #[arg(long, value_name = "COMM", requires = "run")]
    pub comm: Option<Comm>,

    /// After the real step, K more timed steps.
    #[arg(long, value_name = "K", requires = "run", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub bench: Option<u32>,

    /// Compile the host kernels without the persistent kernel cache (neither read nor written).
    #[arg(long = "no-cache", requires = "run")]
    pub no_cache: bool,
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
        Ok(())
    }
}
