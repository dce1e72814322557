//! Shape and dtype inference: the type of every tensor of a graph, with ONNX's semantics.

use foldhash::{HashMap, HashMapExt};
use std::collections::BTreeMap;
use std::path::Path;

use crate::infer_ctx::InferCtx;
use crate::ops::{self, Inputs};
use crate::tensor_type::TensorType;
use crate::{Dim, Graph, IrError, Location, Node};

/// The types of every tensor by name, visiting the nodes in `order` (a topological order);
/// errors name `file`.
pub(crate) fn infer_in<'g>(
    graph: &'g Graph,
    order: &[usize],
    file: &Path,
) -> Result<HashMap<&'g str, TensorType>, IrError> {
    let mut types: HashMap<&str, TensorType> =
        HashMap::with_capacity(graph.inputs.len() + graph.initializers.len() + graph.nodes.len());
    types.extend(leaf_types(graph));
    let mut ctx = InferCtx::new(graph);
    for &index in order {
        type_node(&graph.nodes[index], &mut types, &mut ctx, file)?;
    }
    Ok(types)
}

/// The types of every tensor of `graph`, a graph whose tensors `known` typed before inputs,
/// initializers and nodes were added to it: only the added ones are typed (the nodes that have an
/// output `known` lacks, visited in `order`, a topological order of `graph`), with fresh dimensions
/// numbered after every `_d<n>` in `known`. Errors name `file`.
pub(crate) fn infer_added(
    graph: &Graph,
    order: &[usize],
    known: &BTreeMap<String, TensorType>,
    file: &Path,
) -> Result<BTreeMap<String, TensorType>, IrError> {
    let mut types: HashMap<&str, TensorType> = known.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    for (name, t) in leaf_types(graph) {
        types.entry(name).or_insert(t);
    }
    let mut ctx = InferCtx::resume(graph, next_fresh(known));
    for &index in order {
        let node = &graph.nodes[index];
        if node.outputs.iter().all(|o| o.is_empty() || known.contains_key(o)) {
            continue;
        }
        type_node(node, &mut types, &mut ctx, file)?;
    }
    Ok(types.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// The declared types of `graph`'s inputs and initializers.
fn leaf_types(graph: &Graph) -> impl Iterator<Item = (&str, TensorType)> {
    let inputs = graph.inputs.iter().map(|i| (i.name.as_str(), TensorType::new(i.dtype, i.shape.clone())));
    let inits = graph.initializers.iter().map(|i| (i.name.as_str(), TensorType::fixed(i.dtype, &i.shape)));
    inputs.chain(inits)
}

/// Infers `node`'s output types from `types` and adds them; errors name `file`.
fn type_node<'g>(
    node: &'g Node,
    types: &mut HashMap<&'g str, TensorType>,
    ctx: &mut InferCtx,
    file: &Path,
) -> Result<(), IrError> {
    let outputs = infer_node(node, types, ctx)
        .map_err(|e| IrError::invalid(file, Location::Node { node: node.name.clone(), input: e.input }, e.message))?;
    for (name, t) in node.outputs.iter().zip(outputs) {
        if !name.is_empty() {
            types.insert(name, t);
        }
    }
    Ok(())
}

/// The number after the largest fresh dimension `_d<n>` of `types` (0 when none).
fn next_fresh(types: &BTreeMap<String, TensorType>) -> usize {
    let fresh = |d: &Dim| match d {
        Dim::Named(name) => name.strip_prefix("_d").and_then(|n| n.parse::<usize>().ok()).map(|n| n + 1),
        Dim::Fixed(_) => None,
    };
    types.values().flat_map(|t| t.shape.iter().filter_map(fresh)).max().unwrap_or(0)
}

/// Checks one node against its schema and infers its output types.
pub(crate) fn infer_node(
    node: &Node,
    types: &HashMap<&str, TensorType>,
    ctx: &mut InferCtx,
) -> Result<Vec<TensorType>, ops::OpError> {
    let schema = ops::schema(&node.op).ok_or_else(|| {
        ops::OpError::node(format!("unknown op {:?}; expected an ONNX op of the model format or a lowered op", node.op))
    })?;
    ops::check_node(schema, node)?;
    let mut inputs: Vec<Option<&TensorType>> = Vec::with_capacity(node.inputs.len());
    for (i, name) in node.inputs.iter().enumerate() {
        if name.is_empty() {
            inputs.push(None);
            continue;
        }
        let t = types.get(name.as_str()).ok_or_else(|| {
            ops::OpError::input(
                i,
                format!("input {i} {name:?} is not defined; expected a graph input, an initializer or a node output"),
            )
        })?;
        inputs.push(Some(t));
    }
    let inputs: &Inputs = &inputs;
    let outputs = schema.infer(node, inputs, ctx)?;
    if outputs.len() < node.outputs.len() {
        return Err(ops::OpError::node(format!(
            "{} infers {} outputs but the node lists {}",
            schema.name(),
            outputs.len(),
            node.outputs.len()
        )));
    }
    Ok(outputs)
}
