//! Recovers the PyTorch `state_dict` names of parameters that the TorchScript exporter renamed, so
//! that gradients and `--save` checkpoints carry the names (and layouts) PyTorch loads: a Linear
//! applied to a tensor of rank above 2 (ConvNeXt's blocks, transformers) is exported as
//! `Add(MatMul(X, W^T), <module>.bias)` with `W^T` an initializer `onnx::MatMul_<k>` of shape
//! `[in, out]`. Its weight becomes `<module>.weight` of shape `[out, in]`, read through a Transpose.

use std::collections::{HashMap, HashSet};

use crate::{Attr, Graph, InitSource, Node};

/// The prefix of the exporter's names for the transposed weights of MatMul-exported Linears.
const EXPORTED_MATMUL_WEIGHT: &str = "onnx::MatMul_";

/// Renames every recoverable `onnx::MatMul_*` weight of `graph` (see the module doc).
pub(crate) fn recover_linear_weights(graph: &mut Graph) {
    let mut uses: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        for input in &node.inputs {
            uses.entry(input.clone()).or_default().push(i);
        }
    }
    let mut taken: HashSet<String> = graph.initializers.iter().map(|t| t.name.clone()).collect();
    taken.extend(graph.inputs.iter().map(|v| v.name.clone()));
    taken.extend(graph.nodes.iter().flat_map(|n| n.outputs.iter().cloned()));
    let mut transposes = Vec::new();
    for m in 0..graph.nodes.len() {
        let Some((weight, module)) = linear_weight(graph, m, &uses) else { continue };
        let (name, read) = (format!("{module}.weight"), format!("{module}.weight.T"));
        if taken.contains(&name) || taken.contains(&read) || graph.outputs.contains(&weight) {
            continue;
        }
        let Some(init) = graph.initializers.iter_mut().find(|t| t.name == weight) else { continue };
        let InitSource::Data { data } = &mut init.source else { continue };
        let [rows, cols] = [init.shape[0] as usize, init.shape[1] as usize];
        *data = (0..rows * cols).map(|k| data[(k % rows) * cols + k / rows]).collect();
        init.shape = vec![cols as u64, rows as u64];
        init.name = name.clone();
        graph.nodes[m].inputs[1] = read.clone();
        transposes.push(Node {
            name: format!("{}/weight_transpose", graph.nodes[m].name),
            op: "Transpose".into(),
            inputs: vec![name.clone()],
            outputs: vec![read.clone()],
            attrs: [("perm".to_string(), Attr::Ints(vec![1, 0]))].into_iter().collect(),
        });
        taken.extend([name, read]);
    }
    graph.nodes.extend(transposes);
}

/// The weight and module name of MatMul node `m` when it is an exported Linear: its input 1 is an
/// `onnx::MatMul_*` f32 matrix `[in, out]` read by this node only, and its output goes only to an
/// Add with an initializer `<module>.bias` of `out` elements.
fn linear_weight(graph: &Graph, m: usize, uses: &HashMap<String, Vec<usize>>) -> Option<(String, String)> {
    let node = &graph.nodes[m];
    let weight = node.input(1).filter(|w| node.op == "MatMul" && w.starts_with(EXPORTED_MATMUL_WEIGHT))?;
    let init = graph.initializer(weight).filter(|t| t.dtype.is_float() && t.shape.len() == 2)?;
    if uses.get(weight).map(Vec::as_slice) != Some(&[m]) {
        return None;
    }
    let [add] = uses.get(node.outputs.first()?)?.as_slice() else { return None };
    let add = &graph.nodes[*add];
    let bias = add.inputs.iter().find(|i| Some(i.as_str()) != node.outputs.first().map(String::as_str))?;
    let module = bias.strip_suffix(".bias").filter(|m| add.op == "Add" && add.inputs.len() == 2 && !m.is_empty())?;
    let bias_init = graph.initializer(bias)?;
    (bias_init.shape == [init.shape[1]]).then(|| (weight.to_string(), module.to_string()))
}
