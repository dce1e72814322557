//! Graph -> e-graph: every input and initializer a leaf, every node an op with one projection per
//! named output, every tensor name mapped to its e-class.

use std::collections::BTreeMap;

use egg::Id;
use syncbn_ir::{Graph, GraphInfo};

use crate::analysis::{add_get, add_leaf, add_op, GraphAnalysis, EG};
use crate::PassError;

/// A graph in an e-graph.
pub struct Converted {
    /// The e-graph.
    pub egraph: EG,
    /// Every tensor name of the graph and its e-class.
    pub tensors: BTreeMap<String, Id>,
}

/// Builds the e-graph of `graph`, visiting its nodes in `info`'s order; `info` gives the tensor types.
pub fn to_egraph(graph: &Graph, info: &GraphInfo, analysis: GraphAnalysis) -> Result<Converted, PassError> {
    let types = &info.types;
    let mut eg = EG::new(analysis);
    let mut tensors = BTreeMap::new();
    let absent = add_leaf(&mut eg, "", None);
    tensors.insert(String::new(), absent);
    let leaves = graph.inputs.iter().map(|i| &i.name).chain(graph.initializers.iter().map(|i| &i.name));
    for name in leaves {
        let id = add_leaf(&mut eg, name, types.get(name).cloned());
        tensors.insert(name.clone(), id);
    }
    for &index in &info.order {
        let node = &graph.nodes[index];
        let args = node
            .inputs
            .iter()
            .enumerate()
            .map(|(input, name)| {
                tensors.get(name).copied().ok_or_else(|| PassError::UnknownTensor {
                    node: node.name.clone(),
                    input,
                    name: name.clone(),
                })
            })
            .collect::<Result<Vec<Id>, _>>()?;
        let out_types = node.outputs.iter().map(|o| types.get(o).cloned()).collect();
        let op = add_op(&mut eg, &node.op, &node.name, node.attrs.clone(), args, out_types);
        for (i, out) in node.outputs.iter().enumerate().filter(|(_, o)| !o.is_empty()) {
            let id = add_get(&mut eg, op, i as u32);
            tensors.insert(out.clone(), id);
        }
    }
    eg.rebuild();
    Ok(Converted { egraph: eg, tensors })
}
