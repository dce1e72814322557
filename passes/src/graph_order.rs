//! Dependency order of a graph's nodes: producers, consumers and a stable topological order.

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

/// A topological order of the nodes; among ready nodes the one listed first goes first, so an
/// already sorted graph keeps its order.
pub fn topological_order(graph: &Graph) -> Result<Vec<usize>, PassError> {
    let preds = predecessors(graph);
    let mut succs = vec![Vec::new(); preds.len()];
    let mut missing: Vec<usize> = preds.iter().map(Vec::len).collect();
    for (i, ps) in preds.iter().enumerate() {
        for &p in ps {
            succs[p].push(i);
        }
    }
    let mut ready: BTreeSet<usize> = (0..preds.len()).filter(|&i| missing[i] == 0).collect();
    let mut order = Vec::with_capacity(preds.len());
    while let Some(i) = ready.pop_first() {
        order.push(i);
        for &s in &succs[i] {
            missing[s] -= 1;
            if missing[s] == 0 {
                ready.insert(s);
            }
        }
    }
    match (0..preds.len()).find(|&i| missing[i] > 0) {
        Some(i) => Err(PassError::Cycle { node: graph.nodes[i].name.clone() }),
        None => Ok(order),
    }
}
