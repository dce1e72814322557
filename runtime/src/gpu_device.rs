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
use std::rc::Rc;
use std::time::{Duration, Instant};

use syncbn_codegen::{gpu_execution, GpuExecution};
use syncbn_codegen::{symbol, DimRole, KernelInfo, KernelKind, KernelModule, ParamSource};

use crate::bind::{bind, Arg, BufferRef, Buffers, Sizes};
use crate::blas_call::sgemm_call;
use crate::comm::Scope;
use crate::device::{Device, Execution, Job};
use crate::executor::{PhaseTimes, SharedData};
use crate::gemm_plan::{gemms_first, BlasNode};
use crate::gpu_api::{CommScope, Elem, GpuApi, KernelArg, ReduceCall};
use crate::gpu_profile::GpuProfile;
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
    /// Kernels of the module that no node calls (the optimizer's), loaded with the others.
    extra: Vec<KernelKind>,
    open: ApiFactory,
}

impl GpuDevice {
    /// A device called `name` (`cuda`, `ptx-sim`) whose runs use the GPUs `open` gives for
    /// `module` (compiled by `syncbn_codegen::compile_graph`).
    pub fn new(name: &str, module: KernelModule, open: ApiFactory) -> Self {
        GpuDevice { name: name.to_string(), module, extra: Vec::new(), open }
    }

    /// The device with the kernels `extra` of its module (compiled in by
    /// `syncbn_codegen::compile_graph_cached`) loaded too, for the training loop to launch.
    pub fn with_kernels(mut self, extra: &[KernelKind]) -> Self {
        self.extra = extra.to_vec();
        self
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
    by_name: Rc<HashMap<&'a str, ValueId>>,
    bufs: Vec<Buf>,
    inputs: Vec<u64>,
    inits: Vec<Option<u64>>,
    scratch: HashMap<String, Buf>,
    bindings: Bindings,
    /// Values moved into a buffer of their own group ([`GpuSession::relocate`]): the buffer and
    /// the value's first element in it.
    relocated: HashMap<ValueId, (Buf, usize)>,
}

impl Device for GpuDevice {
    fn describe(&self) -> String {
        format!("{}: {} kernels", self.name, self.module.kernels.len())
    }

    fn execute(&self, job: &Job<'_>) -> Result<Execution, RunError> {
        let shards: Vec<&[&[f32]]> = job.shards.iter().map(Vec::as_slice).collect();
        let mut session = GpuSession::open(self, job.plan, job.shared, Some(&shards), &job.bindings, job.timeout)?;
        let result = session.drive(job);
        if result.is_err() {
            session.abort();
        }
        result
    }
}

/// One run's GPUs, the module loaded on each and every replica's buffers allocated: what a run
/// and the training loop step, one plan step at a time on every GPU.
pub(crate) struct GpuSession<'a> {
    name: &'a str,
    api: Box<dyn GpuApi>,
    plan: &'a ExecutionPlan,
    table: HashMap<&'a str, Vec<&'a KernelInfo>>,
    reps: Vec<GpuReplica<'a>>,
    timeout: Duration,
    /// With `--profile`: every GPU's timed plan steps.
    profile: Option<GpuProfile>,
}

