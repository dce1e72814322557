//! The CUDA device (feature `cuda`): PTX from `syncbn_codegen` loaded on one GPU per replica, one
//! stream per GPU, NCCL all-reduce (grouped calls from one host thread) for the collectives, and
//! no host synchronization inside a step.
//!
//! Launches are asynchronous, so one host thread drives every GPU: for each plan step it enqueues
//! the step's kernels on every replica's stream, and for a collective it issues one grouped NCCL
//! call over all replicas (each sync group has its own communicator; collectives of scope `world`,
//! the parameter gradients, use one over every replica). The host waits only at step
//! boundaries (timing) and when reading outputs.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use cudarc::cublas::CudaBlas;
use cudarc::driver::{CudaContext, CudaFunction, CudaSlice, CudaStream, DevicePtr, LaunchConfig, PushKernelArg};
use cudarc::nccl::{result as nccl_result, Comm, ReduceOp};
use cudarc::nvrtc::Ptx;
use syncbn_codegen::{gpu_execution, GpuExecution, ParamType};
use syncbn_codegen::{DimRole, KernelInfo, KernelModule, ParamSource};

use crate::comm::Scope;
use crate::device::{Device, Execution, Job};
use crate::executor::PhaseTimes;
use crate::gemm_plan::{gemms_first, BlasNode};
use crate::ops::Kernel;
use crate::plan::{Collective, ExecutionPlan, Launch, Step, Storage, ValueId};
use crate::size::{Bindings, SizeExpr};
use crate::RunError;

/// One GPU per replica with the graph's kernels compiled to PTX.
pub struct CudaDevice {
    contexts: Vec<Arc<CudaContext>>,
    module: KernelModule,
    process: Option<ProcessReplica>,
}

/// Makes the NCCL communicator of a replica's sync group from the stream of its GPU.
pub type CommFactory = Box<dyn Fn(Arc<CudaStream>) -> Result<Comm, String>>;

/// The one replica a process runs in a multi-process job.
struct ProcessReplica {
    replica: usize,
    make_comm: CommFactory,
}

impl CudaDevice {
    /// Opens GPUs `0..replicas` for a module compiled by `syncbn_codegen::compile_graph`.
    pub fn new(replicas: usize, module: KernelModule) -> Result<Self, RunError> {
        let contexts =
            (0..replicas).map(|r| CudaContext::new(r).map_err(|e| gpu_err(r, e))).collect::<Result<_, _>>()?;
        Ok(CudaDevice { contexts, module, process: None })
    }

    /// Opens GPU `gpu` for replica `replica` of a multi-process job (one replica per process), whose
    /// group communicator `make_comm` builds; the job's shards and bindings hold this replica's only.
    pub fn for_process(
        gpu: usize,
        replica: usize,
        module: KernelModule,
        make_comm: CommFactory,
    ) -> Result<Self, RunError> {
        let context = CudaContext::new(gpu).map_err(|e| gpu_err(replica, e))?;
        Ok(CudaDevice { contexts: vec![context], module, process: Some(ProcessReplica { replica, make_comm }) })
    }
}

fn gpu_err(replica: usize, e: impl std::fmt::Display) -> RunError {
    RunError::ReplicaFailed { replica, step: 0, message: format!("CUDA: {e}") }
}

enum Buf {
    F32(CudaSlice<f32>),
    F64(CudaSlice<f64>),
}

/// One argument value, kept alive while a launch is built.
enum Arg {
    Ptr(u64),
    I64(i64),
    F32(f32),
    F64(f64),
}

/// One replica's GPU state: stream, kernels and buffers.
struct GpuReplica<'a> {
    replica: usize,
    plan: &'a ExecutionPlan,
    by_name: &'a HashMap<&'a str, ValueId>,
    stream: Arc<CudaStream>,
    blas: CudaBlas,
    funcs: HashMap<String, CudaFunction>,
    bufs: Vec<Buf>,
    inputs: Vec<CudaSlice<f32>>,
    inits: Vec<Option<CudaSlice<f32>>>,
    scratch: HashMap<String, Buf>,
    bindings: Bindings,
}

