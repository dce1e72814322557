//! Command-line errors and their exit codes: 2 for a bad model or bad arguments, 1 for a failure
//! while producing results.

use std::path::{Path, PathBuf};

use syncbn_codegen::CodegenError;
use syncbn_ir::IrError;
use syncbn_passes::PassError;
use syncbn_runtime::RunError;

/// Exit status of a bad model or bad arguments.
pub const USAGE: u8 = 2;
/// Exit status of a failure while compiling or running a valid model.
pub const FAILURE: u8 = 1;

/// Everything that stops `syncbn-compile`, as one message.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The model is unreadable, malformed or breaks a rule.
    #[error(transparent)]
    Model(#[from] IrError),
    /// Arguments that contradict each other or are out of range.
    #[error("{0}")]
    Usage(String),
    /// The SyncBN lowering refused the model or its options.
    #[error("{file}: {error}")]
    Lower {
        /// The model file.
        file: PathBuf,
        /// What the pass said (boxed: it is much larger than the other errors).
        error: Box<PassError>,
    },
    /// Kernel generation failed.
    #[error("{file}: code generation: {error}")]
    Codegen {
        /// The model file.
        file: PathBuf,
        /// What code generation said (boxed: it is much larger than the other errors).
        error: Box<CodegenError>,
    },
    /// The run refused its inputs or failed.
    #[error(transparent)]
    Run(#[from] RunError),
    /// An artifact could not be written.
    #[error("{path}: cannot write: {reason}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        reason: String,
    },
}

impl CliError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Model(_) | CliError::Usage(_) => USAGE,
            CliError::Lower { error, .. } => match error.as_ref() {
                PassError::Internal { .. } => FAILURE,
                _ => USAGE,
            },
            CliError::Codegen { .. } | CliError::Write { .. } => FAILURE,
            CliError::Run(e) => e.exit_code() as u8,
        }
    }

    /// A write error for `path`.
    pub fn write(path: impl Into<PathBuf>, e: std::io::Error) -> CliError {
        CliError::Write { path: path.into(), reason: e.to_string() }
    }

    /// A library error met while handling model `file`.
    pub fn from_library(error: crate::Error, file: &Path) -> CliError {
        match error {
            crate::Error::Invalid { what, expected } => CliError::Usage(format!("{what}: {expected}")),
            crate::Error::Model(e) => CliError::Model(e),
            crate::Error::Lower(error) => CliError::Lower { file: file.to_path_buf(), error: Box::new(error) },
            crate::Error::Codegen(error) => CliError::Codegen { file: file.to_path_buf(), error: Box::new(error) },
            crate::Error::Run(e) => CliError::Run(e),
            crate::Error::Write { path, reason } => CliError::Write { path, reason },
        }
    }
}

/// The message on one line: line breaks and other control characters become escapes.
pub fn one_line(message: &str) -> String {
    message
        .chars()
        .flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect()
}
