//! A small training loop through the library: a `BatchNorm2d(3)` over 4 replicas (uneven shards) learns
//! its scale and shift by SGD so that its output matches a target `2 * x_hat + 0.5`, through
//! `forward`, `backward` and `set_affine_params`. The loss falls by orders of magnitude.
//!
//! `cargo run --release --example train_loop`

use ndarray::{Array, ArrayD, Axis, IxDyn};
use syncbn::nn::BatchNorm2d;

const STEPS: usize = 25;
const LR: f32 = 0.4;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let x = Array::from_shape_fn(IxDyn(&[10, 3, 6, 5]), |i| ((i[0] * 7 + i[1] * 3 + i[2] * i[3]) % 11) as f32);
    let rows = [4, 3, 0, 3];
    let mut bn = BatchNorm2d::new(3);
    let mut losses = Vec::with_capacity(STEPS);
    for step in 0..STEPS {
        let shards = split(&x, &rows);
        let y = bn.forward(&shards)?;
        // The target is what scale 2 and shift 0.5 would give: y = x_hat * weight + bias.
        let (weight, bias) = (bn.weight().expect("affine").to_owned(), bn.bias().expect("affine").to_owned());
        let targets: Vec<ArrayD<f32>> = (y.iter())
            .map(|y| {
                let mut t = y.clone();
                for (c, mut lane) in t.axis_iter_mut(Axis(1)).enumerate() {
                    lane.mapv_inplace(|v| (v - bias[c]) / weight[c] * 2.0 + 0.5);
                }
                t
            })
            .collect();
        let n = x.len() as f32;
        let loss: f32 = y.iter().zip(&targets).map(|(y, t)| (y - t).mapv(|d| d * d).sum()).sum::<f32>() / n;
        let grads: Vec<ArrayD<f32>> = y.iter().zip(&targets).map(|(y, t)| (y - t) * (2.0 / n)).collect();
        let views: Vec<_> = grads.iter().map(|g| g.view()).collect();
        let g = bn.backward(&views)?;
        let (dw, db) = (g.weight.expect("affine"), g.bias.expect("affine"));
        bn.set_affine_params(&weight - &(dw * LR), &bias - &(db * LR))?;
        if step % 5 == 0 || step == STEPS - 1 {
            println!("step {step:>2}: loss {loss:.3e}, weight {:?}, bias {:?}", weight.to_vec(), bias.to_vec());
        }
        losses.push(loss);
    }
    let (first, last) = (losses[0], losses[STEPS - 1]);
    if last.is_nan() || last >= first * 1e-3 {
        return Err(format!("the loss fell from {first} to {last} only").into());
    }
    println!("loss {first:.3e} -> {last:.3e}; running_mean {:?}", bn.running_mean().to_vec());
    Ok(())
}

/// Consecutive shards of `rows` rows.
fn split<'a>(x: &'a ArrayD<f32>, rows: &[usize]) -> Vec<ndarray::ArrayViewD<'a, f32>> {
    let mut start = 0;
    (rows.iter())
        .map(|&n| {
            start += n;
            x.slice_axis(Axis(0), (start - n..start).into())
        })
        .collect()
}
