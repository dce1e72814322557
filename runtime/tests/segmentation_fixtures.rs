//! The segmentation fixtures of `tests/fixtures/` (torchvision FCN over a thin ResNet-50,
//! torchvision DeepLabV3 over MobileNetV3, a PSPNet-style pyramid pooling head, a U-Net-style
//! decoder with ConvTranspose upsampling and skip Concats), exported by PyTorch in training mode
//! with a dynamic batch: the `.onnx` files load with their shape arithmetic folded (no shape op is
//! left, Resize sizes are constants), their JSON form (written here, not
//! committed: it would be six times the size) loads back to the same graph, and the lowered
//! training graph run on 1, 2, 3 and 4 CPU replicas (uneven shards; DeepLabV3 with one image per
//! replica on 4, where its ASPP pooling BatchNorm sees one value per channel and replica) matches
//! PyTorch's outputs and running statistics within 1e-4 and its gradients within 1e-3 of scale
//! (each tensor's own, floored at [`GRAD_FLOOR`] of the model's largest gradient).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ndarray::ArrayD;
use ndarray_npy::read_npy;
use syncbn_ir::fold::SHAPE_OPS;
use syncbn_ir::grad::grad_output_name;
use syncbn_ir::{Graph, Limits};
use syncbn_passes::autodiff::parameters;
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_runtime::{run, RunOptions};

const FIXTURES: &[&str] = &["fcn_resnet50_mini", "deeplabv3_mobilenetv3_mini", "pspnet_mini", "unet_mini"];

/// The op each fixture's folded graph must contain: the upsampling its exporter produced.
fn upsampling(name: &str) -> &'static str {
    if name == "unet_mini" {
        "ConvTranspose"
    } else {
        "Resize"
    }
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name)
}

