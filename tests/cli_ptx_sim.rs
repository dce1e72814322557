//! `syncbn-compile --run --device ptx-sim` end to end: the GPU path (PTX kernels under the PTX
//! interpreter, the CUDA device's launches, cuBLAS calls and grouped NCCL all-reduces on emulated
//! GPUs) on the committed fixtures, forward and backward, on 1, 2 and 4 replicas, sync groups,
//! uneven and empty shards, against the float64 reference, PyTorch and the CPU device; reruns give
//! identical bytes; faults injected in the emulator (an out-of-bounds launch, a kernel that never
//! ends, a mismatched collective) end the run with exit status 1 and one line naming the replica.
//!
//! Tolerances: BatchNorm-only models within 1e-5 of the tensor's scale of the float64 reference
//! (DESIGN.md section 5); PyTorch's outputs and gradients within 1e-4 of the scale, as
//! `cli_grad.rs` holds the CPU device; the CPU device's outputs within 1e-5 and its gradients within
//! 1e-4 of the scale (cuBLAS's and the `gemm` crate's sums run in different orders). A gradient
//! that is zero in exact arithmetic is rounding noise on both devices and is held to the same
//! factor of a thousandth of the fixture's largest gradient (see `cli_grad.rs`).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use common::{assert_close, command, npy, root, scale_of, syncbn};
use ndarray::{ArrayD, IxDyn};
use ndarray_npy::write_npy;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Runs `model` on `replicas` replicas in groups of `group` on `device` with `extra` arguments;
/// the run's folder.
fn run_on(device: &str, model: &str, replicas: usize, group: usize, extra: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (r, g) = (replicas.to_string(), group.to_string());
    let mut args = vec![model, "--run", "--device", device, "--replicas", &r, "--group-size", &g];
    args.extend_from_slice(&["-o", dir.path().to_str().unwrap()]);
    args.extend_from_slice(extra);
    syncbn(&args);
    dir
}

/// Every `.npy` file a run wrote (outputs and `grad/`), by path relative to its folder.
fn written(dir: &Path) -> BTreeMap<PathBuf, ArrayD<f32>> {
    let mut files = BTreeMap::new();
    for sub in [PathBuf::new(), PathBuf::from("grad")] {
        let Ok(entries) = std::fs::read_dir(dir.join(&sub)) else { continue };
        for path in entries.map(|e| e.unwrap().path()) {
            if path.extension().is_some_and(|e| e == "npy") {
                files.insert(sub.join(path.file_name().unwrap()), npy(&path));
            }
        }
    }
    files
}

/// The floor of the gradients' comparison: a thousandth of the largest gradient.
fn gradient_floor(files: &BTreeMap<PathBuf, ArrayD<f32>>) -> f64 {
    1e-3 * files.iter().filter(|(p, _)| p.starts_with("grad")).fold(0.0f64, |m, (_, a)| m.max(scale_of(a)))
}

/// Tolerances relative to a tensor's scale: forward outputs, gradients.
type Tols = (f64, f64);

/// Asserts that `got` holds every file of `want`, each within its tolerance of its scale
/// (gradients with the floor of [`gradient_floor`]).
fn assert_same_files(
    got: &BTreeMap<PathBuf, ArrayD<f32>>,
    want: &BTreeMap<PathBuf, ArrayD<f32>>,
    tols: Tols,
    case: &str,
) {
    assert!(!want.is_empty(), "{case}: nothing to compare");
    let floor = gradient_floor(want);
    for (path, w) in want {
        let g = got.get(path).unwrap_or_else(|| panic!("{case}: {} missing", path.display()));
        let (tol, floor) = if path.starts_with("grad") { (tols.1, floor) } else { (tols.0, 0.0) };
        assert_close(g, w, tol, floor, &format!("{case}: {}", path.display()));
    }
}

