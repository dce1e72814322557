//! Graph validation: limits, unique names, defined inputs, acyclicity, graph outputs, initializer
//! sources, and per-op arity, attributes and types (through inference). Linear in the graph's size.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::infer::{infer_in, TensorType};
use crate::{data, Graph, InitSource, IrError, Limits, Location};

/// Checks every rule of the model format; the first broken rule is the error, naming `file`, the
/// place and what was expected.
pub fn validate(graph: &Graph, limits: &Limits, file: &Path) -> Result<(), IrError> {
    crate::json::check_header(graph, file)?;
    check_counts(graph, limits, file)?;
    check_initializers(graph, limits, file)?;
    check_names(graph, file)?;
    check_outputs(graph, file)?;
    let types = infer_in(graph, file)?;
    check_inferred_sizes(graph, &types, limits, file)
}

fn limit(file: &Path, location: Location, message: String) -> IrError {
    IrError::Limit { file: file.to_path_buf(), location, message }
}

/// Node count, and the rank and fixed element count of every graph input.
fn check_counts(graph: &Graph, limits: &Limits, file: &Path) -> Result<(), IrError> {
    if graph.nodes.len() > limits.max_nodes {
        return Err(limit(
            file,
            Location::Model,
            format!("the graph has {} nodes; the limit is {}", graph.nodes.len(), limits.max_nodes),
        ));
    }
    for input in &graph.inputs {
        limits.check_tensor(input.shape.len(), input.shape.iter().filter_map(|d| d.fixed())).map_err(|m| {
            let shape = crate::shape::display_shape(&input.shape);
            limit(file, Location::Tensor { kind: "input", name: input.name.clone() }, format!("shape {shape}: {m}"))
        })?;
    }
    Ok(())
}

/// Each initializer within the limits, inline data of the right length, file sources well-formed
/// and (for a loaded model) present inside the model's folder with a plausible size; and the total.
fn check_initializers(graph: &Graph, limits: &Limits, file: &Path) -> Result<(), IrError> {
    let mut total: u64 = 0;
    for init in &graph.initializers {
        let relocate = |e: IrError| relocated(e, file);
        let count = data::check_size(graph, init, limits).map_err(relocate)?;
        total = total.saturating_add(count);
        match &init.source {
            InitSource::Data { data } if data.len() as u64 != count => {
                return Err(IrError::invalid(
                    file,
                    Location::Tensor { kind: "initializer", name: init.name.clone() },
                    format!("has {} values; expected {count} for shape {:?}", data.len(), init.shape),
                ));
            }
            InitSource::File { .. } if graph.base_dir.is_some() => {
                data::resolve_file(graph, init, limits).map_err(relocate)?;
            }
            InitSource::File { .. } => data::check_file_syntax(graph, init).map_err(relocate)?,
            _ => {}
        }
    }
    if total > limits.max_total_elements {
        return Err(limit(
            file,
            Location::Model,
            format!("initializers hold {total} elements; the limit is {}", limits.max_total_elements),
        ));
    }
    Ok(())
}

/// The same error naming `file` instead of the graph's own source.
fn relocated(e: IrError, file: &Path) -> IrError {
    match e {
        IrError::Invalid { location, message, .. } => IrError::invalid(file, location, message),
        IrError::Limit { location, message, .. } => limit(file, location, message),
        other => other,
    }
}

/// Tensor names (inputs, initializers, node outputs) and node names are non-empty and unique.
fn check_names(graph: &Graph, file: &Path) -> Result<(), IrError> {
    let mut tensors: HashMap<&str, String> = HashMap::new();
    for input in &graph.inputs {
        let location = Location::Tensor { kind: "input", name: input.name.clone() };
        define(&mut tensors, &input.name, format!("input {:?}", input.name), location, file)?;
    }
    for init in &graph.initializers {
        let location = Location::Tensor { kind: "initializer", name: init.name.clone() };
        define(&mut tensors, &init.name, format!("initializer {:?}", init.name), location, file)?;
    }
    let mut nodes: HashSet<&str> = HashSet::new();
    for node in &graph.nodes {
        let location = Location::Node { node: node.name.clone(), input: None };
        if node.name.is_empty() || !nodes.insert(&node.name) {
            let what = if node.name.is_empty() { "is empty" } else { "is used by two nodes" };
            return Err(IrError::invalid(file, location, format!("node name {:?} {what}; expected a unique name", node.name)));
        }
        for out in node.outputs.iter().filter(|o| !o.is_empty()) {
            define(&mut tensors, out, format!("node {:?}", node.name), location.clone(), file)?;
        }
    }
    Ok(())
}

/// Records that `what` defines tensor `name`; an empty or already defined name is an error.
fn define<'g>(
    tensors: &mut HashMap<&'g str, String>,
    name: &'g str,
    what: String,
    location: Location,
    file: &Path,
) -> Result<(), IrError> {
    if name.is_empty() {
        return Err(IrError::invalid(file, location, format!("{what} has an empty name; expected a name")));
    }
    if let Some(first) = tensors.get(name) {
        return Err(IrError::invalid(
            file,
            location,
            format!("tensor name {name:?} is defined twice: by {first} and by {what}; expected unique names"),
        ));
    }
    tensors.insert(name, what);
    Ok(())
}

/// Graph outputs are listed once each and name defined tensors.
fn check_outputs(graph: &Graph, file: &Path) -> Result<(), IrError> {
    let defined: HashSet<&str> = graph
        .inputs
        .iter()
        .map(|i| i.name.as_str())
        .chain(graph.initializers.iter().map(|i| i.name.as_str()))
        .chain(graph.nodes.iter().flat_map(|n| n.outputs.iter().map(String::as_str)))
        .collect();
    let mut seen: HashSet<&str> = HashSet::new();
    for name in &graph.outputs {
        let location = Location::Tensor { kind: "output", name: name.clone() };
        if name.is_empty() || !defined.contains(name.as_str()) {
            return Err(IrError::invalid(
                file,
                location,
                format!("graph output {name:?} is not defined; expected an input, initializer or node output"),
            ));
        }
        if !seen.insert(name) {
            return Err(IrError::invalid(file, location, format!("graph output {name:?} is listed twice")));
        }
    }
    Ok(())
}

/// Every inferred tensor within the rank and element limits.
fn check_inferred_sizes(
    graph: &Graph,
    types: &std::collections::BTreeMap<String, TensorType>,
    limits: &Limits,
    file: &Path,
) -> Result<(), IrError> {
    for node in &graph.nodes {
        for out in node.outputs.iter().filter(|o| !o.is_empty()) {
            let Some(t) = types.get(out) else { continue };
            limits.check_tensor(t.shape.len(), t.shape.iter().filter_map(|d| d.fixed())).map_err(|m| {
                limit(file, Location::Node { node: node.name.clone(), input: None }, format!("output {out:?} {t}: {m}"))
            })?;
        }
    }
    Ok(())
}
