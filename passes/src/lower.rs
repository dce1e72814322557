//! The lowering entry point: options in, lowered graph and report out.

use std::collections::{BTreeMap, BTreeSet};

use egg::{Runner, SimpleScheduler};
use syncbn_ir::{Graph, GraphInfo, IrError, Limits, Typed};

use crate::analysis::{GraphAnalysis, RuleContext};
use crate::backward::lower_backward;
use crate::bucket::bucket_all_reduces;
use crate::convert::to_egraph;
use crate::cost::CostModel;
use crate::emit::emit;
use crate::extract::{extract, ExtractError};
use crate::param_buckets::bucket_param_grads;
use crate::report::{LowerReport, SaturationReport};
use crate::rewrites::rules;
use crate::{LowerOptions, PassError};
use syncbn_ir::grad::PARAM_GRAD_SUM;
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION as BATCH_NORM;
use syncbn_ir::ops::batchnorm::TRAINING_MODE;

/// A lowered graph, its facts and what the lowering did.
#[derive(Clone, Debug)]
pub struct Lowered {
    /// The lowered graph (same inputs and outputs as the original).
    pub graph: Graph,
    /// The lowered graph's facts, from validating it: what codegen and the runtime read.
    pub info: GraphInfo,
    /// The summary.
    pub report: LowerReport,
}

/// Lowers every BatchNormalization of `graph`: training mode to synchronized statistics (one
/// AllReduce per layer, bucketed where independent), eval mode to an affine or folded into the
/// preceding Conv or Gemm; then fuses normalizes with what follows them (unless `options.fuse` is
/// off). A training graph ([`crate::autodiff`]) also has its BatchNorm backward synchronized
/// ([`crate::backward`]) and its parameter gradients all-reduced over every replica in buckets
/// ([`crate::param_buckets`]). Deterministic: the same graph and options give the same graph, byte for byte.
///
/// `graph` is a [`Typed`] graph: its facts are read, not inferred again, when it has them.
pub fn lower(graph: &dyn Typed, options: &LowerOptions) -> Result<Lowered, PassError> {
    options.check()?;
    let info = graph.info()?;
    let graph = graph.graph();
    let ctx = RuleContext {
        group_size: options.group_size,
        unsynchronized: options.unsynchronized.iter().cloned().collect(),
        single_use: single_use(graph),
        taken_names: tensor_names(graph),
        forward_only: !graph.nodes.iter().any(|n| n.op == PARAM_GRAD_SUM),
    };
    check_unsynchronized(graph, &ctx.unsynchronized)?;
    let mut analysis = GraphAnalysis::new(ctx);
    analysis.values = crate::values::fold_constants(graph)?;
    if analysis.ctx.forward_only {
        analysis.values.extend(crate::values::croppable_conv_weights(graph, &info.types)?);
    }
    let (tensors, runner) = without_egg_clock(|| -> Result<_, PassError> {
        let converted = to_egraph(graph, &info, analysis)?;
        let time = options.limits.time;
        let started = std::time::Instant::now();
        let runner = Runner::default()
            .with_egraph(converted.egraph)
            .with_node_limit(options.limits.nodes)
            .with_iter_limit(options.limits.iterations)
            .with_time_limit(std::time::Duration::MAX)
            .with_hook(move |_| match started.elapsed() > time {
                true => Err(format!("time limit {} s", time.as_secs_f64())),
                false => Ok(()),
            })
            .with_scheduler(SimpleScheduler)
            .run(&rules(options.fuse));
        Ok((converted.tensors, runner))
    })?;
    let roots = graph
        .outputs
        .iter()
        .map(|o| tensors.get(o).copied().ok_or_else(|| PassError::UnknownOutput { name: o.clone() }))
        .collect::<Result<Vec<_>, _>>()?;
    let saturation = SaturationReport {
        iterations: runner.iterations.len(),
        egraph_nodes: runner.egraph.total_number_of_nodes(),
        egraph_classes: runner.egraph.number_of_classes(),
        stop_reason: runner.stop_reason.as_ref().map_or("none".to_string(), stop_reason),
    };
    let eg = runner.egraph;
    let selection = extract(&eg, &roots, &CostModel::default()).map_err(|e| match &saturation.stop_reason {
        limit if limit != "saturated" && limit != "none" => PassError::SaturationLimit { limit: limit.clone() },
        _ => unlowerable(graph, e),
    })?;
    let mut lowered = emit(graph, &eg, &tensors, &selection);
    lower_backward(&mut lowered, &info.types, options)?;
    bucket_all_reduces(&mut lowered)?;
    bucket_param_grads(&mut lowered, &info.types, options.bucket_cap_bytes);
    let file = graph.error_file();
    let lowered_info = syncbn_ir::validate::validate(&lowered, &Limits::default(), &file)
        .map_err(|e| PassError::Internal { message: format!("the lowered graph does not validate: {e}") })?;
    let report = LowerReport::new(graph, &lowered, options.replicas, options.group_size, saturation);
    Ok(Lowered { graph: lowered, info: lowered_info, report })
}

