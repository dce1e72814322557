//! The training graph of a model for `--train`: the loss (the model's scalar output, or softmax
//! cross-entropy added over an `[N, K]` output against int64 labels `[N]`, or over an
//! `[N, K, d1, ..., dk]` output, a segmentation network's, against labels `[N, d1, ..., dk]`), its
//! gradient in every parameter (through [`crate::autodiff`]) and the running statistics every step
//! carries over.
//!
//! A model exported with its loss ends in SoftmaxCrossEntropyLoss or NegativeLogLikelihoodLoss
//! over an int64 labels input; a `"mean"` one is rewritten to `"sum"` so that the training loop
//! divides by the *global* batch's weight (labels, or class weights of the kept labels), as PyTorch
//! on one device over the whole batch, for uneven shards, class weights and `ignore_index` alike.

use std::collections::BTreeMap;

use syncbn_ir::grad::{grad_name, grad_output_name, NLL_LOSS, SOFTMAX_CROSS_ENTROPY_LOSS};
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION;
use syncbn_ir::ops::batchnorm::TRAINING_MODE;
use syncbn_ir::ops::loss::{label_shape, IGNORE_INDEX, REDUCTION};
use syncbn_ir::{DType, Dim, Graph, Node, TensorType, Typed, TypedGraph, ValueInfo};

use crate::autodiff::{differentiate, parameters};
use crate::PassError;

/// The output the loss is taken from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LossChoice {
    /// The model's only scalar float output, the mean loss over the replica's shard.
    ModelOutput,
    /// Softmax cross-entropy over the `[N, K]` or `[N, K, d1, ..., dk]` output named here (`None`:
    /// the model's only one).
    CrossEntropy(Option<String>),
}

/// How a replica's loss value enters the global-batch loss.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossScale {
    /// The loss is a sum over the shard's labels: divided by the global batch's weight (its labels,
    /// or with [`ClassLabels::weights`] / [`ClassLabels::ignore_index`] the kept labels' class
    /// weights).
    ShardSum,
    /// The loss is the mean over the shard's rows: weighted by shard rows / global batch.
    ShardMean,
    /// The loss is a sum over the whole batch (a `"sum"` loss): the replicas' losses add up.
    GlobalSum,
}

/// The int64 class-labels input of a loss, and what a label means to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassLabels {
    /// The graph input of the labels (`[N]`, or `[N, d1, ..., dk]` for `[N, C, d1, ..., dk]` scores).
    pub input: String,
    /// The number of classes.
    pub classes: u64,
    /// The label of elements the loss leaves out.
    pub ignore_index: Option<i64>,
    /// The constant initializer of class weights (`[classes]`), when the loss has one.
    pub weights: Option<String>,
}

/// A training graph and what the training loop needs to know about it.
#[derive(Clone, Debug)]
pub struct TrainingGraph {
    /// The graph: forward, loss and backward, with the loss, the running statistics and the
    /// parameter gradients (`grad/<name>`) as outputs.
    pub graph: Graph,
    /// The loss output (a scalar).
    pub loss: String,
    /// How the loss combines over the replicas.
    pub scale: LossScale,
    /// The input that takes the loss's upstream gradient (a scalar per replica).
    pub seed: String,
    /// The int64 `[N, d1, ..., dk]` input of class labels, when the loss takes labels.
    pub labels: Option<ClassLabels>,
    /// The trained initializers, in initializer order.
    pub params: Vec<String>,
    /// Per training-mode BatchNorm statistic: (graph output of its updated value, initializer).
    pub stats: Vec<(String, String)>,
}

/// Name of the loss output that [`LossChoice::CrossEntropy`] adds.
pub const LOSS_OUTPUT: &str = "loss";

/// Name of the labels input that [`LossChoice::CrossEntropy`] adds.
pub const LABELS_INPUT: &str = "labels";

