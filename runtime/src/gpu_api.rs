//! The interface between the GPU device ([`crate::gpu_device`]) and a GPU stack: driver (memory,
//! modules, launches, streams), cuBLAS and NCCL. Two implementations: cudarc on real GPUs (feature
//! `cuda`, `cuda_api`) and the emulator ([`crate::ptx_sim`]), which runs the same PTX under
//! the PTX interpreter. Everything above this interface is the code a real GPU run executes.

use std::time::Duration;

/// The element type of a device buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elem {
    /// `f32`.
    F32,
    /// `f64`.
    F64,
}

impl Elem {
    /// Bytes per element.
    pub fn bytes(self) -> usize {
        match self {
            Elem::F32 => 4,
            Elem::F64 => 8,
        }
    }
}

/// One kernel argument, as the device pushes it (its bytes are the value's little-endian bytes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KernelArg {
    /// A device pointer.
    Ptr(u64),
    /// A 64-bit integer.
    I64(i64),
    /// A 32-bit float.
    F32(f32),
    /// A 64-bit float.
    F64(f64),
}

impl KernelArg {
    /// The bytes `cuLaunchKernel` copies for this argument.
    pub fn bytes(&self) -> Vec<u8> {
        match *self {
            KernelArg::Ptr(p) => p.to_le_bytes().to_vec(),
            KernelArg::I64(v) => v.to_le_bytes().to_vec(),
            KernelArg::F32(v) => v.to_le_bytes().to_vec(),
            KernelArg::F64(v) => v.to_le_bytes().to_vec(),
        }
    }
}

/// One `cublasSgemm` (`batch == 1`) or `cublasSgemmStridedBatched` call in cuBLAS's column-major
/// terms: `C_i = alpha * op(A_i) op(B_i) + beta * C_i` with `op(A)` `m x k`, `op(B)` `k x n`, `C`
/// `m x n`, leading dimensions `lda`, `ldb`, `ldc` and batch strides in elements.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SgemmCall {
    /// `op(A) = A^T`.
    pub trans_a: bool,
    /// `op(B) = B^T`.
    pub trans_b: bool,
    /// Rows of `op(A)` and `C`.
    pub m: i32,
    /// Columns of `op(B)` and `C`.
    pub n: i32,
    /// The inner dimension.
    pub k: i32,
    /// Scale of the product.
    pub alpha: f32,
    /// `A`'s device address.
    pub a: u64,
    /// `A`'s leading dimension.
    pub lda: i32,
    /// Elements between consecutive `A_i`.
    pub stride_a: i64,
    /// `B`'s device address.
    pub b: u64,
    /// `B`'s leading dimension.
    pub ldb: i32,
    /// Elements between consecutive `B_i`.
    pub stride_b: i64,
    /// Scale of `C`'s old value (`C` is not read when 0).
    pub beta: f32,
    /// `C`'s device address.
    pub c: u64,
    /// `C`'s leading dimension.
    pub ldc: i32,
    /// Elements between consecutive `C_i`.
    pub stride_c: i64,
    /// Products in the batch.
    pub batch: i32,
}

/// One member's part of a grouped sum all-reduce (`ncclAllReduce` between `ncclGroupStart` and
/// `ncclGroupEnd`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReduceCall {
    /// The member's local GPU index.
    pub gpu: usize,
    /// Its send buffer.
    pub input: u64,
    /// Its receive buffer.
    pub output: u64,
    /// Where in the receive buffer the sum goes, in elements (a gradient's place in its bucket).
    pub output_offset: usize,
    /// Elements.
    pub count: usize,
    /// Element type.
    pub elem: Elem,
}

/// Which communicators a collective runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommScope {
    /// Each sync group's own communicator.
    Group,
    /// One communicator over every replica (parameter gradients with several sync groups).
    World,
}

/// One run's GPUs: a stream per GPU (work on it runs in issue order), its memory, modules, cuBLAS
/// handle and communicators. Errors are messages; the device adds the replica and step.
pub trait GpuApi {
    /// GPUs driven by this process.
    fn gpus(&self) -> usize;
    /// The global replica index of local GPU `gpu`.
    fn replica(&self, gpu: usize) -> usize;
    /// Loads PTX on `gpu` and looks up `kernels` in it.
    fn load_module(&mut self, gpu: usize, ptx: &str, kernels: &[&str]) -> Result<(), String>;
    /// A zeroed buffer of `len` elements (at least one).
    fn alloc_zeros(&mut self, gpu: usize, elem: Elem, len: usize) -> Result<u64, String>;
    /// A new buffer holding `data` (one zero when empty).
    fn upload(&mut self, gpu: usize, data: &[f32]) -> Result<u64, String>;
    /// Copies `data` into the first elements of the f32 buffer `ptr` (after the stream's earlier
    /// work): a training step's batch into its input buffers.
    fn write(&mut self, gpu: usize, ptr: u64, data: &[f32]) -> Result<(), String>;
    /// Copies `len` elements of buffer `ptr` to the host (after the stream's earlier work), as `f64`.
    fn download(&mut self, gpu: usize, ptr: u64, elem: Elem, len: usize) -> Result<Vec<f64>, String>;
    /// Enqueues kernel `kernel` on a 1-D `grid x block` launch.
    fn launch(&mut self, gpu: usize, kernel: &str, grid: u32, block: u32, args: &[KernelArg]) -> Result<(), String>;
    /// Enqueues one cuBLAS GEMM.
    fn sgemm(&mut self, gpu: usize, call: &SgemmCall) -> Result<(), String>;
    /// One grouped sum all-reduce over the communicators of `scope`; an error names the replica.
    fn all_reduce(&mut self, scope: CommScope, calls: &[ReduceCall]) -> Result<(), (usize, String)>;
    /// Whether `gpu`'s stream has finished its work, without waiting; an error the GPU met
    /// (a faulted kernel, a failed collective) is returned as soon as it is known.
    fn query(&mut self, gpu: usize) -> Result<bool, String>;
    /// Records a timing mark on `gpu`'s stream, passed once the stream's earlier work is done (a
    /// CUDA event with timing; the host clock under the emulator, whose launches run inside their
    /// calls).
    fn mark(&mut self, gpu: usize) -> Result<(), String>;
    /// The times of `gpu`'s marks since the last call, in ms after the first of them, once the
    /// stream has passed them all (waits for it); forgets them.
    fn take_marks(&mut self, gpu: usize) -> Result<Vec<f64>, String>;
    /// Bounds every launch by `timeout`: the emulator, which runs a launch inside the call, fails a
    /// launch still running after it; on real GPUs launches return at once and the device's
    /// polling of [`GpuApi::query`] bounds the wait.
    fn set_timeout(&mut self, timeout: Duration);
    /// Aborts the communicators so that no GPU stays blocked in a collective; the device calls it
    /// on every error before the GPUs are torn down.
    fn abort(&mut self);
}
