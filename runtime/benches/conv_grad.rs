//! Conv backward on the CPU op table: ConvGradInput and ConvGradWeight of a 3x3, pad 1 Conv on one
//! replica's [8, 64, 56, 56] shard (64 -> 64 channels) and on ResNet-18's layer4 at 32x32 input
//! ([2, 512, 1, 1]), with the forward Conv for scale.

use std::collections::BTreeMap;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use syncbn_ir::Attr;
use syncbn_runtime::cpu_ops::{find, OpArgs, Tensor};

/// Deterministic values in [-1, 1).
fn values(n: usize, seed: usize) -> Vec<f32> {
    (0..n).map(|i| ((i * 7919 + seed * 104729) % 2000) as f32 * 1e-3 - 1.0).collect()
}

/// One timed launch: the op, its inputs and its output shape.
type Launch = (&'static str, Vec<Option<Tensor<'static>>>, &'static [usize]);

/// Times Conv, ConvGradInput and ConvGradWeight of a 3x3, pad 1, stride 1 Conv of weight `w` on
/// input `x` (same spatial size out).
fn conv_ops(c: &mut Criterion, group: &str, x: &'static [usize; 4], w: &'static [usize; 4]) {
    let attrs: BTreeMap<String, Attr> = [
        ("kernel_shape".to_string(), Attr::Ints(vec![3, 3])),
        ("pads".to_string(), Attr::Ints(vec![1, 1, 1, 1])),
        ("strides".to_string(), Attr::Ints(vec![1, 1])),
    ]
    .into_iter()
    .collect();
    let numel = |s: &[usize]| s.iter().product::<usize>();
    let y: &'static [usize] = Vec::leak(vec![x[0], w[0], x[2], x[3]]);
    let leak = |v: Vec<f32>| -> &'static [f32] { Vec::leak(v) };
    let (xv, wv, dy) = (leak(values(numel(x), 1)), leak(values(numel(w), 2)), leak(values(numel(y), 3)));
    let tensor = |d: &'static [f32], s: &'static [usize]| Some(Tensor::new(d, s).expect("bench tensor"));
    // Multiply-adds of one pass (forward, data or weight gradient): N * M * H * W * C * 3 * 3.
    let flops = 2 * numel(y) * w[1] * 9;
    let launches: [Launch; 3] = [
        ("Conv", vec![tensor(xv, x), tensor(wv, w)], y),
        ("ConvGradInput", vec![tensor(dy, y), tensor(wv, w), tensor(xv, x)], x),
        ("ConvGradWeight", vec![tensor(dy, y), tensor(xv, x), tensor(wv, w)], w),
    ];
    let mut group = c.benchmark_group(group);
    group.sample_size(10).measurement_time(Duration::from_secs(10)).warm_up_time(Duration::from_secs(2));
    group.throughput(Throughput::Elements(flops as u64));
    for (name, inputs, out) in launches {
        let op = find(name).expect("op in the CPU table");
        let typed = op.read_attrs(&attrs).expect("conv attributes");
        let args = OpArgs { attrs: &attrs, typed, inputs, out_shape: out, team: None };
        let mut out = vec![0.0f32; numel(out)];
        group.bench_function(name, |b| b.iter(|| op.run(&args, &mut out).expect("conv launch")));
    }
    group.finish();
}

/// A replica's [8, 64, 56, 56] shard (compute-bound), and ResNet-18's layer4 on 32x32 images, 2
/// images of 512 channels at 1x1 (the 9.4 MB weight streamed for two columns: memory-bound).
fn conv_grad(c: &mut Criterion) {
    conv_ops(c, "conv_grad_8x64x56x56_3x3", &[8, 64, 56, 56], &[64, 64, 3, 3]);
    conv_ops(c, "conv_grad_2x512x1x1_3x3", &[2, 512, 1, 1], &[512, 512, 3, 3]);
}

criterion_group!(benches, conv_grad);
criterion_main!(benches);
