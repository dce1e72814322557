//! The GPU device: the graph's kernel module (PTX from `syncbn_codegen`) loaded on one GPU per
//! replica, one stream per GPU, cuBLAS GEMMs for the BLAS nodes and grouped NCCL all-reduces for the
//! collectives, with no host synchronization inside a step. It drives a [`GpuApi`]: cudarc on real
//! GPUs or the PTX emulator, so the emulator runs exactly this code.
//!
//! Launches are asynchronous, so one host thread drives every GPU: for each plan step it enqueues
//! the step's kernels on every replica's stream, and for a collective it issues one grouped NCCL
//! call over all replicas (each sync group has its own communicator; collectives of scope `world`,
//! the parameter gradients, use one over every replica). The host waits only at step
//! boundaries (timing) and when reading outputs.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use syncbn_codegen::{gpu_execution, GpuExecution};
use syncbn_codegen::{DimRole, KernelInfo, KernelModule, ParamSource};

use crate::bind::{bind, Arg, BufferRef, Buffers, Sizes};
use crate::blas_call::sgemm_call;
use crate::comm::Scope;
use crate::device::{Device, Execution, Job};
use crate::executor::PhaseTimes;
use crate::gemm_plan::{gemms_first, BlasNode};
use crate::gpu_api::{CommScope, Elem, GpuApi, KernelArg, ReduceCall};
use crate::plan::{Collective, ExecutionPlan, Launch, Step, Storage, ValueId};
use crate::size::{Bindings, SizeExpr};
use crate::RunError;

/// How often the watchdog polls the GPUs' streams while it waits.
const POLL: Duration = Duration::from_micros(20);

/// Opens one run's GPUs for a plan's sync-group size.
pub type ApiFactory = Box<dyn Fn(usize) -> Result<Box<dyn GpuApi>, RunError>>;

/// One GPU per replica with the graph's kernels compiled to PTX.
pub struct GpuDevice {
    name: String,
    module: KernelModule,
    open: ApiFactory,
}

impl GpuDevice {
    /// A device called `name` (`cuda`, `ptx-sim`) whose runs use the GPUs `open` gives for
    /// `module` (compiled by `syncbn_codegen::compile_graph`).
    pub fn new(name: &str, module: KernelModule, open: ApiFactory) -> Self {
        GpuDevice { name: name.to_string(), module, open }
    }
}

/// A device buffer: address, element type and length.
#[derive(Clone, Copy, Debug)]
struct Buf {
    ptr: u64,
    elem: Elem,
    len: usize,
}

/// One replica's GPU state: its kernels' buffers.
struct GpuReplica<'a> {
    gpu: usize,
    replica: usize,
    plan: &'a ExecutionPlan,
    by_name: &'a HashMap<&'a str, ValueId>,
    bufs: Vec<Buf>,
    inputs: Vec<u64>,
    inits: Vec<Option<u64>>,
    scratch: HashMap<String, Buf>,
    bindings: Bindings,
}

impl Device for GpuDevice {
    fn describe(&self) -> String {
        format!("{}: {} kernels", self.name, self.module.kernels.len())
    }

    fn execute(&self, job: &Job<'_>) -> Result<Execution, RunError> {
        let mut api = (self.open)(job.plan.group_size)?;
        api.set_timeout(job.timeout);
        let result = self.drive(api.as_mut(), job);
        if result.is_err() {
            api.abort();
        }
        result
    }
}

