//! Compile-time shape arithmetic: every subgraph whose value depends only on static dimensions and
//! constants (Shape, Gather, Slice, Concat, Cast, ConstantOfShape, integer arithmetic, ... as real
//! `torch.onnx` exports compute sizes) is evaluated during loading and replaced by initializers, so
//! that no shape op reaches validation or the lowered graph.
//!
//! A value that depends on a named dimension (the per-replica batch `"N"`) stays symbolic: a Reshape
//! target becomes `0` (copy the input's axis) or `-1`, and a Resize `sizes` entry equal to the
//! input's named axis drops out through Resize's `axes`. Any other use is an error naming the node,
//! the input and the dimension.

mod eval;
mod operands;
mod value;

use std::path::Path;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::infer_ctx::InferCtx;
use crate::ops::resize::AXES as RESIZE_AXES;
use crate::ops::shape_ops::{SHAPE_END, SHAPE_START, SPLIT_AXIS};
use crate::tensor_type::TensorType;
use crate::{Attr, Dim, Graph, InitSource, Initializer, IrError, Limits, Location, Node};
use value::{Elem, Value};

/// The ops that exist only to compute shapes and are always evaluated at compile time.
pub const SHAPE_OPS: &[&str] = &[
    "Shape",
    "Size",
    "Gather",
    "Squeeze",
    "Unsqueeze",
    "Cast",
    "Constant",
    "ConstantOfShape",
    "Range",
    "Expand",
    "Equal",
    "Where",
    "Floor",
    "Ceil",
    "Round",
    "Mod",
    "Min",
    "Max",
    "Not",
    "And",
    "Or",
    "Less",
    "Greater",
    "Abs",
];

/// Ops of the model format that compute on tensors but are also evaluated when every input is a
/// shape value (or an integer constant).
const ARITHMETIC_OPS: &[&str] =
    &["Add", "Sub", "Mul", "Div", "Neg", "Pow", "Identity", "Reshape", "Concat", "Sqrt", "Slice"];

/// Whether `op` is one of [`SHAPE_OPS`].
pub fn is_shape_op(op: &str) -> bool {
    SHAPE_OPS.contains(&op)
}

/// Folds the shape arithmetic of `graph` in place (see the module doc) and moves constant operands
/// into attributes (Slice, Pad, ReduceSum/ReduceMean; Split becomes Slices); a graph without either
/// is left as it is. Errors name `file`, the node, and the input or dimension at fault.
pub fn fold_shapes(graph: &mut Graph, limits: &Limits, file: &Path) -> Result<(), IrError> {
    if graph.nodes.iter().any(|n| is_shape_op(&n.op) || operands::needs_rewrite(n)) {
        fold_all(graph, limits, file)?;
    }
    dropout_operands_to_attrs(graph, limits, file)
}

/// Dropout's constant `ratio` and `training_mode` operands (opset 12+) become attributes, and an
/// unused mask output is dropped; a computed operand is an error.
fn dropout_operands_to_attrs(graph: &mut Graph, limits: &Limits, file: &Path) -> Result<(), IrError> {
    let consumed: HashSet<String> =
        graph.nodes.iter().flat_map(|n| n.inputs.iter().cloned()).chain(graph.outputs.iter().cloned()).collect();
    let mut read = HashSet::new();
    for i in 0..graph.nodes.len() {
        if graph.nodes[i].op != "Dropout" {
            continue;
        }
        for (index, attr) in [(1, "ratio"), (2, "training_mode")] {
            let Some(name) = graph.nodes[i].input(index).map(str::to_string) else { continue };
            let at = |m: String| {
                IrError::invalid(file, Location::Node { node: graph.nodes[i].name.clone(), input: Some(index) }, m)
            };
            let init = graph.initializer(&name).ok_or_else(|| {
                at(format!("input {index} ({attr}) {name:?} is computed at run time; expected a constant"))
            })?;
            let value = match crate::data::initializer_values(graph, init, limits)?.as_slice() {
                [v] => *v,
                other => return Err(at(format!("input {index} ({attr}) has {} values; expected one", other.len()))),
            };
            let value = if index == 1 { Attr::Float(value) } else { Attr::Int(i64::from(value != 0.0)) };
            graph.nodes[i].attrs.insert(attr.to_string(), value);
            read.insert(name);
        }
        let node = &mut graph.nodes[i];
        node.inputs.truncate(1);
        if node.outputs.get(1).is_some_and(|m| !consumed.contains(m)) {
            node.outputs.truncate(1);
        }
    }
    let used: HashSet<&String> = graph.nodes.iter().flat_map(|n| n.inputs.iter()).chain(&graph.outputs).collect();
    let unused: HashSet<String> = read.into_iter().filter(|r| !used.contains(r)).collect();
    graph.initializers.retain(|i| !unused.contains(&i.name));
    Ok(())
}

