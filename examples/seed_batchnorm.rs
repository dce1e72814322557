//! The two examples of PyTorch-Encoding's SyncBN docs in Rust: `BatchNorm1d(100)` on a 20x100 batch and
//! `BatchNorm2d(100)` on a 20x100x35x45 batch, each split over 4 replicas (one shard per replica) and
//! compared with one device running BatchNorm over the whole batch: outputs, running statistics and
//! gradients agree.
//!
//! `cargo run --release --example seed_batchnorm`

use ndarray::{Array, ArrayD, Axis, IxDyn};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use syncbn::nn::{BatchNorm, BatchNorm1d, BatchNorm2d, Dims};

const REPLICAS: usize = 4;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    // m = nn.BatchNorm1d(100); input = torch.randn(20, 100)
    compare("BatchNorm1d(100) on 20x100", BatchNorm1d::new(100), BatchNorm1d::new(100), &[20, 100], &mut rng)?;
    // m = nn.BatchNorm2d(100); input = torch.randn(20, 100, 35, 45)
    let shape = [20, 100, 35, 45];
    compare("BatchNorm2d(100) on 20x100x35x45", BatchNorm2d::new(100), BatchNorm2d::new(100), &shape, &mut rng)?;
    Ok(())
}

/// Runs `sync` on the batch split over the replicas and `single` on the whole batch; checks and prints
/// the largest differences.
fn compare<K: Dims>(
    title: &str,
    mut sync: BatchNorm<K>,
    mut single: BatchNorm<K>,
    shape: &[usize],
    rng: &mut ChaCha8Rng,
) -> Result<(), Box<dyn std::error::Error>> {
    let x = Array::from_shape_fn(IxDyn(shape), |_| rng.gen_range(-2.0f32..2.0) * 3.0 + 1.0);
    let dy = Array::from_shape_fn(IxDyn(shape), |_| rng.gen_range(-1.0f32..1.0));
    let rows = shape[0] / REPLICAS;
    let shards: Vec<_> = x.axis_chunks_iter(Axis(0), rows).collect();
    let grad_shards: Vec<_> = dy.axis_chunks_iter(Axis(0), rows).collect();

    let y_sync = concat(&sync.forward(&shards)?);
    let y_single = single.forward(&[x.view()])?.remove(0);
    let g_sync = sync.backward(&grad_shards)?;
    let g_single = single.backward(&[dy.view()])?;

    let diffs = [
        ("output", max_diff(&y_sync, &y_single)),
        ("running_mean", max_diff(sync.running_mean().into_dyn(), single.running_mean().into_dyn())),
        ("running_var", max_diff(sync.running_var().into_dyn(), single.running_var().into_dyn())),
        ("grad input", max_diff(&concat(&g_sync.input), &g_single.input[0])),
        ("grad weight", max_diff(&dyn_of(&g_sync.weight), &dyn_of(&g_single.weight))),
    ];
    println!("{title}, {REPLICAS} replicas of {rows} rows vs one device:");
    for (what, diff) in diffs {
        println!("  {what:<13} max |difference| {diff:.2e}");
        if diff > 1e-4 {
            return Err(format!("{title}: {what} differs by {diff}").into());
        }
    }
    Ok(())
}

fn concat(parts: &[ArrayD<f32>]) -> ArrayD<f32> {
    let views: Vec<_> = parts.iter().map(|p| p.view()).collect();
    ndarray::concatenate(Axis(0), &views).expect("shards of one batch")
}

fn dyn_of(a: &Option<ndarray::Array1<f32>>) -> ArrayD<f32> {
    a.clone().map(|a| a.into_dyn()).unwrap_or_else(|| ArrayD::zeros(IxDyn(&[0])))
}

fn max_diff<'a>(a: impl Into<ndarray::ArrayViewD<'a, f32>>, b: impl Into<ndarray::ArrayViewD<'a, f32>>) -> f64 {
    let (a, b) = (a.into(), b.into());
    a.iter().zip(b.iter()).fold(0.0, |m, (x, y)| m.max(f64::from((x - y).abs())))
}
