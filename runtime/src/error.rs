//! Errors of planning and running a graph, each with the exit-code class the CLI uses.

use std::path::PathBuf;

/// Why a run could not start or did not finish.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// A run option is out of range (`replicas = 0`, a group size that does not divide the replicas).
    #[error("bad run option {option}: {message}")]
    Options {
        /// The option (`replicas`, `group_size`, `device`, ...).
        option: &'static str,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A run input is missing, unknown, unreadable or of the wrong dtype or shape.
    #[error("{source_name}: {message}")]
    Input {
        /// The file, or `input "x"` when the array came from memory.
        source_name: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// The graph holds something the runtime cannot execute.
    #[error("node {node:?}: {message}")]
    Unsupported {
        /// The node name (or tensor name) at fault.
        node: String,
        /// What is not supported.
        message: String,
    },
    /// The model is invalid or its initializer data cannot be read.
    #[error(transparent)]
    Model(#[from] syncbn_ir::IrError),
    /// The requested device is not present (no driver, no GPU, too few GPUs).
    #[error("device unavailable: {0}")]
    DeviceUnavailable(String),
    /// A replica failed while running; the other replicas stopped because of it.
    #[error("replica {replica} failed at step {step}: {message}")]
    ReplicaFailed {
        /// Index of the replica that failed first.
        replica: usize,
        /// The step (0 is the real step, then the bench steps).
        step: usize,
        /// What went wrong.
        message: String,
    },
    /// A per-group output (running statistics) differs between replicas of one group.
    #[error("output {output:?}: replicas {first} and {other} of sync group {group} disagree")]
    GroupMismatch {
        /// The output name.
        output: String,
        /// The sync group.
        group: usize,
        /// The group's first replica.
        first: usize,
        /// A replica whose value differs.
        other: usize,
    },
    /// Training stopped: the loss of a step is NaN or infinite.
    #[error("the loss of step {step} is {loss}; training stopped{}", match checkpoint {
        Some(p) => format!(" (the last good checkpoint, if one was written, is {})", p.display()),
        None => String::new(),
    })]
    NonFiniteLoss {
        /// The step (from 1).
        step: usize,
        /// The loss.
        loss: f64,
        /// The checkpoint file of the run, if it writes one.
        checkpoint: Option<PathBuf>,
    },
    /// Kernel compilation (JIT, PTX loading) failed.
    #[error("kernel compilation failed: {0}")]
    Compile(String),
    /// Writing an output failed.
    #[error("{}: cannot write: {message}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS or encoder error.
        message: String,
    },
}

impl RunError {
    /// The process exit status for this error: 2 for bad input, options, model or a missing device;
    /// 1 for a failure while running.
    pub fn exit_code(&self) -> i32 {
        match self {
            RunError::Options { .. }
            | RunError::Input { .. }
            | RunError::Unsupported { .. }
            | RunError::Model(_)
            | RunError::DeviceUnavailable(_) => 2,
            RunError::ReplicaFailed { .. }
            | RunError::GroupMismatch { .. }
            | RunError::NonFiniteLoss { .. }
            | RunError::Compile(_)
            | RunError::Write { .. } => 1,
        }
    }

    /// A bad-input error about `source_name`.
    pub fn input(source_name: impl Into<String>, message: impl Into<String>) -> Self {
        RunError::Input { source_name: source_name.into(), message: message.into() }
    }

    /// An unsupported-graph error at `node`.
    pub fn unsupported(node: impl Into<String>, message: impl Into<String>) -> Self {
        RunError::Unsupported { node: node.into(), message: message.into() }
    }
}
