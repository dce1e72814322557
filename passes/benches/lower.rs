//! Compile-time benchmark of `lower`: a ResNet-152-shaped graph (155 BatchNorms, ~520 nodes) and
//! synthetic conv-BN-Relu chains of 100 to 10,000 nodes, to show how time grows with graph size.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use syncbn_passes::{lower, LowerOptions};

fn options() -> LowerOptions {
    LowerOptions { replicas: 8, ..Default::default() }
}

fn resnet152(c: &mut Criterion) {
    let graph = common::resnet152(true);
    let mut group = c.benchmark_group("lower");
    group.sample_size(20).measurement_time(Duration::from_secs(5));
    group.bench_function(BenchmarkId::new("resnet152", graph.nodes.len()), |b| {
        b.iter(|| lower(&graph, &options()).expect("lowers"))
    });
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("lower_synthetic");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for nodes in [100, 1000, 3000, 10_000] {
        let graph = common::synthetic(nodes);
        group.bench_with_input(BenchmarkId::from_parameter(graph.nodes.len()), &graph, |b, g| {
            b.iter(|| lower(g, &options()).expect("lowers"))
        });
    }
    group.finish();
}

criterion_group!(benches, resnet152, synthetic);
criterion_main!(benches);
