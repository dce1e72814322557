//! Finite-difference gradient checks in float64 shared by the gradcheck tests: random tensors and
//! the central-difference comparison of `<grad, v>` with `<f(x + h v) - f(x - h v), dY> / 2h`.
#![allow(dead_code)]

use ndarray::IxDyn;
use syncbn_reference::Tensor;

use crate::common::Rng;

/// The finite-difference step.
pub const H: f64 = 1e-6;
/// The largest relative error a check accepts.
pub const TOL: f64 = 1e-6;

/// A tensor of `shape` with values uniform in `[lo, hi)`.
pub fn random(rng: &mut Rng, shape: &[usize], lo: f64, hi: f64) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_shape_vec(IxDyn(shape), (0..n).map(|_| rng.uniform(lo, hi)).collect()).expect("shape")
}

/// The inner product of two tensors of one shape.
pub fn dot(a: &Tensor, b: &Tensor) -> f64 {
    assert_eq!(a.shape(), b.shape(), "dot of different shapes");
    a.iter().zip(b.iter()).map(|(x, y)| x * y).sum()
}

/// The Euclidean norm.
pub fn norm(a: &Tensor) -> f64 {
    dot(a, a).sqrt()
}

/// The rounding noise of a central difference: `eps * sum |f_i * dy_i| / h`, times a safety factor.
fn noise(fx: &Tensor, dy: &Tensor) -> f64 {
    100.0 * f64::EPSILON * fx.iter().zip(dy.iter()).map(|(a, b)| (a * b).abs()).sum::<f64>() / H
}

/// Checks `grad` (the gradient of `<f(x), dy>` in `x`) against central differences along three
/// random directions: `|<grad, v> - fd| <= TOL * scale + noise`, with `scale` the larger of
/// `|<grad, v>|` and the typical size `|grad| |v| / sqrt(len)`, and `noise` the difference's rounding
/// floor (which matters only where the gradient is zero, as a bias before BatchNorm). Returns the
/// largest `|<grad, v> - fd| / scale` seen.
pub fn fd_check(
    what: &str,
    rng: &mut Rng,
    x: &Tensor,
    dy: &Tensor,
    grad: &Tensor,
    f: impl Fn(&Tensor) -> Tensor,
) -> f64 {
    assert_eq!(grad.shape(), x.shape(), "{what}: gradient shape");
    let mut worst = 0.0f64;
    for _ in 0..3 {
        let v = random(rng, x.shape(), -1.0, 1.0);
        let analytic = dot(grad, &v);
        let (up, down) = (f(&(x + &(&v * H))), f(&(x - &(&v * H))));
        let numeric = (dot(&up, dy) - dot(&down, dy)) / (2.0 * H);
        let scale = analytic.abs().max(norm(grad) * norm(&v) / (x.len().max(1) as f64).sqrt());
        let err = (analytic - numeric).abs();
        assert!(
            err <= TOL * scale + noise(&up, dy),
            "{what}: <grad, v> = {analytic:.12e}, finite difference {numeric:.12e}, error {err:.2e}"
        );
        if scale > noise(&up, dy) {
            worst = worst.max(err / scale);
        }
    }
    eprintln!("{what}: max FD rel err {worst:.2e}");
    worst
}
