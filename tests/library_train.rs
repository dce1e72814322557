//! `Model::train` (the library's training API) against PyTorch's reference run of
//! tests/fixtures/train (the same data, flags and tolerances as tests/cli_train.rs), against the
//! CLI bit for bit, through a resume, and on bad data.

use std::path::PathBuf;
use std::process::Command;

use ndarray::{Array1, ArrayD};
use syncbn::training::{Loss, LrSchedule, TrainData, Training};
use syncbn::Model;

const DATA: &str = "tests/fixtures/train";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn model() -> Model {
    Model::load(root().join("tests/fixtures/resnet_mini/train.onnx")).unwrap()
}

/// The flags of the PyTorch reference run for resnet_mini.
fn training(replicas: usize) -> Training {
    Training::new(Loss::CrossEntropy(None))
        .replicas(replicas)
        .batch(6)
        .steps(20)
        .lr(0.2)
        .momentum(0.9)
        .weight_decay(5e-4)
        .schedule(LrSchedule::Poly { power: 0.9 })
}

fn arrays() -> TrainData {
    let x: ArrayD<f32> = ndarray_npy::read_npy(root().join(DATA).join("x.npy")).unwrap();
    let labels: Array1<i64> = ndarray_npy::read_npy(root().join(DATA).join("labels.npy")).unwrap();
    TrainData::new().input("x", x).labels(labels)
}

fn files() -> TrainData {
    TrainData::new().input_file("x", root().join(DATA).join("x.npy")).labels_file(root().join(DATA).join("labels.npy"))
}

fn reference_tensors() -> Vec<(String, Vec<f32>)> {
    let bytes = std::fs::read(root().join(DATA).join("resnet_mini/final.safetensors")).unwrap();
    let file = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    (file.tensors().into_iter())
        .filter(|(_, v)| v.dtype() == safetensors::Dtype::F32)
        .map(|(name, v)| (name, v.data().chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect()))
        .collect()
}

#[test]
fn model_train_matches_pytorch_on_2_replicas() {
    let trained = model().train(&training(2), &arrays()).unwrap();
    let want: Array1<f64> = ndarray_npy::read_npy(root().join(DATA).join("resnet_mini/loss.npy")).unwrap();
    assert_eq!(trained.losses().len(), 20);
    for (t, (g, w)) in trained.losses().iter().zip(&want).enumerate() {
        assert!((g - w).abs() <= 1e-4 * w.abs(), "step {t}: loss {g} vs PyTorch {w}");
    }
    for (name, w) in reference_tensors() {
        let g = trained.tensor(&name).unwrap_or_else(|| panic!("no trained tensor {name}"));
        let scale = w.iter().fold(1.0f32, |m, v| m.max(v.abs()));
        let worst = g.iter().zip(&w).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        assert!(worst <= 1e-3 * scale, "{name}: max |diff| {worst} (scale {scale})");
    }
    let again = trained.model().unwrap();
    let init = again.graph().initializers.iter().find(|i| i.name.ends_with("weight")).unwrap();
    let trained_values = trained.tensor(&init.name).unwrap();
    match &init.source {
        syncbn::ir::InitSource::Data { data } => {
            assert!(data.iter().zip(trained_values.iter()).all(|(a, &b)| *a == f64::from(b)), "{}", init.name)
        }
        other => panic!("{} is not trained data: {other:?}", init.name),
    }
}

#[test]
fn arrays_files_and_the_cli_train_bit_for_bit_alike() {
    let dir = tempfile::tempdir().unwrap();
    let ckpt = dir.path().join("lib.safetensors");
    let t = training(3).shuffle(5);
    let from_arrays = model().train(&t, &arrays()).unwrap();
    let from_files = model().train(&t, &files()).unwrap();
    assert_eq!(bits(from_arrays.losses()), bits(from_files.losses()));
    from_arrays.save(&ckpt).unwrap();
    let cli_ckpt = dir.path().join("cli.safetensors");
    let flags = "--loss cross-entropy --batch 6 --steps 20 --lr 0.2 --momentum 0.9 --weight-decay 5e-4 \
                 --lr-schedule poly:0.9 --replicas 3 --shuffle 5 --quiet";
    let output = Command::new(env!("CARGO_BIN_EXE_syncbn-compile"))
        .current_dir(root())
        .args(["tests/fixtures/resnet_mini/train.onnx", "--train", "--input", &format!("x={DATA}/x.npy")])
        .args(["--labels", &format!("{DATA}/labels.npy"), "--save", cli_ckpt.to_str().unwrap()])
        .args(["-o", dir.path().join("out").to_str().unwrap()])
        .args(flags.split(' '))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(std::fs::read(&ckpt).unwrap() == std::fs::read(&cli_ckpt).unwrap(), "library and CLI checkpoints differ");
}

