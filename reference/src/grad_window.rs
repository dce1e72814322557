//! Reference gradients of the window ops and Resize in f64 ([`syncbn_ir::grad`]): MaxPoolGrad,
//! AveragePoolGrad, GlobalAveragePoolGrad (ResizeGrad is [`super::resize::ResizeMap::adjoint`]).

use ndarray::IxDyn;

use super::conv::row_major;
use super::pool::{argmax, divisor, pool_windows, PoolParams, Windows};
use super::Tensor;

/// Adds `route(plane of X, windows, position)`'s `(offset, weight)` pairs, times each `dY`
/// element, into `dX` of `x`'s shape.
fn scatter(
    dy: &Tensor,
    x: &Tensor,
    p: &PoolParams,
    route: impl Fn(&[f64], &Windows, usize) -> Vec<(usize, f64)>,
) -> Result<Tensor, String> {
    let (shape, w) = pool_windows(x.shape(), p)?;
    if dy.shape() != shape.as_slice() {
        return Err(format!("dY has shape {:?}; expected the pool's output shape {shape:?}", dy.shape()));
    }
    let plane: usize = x.shape()[2..].iter().product();
    let (xd, dyd) = (row_major(x), row_major(dy));
    let mut dx = vec![0.0; xd.len()];
    let outputs = w.taps.len();
    for (row, (xp, dxp)) in xd.chunks_exact(plane).zip(dx.chunks_exact_mut(plane)).enumerate() {
        for o in 0..outputs {
            let g = dyd[row * outputs + o];
            for (offset, weight) in route(xp, &w, o) {
                dxp[offset] += g * weight;
            }
        }
    }
    Tensor::from_shape_vec(x.raw_dim(), dx).map_err(|e| e.to_string())
}

/// `MaxPoolGrad(dY, X)`: each `dY` element to its window's maximum (the first on ties).
pub fn max_pool_grad(dy: &Tensor, x: &Tensor, p: &PoolParams) -> Result<Tensor, String> {
    scatter(dy, x, p, |xp, w, o| vec![(argmax(xp, &w.taps[o]), 1.0)])
}

/// `AveragePoolGrad(dY, X)`: each `dY` element spread over its window with the forward's divisor.
pub fn average_pool_grad(dy: &Tensor, x: &Tensor, p: &PoolParams) -> Result<Tensor, String> {
    scatter(dy, x, p, |_, w, o| {
        let share = 1.0 / divisor(w, o, p);
        w.taps[o].iter().map(|&t| (t, share)).collect()
    })
}

/// `GlobalAveragePoolGrad(dY, X)`: `dY[n, c] / S` at every spatial position of `(n, c)`.
pub fn global_average_pool_grad(dy: &Tensor, x: &Tensor) -> Result<Tensor, String> {
    if x.ndim() < 3 {
        return Err(format!("X has rank {}; expected at least 3", x.ndim()));
    }
    let mut expected = x.shape()[..2].to_vec();
    expected.resize(x.ndim(), 1);
    if dy.shape() != expected.as_slice() {
        return Err(format!("dY has shape {:?}; expected {expected:?}", dy.shape()));
    }
    let count: usize = x.shape()[2..].iter().product();
    let (n, c) = (x.shape()[0], x.shape()[1]);
    let means = dy.to_shape((n, c, 1)).map_err(|e| e.to_string())?.mapv(|g| g / count as f64);
    let spread = means.broadcast((n, c, count)).ok_or("cannot broadcast dY")?;
    // In logical order: `means` keeps dY's memory order (column-major after a transpose), which a
    // reshape of a 1-element spread would otherwise have to keep.
    Tensor::from_shape_vec(IxDyn(x.shape()), spread.iter().copied().collect()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_pool_grad_ties_go_to_the_first_tap() {
        let x = Tensor::from_elem(IxDyn(&[1, 1, 2, 3]), 0.5);
        let p = PoolParams {
            kernel: vec![2, 2],
            strides: vec![1, 1],
            pads: vec![0; 4],
            dilations: vec![1, 1],
            ceil_mode: false,
            count_include_pad: false,
        };
        let dy = Tensor::from_shape_vec(IxDyn(&[1, 1, 1, 2]), vec![1.0, 10.0]).unwrap();
        let dx = max_pool_grad(&dy, &x, &p).unwrap();
        assert_eq!(dx.iter().copied().collect::<Vec<_>>(), vec![1.0, 10.0, 0.0, 0.0, 0.0, 0.0]);
    }

    /// dY in column-major memory (a transpose's output) over 1x1 planes: found by the generated
    /// models' long run (seed 1016), where reshaping the spread failed with IncompatibleLayout.
    #[test]
    fn global_average_pool_grad_takes_column_major_dy() {
        let rows = Tensor::from_shape_vec(IxDyn(&[2, 3, 1, 1]), (1..=6).map(f64::from).collect()).unwrap();
        let dy = rows.clone().reversed_axes().as_standard_layout().into_owned().reversed_axes();
        assert!(!dy.is_standard_layout());
        let x = Tensor::zeros(IxDyn(&[2, 3, 1, 1]));
        let dx = global_average_pool_grad(&dy, &x).unwrap();
        assert_eq!(dx, rows);
        let x = Tensor::zeros(IxDyn(&[2, 3, 2, 1]));
        let dx = global_average_pool_grad(&dy, &x).unwrap();
        assert_eq!(
            dx.iter().copied().collect::<Vec<_>>(),
            vec![0.5, 0.5, 1.0, 1.0, 1.5, 1.5, 2.0, 2.0, 2.5, 2.5, 3.0, 3.0]
        );
    }
}
