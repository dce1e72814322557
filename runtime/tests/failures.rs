//! Failures: a replica that fails or panics mid-step stops every replica with an error naming it
//! (exit class 1, no hang); bad options and bad inputs are errors of exit class 2.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::*;
use ndarray::{ArrayD, IxDyn};
use syncbn_ir::{Limits, TypedGraph};
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_runtime::{run, DeviceKind, Fault, RunError, RunOptions};

fn options(x: ArrayD<f32>, replicas: usize) -> RunOptions {
    RunOptions { replicas, inputs: inputs_x(x), timeout: Duration::from_secs(60), ..Default::default() }
}

fn graph() -> syncbn_ir::Graph {
    bn_graph(&[7, 5], &BnParams::new(3), 0)
}

#[test]
fn a_replica_returning_an_error_mid_step_stops_all_and_is_named() {
    for (replica, step) in [(0, 0), (2, 0), (3, 2)] {
        let mut opts = options(random_input(9, 3, &[7, 5], 0.0, 1.0, 1), 4);
        opts.bench_steps = 3;
        opts.fault = Some(Fault { replica, step, panic: false });
        let err = run(&graph(), &opts).unwrap_err();
        match &err {
            RunError::ReplicaFailed { replica: r, step: s, message } => {
                assert_eq!((*r, *s), (replica, step), "{err}");
                assert!(message.contains("injected failure"), "{message}");
            }
            other => panic!("expected ReplicaFailed, got {other:?}"),
        }
        assert_eq!(err.exit_code(), 1);
        assert!(err.to_string().contains(&format!("replica {replica}")), "{err}");
    }
}

#[test]
fn a_panicking_replica_stops_all_and_is_named() {
    let mut opts = options(random_input(8, 3, &[7, 5], 0.0, 1.0, 2), 3);
    opts.fault = Some(Fault { replica: 1, step: 0, panic: true });
    let err = run(&graph(), &opts).unwrap_err();
    assert!(matches!(err, RunError::ReplicaFailed { replica: 1, .. }), "{err:?}");
    assert!(err.to_string().contains("panicked"), "{err}");
    assert_eq!(err.exit_code(), 1);
}

#[test]
fn a_failure_in_one_group_stops_the_other_group_too() {
    let mut opts = options(random_input(8, 3, &[7, 5], 0.0, 1.0, 3), 4);
    opts.group_size = Some(2);
    opts.bench_steps = 2;
    opts.fault = Some(Fault { replica: 3, step: 1, panic: false });
    let err = run(&bn_graph(&[7, 5], &BnParams::new(3), 2), &opts).unwrap_err();
    assert!(matches!(err, RunError::ReplicaFailed { replica: 3, step: 1, .. }), "{err:?}");
}