impl<'a> GpuSession<'a> {
    /// Opens `device`'s GPUs for `plan` with the initializers `shared` and, per local GPU, its
    /// bindings and its input shards (`None`: zeroed input buffers, fed later by
    /// [`GpuSession::write_input`]).
    pub(crate) fn open(
        device: &'a GpuDevice,
        plan: &'a ExecutionPlan,
        shared: &SharedData,
        shards: Option<&[&[&[f32]]]>,
        bindings: &[Bindings],
        timeout: Duration,
    ) -> Result<Self, RunError> {
        let mut api = (device.open)(plan.group_size)?;
        api.set_timeout(timeout);
        let ptx =
            device.module.ptx.as_deref().ok_or_else(|| RunError::Compile("the kernel module has no PTX".into()))?;
        let by_name: Rc<HashMap<&str, ValueId>> =
            Rc::new(plan.values.iter().enumerate().map(|(i, v)| (v.name.as_str(), i)).collect());
        let mut table: HashMap<&str, Vec<&KernelInfo>> = HashMap::new();
        for k in &device.module.kernels {
            table.entry(k.node.as_str()).or_default().push(k);
        }
        let extra: Vec<String> = device.extra.iter().map(|&k| symbol(k)).collect();
        let mut names: Vec<&str> = device.module.kernels.iter().map(|k| k.kernel.as_str()).collect();
        names.extend(extra.iter().map(String::as_str));
        names.sort_unstable();
        names.dedup();
        let mut reps = Vec::with_capacity(api.gpus());
        for gpu in 0..api.gpus() {
            let r = api.replica(gpu);
            let rep = api.load_module(gpu, ptx, &names).and_then(|()| {
                let bound = bindings.get(gpu).cloned().ok_or("no bindings for this GPU")?;
                let inputs = shards.map(|s| s.get(gpu).copied().unwrap_or_default());
                GpuReplica::new(api.as_mut(), gpu, plan, shared, inputs, bound, by_name.clone())
            });
            match rep {
                Ok(rep) => reps.push(rep),
                Err(e) => {
                    api.abort();
                    return Err(gpu_err(r, e));
                }
            }
        }
        Ok(GpuSession { name: &device.name, api, plan, table, reps, timeout, profile: None })
    }

    /// Aborts the communicators (after an error), so that no GPU stays blocked in a collective.
    pub(crate) fn abort(&mut self) {
        self.api.abort();
    }

    /// The global replica index of each local GPU, in order.
    pub(crate) fn replicas(&self) -> Vec<usize> {
        self.reps.iter().map(|r| r.replica).collect()
    }

    /// Records every later step's plan steps on every GPU from timing marks, timed from `epoch`
    /// (the training loop's profile; `--run` records through its job).
    pub(crate) fn start_profile(&mut self, epoch: Instant) {
        let tracks = self.reps.iter().map(|r| r.replica + 1).max().unwrap_or(0);
        self.profile = Some(GpuProfile::new(epoch, tracks));
    }

    /// The slices recorded since [`Self::start_profile`], one track per replica (none without it).
    pub(crate) fn finish_profile(&mut self) -> Vec<Vec<crate::profile::Slice>> {
        self.profile.take().map(|p| GpuProfile::finish(p).replicas).unwrap_or_default()
    }

    /// Runs `job.steps` steps, reading the outputs after the first.
    fn drive(&mut self, job: &Job<'_>) -> Result<Execution, RunError> {
        let mut ex = Execution { outputs: Vec::new(), step_times: Vec::new(), phases: Vec::new(), profile: None };
        let tracks = self.reps.iter().map(|r| r.replica + 1).max().unwrap_or(0);
        self.profile = job.profile.map(|epoch| GpuProfile::new(epoch, tracks));
        for step in 0..job.steps {
            let progress = job.progress.then_some((step, job.steps));
            let elapsed = self.step(step, progress, job.fault)?;
            ex.step_times.push(elapsed);
            ex.phases.push(PhaseTimes { execute: elapsed, collectives: Default::default() });
            if step == 0 {
                for rep in &self.reps {
                    let fail = |message| RunError::ReplicaFailed { replica: rep.replica, step, message };
                    ex.outputs.push(rep.read_outputs(self.api.as_mut()).map_err(fail)?);
                }
            }
        }
        ex.profile = self.profile.take().map(GpuProfile::finish);
        Ok(ex)
    }

