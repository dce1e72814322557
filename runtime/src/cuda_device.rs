//! The CUDA stack on real GPUs (feature `cuda`): the cudarc [`GpuApi`] (driver contexts and one
//! stream per GPU, PTX modules, cuBLAS handles, NCCL communicators), and the constructors of the
//! [`GpuDevice`] that drives it, for replicas in this process or one replica per MPI rank.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use cudarc::cublas::CudaBlas;
use cudarc::driver::sys::{CUevent_flags, CUresult};
use cudarc::driver::{
    CudaContext, CudaEvent, CudaFunction, CudaSlice, CudaStream, DevicePtr, LaunchConfig, PushKernelArg,
};
use cudarc::nccl::result as nccl_result;
use cudarc::nvrtc::Ptx;
use syncbn_codegen::KernelModule;

use crate::cuda_nccl::NcclComm;
use crate::gpu_api::{CommScope, Elem, GpuApi, KernelArg, ReduceCall, SgemmCall};
use crate::gpu_device::GpuDevice;
use crate::RunError;

/// Makes the NCCL communicator of a replica's sync group from the stream of its GPU.
pub type CommFactory = Box<dyn Fn(Arc<CudaStream>) -> Result<NcclComm, String>>;

/// Constructors of the CUDA [`GpuDevice`].
pub struct CudaDevice;

impl CudaDevice {
    /// Opens GPUs `0..replicas` for a module compiled by `syncbn_codegen::compile_graph`.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(replicas: usize, module: KernelModule) -> Result<GpuDevice, RunError> {
        let contexts: Vec<Arc<CudaContext>> =
            (0..replicas).map(|r| CudaContext::new(r).map_err(|e| gpu_err(r, e))).collect::<Result<_, _>>()?;
        let open = move |group_size: usize| -> Result<Box<dyn GpuApi>, RunError> {
            Ok(Box::new(CudaApi::local(&contexts, group_size)?))
        };
        Ok(GpuDevice::new("cuda", module, Box::new(open)))
    }

    /// Opens GPU `gpu` for replica `replica` of a multi-process job (one replica per process), whose
    /// group communicator `make_comm` builds (not called for a group of one, which needs no NCCL);
    /// the job's shards and bindings hold this replica's only.
    pub fn for_process(
        gpu: usize,
        replica: usize,
        module: KernelModule,
        make_comm: CommFactory,
    ) -> Result<GpuDevice, RunError> {
        let context = CudaContext::new(gpu).map_err(|e| gpu_err(replica, e))?;
        let open = move |group_size: usize| -> Result<Box<dyn GpuApi>, RunError> {
            let stream = context.new_stream().map_err(|e| gpu_err(replica, e))?;
            let comms = if group_size > 1 {
                vec![make_comm(stream.clone()).map_err(|e| gpu_err(replica, e))?]
            } else {
                Vec::new()
            };
            let gpu = CudaGpu::new(stream).map_err(|e| gpu_err(replica, e))?;
            Ok(Box::new(CudaApi { comms, world: None, gpus: vec![gpu], replicas: vec![replica] }))
        };
        Ok(GpuDevice::new("cuda", module, Box::new(open)))
    }
}

fn gpu_err(replica: usize, e: impl std::fmt::Display) -> RunError {
    RunError::ReplicaFailed { replica, step: 0, message: format!("CUDA: {e}") }
}

fn cuda(e: cudarc::driver::DriverError) -> String {
    format!("CUDA: {e}")
}

/// A typed device buffer.
enum Buf {
    F32(CudaSlice<f32>),
    F64(CudaSlice<f64>),
}

/// One GPU: its stream, cuBLAS handle, kernels and buffers (by device address).
struct CudaGpu {
    stream: Arc<CudaStream>,
    blas: CudaBlas,
    funcs: HashMap<String, CudaFunction>,
    bufs: HashMap<u64, Buf>,
    /// The timing events recorded since they were last taken.
    marks: Vec<CudaEvent>,
}

