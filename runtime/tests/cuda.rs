//! The CUDA path: SyncBN on GPUs equals the float64 reference. Built with `--features cuda` only;
//! every test needs a CUDA GPU and is ignored by default (`cargo test --features cuda -- --ignored`
//! runs them, failing without a GPU).
#![cfg(feature = "cuda")]

mod common;

use common::*;
use syncbn_runtime::{run, DeviceKind, RunError, RunOptions};

/// The number of CUDA GPUs, at least one.
fn gpus() -> usize {
    let n = syncbn_runtime::cuda::gpu_count().unwrap_or_else(|e| panic!("no CUDA GPU: {e}"));
    assert!(n > 0, "no CUDA GPU: the driver reports 0 devices");
    n
}

#[test]
#[ignore = "needs a GPU"]
fn syncbn_on_gpus_matches_the_reference() {
    let n = gpus();
    let p = BnParams::new(7);
    for replicas in [1, n.min(2), n.min(4)] {
        for (spatial, mean) in [(&[7u64, 5][..], 1.0f32), (&[3, 4, 2][..], 1e4)] {
            let x = random_input(2 * replicas + 1, 7, spatial, mean, 1.0, 5);
            let g = bn_graph(spatial, &p, replicas as i64);
            let opts =
                RunOptions { replicas, device: DeviceKind::Cuda, inputs: inputs_x(x.clone()), ..Default::default() };
            let r = run(&g, &opts).unwrap_or_else(|e| panic!("CUDA run on {replicas} GPUs: {e}"));
            let reference = reference_bn(&x, 0..x.shape()[0], &p);
            assert_close(r.output("y").unwrap().as_slice().unwrap(), &reference.y, 1e-5, "y");
            assert_close(
                r.output("bn.running_var_out").unwrap().as_slice().unwrap(),
                &reference.running_var,
                1e-5,
                "var",
            );
            let again = run(&g, &opts).unwrap();
            assert_eq!(r.output("y"), again.output("y"), "two GPU runs differ");
        }
    }
}

#[test]
#[ignore = "needs a GPU"]
fn more_replicas_than_gpus_is_a_clear_error() {
    let n = gpus();
    let g = bn_graph(&[2], &BnParams::new(3), 0);
    let opts = RunOptions { replicas: n + 1, device: DeviceKind::Cuda, ..Default::default() };
    let err = run(&g, &opts).unwrap_err();
    assert!(matches!(err, RunError::DeviceUnavailable(_)), "{err:?}");
    assert_eq!(err.exit_code(), 2);
}

/// Sync groups of one replica need no NCCL (their all-reduce is a device copy): each GPU
/// normalizes its own shard, as the float64 reference over that shard does.
#[test]
#[ignore = "needs a GPU"]
fn groups_of_one_run_without_nccl() {
    let n = gpus().min(2);
    let p = BnParams::new(3);
    let x = random_input(2 * n + 1, 3, &[7, 5], 1.0, 2.0, 11);
    let g = bn_graph(&[7, 5], &p, 1);
    let opts = RunOptions {
        replicas: n,
        group_size: Some(1),
        device: DeviceKind::Cuda,
        inputs: inputs_x(x.clone()),
        ..Default::default()
    };
    let r = run(&g, &opts).unwrap_or_else(|e| panic!("CUDA run of {n} groups of one: {e}"));
    let y = r.output("y").unwrap().as_slice().unwrap().to_vec();
    let per_row = 3 * 7 * 5;
    for (replica, rows) in shards(x.shape()[0], n).into_iter().enumerate() {
        let want = reference_bn(&x, rows.clone(), &p);
        assert_close(&y[rows.start * per_row..rows.end * per_row], &want.y, 1e-5, &format!("replica {replica}: y"));
    }
}