/// The training graph of `model` with the loss `choice`; the cross-entropy it adds leaves out the
/// labels equal to `ignore_index` (`--ignore-index`; a model's own loss has its own, and refuses
/// one). Errors say which output is missing or ambiguous, or which node cannot be differentiated.
/// The model's facts are extended by the loss's input and node ([`syncbn_ir::GraphInfo::extended`]),
/// not inferred again.
pub fn training_graph(
    model: &dyn Typed,
    choice: &LossChoice,
    ignore_index: Option<i64>,
) -> Result<TrainingGraph, PassError> {
    let info = model.info()?;
    let (model, types) = (model.graph(), &info.types);
    let mut graph = model.clone();
    let stats = running_statistics(model);
    let (loss, scale, labels) = match choice {
        LossChoice::ModelOutput => {
            let loss = scalar_output(model, types)?;
            if let Some(i) = ignore_index {
                return Err(not_trainable(
                    &loss,
                    format!("--ignore-index {i} applies to --loss cross-entropy; the model's own loss has its own"),
                ));
            }
            let (scale, labels) = exported_loss(&mut graph, &loss, types)?;
            (loss, scale, labels)
        }
        LossChoice::CrossEntropy(name) => {
            let (scores, classes) = score_output(model, types, name.as_deref())?;
            let input = add_cross_entropy(&mut graph, &scores, &types[&scores], ignore_index)?;
            let labels = ClassLabels { input, classes, ignore_index, weights: None };
            (LOSS_OUTPUT.to_string(), LossScale::ShardSum, Some(labels))
        }
    };
    graph.outputs = std::iter::once(loss.clone()).chain(stats.iter().map(|(out, _)| out.clone())).collect();
    let params: Vec<String> = parameters(&graph).iter().map(|p| p.name.clone()).collect();
    let with_loss = info.extended(&graph)?;
    let mut training = differentiate(&TypedGraph { graph: &graph, info: &with_loss }, std::slice::from_ref(&loss))?;
    let input_grads: Vec<String> = graph.inputs.iter().map(|i| grad_name(&i.name)).collect();
    training.outputs.retain(|o| !input_grads.contains(o));
    Ok(TrainingGraph { graph: training, seed: grad_output_name(&loss), loss, scale, labels, params, stats })
}

/// How the model's own loss output `loss` combines over replicas: a SoftmaxCrossEntropyLoss or
/// NegativeLogLikelihoodLoss over an int64 labels input of the graph (class weights, if any, a
/// constant initializer) is a sum over the shard (its `"mean"` rewritten to `"sum"`, divided by
/// the loop) or over the batch (`"sum"`); any other scalar is taken as the shard's mean.
fn exported_loss(
    graph: &mut Graph,
    loss: &str,
    types: &BTreeMap<String, TensorType>,
) -> Result<(LossScale, Option<ClassLabels>), PassError> {
    let Some(node) = graph.nodes.iter_mut().find(|n| {
        n.outputs.first().is_some_and(|o| o == loss) && [SOFTMAX_CROSS_ENTROPY_LOSS, NLL_LOSS].contains(&n.op.as_str())
    }) else {
        return Ok((LossScale::ShardMean, None));
    };
    let input = node.inputs[1].clone();
    if !graph.inputs.iter().any(|i| i.name == input) {
        return Ok((LossScale::ShardMean, None));
    }
    let weights = node.input(2).map(str::to_string);
    if let Some(w) = weights.as_deref().filter(|w| graph.initializers.iter().all(|i| i.name != *w)) {
        return Err(not_trainable(
            &node.name,
            format!("the class weights {w:?} of the loss are computed; expected a constant initializer"),
        ));
    }
    let classes = match types.get(&node.inputs[0]).map(|t| t.shape.as_slice()) {
        Some([_, Dim::Fixed(c), ..]) => *c,
        _ => {
            return Err(not_trainable(
                &node.name,
                "the loss's scores have no fixed class count; expected [N, C] or [N, C, d1, ..., dk]".into(),
            ))
        }
    };
    let scale = if REDUCTION.read(&node.attrs) == "sum" { LossScale::GlobalSum } else { LossScale::ShardSum };
    node.attrs.extend([REDUCTION.entry("sum")]);
    let ignore_index = IGNORE_INDEX.get(&node.attrs);
    Ok((scale, Some(ClassLabels { input, classes, ignore_index, weights })))
}

/// Every training-mode BatchNormalization's (updated statistic output, statistic initializer)
/// pairs, for the outputs the model exposes.
fn running_statistics(model: &Graph) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for node in model.nodes.iter().filter(|n| n.op == BATCH_NORMALIZATION && TRAINING_MODE.read(&n.attrs)) {
        for (out, init) in [(1, 3), (2, 4)] {
            if let (Some(o), Some(i)) = (node.outputs.get(out).filter(|o| !o.is_empty()), node.input(init)) {
                if model.initializer(i).is_some() {
                    pairs.push((o.clone(), i.to_string()));
                }
            }
        }
    }
    pairs
}