impl CudaGpu {
    fn new(stream: Arc<CudaStream>) -> Result<Self, String> {
        let blas = CudaBlas::new(stream.clone()).map_err(|e| format!("cuBLAS: {e:?}"))?;
        Ok(CudaGpu { stream, blas, funcs: HashMap::new(), bufs: HashMap::new(), marks: Vec::new() })
    }

    /// Makes this GPU's context current on the calling thread (cuBLAS works on the current one).
    fn bind(&self) -> Result<(), String> {
        self.stream.context().bind_to_thread().map_err(cuda)
    }

    fn keep(&mut self, buf: Buf) -> u64 {
        let ptr = match &buf {
            Buf::F32(b) => b.device_ptr(&self.stream).0,
            Buf::F64(b) => b.device_ptr(&self.stream).0,
        };
        self.bufs.insert(ptr, buf);
        ptr
    }
}

impl Drop for CudaGpu {
    /// Binds the GPU's context before its cuBLAS handle is destroyed (after this, the fields drop).
    fn drop(&mut self) {
        // A failure leaves nothing better to do than destroying the handle anyway.
        let _ = self.bind();
    }
}

/// The GPUs of one run. The communicators come first so that they are dropped (aborted) before
/// the streams and buffers they use.
struct CudaApi {
    comms: Vec<NcclComm>,
    world: Option<Vec<NcclComm>>,
    gpus: Vec<CudaGpu>,
    replicas: Vec<usize>,
}

impl CudaApi {
    /// Every context's GPU with a new stream, a communicator per sync group and, with several
    /// groups, one over every replica for collectives of scope `world`.
    fn local(contexts: &[Arc<CudaContext>], group_size: usize) -> Result<Self, RunError> {
        let streams = (contexts.iter().enumerate())
            .map(|(r, c)| c.new_stream().map_err(|e| gpu_err(r, e)))
            .collect::<Result<Vec<_>, _>>()?;
        let (grouped, spanning) = (group_size > 1, group_size < streams.len());
        if grouped || spanning {
            crate::cuda_libs::probe(&crate::cuda_libs::NCCL)?;
        }
        let mut comms = Vec::with_capacity(streams.len());
        if grouped {
            for group in streams.chunks(group_size) {
                comms.extend(NcclComm::for_devices(group).map_err(|e| gpu_err(0, e))?);
            }
        }
        let world = if spanning { Some(NcclComm::for_devices(&streams).map_err(|e| gpu_err(0, e))?) } else { None };
        let gpus = (streams.into_iter().enumerate())
            .map(|(r, s)| CudaGpu::new(s).map_err(|e| gpu_err(r, e)))
            .collect::<Result<Vec<_>, _>>()?;
        let replicas = (0..gpus.len()).collect();
        Ok(CudaApi { comms, world, gpus, replicas })
    }

    fn gpu(&mut self, gpu: usize) -> Result<&mut CudaGpu, String> {
        self.gpus.get_mut(gpu).ok_or_else(|| format!("no GPU {gpu}"))
    }
}

impl GpuApi for CudaApi {
    fn gpus(&self) -> usize {
        self.gpus.len()
    }

    fn replica(&self, gpu: usize) -> usize {
        self.replicas.get(gpu).copied().unwrap_or(gpu)
    }

    fn load_module(&mut self, gpu: usize, ptx: &str, kernels: &[&str]) -> Result<(), String> {
        let g = self.gpu(gpu)?;
        let loaded = g.stream.context().load_module(Ptx::from_src(ptx)).map_err(cuda)?;
        for k in kernels {
            g.funcs.insert(k.to_string(), loaded.load_function(k).map_err(cuda)?);
        }
        Ok(())
    }

    fn alloc_zeros(&mut self, gpu: usize, elem: Elem, len: usize) -> Result<u64, String> {
        let g = self.gpu(gpu)?;
        let buf = match elem {
            Elem::F32 => Buf::F32(g.stream.alloc_zeros(len.max(1)).map_err(cuda)?),
            Elem::F64 => Buf::F64(g.stream.alloc_zeros(len.max(1)).map_err(cuda)?),
        };
        Ok(g.keep(buf))
    }