#[test]
fn a_resumed_run_continues_bit_for_bit() {
    let dir = tempfile::tempdir().unwrap();
    let full = model().train(&training(2), &arrays()).unwrap();
    let half = model().train(&training(2).stop_after(9), &arrays()).unwrap();
    assert_eq!(half.losses().len(), 9);
    let rest = model().train(&training(2).resume(half.state().clone()), &arrays()).unwrap();
    assert_eq!(bits(&full.losses()[9..]), bits(rest.losses()));
    assert_eq!(full.state(), rest.state());
    let path = dir.path().join("half.safetensors");
    half.save(&path).unwrap();
    let from_file = model().train(&training(2).resume_file(&path), &arrays()).unwrap();
    assert_eq!(full.state(), from_file.state());
}

/// A loss exported with the model (the dynamo exporter's LogSoftmax + NegativeLogLikelihoodLoss,
/// class weights, ignored labels) through the library on 4 replicas (shards 2/1/1/1 of 5 rows)
/// against PyTorch (tests/fixtures/train/loss_mini): every loss within 1e-4 relative, the
/// parameters within 1e-3; labels outside the classes and the ignored label are refused.
#[test]
fn an_exported_nll_loss_trains_through_the_library_as_pytorch() {
    let data = root().join(DATA).join("loss_mini");
    let model = Model::load(data.join("nll.onnx")).unwrap();
    let t = Training::new(Loss::ModelOutput)
        .replicas(4)
        .batch(5)
        .steps(8)
        .lr(0.1)
        .momentum(0.9)
        .weight_decay(5e-4)
        .schedule(LrSchedule::Poly { power: 0.9 });
    let x: ArrayD<f32> = ndarray_npy::read_npy(data.join("x.npy")).unwrap();
    let labels: Array1<i64> = ndarray_npy::read_npy(data.join("labels.npy")).unwrap();
    let trained = model.train(&t, &TrainData::new().input("x", x.clone()).labels(labels.clone())).unwrap();
    let want: Array1<f64> = ndarray_npy::read_npy(data.join("nll/loss.npy")).unwrap();
    assert_eq!(trained.losses().len(), want.len());
    for (step, (g, w)) in trained.losses().iter().zip(&want).enumerate() {
        assert!((g - w).abs() <= 1e-4 * w.abs(), "step {step}: loss {g} vs PyTorch {w}");
    }
    let bytes = std::fs::read(data.join("nll/final.safetensors")).unwrap();
    let reference = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    for (name, view) in reference.tensors() {
        let w: Vec<f32> = view.data().chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
        let g = trained.tensor(&name).unwrap_or_else(|| panic!("no trained tensor {name}"));
        let worst = g.iter().zip(&w).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        assert!(worst <= 1e-3 * w.iter().fold(1.0f32, |m, v| m.max(v.abs())), "{name}: max |diff| {worst}");
    }
    let mut bad = labels;
    bad[7] = -2;
    assert_message(model.train(&t, &TrainData::new().input("x", x).labels(bad)), "label -2 at row 7");
}