fn npy(path: &Path) -> ArrayD<f32> {
    read_npy(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(name: &str, file: &str) -> Graph {
    syncbn_ir::load_model(&fixture(name).join(file), &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// `graph` written as JSON beside nothing else and loaded back.
fn json_round_trip(graph: &Graph) -> Graph {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("model.json");
    std::fs::write(&path, syncbn_ir::json::to_string(graph)).expect("write");
    syncbn_ir::load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn assert_no_shape_ops(graph: &Graph, what: &str) {
    let left: Vec<&str> = graph.nodes.iter().map(|n| n.op.as_str()).filter(|op| SHAPE_OPS.contains(op)).collect();
    assert!(left.is_empty(), "{what}: shape ops left: {left:?}");
}

/// Compares every output of `got` that has a reference in `folder` (`prefix` stripped from its
/// name): the largest error of each tensor within `tol` of its scale, the scale being its own
/// largest magnitude but at least `floor` times the largest magnitude of all compared tensors (a
/// gradient that is near zero in exact arithmetic is float32 rounding noise in PyTorch's result
/// too). Returns how many were compared and the worst error relative to its scale.
fn compare(
    got: &syncbn_runtime::RunResult,
    folder: &Path,
    prefix: &str,
    (tol, floor): (f64, f64),
    what: &str,
) -> (usize, f64) {
    let mut pairs = Vec::new();
    for out in got.outputs.iter().filter(|o| o.name.starts_with(prefix)) {
        let path = folder.join(format!("{}.npy", &out.name[prefix.len()..]));
        if path.exists() {
            let want = npy(&path);
            assert_eq!(out.array.shape(), want.shape(), "{what}: {}", out.name);
            pairs.push((out, want));
        }
    }
    let largest = |a: &ArrayD<f32>| a.iter().fold(0.0f64, |m, &v| m.max(f64::from(v).abs()));
    let global = pairs.iter().fold(0.0f64, |m, (_, want)| m.max(largest(want)));
    let mut worst = 0.0f64;
    for (out, want) in &pairs {
        let scale = largest(want).max(floor * global).max(1e-30);
        let err =
            out.array.iter().zip(want.iter()).fold(0.0f64, |m, (&g, &w)| m.max((f64::from(g) - f64::from(w)).abs()));
        assert!(err <= tol * scale, "{what}: {} differs by {err:.3e}; scale {scale:.3e}, tolerance {tol}", out.name);
        worst = worst.max(err / scale);
    }
    (pairs.len(), worst)
}

/// The smallest gradient scale, as a fraction of the largest gradient of the model: a gradient that
/// is zero in exact arithmetic (a BatchNorm bias before another BatchNorm, DeepLabV3's
/// `backbone.4.block.2.1.bias` at 2e-8 of the largest) is float32 rounding noise in PyTorch's result
/// too, up to 1.5 times its own size. With this floor the measured worst gradient error is 2.8e-4 of
/// its scale (that tensor); every gradient of at least 1e-3 of the largest is within 1.1e-5 of its
/// own size (DeepLabV3's `backbone.5.block.2.fc1.weight`), U-Net's within 1.3e-6.
const GRAD_FLOOR: f64 = 1e-4;

/// The training graph of `graph` lowered for `replicas` and run on the fixture's input and upstream
/// gradient; outputs and running statistics against PyTorch within 1e-4, gradients within 1e-3.
fn check_training(name: &str, graph: &Graph, replicas: usize) {
    let dir = fixture(name);
    let training = differentiate(graph, &["y".to_string()]).unwrap_or_else(|e| panic!("{name}: {e}"));
    let lowered = lower(&training, &LowerOptions { replicas, ..Default::default() }).expect("lower").graph;
    assert_no_shape_ops(&lowered, name);
    let inputs: BTreeMap<String, ArrayD<f32>> = BTreeMap::from([
        ("x".to_string(), npy(&dir.join("input.npy"))),
        (grad_output_name("y"), npy(&dir.join("grad_output.npy"))),
    ]);
    let got = run(&lowered, &RunOptions { replicas, inputs, ..Default::default() })
        .unwrap_or_else(|e| panic!("{name} R={replicas}: {e}"));
    let what = format!("{name} train R={replicas}");
    let (outputs, out_err) = compare(&got, &dir.join("expected/train"), "", (1e-4, 0.0), &what);
    let (grads, grad_err) =
        compare(&got, &dir.join("expected/grad"), syncbn_ir::grad::GRAD_PREFIX, (1e-3, GRAD_FLOOR), &what);
    eprintln!("{what}: outputs within {out_err:.2e}, gradients within {grad_err:.2e} of scale");
    let params = parameters(graph).len();
    assert!(outputs >= 3, "{what}: only {outputs} outputs compared");
    assert_eq!(grads, params + 1, "{what}: gradients compared (x and every parameter)");
}

#[test]
fn segmentation_fixtures_fold_their_shape_arithmetic() {
    for name in FIXTURES {
        for mode in ["train", "eval"] {
            let from_onnx = load(name, &format!("{mode}.onnx"));
            let from_json = json_round_trip(&from_onnx);
            assert_no_shape_ops(&from_onnx, name);
            assert_eq!(from_onnx.nodes, from_json.nodes, "{name} {mode}: the .json form differs");
            let op = upsampling(name);
            assert!(from_onnx.nodes.iter().any(|n| n.op == op), "{name}: no {op}");
        }
    }
}

#[test]
fn segmentation_fixtures_train_and_differentiate_like_pytorch_on_1_to_4_replicas() {
    for name in FIXTURES {
        let graph = json_round_trip(&load(name, "train.onnx"));
        for replicas in [1, 2, 3, 4] {
            check_training(name, &graph, replicas);
        }
    }
}

#[test]
fn segmentation_fixtures_eval_matches_pytorch() {
    for name in FIXTURES {
        let dir = fixture(name);
        let graph = load(name, "eval.onnx");
        for replicas in [1, 4] {
            let lowered = lower(&graph, &LowerOptions { replicas, ..Default::default() }).expect("lower").graph;
            let inputs = BTreeMap::from([("x".to_string(), npy(&dir.join("input.npy")))]);
            let got = run(&lowered, &RunOptions { replicas, inputs, ..Default::default() })
                .unwrap_or_else(|e| panic!("{name} eval R={replicas}: {e}"));
            let (n, _) =
                compare(&got, &dir.join("expected/eval"), "", (1e-4, 0.0), &format!("{name} eval R={replicas}"));
            assert_eq!(n, 1, "{name} eval: y compared");
        }
    }
}
