//! Full-size torchvision ResNet-18 and MobileNetV2 (random weights, a global batch of 8x3x32x32),
//! exported at test time by `tests/fixtures/make_fixtures.py --full`, run through the CLI on 1, 2
//! and 4 replicas: train-mode outputs, running statistics and the eval-mode output against PyTorch
//! (1e-4 of the scale), gradients against PyTorch's float64 autograd ([`GRAD_TOL`]); and the twelve
//! torchvision classification families (ResNet-18, ResNeXt-50, Wide-ResNet-50, DenseNet-121,
//! RegNetY-400MF, MobileNetV3 small and large, ShuffleNetV2, MnasNet, GoogLeNet, SqueezeNet,
//! ConvNeXt-T) exported in training mode at 3x64x64 by `make_fixtures.py --classification`, 5 images
//! on 1, 2 and 4 replicas. Needs a Python with torch and torchvision (`SYNCBN_PYTHON`, else `.venv/bin/python`);
//! without one the test says so in its output and checks nothing else.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{assert_close, npy, root, scale_of, syncbn};

/// A Python that imports torch, torchvision and onnx, or why there is none.
fn python() -> Result<PathBuf, String> {
    let python =
        std::env::var_os("SYNCBN_PYTHON").map(PathBuf::from).unwrap_or_else(|| root().join(".venv/bin/python"));
    let probe = Command::new(&python).args(["-c", "import torch, torchvision, onnx"]).output();
    match probe {
        Ok(out) if out.status.success() => Ok(python),
        Ok(out) => {
            Err(format!("{} cannot import torch, torchvision and onnx: {}", python.display(), last_line(&out.stderr)))
        }
        Err(e) => Err(format!("{}: {e}", python.display())),
    }
}

fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).lines().last().unwrap_or_default().to_string()
}

/// Compares every reference under `expected/<sub>/` with the file of the same name in `got_dir`.
fn compare(expected: &Path, sub: &str, got_dir: &Path, (tol, floor): (f64, f64), what: &str) -> usize {
    let mut compared = 0;
    for entry in std::fs::read_dir(expected.join(sub)).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        let label = format!("{what}, {sub}/{}", name.to_string_lossy());
        assert_close(&npy(&got_dir.join(name)), &npy(&path), tol, floor, &label);
        compared += 1;
    }
    compared
}

/// Tolerance of the gradients, relative to each tensor's scale, against PyTorch's float64 autograd.
/// The fixtures keep activation inputs off their kinks (`make_fixtures.py`'s `clear_kinks`), so what
/// remains is float32 rounding through deep networks: syncbn's measured worst is 4.2e-4 (MobileNetV2,
/// a BatchNorm scale in block 9), 2.4e-5 for ResNet-18.
const GRAD_TOL: f64 = 1e-3;

#[test]
fn torchvision_resnet18_and_mobilenet_v2_match_pytorch() {
    export_and_check("full-size torchvision models", "--full", &["resnet18", "mobilenet_v2"]);
}

/// Exports `models` with `make_fixtures.py FLAG DIR --only MODELS` and checks each
/// on 1, 2 and 4 replicas; without a Python that has torch, says `what` is NOT RUN.
fn export_and_check(what: &str, flag: &str, models: &[&str]) {
    let python = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("NOT RUN: {what} need torch and torchvision ({why})");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let script = root().join("tests/fixtures/make_fixtures.py");
    let out = Command::new(&python).arg(&script).arg(flag).arg(dir.path()).arg("--only").args(models).output().unwrap();
    assert!(out.status.success(), "make_fixtures.py {flag} failed: {}", String::from_utf8_lossy(&out.stderr));
    for model in models {
        for replicas in [1, 2, 4] {
            check_model(&dir.path().join(model), replicas);
        }
    }
}