impl Device for CudaDevice {
    fn describe(&self) -> String {
        format!("cuda: {} GPUs, {} kernels", self.contexts.len(), self.module.kernels.len())
    }

    fn execute(&self, job: &Job<'_>) -> Result<Execution, RunError> {
        let plan = job.plan;
        let ptx = self.module.ptx.clone().ok_or_else(|| RunError::Compile("the kernel module has no PTX".into()))?;
        let by_name: HashMap<&str, ValueId> =
            plan.values.iter().enumerate().map(|(i, v)| (v.name.as_str(), i)).collect();
        let mut table: HashMap<&str, Vec<&KernelInfo>> = HashMap::new();
        for k in &self.module.kernels {
            table.entry(k.node.as_str()).or_default().push(k);
        }
        let streams = (self.contexts.iter().enumerate())
            .map(|(r, c)| c.new_stream().map_err(|e| gpu_err(r, e)))
            .collect::<Result<Vec<_>, _>>()?;
        let (comms, ids) = self.communicators(&streams, plan.group_size)?;
        let world = self.world_communicators(&streams, plan.group_size)?;
        let mut reps = Vec::with_capacity(streams.len());
        for (local, (&r, stream)) in ids.iter().zip(&streams).enumerate() {
            reps.push(
                GpuReplica::new(r, local, job, &by_name, stream.clone(), &ptx, &self.module)
                    .map_err(|e| gpu_err(r, e))?,
            );
        }
        let mut ex = Execution { outputs: Vec::new(), step_times: Vec::new(), phases: Vec::new() };
        for step in 0..job.steps {
            let fail = |replica: usize, message: String| RunError::ReplicaFailed { replica, step, message };
            sync_all(&reps).map_err(|(r, m)| fail(r, m))?;
            let start = Instant::now();
            let mut first_collective = true;
            for s in &plan.steps {
                match s {
                    Step::Launch(l) => {
                        let calls = table.get(l.node.as_str()).map(Vec::as_slice).unwrap_or_default();
                        for rep in reps.iter_mut() {
                            rep.launch(l, calls).map_err(|m| fail(rep.replica, m))?;
                        }
                    }
                    Step::Collective(c) => {
                        if std::mem::take(&mut first_collective) {
                            check_fault(job, step).map_err(|(r, m)| fail(r, m))?;
                        }
                        let comms = match (c.scope, &world) {
                            (Scope::World, Some(world)) => world,
                            _ => &comms,
                        };
                        all_reduce(&mut reps, comms, c).map_err(|(r, m)| fail(r, m))?;
                    }
                }
            }
            sync_all(&reps).map_err(|(r, m)| fail(r, m))?;
            let elapsed = start.elapsed();
            ex.step_times.push(elapsed);
            ex.phases.push(PhaseTimes { execute: elapsed, collectives: Default::default() });
            if step == 0 {
                for rep in &reps {
                    ex.outputs.push(rep.read_outputs().map_err(|m| fail(rep.replica, m))?);
                }
            }
        }
        Ok(ex)
    }
}

impl CudaDevice {
    /// The NCCL communicator of each local replica and the replica indices: every replica's own,
    /// per sync group, or the process's one replica's, made by its factory.
    fn communicators(
        &self,
        streams: &[Arc<CudaStream>],
        group_size: usize,
    ) -> Result<(Vec<Comm>, Vec<usize>), RunError> {
        if let Some(p) = &self.process {
            let comm = (p.make_comm)(streams[0].clone()).map_err(|e| gpu_err(p.replica, e))?;
            return Ok((vec![comm], vec![p.replica]));
        }
        let mut comms = Vec::with_capacity(streams.len());
        for group in streams.chunks(group_size) {
            comms.extend(Comm::from_devices(group.to_vec()).map_err(|e| gpu_err(0, format!("NCCL: {e:?}")))?);
        }
        Ok((comms, (0..streams.len()).collect()))
    }

    /// Communicators over every replica for collectives of scope `world` (parameter gradients), when
    /// they differ from the sync groups' (several groups, all replicas in this process).
    fn world_communicators(
        &self,
        streams: &[Arc<CudaStream>],
        group_size: usize,
    ) -> Result<Option<Vec<Comm>>, RunError> {
        if self.process.is_some() || group_size >= streams.len() {
            return Ok(None);
        }
        Comm::from_devices(streams.to_vec()).map(Some).map_err(|e| gpu_err(0, format!("NCCL: {e:?}")))
    }
}

