//! Running graphs in the reference: the original over each sync group's global batch, the lowered
//! graph per replica with AllReduce summed across the group, both returning outputs in the layout
//! of docs/architecture.md section 5.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use ndarray::{Axis, Slice};
use syncbn_ir::grad::{grad_name, NLL_LOSS, PARAM_GRAD_SUM, SOFTMAX_CROSS_ENTROPY_LOSS};
use syncbn_ir::lowered::{
    Activation, ALL_REDUCE, BN_FINALIZE, BN_NORMALIZE, BN_NORMALIZE_PAIR, CHANNEL_AFFINE, LOCAL_MOMENTS,
};
use syncbn_ir::ops::batchnorm::{BatchNormAttrs, EPSILON, MOMENTUM};
use syncbn_ir::ops::elementwise::{CLIP_MAX, CLIP_MIN, SOFTMAX_AXIS};
use syncbn_ir::ops::gemm::GemmAttrs;
use syncbn_ir::ops::layer_norm::LayerNormAttrs;
use syncbn_ir::ops::lowered::SCOPE;
use syncbn_ir::ops::reshape::{ALLOW_ZERO, CONCAT_AXIS, FLATTEN_AXIS};
use syncbn_ir::ops::FloatAttr;
use syncbn_ir::{onnx_ops, Graph, Limits, Node};

use super::attrs::{arg, opt, resolve_axis};
use super::batchnorm::batch_norm;
use super::conv::{conv, ConvParams};
use super::grad_eval::eval_grad;
use super::index_ops;
use super::layout::{concat, reshape};
use super::lowered::{channel_affine, finalize, local_moments, normalize, normalize_pair, sum_over};
use super::ops::{binary, flatten, gemm, global_average_pool, matmul, softmax};
use super::pool::{average_pool, max_pool, PoolParams};
use super::resize::ResizeMap;
use super::shard::check_groups;
use super::shard::{group_ranges, split_batch};
use super::ReferenceError;
use super::Tensor;

/// Graph outputs by name.
pub type Outputs = BTreeMap<String, Tensor>;

/// A graph ready to run: its node order and initializer values.
struct Program<'g> {
    graph: &'g Graph,
    order: Vec<usize>,
    initializers: BTreeMap<String, Tensor>,
    per_group: BTreeSet<String>,
    param_grads: BTreeSet<String>,
}

/// What the parts that [`join`] combines are.
#[derive(Clone, Copy, PartialEq)]
enum Parts {
    /// One part per sync group, each over its group's batch: parameter gradients add up.
    Groups,
    /// One part per replica, after the world all-reduces: parameter gradients agree everywhere.
    Replicas,
}

impl<'g> Program<'g> {
    fn new(graph: &'g Graph) -> Result<Self, ReferenceError> {
        let order = graph.topological_order()?;
        let mut initializers = BTreeMap::new();
        for init in &graph.initializers {
            let values = syncbn_ir::data::initializer_values(graph, init, &Limits::default())?;
            let shape: Vec<usize> = init.shape.iter().map(|&d| d as usize).collect();
            let t = Tensor::from_shape_vec(shape, values)
                .map_err(|e| ReferenceError::Input { name: init.name.clone(), message: e.to_string() })?;
            initializers.insert(init.name.clone(), t);
        }
        let per_group = per_group_tensors(graph, &order);
        let param_grads = graph.initializers.iter().map(|i| grad_name(&i.name)).collect();
        Ok(Program { graph, order, initializers, per_group, param_grads })
    }

    fn value<'a>(&'a self, env: &'a BTreeMap<String, Tensor>, name: &str) -> Option<&'a Tensor> {
        env.get(name).or_else(|| self.initializers.get(name))
    }