    /// Runs every plan step once on every GPU (run step `step`; `progress` prints a line per plan
    /// step of run step `(step, steps)`) and waits for the GPUs; the step's wall time.
    pub(crate) fn step(
        &mut self,
        step: usize,
        progress: Option<(usize, usize)>,
        fault: Option<crate::executor::Fault>,
    ) -> Result<Duration, RunError> {
        let fail = |replica: usize, message: String| RunError::ReplicaFailed { replica, step, message };
        let api = self.api.as_mut();
        sync_all(api, &self.reps, self.timeout).map_err(|(r, m)| fail(r, m))?;
        let start = Instant::now();
        let profiling = self.profile.is_some();
        let mut first_collective = true;
        let total = self.plan.steps.len();
        for (i, s) in self.plan.steps.iter().enumerate() {
            if let Some((step, steps)) = progress {
                let line = format!("\r{}: step {}/{steps}, plan step {}/{total}", self.name, step + 1, i + 1);
                crate::console::stderr(&line);
            }
            match s {
                Step::Launch(launch) => {
                    let table = &self.table;
                    let calls = |l: &Launch| table.get(l.node.as_str()).map(Vec::as_slice).unwrap_or_default();
                    for rep in self.reps.iter_mut() {
                        let gpu = rep.gpu;
                        let mark = |api: &mut dyn GpuApi| if profiling { api.mark(gpu) } else { Ok(()) };
                        let mut launches = |api: &mut dyn GpuApi| {
                            launch.with_reductions().try_for_each(|l| rep.launch(api, l, calls(l)))
                        };
                        (mark(api).and_then(|()| launches(api)).and_then(|()| mark(api)))
                            .map_err(|m| fail(rep.replica, m))?;
                    }
                }
                Step::Collective(c) => {
                    if std::mem::take(&mut first_collective) {
                        check_fault(fault, step).map_err(|(r, m)| fail(r, m))?;
                    }
                    let scope = match c.scope {
                        Scope::World => CommScope::World,
                        _ => CommScope::Group,
                    };
                    if profiling {
                        mark_all(api, &self.reps).map_err(|(r, m)| fail(r, m))?;
                    }
                    all_reduce(api, &self.reps, c, scope).map_err(|(r, m)| fail(r, m))?;
                    if profiling {
                        mark_all(api, &self.reps).map_err(|(r, m)| fail(r, m))?;
                    }
                }
            }
        }
        sync_all(api, &self.reps, self.timeout).map_err(|(r, m)| fail(r, m))?;
        let elapsed = start.elapsed();
        if profiling {
            self.record_profile(step, start).map_err(|(r, m)| fail(r, m))?;
        }
        if progress.is_some() {
            crate::console::stderr("\n");
        }
        Ok(elapsed)
    }

    /// Adds run step `step`, begun at `start`, to the profile: every GPU's marks and the bytes
    /// each plan step moved on it.
    fn record_profile(&mut self, step: usize, start: Instant) -> Result<(), (usize, String)> {
        let Some(profile) = self.profile.as_mut() else { return Ok(()) };
        for rep in &self.reps {
            let marks = self.api.take_marks(rep.gpu).map_err(|m| (rep.replica, m))?;
            let bytes = (0..self.plan.steps.len())
                .map(|i| step_bytes(self.plan, i, |v| value_len(self.plan, &rep.bindings, v)))
                .collect::<Result<Vec<_>, String>>()
                .map_err(|m| (rep.replica, m))?;
            profile.record(rep.replica, step, start, &marks, &bytes).map_err(|m| (rep.replica, m))?;
        }
        Ok(())
    }

    /// The device address of value `value` on local GPU `local`.
    pub(crate) fn ptr(&self, local: usize, value: ValueId) -> Result<u64, String> {
        self.rep(local)?.ptr(value)
    }

    /// The device address of initializer `index`'s copy on local GPU `local`.
    pub(crate) fn initializer_ptr(&self, local: usize, index: usize) -> Result<u64, String> {
        let rep = self.rep(local)?;
        rep.inits.get(index).copied().flatten().ok_or_else(|| format!("initializer {index} is not f32 data"))
    }

    /// The elements of value `value` on local GPU `local`.
    pub(crate) fn len(&self, local: usize, value: ValueId) -> Result<usize, String> {
        value_len(self.plan, &self.rep(local)?.bindings, value)
    }

    /// Copies `data` into graph input `input`'s buffer on local GPU `local`.
    pub(crate) fn write_input(&mut self, local: usize, input: usize, data: &[f32]) -> Result<(), String> {
        let rep = self.rep(local)?;
        let (gpu, ptr) = (rep.gpu, *rep.inputs.get(input).ok_or_else(|| format!("no graph input {input}"))?);
        self.api.write(gpu, ptr, data)
    }

    /// Copies `data` into the device buffer `ptr` of local GPU `local`.
    pub(crate) fn write(&mut self, local: usize, ptr: u64, data: &[f32]) -> Result<(), String> {
        let gpu = self.rep(local)?.gpu;
        self.api.write(gpu, ptr, data)
    }

    /// A new zeroed f32 buffer of `len` elements on local GPU `local`.
    pub(crate) fn alloc(&mut self, local: usize, len: usize) -> Result<u64, String> {
        let gpu = self.rep(local)?.gpu;
        self.api.alloc_zeros(gpu, Elem::F32, len)
    }

