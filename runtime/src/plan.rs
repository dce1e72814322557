//! The execution plan: tensors, planned buffers and the one step order that every replica follows.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::ops::lowered::{GROUP_SIZE, LAYERS};
use syncbn_ir::{Attr, DType, Dim, Graph, Node, TensorType, Typed};

use crate::comm::Scope;
use crate::cpu_ops::OpAttrs;
use crate::hot::Readers;
use crate::memory::{plan_buffers, Buffer, Lifetime};
use crate::size::SizeExpr;
use crate::RunError;

/// Index of a tensor in [`ExecutionPlan::values`].
pub type ValueId = usize;

/// A compiled graph ready to run on `replicas` replicas; serializes to `plan.json`.
#[derive(Clone, Debug, Serialize)]
pub struct ExecutionPlan {
    /// The graph's name.
    pub graph: String,
    /// Number of replicas.
    pub replicas: usize,
    /// Replicas per sync group (consecutive replicas form a group).
    pub group_size: usize,
    /// Every tensor the steps touch.
    pub values: Vec<Value>,
    /// Planned buffers for intermediate tensors and graph outputs, with their tenants' lifetimes.
    pub buffers: Vec<Buffer>,
    /// The steps, in the order every replica executes them.
    pub steps: Vec<Step>,
    /// The graph outputs.
    pub outputs: Vec<Output>,
}

/// One tensor and where it lives.
#[derive(Clone, Debug, Serialize)]
pub struct Value {
    /// Tensor name (`node:out<i>` for an absent optional output).
    pub name: String,
    /// Element type and shape.
    #[serde(flatten)]
    pub ty: TensorType,
    /// Where its data lives.
    pub storage: Storage,
}

/// Where a tensor's data lives.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Storage {
    /// A graph input: this replica's shard, fed by the caller.
    Input {
        /// Index in the graph's inputs.
        index: usize,
    },
    /// A constant, identical on every replica.
    Initializer {
        /// Index in the graph's initializers.
        index: usize,
    },
    /// A planned buffer.
    Buffer {
        /// Index in [`ExecutionPlan::buffers`].
        buffer: usize,
    },
}

/// One step of the plan.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// A kernel launch.
    Launch(Launch),
    /// A collective across the replicas of each sync group.
    Collective(Collective),
}

/// A compute node: its kernels are the node's entries in the kernel table of `syncbn_codegen`
/// (the one node -> kernel contract); a node without entries runs the CPU op table
/// ([`crate::cpu_ops`]) on CPU replicas or cuBLAS on GPUs.
#[derive(Clone, Debug, Serialize)]
pub struct Launch {
    /// The graph node.
    pub node: String,
    /// The node's op.
    pub op: String,
    /// The node's attributes.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub attrs: BTreeMap<String, Attr>,
    /// Input tensors in the node's order (`None` for an absent optional input).
    pub inputs: Vec<Option<ValueId>>,
    /// Output tensors: the node's present outputs, in order (output 0 only for a CPU-table op).
    pub outputs: Vec<ValueId>,
    /// A CPU-table op's typed attributes, read from the node once here.
    #[serde(skip)]
    pub typed: OpAttrs,
    /// Per-channel reductions of output 0 that run inside this step and have none of their own
    /// (a training BatchNorm's `LocalMoments` after a Conv, its `BnGradReduce` after a
    /// ConvGradInput): CPU replicas run them image by image as the op writes each output image,
    /// while it is in cache; GPUs run them after the op.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reductions: Vec<Launch>,
}

impl Launch {
    /// This launch and its reductions, in the order a device that runs them one after the other
    /// runs them.
    pub fn with_reductions(&self) -> impl Iterator<Item = &Launch> {
        std::iter::once(self).chain(&self.reductions)
    }
}

/// An all-reduce (sum) of one packed `f64` payload over each sync group.
#[derive(Clone, Debug, Serialize)]
pub struct Collective {
    /// The `AllReduce` node.
    pub node: String,
    /// Replicas per group.
    pub group_size: usize,
    /// The replicas it spans: the sync group, or every replica (parameter gradients).
    pub scope: Scope,
    /// The BatchNorm layers this collective serves.
    pub layers: Vec<String>,
    /// Where each input sits in the payload and which output receives its sum.
    pub payload: Vec<PayloadEntry>,
    /// Payload length in `f64` elements (the same on every replica).
    pub payload_len: u64,
}

