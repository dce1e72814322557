//! The generator's promises over the first 600 cases of a fixed seed: every model validates, shape
//! inference agrees with the shapes the generator computed on its own, and the cases cover the
//! whole op set, BatchNorm of every rank in both modes, and the structures the differential tests
//! rely on. Prints the op histogram.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use syncbn_ir::{infer_types, validate::validate, Dim, Graph, Limits};
use syncbn_testgen::{build, case_at};

const CASES: u64 = 600;

const OPS: &[&str] = &[
    "BatchNormalization",
    "Conv",
    "Relu",
    "Add",
    "Mul",
    "Clip",
    "Sigmoid",
    "MaxPool",
    "AveragePool",
    "GlobalAveragePool",
    "Gemm",
    "MatMul",
    "Flatten",
    "Reshape",
    "Concat",
    "Resize",
    "Softmax",
    "Identity",
];

/// The structures one graph shows.
fn structures(graph: &Graph) -> BTreeSet<String> {
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for name in graph.nodes.iter().flat_map(|n| n.inputs.iter()) {
        *uses.entry(name.as_str()).or_insert(0) += 1;
    }
    let used = |name: &str| uses.contains_key(name) || graph.outputs.iter().any(|o| o == name);
    let mut found = BTreeSet::new();
    let mut note = |what: &str, yes: bool| {
        if yes {
            found.insert(what.to_string());
        }
    };
    let input_ranks: Vec<usize> = graph.inputs.iter().map(|i| i.shape.len()).collect();
    note("two graph inputs", graph.inputs.len() >= 2);
    note("a graph input read twice", graph.inputs.iter().any(|i| uses.get(i.name.as_str()) >= Some(&2)));
    note("a tensor with several consumers", graph.nodes.iter().any(|n| uses.get(n.outputs[0].as_str()) >= Some(&2)));
    note("an unused node output", graph.nodes.iter().any(|n| !used(&n.outputs[0])));
    note(
        "a node reading one tensor twice",
        graph.nodes.iter().any(|n| n.inputs.len() >= 2 && n.inputs[0] == n.inputs[1]),
    );
    note("rank-5 input", input_ranks.contains(&5));
    let type_of = |name: &str| graph.inputs.iter().find(|i| i.name == name).map(|i| i.shape.len());
    for node in &graph.nodes {
        let train = node.attr("training_mode").and_then(syncbn_ir::Attr::as_i64).unwrap_or(0) == 1;
        if node.op == "BatchNormalization" {
            let rank = rank_of(graph, &node.inputs[0]).or_else(|| type_of(&node.inputs[0])).unwrap_or(0);
            note(&format!("BatchNorm rank {rank} {}", if train { "train" } else { "eval" }), true);
            note(
                "statistics-only BatchNorm",
                train && !used(&node.outputs[0]) && node.outputs.len() == 3 && used(&node.outputs[1]),
            );
            note("training BatchNorm with one output", train && node.outputs.len() == 1);
        }
        let attr_int = |name: &str| node.attr(name).and_then(syncbn_ir::Attr::as_i64).unwrap_or(0);
        note("grouped Conv", node.op == "Conv" && attr_int("group") > 1);
        note("pool with ceil_mode", attr_int("ceil_mode") == 1);
        note("Clip with bound inputs", node.op == "Clip" && node.inputs.len() > 1);
        note("Gemm with transB", node.op == "Gemm" && attr_int("transB") == 1);
        if let Some(mode) = node.attr("mode").and_then(|a| a.as_str()) {
            note(&format!("Resize {mode}"), true);
        }
    }
    let siblings = graph.nodes.iter().filter(|n| {
        n.op == "BatchNormalization" && n.attr("training_mode").and_then(syncbn_ir::Attr::as_i64).unwrap_or(0) == 1
    });
    let mut readers: BTreeMap<&str, usize> = BTreeMap::new();
    for n in siblings {
        *readers.entry(n.inputs[0].as_str()).or_insert(0) += 1;
    }
    note("two training BatchNorms on one tensor (bucketable)", readers.values().any(|&k| k >= 2));
    found
}

fn rank_of(graph: &Graph, name: &str) -> Option<usize> {
    infer_types(graph).ok()?.get(name).map(|t| t.shape.len())
}

#[test]
fn generated_models_validate_infer_as_generated_and_cover_the_op_set() {
    let mut ops: BTreeMap<String, usize> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for index in 0..CASES {
        let case = case_at(7, index);
        let model = build(&case);
        let path = Path::new("generated.json");
        let graph = syncbn_ir::json::from_str(&model.text(), path).unwrap_or_else(|e| panic!("case {index}: {e}"));
        validate(&graph, &Limits::default(), path).unwrap_or_else(|e| panic!("case {index}: {e}"));
        let types = infer_types(&graph).unwrap_or_else(|e| panic!("case {index}: {e}"));
        for (name, dims) in &model.shapes {
            let shape = &types[name].shape;
            let want: Vec<Dim> =
                std::iter::once(Dim::Named("N".into())).chain(dims.iter().map(|&d| Dim::Fixed(d))).collect();
            assert_eq!(shape, &want, "case {index}: tensor {name}");
        }
        for op in &model.ops {
            *ops.entry(op.clone()).or_insert(0) += 1;
        }
        seen.extend(structures(&graph));
    }
    println!("ops over {CASES} cases: {ops:?}");
    println!("structures: {seen:?}");
    for op in OPS {
        assert!(ops.contains_key(*op), "no generated model uses {op}");
    }
    for rank in 2..=5 {
        for mode in ["train", "eval"] {
            assert!(seen.contains(&format!("BatchNorm rank {rank} {mode}")), "no {mode} BatchNorm of rank {rank}");
        }
    }
    for what in [
        "two graph inputs",
        "a graph input read twice",
        "a tensor with several consumers",
        "an unused node output",
        "a node reading one tensor twice",
        "statistics-only BatchNorm",
        "training BatchNorm with one output",
        "grouped Conv",
        "pool with ceil_mode",
        "Clip with bound inputs",
        "Gemm with transB",
        "Resize nearest",
        "Resize linear",
        "two training BatchNorms on one tensor (bucketable)",
    ] {
        assert!(seen.contains(what), "no generated model has {what}");
    }
}

#[test]
fn the_empty_choice_stream_is_one_training_batchnorm() {
    let model = build(&syncbn_testgen::Case { seed: 0, choices: vec![] });
    assert_eq!(model.ops, ["BatchNormalization"]);
    assert!(model.trains);
}
