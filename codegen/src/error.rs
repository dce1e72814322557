//! The error type of kernel generation, compilation, launching and the host-kernel API.

use thiserror::Error;

/// Everything that can go wrong while generating, compiling or running a kernel.
#[derive(Debug, Error)]
pub enum CodegenError {
    /// LLVM's IR builder refused an instruction (a bug in a kernel builder).
    #[error("LLVM IR builder error: {0}")]
    Builder(String),
    /// LLVM rejected a module, a pass pipeline, a target or a JIT request.
    #[error("LLVM error while {stage}: {message}")]
    Llvm {
        /// What was being done (`"verifying module"`, `"creating the NVPTX target machine"`, ...).
        stage: String,
        /// LLVM's message.
        message: String,
    },
    /// A buffer passed to a host kernel has the wrong length for the given dimensions.
    #[error("host kernel `{kernel}`, argument `{arg}`: expected {expected} elements, got {got}")]
    Length {
        /// The kernel called.
        kernel: String,
        /// The argument's name.
        arg: &'static str,
        /// The length the dimensions imply.
        expected: usize,
        /// The buffer's length.
        got: usize,
    },
    /// A host kernel called with a different number of arguments than it has parameters.
    #[error("host kernel `{kernel}` takes {expected} arguments ({params}), got {got}")]
    Arity {
        /// The kernel called.
        kernel: String,
        /// Its parameter count.
        expected: usize,
        /// Its parameter names, comma-separated.
        params: String,
        /// The arguments given.
        got: usize,
    },
    /// A host kernel argument of the wrong kind (a read-only buffer for an output, an integer for a
    /// float, a buffer of the wrong element type, ...).
    #[error("host kernel `{kernel}`, argument `{arg}`: expected {expected}")]
    Argument {
        /// The kernel called.
        kernel: String,
        /// The argument's name.
        arg: &'static str,
        /// What the parameter takes.
        expected: String,
    },
    /// Dimensions that are negative or whose product overflows the index type.
    #[error("kernel `{kernel}`: dimensions {dims:?} are negative or overflow a 64-bit element count")]
    Overflow {
        /// The kernel called.
        kernel: String,
        /// The dimensions given.
        dims: Vec<i64>,
    },
    /// An image range `first..end` of a range-reducing host kernel (see
    /// [`crate::KernelKind::reduces_image_range`]) that does not lie within the `n` images.
    #[error("host kernel `{kernel}`: image range {first}..{end} does not lie within 0..{n}")]
    ImageRange {
        /// The kernel called.
        kernel: String,
        /// The range's first image.
        first: i64,
        /// One past its last image.
        end: i64,
        /// The images of the tensors.
        n: i64,
    },
    /// A `--target` name that is not one of `cpu`, `sm_70` .. `sm_86`.
    #[error("unknown target `{0}`: expected `cpu` or one of sm_70, sm_72, sm_75, sm_80, sm_86")]
    UnknownTarget(String),
    /// A lowered node that cannot be turned into a kernel.
    #[error("node `{node}` ({op}): {message}")]
    Node {
        /// The node's name.
        node: String,
        /// Its op.
        op: String,
        /// What was expected.
        message: String,
    },
    /// A node on a GPU target whose op (or attributes) no generated GPU kernel covers.
    #[error("node `{node}` ({op}) has no GPU kernel for {target}")]
    NoGpuKernel {
        /// The node's name.
        node: String,
        /// Its op.
        op: String,
        /// The GPU target (`sm_80`, ...).
        target: String,
    },
    /// The lowered graph does not validate (shapes, dtypes, attributes).
    #[error("invalid lowered graph: {0}")]
    Ir(#[from] syncbn_ir::IrError),
    /// The SIMT emulator found a kernel error (barrier divergence, timeout, bad launch).
    #[error("SIMT emulator: {0}")]
    Simt(String),
    /// The PTX interpreter rejected a module or a launch faulted (see [`crate::PtxKernels`]).
    #[error("PTX interpreter: {0}")]
    Ptx(#[from] syncbn_ptx_interp::PtxError),
    /// `ptxas` could not be run, rejected a module or reported spills.
    #[error("ptxas: {0}")]
    Ptxas(String),
}

impl From<inkwell::builder::BuilderError> for CodegenError {
    fn from(e: inkwell::builder::BuilderError) -> Self {
        CodegenError::Builder(e.to_string())
    }
}

impl CodegenError {
    /// Wraps an LLVM message from `stage`.
    pub(crate) fn llvm(stage: &str, message: impl ToString) -> Self {
        CodegenError::Llvm { stage: stage.to_string(), message: message.to_string() }
    }
}

/// Results of this crate.
pub type Result<T> = std::result::Result<T, CodegenError>;
