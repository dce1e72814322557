//! `syncbn-compile --run` end to end: the global batch from `.npy` split over R replicas (uneven and
//! empty shards, sync groups), outputs against an independent float64 BatchNorm over each group's
//! batch and against the passes' float64 reference for BatchNorm models of rank 2 to 5 on 1 to 8
//! replicas, bit-identical reruns, `--report` timings, and the code-generation artifacts.

use std::path::Path;
use std::process::Output;

use ndarray::{ArrayD, Axis, IxDyn};
use ndarray_npy::{read_npy, write_npy};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const EPS: f64 = 1e-5;
const MOMENTUM: f64 = 0.9;

mod common;

use common::{assert_close_to_scale, npy, root, syncbn};

/// x[n, c, s] = mean + std * noise: `hard` makes |mean|/std = 1e4.
fn input(batch: usize, hard: bool, seed: u64) -> ArrayD<f32> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (mean, std) = if hard { (1e4, 1.0) } else { (0.5, 2.0) };
    ArrayD::from_shape_fn(IxDyn(&[batch, 3, 7, 5]), |i| (mean + i[1] as f64 + std * rng.gen_range(-1.0..1.0)) as f32)
}

/// bn_only.json's scale and bias (its running mean starts at 0, its running variance at 1).
const SCALE: [f64; 3] = [1.0, 0.5, 2.0];
const BIAS: [f64; 3] = [0.0, 0.25, -0.5];

/// Float64 BatchNorm of bn_only.json over `x`'s rows `rows`.
struct Reference {
    y: ArrayD<f64>,
    running_mean: Vec<f64>,
    running_var: Vec<f64>,
}

fn reference(x: &ArrayD<f32>, rows: std::ops::Range<usize>) -> Reference {
    let part = x.slice_axis(Axis(0), rows.into()).mapv(f64::from);
    let mut y = part.clone();
    let (mut running_mean, mut running_var) = (Vec::new(), Vec::new());
    for c in 0..part.shape()[1] {
        let values = part.index_axis(Axis(1), c);
        let n = values.len() as f64;
        let mean = values.sum() / n;
        let var = values.mapv(|v| (v - mean) * (v - mean)).sum() / n;
        y.index_axis_mut(Axis(1), c).mapv_inplace(|v| (v - mean) / (var + EPS).sqrt() * SCALE[c] + BIAS[c]);
        running_mean.push((1.0 - MOMENTUM) * mean);
        running_var.push(MOMENTUM + (1.0 - MOMENTUM) * var * n / (n - 1.0));
    }
    Reference { y, running_mean, running_var }
}

fn close(got: &[f32], want: &[f64], what: &str) {
    let scale = want.iter().fold(1e-30f64, |m, v| m.max(v.abs()));
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!((*g as f64 - w).abs() <= 1e-5 * scale, "{what}[{i}]: {g} vs {w} (scale {scale})");
    }
    assert_eq!(got.len(), want.len(), "{what}: length");
}

fn run(dir: &Path, x: &ArrayD<f32>, replicas: usize, group: usize) -> Output {
    let xfile = dir.join("x.npy");
    write_npy(&xfile, x).unwrap();
    let (r, g) = (replicas.to_string(), group.to_string());
    let input = format!("x={}", xfile.display());
    let out = dir.join("out");
    syncbn(&[
        "examples/bn_only.json",
        "--run",
        "--replicas",
        &r,
        "--group-size",
        &g,
        "--input",
        &input,
        "-o",
        dir.to_str().unwrap(),
        "--output-dir",
        out.to_str().unwrap(),
    ])
}