#[test]
fn bad_data_is_an_error_naming_what_was_expected() {
    let t = training(2);
    let no_labels = TrainData::new().input_file("x", root().join(DATA).join("x.npy"));
    assert_message(model().train(&t, &no_labels), "needs labels");
    let wrong = TrainData::new().input("x", ArrayD::zeros(ndarray::IxDyn(&[24, 3, 7, 5]))).labels(Array1::zeros(24));
    assert_message(model().train(&t, &wrong), "input \"x\"");
    let missing = TrainData::new().labels(Array1::zeros(24));
    assert_message(model().train(&t, &missing), "\"x\"");
    let mut labels = Array1::zeros(24);
    labels[3] = 10;
    let out_of_range = TrainData::new().input_file("x", root().join(DATA).join("x.npy")).labels(labels);
    assert_message(model().train(&t, &out_of_range), "label 10 at row 3");
    assert_message(model().train(&training(2).batch(25), &arrays()), "24 rows");
    assert_message(model().train(&training(2).lr(-1.0), &arrays()), "--lr -1");
}

/// `Training::bucket_cap_mb` splits the gradients into more buckets and changes no bit; a cap of
/// 0 or NaN is an error naming it.
#[test]
fn a_smaller_bucket_cap_trains_to_the_same_bits() {
    let whole = model().train(&training(3).steps(4), &arrays()).unwrap();
    let split = model().train(&training(3).steps(4).bucket_cap_mb(0.001), &arrays()).unwrap();
    assert_eq!(bits(whole.losses()), bits(split.losses()));
    assert_eq!(whole.state(), split.state());
    for bad in [0.0, f64::NAN, -1.0, 2e6] {
        assert_message(model().train(&training(2).bucket_cap_mb(bad), &arrays()), "bucket_cap_mb");
    }
}

fn assert_message<T>(result: syncbn::Result<T>, needle: &str) {
    match result {
        Ok(_) => panic!("expected an error holding {needle:?}"),
        Err(e) => assert!(e.to_string().contains(needle), "{e} lacks {needle:?}"),
    }
}

fn bits(values: &[f64]) -> Vec<u64> {
    values.iter().map(|v| v.to_bits()).collect()
}

/// A segmentation network's per-pixel cross-entropy through the library (tests/fixtures/train/seg_mini):
/// `[N, 7, 5]` labels as an array, `Training::ignore_index(255)`, 4 replicas (one shard of the first
/// step without a kept pixel, one empty): every step's loss within 1e-4 relative of PyTorch's
/// `CrossEntropyLoss(ignore_index=255)`, the trained classifier within 1e-3; without the ignored
/// label the 255s are out of range.
#[test]
fn per_pixel_cross_entropy_trains_through_the_library_as_pytorch() {
    let data = root().join(DATA).join("seg_mini");
    let model = Model::load(data.join("seg.onnx")).unwrap();
    let x: ArrayD<f32> = ndarray_npy::read_npy(data.join("x.npy")).unwrap();
    let labels: ndarray::Array3<i64> = ndarray_npy::read_npy(data.join("labels.npy")).unwrap();
    let rows = TrainData::new().input("x", x).labels(labels);
    let training = Training::new(Loss::CrossEntropy(None))
        .replicas(4)
        .batch(3)
        .steps(20)
        .lr(0.3)
        .momentum(0.9)
        .weight_decay(5e-4)
        .schedule(LrSchedule::Poly { power: 0.9 });
    let trained = model.train(&training.clone().ignore_index(255), &rows).unwrap();
    let want: Array1<f64> = ndarray_npy::read_npy(data.join("loss.npy")).unwrap();
    assert_eq!(trained.losses().len(), 20);
    for (t, (g, w)) in trained.losses().iter().zip(&want).enumerate() {
        assert!((g - w).abs() <= 1e-4 * w.abs(), "step {t}: loss {g} vs PyTorch {w}");
    }
    let bytes = std::fs::read(data.join("final.safetensors")).unwrap();
    let file = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let want = file.tensor("classifier.weight").unwrap();
    let want: Vec<f32> = want.data().chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
    let got = trained.tensor("classifier.weight").unwrap();
    let worst = got.iter().zip(&want).map(|(g, w)| (g - w).abs()).fold(0.0f32, f32::max);
    assert!(worst <= 1e-3 * want.iter().fold(1.0f32, |m, v| m.max(v.abs())), "classifier.weight: {worst}");
    let err = model.train(&training, &rows).unwrap_err().to_string();
    assert!(err.contains("label 255 at row 0, position [0, 0]"), "{err}");
}