impl GpuDevice {
    /// Runs `job` on `api`'s GPUs; an error leaves the communicators for the caller to abort.
    fn drive(&self, api: &mut dyn GpuApi, job: &Job<'_>) -> Result<Execution, RunError> {
        let plan = job.plan;
        let ptx = self.module.ptx.clone().ok_or_else(|| RunError::Compile("the kernel module has no PTX".into()))?;
        let by_name: HashMap<&str, ValueId> =
            plan.values.iter().enumerate().map(|(i, v)| (v.name.as_str(), i)).collect();
        let mut table: HashMap<&str, Vec<&KernelInfo>> = HashMap::new();
        for k in &self.module.kernels {
            table.entry(k.node.as_str()).or_default().push(k);
        }
        let names: Vec<&str> = {
            let mut n: Vec<&str> = self.module.kernels.iter().map(|k| k.kernel.as_str()).collect();
            n.sort_unstable();
            n.dedup();
            n
        };
        let mut reps = Vec::with_capacity(api.gpus());
        for gpu in 0..api.gpus() {
            let r = api.replica(gpu);
            api.load_module(gpu, &ptx, &names).map_err(|e| gpu_err(r, e))?;
            reps.push(GpuReplica::new(api, gpu, job, &by_name).map_err(|e| gpu_err(r, e))?);
        }
        let mut ex = Execution { outputs: Vec::new(), step_times: Vec::new(), phases: Vec::new(), profile: None };
        let total = plan.steps.len();
        for step in 0..job.steps {
            let fail = |replica: usize, message: String| RunError::ReplicaFailed { replica, step, message };
            sync_all(api, &reps, job.timeout).map_err(|(r, m)| fail(r, m))?;
            let start = Instant::now();
            let mut first_collective = true;
            for (i, s) in plan.steps.iter().enumerate() {
                if job.progress {
                    let line = format!("\r{}: step {}/{}, plan step {}/{total}", self.name, step + 1, job.steps, i + 1);
                    crate::console::stderr(&line);
                }
                match s {
                    Step::Launch(l) => {
                        let calls = table.get(l.node.as_str()).map(Vec::as_slice).unwrap_or_default();
                        for rep in reps.iter_mut() {
                            rep.launch(api, l, calls).map_err(|m| fail(rep.replica, m))?;
                        }
                    }
                    Step::Collective(c) => {
                        if std::mem::take(&mut first_collective) {
                            check_fault(job, step).map_err(|(r, m)| fail(r, m))?;
                        }
                        let scope = match c.scope {
                            Scope::World => CommScope::World,
                            _ => CommScope::Group,
                        };
                        all_reduce(api, &reps, c, scope).map_err(|(r, m)| fail(r, m))?;
                    }
                }
            }
            sync_all(api, &reps, job.timeout).map_err(|(r, m)| fail(r, m))?;
            if job.progress {
                crate::console::stderr("\n");
            }
            let elapsed = start.elapsed();
            ex.step_times.push(elapsed);
            ex.phases.push(PhaseTimes { execute: elapsed, collectives: Default::default() });
            if step == 0 {
                for rep in &reps {
                    ex.outputs.push(rep.read_outputs(api).map_err(|m| fail(rep.replica, m))?);
                }
            }
        }
        Ok(ex)
    }
}

fn gpu_err(replica: usize, e: impl std::fmt::Display) -> RunError {
    RunError::ReplicaFailed { replica, step: 0, message: e.to_string() }
}

fn check_fault(job: &Job<'_>, step: usize) -> Result<(), (usize, String)> {
    match job.fault {
        Some(f) if f.step == step => {
            Err((f.replica, format!("injected failure in replica {} at step {step}", f.replica)))
        }
        _ => Ok(()),
    }
}

