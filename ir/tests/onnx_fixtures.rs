//! The PyTorch-exported fixtures of tests/fixtures/: each `.onnx` imports to a valid graph, equals
//! the committed JSON form of it (which loads back to the same graph), and has the reviewed
//! structure (snapshot, initializer values summarized).
//!
//! After re-running tests/fixtures/make_fixtures.py, rewrite the JSON forms with
//! `SYNCBN_UPDATE_FIXTURES=1 cargo test -p syncbn-ir --test onnx_fixtures`.

use std::path::{Path, PathBuf};

use ndarray::ArrayD;
use ndarray_npy::read_npy;
use syncbn_ir::onnx::load_onnx;
use syncbn_ir::{json, load_model, Graph, InitSource, Limits};

const FIXTURES: &[&str] = &[
    "resnet_mini",
    "mobilenetv2_mini",
    "segnet_mini",
    "ops_mini",
    "bn_rank2",
    "bn_rank3",
    "bn_rank4",
    "bn_rank5",
    "resnet_block",
];
const MODES: &[&str] = &["train", "eval"];

fn fixture(name: &str, mode: &str, ext: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name).join(format!("{mode}.{ext}"))
}

/// The graph without the loader's file bookkeeping and with values rounded to f32 (serde_json's
/// default float parsing may be off by one f64 ulp, which f32 weights do not see).
fn detached(mut g: Graph) -> Graph {
    g.source = None;
    g.base_dir = None;
    for init in &mut g.initializers {
        if let InitSource::Data { data } = &mut init.source {
            data.iter_mut().for_each(|v| *v = *v as f32 as f64);
        }
    }
    g
}

/// The graph as JSON with every initializer's values replaced by their count.
fn summary(g: &Graph) -> serde_json::Value {
    let mut value = serde_json::to_value(g).expect("a graph serializes");
    for init in value["initializers"].as_array_mut().expect("initializers is a list") {
        let n = init["data"].as_array().map_or(0, Vec::len);
        init["data"] = serde_json::Value::String(format!("<{n} values>"));
    }
    value
}

#[test]
fn fixtures_import_and_match_their_json_form() {
    let limits = Limits::default();
    let update = std::env::var_os("SYNCBN_UPDATE_FIXTURES").is_some();
    for name in FIXTURES {
        for mode in MODES {
            let onnx_path = fixture(name, mode, "onnx");
            let graph = load_onnx(&onnx_path, &limits).unwrap_or_else(|e| panic!("{e}"));
            assert!(graph.initializers.iter().all(|i| matches!(i.source, InitSource::Data { .. })));
            let text = json::to_string(&graph);
            let json_path = fixture(name, mode, "json");
            if update {
                std::fs::write(&json_path, &text).expect("fixture folder is writable");
            }
            let committed = std::fs::read_to_string(&json_path)
                .unwrap_or_else(|e| panic!("{}: {e}; write it with SYNCBN_UPDATE_FIXTURES=1", json_path.display()));
            assert!(committed == text, "{} differs from the import of {}", json_path.display(), onnx_path.display());
            let from_json = load_model(&json_path, &limits).unwrap_or_else(|e| panic!("{e}"));
            assert!(detached(from_json) == detached(graph.clone()), "{} loads to another graph", json_path.display());
            insta::assert_json_snapshot!(format!("fixture_{name}_{mode}"), summary(&graph));
        }
    }
}

/// Every graph output of every fixture has PyTorch's reference under `expected/<mode>/<name>.npy`:
/// the batch output over the global batch of 6, each running statistic with its layer's channels;
/// and PyTorch's gradient of the input and of every parameter under `expected/grad/`.
#[test]
fn every_graph_output_has_a_pytorch_reference() {
    for name in FIXTURES {
        let folder = fixture(name, "train", "onnx").parent().expect("a fixture folder").to_path_buf();
        let input: ArrayD<f32> = read_npy(folder.join("input.npy")).expect("input.npy reads");
        assert_eq!(input.shape()[0], 6, "{name}: a global batch of 6");
        for mode in MODES {
            let graph = load_onnx(&fixture(name, mode, "onnx"), &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
            let stats = if *mode == "train" {
                2 * graph.nodes.iter().filter(|n| n.op == "BatchNormalization").count()
            } else {
                0
            };
            assert_eq!(graph.outputs.len(), 1 + stats, "{name} {mode}: y and two statistics per BatchNorm");
            for out in &graph.outputs {
                let path = folder.join("expected").join(mode).join(format!("{out}.npy"));
                let reference: ArrayD<f32> = read_npy(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                match out.strip_suffix("_out").and_then(|stat| graph.initializer(stat)) {
                    Some(init) => assert_eq!(reference.shape(), &[init.shape[0] as usize], "{}", path.display()),
                    None => assert_eq!((out.as_str(), reference.shape()[0]), ("y", 6), "{}", path.display()),
                }
                assert!(reference.iter().all(|v| v.is_finite()), "{}", path.display());
            }
        }
        check_grad_references(name, &folder, &input);
    }
}

/// `grad_output.npy` has y's batch; `expected/grad/` holds x's gradient with x's shape and one
/// gradient per parameter (every initializer but running statistics, Clip bounds, Reshape shapes and
/// Resize's roi/scales/sizes) with its shape.
fn check_grad_references(name: &str, folder: &Path, input: &ArrayD<f32>) {
    let graph = load_onnx(&fixture(name, "train", "onnx"), &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    let dy: ArrayD<f32> = read_npy(folder.join("grad_output.npy")).expect("grad_output.npy reads");
    assert_eq!(dy.shape()[0], 6, "{name}: grad_output over the global batch");
    let grad = |n: &str| -> ArrayD<f32> {
        let path = folder.join("expected/grad").join(format!("{n}.npy"));
        read_npy(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    assert_eq!(grad("x").shape(), input.shape(), "{name}: grad of x");
    let not_differentiable = |op: &str| match op {
        "BatchNormalization" => 3,
        "Clip" | "Reshape" | "Resize" => 1,
        _ => usize::MAX,
    };
    let fixed: Vec<&str> = (graph.nodes.iter())
        .flat_map(|n| n.inputs.iter().skip(not_differentiable(&n.op)).map(String::as_str))
        .collect();
    for init in graph.initializers.iter().filter(|i| !fixed.contains(&i.name.as_str())) {
        let want: Vec<usize> = init.shape.iter().map(|&d| d as usize).collect();
        assert_eq!(grad(&init.name).shape(), want.as_slice(), "{name}: grad of {}", init.name);
    }
}

/// `load_model` imports `.onnx` files, so every caller (the CLI included) accepts them.
#[test]
fn load_model_dispatches_on_the_onnx_extension() {
    let path = fixture("segnet_mini", "train", "onnx");
    let via_load_model = load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    let direct = load_onnx(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    assert!(via_load_model == direct);
    assert!(via_load_model.nodes.iter().any(|n| n.op == "Resize"));
}