fn check_run(batch: usize, replicas: usize, group: usize, hard: bool) {
    let dir = tempfile::tempdir().unwrap();
    let x = input(batch, hard, (batch * 31 + replicas) as u64);
    run(dir.path(), &x, replicas, group);
    let out = dir.path().join("out");
    let y: ArrayD<f32> = read_npy(out.join("y.npy")).unwrap();
    let mean: ArrayD<f32> = read_npy(out.join("bn.running_mean_out.npy")).unwrap();
    let var: ArrayD<f32> = read_npy(out.join("bn.running_var_out.npy")).unwrap();
    assert_eq!(y.shape(), x.shape());
    let groups = replicas / group;
    assert_eq!(mean.shape(), if groups == 1 { vec![3] } else { vec![groups, 3] });
    let shards = syncbn_reference::split_batch(batch, replicas);
    let case = format!("batch {batch}, R {replicas}, G {group}, hard {hard}");
    for g in 0..groups {
        let rows = shards[g * group].start..shards[g * group + group - 1].end;
        let want = reference(&x, rows.clone());
        let got_y = y.slice_axis(Axis(0), rows.into()).to_owned();
        close(got_y.as_slice().unwrap(), want.y.as_slice().unwrap(), &format!("{case}: y group {g}"));
        let row = |a: &ArrayD<f32>| a.as_slice().unwrap()[g * 3..g * 3 + 3].to_vec();
        close(&row(&mean), &want.running_mean, &format!("{case}: running mean group {g}"));
        close(&row(&var), &want.running_var, &format!("{case}: running var group {g}"));
    }
}

#[test]
fn uneven_and_empty_shards_match_batchnorm_over_the_global_batch() {
    check_run(7, 3, 3, false);
    check_run(3, 4, 4, false);
    check_run(2, 1, 1, false);
}

#[test]
fn groups_of_two_within_four_replicas_normalize_per_group() {
    check_run(9, 4, 2, false);
}

#[test]
fn hard_mean_survives_the_run() {
    check_run(6, 3, 3, true);
}

#[test]
fn two_runs_write_identical_bytes() {
    let x = input(10, false, 7);
    let bytes = || {
        let dir = tempfile::tempdir().unwrap();
        run(dir.path(), &x, 4, 4);
        std::fs::read(dir.path().join("out/y.npy")).unwrap()
    };
    assert_eq!(bytes(), bytes());
}

#[test]
fn report_has_step_times_and_phases() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let d = dir.path().to_str().unwrap();
    syncbn(&[
        "examples/bn_only.json",
        "--run",
        "--replicas",
        "2",
        "--bench",
        "3",
        "-o",
        d,
        "--report",
        report.to_str().unwrap(),
    ]);
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(report).unwrap()).unwrap();
    let run = &json["run"];
    for key in ["median", "min", "max"] {
        assert!(run["step_ms"][key].as_f64().is_some_and(|v| v > 0.0), "run.step_ms.{key}: {run}");
    }
    for key in ["compile_ms", "jit_ms", "execute_ms", "collectives_ms"] {
        assert!(!run[key].is_null(), "run.{key} missing: {run}");
    }
    assert_eq!(run["steps"], 3);
    assert_eq!(json["lowering"]["collectives_per_step"], 1);
    let phase = |key: &str| json["phases"][key].as_f64().unwrap_or_else(|| panic!("phases.{key} missing: {json}"));
    let parts = ["load_ms", "validate_ms", "lower_ms", "codegen_ms", "write_ms"].map(phase);
    assert!(parts.iter().all(|&t| t >= 0.0) && parts[0] > 0.0 && parts[2] > 0.0, "phases: {parts:?}");
    assert_eq!(parts[3], 0.0, "no kernels were emitted");
    assert!(parts.iter().sum::<f64>() <= phase("compile_ms"), "the phases exceed compile_ms: {json}");
    assert_eq!(phase("jit_ms"), run["jit_ms"].as_f64().unwrap());
}

#[test]
fn emit_writes_kernels_and_plan() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    syncbn(&[
        "examples/resnet_block.json",
        "--replicas",
        "4",
        "--emit",
        "graph,llvm,ptx,plan",
        "--target",
        "sm_80",
        "-o",
        d,
    ]);
    let ptx = std::fs::read_to_string(dir.path().join("kernels.ptx")).unwrap();
    assert!(ptx.contains(".target sm_80") && ptx.contains(".entry"), "kernels.ptx is not PTX for sm_80");
    let ll = std::fs::read_to_string(dir.path().join("kernels.ll")).unwrap();
    assert!(ll.contains("define"), "kernels.ll has no function");
    let plan: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("plan.json")).unwrap()).unwrap();
    assert!(plan.is_object());
    let graph = std::fs::read_to_string(dir.path().join("graph.json")).unwrap();
    assert_eq!(graph.matches("\"op\": \"AllReduce\"").count(), 2, "the ResNet block needs 2 collectives");
}