/// One tensor's place in a collective payload.
#[derive(Clone, Debug, Serialize)]
pub struct PayloadEntry {
    /// The tensor contributed.
    pub input: ValueId,
    /// The tensor that receives the group's sum.
    pub output: ValueId,
    /// Offset in the payload, in elements.
    pub offset: u64,
    /// Element count.
    pub len: u64,
}

/// A graph output and how the run assembles it from the replicas.
#[derive(Clone, Debug, Serialize)]
pub struct Output {
    /// The output name.
    pub name: String,
    /// Its tensor.
    pub value: ValueId,
    /// How replicas' copies combine.
    pub kind: OutputKind,
}

/// How a graph output is assembled from the replicas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutputKind {
    /// Axis 0 is the batch: replicas' shards concatenate in replica order.
    Batch,
    /// No batch axis (running statistics): one copy per sync group, identical within the group.
    PerGroup,
    /// No batch axis and summed over every replica (parameter gradients, `grad/<name>`): one copy,
    /// identical on every replica.
    World,
}

impl ExecutionPlan {
    /// Plans a lowered graph for `replicas` replicas in sync groups of `group_size`, with
    /// reductions inside their producers' steps ([`Launch::reductions`]).
    /// `lowered`'s facts (types, node order) are read, not inferred again, when it has them.
    pub fn build(lowered: &dyn Typed, replicas: usize, group_size: usize) -> Result<Self, RunError> {
        ExecutionPlan::build_with(lowered, replicas, group_size, true)
    }

    /// [`ExecutionPlan::build`], with reductions inside their producers' steps only when
    /// `hot_reductions` (else every node has a step of its own).
    pub fn build_with(
        lowered: &dyn Typed,
        replicas: usize,
        group_size: usize,
        hot_reductions: bool,
    ) -> Result<Self, RunError> {
        check_replicas(replicas, group_size)?;
        let option = crate::cpu_ops::WEIGHT_BOUND_MIN_WEIGHTS_ENV;
        crate::cpu_ops::weight_bound_min_weights().map_err(|message| RunError::Options { option, message })?;
        let info = lowered.info()?;
        let lowered = lowered.graph();
        let readers = hot_reductions.then(|| Readers::new(lowered));
        let mut builder = Builder::new(lowered);
        for &i in &info.order {
            let node = &lowered.nodes[i];
            if builder.absorbed.contains(&i) {
                continue;
            }
            if node.op == ALL_REDUCE {
                builder.collective(node, group_size)?;
            } else {
                builder.launch(&info.types, node, readers.as_ref())?;
            }
        }
        builder.finish(lowered, replicas, group_size)
    }

    /// How many reductions run inside their producers' steps.
    pub fn hot_reductions(&self) -> usize {
        let launches = self.steps.iter().filter_map(|s| if let Step::Launch(l) = s { Some(l) } else { None });
        launches.map(|l| l.reductions.len()).sum()
    }

    /// The plan as pretty JSON (`plan.json`).
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Number of collectives each replica performs per step.
    pub fn collectives(&self) -> usize {
        self.steps.iter().filter(|s| matches!(s, Step::Collective(_))).count()
    }
}

/// Checks `replicas >= 1` and that `group_size` (0 = all) divides it.
pub fn check_replicas(replicas: usize, group_size: usize) -> Result<(), RunError> {
    if replicas == 0 {
        return Err(RunError::Options { option: "replicas", message: "is 0; expected at least 1".into() });
    }
    if group_size == 0 || replicas % group_size != 0 {
        return Err(RunError::Options {
            option: "group_size",
            message: format!("is {group_size}; expected a divisor of the {replicas} replicas"),
        });
    }
    Ok(())
}

/// Accumulates values and steps while walking the graph.
struct Builder {
    values: Vec<Value>,
    by_name: HashMap<String, ValueId>,
    steps: Vec<Step>,
    /// Planned (buffer) values and their lifetimes, in order of definition.
    lifetimes: Vec<(ValueId, Lifetime)>,
    /// Index into `lifetimes` of each planned value.
    life_of: HashMap<ValueId, usize>,
    /// The nodes planned inside another node's step (by index in the graph).
    absorbed: HashSet<usize>,
}