impl Typed for Lowered {
    fn graph(&self) -> &Graph {
        &self.graph
    }

    fn info(&self) -> Result<std::borrow::Cow<'_, GraphInfo>, IrError> {
        Ok(std::borrow::Cow::Borrowed(&self.info))
    }
}

/// Runs `f` (e-graph work) with egg's timing clock mocked: egg times its steps with `quanta`, whose
/// first reading calibrates the TSC against the system clock by spinning for up to 200 ms (the
/// whole budget where the two jitter, as on virtual machines); the saturation's time limit is a
/// hook on the system clock instead.
fn without_egg_clock<T>(f: impl FnOnce() -> T) -> T {
    let (clock, _mock) = quanta::Clock::mock();
    quanta::with_clock(&clock, f)
}

fn stop_reason(reason: &egg::StopReason) -> String {
    match reason {
        egg::StopReason::Saturated => "saturated".to_string(),
        egg::StopReason::IterationLimit(n) => format!("iteration limit {n}"),
        egg::StopReason::NodeLimit(n) => format!("node limit {n}"),
        egg::StopReason::TimeLimit(s) => format!("time limit {s} s"),
        egg::StopReason::Other(s) => s.clone(),
    }
}

/// Every tensor name of the graph.
fn tensor_names(graph: &Graph) -> BTreeSet<String> {
    let inputs = graph.inputs.iter().map(|i| &i.name).chain(graph.initializers.iter().map(|i| &i.name));
    let outputs = graph.nodes.iter().flat_map(|n| n.outputs.iter());
    inputs.chain(outputs).filter(|n| !n.is_empty()).cloned().collect()
}

/// The nodes whose first output is read exactly once and is not a graph output.
fn single_use(graph: &Graph) -> BTreeSet<String> {
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for name in graph.nodes.iter().flat_map(|n| n.inputs.iter()).chain(&graph.outputs) {
        *uses.entry(name.as_str()).or_insert(0) += 1;
    }
    graph
        .nodes
        .iter()
        .filter(|n| n.outputs.first().is_some_and(|o| uses.get(o.as_str()) == Some(&1)))
        .map(|n| n.name.clone())
        .collect()
}

/// Every name in `unsynchronized` must be a training-mode BatchNormalization node.
fn check_unsynchronized(graph: &Graph, names: &BTreeSet<String>) -> Result<(), PassError> {
    for name in names {
        let ok = graph.node(name).is_some_and(|n| n.op == BATCH_NORM && TRAINING_MODE.read(&n.attrs));
        if !ok {
            return Err(PassError::Options {
                option: "unsynchronized",
                message: format!("{name:?} is not a training-mode BatchNormalization node of the graph"),
            });
        }
    }
    Ok(())
}

/// Explains why extraction found no executable form: names the first BatchNormalization that no
/// rule could lower.
fn unlowerable(graph: &Graph, err: ExtractError) -> PassError {
    let ExtractError::Infinite(_) = err else {
        return PassError::Internal { message: format!("extraction failed: {err:?}") };
    };
    let values = crate::values::fold_constants(graph).unwrap_or_default();
    for node in graph.nodes.iter().filter(|n| n.op == BATCH_NORM) {
        let reason = if node.inputs.len() != 5 {
            Some(format!("has {} inputs; expected 5 (X, scale, B, mean, var)", node.inputs.len()))
        } else if !TRAINING_MODE.read(&node.attrs) && node.inputs[1..].iter().any(|i| !values.contains_key(i)) {
            Some("eval mode needs scale, B, mean and var as initializers with readable values".to_string())
        } else if !TRAINING_MODE.read(&node.attrs) && node.outputs.iter().skip(1).any(|o| !o.is_empty()) {
            Some("eval mode has one output; expected no running statistics outputs".to_string())
        } else {
            None
        };
        if let Some(reason) = reason {
            return PassError::Unlowerable { node: node.name.clone(), op: node.op.clone(), reason };
        }
    }
    PassError::Internal { message: "extraction found no executable form of the graph outputs".to_string() }
}