    /// Runs one node in `env`, storing its outputs.
    fn step(&self, node: &Node, env: &mut BTreeMap<String, Tensor>) -> Result<(), ReferenceError> {
        let args: Vec<Option<&Tensor>> =
            node.inputs.iter().map(|n| if n.is_empty() { None } else { self.value(env, n) }).collect();
        if let Some(i) = node.inputs.iter().zip(&args).position(|(n, a)| !n.is_empty() && a.is_none()) {
            return Err(eval_error(node, format!("input {i} ({:?}) has no value", node.inputs[i])));
        }
        let outputs = eval_node(node, &args).map_err(|m| eval_error(node, m))?;
        for (name, t) in node.outputs.iter().zip(outputs) {
            if !name.is_empty() {
                env.insert(name.clone(), t);
            }
        }
        Ok(())
    }
}

fn eval_error(node: &Node, message: String) -> ReferenceError {
    ReferenceError::Eval { node: node.name.clone(), op: node.op.clone(), message }
}

/// Tensors that hold one value per sync group rather than batch rows: the running statistics of
/// BatchNormalization and BnFinalize, and Identities of them.
fn per_group_tensors(graph: &Graph, order: &[usize]) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for &i in order {
        let node = &graph.nodes[i];
        if node.op == onnx_ops::BATCH_NORMALIZATION || node.op == BN_FINALIZE {
            set.extend(node.outputs.iter().skip(1).filter(|o| !o.is_empty()).cloned());
        }
        if node.op == "Identity" && node.inputs.first().is_some_and(|x| set.contains(x)) {
            set.extend(node.outputs.iter().cloned());
        }
    }
    set
}

/// The rows `range` of a batch tensor.
fn rows(t: &Tensor, range: &Range<usize>) -> Tensor {
    t.slice_axis(Axis(0), Slice::from(range.clone())).to_owned()
}

/// Checks the run inputs against the graph's declared inputs; returns each input's batch size.
fn check_inputs(graph: &Graph, inputs: &BTreeMap<String, Tensor>) -> Result<BTreeMap<String, usize>, ReferenceError> {
    let mut sizes = BTreeMap::new();
    for vi in &graph.inputs {
        let bad = |message: String| ReferenceError::Input { name: vi.name.clone(), message };
        let t = inputs.get(&vi.name).ok_or_else(|| bad("is missing".into()))?;
        if t.ndim() != vi.shape.len() || t.ndim() == 0 {
            return Err(bad(format!("has rank {}; expected {} with a batch axis", t.ndim(), vi.shape.len())));
        }
        for (axis, (dim, &actual)) in vi.shape.iter().zip(t.shape()).enumerate().skip(1) {
            if dim.fixed().is_some_and(|d| d as usize != actual) {
                return Err(bad(format!("axis {axis} has size {actual}; expected {dim}")));
            }
        }
        sizes.insert(vi.name.clone(), t.shape()[0]);
    }
    Ok(sizes)
}

/// Joins per-part outputs: batch outputs concatenated along axis 0, per-group outputs as they are
/// (one group) or stacked into `[groups, ...]`, parameter gradients (`grad/<initializer>`, over the
/// global batch) once.
fn join(program: &Program, parts: Vec<Outputs>, kind: Parts, groups: usize) -> Result<Outputs, ReferenceError> {
    let group = if kind == Parts::Groups { 1 } else { parts.len() / groups.max(1) };
    let mut joined = Outputs::new();
    for name in &program.graph.outputs {
        let bad = |message: String| ReferenceError::Input { name: name.clone(), message };
        let tensors: Vec<&Tensor> = parts.iter().filter_map(|p| p.get(name)).collect();
        if tensors.len() != parts.len() {
            return Err(bad("output was not computed".into()));
        }
        let value = if program.param_grads.contains(name) {
            world_value(&tensors, kind).map_err(bad)?
        } else if program.per_group.contains(name) {
            let firsts: Vec<_> = tensors.iter().step_by(parts.len() / groups).map(|t| t.view()).collect();
            agree_within_groups(&tensors, group).map_err(bad)?;
            if groups == 1 {
                firsts[0].to_owned()
            } else {
                ndarray::stack(Axis(0), &firsts).map_err(|e| bad(e.to_string()))?
            }
        } else {
            let views: Vec<_> = tensors.iter().map(|t| t.view()).collect();
            ndarray::concatenate(Axis(0), &views).map_err(|e| bad(format!("cannot concatenate: {e}")))?
        };
        joined.insert(name.clone(), value);
    }
    Ok(joined)
}