/// `--emit llvm` writes the host module CPU replicas run: `kernels.ll` is the IR text the CPU device
/// loads for the same graph, and JIT-compiled on its own it computes the graph's kernels (here a
/// layer's moments, against a float64 sum).
#[test]
fn emitted_llvm_is_the_module_cpu_replicas_run() {
    use syncbn::codegen::{HostArg, HostModule, KernelKind};
    let dir = tempfile::tempdir().unwrap();
    let model = "examples/resnet_block.json";
    syncbn(&[model, "--replicas", "2", "--emit", "llvm", "-o", dir.path().to_str().unwrap()]);
    let ll = std::fs::read_to_string(dir.path().join("kernels.ll")).unwrap();
    let compiled =
        syncbn::Model::load(root().join(model)).unwrap().lower(&syncbn::Lowering::new().replicas(2)).unwrap();
    let no_cache = syncbn::codegen::KernelCache::disabled();
    let device = syncbn::runtime::cpu_kernels::CpuKernels::compile(compiled.graph(), &no_cache).unwrap();
    assert_eq!(device.module().llvm_ir().unwrap(), ll, "kernels.ll differs from the module CPU replicas load");
    let table = compiled.kernels(syncbn::codegen::Target::Cpu).unwrap().kernels;
    let mut kinds: Vec<KernelKind> = table.iter().map(|k| k.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert!(kinds.contains(&KernelKind::LocalMoments), "{kinds:?}");
    let emitted = HostModule::load(&ll, &kinds, &no_cache).unwrap();
    let (n, c, s) = (2usize, 3usize, 5usize);
    let x: Vec<f32> = (0..n * c * s).map(|i| (i % 7) as f32 - 2.5).collect();
    let mut m = vec![f64::NAN; 3 * c];
    let dims = [n, c, s].map(|d| HostArg::Int(d as i64));
    let [dn, dc, ds] = dims;
    let (first, end) = (HostArg::Int(0), HostArg::Int(n as i64));
    emitted
        .call(KernelKind::LocalMoments, &mut [HostArg::In32(&x), dn, dc, ds, first, end, HostArg::Out64(&mut m)])
        .unwrap();
    for ch in 0..c {
        let vals: Vec<f64> =
            (0..n).flat_map(|i| (0..s).map(move |j| (i * c + ch) * s + j)).map(|k| x[k] as f64).collect();
        let (sum, sumsq) = (vals.iter().sum::<f64>(), vals.iter().map(|v| v * v).sum::<f64>());
        assert_eq!(m[ch], (n * s) as f64, "count of channel {ch}");
        assert!((m[c + ch] - sum).abs() < 1e-9 && (m[2 * c + ch] - sumsq).abs() < 1e-9, "channel {ch}: {m:?}");
    }
}

#[test]
fn onnx_models_compile_like_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let output = syncbn(&["tests/fixtures/resnet_mini/train.onnx", "--replicas", "2", "-o", d]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("6 synchronized"), "{text}");
}

/// Runs `model` through the CLI on R replicas in groups of G with a random global batch of `batch`
/// rows, and checks every output against the passes' float64 reference interpreter over the original
/// graph (BatchNorm per sync group).
fn check_model_against_reference(model: &str, batch: usize, replicas: usize, group: usize) {
    use syncbn::ir::{infer_types, load_model, Dim, Limits};
    let graph = load_model(&root().join(model), &Limits::default()).unwrap();
    let types = infer_types(&graph).unwrap();
    let x_type = &types["x"];
    let mut shape = vec![batch];
    shape.extend(x_type.shape[1..].iter().map(|d| match d {
        Dim::Fixed(n) => *n as usize,
        Dim::Named(name) => panic!("{model}: unexpected named dim {name}"),
    }));
    let mut rng = ChaCha8Rng::seed_from_u64((batch * 97 + replicas * 7 + group) as u64);
    let x = ArrayD::from_shape_fn(IxDyn(&shape), |_| rng.gen_range(-3.0f32..5.0));
    let dir = tempfile::tempdir().unwrap();
    let xfile = dir.path().join("x.npy");
    write_npy(&xfile, &x).unwrap();
    let out = dir.path().join("out");
    let (r, g, input) = (replicas.to_string(), group.to_string(), format!("x={}", xfile.display()));
    syncbn(&[
        model,
        "--run",
        "--replicas",
        &r,
        "--group-size",
        &g,
        "--input",
        &input,
        "-o",
        dir.path().to_str().unwrap(),
        "--output-dir",
        out.to_str().unwrap(),
    ]);
    let inputs = [("x".to_string(), x.mapv(f64::from))].into_iter().collect();
    let want = syncbn_reference::run_global(&graph, &inputs, replicas, group).unwrap();
    for name in &graph.outputs {
        let got: ArrayD<f32> = read_npy(out.join(format!("{name}.npy"))).unwrap();
        let expected = &want[name];
        assert_eq!(got.shape(), expected.shape(), "{model} {name}: shape");
        let case = format!("{model}, batch {batch}, R {replicas}, G {group}: {name}");
        close(got.as_standard_layout().as_slice().unwrap(), expected.as_standard_layout().as_slice().unwrap(), &case);
    }
}

