//! Reference gradients of the element-wise and layout ops in f64 ([`syncbn_ir::grad`]): ReluGrad,
//! ClipGrad, SigmoidGrad, SoftmaxGrad, ReduceToShape, ChannelSum, ReshapeLike, ConcatGrad.

use ndarray::{Axis, Slice, Zip};

use super::attrs::resolve_axis;
use super::layout::reshape_to;
use super::Tensor;

/// `f(dy, y)` element-wise over two tensors of one shape.
fn zip_same(dy: &Tensor, y: &Tensor, f: impl Fn(f64, f64) -> f64) -> Result<Tensor, String> {
    if dy.shape() != y.shape() {
        return Err(format!("dY has shape {:?} and Y {:?}; expected equal shapes", dy.shape(), y.shape()));
    }
    Ok(Zip::from(dy).and(y).map_collect(|&g, &v| f(g, v)))
}

/// `ReluGrad(dY, Y)`: `dY` where `Y > 0`, else 0.
pub fn relu_grad(dy: &Tensor, y: &Tensor) -> Result<Tensor, String> {
    zip_same(dy, y, |g, v| if v > 0.0 { g } else { 0.0 })
}

/// `ClipGrad(dY, Y)`: `dY` where `lo < Y < hi`, else 0.
pub fn clip_grad(dy: &Tensor, y: &Tensor, lo: f64, hi: f64) -> Result<Tensor, String> {
    zip_same(dy, y, |g, v| if lo < v && v < hi { g } else { 0.0 })
}

/// `SigmoidGrad(dY, Y)`: `dY * Y * (1 - Y)`.
pub fn sigmoid_grad(dy: &Tensor, y: &Tensor) -> Result<Tensor, String> {
    zip_same(dy, y, |g, v| g * v * (1.0 - v))
}

/// `SoftmaxGrad(dY, Y)`: `Y * (dY - sum_axis(dY * Y))` along `axis` (negative counts from the end).
pub fn softmax_grad(dy: &Tensor, y: &Tensor, axis: i64) -> Result<Tensor, String> {
    let axis = resolve_axis(axis, y.ndim())?;
    let prod = zip_same(dy, y, |g, v| g * v)?;
    let sums = prod.sum_axis(Axis(axis)).insert_axis(Axis(axis));
    Ok(Zip::from(dy).and(y).and_broadcast(&sums).map_collect(|&g, &v, &s| v * (g - s)))
}

/// `ReduceToShape(dY, like)`: `alpha * dY` summed over the axes along which a tensor of shape
/// `like` broadcasts to `dY`'s shape (numpy rules), with shape `like`.
pub fn reduce_to_shape(dy: &Tensor, like: &[usize], alpha: f64) -> Result<Tensor, String> {
    let bad = || format!("a tensor of shape {like:?} does not broadcast to dY's shape {:?}", dy.shape());
    if like.len() > dy.ndim() {
        return Err(bad());
    }
    let mut t = dy.clone();
    while t.ndim() > like.len() {
        t = t.sum_axis(Axis(0));
    }
    for (axis, &d) in like.iter().enumerate() {
        if d == 1 && t.shape()[axis] != 1 {
            t = t.sum_axis(Axis(axis)).insert_axis(Axis(axis));
        }
    }
    if t.shape() != like {
        return Err(bad());
    }
    Ok(t * alpha)
}

/// `ChannelSum(dY)`: the sum of `dY` (rank >= 2) over every axis but 1, shape `[C]`.
pub fn channel_sum(dy: &Tensor) -> Result<Tensor, String> {
    if dy.ndim() < 2 {
        return Err(format!("dY has rank {}; expected at least 2", dy.ndim()));
    }
    Ok(ndarray::Array1::from_iter(dy.axis_iter(Axis(1)).map(|lane| lane.sum())).into_dyn())
}

/// `ReshapeLike(dY, X)`: `dY`'s elements with `X`'s shape.
pub fn reshape_like(dy: &Tensor, x: &Tensor) -> Result<Tensor, String> {
    reshape_to(dy, x.shape())
}

/// `ConcatGrad(dY, X0, X1, ...)`: the slice of `dY` along `axis` that input `index` occupied.
pub fn concat_grad(dy: &Tensor, xs: &[&Tensor], axis: i64, index: usize) -> Result<Tensor, String> {
    let axis = resolve_axis(axis, dy.ndim())?;
    let lens: Vec<usize> = xs.iter().map(|x| x.shape().get(axis).copied().unwrap_or(0)).collect();
    let len = *lens.get(index).ok_or_else(|| format!("index {index} but the Concat had {} inputs", xs.len()))?;
    if lens.iter().sum::<usize>() != dy.shape()[axis] || xs.iter().any(|x| x.ndim() != dy.ndim()) {
        return Err(format!("inputs of sizes {lens:?} along axis {axis} do not make dY's shape {:?}", dy.shape()));
    }
    let start: usize = lens[..index].iter().sum();
    Ok(dy.slice_axis(Axis(axis), Slice::from(start..start + len)).to_owned())
}