    fn upload(&mut self, gpu: usize, data: &[f32]) -> Result<u64, String> {
        let g = self.gpu(gpu)?;
        let slice = if data.is_empty() { g.stream.alloc_zeros(1) } else { g.stream.clone_htod(data) };
        let buf = Buf::F32(slice.map_err(cuda)?);
        Ok(g.keep(buf))
    }

    fn write(&mut self, gpu: usize, ptr: u64, data: &[f32]) -> Result<(), String> {
        let g = self.gpu(gpu)?;
        let Some(Buf::F32(b)) = g.bufs.get_mut(&ptr) else { return Err(format!("no f32 buffer at {ptr:#x}")) };
        if data.len() > b.len() {
            return Err(format!("{} elements do not fit the buffer of {} at {ptr:#x}", data.len(), b.len()));
        }
        if data.is_empty() {
            return Ok(());
        }
        g.stream.memcpy_htod(data, &mut b.slice_mut(..data.len())).map_err(cuda)
    }

    fn download(&mut self, gpu: usize, ptr: u64, elem: Elem, len: usize) -> Result<Vec<f64>, String> {
        let g = self.gpu(gpu)?;
        let buf = g.bufs.get(&ptr).ok_or_else(|| format!("no buffer at {ptr:#x}"))?;
        let data: Vec<f64> = match (buf, elem) {
            (Buf::F32(b), Elem::F32) => {
                g.stream.clone_dtoh(&b.slice(..len)).map_err(cuda)?.into_iter().map(f64::from).collect()
            }
            (Buf::F64(b), Elem::F64) => g.stream.clone_dtoh(&b.slice(..len)).map_err(cuda)?,
            _ => return Err(format!("buffer at {ptr:#x} is not {elem:?}")),
        };
        Ok(data)
    }

    fn launch(&mut self, gpu: usize, kernel: &str, grid: u32, block: u32, args: &[KernelArg]) -> Result<(), String> {
        let g = self.gpu(gpu)?;
        let func = g.funcs.get(kernel).ok_or_else(|| format!("kernel {kernel} not loaded"))?;
        let mut builder = g.stream.launch_builder(func);
        for a in args {
            match a {
                KernelArg::Ptr(p) => builder.arg(p),
                KernelArg::I64(v) => builder.arg(v),
                KernelArg::F32(v) => builder.arg(v),
                KernelArg::F64(v) => builder.arg(v),
            };
        }
        let cfg = LaunchConfig { grid_dim: (grid, 1, 1), block_dim: (block, 1, 1), shared_mem_bytes: 0 };
        // SAFETY: every pointer argument is a live device buffer sized by the plan for these
        // dimensions, and the scalar arguments follow the kernel's parameter list in order.
        unsafe { builder.launch(cfg) }.map(|_| ()).map_err(cuda)
    }

    fn sgemm(&mut self, gpu: usize, call: &SgemmCall) -> Result<(), String> {
        let g = self.gpu(gpu)?;
        g.bind()?;
        crate::cuda_blas::run(call, &g.blas)
    }

    fn all_reduce(&mut self, scope: CommScope, calls: &[ReduceCall]) -> Result<(), (usize, String)> {
        let comms = match (scope, &self.world) {
            (CommScope::World, Some(world)) => world,
            _ => &self.comms,
        };
        if comms.is_empty() {
            return calls.iter().try_for_each(|c| copy(&mut self.gpus, c).map_err(|m| (self.replica(c.gpu), m)));
        }
        nccl_result::group_start().map_err(|e| (self.replicas[0], format!("NCCL: {e:?}")))?;
        let mut result = Ok(());
        for c in calls {
            let replica = self.replicas.get(c.gpu).copied().unwrap_or(c.gpu);
            if let Err(m) = reduce(&mut self.gpus, comms, c) {
                result = Err((replica, m));
                break;
            }
        }
        let end = nccl_result::group_end().map_err(|e| (self.replicas[0], format!("NCCL: {e:?}")));
        result.and(end.map(|_| ()))
    }