#[test]
fn batchnorm_models_of_rank_2_to_5_on_1_to_8_replicas() {
    for model in ["examples/bn_rank2.json", "examples/bn_rank3.json", "examples/bn_only.json", "examples/bn_rank5.json"]
    {
        for (batch, replicas) in [(3, 1), (5, 2), (7, 3), (6, 4), (5, 8)] {
            check_model_against_reference(model, batch, replicas, replicas);
        }
        check_model_against_reference(model, 9, 4, 2);
    }
}

/// Runs a PyTorch-exported `.onnx` fixture through the CLI and compares every output that PyTorch
/// wrote under `expected/<mode>/` (train: output and updated running statistics over the global batch;
/// eval: output) within 1e-4 of the tensor's scale.
fn check_onnx_fixture(fixture: &str, mode: &str, replicas: usize) {
    let dir = tempfile::tempdir().unwrap();
    let base = format!("tests/fixtures/{fixture}");
    let (model, input) = (format!("{base}/{mode}.onnx"), format!("x={base}/input.npy"));
    let r = replicas.to_string();
    syncbn(&[&model, "--run", "--replicas", &r, "--input", &input, "-o", dir.path().to_str().unwrap()]);
    let expected = root().join(&base).join("expected").join(mode);
    let mut compared = 0;
    for entry in std::fs::read_dir(&expected).unwrap() {
        let path = entry.unwrap().path();
        let got = npy(&dir.path().join(path.file_name().unwrap()));
        assert_close_to_scale(&got, &npy(&path), 1e-4, &format!("{model} on {replicas} replicas, {}", path.display()));
        compared += 1;
    }
    assert!(compared >= 1, "{model}: no expected outputs");
}

#[test]
fn pytorch_onnx_fixtures_match_pytorch_on_1_2_and_4_replicas() {
    for fixture in ["resnet_mini", "mobilenetv2_mini", "segnet_mini", "ops_mini"] {
        for replicas in [1, 2, 4] {
            check_onnx_fixture(fixture, "train", replicas);
        }
        check_onnx_fixture(fixture, "eval", 2);
    }
}

/// A statistics-only model (examples/bn_stats_only.json: its outputs are the two layers' running
/// statistics; the second layer's Y is unused) on 1 to 4 replicas, uneven and empty shards: the
/// running statistics match PyTorch's (tests/fixtures/bn_stats_only/make.py) within 1e-5.
#[test]
fn statistics_only_model_matches_pytorch_running_statistics() {
    let base = root().join("tests/fixtures/bn_stats_only");
    let input = format!("x={}", base.join("input.npy").display());
    for replicas in [1, 2, 3, 4] {
        let dir = tempfile::tempdir().unwrap();
        let r = replicas.to_string();
        let out = dir.path().to_str().unwrap();
        syncbn(&["examples/bn_stats_only.json", "--run", "--replicas", &r, "--input", &input, "-o", out]);
        for layer in ["bn1", "bn2"] {
            for stat in ["running_mean", "running_var"] {
                let file = format!("{layer}.{stat}_out.npy");
                let what = format!("{file} on {replicas} replicas");
                assert_close_to_scale(
                    &npy(&dir.path().join(&file)),
                    &npy(&base.join("expected").join(&file)),
                    1e-5,
                    &what,
                );
            }
        }
        assert!(!dir.path().join("b2.npy").exists(), "the unused Y was written");
    }
}
