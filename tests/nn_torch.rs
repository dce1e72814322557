//! syncbn::nn against PyTorch float64 (tests/fixtures/nn/cases.json, made by make_reference.py):
//! BatchNorm1d/2d/3d, affine on and off, momentum 0.1 and 0.01, train/eval switches, R = 1 to 4 with
//! uneven and empty shards and sync groups; forward outputs, running statistics and backward.

use std::path::{Path, PathBuf};

use ndarray::{arr1, Array1, ArrayD, ArrayViewD, Axis};
use ndarray_npy::read_npy;
use serde_json::Value;
use syncbn::nn::{BatchNorm, BatchNorm1d, BatchNorm2d, BatchNorm3d, BatchNormGrads, Dims};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nn")
}

fn npy<T: ndarray_npy::ReadableElement>(path: &Path) -> ArrayD<T> {
    read_npy(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Asserts equal shapes and `|got - want| <= tol * max(max|want|, 1)` element-wise.
fn assert_close(got: ArrayViewD<'_, f32>, want: &ArrayD<f64>, tol: f64, what: &str) {
    assert_eq!(got.shape(), want.shape(), "{what}: shape");
    let scale = want.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    for (i, (g, w)) in got.iter().zip(want.iter()).enumerate() {
        let err = (f64::from(*g) - w).abs();
        assert!(err <= tol * scale, "{what}[{i}]: {g} vs {w} (error {err:.3e}, scale {scale:.3e})");
    }
}

fn floats(v: &Value) -> Array1<f32> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap() as f32).collect()
}

/// The module of a case, with its weight and bias.
fn module<K: Dims>(case: &Value) -> BatchNorm<K> {
    let mut bn = BatchNorm::<K>::new(case["channels"].as_u64().unwrap() as usize)
        .momentum(case["momentum"].as_f64().unwrap())
        .affine(case["affine"].as_bool().unwrap())
        .group_size(case["group_size"].as_u64().unwrap() as usize);
    if bn.is_affine() {
        bn.set_affine_params(floats(&case["weight"]), floats(&case["bias"])).unwrap();
    }
    bn
}

/// Splits the global batch into consecutive shards of `rows` rows.
fn shards(x: &ArrayD<f32>, rows: &[usize]) -> Vec<ArrayD<f32>> {
    let mut start = 0;
    rows.iter()
        .map(|&n| {
            start += n;
            x.slice_axis(Axis(0), (start - n..start).into()).to_owned()
        })
        .collect()
}

fn concat(parts: &[ArrayD<f32>]) -> ArrayD<f32> {
    let views: Vec<_> = parts.iter().map(|p| p.view()).collect();
    ndarray::concatenate(Axis(0), &views).unwrap()
}

fn run_case<K: Dims>(case: &Value) {
    let name = case["name"].as_str().unwrap();
    let mut bn = module::<K>(case);
    let groups = case["replicas"].as_u64().unwrap() / case["group_size"].as_u64().unwrap();
    for (k, step) in case["steps"].as_array().unwrap().iter().enumerate() {
        let at = |file: &str| dir().join("modules").join(name).join(format!("step{k}_{file}.npy"));
        let what = |q: &str| format!("{name} step {k} {q}");
        match step["mode"].as_str().unwrap() {
            "train" => bn.train(),
            _ => bn.eval(),
        };
        let rows: Vec<usize> = step["rows"].as_array().unwrap().iter().map(|r| r.as_u64().unwrap() as usize).collect();
        let x = shards(&npy(&at("x")), &rows);
        let views: Vec<_> = x.iter().map(|s| s.view()).collect();
        let y = bn.forward(&views).unwrap_or_else(|e| panic!("{}: {e}", what("forward")));
        for (shard, want) in y.iter().zip(&rows) {
            assert_eq!(shard.shape()[0], *want, "{}", what("shard rows"));
        }
        assert_close(concat(&y).view(), &npy(&at("y")), 1e-5, &what("y"));
        let (means, vars): (ArrayD<f64>, ArrayD<f64>) = (npy(&at("running_mean")), npy(&at("running_var")));
        for g in 0..groups as usize {
            let (mean, var) = bn.group_running_stats(g).unwrap();
            assert_close(mean.into_dyn(), &means.index_axis(Axis(0), g).to_owned(), 1e-6, &what("running_mean"));
            assert_close(var.into_dyn(), &vars.index_axis(Axis(0), g).to_owned(), 1e-6, &what("running_var"));
        }
        assert_close(bn.running_mean().into_dyn(), &means.index_axis(Axis(0), 0).to_owned(), 1e-6, &what("getter"));
        if step["backward"].as_bool().unwrap() {
            let dy = shards(&npy(&at("dy")), &rows);
            let dys: Vec<_> = dy.iter().map(|s| s.view()).collect();
            let grads = bn.backward(&dys).unwrap_or_else(|e| panic!("{}: {e}", what("backward")));
            check_grads(&grads, bn.is_affine(), &at, &what);
        }
    }
}