/// A parameter gradient over the global batch: the sum of the groups' gradients, or the value every
/// replica holds after the world all-reduce.
fn world_value(tensors: &[&Tensor], kind: Parts) -> Result<Tensor, String> {
    match kind {
        Parts::Groups => sum_over(tensors),
        Parts::Replicas => {
            agree_within_groups(tensors, tensors.len())?;
            tensors.first().map(|t| (*t).clone()).ok_or_else(|| "no replicas".to_string())
        }
    }
}

/// Checks that the replicas of each group computed identical per-group values.
fn agree_within_groups(tensors: &[&Tensor], group: usize) -> Result<(), String> {
    for (g, members) in tensors.chunks(group.max(1)).enumerate() {
        if members.iter().any(|t| *t != members[0]) {
            return Err(format!("the replicas of group {g} disagree"));
        }
    }
    Ok(())
}

/// Runs the original `graph` over the global batch: each sync group's batch (its replicas' shards
/// concatenated, docs/architecture.md section 5) through plain BatchNorm. Batch outputs come back concatenated
/// in replica order; running statistics as `[C]` for one group, `[groups, C]` for several.
pub fn run_global(
    graph: &Graph,
    inputs: &BTreeMap<String, Tensor>,
    replicas: usize,
    group_size: usize,
) -> Result<Outputs, ReferenceError> {
    let group = check_groups(replicas, group_size)?;
    let groups = replicas / group;
    let program = Program::new(graph)?;
    let sizes = check_inputs(graph, inputs)?;
    let mut parts = Vec::with_capacity(groups);
    for g in 0..groups {
        let mut env: BTreeMap<String, Tensor> = sizes
            .iter()
            .map(|(name, &n)| (name.clone(), rows(&inputs[name], &group_ranges(n, replicas, group)[g])))
            .collect();
        for &i in &program.order {
            program.step(&graph.nodes[i], &mut env)?;
        }
        parts.push(env);
    }
    join(&program, parts, Parts::Groups, groups)
}

/// Runs a lowered graph on `replicas` replicas, each on its shard of the inputs, with every
/// AllReduce summing its inputs over the replicas of each sync group (in replica order), or over
/// every replica with `scope = "world"`; a ParamGradSum left in the graph sums like a world
/// AllReduce. Same output layout as [`run_global`]; per-group outputs must agree across each group's
/// replicas, parameter gradients across all replicas.
pub fn run_lowered(
    lowered: &Graph,
    inputs: &BTreeMap<String, Tensor>,
    replicas: usize,
    group_size: usize,
) -> Result<Outputs, ReferenceError> {
    let group = check_groups(replicas, group_size)?;
    let program = Program::new(lowered)?;
    let sizes = check_inputs(lowered, inputs)?;
    let mut envs: Vec<BTreeMap<String, Tensor>> = (0..replicas)
        .map(|r| {
            sizes.iter().map(|(name, &n)| (name.clone(), rows(&inputs[name], &split_batch(n, replicas)[r]))).collect()
        })
        .collect();
    for &i in &program.order {
        let node = &lowered.nodes[i];
        if node.op == ALL_REDUCE || node.op == PARAM_GRAD_SUM {
            let span = if reduces_world(node).map_err(|m| eval_error(node, m))? { replicas } else { group };
            all_reduce(&program, node, &mut envs, span)?;
        } else {
            for env in envs.iter_mut() {
                program.step(node, env)?;
            }
        }
    }
    join(&program, envs, Parts::Replicas, replicas / group)
}

