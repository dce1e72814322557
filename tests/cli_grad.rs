//! `syncbn-compile --run --grad-output` end to end: the synchronized backward on R CPU replicas
//! against PyTorch's autograd over the global batch (the committed fixtures: BatchNorm-only models of
//! rank 2 to 5, a ResNet block, and the four CNNs), on 1 to 4 replicas with uneven shards; the
//! hard-mean case against a float64 BatchNorm backward; and the gradient files' layout.

mod common;

use std::path::Path;

use common::{assert_close, assert_close_to_scale, npy, root, scale_of, syncbn};
use ndarray::{ArrayD, Axis, IxDyn};
use ndarray_npy::write_npy;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Runs `fixture`'s train.onnx with its input and upstream gradient on `replicas` replicas into `out`.
fn run_fixture(fixture: &str, replicas: usize, out: &Path) -> String {
    let base = format!("tests/fixtures/{fixture}");
    let (model, x, dy) =
        (format!("{base}/train.onnx"), format!("x={base}/input.npy"), format!("y={base}/grad_output.npy"));
    let r = replicas.to_string();
    let out = out.to_str().unwrap();
    let output = syncbn(&[&model, "--run", "--replicas", &r, "--input", &x, "--grad-output", &dy, "-o", out]);
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Every gradient PyTorch wrote under `expected/grad/` matches `DIR/grad/` within 1e-4 of the
/// tensor's scale, and so do the forward outputs under `expected/train/`. A gradient that is zero in
/// exact arithmetic (the bias of a BatchNorm whose output feeds another BatchNorm through a Conv) is
/// rounding noise in both; it is held to 1e-4 of a thousandth of the fixture's largest gradient.
fn check_fixture(fixture: &str, replicas: usize) {
    let dir = tempfile::tempdir().unwrap();
    run_fixture(fixture, replicas, dir.path());
    let expected = root().join("tests/fixtures").join(fixture).join("expected");
    let references = |sub: &str| -> Vec<(std::path::PathBuf, ArrayD<f32>)> {
        let paths = std::fs::read_dir(expected.join(sub)).unwrap().map(|e| e.unwrap().path());
        paths.map(|p| (p.clone(), npy(&p))).collect()
    };
    let grads = references("grad");
    let floor = 1e-3 * grads.iter().fold(0.0f64, |m, (_, g)| m.max(scale_of(g)));
    let mut compared = 0;
    for (sub, got_dir, floor) in [("grad", dir.path().join("grad"), floor), ("train", dir.path().to_path_buf(), 0.0)] {
        let refs = if sub == "grad" { grads.clone() } else { references(sub) };
        for (path, want) in refs {
            let name = path.file_name().unwrap();
            let what = format!("{fixture} on {replicas} replicas, {sub}/{}", name.to_string_lossy());
            assert_close(&npy(&got_dir.join(name)), &want, 1e-4, floor, &what);
            compared += 1;
        }
    }
    assert!(compared >= 4, "{fixture}: only {compared} references compared");
}

#[test]
fn batchnorm_only_gradients_of_rank_2_to_5_match_pytorch_on_1_to_4_replicas() {
    for fixture in ["bn_rank2", "bn_rank3", "bn_rank4", "bn_rank5"] {
        for replicas in 1..=4 {
            check_fixture(fixture, replicas);
        }
    }
}

#[test]
fn resnet_block_gradients_match_pytorch_on_1_to_4_replicas() {
    for replicas in 1..=4 {
        check_fixture("resnet_block", replicas);
    }
}

#[test]
fn resnet_and_mobilenet_gradients_match_pytorch_on_1_to_4_replicas() {
    for fixture in ["resnet_mini", "mobilenetv2_mini", "wide_mini"] {
        for replicas in 1..=4 {
            check_fixture(fixture, replicas);
        }
    }
}

#[test]
fn segmentation_and_ops_gradients_match_pytorch_on_1_to_4_replicas() {
    for fixture in ["segnet_mini", "ops_mini"] {
        for replicas in 1..=4 {
            check_fixture(fixture, replicas);
        }
    }
}

/// Eight replicas for a global batch of six: two shards are empty.
#[test]
fn empty_shards_contribute_nothing_to_the_gradients() {
    check_fixture("bn_rank4", 8);
    check_fixture("resnet_block", 8);
}

/// Float64 BatchNorm backward over the whole batch: (dX, d_scale, d_B), for scale `scale`.
fn batchnorm_backward(x: &ArrayD<f32>, dy: &ArrayD<f32>, scale: &[f64]) -> (ArrayD<f64>, Vec<f64>, Vec<f64>) {
    let (x, dy) = (x.mapv(f64::from), dy.mapv(f64::from));
    let mut dx = ArrayD::zeros(x.raw_dim());
    let (mut d_scale, mut d_bias) = (Vec::new(), Vec::new());
    for (c, &gamma) in scale.iter().enumerate().take(x.shape()[1]) {
        let (xc, dyc) = (x.index_axis(Axis(1), c), dy.index_axis(Axis(1), c));
        let n = xc.len() as f64;
        let mean = xc.sum() / n;
        let inv_std = 1.0 / (xc.mapv(|v| (v - mean) * (v - mean)).sum() / n + 1e-5).sqrt();
        let db = dyc.sum();
        let ds = (&dyc * &xc.mapv(|v| (v - mean) * inv_std)).sum();
        let mut out = dx.index_axis_mut(Axis(1), c);
        for ((o, &g), &v) in out.iter_mut().zip(dyc.iter()).zip(xc.iter()) {
            *o = gamma * inv_std * (g - db / n - (v - mean) * inv_std * ds / n);
        }
        d_scale.push(ds);
        d_bias.push(db);
    }
    (dx, d_scale, d_bias)
}

/// |mean|/std = 1e4 (docs/architecture.md section 6): the gradients still match a float64 backward, because
/// the backward sums are formed around the split mean in f64.
#[test]
fn hard_mean_gradients_match_a_float64_backward() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let x =
        ArrayD::from_shape_fn(IxDyn(&[6, 3, 7, 5]), |i| (1e4 * (1.0 + i[1] as f64) + rng.gen_range(-1.0..1.0)) as f32);
    let dy = ArrayD::from_shape_fn(IxDyn(&[6, 3, 7, 5]), |_| rng.gen_range(-1.0f32..1.0));
    let dir = tempfile::tempdir().unwrap();
    let (xf, dyf) = (dir.path().join("x.npy"), dir.path().join("dy.npy"));
    write_npy(&xf, &x).unwrap();
    write_npy(&dyf, &dy).unwrap();
    let weight = bn_weight("bn_rank4");
    let (dx, d_scale, d_bias) = batchnorm_backward(&x, &dy, &weight);
    for replicas in [1, 3, 4] {
        let out = dir.path().join(format!("r{replicas}"));
        let (x_arg, dy_arg) = (format!("x={}", xf.display()), format!("y={}", dyf.display()));
        let r = replicas.to_string();
        let model = "tests/fixtures/bn_rank4/train.onnx";
        syncbn(&[
            model,
            "--run",
            "--replicas",
            &r,
            "--input",
            &x_arg,
            "--grad-output",
            &dy_arg,
            "-o",
            out.to_str().unwrap(),
        ]);
        let what = |n: &str| format!("hard mean on {replicas} replicas, grad of {n}");
        assert_close_to_scale(&npy(&out.join("grad/x.npy")), &dx.mapv(|v| v as f32), 1e-4, &what("x"));
        let vec = |v: &[f64]| ArrayD::from_shape_vec(IxDyn(&[v.len()]), v.iter().map(|&e| e as f32).collect()).unwrap();
        assert_close_to_scale(&npy(&out.join("grad/bn.weight.npy")), &vec(&d_scale), 1e-4, &what("bn.weight"));
        assert_close_to_scale(&npy(&out.join("grad/bn.bias.npy")), &vec(&d_bias), 1e-4, &what("bn.bias"));
    }
}