/// PyTorch's outputs of `fixture` in `mode` (`train` with its gradients under `grad/`, or `eval`).
fn pytorch(fixture: &str, mode: &str) -> BTreeMap<PathBuf, ArrayD<f32>> {
    let expected = root().join("tests/fixtures").join(fixture).join("expected");
    let mut files = BTreeMap::new();
    let subs: &[(&str, &str)] = if mode == "train" { &[("train", ""), ("grad", "grad")] } else { &[("eval", "")] };
    for (sub, to) in subs {
        for path in std::fs::read_dir(expected.join(sub)).unwrap().map(|e| e.unwrap().path()) {
            files.insert(Path::new(to).join(path.file_name().unwrap()), npy(&path));
        }
    }
    files
}

/// Runs `fixture` (its train.onnx with input and upstream gradient, or its eval.onnx) on emulated
/// GPUs and on the CPU device; checks both against PyTorch (one sync group) and each other.
fn check_fixture(fixture: &str, mode: &str, replicas: usize, group: usize) {
    let base = format!("tests/fixtures/{fixture}");
    let (model, x, dy) =
        (format!("{base}/{mode}.onnx"), format!("x={base}/input.npy"), format!("y={base}/grad_output.npy"));
    let mut extra = vec!["--input", x.as_str()];
    if mode == "train" {
        extra.extend_from_slice(&["--grad-output", &dy]);
    }
    let sim = written(run_on("ptx-sim", &model, replicas, group, &extra).path());
    let cpu = written(run_on("cpu", &model, replicas, group, &extra).path());
    let case = format!("{fixture} {mode} on {replicas} replicas in groups of {group}");
    assert_same_files(&sim, &cpu, (1e-5, 1e-4), &format!("{case}, ptx-sim vs cpu"));
    assert_eq!(sim.len(), cpu.len(), "{case}: files written");
    if group == replicas {
        assert_same_files(&sim, &pytorch(fixture, mode), (1e-4, 1e-4), &format!("{case}, ptx-sim vs PyTorch"));
    }
}

#[test]
fn batchnorm_fixtures_forward_and_backward_on_1_2_and_4_replicas_and_groups() {
    for fixture in ["bn_rank2", "bn_rank3", "bn_rank4", "bn_rank5", "resnet_block"] {
        for replicas in [1, 2, 4] {
            check_fixture(fixture, "train", replicas, replicas);
        }
        check_fixture(fixture, "train", 4, 2);
        check_fixture(fixture, "eval", 2, 2);
    }
}

#[test]
fn resnet_and_ops_fixtures_forward_and_backward_on_1_2_and_4_replicas() {
    for fixture in ["resnet_mini", "ops_mini"] {
        for replicas in [1, 2, 4] {
            check_fixture(fixture, "train", replicas, replicas);
        }
        check_fixture(fixture, "eval", 2, 2);
    }
}

#[test]
fn mobilenet_and_segnet_fixtures_forward_and_backward_on_4_replicas_in_groups() {
    for fixture in ["mobilenetv2_mini", "segnet_mini"] {
        check_fixture(fixture, "train", 4, 4);
        check_fixture(fixture, "train", 4, 2);
        check_fixture(fixture, "eval", 2, 2);
    }
}

#[test]
fn segmentation_fixtures_forward_and_backward_on_1_and_2_replicas() {
    for fixture in ["deeplabv3_mobilenetv3_mini", "fcn_resnet50_mini", "pspnet_mini", "unet_mini"] {
        for replicas in [1, 2] {
            check_fixture(fixture, "train", replicas, replicas);
        }
        check_fixture(fixture, "eval", 2, 2);
    }
}

/// examples/bn_only.json on a random batch of `batch` rows against the passes' float64 reference.
fn check_against_float64(batch: usize, replicas: usize, group: usize) {
    use syncbn::ir::{load_model, Limits};
    let model = "examples/bn_only.json";
    let graph = load_model(&root().join(model), &Limits::default()).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64((batch * 13 + replicas) as u64);
    let x = ArrayD::from_shape_fn(IxDyn(&[batch, 3, 7, 5]), |i| rng.gen_range(-2.0f32..2.0) + i[1] as f32);
    let input_dir = tempfile::tempdir().unwrap();
    let file = input_dir.path().join("x.npy");
    write_npy(&file, &x).unwrap();
    let input = format!("x={}", file.display());
    let got = written(run_on("ptx-sim", model, replicas, group, &["--input", &input]).path());
    let inputs = [("x".to_string(), x.mapv(f64::from))].into_iter().collect();
    let want = syncbn_reference::run_global(&graph, &inputs, replicas, group).unwrap();
    for name in &graph.outputs {
        let want = want[name].mapv(|v| v as f32);
        let case = format!("bn_only, batch {batch}, R {replicas}, G {group}: {name}");
        assert_close(&got[&PathBuf::from(format!("{name}.npy"))], &want, 1e-5, 0.0, &case);
    }
}