/// The watchdog's wait for every replica's stream: it polls all of them, so that an error on any
/// GPU ends the wait at once, and after `timeout` names the replicas still running.
fn sync_all(api: &mut dyn GpuApi, reps: &[GpuReplica<'_>], timeout: Duration) -> Result<(), (usize, String)> {
    let deadline = Instant::now() + timeout;
    let mut running: Vec<&GpuReplica<'_>> = reps.iter().collect();
    loop {
        let mut still = Vec::new();
        for r in running {
            if !api.query(r.gpu).map_err(|e| (r.replica, e))? {
                still.push(r);
            }
        }
        let Some(first) = still.first() else { return Ok(()) };
        if Instant::now() >= deadline {
            let names: Vec<String> = still.iter().map(|r| r.replica.to_string()).collect();
            let message = format!(
                "replicas [{}] did not finish within the timeout of {} s (watchdog)",
                names.join(", "),
                timeout.as_secs_f64()
            );
            return Err((first.replica, message));
        }
        std::thread::sleep(POLL);
        running = still;
    }
}

/// One grouped all-reduce: every replica's inputs summed into its outputs, per communicator.
fn all_reduce(
    api: &mut dyn GpuApi,
    reps: &[GpuReplica<'_>],
    c: &Collective,
    scope: CommScope,
) -> Result<(), (usize, String)> {
    let mut calls = Vec::with_capacity(reps.len() * c.payload.len());
    for rep in reps {
        for e in &c.payload {
            calls.push(rep.reduce_call(e.input, e.output).map_err(|m| (rep.replica, m))?);
        }
    }
    api.all_reduce(scope, &calls)
}

impl<'a> GpuReplica<'a> {
    /// Local GPU `gpu`'s replica, whose shards and bindings are `job`'s entry `gpu`.
    fn new(
        api: &mut dyn GpuApi,
        gpu: usize,
        job: &'a Job<'a>,
        by_name: &'a HashMap<&'a str, ValueId>,
    ) -> Result<Self, String> {
        let plan = job.plan;
        let bindings = job.bindings[gpu].clone();
        let mut bufs = Vec::with_capacity(plan.buffers.len());
        for b in &plan.buffers {
            let len = eval(&b.elements, &bindings)?.max(1);
            let elem = if b.dtype == syncbn_ir::DType::F64 { Elem::F64 } else { Elem::F32 };
            bufs.push(Buf { ptr: api.alloc_zeros(gpu, elem, len)?, elem, len });
        }
        let inputs = job.shards[gpu].iter().map(|s| api.upload(gpu, s)).collect::<Result<_, _>>()?;
        let inits = (job.shared.initializers.iter())
            .map(|i| i.as_deref().map(|d| api.upload(gpu, d)).transpose())
            .collect::<Result<_, _>>()?;
        let replica = api.replica(gpu);
        Ok(GpuReplica { gpu, replica, plan, by_name, bufs, inputs, inits, scratch: HashMap::new(), bindings })
    }

    fn ptr(&self, v: ValueId) -> Result<u64, String> {
        Ok(match self.plan.values[v].storage {
            Storage::Input { index } => self.inputs[index],
            Storage::Initializer { index } => match self.inits[index] {
                Some(b) => b,
                None => return Err(format!("initializer {:?} is not f32", self.plan.values[v].name)),
            },
            Storage::Buffer { buffer } => self.bufs[buffer].ptr,
        })
    }

    /// The concrete shape of a value.
    fn shape(&self, v: ValueId) -> Result<Vec<usize>, String> {
        (self.plan.values[v].ty.shape.iter())
            .map(|d| eval(&SizeExpr::of_shape(std::slice::from_ref(d)).ok_or("size overflows")?, &self.bindings))
            .collect()
    }

    /// Enqueues the node's work: its table kernels and, for a cuBLAS node ([`gpu_execution`]), its
    /// GEMMs after them (or before, for ConvGradInput's col2im).
    fn launch(&mut self, api: &mut dyn GpuApi, l: &Launch, calls: &[&KernelInfo]) -> Result<(), String> {
        if gpu_execution(&l.op) != GpuExecution::Blas {
            return self.launch_kernels(api, l, calls);
        }
        let (op, attrs) = (l.op.as_str(), &l.attrs);
        if gemms_first(op) {
            self.run_gemms(api, l, op, attrs, calls)?;
            return self.launch_kernels(api, l, calls);
        }
        self.launch_kernels(api, l, calls)?;
        self.run_gemms(api, l, op, attrs, calls)
    }

    /// The cuBLAS GEMMs of a BLAS node, on the node's im2col workspace (from its table kernels).
    fn run_gemms(
        &mut self,
        api: &mut dyn GpuApi,
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
                Some(self.workspace_ptr(api, name, len as usize)?)
            }
            None => None,
        };
        let inputs = (l.inputs.iter())
            .map(|i| i.map(|v| Ok::<_, String>((self.ptr(v)?, self.shape(v)?))).transpose())
            .collect::<Result<Vec<_>, String>>()?;
        let out = *l.outputs.first().ok_or_else(|| format!("node {:?} has no output", l.node))?;
        let node = BlasNode { op, attrs, inputs, output: (self.ptr(out)?, self.shape(out)?), workspace };
        for gemm in node.gemms().map_err(|e| format!("node {:?}: {e}", l.node))? {
            if let Some(call) = sgemm_call(&gemm).map_err(|e| format!("node {:?}: {e}", l.node))? {
                api.sgemm(self.gpu, &call).map_err(|e| format!("node {:?}: {e}", l.node))?;
            }
        }
        Ok(())
    }

    /// Enqueues the node's kernel calls; `parts` of a partial-sums launch (`MomentsPartial`,
    /// `BnGradPartial`) carries to the combine that follows it.
    fn launch_kernels(&mut self, api: &mut dyn GpuApi, l: &Launch, calls: &[&KernelInfo]) -> Result<(), String> {
        if calls.is_empty() && gpu_execution(&l.op) != GpuExecution::Blas {
            return Err(format!("node {:?}: no GPU kernel in the module", l.node));
        }
        let mut parts = 1u64;
        for k in calls {
            let rule = k.launch.ok_or_else(|| format!("kernel {} has no launch rule", k.kernel))?;
            let dims = |name: &str| -> Result<Option<i64>, String> {
                match k.params.iter().find(|p| p.name == name) {
                    Some(p) => crate::bind::int(&p.source, &*self),
                    None => Ok(None),
                }
            };
            let (n, c, s, len) = (dims("n")?, dims("c")?, dims("s")?, dims("len")?);
            let launch = rule.resolve(
                n.or(len).unwrap_or(1).max(0) as u64,
                c.unwrap_or(1).max(0) as u64,
                s.unwrap_or(1).max(0) as u64,
            );
            if matches!(rule.grid, syncbn_codegen::GridRule::ChannelParts { .. }) {
                parts = launch.parts;
            }
            let args = bind(k, &mut GpuBuffers { rep: self, api }, parts)?;
            let args: Vec<KernelArg> = args
                .into_iter()
                .map(|a| match a {
                    Arg::Buffer(p) => KernelArg::Ptr(p),
                    Arg::I64(v) => KernelArg::I64(v),
                    Arg::F32(v) => KernelArg::F32(v),
                    Arg::F64(v) => KernelArg::F64(v),
                })
                .collect();
            api.launch(self.gpu, &k.kernel, launch.grid, launch.block, &args)
                .map_err(|e| format!("node {:?}: launching {}: {e}", l.node, k.kernel))?;
        }
        Ok(())
    }

    /// A node's `f32` workspace of at least `len` elements (an im2col matrix), kept across steps.
    fn workspace_ptr(&mut self, api: &mut dyn GpuApi, name: &str, len: usize) -> Result<u64, String> {
        self.reused(api, name, Elem::F32, len.max(1))
    }

    /// The named buffer of at least `len` elements, reallocated when too small.
    fn reused(&mut self, api: &mut dyn GpuApi, name: &str, elem: Elem, len: usize) -> Result<u64, String> {
        match self.scratch.get(name) {
            Some(b) if b.elem == elem && b.len >= len => Ok(b.ptr),
            _ => {
                let ptr = api.alloc_zeros(self.gpu, elem, len)?;
                self.scratch.insert(name.to_string(), Buf { ptr, elem, len });
                Ok(ptr)
            }
        }
    }

    /// The all-reduce of one payload entry: input buffer into output buffer.
    fn reduce_call(&self, input: ValueId, output: ValueId) -> Result<ReduceCall, String> {
        let (Storage::Buffer { buffer: i }, Storage::Buffer { buffer: o }) =
            (&self.plan.values[input].storage, &self.plan.values[output].storage)
        else {
            return Err("collective operands must be planned buffers".into());
        };
        if i == o {
            return Err("collective input and output share a buffer".into());
        }
        let (a, b) = (self.bufs[*i], self.bufs[*o]);
        if a.elem != b.elem {
            return Err("collective input and output dtypes differ".into());
        }
        let count =
            eval(&SizeExpr::of_shape(&self.plan.values[input].ty.shape).unwrap_or(SizeExpr::fixed(0)), &self.bindings)?;
        if count > a.len || count > b.len {
            return Err(format!("collective of {count} elements exceeds its buffers"));
        }
        Ok(ReduceCall { gpu: self.gpu, input: a.ptr, output: b.ptr, count, elem: a.elem })
    }

    fn read_outputs(&self, api: &mut dyn GpuApi) -> Result<Vec<Vec<f32>>, String> {
        let mut out = Vec::with_capacity(self.plan.outputs.len());
        for o in &self.plan.outputs {
            let v = &self.plan.values[o.value];
            let len = eval(&SizeExpr::of_shape(&v.ty.shape).unwrap_or(SizeExpr::fixed(0)), &self.bindings)?;
            let (ptr, elem, have) = match v.storage {
                Storage::Buffer { buffer } => (self.bufs[buffer].ptr, self.bufs[buffer].elem, self.bufs[buffer].len),
                Storage::Input { index } => (self.inputs[index], Elem::F32, len),
                Storage::Initializer { index } => match self.inits[index] {
                    Some(p) => (p, Elem::F32, len),
                    None => {
                        out.push(Vec::new());
                        continue;
                    }
                },
            };
            let data = if len == 0 { Vec::new() } else { api.download(self.gpu, ptr, elem, len.min(have))? };
            out.push(data.into_iter().map(|x| x as f32).collect());
        }
        Ok(out)
    }
}

