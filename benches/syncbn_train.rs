//! SyncBN forward + backward (one training step of a BatchNorm layer: statistics, all-reduce,
//! normalize, backward sums, all-reduce, input and parameter gradients, parameter all-reduce) on
//! R = 2 and 4 CPU replicas of [8, 64, 56, 56] f32 each, through the user's pipeline: the model,
//! `differentiate`, `lower`, `run`. Compared against JAX by `benches/peers/bench_syncbn.py --train`.

use std::collections::BTreeMap;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ndarray::{ArrayD, IxDyn};
use syncbn::ir::grad::grad_output_name;
use syncbn::ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};
use syncbn::passes::autodiff::differentiate;
use syncbn::passes::{lower, LowerOptions};
use syncbn::runtime::{run, RunOptions};

const SHARD: [usize; 4] = [8, 64, 56, 56];

/// One training-mode BatchNormalization over `[N, C, 56, 56]`.
fn batchnorm_model(c: usize) -> Graph {
    let mut g = Graph::new("syncbn_train");
    let shape = vec![Dim::Named("N".into()), Dim::Fixed(c as u64), Dim::Fixed(56), Dim::Fixed(56)];
    g.inputs.push(ValueInfo { name: "x".into(), dtype: DType::F32, shape });
    for (name, fill) in [("w", 1.0), ("b", 0.0), ("rm", 0.0), ("rv", 1.0)] {
        let source = InitSource::Fill { fill };
        g.initializers.push(Initializer { name: name.into(), dtype: DType::F32, shape: vec![c as u64], source });
    }
    let attrs = [("training_mode", Attr::Int(1)), ("epsilon", Attr::Float(1e-5)), ("momentum", Attr::Float(0.9))];
    g.nodes.push(Node {
        name: "bn".into(),
        op: "BatchNormalization".into(),
        inputs: ["x", "w", "b", "rm", "rv"].iter().map(|s| s.to_string()).collect(),
        outputs: ["y", "rm_out", "rv_out"].iter().map(|s| s.to_string()).collect(),
        attrs: attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    });
    g.outputs = vec!["y".into(), "rm_out".into(), "rv_out".into()];
    g
}

fn global(replicas: usize, salt: usize) -> ArrayD<f32> {
    let mut shape = SHARD;
    shape[0] *= replicas;
    let len: usize = shape.iter().product();
    let values = (0..len).map(|i| (((i + salt) * 7919) % 1000) as f32 * 1e-3 - 0.5).collect();
    ArrayD::from_shape_vec(IxDyn(&shape), values).expect("shape matches")
}

fn syncbn_train(c: &mut Criterion) {
    let mut group = c.benchmark_group("syncbn_train");
    group.sample_size(10).measurement_time(Duration::from_secs(10)).warm_up_time(Duration::from_secs(2));
    let training = differentiate(&batchnorm_model(SHARD[1]), &["y".to_string()]).expect("differentiable");
    for replicas in [2usize, 4] {
        let options = LowerOptions { replicas, ..LowerOptions::default() };
        let lowered = lower(&training, &options).expect("lowers").graph;
        let inputs: BTreeMap<String, ArrayD<f32>> =
            [("x".to_string(), global(replicas, 0)), (grad_output_name("y"), global(replicas, 17))]
                .into_iter()
                .collect();
        let base = RunOptions { replicas, inputs, ..Default::default() };
        group.bench_function(BenchmarkId::new("replicas", replicas), |b| {
            // Each sample is one run whose bench steps are the iterations; only the steps are timed.
            b.iter_custom(|iters| {
                let options = RunOptions { bench_steps: iters as usize, ..base.clone() };
                let result = run(&lowered, &options).expect("syncbn run");
                Duration::from_secs_f64(result.timings.step_ms.median * 1e-3 * iters as f64)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, syncbn_train);
criterion_main!(benches);
