//! The emulated CUDA stack (`--device ptx-sim`): a [`GpuApi`] whose GPUs are bounded emulated
//! memories running the module's PTX under the PTX interpreter (`syncbn_ptx_interp`) with the
//! exact argument bytes, cuBLAS's column-major `sgemm` / `sgemm_strided_batched` semantics, and
//! NCCL's grouped sum all-reduce (members match call by call; a mismatched count or type is an
//! error). Streams are in order: every call completes before the next is issued. Sums over
//! replicas run in replica order, so results are reproducible bit for bit.

use std::time::{Duration, Instant};

use syncbn_codegen::{compile_graph_cached, KernelCache, KernelKind, Target};
use syncbn_ir::Typed;
use syncbn_ptx_interp::{DeviceMemory, LaunchConfig, Module};

use crate::device::Device;
use crate::gpu_api::{CommScope, Elem, GpuApi, KernelArg, ReduceCall, SgemmCall};
use crate::gpu_device::GpuDevice;
use crate::RunError;

/// Environment variable of the fault-injection test hook: `oob:R` makes replica `R`'s first
/// launch pass its last pointer argument 1 MiB past its buffer; `hang:R` runs a kernel that never
/// ends (`syncbn_test_hang`) before replica `R`'s first launch; `nccl:R` makes replica `R`'s first
/// all-reduce send one element more than its group's other members.
pub const FAULT_ENV: &str = "SYNCBN_PTX_SIM_FAULT";

/// Device memory per emulated GPU.
const GPU_MEMORY: u64 = 8 << 30;

/// The kernel that `hang:R` launches: one thread that branches to itself forever.
const HANG_PTX: &str =
    ".version 7.0\n.target sm_80\n.address_size 64\n.visible .entry syncbn_test_hang()\n{\nSPIN:\n\tbra.uni SPIN;\n}\n";

/// A fault the test hook injects into one replica.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimFault {
    /// The first launch's last pointer argument points 1 MiB past its buffer.
    OutOfBounds(usize),
    /// A kernel that never ends runs before the first launch.
    Hang(usize),
    /// The first all-reduce sends one element more than the other members'.
    Mismatch(usize),
}

impl SimFault {
    /// The fault [`FAULT_ENV`] asks for, if any.
    pub fn from_env() -> Option<SimFault> {
        let text = std::env::var(FAULT_ENV).ok()?;
        let (kind, replica) = text.split_once(':')?;
        let replica = replica.parse().ok()?;
        match kind {
            "oob" => Some(SimFault::OutOfBounds(replica)),
            "hang" => Some(SimFault::Hang(replica)),
            "nccl" => Some(SimFault::Mismatch(replica)),
            _ => None,
        }
    }
}

/// One emulated GPU.
struct SimGpu {
    memory: DeviceMemory,
    module: Option<Module>,
    launches: u64,
    reduces: u64,
    /// The timing marks since they were last taken.
    marks: Vec<Instant>,
}

/// The emulated GPUs of one run.
pub struct PtxSim {
    gpus: Vec<SimGpu>,
    group_size: usize,
    fault: Option<SimFault>,
    timeout: Option<Duration>,
}

/// Opens `replicas` emulated GPUs for `lowered`: its kernels compiled to PTX for `sm_80` (or read
/// from `cache`), with what the kernel cache did.
pub fn open(
    replicas: usize,
    lowered: &dyn Typed,
    cache: &KernelCache,
) -> Result<(Box<dyn Device>, &'static str), RunError> {
    let (device, status) = gpu_device(replicas, lowered, &[], cache)?;
    Ok((Box::new(device), status))
}

/// [`open`] as the GPU device itself, with the kernels `extra` (the optimizer's) in its module.
pub fn gpu_device(
    replicas: usize,
    lowered: &dyn Typed,
    extra: &[KernelKind],
    cache: &KernelCache,
) -> Result<(GpuDevice, &'static str), RunError> {
    let (module, status) = compile_graph_cached(lowered, Target::DEFAULT_GPU, extra, cache)
        .map_err(|e| RunError::Compile(e.to_string()))?;
    crate::console::warn_unwritable(&status);
    let fault = SimFault::from_env();
    let open = move |group_size: usize| -> Result<Box<dyn GpuApi>, RunError> {
        Ok(Box::new(PtxSim::new(replicas, group_size, fault)))
    };
    Ok((GpuDevice::new("ptx-sim", module, Box::new(open)).with_kernels(extra), status.as_str()))
}