/// A replica's buffers for a binding: plan tensors, and scratch and workspace buffers allocated on
/// its GPU on first use.
struct GpuBuffers<'r, 'a> {
    rep: &'r mut GpuReplica<'a>,
    api: &'r mut dyn GpuApi,
}

impl Sizes for GpuReplica<'_> {
    fn dim(&self, tensor: &str, role: DimRole) -> Result<i64, String> {
        let v = *self.by_name.get(tensor).ok_or_else(|| format!("tensor {tensor:?} is not in the plan"))?;
        let shape = &self.plan.values[v].ty.shape;
        let axes = role.axes(shape.len()).ok_or_else(|| format!("{role:?} does not fit {tensor:?}"))?;
        let size = SizeExpr::of_shape(&shape[axes]).ok_or("size overflows".to_string())?;
        Ok(eval(&size, &self.bindings)? as i64)
    }
}

impl Sizes for GpuBuffers<'_, '_> {
    fn dim(&self, tensor: &str, role: DimRole) -> Result<i64, String> {
        self.rep.dim(tensor, role)
    }
}

impl Buffers for GpuBuffers<'_, '_> {
    type Buf = u64;

    fn buffer(&mut self, r: BufferRef<'_>) -> Result<u64, String> {
        match r {
            BufferRef::Tensor(name) => {
                let v = *self.rep.by_name.get(name).ok_or_else(|| format!("tensor {name:?} is not in the plan"))?;
                self.rep.ptr(v)
            }
            BufferRef::Scratch { name, ty, len } => {
                let elem = if ty == syncbn_codegen::ParamType::PtrF64 { Elem::F64 } else { Elem::F32 };
                self.rep.reused(self.api, name, elem, len)
            }
            BufferRef::Workspace { name, len } => self.rep.workspace_ptr(self.api, name, len),
        }
    }
}

fn eval(e: &SizeExpr, b: &Bindings) -> Result<usize, String> {
    e.eval(b).and_then(|n| usize::try_from(n).ok()).ok_or_else(|| format!("size {e} is unbound or too large"))
}