/// The torchvision classification families of `make_fixtures.py --classification`. ConvNeXt-T's
/// Linear weights, exported as transposed `onnx::MatMul_*` initializers, are read back under their
/// `state_dict` names by the importer and by `exported_weights` in the script.
const CLASSIFICATION: [&str; 12] = [
    "resnet18",
    "resnext50_32x4d",
    "wide_resnet50_2",
    "densenet121",
    "regnet_y_400mf",
    "mobilenet_v3_small",
    "mobilenet_v3_large",
    "shufflenet_v2_x1_0",
    "mnasnet1_0",
    "googlenet",
    "squeezenet1_1",
    "convnext_tiny",
];

/// The largest error of `got` against `want`, relative to `want`'s scale floored at `floor`.
fn relative_error(got: &ndarray::ArrayD<f32>, want: &ndarray::ArrayD<f32>, floor: f64) -> f64 {
    assert_eq!(got.shape(), want.shape());
    let err = got.iter().zip(want).fold(0.0f64, |m, (&g, &w)| m.max((f64::from(g) - f64::from(w)).abs()));
    err / scale_of(want).max(floor).max(1e-30)
}

/// The worst gradient error of syncbn (`got_dir`) and of PyTorch's float32 autograd
/// (`expected/grad_f32/`, 0 where the fixture has none) against the float64 reference, each tensor
/// relative to its scale floored at 1e-3 of the model's largest gradient.
fn gradient_errors(expected: &Path, got_dir: &Path) -> (f64, f64) {
    let names: Vec<_> = std::fs::read_dir(expected.join("grad")).unwrap().map(|e| e.unwrap().file_name()).collect();
    let floor = 1e-3 * names.iter().fold(0.0f64, |m, n| m.max(scale_of(&npy(&expected.join("grad").join(n)))));
    let (mut ours, mut torch32) = (0.0f64, 0.0f64);
    for name in &names {
        let want = npy(&expected.join("grad").join(name));
        ours = ours.max(relative_error(&npy(&got_dir.join(name)), &want, floor));
        let f32_path = expected.join("grad_f32").join(name);
        if f32_path.exists() {
            torch32 = torch32.max(relative_error(&npy(&f32_path), &want, floor));
        }
    }
    assert!(names.len() > 10, "{}: only {} gradients", expected.display(), names.len());
    (ours, torch32)
}

/// One exported model on `replicas`: train-mode output and running statistics and the eval-mode
/// output within 1e-4 of PyTorch's scale; gradients against PyTorch's float64 autograd no further
/// than [`GRAD_TOL`] or twice PyTorch's own float32 error (where the fixture has it), whichever is
/// larger.
fn check_model(folder: &Path, replicas: usize) {
    let name = folder.file_name().unwrap().to_string_lossy().into_owned();
    let what = format!("{name} on {replicas} replicas");
    let (x, dy) = (
        format!("x={}", folder.join("input.npy").display()),
        format!("y={}", folder.join("grad_output.npy").display()),
    );
    let r = replicas.to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let train = folder.join("train.onnx");
    syncbn(&[train.to_str().unwrap(), "--run", "--replicas", &r, "--input", &x, "--grad-output", &dy, "-o", out]);
    let expected = folder.join("expected");
    // Every file under expected/train is compared: the output, and the running statistics of
    // each BatchNorm (SqueezeNet has none).
    let compared = compare(&expected, "train", dir.path(), (1e-4, 0.0), &what);
    assert!(compared >= 1, "{what}: no train-mode references");
    let (ours, torch32) = gradient_errors(&expected, &dir.path().join("grad"));
    println!("{what}: gradients within {ours:.2e} of scale (PyTorch float32: {torch32:.2e})");
    let within = ours <= GRAD_TOL.max(2.0 * torch32);
    assert!(within, "{what}: gradients {ours:.2e} from float64, PyTorch f32 {torch32:.2e}");
    let eval = folder.join("eval.onnx");
    let eval_dir = dir.path().join("eval");
    syncbn(&[eval.to_str().unwrap(), "--run", "--replicas", &r, "--input", &x, "-o", eval_dir.to_str().unwrap()]);
    compare(&expected, "eval", &eval_dir, (1e-4, 0.0), &format!("{what}, eval"));
}

#[test]
fn twelve_torchvision_classification_families_match_pytorch() {
    export_and_check("the torchvision classification families", "--classification", &CLASSIFICATION);
}