impl PtxSim {
    /// `replicas` empty GPUs in sync groups of `group_size`, with the test hook's `fault`.
    pub fn new(replicas: usize, group_size: usize, fault: Option<SimFault>) -> Self {
        let gpus = (0..replicas)
            .map(|_| SimGpu {
                memory: DeviceMemory::new(GPU_MEMORY),
                module: None,
                launches: 0,
                reduces: 0,
                marks: Vec::new(),
            })
            .collect();
        PtxSim { gpus, group_size: group_size.max(1), fault, timeout: None }
    }

    fn gpu(&mut self, gpu: usize) -> Result<&mut SimGpu, String> {
        self.gpus.get_mut(gpu).ok_or_else(|| format!("no emulated GPU {gpu}"))
    }

    /// `calls` with the test hook's [`SimFault::Mismatch`] applied to its replica's first all-reduce.
    fn inject_mismatch(&mut self, calls: &[ReduceCall]) -> Vec<ReduceCall> {
        let mut calls = calls.to_vec();
        if let Some(SimFault::Mismatch(r)) = self.fault {
            if self.gpus.get(r).is_some_and(|g| g.reduces == 0) {
                if let Some(c) = calls.iter_mut().find(|c| c.gpu == r) {
                    c.count += 1;
                }
            }
        }
        for c in &calls {
            if let Some(g) = self.gpus.get_mut(c.gpu) {
                g.reduces += 1;
            }
        }
        calls
    }

    /// The communicator members of every group of `scope`, in rank order.
    fn groups(&self, scope: CommScope) -> Vec<Vec<usize>> {
        let n = self.gpus.len();
        let size = if scope == CommScope::World { n } else { self.group_size };
        (0..n).collect::<Vec<_>>().chunks(size.max(1)).map(<[usize]>::to_vec).collect()
    }
}

fn mem_err(e: syncbn_ptx_interp::PtxError) -> String {
    e.to_string()
}

fn elems(bytes: &[u8], elem: Elem) -> Vec<f64> {
    match elem {
        Elem::F32 => bytes.chunks_exact(4).map(|b| f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))).collect(),
        Elem::F64 => bytes
            .chunks_exact(8)
            .map(|b| f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
            .collect(),
    }
}

fn to_bytes(values: &[f64], elem: Elem) -> Vec<u8> {
    match elem {
        Elem::F32 => values.iter().flat_map(|&v| (v as f32).to_le_bytes()).collect(),
        Elem::F64 => values.iter().flat_map(|&v| v.to_le_bytes()).collect(),
    }
}

impl GpuApi for PtxSim {
    fn gpus(&self) -> usize {
        self.gpus.len()
    }

    fn replica(&self, gpu: usize) -> usize {
        gpu
    }

    fn load_module(&mut self, gpu: usize, ptx: &str, kernels: &[&str]) -> Result<(), String> {
        let module = Module::parse(ptx).map_err(|e| format!("loading the PTX module: {e}"))?;
        if let Some(missing) = kernels.iter().find(|k| module.kernel(k).is_none()) {
            return Err(format!("the PTX module has no kernel `{missing}`"));
        }
        self.gpu(gpu)?.module = Some(module);
        Ok(())
    }

    fn alloc_zeros(&mut self, gpu: usize, elem: Elem, len: usize) -> Result<u64, String> {
        let bytes = len.max(1) * elem.bytes();
        let memory = &mut self.gpu(gpu)?.memory;
        let ptr = memory.alloc(bytes as u64).map_err(mem_err)?;
        memory.fill(ptr, bytes, 0).map_err(mem_err)?;
        Ok(ptr)
    }

    fn upload(&mut self, gpu: usize, data: &[f32]) -> Result<u64, String> {
        let ptr = self.alloc_zeros(gpu, Elem::F32, data.len())?;
        let bytes: Vec<u8> = data.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.gpu(gpu)?.memory.write(ptr, &bytes).map_err(mem_err)?;
        Ok(ptr)
    }

