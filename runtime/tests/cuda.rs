//! The CUDA path: SyncBN on GPUs equals the float64 reference. Built with `--features cuda` only;
//! every test needs a CUDA GPU and is ignored by default (`cargo test --features cuda -- --ignored`
//! runs them, failing without a GPU).
#![cfg(feature = "cuda")]

mod common;

use std::time::{Duration, Instant};

use common::*;
use syncbn_runtime::{run, DeviceKind, Fault, RunError, RunOptions};

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

/// A replica that fails on one of two GPUs ends the run with an error naming it, well within the
/// watchdog's timeout (the device polls every stream and communicator, then aborts the
/// communicators before the GPUs are torn down), and the GPUs run the model again afterwards.
#[test]
#[ignore = "needs a GPU"]
fn a_failing_replica_stops_every_replica_with_an_error() {
    assert!(gpus() >= 2, "this test needs two CUDA GPUs (NCCL between them)");
    let p = BnParams::new(3);
    let x = random_input(5, 3, &[7, 5], 1.0, 2.0, 13);
    let g = bn_graph(&[7, 5], &p, 2);
    let base = RunOptions { replicas: 2, device: DeviceKind::Cuda, inputs: inputs_x(x), ..Default::default() };
    for step in [0, 1] {
        let opts = RunOptions {
            fault: Some(Fault { replica: 1, step, panic: false }),
            timeout: Duration::from_secs(20),
            bench_steps: 2,
            ..base.clone()
        };
        let start = Instant::now();
        let err = run(&g, &opts).expect_err("the injected failure ends the run");
        assert!(matches!(err, RunError::ReplicaFailed { replica: 1, .. }), "step {step}: {err:?}");
        assert!(start.elapsed() < Duration::from_secs(20), "step {step}: the failed run took {:?}", start.elapsed());
    }
    run(&g, &base).unwrap_or_else(|e| panic!("the GPUs after the aborted runs: {e}"));
}

/// Communicators over two GPUs report no asynchronous error before or after a grouped all-reduce,
/// sum as NCCL documents, and abort when dropped.
#[test]
#[ignore = "needs a GPU"]
fn nccl_communicators_poll_clean_and_abort_on_drop() {
    use cudarc::driver::CudaContext;
    use syncbn_runtime::cuda_nccl::NcclComm;
    assert!(gpus() >= 2, "this test needs two CUDA GPUs (NCCL between them)");
    let streams: Vec<_> = (0..2).map(|g| CudaContext::new(g).unwrap().new_stream().unwrap()).collect();
    let comms = NcclComm::for_devices(&streams).unwrap_or_else(|e| panic!("{e}"));
    comms.iter().for_each(|c| c.async_error().unwrap_or_else(|e| panic!("idle: {e}")));
    let sends: Vec<_> = (0..2).map(|g| streams[g].clone_htod(&[g as f32 + 1.0; 7]).unwrap()).collect();
    let mut recvs: Vec<_> = streams.iter().map(|s| s.alloc_zeros::<f32>(7).unwrap()).collect();
    cudarc::nccl::result::group_start().unwrap();
    for ((c, s), r) in comms.iter().zip(&sends).zip(recvs.iter_mut()) {
        c.all_reduce_sum(s, r).unwrap_or_else(|e| panic!("{e}"));
    }
    cudarc::nccl::result::group_end().unwrap();
    for (s, r) in streams.iter().zip(&recvs) {
        assert_eq!(s.clone_dtoh(r).unwrap(), vec![3.0f32; 7]);
    }
    comms.iter().for_each(|c| c.async_error().unwrap_or_else(|e| panic!("after the all-reduce: {e}")));
    drop(comms);
}
