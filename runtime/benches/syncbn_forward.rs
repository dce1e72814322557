//! SyncBN forward on R = 2 and 4 CPU replicas of [8, 64, 56, 56] f32 each, and a memcpy of the
//! global tensor by R threads (the memory-copy bound of the forward is 1.5x that: three passes, not two).

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ndarray::{ArrayD, IxDyn};
use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};
use syncbn_runtime::{run, RunOptions};

const SHARD: [usize; 4] = [8, 64, 56, 56];

fn node(name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: &[(&str, Attr)]) -> Node {
    Node {
        name: name.into(),
        op: op.into(),
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        outputs: outputs.iter().map(|s| s.to_string()).collect(),
        attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
    }
}

/// The lowered SyncBN layer: LocalMoments -> AllReduce -> BnFinalize -> BnNormalize.
fn syncbn_graph(c: usize) -> Graph {
    let mut g = Graph::new("syncbn_forward");
    let shape = vec![Dim::Named("N".into()), Dim::Fixed(c as u64), Dim::Fixed(56), Dim::Fixed(56)];
    g.inputs.push(ValueInfo { name: "x".into(), dtype: DType::F32, shape });
    for (name, fill) in [("w", 1.0), ("b", 0.0), ("rm", 0.0), ("rv", 1.0)] {
        g.initializers.push(Initializer {
            name: name.into(),
            dtype: DType::F32,
            shape: vec![c as u64],
            source: InitSource::Fill { fill },
        });
    }
    g.nodes.push(node("stats", "LocalMoments", &["x"], &["m"], &[]));
    g.nodes.push(node("ar", "AllReduce", &["m"], &["ms"], &[("layers", Attr::Strs(vec!["bn".into()]))]));
    let fin_attrs = [("epsilon", Attr::Float(1e-5)), ("momentum", Attr::Float(0.9))];
    g.nodes.push(node("fin", "BnFinalize", &["ms", "w", "b", "rm", "rv"], &["p", "rm_out", "rv_out"], &fin_attrs));
    g.nodes.push(node("norm", "BnNormalize", &["x", "p"], &["y"], &[]));
    g.outputs = vec!["y".into(), "rm_out".into(), "rv_out".into()];
    g
}

fn input(replicas: usize) -> ArrayD<f32> {
    let mut shape = SHARD;
    shape[0] *= replicas;
    let len: usize = shape.iter().product();
    ArrayD::from_shape_vec(IxDyn(&shape), (0..len).map(|i| ((i * 7919) % 1000) as f32 * 1e-3).collect()).unwrap()
}

fn syncbn_forward(c: &mut Criterion) {
    let mut group = c.benchmark_group("syncbn_forward");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(2));
    let graph = syncbn_graph(SHARD[1]);
    for replicas in [2usize, 4] {
        let inputs = [("x".to_string(), input(replicas))].into_iter().collect();
        let base = RunOptions { replicas, inputs, ..Default::default() };
        group.bench_function(BenchmarkId::new("replicas", replicas), |b| {
            // Each sample is one run whose bench steps are the iterations; only the steps are timed.
            b.iter_custom(|iters| {
                let options = RunOptions { bench_steps: iters as usize, ..base.clone() };
                let result = run(&graph, &options).expect("syncbn run");
                Duration::from_secs_f64(result.timings.step_ms.median * 1e-3 * iters as f64)
            })
        });
        // The memory-copy bound: R threads each memcpy one replica's tensor (2 passes); the
        // forward needs 3 (statistics read, normalize read and write), so the bound is 1.5x this.
        let shard = SHARD.iter().product::<usize>();
        let src = vec![1.0f32; replicas * shard];
        let mut dst = vec![0.0f32; src.len()];
        group.bench_function(BenchmarkId::new("memcpy_global", replicas), |b| {
            b.iter(|| {
                std::thread::scope(|s| {
                    for (out, part) in dst.chunks_mut(shard).zip(src.chunks(shard)) {
                        s.spawn(move || out.copy_from_slice(part));
                    }
                });
                std::hint::black_box(&mut dst);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, syncbn_forward);
criterion_main!(benches);
