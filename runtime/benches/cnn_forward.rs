//! ResNet-18-shaped network of reduced width (examples/resnet18_torch.json: 8 to 64 channels) forward
//! with SyncBN on 4 CPU replicas x 2 images of 3x32x32: Conv through the CPU op table, lowered
//! BatchNorm; with each BatchNorm's statistics taken image by image inside its convolution's step
//! (`hot`, the default) and in a step of their own (`separate`), in the same run.

use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ndarray::{ArrayD, IxDyn};
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::{run, RunOptions};

const REPLICAS: usize = 4;

fn resnet18_forward(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/resnet18_torch.json");
    let graph = syncbn_ir::load_model(&path, &syncbn_ir::Limits::default()).expect("resnet18 example");
    let lowered = lower(&graph, &LowerOptions { replicas: REPLICAS, ..Default::default() }).expect("lowering").graph;
    let shape = [2 * REPLICAS, 3, 32, 32];
    let len: usize = shape.iter().product();
    let x = ArrayD::from_shape_vec(IxDyn(&shape), (0..len).map(|i| ((i * 7919) % 1000) as f32 * 2e-3 - 1.0).collect())
        .expect("input");
    let name = graph.inputs[0].name.clone();
    let base = RunOptions { replicas: REPLICAS, inputs: [(name, x)].into_iter().collect(), ..Default::default() };
    let mut group = c.benchmark_group("cnn_forward");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(2));
    for (statistics, hot_reductions) in [("hot", true), ("separate", false)] {
        group.bench_function(BenchmarkId::new("resnet18_4x2x3x32x32", statistics), |b| {
            // Each sample is one run whose bench steps are the iterations; only the steps are timed.
            b.iter_custom(|iters| {
                let options = RunOptions { bench_steps: iters as usize, hot_reductions, ..base.clone() };
                let result = run(&lowered, &options).expect("resnet18 run");
                Duration::from_secs_f64(result.timings.step_ms.median * 1e-3 * iters as f64)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, resnet18_forward);
criterion_main!(benches);
