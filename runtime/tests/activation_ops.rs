//! The activations and binary ops of segmentation and mobile backbones (HardSwish, HardSigmoid,
//! LeakyRelu, Elu, Selu, Gelu, Tanh, Erf, Neg, Sqrt, Pow, Sub, Div, training Dropout) on CPU replicas, forward and
//! backward, and ConvTranspose: the lowered training graph run on 1, 2 and 3 replicas (uneven and empty shards)
//! against the passes' float64 interpreter on the global batch.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use syncbn_ir::grad::grad_name;
use syncbn_passes::differentiate;
use syncbn_reference as reference;
use syncbn_runtime::{run, RunOptions};

fn data(n: usize, seed: u64, lo: f64, hi: f64) -> String {
    let v: Vec<String> = (0..n)
        .map(|i| format!("{:.4}", lo + (hi - lo) * ((i as u64 * 7919 + seed * 104729) % 997) as f64 / 997.0))
        .collect();
    v.join(", ")
}

/// Conv -> training BatchNorm -> the activation chain -> `y`, on `["N", 3, 7, 5]`.
fn graph() -> syncbn_ir::Graph {
    let node = |name: &str, op: &str, ins: &[&str], out: &str, attrs: &str| {
        let ins: Vec<String> = ins.iter().map(|i| format!("{i:?}")).collect();
        format!(
            r#"{{"name": "{name}", "op": "{op}", "inputs": [{}], "outputs": ["{out}"], "attrs": {{{attrs}}}}}"#,
            ins.join(", ")
        )
    };
    let nodes = [
        node("conv", "Conv", &["x", "w"], "c", r#""pads": [1, 1, 1, 1]"#),
        node("bn", "BatchNormalization", &["c", "g", "b", "m", "v"], "n", r#""training_mode": 1"#),
        node("hswish", "HardSwish", &["n"], "hs", ""),
        node("hsig", "HardSigmoid", &["hs"], "gate", r#""alpha": 0.1666666667"#),
        node("excite", "Mul", &["hs", "gate"], "se", ""),
        node("leaky", "LeakyRelu", &["se"], "lr", r#""alpha": 0.1"#),
        node("elu", "Elu", &["lr"], "el", r#""alpha": 0.8"#),
        node("selu", "Selu", &["el"], "sl", ""),
        node("sub", "Sub", &["sl", "shift"], "sb", ""),
        node("div", "Div", &["sb", "scale"], "dv", ""),
        node("gelu", "Gelu", &["dv"], "ge", ""),
        node("gelu_tanh", "Gelu", &["ge"], "gt", r#""approximate": "tanh""#),
        node("tanh", "Tanh", &["gt"], "th", ""),
        node("erf", "Erf", &["th"], "ef", ""),
        node("neg", "Neg", &["ef"], "ng", ""),
        node("square", "Pow", &["ng", "two"], "sq", ""),
        node("plus_one", "Add", &["sq", "one"], "p1", ""),
        node("sqrt", "Sqrt", &["p1"], "rt", ""),
        node("dropout", "Dropout", &["rt"], "y", r#""ratio": 0.25, "training_mode": 1, "seed": 7"#),
    ];
    let init = |name: &str, shape: &str, n: usize, seed: u64, lo: f64, hi: f64| {
        format!(r#"{{"name": "{name}", "dtype": "f32", "shape": {shape}, "data": [{}]}}"#, data(n, seed, lo, hi))
    };
    let inits = [
        init("w", "[4, 3, 3, 3]", 108, 1, -0.5, 0.5),
        init("g", "[4]", 4, 2, 0.5, 1.5),
        init("b", "[4]", 4, 3, -0.2, 0.2),
        init("m", "[4]", 4, 4, -0.1, 0.1),
        init("v", "[4]", 4, 5, 0.5, 1.5),
        init("shift", "[4, 1, 1]", 4, 6, -0.3, 0.3),
        init("scale", "[1, 5]", 5, 7, 1.0, 2.0),
        r#"{"name": "two", "dtype": "f32", "shape": [], "data": [2.0]}"#.to_string(),
        r#"{"name": "one", "dtype": "f32", "shape": [], "data": [1.0]}"#.to_string(),
    ];
    let text = format!(
        r#"{{"format": "syncbn-ir", "version": 1, "name": "activations",
        "inputs": [{{"name": "x", "dtype": "f32", "shape": ["N", 3, 7, 5]}}],
        "outputs": ["y", "bn.running_mean_out"], "initializers": [{}], "nodes": [{}]}}"#,
        inits.join(", "),
        nodes.join(", ").replace(
            r#"["n"], "attrs": {"training_mode": 1}"#,
            r#"["n", "bn.running_mean_out"], "attrs": {"training_mode": 1}"#
        )
    );
    syncbn_ir::json::from_str(&text, Path::new("activations.json")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn activation_chain_forward_and_gradients_match_the_reference() {
    let training = differentiate(&graph(), &["y".to_string()]).expect("differentiate");
    let x = random_input(3, 3, &[7, 5], 0.2, 1.0, 5);
    let dy = random_input(3, 4, &[7, 5], 0.0, 1.0, 6);
    let outputs = [
        "y".to_string(),
        "bn.running_mean_out".into(),
        grad_name("x"),
        grad_name("w"),
        grad_name("scale"),
        grad_name("shift"),
    ];
    training_matches_reference(&training, &x, &dy, &outputs, 1e-4);
}

/// ConvTranspose on CPU replicas against the passes' float64 interpreter: stride 2 with pads and
/// bias, and grouped with output_padding and dilation, on odd shapes.
#[test]
fn conv_transpose_matches_the_reference() {
    let cases = [
        ("[4, 3, 3, 3]", 108, r#""strides": [2, 2], "pads": [1, 1, 1, 1]"#, true),
        ("[4, 1, 2, 3]", 24, r#""strides": [2, 3], "group": 2, "output_padding": [1, 0], "dilations": [1, 2]"#, false),
    ];
    for (shape, n, attrs, bias) in cases {
        let w = format!(r#"{{"name": "w", "dtype": "f32", "shape": {shape}, "data": [{}]}}"#, data(n, 8, -0.5, 0.5));
        let b = r#", {"name": "b", "dtype": "f32", "shape": [3], "data": [0.1, -0.2, 0.3]}"#;
        let ins = if bias { r#""x", "w", "b""# } else { r#""x", "w""# };
        let text = format!(
            r#"{{"format": "syncbn-ir", "version": 1, "name": "ct",
            "inputs": [{{"name": "x", "dtype": "f32", "shape": ["N", 4, 7, 5]}}], "outputs": ["y"],
            "initializers": [{w}{}], "nodes": [{{"name": "ct", "op": "ConvTranspose", "inputs": [{ins}],
            "outputs": ["y"], "attrs": {{{attrs}}}}}]}}"#,
            if bias { b } else { "" }
        );
        let g = syncbn_ir::json::from_str(&text, Path::new("ct.json")).unwrap_or_else(|e| panic!("{e}"));
        let x = random_input(2, 4, &[7, 5], 0.0, 1.0, 9);
        let inputs = BTreeMap::from([("x".to_string(), x.mapv(f64::from))]);
        let want = reference::run_global(&g, &inputs, 1, 1).unwrap_or_else(|e| panic!("{e}"))["y"].clone();
        for replicas in [1, 3] {
            let got = run(&g, &RunOptions { replicas, inputs: inputs_x(x.clone()), ..Default::default() })
                .unwrap_or_else(|e| panic!("{attrs} R={replicas}: {e}"));
            let y = got.output("y").unwrap();
            assert_eq!(y.shape(), want.shape(), "{attrs}");
            assert_close(y.as_slice().unwrap(), want.as_slice().unwrap(), 1e-5, &format!("{attrs} R={replicas}"));
        }
    }
}
