//! Conv backward on the CPU op table: ConvGradInput and ConvGradWeight of a 3x3, pad 1 Conv on one
//! replica's [8, 64, 56, 56] shard (64 -> 64 channels), with the forward Conv for scale.

use std::collections::BTreeMap;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use syncbn_ir::Attr;
use syncbn_runtime::cpu_ops::{find, OpArgs, Tensor};

const X: [usize; 4] = [8, 64, 56, 56];
const W: [usize; 4] = [64, 64, 3, 3];

/// Deterministic values in [-1, 1).
/// One timed launch: the op, its inputs and its output shape.
type Launch = (&'static str, Vec<Option<Tensor<'static>>>, &'static [usize]);

fn values(n: usize, seed: usize) -> Vec<f32> {
    (0..n).map(|i| ((i * 7919 + seed * 104729) % 2000) as f32 * 1e-3 - 1.0).collect()
}

fn conv_grad(c: &mut Criterion) {
    let attrs: BTreeMap<String, Attr> = [
        ("kernel_shape".to_string(), Attr::Ints(vec![3, 3])),
        ("pads".to_string(), Attr::Ints(vec![1, 1, 1, 1])),
        ("strides".to_string(), Attr::Ints(vec![1, 1])),
    ]
    .into_iter()
    .collect();
    let numel = |s: &[usize]| s.iter().product::<usize>();
    let (x, w, dy) = (values(numel(&X), 1), values(numel(&W), 2), values(numel(&X), 3));
    let tensor = |d: &'static [f32], s: &'static [usize]| Some(Tensor::new(d, s).expect("bench tensor"));
    let (x, w, dy): (&'static [f32], &'static [f32], &'static [f32]) = (Vec::leak(x), Vec::leak(w), Vec::leak(dy));
    // Multiply-adds of one pass (forward, data or weight gradient): N * M * H * W * C * 3 * 3.
    let flops = 2 * numel(&X) * W[1] * 9;
    let launches: [Launch; 3] = [
        ("Conv", vec![tensor(x, &X), tensor(w, &W)], &X),
        ("ConvGradInput", vec![tensor(dy, &X), tensor(w, &W), tensor(x, &X)], &X),
        ("ConvGradWeight", vec![tensor(dy, &X), tensor(x, &X), tensor(w, &W)], &W),
    ];
    let mut group = c.benchmark_group("conv_grad_8x64x56x56_3x3");
    group.sample_size(10).measurement_time(Duration::from_secs(10)).warm_up_time(Duration::from_secs(2));
    group.throughput(Throughput::Elements(flops as u64));
    for (name, inputs, out) in launches {
        let op = find(name).expect("op in the CPU table");
        let typed = op.read_attrs(&attrs).expect("conv attributes");
        let args = OpArgs { attrs: &attrs, typed, inputs, out_shape: out };
        let mut y = vec![0.0f32; numel(out)];
        group.bench_function(name, |b| b.iter(|| op.run(&args, &mut y).expect("conv launch")));
    }
    group.finish();
}

criterion_group!(benches, conv_grad);
criterion_main!(benches);
