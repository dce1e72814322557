//! Reference ops other than BatchNorm, Conv, the pools, Resize and the layout ops: element-wise ops
//! with broadcasting, Softmax, Gemm, batched MatMul, pooling to one value, Flatten.

use ndarray::{Axis, IxDyn, Zip};
use syncbn_ir::ops::gemm::GemmAttrs;

use super::Tensor;

/// The broadcast shape of two shapes (NumPy rules), or why there is none.
pub fn broadcast_shape(a: &[usize], b: &[usize]) -> Result<Vec<usize>, String> {
    let rank = a.len().max(b.len());
    let dim = |s: &[usize], i: usize| if i + s.len() < rank { 1 } else { s[i + s.len() - rank] };
    (0..rank)
        .map(|i| match (dim(a, i), dim(b, i)) {
            (x, y) if x == y || y == 1 => Ok(x),
            (1, y) => Ok(y),
            (x, y) => Err(format!("shapes {a:?} and {b:?} do not broadcast (axis {i}: {x} vs {y})")),
        })
        .collect()
}

/// `f(a, b)` element-wise with broadcasting.
pub fn binary(a: &Tensor, b: &Tensor, f: impl Fn(f64, f64) -> f64) -> Result<Tensor, String> {
    let shape = IxDyn(&broadcast_shape(a.shape(), b.shape())?);
    let av = a.broadcast(shape.clone()).ok_or("cannot broadcast the first operand")?;
    let bv = b.broadcast(shape).ok_or("cannot broadcast the second operand")?;
    Ok(Zip::from(&av).and(&bv).map_collect(|&x, &y| f(x, y)))
}

/// `f(c, x)` for every element, `c` its channel (axis 1); `x` has rank at least 2.
pub fn per_channel(x: &Tensor, f: impl Fn(usize, f64) -> f64) -> Result<Tensor, String> {
    if x.ndim() < 2 {
        return Err(format!("input has rank {}; expected at least 2 (N, C, ...)", x.ndim()));
    }
    let mut y = x.clone();
    for (c, mut lane) in y.axis_iter_mut(Axis(1)).enumerate() {
        lane.mapv_inplace(|v| f(c, v));
    }
    Ok(y)
}

/// The channel count of `x` (axis 1), checked against a per-channel parameter of length `len`.
pub fn check_channels(x: &Tensor, len: usize, what: &str) -> Result<usize, String> {
    let c = *x.shape().get(1).ok_or_else(|| format!("input has rank {}; expected at least 2", x.ndim()))?;
    if c != len {
        return Err(format!("{what} has {len} values; expected one per channel ({c})"));
    }
    Ok(c)
}

/// `alpha * op(A) * op(B) + beta * C` with `C` broadcast to `[M, N]`.
pub fn gemm(a: &Tensor, b: &Tensor, c: Option<&Tensor>, attrs: GemmAttrs) -> Result<Tensor, String> {
    let GemmAttrs { alpha, beta, trans_a, trans_b } = attrs;
    let (a, b) = (as_matrix(a, "A")?, as_matrix(b, "B")?);
    let a = if trans_a { a.reversed_axes() } else { a };
    let b = if trans_b { b.reversed_axes() } else { b };
    if a.ncols() != b.nrows() {
        return Err(format!("op(A) is {:?} and op(B) is {:?}; inner dimensions differ", a.shape(), b.shape()));
    }
    let y = (a.dot(&b) * alpha).into_dyn();
    match c {
        None => Ok(y),
        Some(c) => binary(&y, c, |p, q| p + beta * q),
    }
}

/// A rank-2 view of `t`.
fn as_matrix<'a>(t: &'a Tensor, name: &str) -> Result<ndarray::ArrayView2<'a, f64>, String> {
    t.view().into_dimensionality::<ndarray::Ix2>().map_err(|_| format!("{name} has rank {}; expected 2", t.ndim()))
}

/// NumPy `matmul` for operands of rank >= 2 (batch axes broadcast).
pub fn matmul(a: &Tensor, b: &Tensor) -> Result<Tensor, String> {
    batched_matmul(a, b, false, false)
}