    /// Reads `len` f32 elements of the device buffer `ptr` of local GPU `local`.
    pub(crate) fn read(&mut self, local: usize, ptr: u64, len: usize) -> Result<Vec<f32>, String> {
        let gpu = self.rep(local)?.gpu;
        let data = if len == 0 { Vec::new() } else { self.api.download(gpu, ptr, Elem::F32, len)? };
        Ok(data.into_iter().map(|v| v as f32).collect())
    }

    /// Enqueues kernel `kind` of the module on local GPU `local` over `len` work items.
    pub(crate) fn launch(
        &mut self,
        local: usize,
        kind: KernelKind,
        len: usize,
        args: &[KernelArg],
    ) -> Result<(), String> {
        let gpu = self.rep(local)?.gpu;
        let launch = kind.launch_rule().resolve(len as u64, 1, 1);
        self.api.launch(gpu, &symbol(kind), launch.grid, launch.block, args)
    }

    /// Moves the f32 values `values` (each with its elements) of local GPU `local` into one new
    /// buffer, one after the other in that order: every kernel and collective that reads or
    /// writes them uses their place there from now on (a gradient bucket, summed in place by its
    /// collective). The buffer's address. (Outputs read after a run would not see them: only the
    /// training loop relocates.)
    pub(crate) fn relocate(&mut self, local: usize, values: &[(ValueId, usize)]) -> Result<u64, String> {
        let len: usize = values.iter().map(|v| v.1).sum();
        let ptr = self.alloc(local, len)?;
        let buf = Buf { ptr, elem: Elem::F32, len: len.max(1) };
        let rep = self.reps.get_mut(local).ok_or_else(|| format!("no local GPU {local}"))?;
        let mut offset = 0;
        for &(value, n) in values {
            rep.relocated.insert(value, (buf, offset));
            offset += n;
        }
        Ok(ptr)
    }

    /// Moves the f32 initializers `inits` (each with its elements) of local GPU `local` into one
    /// new buffer, one after the other in that order, with their current values; every kernel
    /// reads them there from now on. The buffer's address.
    pub(crate) fn gather_initializers(&mut self, local: usize, inits: &[(usize, usize)]) -> Result<u64, String> {
        let mut values = Vec::new();
        for &(index, len) in inits {
            let ptr = self.initializer_ptr(local, index)?;
            values.extend(self.read(local, ptr, len)?);
        }
        let ptr = self.alloc(local, values.len())?;
        self.write(local, ptr, &values)?;
        let rep = self.reps.get_mut(local).ok_or_else(|| format!("no local GPU {local}"))?;
        let mut offset = 0u64;
        for &(index, len) in inits {
            let slot = rep.inits.get_mut(index).ok_or_else(|| format!("no initializer {index}"))?;
            *slot = Some(ptr + 4 * offset);
            offset += len as u64;
        }
        Ok(ptr)
    }

    fn rep(&self, local: usize) -> Result<&GpuReplica<'a>, String> {
        self.reps.get(local).ok_or_else(|| format!("no local GPU {local}"))
    }
}

fn gpu_err(replica: usize, e: impl std::fmt::Display) -> RunError {
    RunError::ReplicaFailed { replica, step: 0, message: e.to_string() }
}