fn not_trainable(name: &str, reason: String) -> PassError {
    PassError::NotDifferentiable { node: name.to_string(), op: "loss".into(), reason }
}

/// The model's only scalar float output.
fn scalar_output(model: &Graph, types: &BTreeMap<String, TensorType>) -> Result<String, PassError> {
    let scalars: Vec<&String> = model
        .outputs
        .iter()
        .filter(|o| types.get(*o).is_some_and(|t| t.dtype.is_float() && t.shape.is_empty()))
        .collect();
    match scalars.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(not_trainable(
            &model.name,
            format!(
                "the model has no scalar float output to train on (outputs {:?}); expected --loss cross-entropy",
                model.outputs
            ),
        )),
        many => Err(not_trainable(&model.name, format!("the model has several scalar outputs {many:?}; expected one"))),
    }
}

/// The `[N, K]` or `[N, K, d1, ..., dk]` float output to take cross-entropy over, and K.
fn score_output(
    model: &Graph,
    types: &BTreeMap<String, TensorType>,
    name: Option<&str>,
) -> Result<(String, u64), PassError> {
    let scores = |o: &String| -> Option<u64> {
        let t = types.get(o)?;
        match t.shape.as_slice() {
            [Dim::Named(_), Dim::Fixed(k), ..] if t.dtype == DType::F32 => Some(*k),
            _ => None,
        }
    };
    match name {
        Some(n) => match model.outputs.iter().find(|o| *o == n) {
            Some(o) => scores(o).map(|k| (o.clone(), k)).ok_or_else(|| {
                not_trainable(
                    n,
                    format!("output {n:?} has type {}; expected f32 [N, K] or [N, K, d1, ..., dk] scores", types[o]),
                )
            }),
            None => Err(not_trainable(
                n,
                format!("{n:?} is not an output of the model; expected one of {:?}", model.outputs),
            )),
        },
        None => {
            let all: Vec<(String, u64)> =
                model.outputs.iter().filter_map(|o| scores(o).map(|k| (o.clone(), k))).collect();
            match all.as_slice() {
                [one] => Ok(one.clone()),
                [] => Err(not_trainable(
                    &model.name,
                    "the model has no f32 [N, K] or [N, K, d1, ..., dk] output for cross-entropy".into(),
                )),
                _ => Err(not_trainable(
                    &model.name,
                    format!(
                        "several outputs could be scores ({:?}); name one with --loss cross-entropy:OUTPUT",
                        all.iter().map(|(o, _)| o).collect::<Vec<_>>()
                    ),
                )),
            }
        }
    }
}

/// Adds the int64 labels input (`[N, d1, ..., dk]` for scores `[N, K, d1, ..., dk]`) and the summed
/// SoftmaxCrossEntropyLoss over `scores`, leaving out `ignore_index`; returns the labels input's name.
fn add_cross_entropy(
    graph: &mut Graph,
    scores: &str,
    ty: &TensorType,
    ignore_index: Option<i64>,
) -> Result<String, PassError> {
    let taken = |n: &str| {
        graph.inputs.iter().any(|i| i.name == n)
            || graph.initializers.iter().any(|i| i.name == n)
            || graph.nodes.iter().any(|node| node.outputs.iter().any(|o| o == n))
    };
    for name in [LABELS_INPUT, LOSS_OUTPUT] {
        if taken(name) {
            return Err(not_trainable(name, format!("the model already has a tensor {name:?}, which --loss adds")));
        }
    }
    graph.inputs.push(ValueInfo { name: LABELS_INPUT.into(), dtype: DType::I64, shape: label_shape(&ty.shape) });
    let mut attrs = BTreeMap::from([REDUCTION.entry("sum")]);
    attrs.extend(ignore_index.map(|i| IGNORE_INDEX.entry(i)));
    graph.nodes.push(Node {
        name: LOSS_OUTPUT.into(),
        op: SOFTMAX_CROSS_ENTROPY_LOSS.into(),
        inputs: vec![scores.to_string(), LABELS_INPUT.into()],
        outputs: vec![LOSS_OUTPUT.into()],
        attrs,
    });
    Ok(LABELS_INPUT.to_string())
}