/// `op(a) @ op(b)` over the broadcast batch axes (all but the last two), `op` transposing the last
/// two axes when asked; both operands of rank >= 2.
pub fn batched_matmul(a: &Tensor, b: &Tensor, ta: bool, tb: bool) -> Result<Tensor, String> {
    if a.ndim() < 2 || b.ndim() < 2 {
        return Err(format!("operands have ranks {} and {}; expected at least 2", a.ndim(), b.ndim()));
    }
    let batch = broadcast_shape(&a.shape()[..a.ndim() - 2], &b.shape()[..b.ndim() - 2])?;
    let (ma, mb) = (matrices(a, &batch, ta)?, matrices(b, &batch, tb)?);
    let (ra, rb) = (a.ndim() - 2, b.ndim() - 2);
    let (m, ka) = (a.shape()[ra + usize::from(ta)], a.shape()[ra + usize::from(!ta)]);
    let (kb, n) = (b.shape()[rb + usize::from(tb)], b.shape()[rb + usize::from(!tb)]);
    if ka != kb {
        return Err(format!("operands {:?} and {:?} have inner dimensions {ka} and {kb}", a.shape(), b.shape()));
    }
    let data: Vec<f64> = ma.iter().zip(&mb).flat_map(|(x, y)| x.dot(y).into_iter()).collect();
    let mut shape = batch;
    shape.extend([m, n]);
    Tensor::from_shape_vec(IxDyn(&shape), data).map_err(|e| e.to_string())
}

/// The matrices of `t` (last two axes, transposed when `trans`) for each index of `batch`, `t`'s
/// batch axes broadcast to it.
fn matrices(t: &Tensor, batch: &[usize], trans: bool) -> Result<Vec<ndarray::Array2<f64>>, String> {
    let (r, c) = (t.shape()[t.ndim() - 2], t.shape()[t.ndim() - 1]);
    let mut full = batch.to_vec();
    full.extend([r, c]);
    let view = t.broadcast(IxDyn(&full)).ok_or_else(|| format!("cannot broadcast {:?} to {full:?}", t.shape()))?;
    let count: usize = batch.iter().product();
    let stacked = view.to_shape((count, r, c)).map_err(|e| e.to_string())?;
    Ok(stacked.outer_iter().map(|m| if trans { m.t().to_owned() } else { m.to_owned() }).collect())
}

/// Softmax of `x` along `axis` (already resolved).
pub fn softmax(x: &Tensor, axis: usize) -> Tensor {
    let mut y = x.clone();
    for mut lane in y.lanes_mut(Axis(axis)) {
        let max = lane.fold(f64::NEG_INFINITY, |m, &v| m.max(v));
        lane.mapv_inplace(|v| (v - max).exp());
        let sum = lane.sum();
        lane.mapv_inplace(|v| v / sum);
    }
    y
}

/// Mean over all axes after the first two, keeping them as size 1.
pub fn global_average_pool(x: &Tensor) -> Result<Tensor, String> {
    if x.ndim() < 3 {
        return Err(format!("input has rank {}; expected at least 3", x.ndim()));
    }
    let (n, c) = (x.shape()[0], x.shape()[1]);
    let flat = x.to_shape((n, c, x.len() / (n * c).max(1))).map_err(|e| e.to_string())?;
    let count = flat.shape()[2] as f64;
    let mut shape = vec![n, c];
    shape.resize(x.ndim(), 1);
    let means: Vec<f64> =
        flat.outer_iter().flat_map(|m| m.outer_iter().map(|l| l.sum() / count).collect::<Vec<_>>()).collect();
    Tensor::from_shape_vec(IxDyn(&shape), means).map_err(|e| e.to_string())
}

/// Flatten to `[prod(dims[..axis]), prod(dims[axis..])]`.
pub fn flatten(x: &Tensor, axis: i64) -> Result<Tensor, String> {
    let rank = x.ndim() as i64;
    let axis = if axis < 0 { axis + rank } else { axis };
    if !(0..=rank).contains(&axis) {
        return Err(format!("axis {axis} is out of range for rank {rank}"));
    }
    let outer: usize = x.shape()[..axis as usize].iter().product();
    let inner: usize = x.shape()[axis as usize..].iter().product();
    let data: Vec<f64> = x.iter().copied().collect();
    Tensor::from_shape_vec(IxDyn(&[outer, inner]), data).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(shape: &[usize], v: Vec<f64>) -> Tensor {
        Tensor::from_shape_vec(IxDyn(shape), v).unwrap()
    }

    #[test]
    fn batched_matmul_broadcasts_by_hand() {
        let a = t(&[1, 2], vec![1.0, 2.0]);
        let b = t(&[2, 2, 1], vec![1.0, 1.0, 2.0, 3.0]);
        assert_eq!(matmul(&a, &b).unwrap(), t(&[2, 1, 1], vec![3.0, 8.0]));
        assert_eq!(batched_matmul(&b, &a, true, true).unwrap(), t(&[2, 1, 1], vec![3.0, 8.0]));
        assert!(matmul(&a, &a).is_err());
    }

    #[test]
    fn softmax_by_hand() {
        let y = softmax(&t(&[2, 1], vec![0.0, 3f64.ln()]), 0);
        assert!((y[[0, 0]] - 0.25).abs() < 1e-15 && (y[[1, 0]] - 0.75).abs() < 1e-15);
    }
}
