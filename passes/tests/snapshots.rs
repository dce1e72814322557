//! Snapshots of the lowered graph (JSON text) of every example model, of eval-mode variants
//! (folding and affine), and of the PyTorch-exported ResNet-18; plus determinism of the bytes.

mod common;

use std::path::{Path, PathBuf};

use syncbn_ir::{Attr, Graph, Limits};
use syncbn_passes::{lower, LowerOptions};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

fn load(name: &str) -> Graph {
    let path = examples().join(name);
    syncbn_ir::load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn lowered_json(graph: &Graph, options: &LowerOptions) -> String {
    let lowered = lower(graph, options).unwrap_or_else(|e| panic!("{}: {e}", graph.name));
    syncbn_ir::json::to_string(&lowered.graph)
}

/// The same model in eval mode: training_mode 0 and no running-statistics outputs.
fn eval_mode(mut graph: Graph) -> Graph {
    let mut dropped = Vec::new();
    for node in graph.nodes.iter_mut().filter(|n| n.op == "BatchNormalization") {
        node.attrs.insert("training_mode".into(), Attr::Int(0));
        dropped.extend(node.outputs.drain(1..));
    }
    graph.outputs.retain(|o| !dropped.contains(o));
    graph
}

/// The JSON text with every inline `data` list of more than 16 values (weights computed at compile
/// time, such as cropped kernels) shown as one line: its length, first value and sum.
fn long_data_summarized(json: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut lines = json.lines();
    while let Some(line) = lines.next() {
        if !line.trim_end().ends_with("\"data\": [") {
            out.push(line.to_string());
            continue;
        }
        let mut values: Vec<&str> = Vec::new();
        let mut close = "]";
        for inner in lines.by_ref() {
            if inner.trim_start().starts_with(']') {
                close = inner;
                break;
            }
            values.push(inner);
        }
        if values.len() <= 16 {
            out.push(line.to_string());
            out.extend(values.iter().map(|v| v.to_string()));
            out.push(close.to_string());
            continue;
        }
        let numbers: Vec<f64> = values.iter().filter_map(|v| v.trim().trim_end_matches(',').parse().ok()).collect();
        let sum: f64 = numbers.iter().sum();
        let head = line.trim_end().trim_end_matches('[');
        let tail = close.trim().trim_start_matches(']');
        out.push(format!(
            "{head}\"{} values, first {}, sum {sum:.9e}\"{tail}",
            numbers.len(),
            numbers.first().copied().unwrap_or(f64::NAN)
        ));
    }
    out.join("\n")
}

#[test]
fn example_models_lower_to_the_recorded_graphs() {
    let options = LowerOptions { replicas: 4, group_size: 2, ..Default::default() };
    for name in ["bn_only", "bn_rank2", "bn_rank3", "bn_rank5", "conv_bn_relu", "resnet_block", "resnet18_torch"] {
        let json = lowered_json(&load(&format!("{name}.json")), &options);
        insta::assert_snapshot!(name, long_data_summarized(&json));
    }
}

#[test]
fn eval_mode_models_fold_or_become_affine() {
    let options = LowerOptions::default();
    let folded = lower(&eval_mode(load("conv_bn_relu.json")), &options).expect("lowers");
    assert_eq!(folded.report.bn_eval_folded, 1);
    insta::assert_snapshot!("conv_bn_relu_eval", syncbn_ir::json::to_string(&folded.graph));
    let affine = lower(&eval_mode(load("bn_only.json")), &options).expect("lowers");
    assert_eq!(affine.report.bn_eval_affine, 1);
    insta::assert_snapshot!("bn_only_eval", syncbn_ir::json::to_string(&affine.graph));
}

#[test]
fn lowering_is_deterministic() {
    let options = LowerOptions { replicas: 8, group_size: 4, ..Default::default() };
    for graph in [
        load("resnet18_torch.json"),
        common::resnet18(true),
        common::synthetic(600),
        eval_mode(load("resnet_block.json")),
    ] {
        let first = lowered_json(&graph, &options);
        let second = lowered_json(&graph.clone(), &options);
        assert_eq!(first, second, "{}", graph.name);
    }
}
