//! Training failures on CPU threads that share one parameter copy and read each other's weight
//! gradients in the update: a replica that fails or panics at a step stops every replica with an
//! error naming it and the step, never a hang or a crash (tests/fixtures/resnet_mini, 4 replicas).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use syncbn_ir::{Limits, TypedGraph};
use syncbn_passes::training::{training_graph, LossChoice, LossScale as PassScale};
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::train::data::{read_labels, DataInput, Labels};
use syncbn_runtime::train::{initial_state, train, Dataset, LossScale, LrSchedule, Sgd, TrainOptions, TrainSpec};
use syncbn_runtime::{DeviceKind, Fault, RunError};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// Trains resnet_mini with cross-entropy on 4 CPU replicas, batch 6, 6 steps, with `fault`.
fn train_with(fault: Option<Fault>) -> Result<Vec<f64>, RunError> {
    let (graph, info) = syncbn_ir::load_typed(&fixtures().join("resnet_mini/train.onnx"), &Limits::default()).unwrap();
    let model = TypedGraph { graph: &graph, info: &info };
    let t = training_graph(&model, &LossChoice::CrossEntropy(None), None).unwrap();
    let lowered = lower(&t, &LowerOptions { replicas: 4, ..Default::default() }).unwrap().graph;
    assert_eq!(t.scale, PassScale::ShardSum, "a mean cross-entropy sums over the shard");
    let spec = TrainSpec {
        loss: t.loss.clone(),
        scale: LossScale::ShardSum,
        seed: t.seed.clone(),
        params: t.params.clone(),
        stats: t.stats.clone(),
        label_weights: Default::default(),
    };
    let x = DataInput::open(&lowered, "x", &fixtures().join("train/x.npy")).unwrap();
    let l = t.labels.as_ref().unwrap();
    let labels = read_labels(&fixtures().join("train/labels.npy")).unwrap();
    let labels =
        Labels::new(&lowered, &l.input, labels.view(), l.classes, l.ignore_index, "labels.npy".into()).unwrap();
    let data = Dataset::new(vec![x], Some(labels), 6).unwrap();
    let options = TrainOptions {
        replicas: 4,
        device: DeviceKind::Cpu,
        group_size: None,
        batch: 6,
        steps: 6,
        stop_after: None,
        shuffle: None,
        sgd: Sgd {
            lr: 0.1,
            momentum: 0.9,
            nesterov: false,
            weight_decay: 5e-4,
            schedule: LrSchedule::Constant,
            warmup: 0,
        },
        save: None,
        save_every: None,
        timeout: Duration::from_secs(30),
        progress: None,
        cache: syncbn_codegen::KernelCache::disabled(),
        profile: false,
        fault,
    };
    let state = initial_state(&lowered, &spec).unwrap();
    train(&lowered, &spec, &data, state, &options).map(|r| r.losses)
}

#[test]
fn a_replica_failing_or_panicking_stops_every_replica_naming_it_and_the_step() {
    assert_eq!(train_with(None).unwrap().len(), 6, "the loop runs without a fault");
    for (replica, step, panic) in [(2, 3, false), (0, 0, false), (3, 5, true), (1, 2, true)] {
        let started = Instant::now();
        let err = train_with(Some(Fault { replica, step, panic })).unwrap_err();
        match &err {
            RunError::ReplicaFailed { replica: r, step: s, .. } => assert_eq!((*r, *s), (replica, step), "{err}"),
            other => panic!("expected ReplicaFailed for replica {replica} at step {step}, got {other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(20), "replica {replica}: no waiting for a timeout");
    }
}
