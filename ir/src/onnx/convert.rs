//! A decoded ONNX model to our [`Graph`]: opset, inputs, outputs, initializers, Constant nodes,
//! nodes with their attributes and unique names, and training BatchNorm's running statistics.

use std::collections::{BTreeMap, HashSet};

use super::attrs;
use super::proto::{attribute_type, AttributeProto, DimensionValue, GraphProto, ModelProto, NodeProto, ValueInfoProto};
use super::tensor::{dtype_of, to_initializer, Folder};
use super::{MAX_OPSET, MIN_OPSET};
use crate::onnx_ops::BATCH_NORMALIZATION;
use crate::ops::batchnorm::TRAINING_MODE;
use crate::ops::shape_ops::{ConstantValue, FillValue};
use crate::ops::Attrs;
use crate::{Dim, Graph, Initializer, IrError, Location, Node, ValueInfo};

/// The model's graph in our format, not yet validated.
pub(crate) fn to_graph(model: &ModelProto, folder: &Folder) -> Result<Graph, IrError> {
    let opset = opset(model, folder)?;
    let g = model.graph.as_ref().ok_or_else(|| model_error(folder, "the model has no graph".into()))?;
    if g.node.len() > folder.limits.max_nodes {
        return Err(IrError::Limit {
            file: folder.file.to_path_buf(),
            location: Location::Model,
            message: format!("the graph has {} nodes; the limit is {}", g.node.len(), folder.limits.max_nodes),
        });
    }
    let mut graph = Graph::new(graph_name(g, folder));
    graph.source = Some(folder.file.to_path_buf());
    graph.base_dir = Some(folder.dir.to_path_buf());
    for t in &g.initializer {
        let location = Location::Tensor { kind: "initializer", name: t.name.clone() };
        graph.initializers.push(to_initializer(&t.name, t, folder, location)?);
    }
    let initialized: HashSet<&str> = g.initializer.iter().map(|t| t.name.as_str()).collect();
    for vi in g.input.iter().filter(|vi| !initialized.contains(vi.name.as_str())) {
        let location = Location::Tensor { kind: "input", name: vi.name.clone() };
        graph.inputs.push(value_info(vi).map_err(|m| IrError::invalid(folder.file, location, m))?);
    }
    graph.outputs = g.output.iter().map(|vi| vi.name.clone()).collect();
    let names = unique_names(&g.node);
    for (node, name) in g.node.iter().zip(names) {
        let at_node = |m: String| IrError::at_node(folder.file, &name, m);
        if node.op_type == "Constant" {
            graph.initializers.push(constant(node, &name, folder)?);
        } else if node.op_type == "ConstantOfShape" {
            graph.nodes.push(constant_of_shape(node, name, folder)?);
        } else {
            graph.nodes.push(convert_node(node, name.clone(), opset).map_err(at_node)?);
        }
    }
    expose_running_stats(&mut graph);
    super::names::recover_linear_weights(&mut graph);
    Ok(graph)
}

fn model_error(folder: &Folder, message: String) -> IrError {
    IrError::invalid(folder.file, Location::Model, message)
}

/// The graph's own name, or the file's stem when it has none.
fn graph_name(g: &GraphProto, folder: &Folder) -> String {
    if !g.name.is_empty() {
        return g.name.clone();
    }
    folder.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "model".into())
}

/// The version of the default ONNX domain, which must be in `MIN_OPSET..=MAX_OPSET`.
fn opset(model: &ModelProto, folder: &Folder) -> Result<i64, IrError> {
    let version = model
        .opset_import
        .iter()
        .find(|o| o.domain.is_empty() || o.domain == "ai.onnx")
        .map(|o| o.version)
        .ok_or_else(|| model_error(folder, "the model imports no opset of the default ONNX domain".into()))?;
    if !(MIN_OPSET..=MAX_OPSET).contains(&version) {
        return Err(model_error(
            folder,
            format!(
                "opset {version} is not supported; expected {MIN_OPSET} to {MAX_OPSET} (re-export with one of them)"
            ),
        ));
    }
    Ok(version)
}

