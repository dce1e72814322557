//! Host-native kernels on [8, 64, 56, 56] f32: normalize (read x, write y) against a memory copy of the
//! same bytes (`copy_from_slice`) measured in the same run (with this machine's tuning and with
//! streaming stores forced), and the one-pass local moments. Criterion
//! reports both as bytes moved per second. Also the time to JIT-compile all host kernels.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use syncbn_codegen::{HostKernels, HostTuning};
use syncbn_ir::lowered::Activation;

const N: usize = 8;
const C: usize = 64;
const S: usize = 56 * 56;

fn input() -> Vec<f32> {
    (0..N * C * S).map(|i| ((i * 7919) % 1000) as f32 * 0.01 - 5.0).collect()
}

fn params(k: &HostKernels, x: &[f32]) -> Vec<f32> {
    let mut m = vec![0.0; 3 * C];
    k.local_moments(x, N, C, S, &mut m).expect("moments");
    let ones = vec![1.0f32; C];
    let zeros = vec![0.0f32; C];
    let (mut p, mut rm, mut rv) = (vec![0.0; 5 * C], vec![0.0; C], vec![0.0; C]);
    k.bn_finalize(&m, &ones, &zeros, &zeros, &ones, 1e-5, 0.9, &mut p, &mut rm, &mut rv).expect("finalize");
    p
}

fn bench(c: &mut Criterion) {
    let k = HostKernels::compile().expect("host kernels compile");
    let x = input();
    let p = params(&k, &x);
    let mut y = vec![0.0f32; x.len()];
    let bytes = (x.len() * 4) as u64;

    let mut g = c.benchmark_group("normalize_8x64x56x56");
    g.sample_size(30);
    g.throughput(Throughput::Bytes(2 * bytes));
    g.bench_function("copy_from_slice", |b| b.iter(|| y.copy_from_slice(black_box(&x))));
    g.bench_function("bn_normalize", |b| {
        b.iter(|| k.bn_normalize(black_box(&x), &p, None, Activation::None, N, C, S, &mut y).expect("normalize"))
    });
    let streaming = HostKernels::compile_with(HostTuning { stream_min_bytes: 0 }).expect("host kernels compile");
    g.bench_function("bn_normalize_streaming_stores", |b| {
        b.iter(|| {
            streaming.bn_normalize(black_box(&x), &p, None, Activation::None, N, C, S, &mut y).expect("normalize")
        })
    });
    g.bench_function("bn_normalize_relu", |b| {
        b.iter(|| k.bn_normalize(black_box(&x), &p, None, Activation::Relu, N, C, S, &mut y).expect("normalize"))
    });
    g.finish();

    let mut g = c.benchmark_group("local_moments_8x64x56x56");
    g.sample_size(30);
    g.throughput(Throughput::Bytes(bytes));
    let mut m = vec![0.0f64; 3 * C];
    g.bench_function("local_moments", |b| b.iter(|| k.local_moments(black_box(&x), N, C, S, &mut m).expect("moments")));
    g.finish();

    let mut g = c.benchmark_group("jit");
    g.sample_size(10);
    g.bench_function("host_kernels_compile", |b| b.iter(|| HostKernels::compile().expect("compile")));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