impl Builder {
    fn new(graph: &Graph) -> Self {
        let mut b = Builder {
            values: Vec::new(),
            by_name: HashMap::new(),
            steps: Vec::new(),
            lifetimes: Vec::new(),
            life_of: HashMap::new(),
            absorbed: HashSet::new(),
        };
        for (index, input) in graph.inputs.iter().enumerate() {
            let ty = TensorType { dtype: input.dtype, shape: input.shape.clone() };
            b.add_value(input.name.clone(), ty, Storage::Input { index });
        }
        for (index, init) in graph.initializers.iter().enumerate() {
            let shape = init.shape.iter().map(|&d| Dim::Fixed(d)).collect();
            b.add_value(init.name.clone(), TensorType { dtype: init.dtype, shape }, Storage::Initializer { index });
        }
        b
    }

    fn add_value(&mut self, name: String, ty: TensorType, storage: Storage) -> ValueId {
        let id = self.values.len();
        self.by_name.insert(name.clone(), id);
        self.values.push(Value { name, ty, storage });
        id
    }

    /// The value read as `name` by the current step, extending its lifetime.
    fn read(&mut self, node: &Node, name: &str) -> Result<ValueId, RunError> {
        let id = *self
            .by_name
            .get(name)
            .ok_or_else(|| RunError::unsupported(&node.name, format!("input {name:?} is not defined")))?;
        let step = self.steps.len();
        if let Some(&l) = self.life_of.get(&id) {
            let life = &mut self.lifetimes[l].1;
            life.last_use = life.last_use.max(step);
        }
        Ok(id)
    }

    /// A new buffer value written by the current step.
    fn define(&mut self, node: &Node, index: usize, ty: TensorType) -> Result<ValueId, RunError> {
        let name = match node.outputs.get(index).filter(|o| !o.is_empty()) {
            Some(o) => o.clone(),
            None => format!("{}:out{index}", node.name),
        };
        let elements = SizeExpr::of_shape(&ty.shape)
            .ok_or_else(|| RunError::unsupported(&node.name, format!("output {name:?} has a size that overflows")))?;
        let step = self.steps.len();
        let life = Lifetime { dtype: ty.dtype, elements, def_step: step, last_use: step };
        let id = self.add_value(name, ty, Storage::Buffer { buffer: usize::MAX });
        self.life_of.insert(id, self.lifetimes.len());
        self.lifetimes.push((id, life));
        Ok(id)
    }

    /// Plans `node`'s step, with the reductions `readers` finds for it inside.
    fn launch(
        &mut self,
        types: &BTreeMap<String, TensorType>,
        node: &Node,
        readers: Option<&Readers>,
    ) -> Result<(), RunError> {
        let mut launch = self.node_launch(types, node)?;
        if let Some(readers) = readers {
            for i in readers.reductions_of(node, |name| self.by_name.contains_key(name)) {
                launch.reductions.push(self.node_launch(types, &readers.graph().nodes[i])?);
                self.absorbed.insert(i);
            }
        }
        self.steps.push(Step::Launch(launch));
        Ok(())
    }

    /// The launch of `node` at the current step: its inputs read, its outputs defined.
    fn node_launch(&mut self, types: &BTreeMap<String, TensorType>, node: &Node) -> Result<Launch, RunError> {
        let mut inputs = Vec::with_capacity(node.inputs.len());
        for name in &node.inputs {
            inputs.push(if name.is_empty() { None } else { Some(self.read(node, name)?) });
        }
        // CPU-table ops have one f32 output; kernel ops write every output, f32 or f64 (statistics).
        let (defined, dtypes, typed): (usize, &[DType], _) = match crate::cpu_ops::find(&node.op) {
            Some(op) => {
                op.check(node).map_err(|m| RunError::unsupported(&node.name, m))?;
                let typed = op.read_attrs(&node.attrs).map_err(|m| RunError::unsupported(&node.name, m))?;
                (1, &[DType::F32], typed)
            }
            None if syncbn_codegen::host_kernel_op(&node.op) => {
                (node.outputs.len(), &[DType::F32, DType::F64], OpAttrs::Untyped)
            }
            None => {
                let message = format!("op {:?} is not supported by the runtime", node.op);
                return Err(RunError::unsupported(&node.name, message));
            }
        };
        let mut outputs = Vec::with_capacity(defined);
        for (i, name) in node.outputs.iter().enumerate().take(defined).filter(|(_, o)| !o.is_empty()) {
            let ty = types
                .get(name)
                .ok_or_else(|| RunError::unsupported(&node.name, format!("output {i} has no inferred type")))?;
            if !dtypes.contains(&ty.dtype) {
                let expected: Vec<String> = dtypes.iter().map(ToString::to_string).collect();
                let message = format!("output {i} has dtype {}; expected {}", ty.dtype, expected.join(" or "));
                return Err(RunError::unsupported(&node.name, message));
            }
            outputs.push(self.define(node, i, ty.clone())?);
        }
        let (op, attrs) = (node.op.clone(), node.attrs.clone());
        Ok(Launch { node: node.name.clone(), op, attrs, inputs, outputs, typed, reductions: Vec::new() })
    }

