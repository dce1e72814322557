//! LayerNormalization on CPU replicas, forward and backward: channels-last over the last axis (as
//! ConvNeXt exports it, after a Transpose) with `scale` and `B`, and over the last three axes with a
//! `scale` that broadcasts and no `B`; the lowered training graph runs on 1, 2 and 4 replicas
//! (uneven and empty shards of 3 images, C=3 -> 4 channels, 7x5) against the float64 reference on the
//! global batch. Bad attributes and shapes are refused at load, naming the node.

mod common;

use common::*;
use serde_json::{json, Value};
use syncbn_ir::grad::grad_name;
use syncbn_ir::{Graph, Limits};
use syncbn_passes::differentiate;

fn ramp(name: &str, shape: &[usize], lo: f64, hi: f64) -> Value {
    let n: usize = shape.iter().product();
    let data: Vec<f64> = (0..n).map(|i| lo + (hi - lo) * ((i * 7919 + 13) % 997) as f64 / 997.0).collect();
    json!({"name": name, "dtype": "f32", "shape": shape, "data": data})
}

fn node(name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: Value) -> Value {
    json!({"name": name, "op": op, "inputs": inputs, "outputs": outputs, "attrs": attrs})
}

/// Loads the model of `nodes` (input `x` `[N, 3, 7, 5]`, output `y`) with `inits` plus the Conv
/// weight `w` and the LayerNorm parameters.
fn load(nodes: Value) -> Result<Graph, syncbn_ir::IrError> {
    let inits = json!([
        ramp("w", &[4, 3, 3, 3], -0.5, 0.5),
        ramp("s1", &[4], 0.5, 1.5),
        ramp("b1", &[4], -0.3, 0.3),
        ramp("s2", &[7, 1], 0.5, 1.5)
    ]);
    let text = json!({
        "format": "syncbn-ir", "version": 1, "name": "layer_norm",
        "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", 3, 7, 5]}],
        "outputs": ["y"], "initializers": inits, "nodes": nodes
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("layer_norm.json");
    std::fs::write(&path, text.to_string()).expect("write");
    syncbn_ir::load_model(&path, &Limits::default())
}

/// Conv -> Transpose to NHWC -> LayerNormalization over the last axis (epsilon 1e-6, as ConvNeXt)
/// -> Transpose back -> LayerNormalization over `[C, H, W]` with `scale` `[7, 1]` (default epsilon).
fn model() -> Graph {
    load(json!([
        node("conv", "Conv", &["x", "w"], &["c"], json!({"pads": [1, 1, 1, 1]})),
        node("nhwc", "Transpose", &["c"], &["t"], json!({"perm": [0, 2, 3, 1]})),
        node("ln1", "LayerNormalization", &["t", "s1", "b1"], &["l"], json!({"axis": -1, "epsilon": 1e-6})),
        node("nchw", "Transpose", &["l"], &["u"], json!({"perm": [0, 3, 1, 2]})),
        node("ln2", "LayerNormalization", &["u", "s2"], &["y"], json!({"axis": 1}))
    ]))
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn layer_norm_forward_and_gradients_match_the_reference_on_1_2_and_4_replicas() {
    let training = differentiate(&model(), &["y".to_string()]).expect("differentiate");
    let x = random_input(3, 3, &[7, 5], 0.2, 1.0, 25);
    let dy = random_input(3, 4, &[7, 5], 0.0, 1.0, 26);
    let names = ["y".to_string(), grad_name("x"), grad_name("w"), grad_name("s1"), grad_name("b1"), grad_name("s2")];
    training_matches_reference(&training, &x, &dy, &names, 1e-4);
}

#[test]
fn bad_layer_norms_are_refused_naming_the_node() {
    let cases = [
        (json!({"axis": 0}), "s1", "run-time size"),
        (json!({"axis": 4}), "s1", "axis 4 is out of range"),
        (json!({"axis": -1, "epsilon": 0.0}), "s1", "epsilon"),
        (json!({"stash_type": 11}), "s1", "stash_type"),
        (json!({"axis": -1}), "s2", "broadcasts to the normalized shape [4]"),
    ];
    for (attrs, scale, expected) in cases {
        let nodes = json!([
            node("conv", "Conv", &["x", "w"], &["c"], json!({})),
            node("nhwc", "Transpose", &["c"], &["t"], json!({"perm": [0, 2, 3, 1]})),
            node("ln", "LayerNormalization", &["t", scale], &["y"], attrs.clone())
        ]);
        let message = load(nodes).map(|_| ()).expect_err("refused").to_string();
        assert!(message.contains("\"ln\"") && message.contains(expected), "{attrs}: {message}");
    }
}
