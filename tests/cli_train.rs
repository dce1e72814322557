//! `syncbn-compile --train` end to end against PyTorch (tests/fixtures/train, made by its
//! make_train_reference.py): 20 SGD steps (momentum 0.9, weight decay, poly schedule; Nesterov on
//! mobilenetv2_mini; a weight-bound Conv in wide_mini) of cross-entropy over a batch of 6 on 1, 2 and
//! 4 replicas (shards 2/2/1/1):
//! every step's loss within 1e-4 relative of PyTorch's, the checkpoint's parameters and running
//! statistics within 1e-3; the same for losses exported with the model (tests/fixtures/train/loss_mini:
//! LogSoftmax + NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss with class weights and
//! ignored labels, mean and sum) and per-pixel cross-entropy of a segmentation network
//! (tests/fixtures/train/seg_mini: labels [N, 7, 5] with 255 for unlabelled pixels, exported with the
//! model and added by `--loss cross-entropy --ignore-index 255`); the same runs on emulated GPUs
//! (`--device ptx-sim`) against the CPU device (1e-5) and PyTorch, and on CUDA GPUs (`--features
//! cuda`, ignored: needs a GPU); a resumed run equals an uninterrupted one bit for bit (CPU and
//! emulated GPUs); bad training inputs exit 2 naming the flag or file; a non-finite loss exits 1
//! naming the step.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use common::{root, WEIGHT_BOUND_FROM};
use safetensors::SafeTensors;

const DATA: &str = "tests/fixtures/train";