/// Whether an AllReduce (attribute `scope`) or ParamGradSum sums over every replica.
fn reduces_world(node: &Node) -> Result<bool, String> {
    if node.op == PARAM_GRAD_SUM {
        return Ok(true);
    }
    match SCOPE.read(&node.attrs) {
        "group" => Ok(false),
        "world" => Ok(true),
        other => Err(format!("scope is {other:?}; expected \"group\" or \"world\"")),
    }
}

/// Simulates one AllReduce: each output is the sum of the matching input over each `group`
/// consecutive replicas.
fn all_reduce(
    program: &Program,
    node: &Node,
    envs: &mut [BTreeMap<String, Tensor>],
    group: usize,
) -> Result<(), ReferenceError> {
    if node.inputs.len() != node.outputs.len() {
        return Err(eval_error(node, "expected as many outputs as inputs".into()));
    }
    for members in envs.chunks_mut(group) {
        let mut sums = Vec::with_capacity(node.inputs.len());
        for name in &node.inputs {
            let parts: Vec<&Tensor> = members.iter().filter_map(|env| program.value(env, name)).collect();
            if parts.len() != members.len() {
                return Err(eval_error(node, format!("input {name:?} has no value")));
            }
            sums.push(sum_over(&parts).map_err(|m| eval_error(node, m))?);
        }
        for env in members.iter_mut() {
            for (out, sum) in node.outputs.iter().zip(&sums) {
                env.insert(out.clone(), sum.clone());
            }
        }
    }
    Ok(())
}

/// A one-value tensor's value.
fn scalar(t: &Tensor) -> Result<f64, String> {
    match t.len() {
        1 => Ok(t.iter().copied().next().unwrap_or_default()),
        n => Err(format!("bound has {n} values; expected 1")),
    }
}