/// A graph input's dtype and shape. A dimension with neither value nor name is the batch axis
/// `"N"` on axis 0, and an error elsewhere.
fn value_info(vi: &ValueInfoProto) -> Result<ValueInfo, String> {
    let tensor = vi
        .r#type
        .as_ref()
        .and_then(|t| t.tensor_type.as_ref())
        .ok_or_else(|| format!("graph input {:?} has no tensor type; expected a tensor", vi.name))?;
    let dtype = dtype_of(tensor.elem_type)?;
    let dims = tensor
        .shape
        .as_ref()
        .ok_or_else(|| format!("graph input {:?} has no shape; expected a ranked tensor", vi.name))?;
    let shape = dims.dim.iter().enumerate().map(|(axis, d)| dim(axis, d.value.as_ref())).collect::<Result<_, _>>()?;
    Ok(ValueInfo { name: vi.name.clone(), dtype, shape })
}

fn dim(axis: usize, value: Option<&DimensionValue>) -> Result<Dim, String> {
    match value {
        Some(DimensionValue::DimValue(v)) => {
            u64::try_from(*v).map(Dim::Fixed).map_err(|_| format!("axis {axis} has size {v}; expected a size >= 0"))
        }
        Some(DimensionValue::DimParam(name)) => serde_json::from_value::<Dim>(serde_json::Value::String(name.clone()))
            .map_err(|e| format!("axis {axis}: {e}")),
        None if axis == 0 => Ok(Dim::Named("N".into())),
        None => Err(format!(
            "axis {axis} has an unknown size; expected a fixed size or a name (only axis 0 may be unknown)"
        )),
    }
}

/// A unique, non-empty name per node: its own when it has one not taken by an earlier node,
/// otherwise `<op>_<index>` (or its own name) with a `_<k>` suffix until no node has it.
fn unique_names(nodes: &[NodeProto]) -> Vec<String> {
    let reserved: HashSet<&str> = nodes.iter().map(|n| n.name.as_str()).filter(|n| !n.is_empty()).collect();
    let mut used: HashSet<String> = HashSet::with_capacity(nodes.len());
    let mut names = Vec::with_capacity(nodes.len());
    for (index, node) in nodes.iter().enumerate() {
        let own = !node.name.is_empty() && !used.contains(&node.name);
        let base = if node.name.is_empty() { format!("{}_{index}", node.op_type) } else { node.name.clone() };
        let mut name = base.clone();
        let mut k = 1;
        while !own && (used.contains(&name) || reserved.contains(name.as_str())) {
            name = format!("{base}_{k}");
            k += 1;
        }
        used.insert(name.clone());
        names.push(name);
    }
    names
}