/// The BatchNorm scale of a fixture, read from its JSON form.
fn bn_weight(fixture: &str) -> Vec<f64> {
    let path = root().join("tests/fixtures").join(fixture).join("train.json");
    let graph = syncbn_ir::load_model(&path, &syncbn_ir::Limits::default()).unwrap();
    let init = graph.initializer("bn.weight").expect("bn.weight");
    syncbn_ir::data::initializer_values(&graph, init, &syncbn_ir::Limits::default()).unwrap()
}

/// The run prints the backward's collectives and writes one file per input and parameter under
/// `grad/`, named like PyTorch's parameters.
#[test]
fn gradient_files_are_named_like_the_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let text = run_fixture("resnet_block", 4, dir.path());
    assert!(text.contains("backward"), "the summary reports the backward collectives:\n{text}");
    let names = |d: &Path| {
        let mut v: Vec<String> =
            std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    };
    assert_eq!(names(&dir.path().join("grad")), names(&root().join("tests/fixtures/resnet_block/expected/grad")));
}

/// Groups of 2 on 4 replicas (shards of 2, 2, 1, 1 rows): each group's BatchNorm backward runs over
/// its own rows, and the parameter gradients are summed over both groups.
#[test]
fn sync_groups_normalize_per_group_and_sum_parameter_gradients_over_all() {
    let base = root().join("tests/fixtures/bn_rank4");
    let (x, dy) = (npy(&base.join("input.npy")), npy(&base.join("grad_output.npy")));
    let weight = bn_weight("bn_rank4");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let (x_arg, dy_arg) =
        (format!("x={}", base.join("input.npy").display()), format!("y={}", base.join("grad_output.npy").display()));
    let model = "tests/fixtures/bn_rank4/train.onnx";
    syncbn(&[
        model,
        "--run",
        "--replicas",
        "4",
        "--group-size",
        "2",
        "--input",
        &x_arg,
        "--grad-output",
        &dy_arg,
        "-o",
        out,
    ]);
    let (mut dx, mut d_scale, mut d_bias) = (Vec::new(), vec![0.0; 3], vec![0.0; 3]);
    for rows in [0..4, 4..6] {
        let part = |a: &ArrayD<f32>| a.slice_axis(Axis(0), rows.clone().into()).to_owned();
        let (g_dx, g_scale, g_bias) = batchnorm_backward(&part(&x), &part(&dy), &weight);
        dx.extend(g_dx.iter().map(|&v| v as f32));
        for c in 0..3 {
            d_scale[c] += g_scale[c];
            d_bias[c] += g_bias[c];
        }
    }
    let dx = ArrayD::from_shape_vec(x.raw_dim(), dx).unwrap();
    assert_close_to_scale(&npy(&dir.path().join("grad/x.npy")), &dx, 1e-4, "groups: grad of x");
    let vec = |v: &[f64]| ArrayD::from_shape_vec(IxDyn(&[v.len()]), v.iter().map(|&e| e as f32).collect()).unwrap();
    assert_close_to_scale(&npy(&dir.path().join("grad/bn.weight.npy")), &vec(&d_scale), 1e-4, "groups: bn.weight");
    assert_close_to_scale(&npy(&dir.path().join("grad/bn.bias.npy")), &vec(&d_bias), 1e-4, "groups: bn.bias");
}