/// The folding walk over a graph with shape ops.
fn fold_all(graph: &mut Graph, limits: &Limits, file: &Path) -> Result<(), IrError> {
    let order = graph.topological_order()?;
    let mut slots: Vec<Option<Node>> = std::mem::take(&mut graph.nodes).into_iter().map(Some).collect();
    let mut folder = Folder::new(graph, limits, file);
    for index in order {
        let Some(node) = slots[index].take() else { continue };
        folder.visit(graph, node)?;
    }
    folder.finish(graph)
}

/// The state of one folding walk.
struct Folder<'a> {
    limits: &'a Limits,
    file: &'a Path,
    /// Values known at compile time, by tensor name.
    known: HashMap<String, Value>,
    /// Types of every tensor seen so far.
    types: HashMap<String, TensorType>,
    /// Initializers read by folded nodes (candidates for removal when nothing else reads them).
    read: HashSet<String>,
    /// Every tensor name in use, for naming new initializers.
    taken: HashSet<String>,
    fresh: usize,
}

impl<'a> Folder<'a> {
    fn new(graph: &Graph, limits: &'a Limits, file: &'a Path) -> Self {
        let mut types = HashMap::with_capacity(graph.inputs.len() + graph.initializers.len());
        for i in &graph.inputs {
            types.insert(i.name.clone(), TensorType::new(i.dtype, i.shape.clone()));
        }
        for i in &graph.initializers {
            types.insert(i.name.clone(), TensorType::fixed(i.dtype, &i.shape));
        }
        let taken = types.keys().cloned().collect();
        Folder { limits, file, known: HashMap::new(), types, read: HashSet::new(), taken, fresh: 0 }
    }

    fn error(&self, node: &Node, input: Option<usize>, message: String) -> IrError {
        IrError::invalid(self.file, Location::Node { node: node.name.clone(), input }, message)
    }

    /// Folds `node` when its value is known at compile time, else keeps it (pushed onto the graph)
    /// with its shape operands made initializers.
    fn visit(&mut self, graph: &mut Graph, mut node: Node) -> Result<(), IrError> {
        self.taken.extend(node.outputs.iter().cloned());
        if node.op == "Shape" {
            return self.shape(&node);
        }
        if self.foldable(graph, &node)? {
            let inputs = self.values(graph, &node)?;
            let outputs = eval::eval(&node, &inputs).map_err(|m| self.error(&node, None, m))?;
            for (name, v) in node.outputs.iter().zip(outputs) {
                self.types.insert(name.clone(), value_type(&v));
                self.known.insert(name.clone(), v);
            }
            self.read.extend(node.inputs.iter().filter(|i| graph.initializer(i).is_some()).cloned());
            return Ok(());
        }
        if is_shape_op(&node.op) {
            let at = node.inputs.iter().position(|i| !i.is_empty() && !self.is_known(graph, i));
            let what = at.map(|i| format!("input {i} {:?}", node.inputs[i])).unwrap_or_else(|| "an input".into());
            return Err(self.error(
                &node,
                at,
                format!(
                    "{} of a tensor computed at run time is not supported: {what} is not known at compile time; \
                     expected shape arithmetic on static dimensions and constants",
                    node.op
                ),
            ));
        }
        self.bind_operands(graph, &mut node)?;
        let rank = node.input(0).and_then(|x| self.types.get(x)).map(|t| t.shape.len());
        let read = operands::to_attrs(graph, &mut node, rank, self.limits, self.file)?;
        self.read.extend(read);
        if node.op == "Split" {
            return self.split(graph, &node);
        }
        self.keep(graph, node)
    }

