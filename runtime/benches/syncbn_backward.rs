//! The SyncBN backward kernels on R = 1 and 2 CPU replicas (one thread each) of [8, 64, 56, 56] f32:
//! `BnGradReduce` (reads dY, X, Y), `BnGradInput` (reads dY, X, Y, writes dX) and both, with the
//! relu mask, against a memcpy of each replica's tensor by the same threads in the same run.
//! Throughputs are bytes moved per second (criterion prints GiB/s), so the kernels compare directly
//! with the copy bandwidth.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use syncbn_codegen::{GradMask, HostArg, HostModule, HostTuning, KernelCache, KernelKind};

const N: usize = 8;
const C: usize = 64;
const S: usize = 56 * 56;
const LEN: usize = N * C * S;
const BYTES: u64 = (LEN * 4) as u64;

/// One replica's tensors: dY, X, Y (the relu normalize's output), norm_params and a summed payload.
struct Replica {
    dy: Vec<f32>,
    x: Vec<f32>,
    y: Vec<f32>,
    params: Vec<f32>,
    sums: Vec<f64>,
    dx: Vec<f32>,
}

fn replica(seed: usize) -> Replica {
    let x: Vec<f32> = (0..LEN).map(|i| ((i * 7919 + seed) % 1000) as f32 * 1e-3).collect();
    let dy: Vec<f32> = (0..LEN).map(|i| ((i * 104_729 + seed) % 2001) as f32 * 1e-3 - 1.0).collect();
    let y: Vec<f32> = x.iter().map(|v| (v - 0.5).max(0.0)).collect();
    let mut params = vec![0.0f32; 5 * C];
    params[..C].fill(0.5);
    params[2 * C..4 * C].fill(3.4);
    let mut sums = vec![0.0; 3 * C];
    sums[..C].fill((N * S) as f64);
    Replica { dy, x, y, params, sums, dx: vec![0.0; LEN] }
}

const DIMS: [HostArg<'static>; 3] = [HostArg::Int(N as i64), HostArg::Int(C as i64), HostArg::Int(S as i64)];

fn reduce(k: &HostModule, r: &mut Replica) {
    let mut out = vec![0.0; 3 * C];
    let [n, c, s] = DIMS;
    let i = HostArg::In32;
    let (first, end) = (HostArg::Int(0), HostArg::Int(N as i64));
    let mut args = [i(&r.dy), i(&r.x), i(&r.params), i(&r.y), n, c, s, first, end, HostArg::Out64(&mut out)];
    k.call(KernelKind::BnGradReduce { mask: GradMask::Relu }, &mut args).expect("reduce");
    r.sums.copy_from_slice(&out);
}

fn input(k: &HostModule, r: &mut Replica) {
    let [n, c, s] = DIMS;
    let i = HostArg::In32;
    let mut args =
        [i(&r.dy), i(&r.x), i(&r.params), HostArg::In64(&r.sums), i(&r.y), n, c, s, HostArg::Out32(&mut r.dx)];
    k.call(KernelKind::BnGradInput { mask: GradMask::Relu }, &mut args).expect("input");
}

/// Runs `f` on every replica, one thread each.
fn on_replicas(reps: &mut [Replica], f: impl Fn(&mut Replica) + Sync) {
    std::thread::scope(|s| {
        for r in reps.iter_mut() {
            let f = &f;
            s.spawn(move || f(r));
        }
    });
}

fn syncbn_backward(c: &mut Criterion) {
    let relu = GradMask::Relu;
    let kinds = [KernelKind::BnGradReduce { mask: relu }, KernelKind::BnGradInput { mask: relu }];
    let k = HostModule::compile(&kinds, HostTuning::for_this_machine(), &KernelCache::from_env())
        .expect("host kernels compile");
    let mut group = c.benchmark_group("syncbn_backward");
    group.sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    for replicas in [1usize, 2] {
        let mut reps: Vec<Replica> = (0..replicas).map(replica).collect();
        let r = replicas as u64;
        group.throughput(Throughput::Bytes(3 * BYTES * r));
        group.bench_function(BenchmarkId::new("grad_reduce_relu", replicas), |b| {
            b.iter(|| on_replicas(&mut reps, |rep| reduce(&k, rep)))
        });
        group.throughput(Throughput::Bytes(4 * BYTES * r));
        group.bench_function(BenchmarkId::new("grad_input_relu", replicas), |b| {
            b.iter(|| on_replicas(&mut reps, |rep| input(&k, rep)))
        });
        group.throughput(Throughput::Bytes(7 * BYTES * r));
        group.bench_function(BenchmarkId::new("grad_reduce_and_input_relu", replicas), |b| {
            b.iter(|| {
                on_replicas(&mut reps, |rep| {
                    reduce(&k, rep);
                    input(&k, rep);
                })
            })
        });
        group.throughput(Throughput::Bytes(2 * BYTES * r));
        group.bench_function(BenchmarkId::new("memcpy", replicas), |b| {
            b.iter(|| on_replicas(&mut reps, |rep| rep.dx.copy_from_slice(&rep.x)))
        });
    }
    group.finish();
}

criterion_group!(benches, syncbn_backward);
criterion_main!(benches);