    fn write(&mut self, gpu: usize, ptr: u64, data: &[f32]) -> Result<(), String> {
        let bytes: Vec<u8> = data.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.gpu(gpu)?.memory.write(ptr, &bytes).map_err(mem_err)
    }

    fn download(&mut self, gpu: usize, ptr: u64, elem: Elem, len: usize) -> Result<Vec<f64>, String> {
        let bytes = self.gpu(gpu)?.memory.read(ptr, len * elem.bytes()).map_err(mem_err)?;
        Ok(elems(&bytes, elem))
    }

    fn launch(&mut self, gpu: usize, kernel: &str, grid: u32, block: u32, args: &[KernelArg]) -> Result<(), String> {
        let (fault, timeout) = (self.fault, self.timeout);
        let g = self.gpu(gpu)?;
        let first = g.launches == 0;
        g.launches += 1;
        let config =
            LaunchConfig { deadline: timeout.map(|t| Instant::now() + t), ..LaunchConfig::linear(grid, block) };
        if first && fault == Some(SimFault::Hang(gpu)) {
            let hang = Module::parse(HANG_PTX).map_err(mem_err)?;
            let config = LaunchConfig { deadline: timeout.map(|t| Instant::now() + t), ..LaunchConfig::linear(1, 1) };
            hang.launch("syncbn_test_hang", &config, &[], &mut g.memory).map_err(mem_err)?;
        }
        let mut args = args.to_vec();
        if first && fault == Some(SimFault::OutOfBounds(gpu)) {
            if let Some(KernelArg::Ptr(p)) = args.iter_mut().rev().find(|a| matches!(a, KernelArg::Ptr(_))) {
                *p += 1 << 20;
            }
        }
        let bytes: Vec<Vec<u8>> = args.iter().map(KernelArg::bytes).collect();
        let refs: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
        let module = g.module.as_ref().ok_or("no PTX module is loaded")?;
        module.launch(kernel, &config, &refs, &mut g.memory).map_err(mem_err)?;
        Ok(())
    }

    fn sgemm(&mut self, gpu: usize, call: &SgemmCall) -> Result<(), String> {
        sgemm(&mut self.gpu(gpu)?.memory, call)
    }

    fn all_reduce(&mut self, scope: CommScope, calls: &[ReduceCall]) -> Result<(), (usize, String)> {
        let calls = self.inject_mismatch(calls);
        let calls = calls.as_slice();
        for members in self.groups(scope) {
            let per: Vec<Vec<&ReduceCall>> =
                members.iter().map(|&m| calls.iter().filter(|c| c.gpu == m).collect()).collect();
            let first = members[0];
            for (&m, mine) in members.iter().zip(&per) {
                if mine.len() != per[0].len() {
                    return Err((
                        m,
                        format!(
                            "NCCL group: replica {m} issued {} all-reduces, replica {first} issued {}",
                            mine.len(),
                            per[0].len()
                        ),
                    ));
                }
            }
            for i in 0..per[0].len() {
                let lead = per[0][i];
                for (&m, mine) in members.iter().zip(&per) {
                    let c = mine[i];
                    if c.count != lead.count || c.elem != lead.elem {
                        return Err((
                            m,
                            format!(
                                "NCCL all-reduce {i} mismatched: replica {m} sends {} {:?}, replica {first} sends {} {:?}",
                                c.count, c.elem, lead.count, lead.elem
                            ),
                        ));
                    }
                }
                let mut sum = vec![0.0f64; lead.count];
                for (&m, mine) in members.iter().zip(&per) {
                    let c = mine[i];
                    let bytes =
                        self.gpus[m].memory.read(c.input, c.count * c.elem.bytes()).map_err(|e| (m, e.to_string()))?;
                    for (s, v) in sum.iter_mut().zip(elems(&bytes, c.elem)) {
                        *s = if c.elem == Elem::F32 { f64::from(*s as f32 + v as f32) } else { *s + v };
                    }
                }
                let bytes = to_bytes(&sum, lead.elem);
                for (&m, mine) in members.iter().zip(&per) {
                    let at = mine[i].output + (mine[i].output_offset * lead.elem.bytes()) as u64;
                    self.gpus[m].memory.write(at, &bytes).map_err(|e| (m, e.to_string()))?;
                }
            }
        }
        Ok(())
    }

