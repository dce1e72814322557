//! Host-native kernels on [8, 64, 56, 56] f32: normalize (read x, write y) against a memory copy of the
//! same bytes (`copy_from_slice`) measured in the same run (with this machine's tuning and with
//! streaming stores forced), and the one-pass local moments. Criterion
//! reports both as bytes moved per second. Also the time to compile and JIT-load all host kernels.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use syncbn_codegen::{Act, HostArg, HostModule, HostTuning, KernelCache, KernelKind};

const N: usize = 8;
const C: usize = 64;
const S: usize = 56 * 56;

fn input() -> Vec<f32> {
    (0..N * C * S).map(|i| ((i * 7919) % 1000) as f32 * 0.01 - 5.0).collect()
}

const DIMS: [HostArg<'static>; 3] = [HostArg::Int(N as i64), HostArg::Int(C as i64), HostArg::Int(S as i64)];

fn compile(tuning: HostTuning) -> HostModule {
    HostModule::compile(&KernelKind::host_set(), tuning, &KernelCache::disabled()).expect("host kernels compile")
}

fn moments(k: &HostModule, x: &[f32], m: &mut [f64]) {
    let [n, c, s] = DIMS;
    let (first, end) = (HostArg::Int(0), HostArg::Int(N as i64));
    k.call(KernelKind::LocalMoments, &mut [HostArg::In32(x), n, c, s, first, end, HostArg::Out64(m)]).expect("moments");
}

/// `BnNormalize` without residual; `relu` as the kernel table binds it (clip to `[0, inf)`).
fn normalize(k: &HostModule, x: &[f32], p: &[f32], relu: bool, y: &mut [f32]) {
    let [n, c, s] = DIMS;
    let mut args = vec![HostArg::In32(x), HostArg::In32(p), n, c, s];
    let act = if relu { Act::Clip } else { Act::None };
    if relu {
        args.extend([HostArg::Float(0.0), HostArg::Float(f32::INFINITY)]);
    }
    args.push(HostArg::Out32(y));
    k.call(KernelKind::BnNormalize { act, residual: false }, &mut args).expect("normalize");
}

fn params(k: &HostModule, x: &[f32]) -> Vec<f32> {
    let mut m = vec![0.0; 3 * C];
    moments(k, x, &mut m);
    let ones = vec![1.0f32; C];
    let zeros = vec![0.0f32; C];
    let (mut p, mut rm, mut rv) = (vec![0.0; 5 * C], vec![0.0; C], vec![0.0; C]);
    let (i, o) = (HostArg::In32, HostArg::Out32);
    let mut args = [HostArg::In64(&m), HostArg::Int(C as i64), i(&ones), i(&zeros), i(&zeros), i(&ones)]
        .into_iter()
        .chain([HostArg::Double(1e-5), HostArg::Double(0.9), o(&mut p), o(&mut rm), o(&mut rv)])
        .collect::<Vec<_>>();
    k.call(KernelKind::BnFinalize, &mut args).expect("finalize");
    p
}

fn bench(c: &mut Criterion) {
    let k = compile(HostTuning::for_this_machine());
    let x = input();
    let p = params(&k, &x);
    let mut y = vec![0.0f32; x.len()];
    let bytes = (x.len() * 4) as u64;

    let mut g = c.benchmark_group("normalize_8x64x56x56");
    g.sample_size(30);
    g.throughput(Throughput::Bytes(2 * bytes));
    g.bench_function("copy_from_slice", |b| b.iter(|| y.copy_from_slice(black_box(&x))));
    g.bench_function("bn_normalize", |b| b.iter(|| normalize(&k, black_box(&x), &p, false, &mut y)));
    let streaming = compile(HostTuning { stream_min_bytes: 0 });
    g.bench_function("bn_normalize_streaming_stores", |b| {
        b.iter(|| normalize(&streaming, black_box(&x), &p, false, &mut y))
    });
    g.bench_function("bn_normalize_relu", |b| b.iter(|| normalize(&k, black_box(&x), &p, true, &mut y)));
    g.finish();

    let mut g = c.benchmark_group("local_moments_8x64x56x56");
    g.sample_size(30);
    g.throughput(Throughput::Bytes(bytes));
    let mut m = vec![0.0f64; 3 * C];
    g.bench_function("local_moments", |b| b.iter(|| moments(&k, black_box(&x), &mut m)));
    g.finish();

    let mut g = c.benchmark_group("jit");
    g.sample_size(10);
    g.bench_function("host_kernels_compile", |b| b.iter(|| compile(HostTuning::for_this_machine())));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