/// A gradient step of tests/fixtures/resnet_mini on 4 replicas (differentiated in `y`), whose
/// parameter-gradient bucket the threads sum after the step, each reading every replica's
/// gradients: a replica that fails or panics in the step or in a bench step stops every replica
/// with an error naming it and the step, within seconds.
#[test]
fn a_failure_in_a_gradient_step_stops_every_replica_naming_it() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/resnet_mini");
    let (graph, info) = syncbn_ir::load_typed(&fixture.join("train.onnx"), &Limits::default()).unwrap();
    let step = differentiate(&TypedGraph { graph: &graph, info: &info }, &["y".to_string()]).unwrap();
    let lowered = lower(&step, &LowerOptions { replicas: 4, ..Default::default() }).unwrap().graph;
    let read = |name: &str| -> ArrayD<f32> { ndarray_npy::read_npy(fixture.join(name)).unwrap() };
    let inputs =
        BTreeMap::from([("x".to_string(), read("input.npy")), ("grad_output/y".to_string(), read("grad_output.npy"))]);
    let opts = |fault| RunOptions {
        replicas: 4,
        inputs: inputs.clone(),
        bench_steps: 3,
        timeout: Duration::from_secs(60),
        fault,
        ..Default::default()
    };
    let whole = run(&lowered, &opts(None)).unwrap();
    assert!(whole.outputs.iter().any(|o| o.name.starts_with("grad/") && o.array.iter().any(|&v| v != 0.0)));
    for fault in [Fault { replica: 2, step: 1, panic: false }, Fault { replica: 0, step: 3, panic: true }] {
        let started = Instant::now();
        let err = run(&lowered, &opts(Some(fault))).unwrap_err();
        match &err {
            RunError::ReplicaFailed { replica, step, .. } => assert_eq!((*replica, *step), (fault.replica, fault.step)),
            other => panic!("expected ReplicaFailed, got {other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(20), "{fault:?} took {:?}", started.elapsed());
    }
}

fn expect_input_error(result: Result<syncbn_runtime::RunResult, RunError>, needle: &str) {
    let err = result.expect_err("expected an error");
    assert_eq!(err.exit_code(), 2, "{err}");
    assert!(err.to_string().contains(needle), "{err:?} should mention {needle:?}");
}

#[test]
fn bad_options_are_exit_2() {
    let x = random_input(4, 3, &[7, 5], 0.0, 1.0, 4);
    expect_input_error(run(&graph(), &options(x.clone(), 0)), "replicas");
    let mut opts = options(x.clone(), 4);
    opts.group_size = Some(3);
    expect_input_error(run(&graph(), &opts), "divisor");
    opts.group_size = Some(0);
    expect_input_error(run(&graph(), &opts), "group_size");
    // The graph was compiled for groups of 2; running it with groups of 4 is refused.
    let g2 = bn_graph(&[7, 5], &BnParams::new(3), 2);
    expect_input_error(run(&g2, &options(x, 4)), "compiled for groups of 2");
    assert!("tpu".parse::<DeviceKind>().is_err());
}

#[test]
fn cuda_without_a_gpu_is_a_clear_exit_2() {
    let mut opts = options(random_input(4, 3, &[7, 5], 0.0, 1.0, 5), 1);
    opts.device = DeviceKind::Cuda;
    match run(&graph(), &opts) {
        Err(e) => {
            assert_eq!(e.exit_code(), 2, "{e}");
            assert!(matches!(e, RunError::DeviceUnavailable(_)), "{e:?}");
            println!("SKIPPED: no CUDA GPU ({e})");
        }
        Ok(r) => assert_eq!(r.output("y").unwrap().shape(), &[4, 3, 7, 5]),
    }
}

#[test]
fn bad_inputs_are_exit_2_and_named() {
    let g = graph();
    let x = random_input(4, 3, &[7, 5], 0.0, 1.0, 6);
    let mut unknown = inputs_x(x.clone());
    unknown.insert("z".into(), x.clone());
    let run_with =
        |inputs: BTreeMap<String, ArrayD<f32>>| run(&g, &RunOptions { replicas: 2, inputs, ..Default::default() });
    expect_input_error(run_with(unknown), "\"z\"");
    let wrong_rank = ArrayD::<f32>::zeros(IxDyn(&[4, 3, 35]));
    expect_input_error(run_with(inputs_x(wrong_rank)), "rank 3");
    let wrong_dim = ArrayD::<f32>::zeros(IxDyn(&[4, 3, 7, 6]));
    expect_input_error(run_with(inputs_x(wrong_dim)), "axis 3 is 6");
    let mut two_inputs = graph();
    two_inputs.inputs.push(syncbn_ir::ValueInfo {
        name: "w".into(),
        dtype: syncbn_ir::DType::F32,
        shape: input_shape(3, &[]),
    });
    let missing = run(&two_inputs, &RunOptions { inputs: inputs_x(x), ..Default::default() });
    expect_input_error(missing, "\"w\"");
}

#[test]
fn explicit_shard_rows_split_the_batch_and_are_checked() {
    let x = random_input(6, 3, &[7, 5], 0.0, 1.0, 3);
    let even = run(&graph(), &options(x.clone(), 3)).unwrap();
    let uneven = RunOptions { shard_rows: Some(vec![0, 5, 1]), ..options(x.clone(), 3) };
    let result = run(&graph(), &uneven).unwrap();
    // Synchronized statistics do not depend on how the batch is split.
    let (a, b) = (even.output("y").unwrap(), result.output("y").unwrap());
    assert!(a.iter().zip(b).all(|(p, q)| (p - q).abs() <= 1e-6 * p.abs().max(1.0)));
    for rows in [vec![2, 2], vec![2, 2, 1], vec![6, 1, 0]] {
        let bad = RunOptions { shard_rows: Some(rows.clone()), ..options(x.clone(), 3) };
        let err = run(&graph(), &bad).unwrap_err();
        assert!(matches!(err, RunError::Options { option: "shard_rows", .. }), "{rows:?}: {err:?}");
        assert!(
            err.to_string().contains("expected 3 entries (one per replica) summing to the global batch 6"),
            "{err}"
        );
        assert_eq!(err.exit_code(), 2);
    }
}