fn check_fault(job: &Job<'_>, step: usize) -> Result<(), (usize, String)> {
    match job.fault {
        Some(f) if f.step == step => {
            Err((f.replica, format!("injected failure in replica {} at step {step}", f.replica)))
        }
        _ => Ok(()),
    }
}

fn sync_all(reps: &[GpuReplica<'_>]) -> Result<(), (usize, String)> {
    reps.iter().try_for_each(|r| r.stream.synchronize().map_err(|e| (r.replica, format!("CUDA: {e}"))))
}

/// One grouped NCCL call: every replica's inputs summed into its outputs, per sync group.
fn all_reduce(reps: &mut [GpuReplica<'_>], comms: &[Comm], c: &Collective) -> Result<(), (usize, String)> {
    nccl_result::group_start().map_err(|e| (0, format!("NCCL: {e:?}")))?;
    let mut result = Ok(());
    'outer: for (rep, comm) in reps.iter_mut().zip(comms) {
        for e in &c.payload {
            if let Err(m) = rep.reduce_entry(comm, e.input, e.output) {
                result = Err((rep.replica, m));
                break 'outer;
            }
        }
    }
    let end = nccl_result::group_end().map_err(|e| (0, format!("NCCL: {e:?}")));
    result.and(end.map(|_| ()))
}

impl<'a> GpuReplica<'a> {
    /// Replica `replica`, whose shards and bindings are `job`'s entry `local`.
    fn new(
        replica: usize,
        local: usize,
        job: &'a Job<'a>,
        by_name: &'a HashMap<&'a str, ValueId>,
        stream: Arc<CudaStream>,
        ptx: &str,
        module: &KernelModule,
    ) -> Result<Self, String> {
        let cuda = |e: cudarc::driver::DriverError| format!("CUDA: {e}");
        let plan = job.plan;
        let bindings = job.bindings[local].clone();
        let loaded = stream.context().load_module(Ptx::from_src(ptx)).map_err(cuda)?;
        let mut funcs = HashMap::new();
        for k in &module.kernels {
            if !funcs.contains_key(&k.kernel) {
                funcs.insert(k.kernel.clone(), loaded.load_function(&k.kernel).map_err(cuda)?);
            }
        }
        let mut bufs = Vec::with_capacity(plan.buffers.len());
        for b in &plan.buffers {
            let n = eval(&b.elements, &bindings)?.max(1);
            bufs.push(match b.dtype {
                syncbn_ir::DType::F64 => Buf::F64(stream.alloc_zeros(n).map_err(cuda)?),
                _ => Buf::F32(stream.alloc_zeros(n).map_err(cuda)?),
            });
        }
        let upload = |data: &[f32]| if data.is_empty() { stream.alloc_zeros(1) } else { stream.clone_htod(data) };
        let inputs = job.shards[local].iter().map(|s| upload(s).map_err(cuda)).collect::<Result<_, _>>()?;
        let inits = (job.shared.initializers.iter())
            .map(|i| i.as_deref().map(|d| upload(d).map_err(cuda)).transpose())
            .collect::<Result<_, _>>()?;
        let blas = CudaBlas::new(stream.clone()).map_err(|e| format!("cuBLAS: {e:?}"))?;
        Ok(GpuReplica {
            replica,
            plan,
            by_name,
            stream,
            blas,
            funcs,
            bufs,
            inputs,
            inits,
            scratch: HashMap::new(),
            bindings,
        })
    }

    fn ptr(&self, v: ValueId) -> Result<u64, String> {
        let s = &self.stream;
        Ok(match self.plan.values[v].storage {
            Storage::Input { index } => self.inputs[index].device_ptr(s).0,
            Storage::Initializer { index } => match &self.inits[index] {
                Some(b) => b.device_ptr(s).0,
                None => return Err(format!("initializer {:?} is not f32", self.plan.values[v].name)),
            },
            Storage::Buffer { buffer } => buf_ptr(&self.bufs[buffer], s),
        })
    }

    /// A dimension of a tensor (see [`DimRole`]).
    fn dim(&self, tensor: &str, role: DimRole) -> Result<i64, String> {
        let v = *self.by_name.get(tensor).ok_or_else(|| format!("tensor {tensor:?} is not in the plan"))?;
        let shape = &self.plan.values[v].ty.shape;
        let axes = role.axes(shape.len()).ok_or_else(|| format!("{role:?} does not fit {tensor:?}"))?;
        let size = SizeExpr::of_shape(&shape[axes]).ok_or("size overflows".to_string())?;
        Ok(eval(&size, &self.bindings)? as i64)
    }

    /// The concrete shape of a value.
    fn shape(&self, v: ValueId) -> Result<Vec<usize>, String> {
        (self.plan.values[v].ty.shape.iter())
            .map(|d| eval(&SizeExpr::of_shape(std::slice::from_ref(d)).ok_or("size overflows")?, &self.bindings))
            .collect()
    }

    /// An integer parameter taken from the tensors' shapes.
    fn scalar(&self, source: &ParamSource) -> Result<Option<i64>, String> {
        match source {
            ParamSource::Dim { tensor, dim } => self.dim(tensor, *dim).map(Some),
            ParamSource::Scaled { tensor, dim, factor } => Ok(Some(self.dim(tensor, *dim)? * *factor as i64)),
            _ => Ok(None),
        }
    }

    /// Enqueues the node's work: its table kernels and, for a cuBLAS node ([`gpu_execution`]), its
    /// GEMMs after them (or before, for ConvGradInput's col2im).
    fn launch(&mut self, l: &Launch, calls: &[&KernelInfo]) -> Result<(), String> {
        let blas_op = match &l.kernel {
            Kernel::Cpu { name, attrs } if gpu_execution(name) == GpuExecution::Blas => Some((name.as_str(), attrs)),
            _ => None,
        };
        let Some((op, attrs)) = blas_op else {
            return self.launch_kernels(l, calls);
        };
        if gemms_first(op) {
            self.run_gemms(l, op, attrs, calls)?;
            return self.launch_kernels(l, calls);
        }
        self.launch_kernels(l, calls)?;
        self.run_gemms(l, op, attrs, calls)
    }

    /// The cuBLAS GEMMs of a BLAS node, on the node's im2col workspace (from its table kernels).
    fn run_gemms(
        &mut self,
        l: &Launch,
        op: &str,
        attrs: &std::collections::BTreeMap<String, syncbn_ir::Attr>,
        calls: &[&KernelInfo],
    ) -> Result<(), String> {
        let workspace = calls.iter().flat_map(|k| &k.params).find_map(|p| match &p.source {
            ParamSource::Workspace { name, tensor, dim, factor } => Some((name, tensor, *dim, *factor)),
            _ => None,
        });
        let workspace = match workspace {
            Some((name, tensor, dim, factor)) => {
                let len = self.dim(tensor, dim)?.max(0) as u64 * factor;
                Some(self.workspace_ptr(name, len as usize)?)
            }
            None => None,
        };
        let inputs = (l.inputs.iter())
            .map(|i| i.map(|v| Ok::<_, String>((self.ptr(v)?, self.shape(v)?))).transpose())
            .collect::<Result<Vec<_>, String>>()?;
        let out = *l.outputs.first().ok_or_else(|| format!("node {:?} has no output", l.node))?;
        let node = BlasNode { op, attrs, inputs, output: (self.ptr(out)?, self.shape(out)?), workspace };
        for gemm in node.gemms().map_err(|e| format!("node {:?}: {e}", l.node))? {
            crate::cuda_blas::run(&gemm, &self.blas).map_err(|e| format!("node {:?}: {e}", l.node))?;
        }
        Ok(())
    }

    /// Enqueues the node's kernel calls; `parts` of a partial-sums launch (`MomentsPartial`,
    /// `BnGradPartial`) carries to the combine that follows it.
    fn launch_kernels(&mut self, l: &Launch, calls: &[&KernelInfo]) -> Result<(), String> {
        let blas = matches!(&l.kernel, Kernel::Cpu { name, .. } if gpu_execution(name) == GpuExecution::Blas);
        if calls.is_empty() && !blas {
            return Err(format!("node {:?}: no GPU kernel in the module", l.node));
        }
        let mut parts = 1u64;
        for k in calls {
            let rule = k.launch.ok_or_else(|| format!("kernel {} has no launch rule", k.kernel))?;
            let dims = |name: &str| -> Result<Option<i64>, String> {
                match k.params.iter().find(|p| p.name == name) {
                    Some(p) => self.scalar(&p.source),
                    None => Ok(None),
                }
            };
            let (n, c, s, len) = (dims("n")?, dims("c")?, dims("s")?, dims("len")?);
            let c_val = c.unwrap_or(1).max(0) as u64;
            let launch = rule.resolve(n.or(len).unwrap_or(1).max(0) as u64, c_val, s.unwrap_or(1).max(0) as u64);
            if matches!(rule.grid, syncbn_codegen::GridRule::ChannelParts { .. }) {
                parts = launch.parts;
            }
            let mut args = Vec::with_capacity(k.params.len());
            for p in &k.params {
                args.push(match &p.source {
                    ParamSource::Tensor { name } => {
                        let v = *self
                            .by_name
                            .get(name.as_str())
                            .ok_or_else(|| format!("tensor {name:?} is not in the plan"))?;
                        Arg::Ptr(self.ptr(v)?)
                    }
                    ParamSource::Scratch { name } => Arg::Ptr(self.scratch_ptr(name, p.ty, c_val, parts)?),
                    ParamSource::Dim { tensor, dim } => Arg::I64(self.dim(tensor, *dim)?),
                    ParamSource::Scaled { tensor, dim, factor } => Arg::I64(self.dim(tensor, *dim)? * *factor as i64),
                    ParamSource::Workspace { name, tensor, dim, factor } => {
                        let len = self.dim(tensor, *dim)?.max(0) as u64 * factor;
                        Arg::Ptr(self.workspace_ptr(name, len as usize)?)
                    }
                    ParamSource::Parts => Arg::I64(parts as i64),
                    ParamSource::Const { value } => match p.ty {
                        ParamType::F32 => Arg::F32(*value as f32),
                        ParamType::I64 => Arg::I64(*value as i64),
                        _ => Arg::F64(*value),
                    },
                });
            }
            let func = self.funcs.get(&k.kernel).ok_or_else(|| format!("kernel {} not loaded", k.kernel))?;
            let mut builder = self.stream.launch_builder(func);
            for a in &args {
                match a {
                    Arg::Ptr(p) => builder.arg(p),
                    Arg::I64(v) => builder.arg(v),
                    Arg::F32(v) => builder.arg(v),
                    Arg::F64(v) => builder.arg(v),
                };
            }
            let cfg =
                LaunchConfig { grid_dim: (launch.grid, 1, 1), block_dim: (launch.block, 1, 1), shared_mem_bytes: 0 };
            // SAFETY: every pointer argument is a live device buffer sized by the plan for these
            // dimensions, and the scalar arguments follow the kernel's parameter list in order.
            unsafe { builder.launch(cfg) }.map_err(|e| format!("node {:?}: launching {}: {e}", l.node, k.kernel))?;
        }
        Ok(())
    }

    /// A per-node scratch buffer: the moments partials (`c * parts * 2` f64) or an absent output (`c` f32).
    fn scratch_ptr(&mut self, name: &str, ty: ParamType, c: u64, parts: u64) -> Result<u64, String> {
        let len = match ty {
            ParamType::PtrF64 => c * parts * 2,
            _ => c,
        }
        .max(1) as usize;
        let fits = match self.scratch.get(name) {
            Some(Buf::F64(b)) => b.len() >= len,
            Some(Buf::F32(b)) => b.len() >= len,
            None => false,
        };
        if !fits {
            let cuda = |e: cudarc::driver::DriverError| format!("CUDA: {e}");
            let buf = match ty {
                ParamType::PtrF64 => Buf::F64(self.stream.alloc_zeros(len).map_err(cuda)?),
                _ => Buf::F32(self.stream.alloc_zeros(len).map_err(cuda)?),
            };
            self.scratch.insert(name.to_string(), buf);
        }
        let buf = self.scratch.get(name).ok_or("scratch buffer missing")?;
        Ok(buf_ptr(buf, &self.stream))
    }

    /// A node's `f32` workspace of at least `len` elements (an im2col matrix), kept across steps.
    fn workspace_ptr(&mut self, name: &str, len: usize) -> Result<u64, String> {
        let len = len.max(1);
        if !matches!(self.scratch.get(name), Some(Buf::F32(b)) if b.len() >= len) {
            let buf = self.stream.alloc_zeros::<f32>(len).map_err(|e| format!("CUDA: {e}"))?;
            self.scratch.insert(name.to_string(), Buf::F32(buf));
        }
        let buf = self.scratch.get(name).ok_or("workspace missing")?;
        Ok(buf_ptr(buf, &self.stream))
    }

    fn reduce_entry(&mut self, comm: &Comm, input: ValueId, output: ValueId) -> Result<(), String> {
        let (Storage::Buffer { buffer: i }, Storage::Buffer { buffer: o }) =
            (&self.plan.values[input].storage, &self.plan.values[output].storage)
        else {
            return Err("collective operands must be planned buffers".into());
        };
        let nccl = |e: nccl_result::NcclError| format!("NCCL: {e:?}");
        let len =
            eval(&SizeExpr::of_shape(&self.plan.values[input].ty.shape).unwrap_or(SizeExpr::fixed(0)), &self.bindings)?;
        match pair(&mut self.bufs, *i, *o).ok_or("collective input and output share a buffer")? {
            (Buf::F64(a), Buf::F64(b)) => {
                comm.all_reduce(&a.slice(..len), &mut b.slice_mut(..len), &ReduceOp::Sum).map_err(nccl)?
            }
            (Buf::F32(a), Buf::F32(b)) => {
                comm.all_reduce(&a.slice(..len), &mut b.slice_mut(..len), &ReduceOp::Sum).map_err(nccl)?
            }
            _ => return Err("collective input and output dtypes differ".into()),
        };
        Ok(())
    }

    fn read_outputs(&self) -> Result<Vec<Vec<f32>>, String> {
        let cuda = |e: cudarc::driver::DriverError| format!("CUDA: {e}");
        let mut out = Vec::with_capacity(self.plan.outputs.len());
        for o in &self.plan.outputs {
            let v = &self.plan.values[o.value];
            let len = eval(&SizeExpr::of_shape(&v.ty.shape).unwrap_or(SizeExpr::fixed(0)), &self.bindings)?;
            let mut data: Vec<f32> = match v.storage {
                Storage::Buffer { buffer } => match &self.bufs[buffer] {
                    Buf::F32(b) => self.stream.clone_dtoh(b).map_err(cuda)?,
                    Buf::F64(b) => self.stream.clone_dtoh(b).map_err(cuda)?.into_iter().map(|x| x as f32).collect(),
                },
                Storage::Input { index } => self.stream.clone_dtoh(&self.inputs[index]).map_err(cuda)?,
                Storage::Initializer { index } => match &self.inits[index] {
                    Some(b) => self.stream.clone_dtoh(b).map_err(cuda)?,
                    None => Vec::new(),
                },
            };
            data.truncate(len);
            out.push(data);
        }
        Ok(out)
    }
}

/// Buffer `i` for reading and buffer `o` for writing; `None` when they are the same.
fn pair(bufs: &mut [Buf], i: usize, o: usize) -> Option<(&Buf, &mut Buf)> {
    if i < o {
        let (l, r) = bufs.split_at_mut(o);
        Some((&l[i], &mut r[0]))
    } else if o < i {
        let (l, r) = bufs.split_at_mut(i);
        Some((&r[0], &mut l[o]))
    } else {
        None
    }
}

fn buf_ptr(b: &Buf, s: &Arc<CudaStream>) -> u64 {
    match b {
        Buf::F32(b) => b.device_ptr(s).0,
        Buf::F64(b) => b.device_ptr(s).0,
    }
}

fn eval(e: &SizeExpr, b: &Bindings) -> Result<usize, String> {
    e.eval(b).and_then(|n| usize::try_from(n).ok()).ok_or_else(|| format!("size {e} is unbound or too large"))
}
