//! Graph validation: limits, unique names, defined inputs, acyclicity, graph outputs, initializer
//! sources, and per-op arity, attributes and types (through inference). Linear in the graph's size.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::path::Path;

use crate::typed::{GraphInfo, Types};
use crate::{data, Graph, InitSource, IrError, Limits, Location};

/// Checks every rule of the model format; the first broken rule is the error, naming `file`, the
/// place and what was expected. Returns what it learnt on the way: every tensor's type and the
/// nodes' topological order.
pub fn validate(graph: &Graph, limits: &Limits, file: &Path) -> Result<GraphInfo, IrError> {
    crate::json::check_header(graph, file)?;
    check_counts(graph, limits, file)?;
    check_initializers(graph, limits, file)?;
    check_names(graph, file)?;
    check_outputs(graph, file)?;
    let order = graph.topological_order().map_err(|e| relocated(e, file))?;
    let info = GraphInfo::in_order(graph, order, file)?;
    check_inferred_sizes(graph, &info.types, limits, file)?;
    Ok(info)
}

/// [`validate`], then the graph's nodes put in topological order (nodes ready at the same time keep
/// their order): what loading a model does.
pub fn validate_sorted(graph: &mut Graph, limits: &Limits, file: &Path) -> Result<GraphInfo, IrError> {
    let mut info = validate(graph, limits, file)?;
    info.sort(graph);
    Ok(info)
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

/// What defines a tensor: a graph input, an initializer or a node, by index.
#[derive(Clone, Copy)]
enum Definer {
    Input(usize),
    Initializer(usize),
    Node(usize),
}

impl Definer {
    fn describe(self, graph: &Graph) -> String {
        match self {
            Definer::Input(i) => format!("input {:?}", graph.inputs[i].name),
            Definer::Initializer(i) => format!("initializer {:?}", graph.initializers[i].name),
            Definer::Node(i) => format!("node {:?}", graph.nodes[i].name),
        }
    }

    fn location(self, graph: &Graph) -> Location {
        match self {
            Definer::Input(i) => Location::Tensor { kind: "input", name: graph.inputs[i].name.clone() },
            Definer::Initializer(i) => {
                Location::Tensor { kind: "initializer", name: graph.initializers[i].name.clone() }
            }
            Definer::Node(i) => Location::Node { node: graph.nodes[i].name.clone(), input: None },
        }
    }
}

/// Tensor names (inputs, initializers, node outputs) and node names are non-empty and unique.
fn check_names(graph: &Graph, file: &Path) -> Result<(), IrError> {
    let capacity = graph.inputs.len() + graph.initializers.len() + 3 * graph.nodes.len();
    let mut tensors: HashMap<&str, Definer> = HashMap::with_capacity(capacity);
    let mut define = |name, by: Definer| -> Result<(), IrError> {
        let problem = if str::is_empty(name) {
            format!("{} has an empty name; expected a name", by.describe(graph))
        } else if let Some(first) = tensors.insert(name, by) {
            format!("tensor {name:?} is already defined by {}; expected unique tensor names", first.describe(graph))
        } else {
            return Ok(());
        };
        Err(IrError::invalid(file, by.location(graph), problem))
    };
    for (i, input) in graph.inputs.iter().enumerate() {
        define(input.name.as_str(), Definer::Input(i))?;
    }
    for (i, init) in graph.initializers.iter().enumerate() {
        define(init.name.as_str(), Definer::Initializer(i))?;
    }
    let mut nodes: HashSet<&str> = HashSet::with_capacity(graph.nodes.len());
    for (i, node) in graph.nodes.iter().enumerate() {
        if node.name.is_empty() || !nodes.insert(&node.name) {
            let what = if node.name.is_empty() { "is empty" } else { "is used by two nodes" };
            let location = Location::Node { node: node.name.clone(), input: None };
            return Err(IrError::invalid(
                file,
                location,
                format!("node name {:?} {what}; expected a unique name", node.name),
            ));
        }
        for out in node.outputs.iter().filter(|o| !o.is_empty()) {
            define(out.as_str(), Definer::Node(i))?;
        }
    }
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
fn check_inferred_sizes(graph: &Graph, types: &Types, limits: &Limits, file: &Path) -> Result<(), IrError> {
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
