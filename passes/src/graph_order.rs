//! Dependency facts of a graph's nodes: producers, predecessors and a stable topological order.

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::Graph;

use crate::PassError;

/// The node index producing each tensor.
pub fn producers(graph: &Graph) -> BTreeMap<&str, usize> {
    let mut map = BTreeMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        for out in node.outputs.iter().filter(|o| !o.is_empty()) {
            map.insert(out.as_str(), i);
        }
    }
    map
}

/// For each node, the nodes whose outputs it reads (deduplicated, ascending).
pub fn predecessors(graph: &Graph) -> Vec<Vec<usize>> {
    let producer = producers(graph);
    graph
        .nodes
        .iter()
        .map(|n| {
            let set: BTreeSet<usize> = n.inputs.iter().filter_map(|t| producer.get(t.as_str()).copied()).collect();
            set.into_iter().collect()
        })
        .collect()
}

/// A topological order of the nodes (the ir crate's: stable, cycles named).
pub fn topological_order(graph: &Graph) -> Result<Vec<usize>, PassError> {
    Ok(graph.topological_order()?)
}