fn check_grads(grads: &BatchNormGrads, affine: bool, at: &dyn Fn(&str) -> PathBuf, what: &dyn Fn(&str) -> String) {
    assert_close(concat(&grads.input).view(), &npy(&at("dx")), 1e-4, &what("dx"));
    assert_eq!(grads.weight.is_some(), affine, "{}", what("weight gradient present"));
    assert_eq!(grads.bias.is_some(), affine, "{}", what("bias gradient present"));
    if let (Some(dw), Some(db)) = (&grads.weight, &grads.bias) {
        assert_close(dw.view().into_dyn(), &npy(&at("dweight")), 1e-4, &what("dweight"));
        assert_close(db.view().into_dyn(), &npy(&at("dbias")), 1e-4, &what("dbias"));
    }
}

#[test]
fn modules_match_pytorch_float64() {
    let text = std::fs::read_to_string(dir().join("cases.json")).unwrap();
    let cases: Value = serde_json::from_str(&text).unwrap();
    let cases = cases["cases"].as_array().unwrap();
    assert!(cases.len() >= 8);
    for case in cases {
        match case["kind"].as_str().unwrap() {
            "1d" => run_case::<syncbn::nn::D1>(case),
            "2d" => run_case::<syncbn::nn::D2>(case),
            _ => run_case::<syncbn::nn::D3>(case),
        }
    }
}

#[test]
fn wrong_inputs_say_what_was_expected() {
    let x = ArrayD::<f32>::zeros(vec![2, 3, 4]);
    let err = BatchNorm2d::new(3).forward(&[x.view()]).unwrap_err().to_string();
    assert!(err.contains("BatchNorm2d shard 0") && err.contains("expected rank 4 (N, C, H, W)"), "{err}");
    let err = BatchNorm1d::new(4).forward(&[x.view()]).unwrap_err().to_string();
    assert!(err.contains("has 3 channels") && err.contains("expected C = 4"), "{err}");
    let err = BatchNorm1d::new(3).group_size(2).forward(&[x.view(), x.view(), x.view()]).unwrap_err().to_string();
    assert!(err.contains("got 3 shards; expected a multiple of the group size 2"), "{err}");
    let err = BatchNorm3d::new(3).forward(&[]).unwrap_err().to_string();
    assert!(err.contains("expected one per replica"), "{err}");
    let y = ArrayD::<f32>::zeros(vec![2, 3, 5]);
    let err = BatchNorm1d::new(3).forward(&[x.view(), y.view()]).unwrap_err().to_string();
    assert!(err.contains("shard 1") && err.contains("like shard 0"), "{err}");
    let one = ArrayD::<f32>::zeros(vec![1, 3]);
    let err = BatchNorm1d::new(3).forward(&[one.view()]).unwrap_err().to_string();
    assert!(err.contains("sync group 0") && err.contains("expected more than 1 when training"), "{err}");
    let err = BatchNorm1d::new(3).backward(&[x.view()]).unwrap_err().to_string();
    assert!(err.contains("expected a forward first"), "{err}");
    let mut bn = BatchNorm1d::new(3);
    bn.forward(&[x.view()]).unwrap();
    let err = bn.backward(&[y.view()]).unwrap_err().to_string();
    assert!(err.contains("gradient shard 0") && err.contains("expected [2, 3, 4]"), "{err}");
    let err = bn.set_affine_params(arr1(&[1.0, 1.0]), arr1(&[0.0, 0.0, 0.0])).unwrap_err().to_string();
    assert!(err.contains("weight: has 2 values; expected 3"), "{err}");
    let err = BatchNorm1d::new(3).momentum(1.5).forward(&[x.view()]).unwrap_err().to_string();
    assert!(err.contains("BatchNorm1d momentum: is 1.5; expected a value in [0, 1]"), "{err}");
    let err = BatchNorm1d::new(3).eps(0.0).forward(&[x.view()]).unwrap_err().to_string();
    assert!(err.contains("BatchNorm1d eps: is 0; expected a finite value > 0"), "{err}");
    let mut grouped = BatchNorm1d::new(3).group_size(1);
    grouped.forward(&[x.view(), x.view()]).unwrap();
    let err = grouped.forward(&[x.view(), x.view(), x.view()]).unwrap_err().to_string();
    assert!(err.contains("got shards for 3 sync groups; expected 2 groups"), "{err}");
}

#[test]
fn a_sync_group_of_empty_shards_in_eval_mode_gives_empty_outputs() {
    let x = ArrayD::from_shape_fn(vec![3, 2, 4], |i| (i[0] * 8 + i[1] * 4 + i[2]) as f32);
    let empty = ArrayD::<f32>::zeros(vec![0, 2, 4]);
    let mut bn = BatchNorm1d::new(2).group_size(2);
    bn.forward(&[x.view(), x.view(), x.view(), x.view()]).unwrap();
    bn.eval();
    let y = bn.forward(&[x.view(), x.view(), empty.view(), empty.view()]).unwrap();
    assert_eq!(y.iter().map(|y| y.shape()[0]).collect::<Vec<_>>(), vec![3, 3, 0, 0]);
    let grads = bn.backward(&[x.view(), x.view(), empty.view(), empty.view()]).unwrap();
    assert_eq!(grads.input[3].shape(), &[0, 2, 4]);
    // In eval mode dx = dy * weight / sqrt(running_var + eps), the same for both groups' identical stats.
    let (_, var) = bn.group_running_stats(1).unwrap();
    let want = x[[1, 1, 2]] / (var[1] + 1e-5).sqrt();
    assert!((grads.input[0][[1, 1, 2]] - want).abs() < 1e-4 * want.abs(), "{} vs {want}", grads.input[0][[1, 1, 2]]);
}