/// The training flags of the references, for `model` (resnet_mini, mobilenetv2_mini or wide_mini).
fn train_args(model: &str) -> Vec<String> {
    let (lr, nesterov) = match model {
        "resnet_mini" => ("0.2", None),
        "wide_mini" => ("0.1", None),
        _ => ("0.05", Some("--nesterov")),
    };
    let mut args: Vec<String> = [
        &format!("tests/fixtures/{model}/train.onnx"),
        "--train",
        "--input",
        &format!("x={DATA}/x.npy"),
        "--loss",
        "cross-entropy",
        "--labels",
        &format!("{DATA}/labels.npy"),
        "--batch",
        "6",
        "--steps",
        "20",
        "--lr",
        lr,
        "--momentum",
        "0.9",
        "--weight-decay",
        "5e-4",
        "--lr-schedule",
        "poly:0.9",
        "--quiet",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(nesterov.map(String::from));
    args
}

fn run(args: &[String]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_syncbn-compile"));
    cmd.current_dir(root()).args(args).env(WEIGHT_BOUND_FROM.0, WEIGHT_BOUND_FROM.1).output().unwrap()
}

fn run_ok(args: &[String]) -> Output {
    let output = run(args);
    assert_eq!(output.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn with(mut args: Vec<String>, more: &[&str]) -> Vec<String> {
    args.extend(more.iter().map(|s| s.to_string()));
    args
}

fn f32_tensors(path: &Path) -> BTreeMap<String, Vec<f32>> {
    let bytes = std::fs::read(path).unwrap();
    let file = SafeTensors::deserialize(&bytes).unwrap();
    let mut out = BTreeMap::new();
    for (name, view) in file.tensors() {
        if view.dtype() == safetensors::Dtype::F32 {
            out.insert(name, view.data().chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect());
        }
    }
    out
}

fn losses(report: &Path) -> Vec<f64> {
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(report).unwrap()).unwrap();
    json["train"]["loss"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect()
}

fn check_against_pytorch(model: &str, replicas: usize) {
    check_run_against_pytorch(train_args(model), &format!("{DATA}/{model}"), replicas);
}

/// Every step's loss of a run and the f32 tensors of its checkpoint.
type Trained = (Vec<f64>, BTreeMap<String, Vec<f32>>);

/// Trains with `args` on `replicas` replicas, saving a checkpoint.
fn trained(args: &[String], replicas: usize) -> Trained {
    let dir = tempfile::tempdir().unwrap();
    let (ckpt, report) = (dir.path().join("ck.safetensors"), dir.path().join("report.json"));
    let r = replicas.to_string();
    let out = dir.path().join("out");
    let extra = ["--replicas", &r, "--save", ckpt.to_str().unwrap(), "--report", report.to_str().unwrap()];
    run_ok(&with(with(args.to_vec(), &extra), &["-o", out.to_str().unwrap()]));
    (losses(&report), f32_tensors(&ckpt))
}

/// Trains with `args` on `replicas` replicas and compares every step's loss and the checkpoint with
/// PyTorch's `loss.npy` and `final.safetensors` in `reference`.
fn check_run_against_pytorch(args: Vec<String>, reference: &str, replicas: usize) {
    let run = trained(&args, replicas);
    assert_matches_pytorch(&run, reference, &format!("{reference} R={replicas}"), true);
}

/// Asserts that each loss of `run` is within 1e-4 relative of PyTorch's loss of that step in
/// `reference`, and (`whole`: the run took every step of the reference) that the run has every
/// step and its checkpoint's parameters and running statistics are within 1e-3 of PyTorch's.
fn assert_matches_pytorch((got, trained): &Trained, reference: &str, case: &str, whole: bool) {
    let want: Vec<f64> =
        ndarray_npy::read_npy::<_, ndarray::Array1<f64>>(root().join(reference).join("loss.npy")).unwrap().to_vec();
    assert!(got.len() <= want.len() && !got.is_empty(), "{case}: {} losses", got.len());
    for (t, (g, w)) in got.iter().zip(&want).enumerate() {
        assert!((g - w).abs() <= 1e-4 * w.abs(), "{case} step {t}: loss {g} vs PyTorch {w}");
    }
    if !whole {
        return;
    }
    assert_eq!(got.len(), want.len(), "{case}");
    let reference = f32_tensors(&root().join(reference).join("final.safetensors"));
    for (name, w) in &reference {
        let g = trained.get(name).unwrap_or_else(|| panic!("{case}: checkpoint lacks {name}"));
        assert_eq!(g.len(), w.len(), "{name}");
        let scale = w.iter().fold(1.0f32, |m, v| m.max(v.abs()));
        let worst = g.iter().zip(w).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        assert!(worst <= 1e-3 * scale, "{case} {name}: max |diff| {worst} (scale {scale})");
    }
    let momentum = trained.keys().filter(|k| k.starts_with("optimizer.momentum_buffer.")).count();
    assert_eq!(momentum, reference.keys().filter(|k| k.ends_with("weight") || k.ends_with("bias")).count());
}

/// Asserts that a run on GPUs (emulated or CUDA) agrees with the same run on CPU replicas: every
/// step's loss within 1e-5 relative, every checkpoint tensor (parameters, running statistics,
/// momentum buffers) within 1e-5 of its scale (at least 1). The devices differ only in summation
/// orders (cuBLAS against the `gemm` crate) and in `exp`/`ln` (the kernels' against libm).
fn assert_devices_agree((gpu_losses, gpu): &Trained, (cpu_losses, cpu): &Trained, case: &str) {
    assert_eq!(gpu_losses.len(), cpu_losses.len(), "{case}");
    for (t, (g, c)) in gpu_losses.iter().zip(cpu_losses).enumerate() {
        assert!((g - c).abs() <= 1e-5 * c.abs(), "{case} step {t}: loss {g} on the GPUs vs {c} on cpu");
    }
    assert_eq!(gpu.keys().collect::<Vec<_>>(), cpu.keys().collect::<Vec<_>>(), "{case}: checkpoint keys");
    for (name, c) in cpu {
        let g = &gpu[name];
        assert_eq!(g.len(), c.len(), "{case} {name}");
        let scale = c.iter().fold(1.0f32, |m, v| m.max(v.abs()));
        let worst = g.iter().zip(c).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        assert!(worst <= 1e-5 * scale, "{case} {name}: max |diff| {worst} between the GPUs and cpu (scale {scale})");
    }
}

/// Trains with `args` on `replicas` emulated GPUs and on as many CPU replicas; checks the emulated
/// run against the CPU run and PyTorch's `reference` (`whole`: see [`assert_matches_pytorch`]).
fn check_emulated_gpus(args: Vec<String>, reference: &str, replicas: usize, whole: bool) {
    check_gpus("ptx-sim", args, reference, replicas, whole);
}

/// Trains with `args` on `replicas` GPUs of `device` (ptx-sim or cuda) and on as many CPU
/// replicas; checks the GPU run against the CPU run and PyTorch's `reference`.
fn check_gpus(device: &str, args: Vec<String>, reference: &str, replicas: usize, whole: bool) {
    let case = format!("{reference} {device} R={replicas}");
    let gpu = trained(&with(args.clone(), &["--device", device]), replicas);
    assert_matches_pytorch(&gpu, reference, &case, whole);
    assert_devices_agree(&gpu, &trained(&args, replicas), &case);
}

/// The exported losses (LogSoftmax + NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss with class
/// weights and ignored labels, mean and sum) train on 1 and 2 emulated GPUs, all 8 steps, as on
/// CPU replicas and in PyTorch.
#[test]
fn exported_losses_train_on_emulated_gpus_as_on_cpu_replicas_and_in_pytorch() {
    for model in ["nll", "sce", "sce_sum"] {
        for r in [1, 2] {
            check_emulated_gpus(loss_mini_args(model), &format!("{DATA}/loss_mini/{model}"), r, true);
        }
    }
}

/// resnet_mini (1 and 2 GPUs) and mobilenetv2_mini (Nesterov, 2 GPUs) with `--loss cross-entropy`:
/// the first 2 steps of the 20-step schedule on emulated GPUs (slow) as on CPU replicas and in
/// PyTorch.
#[test]
fn cnn_fixtures_train_on_emulated_gpus_as_on_cpu_replicas_and_in_pytorch() {
    for (model, replicas) in [("resnet_mini", &[1, 2][..]), ("mobilenetv2_mini", &[2])] {
        for &r in replicas {
            let args = with(train_args(model), &["--stop-after", "2"]);
            check_emulated_gpus(args, &format!("{DATA}/{model}"), r, false);
        }
    }
}

/// The same loop on CUDA GPUs: resnet_mini's 20 steps and the exported losses on one GPU, against
/// PyTorch and the CPU replicas.
#[test]
#[cfg(feature = "cuda")]
#[ignore = "needs a GPU"]
fn fixtures_train_on_one_cuda_gpu_as_on_cpu_replicas_and_in_pytorch() {
    check_gpus("cuda", train_args("resnet_mini"), &format!("{DATA}/resnet_mini"), 1, true);
    for model in ["nll", "sce", "sce_sum"] {
        check_gpus("cuda", loss_mini_args(model), &format!("{DATA}/loss_mini/{model}"), 1, true);
    }
}

/// Two CUDA GPUs summing gradients and statistics through NCCL, mobilenetv2_mini with Nesterov.
#[test]
#[cfg(feature = "cuda")]
#[ignore = "needs 2 GPUs"]
fn mobilenetv2_mini_trains_on_two_cuda_gpus_as_on_cpu_replicas_and_in_pytorch() {
    check_gpus("cuda", train_args("mobilenetv2_mini"), &format!("{DATA}/mobilenetv2_mini"), 2, true);
}

/// Without the `cuda` feature, `--train --device cuda` says so (exit 2, one line).
#[test]
#[cfg(not(feature = "cuda"))]
fn training_on_cuda_without_cuda_support_says_so() {
    let args = with(train_args("resnet_mini"), &["--stop-after", "1", "--device", "cuda"]);
    expect_failure(&args, 2, &["no CUDA support", "--features cuda"]);
}

/// `--train --comm mpi` keeps one CPU replica per rank: CUDA devices are refused before MPI starts.
#[test]
fn training_on_cuda_under_mpi_is_refused() {
    let args = with(train_args("resnet_mini"), &["--stop-after", "1", "--device", "cuda", "--comm", "mpi"]);
    expect_failure(&args, 2, &["--comm mpi", "--device cpu"]);
}

#[test]
fn resnet_mini_matches_pytorch_on_1_2_4_replicas() {
    for r in [1, 2, 4] {
        check_against_pytorch("resnet_mini", r);
    }
}

#[test]
fn mobilenetv2_mini_matches_pytorch_on_1_2_4_replicas() {
    for r in [1, 2, 4] {
        check_against_pytorch("mobilenetv2_mini", r);
    }
}

/// wide_mini's 3x3 Conv of 147,456 weights on 2x2 maps is weight-bound: the replicas of a step
/// compute its output, input gradient and summed weight gradient together (4 replicas: 2, 2, 1 and
/// 1 images); one replica computes them alone through the same kernels.
#[test]
fn wide_mini_matches_pytorch_on_1_2_4_replicas() {
    for r in [1, 2, 4] {
        check_against_pytorch("wide_mini", r);
    }
}

/// The training flags of the exported-loss references (tests/fixtures/train/loss_mini, made by its
/// make_loss_reference.py) for `model` (nll, sce or sce_sum): the model's own loss output, its
/// labels input fed by `--labels`, 8 steps of 5 rows.
fn loss_mini_args(model: &str) -> Vec<String> {
    let data = format!("{DATA}/loss_mini");
    [
        &format!("{data}/{model}.onnx"),
        "--train",
        "--input",
        &format!("x={data}/x.npy"),
        "--labels",
        &format!("{data}/labels.npy"),
        "--batch",
        "5",
        "--steps",
        "8",
        "--lr",
        "0.1",
        "--momentum",
        "0.9",
        "--weight-decay",
        "5e-4",
        "--lr-schedule",
        "poly:0.9",
        "--quiet",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Losses exported with the model, as PyTorch writes them: LogSoftmax + NegativeLogLikelihoodLoss
/// (dynamo exporter) and SoftmaxCrossEntropyLoss with SyncBN (TorchScript exporter), class weights,
/// ignored labels (-1), mean and sum, on 1, 2 and 4 replicas (shards 5, 3/2, 2/1/1/1; one shard
/// of the first step has only ignored rows): the mean is over the global batch's kept weight.
#[test]
fn exported_losses_with_class_weights_and_ignored_labels_match_pytorch() {
    for model in ["nll", "sce", "sce_sum"] {
        for r in [1, 2, 4] {
            check_run_against_pytorch(loss_mini_args(model), &format!("{DATA}/loss_mini/{model}"), r);
        }
    }
}

#[test]
fn labels_of_an_exported_loss_are_checked_against_its_ignore_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.npy");
    let mut labels = vec![0i64; 20];
    labels[4] = -2;
    ndarray_npy::write_npy(&path, &ndarray::Array1::from_vec(labels)).unwrap();
    let mut args = with(loss_mini_args("nll"), &["-o", dir.path().join("out").to_str().unwrap()]);
    let i = args.iter().position(|x| x == "--labels").unwrap();
    args[i + 1] = path.to_str().unwrap().to_string();
    expect_failure(&args, 2, &["bad.npy", "label -2 at row 4", "0..5 or the ignored label -1"]);
    args.remove(i);
    args.remove(i);
    expect_failure(&args, 2, &["input \"labels\"", "expected --labels"]);
}

/// The optimizer updates each parameter bucket with one kernel call, on CPU replicas and emulated
/// GPUs alike: resnet_mini's 20 parameters take 2 calls a step, one for the bucket its gradient
/// all-reduce sums (the 8 convolution and fc tensors) and one for the 12 BatchNorm scales and
/// biases, whose gradients come from the synchronized statistics.
#[test]
fn each_parameter_bucket_is_updated_by_one_kernel_call() {
    for device in ["cpu", "ptx-sim"] {
        let dir = tempfile::tempdir().unwrap();
        let (report, out) = (dir.path().join("report.json"), dir.path().join("out"));
        let extra = ["--device", device, "--replicas", "2", "--stop-after", "1"];
        let files = ["--report", report.to_str().unwrap(), "-o", out.to_str().unwrap()];
        run_ok(&with(train_args("resnet_mini"), &[&extra[..], &files[..]].concat()));
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert_eq!(json["train"]["update_calls"], 2, "{device}: {}", json["train"]);
    }
}

/// `--bucket-cap-mb` splits the parameter gradients into more all-reduce buckets (resnet_mini's 8
/// convolution and fc gradients: one bucket under the default 25 MiB, 7 under 1 KiB) and changes no
/// bit: every gradient element is still the replica-order sum and the update per element the same,
/// so losses and checkpoints are equal byte for byte (3 replicas, shards 2/2/1; CPU threads and the
/// emulated GPUs). A cap that is not a positive size is a usage error naming the flag.
#[test]
fn a_smaller_bucket_cap_makes_more_buckets_and_the_same_bits() {
    for (device, steps) in [("cpu", "4"), ("ptx-sim", "2")] {
        let dir = tempfile::tempdir().unwrap();
        let run_with_cap = |cap: Option<&str>, tag: &str| {
            let (ckpt, report) =
                (dir.path().join(format!("{tag}.safetensors")), dir.path().join(format!("{tag}.json")));
            let mut args = train_args("resnet_mini");
            for (flag, value) in [("--batch", "5"), ("--steps", steps)] {
                let i = args.iter().position(|x| x == flag).unwrap();
                args[i + 1] = value.to_string();
            }
            let files = ["--save", ckpt.to_str().unwrap(), "--report", report.to_str().unwrap()];
            let out = dir.path().join(tag);
            let mut extra = vec!["--device", device, "--replicas", "3", "-o", out.to_str().unwrap()];
            extra.extend(cap.map(|c| ["--bucket-cap-mb", c]).iter().flatten());
            run_ok(&with(args, &[&extra[..], &files[..]].concat()));
            let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
            let buckets = json["lowering"]["parameter_collectives"].as_u64().unwrap();
            (buckets, losses(&report), std::fs::read(&ckpt).unwrap())
        };
        let (one, one_losses, one_ckpt) = run_with_cap(None, "default");
        let (many, many_losses, many_ckpt) = run_with_cap(Some("0.001"), "small");
        assert_eq!((one, many), (1, 7), "{device}: buckets under 25 MiB and 1 KiB");
        let bits = |l: &[f64]| l.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&many_losses), bits(&one_losses), "{device}: losses");
        assert!(many_ckpt == one_ckpt, "{device}: the checkpoints differ");
    }
    for bad in ["0", "-1", "abc", "2000000"] {
        let args = with(train_args("resnet_mini"), &["--bucket-cap-mb", bad]);
        expect_failure(&args, 2, &["--bucket-cap-mb", "expected a number of MiB above 0"]);
    }
}

/// Runs `base` (`total` steps) once through and once stopped after `stop` steps and resumed from
/// its checkpoint: the checkpoints are equal byte for byte, and so are the losses of the steps after
/// `stop`.
fn check_resume(base: Vec<String>, stop: usize, total: usize) {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    let base = with(base, &["-o", &p("out")]);
    run_ok(&with(base.clone(), &["--save", &p("full.safetensors"), "--report", &p("full.json")]));
    run_ok(&with(base.clone(), &["--save", &p("half.safetensors"), "--stop-after", &stop.to_string()]));
    run_ok(&with(
        base.clone(),
        &["--resume", &p("half.safetensors"), "--save", &p("resumed.safetensors"), "--report", &p("resumed.json")],
    ));
    let (full, resumed) =
        (std::fs::read(p("full.safetensors")).unwrap(), std::fs::read(p("resumed.safetensors")).unwrap());
    assert!(full == resumed, "{base:?}: the resumed run's checkpoint differs from the uninterrupted run's");
    let (a, b) = (losses(Path::new(&p("full.json"))), losses(Path::new(&p("resumed.json"))));
    assert_eq!(b.len(), total - stop);
    assert_eq!(
        a[stop..].iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
        b.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
    );
}

#[test]
fn a_resumed_run_equals_an_uninterrupted_one_bit_for_bit() {
    check_resume(with(train_args("resnet_mini"), &["--replicas", "3", "--shuffle", "5"]), 9, 20);
}

/// The same on 2 emulated GPUs: the state a checkpoint restores (parameters, momentum buffers,
/// running statistics) is written back into device memory exactly.
#[test]
fn a_resumed_run_on_emulated_gpus_equals_an_uninterrupted_one_bit_for_bit() {
    let args = with(loss_mini_args("sce"), &["--replicas", "2", "--shuffle", "5", "--device", "ptx-sim"]);
    check_resume(args, 3, 8);
}

/// Runs with `args` and expects exit status `code` and a message holding every one of `needles`
/// (for a usage error, status 2: one line).
fn expect_failure(args: &[String], code: i32, needles: &[&str]) {
    let output = run(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(code != 2 || stderr.lines().count() == 1, "{args:?}: {stderr}");
    for n in needles {
        assert!(stderr.contains(n), "{args:?}: {stderr:?} lacks {n:?}");
    }
}

#[test]
fn bad_training_inputs_exit_2_naming_the_flag_or_file() {
    let dir = tempfile::tempdir().unwrap();
    let write_labels = |name: &str, values: &[i64]| {
        let path = dir.path().join(name);
        ndarray_npy::write_npy(&path, &ndarray::Array1::from_vec(values.to_vec())).unwrap();
        path.to_str().unwrap().to_string()
    };
    let mut out_of_range = vec![0i64; 24];
    out_of_range[7] = 10;
    let bad = write_labels("range.npy", &out_of_range);
    let short = write_labels("short.npy", &[1; 23]);
    let base = || with(train_args("resnet_mini"), &["-o", dir.path().join("out").to_str().unwrap()]);
    let replace = |flag: &str, value: &str| {
        let mut a = base();
        let i = a.iter().position(|x| x == flag).unwrap();
        a[i + 1] = value.to_string();
        a
    };
    expect_failure(&replace("--labels", &bad), 2, &["range.npy", "label 10 at row 7", "0..10", "--ignore-index 10"]);
    expect_failure(&replace("--labels", &short), 2, &["short.npy", "23 labels", "24"]);
    expect_failure(&replace("--batch", "25"), 2, &["--batch 25", "24 rows"]);
    expect_failure(&replace("--lr", "-0.1"), 2, &["--lr -0.1"]);
    expect_failure(&replace("--loss", "cross-entropy:nope"), 2, &["\"nope\" is not an output"]);
}

#[test]
fn a_non_finite_loss_stops_naming_the_step_and_keeps_the_last_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let ckpt = dir.path().join("ck.safetensors");
    let mut args = with(train_args("resnet_mini"), &["--save", ckpt.to_str().unwrap(), "--save-every", "1"]);
    let i = args.iter().position(|x| x == "--lr").unwrap();
    args[i + 1] = "1e38".into();
    args.extend(["-o".to_string(), dir.path().join("out").to_str().unwrap().to_string()]);
    let output = run(&args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let step: i64 = (stderr.split("the loss of step ").nth(1))
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no step named: {stderr}"));
    assert!(step >= 2 && stderr.contains("training stopped"), "{stderr}");
    let bytes = std::fs::read(&ckpt).unwrap();
    let file = SafeTensors::deserialize(&bytes).unwrap();
    assert_eq!(file.tensor("optimizer.step").unwrap().data(), (step - 1).to_le_bytes(), "the last good checkpoint");
}

/// The training flags of the per-pixel references (tests/fixtures/train/seg_mini, made by its
/// make_seg_reference.py): 20 steps of 3 images of 7x5 pixels; `model` is `seg_loss` (exported with
/// CrossEntropyLoss(ignore_index=255)), `seg_nll` (that loss as LogSoftmax + NegativeLogLikelihoodLoss)
/// or `seg` (its [N, 3, 7, 5] scores, with --loss cross-entropy --ignore-index 255).
fn seg_args(model: &str) -> Vec<String> {
    let data = format!("{DATA}/seg_mini");
    let mut args: Vec<String> = [
        &format!("{data}/{model}.onnx"),
        "--train",
        "--input",
        &format!("x={data}/x.npy"),
        "--labels",
        &format!("{data}/labels.npy"),
        "--batch",
        "3",
        "--steps",
        "20",
        "--lr",
        "0.3",
        "--momentum",
        "0.9",
        "--weight-decay",
        "5e-4",
        "--lr-schedule",
        "poly:0.9",
        "--quiet",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    if model == "seg" {
        args.extend(["--loss", "cross-entropy", "--ignore-index", "255"].map(String::from));
    }
    args
}

/// Per-pixel cross-entropy of a segmentation network ([N, 3, 7, 5] scores, labels [N, 7, 5] with
/// 255 for unlabelled pixels), exported with its loss (SoftmaxCrossEntropyLoss, or LogSoftmax +
/// NegativeLogLikelihoodLoss) and added by --loss, on 1, 2 and 4 replicas
/// (shards 3, 2/1, 1/1/1/0; the second image is all 255, so on 4 replicas one shard of the first
/// step has no kept pixel and another is empty): the mean is over the global batch's kept pixels,
/// every step's loss within 1e-4 relative of PyTorch's, parameters and running statistics within
/// 1e-3.
#[test]
fn per_pixel_cross_entropy_with_ignored_pixels_matches_pytorch() {
    for model in ["seg_loss", "seg_nll", "seg"] {
        for r in [1, 2, 4] {
            check_run_against_pytorch(seg_args(model), &format!("{DATA}/seg_mini"), r);
        }
    }
}

/// The same per-pixel losses on emulated GPUs (the loss kernels per pixel), all 20 steps on 1, 2 and 4
/// replicas, as on CPU replicas and in PyTorch.
#[test]
fn per_pixel_cross_entropy_trains_on_emulated_gpus_as_on_cpu_replicas_and_in_pytorch() {
    for (model, r) in [("seg", 4), ("seg_loss", 2), ("seg_nll", 1)] {
        check_emulated_gpus(seg_args(model), &format!("{DATA}/seg_mini"), r, true);
    }
}

/// Per-pixel labels out of range (not the ignored 255) exit 2 naming the file, the row and the
/// pixel; labels of another shape exit 2 naming the expected one.
#[test]
fn bad_per_pixel_labels_exit_2_naming_the_file_and_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, labels: ndarray::Array3<i64>| {
        let path = dir.path().join(name);
        ndarray_npy::write_npy(&path, &labels).unwrap();
        path.to_str().unwrap().to_string()
    };
    let mut labels = ndarray::Array3::<i64>::zeros((12, 7, 5));
    labels[[4, 2, 1]] = 255;
    labels[[5, 2, 3]] = 3;
    let bad = write("range.npy", labels);
    let turned = write("turned.npy", ndarray::Array3::zeros((12, 5, 7)));
    for model in ["seg", "seg_loss"] {
        let mut args = with(seg_args(model), &["-o", dir.path().join("out").to_str().unwrap()]);
        let i = args.iter().position(|x| x == "--labels").unwrap();
        args[i + 1] = bad.clone();
        expect_failure(&args, 2, &["range.npy", "label 3 at row 5, position [2, 3]", "0..3 or the ignored label 255"]);
        args[i + 1] = turned.clone();
        expect_failure(&args, 2, &["turned.npy", "shape [12, 5, 7]", "7, 5]"]);
    }
}

/// A weight-bound threshold that is not a whole number >= 1 exits 2 naming the variable, before
/// anything runs.
#[test]
fn a_bad_weight_bound_threshold_is_a_usage_error() {
    for bad in ["0", "lots", "-5"] {
        let out = Command::new(env!("CARGO_BIN_EXE_syncbn-compile"))
            .current_dir(root())
            .args(train_args("wide_mini"))
            .env(WEIGHT_BOUND_FROM.0, bad)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad}: {stderr}");
        assert!(stderr.contains(WEIGHT_BOUND_FROM.0) && stderr.contains(bad), "{bad}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{bad}: {stderr}");
    }
}