    /// The stream's status, after the GPU's communicators' asynchronous errors (a failed collective
    /// or a lost peer fails the wait at once, and the device then aborts every communicator).
    fn query(&mut self, gpu: usize) -> Result<bool, String> {
        let world = self.world.as_deref().unwrap_or_default();
        for comm in [self.comms.get(gpu), world.get(gpu)].into_iter().flatten() {
            comm.async_error()?;
        }
        let stream = self.gpu(gpu)?.stream.cu_stream();
        // SAFETY: the stream is alive: `self` holds it.
        match unsafe { cudarc::driver::sys::cuStreamQuery(stream) } {
            CUresult::CUDA_SUCCESS => Ok(true),
            CUresult::CUDA_ERROR_NOT_READY => Ok(false),
            e => Err(format!("CUDA: {e:?}")),
        }
    }

    fn mark(&mut self, gpu: usize) -> Result<(), String> {
        let g = self.gpu(gpu)?;
        let event = g.stream.record_event(Some(CUevent_flags::CU_EVENT_DEFAULT)).map_err(cuda)?;
        g.marks.push(event);
        Ok(())
    }

    fn take_marks(&mut self, gpu: usize) -> Result<Vec<f64>, String> {
        let marks = std::mem::take(&mut self.gpu(gpu)?.marks);
        let Some(first) = marks.first() else { return Ok(Vec::new()) };
        marks.iter().map(|m| first.elapsed_ms(m).map(f64::from).map_err(cuda)).collect()
    }

    /// Nothing to arm: launches return at once, and the device's polling bounds the waits.
    fn set_timeout(&mut self, _timeout: Duration) {}

    /// Drops the communicators first (an [`NcclComm`] calls `ncclCommAbort` when dropped), so that
    /// no GPU stays blocked in a collective while the buffers and handles are torn down.
    fn abort(&mut self) {
        self.world = None;
        self.comms.clear();
    }
}

/// The all-reduce of a group of one, without NCCL: its input copied to its output on the stream.
fn copy(gpus: &mut [CudaGpu], c: &ReduceCall) -> Result<(), String> {
    let g = gpus.get_mut(c.gpu).ok_or_else(|| format!("no GPU {}", c.gpu))?;
    let (n, at) = (c.count, c.output_offset);
    let stream = g.stream.clone();
    match g.bufs.get_disjoint_mut([&c.input, &c.output]) {
        [Some(Buf::F32(a)), Some(Buf::F32(b))] if a.len() >= n && b.len() >= at + n => {
            stream.memcpy_dtod(&a.slice(..n), &mut b.slice_mut(at..at + n)).map_err(cuda)
        }
        [Some(Buf::F64(a)), Some(Buf::F64(b))] if a.len() >= n && b.len() >= at + n => {
            stream.memcpy_dtod(&a.slice(..n), &mut b.slice_mut(at..at + n)).map_err(cuda)
        }
        _ => Err("collective buffers are missing, too short or of different types".into()),
    }
}

/// Enqueues one member's `ncclAllReduce` (sum) of `c.count` elements.
fn reduce(gpus: &mut [CudaGpu], comms: &[NcclComm], c: &ReduceCall) -> Result<(), String> {
    let (Some(g), Some(comm)) = (gpus.get_mut(c.gpu), comms.get(c.gpu)) else {
        return Err(format!("no GPU or communicator {}", c.gpu));
    };
    if c.input == c.output {
        return Err("collective input and output share a buffer".into());
    }
    let (n, at) = (c.count, c.output_offset);
    match g.bufs.get_disjoint_mut([&c.input, &c.output]) {
        [Some(Buf::F32(a)), Some(Buf::F32(b))] if a.len() >= n && b.len() >= at + n => {
            comm.all_reduce_sum(&a.slice(..n), &mut b.slice_mut(at..at + n))
        }
        [Some(Buf::F64(a)), Some(Buf::F64(b))] if a.len() >= n && b.len() >= at + n => {
            comm.all_reduce_sum(&a.slice(..n), &mut b.slice_mut(at..at + n))
        }
        _ => Err("collective buffers are missing, too short or of different types".into()),
    }
}