    /// Adds kept `node` to the graph, with its outputs' types.
    fn keep(&mut self, graph: &mut Graph, node: Node) -> Result<(), IrError> {
        let outputs = self.infer(graph, &node)?;
        for (name, t) in node.outputs.iter().zip(outputs) {
            self.types.insert(name.clone(), t);
        }
        graph.nodes.push(node);
        Ok(())
    }

    /// A Split of a run-time tensor becomes one Slice per output along a fixed-size axis.
    fn split(&mut self, graph: &mut Graph, node: &Node) -> Result<(), IrError> {
        let input = node.input(0).unwrap_or_default();
        let t = self
            .types
            .get(input)
            .ok_or_else(|| self.error(node, Some(0), format!("input 0 {input:?} is not defined; expected a tensor")))?;
        let rank = t.shape.len() as i64;
        let axis = SPLIT_AXIS.read(&node.attrs);
        let resolved = if axis < 0 { axis + rank } else { axis };
        let dim = usize::try_from(resolved).ok().and_then(|a| t.shape.get(a)).ok_or_else(|| {
            self.error(
                node,
                None,
                format!("axis {axis} is out of range for rank {rank}; expected {} to {}", -rank, rank - 1),
            )
        })?;
        let n = dim.fixed().ok_or_else(|| {
            self.error(
                node,
                None,
                format!("Split along axis {axis} of run-time size {dim}; expected a fixed-size axis"),
            )
        })?;
        let sizes = operands::split_sizes(node, n, node.outputs.len()).map_err(|m| self.error(node, None, m))?;
        for slice in operands::split_to_slices(node, resolved, &sizes) {
            self.keep(graph, slice)?;
        }
        Ok(())
    }

    /// Shape (with opset 15's `start`/`end`): the input's dimensions, named ones symbolic.
    fn shape(&mut self, node: &Node) -> Result<(), IrError> {
        let input = node.input(0).ok_or_else(|| self.error(node, Some(0), "Shape needs input 0".into()))?;
        let t = self
            .types
            .get(input)
            .ok_or_else(|| self.error(node, Some(0), format!("input 0 {input:?} is not defined; expected a tensor")))?;
        let dims: Vec<Elem> = t
            .shape
            .iter()
            .map(|d| match d {
                Dim::Fixed(n) => Elem::Int(*n as i64),
                Dim::Named(name) => Elem::Dim(name.clone()),
            })
            .collect();
        let rank = dims.len() as i64;
        let clamp = |v: i64| (if v < 0 { v + rank } else { v }).clamp(0, rank) as usize;
        let (start, end) = (clamp(SHAPE_START.read(&node.attrs)), clamp(SHAPE_END.read(&node.attrs)));
        let v = Value::ints(dims[start..end.max(start)].to_vec());
        let out = node.outputs.first().cloned().unwrap_or_default();
        self.types.insert(out.clone(), value_type(&v));
        self.known.insert(out, v);
        Ok(())
    }

    fn is_known(&self, graph: &Graph, name: &str) -> bool {
        self.known.contains_key(name) || graph.initializer(name).is_some_and(small)
    }