    fn collective(&mut self, node: &Node, group_size: usize) -> Result<(), RunError> {
        let declared = GROUP_SIZE.read(&node.attrs);
        if declared != 0 && declared as usize != group_size {
            return Err(RunError::Options {
                option: "group_size",
                message: format!("is {group_size} but node {:?} was compiled for groups of {declared}", node.name),
            });
        }
        if node.inputs.len() != node.outputs.len() || node.inputs.is_empty() {
            return Err(RunError::unsupported(&node.name, "AllReduce needs as many outputs as inputs, at least one"));
        }
        let mut payload = Vec::with_capacity(node.inputs.len());
        let mut offset = 0u64;
        for (i, name) in node.inputs.iter().enumerate() {
            let input = self.read(node, name)?;
            let ty = self.values[input].ty.clone();
            let len = collective_len(node, name, &ty)?;
            let output = self.define(node, i, ty)?;
            payload.push(PayloadEntry { input, output, offset, len });
            offset += len;
        }
        let layers = LAYERS.get(&node.attrs).map(<[String]>::to_vec).unwrap_or_default();
        let scope = Scope::of_node(node)
            .ok_or_else(|| RunError::unsupported(&node.name, "attribute scope must be \"group\" or \"world\""))?;
        let step = Collective { node: node.name.clone(), group_size, scope, layers, payload, payload_len: offset };
        self.steps.push(Step::Collective(step));
        Ok(())
    }

    fn finish(mut self, graph: &Graph, replicas: usize, group_size: usize) -> Result<ExecutionPlan, RunError> {
        let mut outputs = Vec::with_capacity(graph.outputs.len());
        for name in &graph.outputs {
            let value =
                *self.by_name.get(name).ok_or_else(|| RunError::unsupported(name, "graph output is not defined"))?;
            if let Some(&l) = self.life_of.get(&value) {
                self.lifetimes[l].1.last_use = usize::MAX;
            }
            outputs.push(Output { name: name.clone(), value, kind: output_kind(name, &self.values[value].ty) });
        }
        let lifetimes: Vec<Lifetime> = self.lifetimes.iter().map(|(_, l)| l.clone()).collect();
        let (mut buffers, assignment) = plan_buffers(&lifetimes);
        for (&(v, _), &b) in self.lifetimes.iter().zip(&assignment) {
            self.values[v].storage = Storage::Buffer { buffer: b };
        }
        for buffer in &mut buffers {
            for t in &mut buffer.tenants {
                t.value = self.lifetimes[t.value].0;
            }
        }
        Ok(ExecutionPlan {
            graph: graph.name.clone(),
            replicas,
            group_size,
            values: self.values,
            buffers,
            steps: self.steps,
            outputs,
        })
    }
}

/// A collective input must have the same, fixed size on every replica, or the replicas would disagree.
fn collective_len(node: &Node, name: &str, ty: &TensorType) -> Result<u64, RunError> {
    if !matches!(ty.dtype, DType::F32 | DType::F64) {
        return Err(RunError::unsupported(
            &node.name,
            format!("collective input {name:?} has dtype {}; expected f32 or f64", ty.dtype),
        ));
    }
    SizeExpr::of_shape(&ty.shape).filter(SizeExpr::is_fixed).map(|s| s.factor).ok_or_else(|| {
        RunError::unsupported(&node.name, format!("collective input {name:?} has a size that depends on the batch"))
    })
}

/// A tensor whose first axis is a named (batch) dimension is a batch output; other gradient outputs
/// (`grad/<name>`, see `syncbn_ir::grad::grad_name`) are world outputs, the rest per group.
fn output_kind(name: &str, ty: &TensorType) -> OutputKind {
    match ty.shape.first() {
        Some(Dim::Named(_)) => OutputKind::Batch,
        _ if name.starts_with(syncbn_ir::grad::GRAD_PREFIX) => OutputKind::World,
        _ => OutputKind::PerGroup,
    }
}
