//! The PyTorch-exported fixtures of `tests/fixtures/` (JSON forms), lowered and run on 1, 2 and 4
//! CPU replicas (6 images: uneven shards on 4), match PyTorch's train-mode outputs and running
//! statistics, and its eval-mode output, within 1e-4 relative.

mod common;

use std::path::PathBuf;

use common::assert_close;
use ndarray::ArrayD;
use ndarray_npy::read_npy;
use syncbn_ir::Limits;
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::{run, RunOptions};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name)
}

fn npy(path: PathBuf) -> ArrayD<f32> {
    read_npy(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn run_fixture(name: &str, mode: &str, replicas: usize) -> Result<syncbn_runtime::RunResult, String> {
    let dir = fixture(name);
    let graph =
        syncbn_ir::load_model(&dir.join(format!("{mode}.json")), &Limits::default()).map_err(|e| e.to_string())?;
    let lowered = lower(&graph, &LowerOptions { replicas, ..Default::default() }).map_err(|e| e.to_string())?.graph;
    let inputs = [("x".to_string(), npy(dir.join("input.npy")))].into();
    run(&lowered, &RunOptions { replicas, inputs, ..Default::default() }).map_err(|e| e.to_string())
}

fn check(name: &str, mode: &str, replicas: usize) {
    let got = run_fixture(name, mode, replicas).unwrap_or_else(|e| panic!("{name} {mode} R={replicas}: {e}"));
    let expected = fixture(name).join("expected").join(mode);
    let mut checked = 0;
    for out in &got.outputs {
        let want = npy(expected.join(format!("{}.npy", out.name)));
        let what = format!("{name} {mode} R={replicas}: {}", out.name);
        assert_eq!(out.array.shape(), want.shape(), "{what}");
        let want: Vec<f64> = want.iter().map(|&v| f64::from(v)).collect();
        assert_close(out.array.as_slice().unwrap(), &want, 1e-4, &what);
        checked += 1;
    }
    assert!(checked >= 1, "{name} {mode}: no outputs compared");
}

#[test]
fn cnn_fixtures_match_pytorch_on_1_2_4_replicas() {
    for name in ["ops_mini", "resnet_mini", "mobilenetv2_mini", "segnet_mini"] {
        for replicas in [1, 2, 4] {
            check(name, "train", replicas);
        }
        check(name, "eval", 1);
        check(name, "eval", 4);
    }
}
