//! Graphviz DOT rendering of a graph: ops as boxes, graph inputs and outputs as ellipses, edges
//! labelled with tensor names and (when known) types. Initializers are folded into their op's label.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::tensor_type::TensorType;
use crate::Graph;

/// The graph in DOT. `types` (from [`crate::infer_types`]) adds tensor types to edge labels.
/// Collectives (`AllReduce`) are drawn filled so they stand out.
pub fn to_dot(graph: &Graph, types: Option<&BTreeMap<String, TensorType>>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&graph.name));
    out.push_str(
        "  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=8];\n",
    );
    let mut producer: HashMap<&str, String> = HashMap::new();
    for (i, input) in graph.inputs.iter().enumerate() {
        let id = format!("in{i}");
        let _ = writeln!(out, "  {id} [shape=ellipse, label={}];", quote(&input.name));
        producer.insert(&input.name, id);
    }
    let initializers: HashMap<&str, ()> = graph.initializers.iter().map(|i| (i.name.as_str(), ())).collect();
    for (i, node) in graph.nodes.iter().enumerate() {
        let id = format!("n{i}");
        let params = node.inputs.iter().filter(|n| initializers.contains_key(n.as_str())).count();
        let mut label = format!("{}\n{}", node.op, node.name);
        if params > 0 {
            let _ = write!(label, "\n({params} initializers)");
        }
        let style = if node.op == crate::lowered::ALL_REDUCE { ", style=filled, fillcolor=\"#ffd27f\"" } else { "" };
        let _ = writeln!(out, "  {id} [shape=box{style}, label={}];", quote(&label));
        for name in node.outputs.iter().filter(|o| !o.is_empty()) {
            producer.insert(name, id.clone());
        }
    }
    for (i, node) in graph.nodes.iter().enumerate() {
        for name in &node.inputs {
            if let Some(from) = producer.get(name.as_str()) {
                let _ = writeln!(out, "  {from} -> n{i} [label={}];", quote(&edge_label(name, types)));
            }
        }
    }
    for (i, name) in graph.outputs.iter().enumerate() {
        let _ = writeln!(out, "  out{i} [shape=ellipse, style=bold, label={}];", quote(name));
        if let Some(from) = producer.get(name.as_str()) {
            let _ = writeln!(out, "  {from} -> out{i} [label={}];", quote(&edge_label(name, types)));
        }
    }
    out.push_str("}\n");
    out
}

fn edge_label(name: &str, types: Option<&BTreeMap<String, TensorType>>) -> String {
    match types.and_then(|t| t.get(name)) {
        Some(t) => format!("{name}\n{t}"),
        None => name.to_string(),
    }
}

/// A DOT string literal: quotes, backslashes and control characters escaped.
fn quote(text: &str) -> String {
    let mut q = String::with_capacity(text.len() + 2);
    q.push('"');
    for c in text.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            c if c.is_control() => q.push(' '),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}