/// Evaluates one node (not AllReduce) on its inputs.
fn eval_node(node: &Node, args: &[Option<&Tensor>]) -> Result<Vec<Tensor>, String> {
    let x = || arg(args, 0);
    let spatial = |t: &Tensor| t.shape().get(2..).unwrap_or(&[]).to_vec();
    let act = || Activation::of_node(node).ok_or_else(|| "unknown activation".to_string());
    let one = |t: Tensor| Ok(vec![t]);
    match node.op.as_str() {
        onnx_ops::BATCH_NORMALIZATION => {
            let a = BatchNormAttrs::read(&node.attrs);
            let mut outs = batch_norm(x()?, [arg(args, 1)?, arg(args, 2)?, arg(args, 3)?, arg(args, 4)?], a)?;
            outs.truncate(node.outputs.len());
            Ok(outs)
        }
        onnx_ops::CONV => {
            let params = ConvParams::of_node(node, &spatial(x()?), &spatial(arg(args, 1)?))?;
            one(conv(x()?, arg(args, 1)?, opt(args, 2), &params)?)
        }
        "ConvTranspose" => one(super::grad_conv::conv_transpose(node, x()?, arg(args, 1)?, opt(args, 2))?),
        onnx_ops::MAX_POOL => one(max_pool(x()?, &PoolParams::of_node(node, &spatial(x()?))?)?),
        onnx_ops::AVERAGE_POOL => one(average_pool(x()?, &PoolParams::of_node(node, &spatial(x()?))?)?),
        onnx_ops::RESHAPE => one(reshape(x()?, arg(args, 1)?, ALLOW_ZERO.read(&node.attrs))?),
        onnx_ops::CONCAT => one(concat(
            &args.iter().map(|a| a.ok_or("an input is missing")).collect::<Result<Vec<_>, _>>()?,
            CONCAT_AXIS.read(&node.attrs),
        )?),
        onnx_ops::SOFTMAX => one(softmax(x()?, resolve_axis(SOFTMAX_AXIS.read(&node.attrs), x()?.ndim())?)),
        onnx_ops::LOG_SOFTMAX => {
            one(super::loss::log_softmax(x()?, resolve_axis(SOFTMAX_AXIS.read(&node.attrs), x()?.ndim())?))
        }
        SOFTMAX_CROSS_ENTROPY_LOSS | NLL_LOSS => {
            let softmax = node.op == SOFTMAX_CROSS_ENTROPY_LOSS;
            one(super::loss::class_loss(node, x()?, arg(args, 1)?, opt(args, 2), softmax)?)
        }
        "Resize" => one(ResizeMap::of_node(node, x()?.shape(), opt(args, 2), opt(args, 3))?.apply(x()?)?),
        "Relu" => one(x()?.mapv(|v| v.max(0.0))),
        "Sigmoid" => one(x()?.mapv(|v| 1.0 / (1.0 + (-v).exp()))),
        "Identity" => one(x()?.clone()),
        "Dropout" => one(super::activation::dropout(node, x()?)),
        onnx_ops::LAYER_NORMALIZATION => {
            let a = LayerNormAttrs::read(&node.attrs);
            one(super::layer_norm::layer_norm(x()?, arg(args, 1)?, opt(args, 2), a)?)
        }
        "Transpose" => one(index_ops::transpose(node, x()?)?),
        "Slice" => one(index_ops::slice(node, x()?)?),
        "Pad" => one(index_ops::pad(node, x()?)?),
        "ReduceSum" => one(index_ops::reduce(node, x()?, false)?),
        "ReduceMean" => one(index_ops::reduce(node, x()?, true)?),
        "Add" => one(binary(x()?, arg(args, 1)?, |a, b| a + b)?),
        "Sub" => one(binary(x()?, arg(args, 1)?, |a, b| a - b)?),
        "Mul" => one(binary(x()?, arg(args, 1)?, |a, b| a * b)?),
        "Div" => one(binary(x()?, arg(args, 1)?, |a, b| a / b)?),
        "Pow" => one(binary(x()?, arg(args, 1)?, f64::powf)?),
        op if syncbn_ir::activation::OPS.contains(&op) => one(super::activation::activation(node, x()?)?),
        "Clip" => {
            let bound = |i: usize, attr: FloatAttr| match args.get(i).copied().flatten() {
                Some(t) => scalar(t),
                None => Ok(attr.read(&node.attrs)),
            };
            let (lo, hi) = (bound(1, CLIP_MIN)?, bound(2, CLIP_MAX)?);
            one(x()?.mapv(|v| v.max(lo).min(hi)))
        }
        onnx_ops::GEMM => one(gemm(x()?, arg(args, 1)?, args.get(2).copied().flatten(), GemmAttrs::read(&node.attrs))?),
        "MatMul" => one(matmul(x()?, arg(args, 1)?)?),
        "GlobalAveragePool" => one(global_average_pool(x()?)?),
        onnx_ops::FLATTEN => one(flatten(x()?, FLATTEN_AXIS.read(&node.attrs))?),
        LOCAL_MOMENTS => one(local_moments(x()?)?),
        BN_FINALIZE => {
            let params = [arg(args, 1)?, arg(args, 2)?, arg(args, 3)?, arg(args, 4)?];
            let mut outs = finalize(x()?, params, EPSILON.read(&node.attrs), MOMENTUM.read(&node.attrs))?;
            outs.truncate(node.outputs.len());
            Ok(outs)
        }
        BN_NORMALIZE => one(normalize(x()?, arg(args, 1)?, args.get(2).copied().flatten(), act()?)?),
        BN_NORMALIZE_PAIR => one(normalize_pair(x()?, arg(args, 1)?, arg(args, 2)?, arg(args, 3)?, act()?)?),
        CHANNEL_AFFINE => one(channel_affine(x()?, arg(args, 1)?, arg(args, 2)?, act()?)?),
        other => eval_grad(node, args)
            .unwrap_or_else(|| Err(format!("op {other:?} is not supported by the reference interpreter"))),
    }
}
