//! The parameter-gradient all-reduce of a ResNet-18 step: 11.7 M f32 gradients on each of R = 2
//! and 4 replica threads, summed in replica order by the in-process communicator, two ways in one
//! run: the f64 payload (converted from f32 and back, summed by the last thread to arrive; the
//! BatchNorm statistics' path) and the f32 reduce-scatter + all-gather (every thread sums its slice;
//! the path parameter gradients take).

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use syncbn_runtime::comm::{Communicator, LocalComm, Scope};

const GRADIENTS: usize = 11_689_512;

/// Runs `rounds` all-reduces on `replicas` threads, each through `reduce`; the time from the
/// moment every thread holds its gradients to the moment every thread has its sums.
fn on_replicas(replicas: usize, rounds: u64, reduce: impl Fn(&LocalComm, usize, &mut [f32]) + Sync) -> Duration {
    let comm = LocalComm::new(replicas, replicas, Duration::from_secs(60));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..replicas)
            .map(|r| {
                let (comm, reduce) = (&comm, &reduce);
                s.spawn(move || {
                    let mut grads: Vec<f32> = (0..GRADIENTS).map(|i| ((i * 7 + r) % 97) as f32 * 1e-3).collect();
                    comm.barrier(r).unwrap();
                    let start = std::time::Instant::now();
                    for _ in 0..rounds {
                        reduce(comm, r, &mut grads);
                    }
                    comm.barrier(r).unwrap();
                    start.elapsed()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).max().unwrap_or_default()
    })
}

thread_local! {
    /// The f64 payload buffer each replica reuses from round to round, as the executor does.
    static PAYLOAD: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn f64_payload(comm: &LocalComm, r: usize, grads: &mut [f32]) {
    PAYLOAD.with_borrow_mut(|payload| {
        payload.clear();
        payload.extend(grads.iter().map(|&g| f64::from(g)));
        let mut back = |sum: &[f64]| grads.iter_mut().zip(sum).for_each(|(g, &s)| *g = s as f32);
        comm.all_reduce_sum_with(r, Scope::World, payload, &mut back).unwrap();
    })
}

fn f32_scatter(comm: &LocalComm, r: usize, grads: &mut [f32]) {
    comm.all_reduce_sum_f32(r, Scope::World, grads).unwrap();
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("grad_allreduce_11.7M");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    for replicas in [2, 4] {
        group.bench_with_input(BenchmarkId::new("f64_payload", replicas), &replicas, |b, &r| {
            b.iter_custom(|rounds| on_replicas(r, rounds, f64_payload))
        });
        group.bench_with_input(BenchmarkId::new("f32_reduce_scatter", replicas), &replicas, |b, &r| {
            b.iter_custom(|rounds| on_replicas(r, rounds, f32_scatter))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