fn check_fault(fault: Option<crate::executor::Fault>, step: usize) -> Result<(), (usize, String)> {
    match fault {
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

/// The elements of `plan`'s value `value` under `bindings`.
fn value_len(plan: &ExecutionPlan, bindings: &Bindings, value: ValueId) -> Result<usize, String> {
    eval(&SizeExpr::of_shape(&plan.values[value].ty.shape).ok_or("size overflows")?, bindings)
}

/// Records a timing mark on every replica's stream.
fn mark_all(api: &mut dyn GpuApi, reps: &[GpuReplica<'_>]) -> Result<(), (usize, String)> {
    reps.iter().try_for_each(|r| api.mark(r.gpu).map_err(|m| (r.replica, m)))
}

/// The bytes plan step `i` reads and writes on a replica whose values have `len` elements: a
/// launch's inputs and outputs, a collective's payload (both ways).
fn step_bytes(
    plan: &ExecutionPlan,
    i: usize,
    len: impl Fn(ValueId) -> Result<usize, String>,
) -> Result<(u64, u64), String> {
    let bytes = |v: ValueId| -> Result<u64, String> {
        let elem = if plan.values[v].ty.dtype == syncbn_ir::DType::F64 { 8 } else { 4 };
        Ok((len(v)? * elem) as u64)
    };
    let sum = |vs: &mut dyn Iterator<Item = ValueId>| vs.map(bytes).sum::<Result<u64, String>>();
    match &plan.steps[i] {
        Step::Launch(l) => Ok((sum(&mut l.inputs.iter().flatten().copied())?, sum(&mut l.outputs.iter().copied())?)),
        Step::Collective(c) => {
            let payload = sum(&mut c.payload.iter().map(|e| e.input))?;
            Ok((payload, payload))
        }
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
    /// Local GPU `gpu`'s replica of `plan` with `bindings`: its planned buffers, its copy of every
    /// f32 initializer, and its input buffers holding `shards` (`None`: zeroed, sized by the plan).
    fn new(
        api: &mut dyn GpuApi,
        gpu: usize,
        plan: &'a ExecutionPlan,
        shared: &SharedData,
        shards: Option<&[&[f32]]>,
        bindings: Bindings,
        by_name: Rc<HashMap<&'a str, ValueId>>,
    ) -> Result<Self, String> {
        let mut bufs = Vec::with_capacity(plan.buffers.len());
        for b in &plan.buffers {
            let len = eval(&b.elements, &bindings)?.max(1);
            let elem = if b.dtype == syncbn_ir::DType::F64 { Elem::F64 } else { Elem::F32 };
            bufs.push(Buf { ptr: api.alloc_zeros(gpu, elem, len)?, elem, len });
        }
        let inputs = match shards {
            Some(shards) => shards.iter().map(|s| api.upload(gpu, s)).collect::<Result<_, _>>()?,
            None => (input_lens(plan, &bindings)?.into_iter())
                .map(|len| api.alloc_zeros(gpu, Elem::F32, len))
                .collect::<Result<_, _>>()?,
        };
        let inits = (shared.initializers.iter())
            .map(|i| i.as_deref().map(|d| api.upload(gpu, d)).transpose())
            .collect::<Result<_, _>>()?;
        let replica = api.replica(gpu);
        let (scratch, relocated) = (HashMap::new(), HashMap::new());
        Ok(GpuReplica { gpu, replica, plan, by_name, bufs, inputs, inits, scratch, bindings, relocated })
    }

    fn ptr(&self, v: ValueId) -> Result<u64, String> {
        if let Some((buf, offset)) = self.relocated.get(&v) {
            return Ok(buf.ptr + (offset * buf.elem.bytes()) as u64);
        }
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
        let (a, (b, offset)) = (self.bufs[*i], self.relocated.get(&output).copied().unwrap_or((self.bufs[*o], 0)));
        if a.ptr == b.ptr {
            return Err("collective input and output share a buffer".into());
        }
        if a.elem != b.elem {
            return Err("collective input and output dtypes differ".into());
        }
        let count =
            eval(&SizeExpr::of_shape(&self.plan.values[input].ty.shape).unwrap_or(SizeExpr::fixed(0)), &self.bindings)?;
        if count > a.len || offset + count > b.len {
            return Err(format!("collective of {count} elements exceeds its buffers"));
        }
        Ok(ReduceCall { gpu: self.gpu, input: a.ptr, output: b.ptr, output_offset: offset, count, elem: a.elem })
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

/// The elements of every graph input of `plan` under `bindings` (1 for an input no step reads).
fn input_lens(plan: &ExecutionPlan, bindings: &Bindings) -> Result<Vec<usize>, String> {
    let mut lens = Vec::new();
    for v in &plan.values {
        if let Storage::Input { index } = v.storage {
            if lens.len() <= index {
                lens.resize(index + 1, 1);
            }
            lens[index] = eval(&SizeExpr::of_shape(&v.ty.shape).ok_or("size overflows")?, bindings)?.max(1);
        }
    }
    Ok(lens)
}

fn eval(e: &SizeExpr, b: &Bindings) -> Result<usize, String> {
    e.eval(b).and_then(|n| usize::try_from(n).ok()).ok_or_else(|| format!("size {e} is unbound or too large"))
}
