//! Load (read + parse), validate and infer a synthetic 10,000-node graph: ResNet-like blocks of
//! Conv -> BatchNormalization (training) -> Relu with a residual Add every block, C = 16, [N, 16, 8, 8].

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use syncbn::ir::{infer_types, json as ir_json, load_model, validate::validate, Limits};

const NODES: usize = 10_000;
const C: u64 = 16;

/// The synthetic model as JSON text, with exactly `NODES` nodes.
fn synthetic_model() -> String {
    let (mut nodes, mut inits) = (Vec::<Value>::new(), Vec::<Value>::new());
    let mut current = "x".to_string();
    let mut block = 0;
    while nodes.len() < NODES {
        let p = format!("b{block}");
        let input = current.clone();
        inits.push(json!({"name": format!("{p}.w"), "dtype": "f32", "shape": [C, C, 3, 3], "fill": 0.01}));
        for (suffix, fill) in [("scale", 1.0), ("bias", 0.0), ("mean", 0.0), ("var", 1.0)] {
            inits.push(json!({"name": format!("{p}.{suffix}"), "dtype": "f32", "shape": [C], "fill": fill}));
        }
        let steps = [
            json!({"name": format!("{p}.conv"), "op": "Conv", "inputs": [input, format!("{p}.w")], "outputs": [format!("{p}.c")],
                   "attrs": {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1]}}),
            json!({"name": format!("{p}.bn"), "op": "BatchNormalization",
                   "inputs": [format!("{p}.c"), format!("{p}.scale"), format!("{p}.bias"), format!("{p}.mean"), format!("{p}.var")],
                   "outputs": [format!("{p}.n"), format!("{p}.mean_out"), format!("{p}.var_out")],
                   "attrs": {"epsilon": 1e-5, "momentum": 0.9, "training_mode": 1}}),
            json!({"name": format!("{p}.relu"), "op": "Relu", "inputs": [format!("{p}.n")], "outputs": [format!("{p}.r")]}),
            json!({"name": format!("{p}.add"), "op": "Add", "inputs": [format!("{p}.r"), input], "outputs": [format!("{p}.y")]}),
        ];
        for step in steps.into_iter().take(NODES - nodes.len()) {
            current = step["outputs"][0].as_str().unwrap_or_default().to_string();
            nodes.push(step);
        }
        block += 1;
    }
    json!({"format": "syncbn-ir", "version": 1, "name": "synthetic10k",
           "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", C, 8, 8]}],
           "outputs": [current], "initializers": inits, "nodes": nodes})
    .to_string()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("synthetic10k.json");
    let text = synthetic_model();
    std::fs::write(&path, &text).expect("write the model");
    let limits = Limits::default();
    let graph = load_model(&path, &limits).expect("the synthetic model is valid");
    assert_eq!(graph.nodes.len(), NODES);

    let mut group = c.benchmark_group("load_validate_10k");
    group.sample_size(10);
    group.bench_function("load_model (read + parse + validate + infer + sort)", |b| {
        b.iter(|| black_box(load_model(&path, &limits).expect("loads")))
    });
    group.bench_function("parse", |b| {
        b.iter(|| black_box(ir_json::from_str(&text, Path::new("m.json")).expect("parses")))
    });
    group.bench_function("validate (includes infer)", |b| {
        b.iter(|| validate(black_box(&graph), &limits, Path::new("m.json")).expect("valid"))
    });
    group.bench_function("infer_types", |b| b.iter(|| black_box(infer_types(&graph).expect("infers"))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