    /// Whether `node` is evaluated now: a shape op whose inputs are all known, or arithmetic whose
    /// inputs are known and each either a folded value or a non-float or scalar constant (float
    /// initializers with more than one element are parameters and are never folded away).
    fn foldable(&self, graph: &Graph, node: &Node) -> Result<bool, IrError> {
        let shape_op = is_shape_op(&node.op) || self.slices_shape_value(graph, node);
        if !shape_op && !ARITHMETIC_OPS.contains(&node.op.as_str()) {
            return Ok(false);
        }
        let present: Vec<&String> = node.inputs.iter().filter(|i| !i.is_empty()).collect();
        if !present.iter().all(|i| self.is_known(graph, i)) {
            return Ok(false);
        }
        if shape_op {
            return Ok(true);
        }
        let folded = |i: &str| self.known.contains_key(i);
        let constant = |i: &str| {
            graph.initializer(i).is_some_and(|init| !init.dtype.is_float() || init.shape.iter().product::<u64>() <= 1)
        };
        Ok(present.iter().any(|i| folded(i)) && present.iter().all(|i| folded(i) || constant(i)))
    }

    /// Whether `node` is a Slice of a known integer value (shape arithmetic, always folded).
    fn slices_shape_value(&self, graph: &Graph, node: &Node) -> bool {
        let data = node.input(0).unwrap_or_default();
        let integer = |name: &str| match self.known.get(name) {
            Some(v) => !v.dtype.is_float(),
            None => graph.initializer(name).is_some_and(|i| !i.dtype.is_float()),
        };
        node.op == "Slice" && self.is_known(graph, data) && integer(data)
    }

    /// The known values of `node`'s inputs (initializers read now).
    fn values(&self, graph: &Graph, node: &Node) -> Result<Vec<Option<Value>>, IrError> {
        node.inputs
            .iter()
            .map(|name| {
                if name.is_empty() {
                    return Ok(None);
                }
                if let Some(v) = self.known.get(name) {
                    return Ok(Some(v.clone()));
                }
                let init =
                    graph.initializer(name).ok_or_else(|| self.error(node, None, format!("{name:?} is unknown")))?;
                let data = crate::data::initializer_values(graph, init, self.limits)?;
                Ok(Some(Value::from_f64(init.dtype, &init.shape, &data)))
            })
            .collect()
    }

    /// Makes every folded operand of a kept node an initializer; a symbolic Reshape target or Resize
    /// `sizes` is rewritten, any other symbolic operand is an error.
    fn bind_operands(&mut self, graph: &mut Graph, node: &mut Node) -> Result<(), IrError> {
        for i in 0..node.inputs.len() {
            let Some(v) = self.known.get(&node.inputs[i]).cloned() else { continue };
            if !v.is_symbolic() {
                self.materialize(graph, &node.inputs[i], &v);
                continue;
            }
            let rewritten = match (node.op.as_str(), i) {
                ("Reshape", 1) => self.reshape_target(node, &v),
                ("Resize", 3) => self.resize_sizes(node, &v),
                _ => None,
            };
            let Some(v) = rewritten else {
                let dim = v.data.iter().find(|e| matches!(e, Elem::Dim(_))).map(Elem::text).unwrap_or_default();
                return Err(self.error(
                    node,
                    Some(i),
                    format!(
                        "input {i} {:?} depends on the run-time dimension {dim:?}; expected a value known at compile \
                         time (only a Reshape target may keep the batch dimension)",
                        node.inputs[i]
                    ),
                ));
            };
            let name = self.fresh_name(&format!("{}.{}", node.name, if i == 1 { "shape" } else { "sizes" }));
            self.materialize(graph, &name, &v);
            node.inputs[i] = name;
        }
        Ok(())
    }

    /// A Reshape target whose run-time entries are the input's own axis (`0`) or the one left (`-1`).
    fn reshape_target(&self, node: &Node, v: &Value) -> Option<Value> {
        let input = self.types.get(node.input(0)?)?;
        let mut free = v.data.iter().filter(|e| e.number() == Some(-1.0)).count();
        let mut out = Vec::with_capacity(v.data.len());
        for (axis, e) in v.data.iter().enumerate() {
            out.push(match e {
                Elem::Dim(d) if input.shape.get(axis) == Some(&Dim::Named(d.clone())) => Elem::Int(0),
                Elem::Dim(_) if free == 0 => {
                    free = 1;
                    Elem::Int(-1)
                }
                Elem::Dim(_) => return None,
                known => known.clone(),
            });
        }
        Some(Value::ints(out))
    }