/// A Constant node as an initializer named after its output.
fn constant(node: &NodeProto, name: &str, folder: &Folder) -> Result<Initializer, IrError> {
    let at_node = |m: String| IrError::at_node(folder.file, name, m);
    let output = match node.output.as_slice() {
        [out] if !out.is_empty() => out,
        _ => return Err(at_node(format!("Constant has {} outputs; expected 1", node.output.len()))),
    };
    if !node.input.is_empty() {
        return Err(at_node(format!("Constant has {} inputs; expected none", node.input.len())));
    }
    let [a] = node.attribute.as_slice() else {
        return Err(at_node(format!("Constant has {} attributes; expected exactly one value", node.attribute.len())));
    };
    let location = Location::Node { node: name.to_string(), input: None };
    match (a.name.as_str(), a.r#type, a.t.as_ref()) {
        ("value", attribute_type::TENSOR, Some(t)) => to_initializer(output, t, folder, location),
        ("value_float" | "value_floats" | "value_int" | "value_ints", _, _) => Ok(scalar_constant(output, a).map_err(at_node)?),
        _ => Err(at_node(format!(
            "Constant attribute {:?} of type {} is not supported; expected value (TENSOR), value_float(s) or value_int(s)",
            a.name,
            attrs::type_name(a.r#type)
        ))),
    }
}

/// A Constant given as `value_float`, `value_floats`, `value_int` or `value_ints`.
fn scalar_constant(output: &str, a: &AttributeProto) -> Result<Initializer, String> {
    let value = ConstantValue::read(&Attrs::from([(a.name.clone(), attrs::convert(a)?)]))?;
    let shape = value.shape().iter().map(|&d| d as u64).collect();
    let source = crate::InitSource::Data { data: value.to_f64() };
    Ok(Initializer { name: output.to_string(), dtype: value.dtype(), shape, source })
}

/// ConstantOfShape, whose `value` tensor attribute becomes a one-entry Floats (float types) or
/// Ints (integer and boolean types) attribute.
fn constant_of_shape(node: &NodeProto, name: String, folder: &Folder) -> Result<Node, IrError> {
    let mut attributes = BTreeMap::new();
    for a in &node.attribute {
        let location = Location::Node { node: name.clone(), input: None };
        let (Some(t), FillValue::NAME) = (a.t.as_ref(), a.name.as_str()) else {
            return Err(IrError::at_node(
                folder.file,
                &name,
                format!("ConstantOfShape has attribute {:?}; expected only value", a.name),
            ));
        };
        let init = to_initializer("value", t, folder, location)?;
        let values = crate::data::initializer_values(&Graph::new("value"), &init, folder.limits)?;
        let [v] = values.as_slice() else {
            return Err(IrError::at_node(
                folder.file,
                &name,
                format!("ConstantOfShape value has {} elements; expected 1", values.len()),
            ));
        };
        let fill = if init.dtype.is_float() { FillValue::Float(*v) } else { FillValue::Int(*v as i64) };
        attributes.extend([fill.entry()]);
    }
    Ok(Node {
        name,
        op: node.op_type.clone(),
        inputs: node.input.clone(),
        outputs: node.output.clone(),
        attrs: attributes,
    })
}

/// One non-Constant node: a known standard op, opset rules, and its attributes.
fn convert_node(node: &NodeProto, name: String, opset: i64) -> Result<Node, String> {
    let op = node.op_type.as_str();
    if !node.domain.is_empty() && node.domain != "ai.onnx" {
        return Err(format!("op {op:?} of domain {:?} is not supported; expected a standard ONNX op", node.domain));
    }
    let known = crate::ops::schema(op).is_some() || crate::fold::is_shape_op(op);
    if !known || crate::lowered::ALL.contains(&op) {
        return Err(format!("op {op:?} is not supported; expected one of {:?}", supported_ops()));
    }
    check_opset(node, opset)?;
    let mut attributes = BTreeMap::new();
    for a in &node.attribute {
        attributes.insert(a.name.clone(), attrs::convert(a)?);
    }
    Ok(Node { name, op: op.to_string(), inputs: node.input.clone(), outputs: node.output.clone(), attrs: attributes })
}

/// The standard ONNX ops syncbn imports.
fn supported_ops() -> Vec<&'static str> {
    let ops = crate::ops::all().iter().map(|s| s.name()).filter(|n| !crate::lowered::ALL.contains(n));
    ops.chain(crate::fold::SHAPE_OPS.iter().copied()).collect()
}

/// Ops whose meaning in older opsets differs from the one syncbn implements.
fn check_opset(node: &NodeProto, opset: i64) -> Result<(), String> {
    let too_old = |min: i64, why: &str| {
        Err(format!("{} in opset {opset} {why}; re-export with opset {min} or later", node.op_type))
    };
    match node.op_type.as_str() {
        "Softmax" | "LogSoftmax" if opset < 13 => too_old(13, "coerces its input to 2-D"),
        "Resize" if opset < 11 => too_old(11, "takes (X, scales) without roi"),
        "BatchNormalization" if opset < 14 && node.output.len() > 1 => {
            too_old(14, "has training outputs of an older definition")
        }
        _ => Ok(()),
    }
}

/// Training-mode BatchNormalization outputs running_mean and running_var that the exporter often
/// leaves unused; each such output becomes a graph output named `<running stat input>_out`
/// (`bn1.running_mean_out`) when that name is free, so that a run writes the updated statistics.
fn expose_running_stats(graph: &mut Graph) {
    let consumed: HashSet<String> =
        graph.nodes.iter().flat_map(|n| n.inputs.iter().cloned()).chain(graph.outputs.iter().cloned()).collect();
    let mut taken: HashSet<String> = graph
        .inputs
        .iter()
        .map(|i| i.name.clone())
        .chain(graph.initializers.iter().map(|i| i.name.clone()))
        .chain(graph.nodes.iter().flat_map(|n| n.outputs.iter().cloned()))
        .collect();
    for node in graph.nodes.iter_mut().filter(|n| n.op == BATCH_NORMALIZATION && TRAINING_MODE.read(&n.attrs)) {
        for (out, stat) in [(1, 3), (2, 4)] {
            let (Some(current), Some(input)) = (node.outputs.get(out).cloned(), node.input(stat).map(str::to_string))
            else {
                continue;
            };
            if current.is_empty() || consumed.contains(&current) {
                continue;
            }
            let name = format!("{input}_out");
            let name = if taken.insert(name.clone()) { name } else { current };
            node.outputs[out] = name.clone();
            graph.outputs.push(name);
        }
    }
}