    fn query(&mut self, gpu: usize) -> Result<bool, String> {
        self.gpu(gpu).map(|_| true)
    }

    fn mark(&mut self, gpu: usize) -> Result<(), String> {
        self.gpu(gpu)?.marks.push(Instant::now());
        Ok(())
    }

    fn take_marks(&mut self, gpu: usize) -> Result<Vec<f64>, String> {
        let marks = std::mem::take(&mut self.gpu(gpu)?.marks);
        let first = marks.first().copied();
        Ok(marks.iter().map(|&m| first.map_or(0.0, |f| m.duration_since(f).as_secs_f64() * 1e3)).collect())
    }

    fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// Nothing to abort: an emulated collective completes, or fails for every member, inside its call.
    fn abort(&mut self) {}
}

/// cuBLAS `sgemm` (strided batched) on emulated memory, column-major: each element accumulates
/// `op(A)[i, l] * op(B)[l, j]` over `l` in order with single-precision fused multiply-adds, then
/// `C = alpha * acc + beta * C` (`C` not read when `beta` is 0). Invalid sizes or leading dimensions
/// are errors, as `CUBLAS_STATUS_INVALID_VALUE`; operands outside their buffers fault.
pub fn sgemm(memory: &mut DeviceMemory, c: &SgemmCall) -> Result<(), String> {
    let (m, n, k) = (c.m as i64, c.n as i64, c.k as i64);
    let (a_rows, a_cols) = if c.trans_a { (k, m) } else { (m, k) };
    let (b_rows, b_cols) = if c.trans_b { (n, k) } else { (k, n) };
    let invalid = m < 0
        || n < 0
        || k < 0
        || c.batch < 0
        || i64::from(c.lda) < a_rows.max(1)
        || i64::from(c.ldb) < b_rows.max(1)
        || i64::from(c.ldc) < m.max(1);
    if invalid {
        return Err(format!("cuBLAS sgemm: CUBLAS_STATUS_INVALID_VALUE for {c:?}"));
    }
    let read = |memory: &DeviceMemory, what: &str, base: u64, rows: i64, cols: i64, ld: i32| {
        if rows == 0 || cols == 0 {
            return Ok(Vec::new());
        }
        let len = ((cols - 1) * i64::from(ld) + rows) as usize;
        let bytes = memory.read(base, len * 4).map_err(|e| format!("cuBLAS sgemm reads {what}: {e}"))?;
        Ok::<_, String>(bytes.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect::<Vec<_>>())
    };
    for t in 0..i64::from(c.batch) {
        let at = |base: u64, stride: i64| base.wrapping_add((t * stride * 4) as u64);
        let a = read(memory, "A", at(c.a, c.stride_a), a_rows, a_cols, c.lda)?;
        let b = read(memory, "B", at(c.b, c.stride_b), b_rows, b_cols, c.ldb)?;
        let mut out = read(memory, "C", at(c.c, c.stride_c), m, n, c.ldc)?;
        let (lda, ldb, ldc) = (c.lda as usize, c.ldb as usize, c.ldc as usize);
        for j in 0..n as usize {
            for i in 0..m as usize {
                let mut acc = 0f32;
                for l in 0..k as usize {
                    let av = if c.trans_a { a[l + i * lda] } else { a[i + l * lda] };
                    let bv = if c.trans_b { b[j + l * ldb] } else { b[l + j * ldb] };
                    acc = av.mul_add(bv, acc);
                }
                let slot = &mut out[i + j * ldc];
                *slot = if c.beta == 0.0 { c.alpha * acc } else { c.alpha * acc + c.beta * *slot };
            }
        }
        if !out.is_empty() {
            let bytes: Vec<u8> = out.iter().flat_map(|v| v.to_le_bytes()).collect();
            memory.write(at(c.c, c.stride_c), &bytes).map_err(|e| format!("cuBLAS sgemm writes C: {e}"))?;
        }
    }
    Ok(())
}
