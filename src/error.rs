//! The library's error type: every failure of the API, from a wrong argument to a failed run.

use std::path::PathBuf;

use syncbn_codegen::CodegenError;
use syncbn_ir::IrError;
use syncbn_passes::PassError;
use syncbn_runtime::RunError;

/// Everything the library API can fail with, as one message that says what was expected.
///
/// ```
/// use syncbn::ndarray::ArrayD;
/// let mut bn = syncbn::nn::BatchNorm2d::new(3);
/// let wrong = ArrayD::<f32>::zeros(vec![2, 3]);
/// let err: syncbn::Error = bn.forward(&[wrong.view()]).unwrap_err();
/// assert!(err.to_string().contains("expected rank 4"), "{err}");
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An argument of the API does not fit (shape, rank, channel count, shard count, option).
    #[error("{what}: {expected}")]
    Invalid {
        /// The argument (`shard 2`, `gamma`, `group_size`, ...).
        what: String,
        /// What is wrong and what was expected.
        expected: String,
    },
    /// A model is unreadable, malformed or breaks a rule.
    #[error(transparent)]
    Model(#[from] IrError),
    /// The SyncBN lowering or the differentiation refused the graph or its options.
    #[error(transparent)]
    Lower(#[from] PassError),
    /// Kernel generation failed.
    #[error("code generation: {0}")]
    Codegen(#[from] CodegenError),
    /// A run refused its inputs or failed.
    #[error(transparent)]
    Run(#[from] RunError),
    /// A file could not be written.
    #[error("{path}: cannot write: {reason}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        reason: String,
    },
}

impl Error {
    /// An [`Error::Invalid`] naming `what` and what was expected.
    pub(crate) fn invalid(what: impl Into<String>, expected: impl Into<String>) -> Self {
        Error::Invalid { what: what.into(), expected: expected.into() }
    }

    /// An [`Error::Write`] for `path`.
    pub(crate) fn write(path: &std::path::Path, e: std::io::Error) -> Self {
        Error::Write { path: path.to_path_buf(), reason: e.to_string() }
    }
}

/// The result type of the library API.
///
/// ```
/// fn input_rank(path: &str) -> syncbn::Result<usize> {
///     Ok(syncbn::Model::load(path)?.graph().inputs[0].shape.len())
/// }
/// assert_eq!(input_rank("examples/bn_only.json").unwrap(), 4);
/// assert!(input_rank("examples/missing.json").is_err());
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;
