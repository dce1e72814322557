//! Loading the initializer values that compile-time folding reads.

use std::collections::BTreeMap;

use syncbn_ir::onnx_ops::CONV;
use syncbn_ir::{Graph, Initializer, Limits, TensorType};

use crate::PassError;
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION as BATCH_NORM;
use syncbn_ir::ops::batchnorm::TRAINING_MODE;

/// The values of one initializer (row-major, as f64), read within the default [`Limits`].
pub fn initializer_values(graph: &Graph, init: &Initializer) -> Result<Vec<f64>, PassError> {
    Ok(syncbn_ir::data::initializer_values(graph, init, &Limits::default())?)
}

/// The values of the initializers that the eval-BatchNorm and Clip rewrites may read: eval
/// BatchNorms' parameters, the weights and biases of the Conv or Gemm feeding them, Clip bounds,
/// Pow exponents.
pub fn fold_constants(graph: &Graph) -> Result<BTreeMap<String, Vec<f64>>, PassError> {
    let producers = graph.producers();
    let mut wanted: Vec<&str> = Vec::new();
    for node in &graph.nodes {
        if node.op == BATCH_NORM && !TRAINING_MODE.read(&node.attrs) {
            wanted.extend(node.inputs.iter().skip(1).map(String::as_str));
            let feeder = node.inputs.first().and_then(|x| producers.get(x.as_str())).map(|&i| &graph.nodes[i]);
            if let Some(p) = feeder.filter(|p| p.op == "Conv" || p.op == "Gemm") {
                wanted.extend(p.inputs.iter().skip(1).map(String::as_str));
            }
        }
        if node.op == "Clip" || node.op == "Pow" {
            wanted.extend(node.inputs.iter().skip(1).map(String::as_str));
        }
    }
    let inits: BTreeMap<&str, &Initializer> = graph.initializers.iter().map(|i| (i.name.as_str(), i)).collect();
    let mut values = BTreeMap::new();
    for name in wanted {
        if let Some(init) = inits.get(name) {
            values.insert(name.to_string(), initializer_values(graph, init)?);
        }
    }
    Ok(values)
}

/// The values of the Conv weights that [`crate::rewrites::conv_taps`] can crop: initializers
/// feeding a Conv whose kernel has taps that read only padding (only these are read, so a model's
/// other weights stay untouched at compile time).
pub fn croppable_conv_weights(
    graph: &Graph,
    types: &BTreeMap<String, TensorType>,
) -> Result<BTreeMap<String, Vec<f64>>, PassError> {
    let mut values = BTreeMap::new();
    for node in graph.nodes.iter().filter(|n| n.op == CONV) {
        let (Some(x), Some(w), Some(y)) = (node.inputs.first(), node.inputs.get(1), node.outputs.first()) else {
            continue;
        };
        let (Some(tx), Some(tw), Some(ty)) = (types.get(x), types.get(w), types.get(y)) else { continue };
        if values.contains_key(w) || crate::rewrites::conv_taps::tap_crop(&node.attrs, tx, tw, ty).is_none() {
            continue;
        }
        if let Some(init) = graph.initializer(w) {
            values.insert(w.clone(), initializer_values(graph, init)?);
        }
    }
    Ok(values)
}