#[test]
fn uneven_empty_and_grouped_shards_match_the_float64_reference() {
    check_against_float64(7, 3, 3);
    check_against_float64(3, 4, 4);
    check_against_float64(1, 1, 1);
    check_against_float64(9, 4, 2);
    check_against_float64(2, 4, 2);
}

#[test]
fn two_runs_write_identical_bytes() {
    let base = "tests/fixtures/resnet_block";
    let (x, dy) = (format!("x={base}/input.npy"), format!("y={base}/grad_output.npy"));
    let files = || {
        let dir = run_on("ptx-sim", &format!("{base}/train.onnx"), 4, 2, &["--input", &x, "--grad-output", &dy]);
        let mut bytes = BTreeMap::new();
        for path in written(dir.path()).into_keys() {
            bytes.insert(path.clone(), std::fs::read(dir.path().join(&path)).unwrap());
        }
        bytes
    };
    let (first, second) = (files(), files());
    assert!(first.len() >= 7, "only {} files", first.len());
    assert_eq!(first, second);
}

/// Runs resnet_block's training step on 2 emulated GPUs with the emulator's fault hook set to
/// `fault`: its exit status, stderr, wall time and whether any output was written.
fn faulty_run(fault: &str) -> (Output, Duration, bool) {
    let dir = tempfile::tempdir().unwrap();
    let base = "tests/fixtures/resnet_block";
    let (model, x) = (format!("{base}/train.onnx"), format!("x={base}/input.npy"));
    let start = Instant::now();
    let output = command()
        .env(syncbn::runtime::ptx_sim::FAULT_ENV, fault)
        .args([&model, "--run", "--device", "ptx-sim", "--replicas", "2", "--timeout", "2", "--input", &x])
        .args(["-o", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    (output, start.elapsed(), dir.path().join("y.npy").exists())
}

/// Asserts exit status 1, one error line on stderr holding every part of `wanted`, and no outputs.
fn assert_fails(fault: &str, wanted: &[&str]) -> Duration {
    let (output, elapsed, wrote) = faulty_run(fault);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{fault}: {stderr}");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{fault}: {stderr}");
    for w in wanted {
        assert!(errors[0].contains(w), "{fault}: {w:?} missing from {}", errors[0]);
    }
    assert!(!wrote, "{fault}: outputs were written");
    elapsed
}

#[test]
fn an_out_of_bounds_launch_ends_the_run_naming_the_kernel_and_replica() {
    assert_fails("oob:1", &["replica 1 failed at step 0", "kernel `syncbn_", "out of bounds", "address 0x"]);
}

#[test]
fn a_kernel_that_never_ends_is_stopped_by_the_watchdog() {
    let elapsed = assert_fails("hang:1", &["replica 1 failed", "kernel `syncbn_test_hang`", "watchdog"]);
    assert!(elapsed < Duration::from_secs(60), "the hung run took {elapsed:?}");
}

#[test]
fn a_mismatched_collective_is_an_error_naming_the_replica() {
    assert_fails("nccl:1", &["replica 1 failed at step 0", "all-reduce 0 mismatched", "replica 1 sends"]);
}

#[test]
fn emulated_gpus_refuse_to_join_an_mpi_job() {
    let output =
        command().args(["examples/bn_only.json", "--run", "--device", "ptx-sim", "--comm", "mpi"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("--device ptx-sim") && stderr.contains("--comm local"), "{stderr}");
}