    /// Resize `sizes` whose run-time entries equal the input's named axes: those axes drop out of
    /// the node's `axes` attribute (they keep their size).
    fn resize_sizes(&self, node: &mut Node, v: &Value) -> Option<Value> {
        let input = self.types.get(node.input(0)?)?;
        let rank = input.shape.len() as i64;
        let axes: Vec<i64> = match RESIZE_AXES.get(&node.attrs) {
            Some(a) => a.iter().map(|&x| if x < 0 { x + rank } else { x }).collect(),
            None => (0..rank).collect(),
        };
        let (mut kept_axes, mut kept) = (Vec::new(), Vec::new());
        for (&axis, e) in axes.iter().zip(&v.data) {
            match e {
                Elem::Dim(d) if input.shape.get(axis as usize) == Some(&Dim::Named(d.clone())) => {}
                Elem::Dim(_) => return None,
                known => {
                    kept_axes.push(axis);
                    kept.push(known.clone());
                }
            }
        }
        node.attrs.extend([RESIZE_AXES.entry(kept_axes)]);
        Some(Value::ints(kept))
    }

    fn fresh_name(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        while self.taken.contains(&name) {
            self.fresh += 1;
            name = format!("{base}_{}", self.fresh);
        }
        self.taken.insert(name.clone());
        name
    }

    /// Adds `v` as initializer `name` (once).
    fn materialize(&mut self, graph: &mut Graph, name: &str, v: &Value) {
        if graph.initializer(name).is_some() {
            return;
        }
        let data = v.data.iter().map(|e| e.number().unwrap_or(0.0)).collect();
        let shape = v.shape.iter().map(|&d| d as u64).collect();
        graph.initializers.push(Initializer {
            name: name.to_string(),
            dtype: v.dtype,
            shape,
            source: InitSource::Data { data },
        });
        self.types.insert(name.to_string(), value_type(v));
    }

    /// The output types of a kept node, by the op's own inference.
    fn infer(&mut self, graph: &Graph, node: &Node) -> Result<Vec<TensorType>, IrError> {
        let mut ctx = InferCtx::resume(graph, self.fresh);
        let types: HashMap<&str, TensorType> =
            node.inputs.iter().filter_map(|i| self.types.get(i).map(|t| (i.as_str(), t.clone()))).collect();
        let out = crate::infer::infer_node(node, &types, &mut ctx).map_err(|e| {
            IrError::invalid(self.file, Location::Node { node: node.name.clone(), input: e.input }, e.message)
        });
        self.fresh = ctx.fresh_count();
        out
    }

    /// Graph outputs that were folded become initializers; initializers only folded nodes read go.
    fn finish(mut self, graph: &mut Graph) -> Result<(), IrError> {
        for name in graph.outputs.clone() {
            if let Some(v) = self.known.get(&name).cloned() {
                if v.is_symbolic() {
                    return Err(IrError::invalid(
                        self.file,
                        Location::Tensor { kind: "output", name: name.clone() },
                        "depends on a run-time dimension; expected a tensor computed by the graph".to_string(),
                    ));
                }
                self.materialize(graph, &name, &v);
            }
        }
        let used: HashSet<&str> = graph
            .nodes
            .iter()
            .flat_map(|n| n.inputs.iter().map(String::as_str))
            .chain(graph.outputs.iter().map(String::as_str))
            .collect();
        let unused: HashSet<String> = self.read.iter().filter(|r| !used.contains(r.as_str())).cloned().collect();
        graph.initializers.retain(|i| !unused.contains(&i.name));
        Ok(())
    }
}

/// Whether an initializer is small enough to read as a shape value.
fn small(init: &Initializer) -> bool {
    init.shape.iter().product::<u64>() <= eval::MAX_ELEMENTS as u64
}

fn value_type(v: &Value) -> TensorType {
    let shape = v.shape.iter().map(|&d| Dim::Fixed(d as u64)).collect();
    TensorType::new(v.dtype, shape)
}
