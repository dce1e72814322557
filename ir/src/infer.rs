//! Shape and dtype inference: the type of every tensor of a graph, with ONNX's semantics.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt};
use std::path::Path;

use serde::Serialize;

use crate::ops::{self, Inputs};
use crate::{DType, Dim, Graph, Initializer, IrError, Location, Node, Shape};

/// A tensor's element type and shape; named dimensions stay symbolic.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TensorType {
    /// Element type.
    pub dtype: DType,
    /// Shape.
    pub shape: Shape,
}

impl TensorType {
    /// A type of this dtype and shape.
    pub fn new(dtype: DType, shape: Shape) -> TensorType {
        TensorType { dtype, shape }
    }

    /// A type with fixed dimensions only.
    pub fn fixed(dtype: DType, dims: &[u64]) -> TensorType {
        TensorType { dtype, shape: dims.iter().map(|&d| Dim::Fixed(d)).collect() }
    }
}

impl std::fmt::Display for TensorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.dtype, crate::shape::display_shape(&self.shape))
    }
}

/// What an op's inference may ask of the graph: constant initializer values and fresh dimension names.
pub struct InferCtx<'g> {
    initializers: HashMap<&'g str, &'g Initializer>,
    graph: &'g Graph,
    fresh: usize,
}

impl<'g> InferCtx<'g> {
    fn new(graph: &'g Graph) -> Self {
        Self::resume(graph, 0)
    }

    /// A context whose next fresh dimension is `_d<fresh>` (inference resumed node by node).
    pub(crate) fn resume(graph: &'g Graph, fresh: usize) -> Self {
        let initializers = graph.initializers.iter().map(|i| (i.name.as_str(), i)).collect();
        InferCtx { initializers, graph, fresh }
    }

    /// How many fresh dimensions were handed out.
    pub(crate) fn fresh_count(&self) -> usize {
        self.fresh
    }

    /// A new dimension name (`_d0`, `_d1`, ...) for a size that depends on run-time dimensions in a way
    /// the shape cannot spell, as ONNX's `unk__N`.
    pub fn fresh_dim(&mut self) -> Dim {
        let d = Dim::Named(format!("_d{}", self.fresh));
        self.fresh += 1;
        d
    }

    /// The values of initializer `name` (`Ok(None)` when `name` is not an initializer), refusing one
    /// of more than `max_elements` elements (shape operands are small) before reading it.
    pub fn constant(&self, name: &str, max_elements: u64) -> Result<Option<Vec<f64>>, String> {
        let Some(init) = self.initializers.get(name) else { return Ok(None) };
        let count = crate::Limits::element_count(init.shape.iter().copied()).unwrap_or(u64::MAX);
        if count > max_elements {
            return Err(format!("initializer {name:?} has {count} elements; expected at most {max_elements}"));
        }
        crate::data::initializer_values(self.graph, init, &crate::Limits::default())
            .map(Some)
            .map_err(|e| e.to_string())
    }
}

/// The types of every tensor of `graph`: inputs, initializers and node outputs, by name. Nodes may
/// come in any order. Errors name the graph's [`Graph::source`] file.
pub fn infer_types(graph: &Graph) -> Result<BTreeMap<String, TensorType>, IrError> {
    let order = graph.topological_order()?;
    let types = infer_in(graph, &order, &graph.error_file())?;
    Ok(types.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// The types of every tensor by name, visiting the nodes in `order` (a topological order);
/// errors name `file`.
pub(crate) fn infer_in<'g>(
    graph: &'g Graph,
    order: &[usize],
    file: &Path,
) -> Result<HashMap<&'g str, TensorType>, IrError> {
    let mut types: HashMap<&str, TensorType> =
        HashMap::with_capacity(graph.inputs.len() + graph.initializers.len() + graph.nodes.len());
    for input in &graph.inputs {
        types.insert(&input.name, TensorType::new(input.dtype, input.shape.clone()));
    }
    for init in &graph.initializers {
        types.insert(&init.name, TensorType::fixed(init.dtype, &init.shape));
    }
    let mut ctx = InferCtx::new(graph);
    for &index in order {
        let node = &graph.nodes[index];
        let outputs = infer_node(node, &types, &mut ctx).map_err(|e| {
            IrError::invalid(file, Location::Node { node: node.name.clone(), input: e.input }, e.message)
        })?;
        for (name, t) in node.outputs.iter().zip(outputs) {
            if !name.is_empty() {
                types.insert(name, t);
            }
        }
    }
    Ok(types)
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
