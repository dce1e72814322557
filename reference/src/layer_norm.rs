//! Reference LayerNormalization in f64 and its gradients (LayerNormGrad, LayerNormScaleGrad): rows
//! of the normalized axes as the rows of a 2-D view, two-pass statistics, and the gradient in `X`
//! through the variance and the mean step by step (the runtime uses the folded formula).

use ndarray::{Array1, Array2, Axis, IxDyn};
use syncbn_ir::ops::layer_norm::LayerNormAttrs;

use super::Tensor;

/// `x` as `[rows, row_len]`, the normalized shape, and `param` broadcast to one row.
fn rows(x: &Tensor, a: LayerNormAttrs) -> Result<(Array2<f64>, Vec<usize>), String> {
    let axis = a.first_axis(x.ndim())?;
    let normalized = x.shape()[axis..].to_vec();
    let (rows, len): (usize, usize) = (x.shape()[..axis].iter().product(), normalized.iter().product());
    let flat = x.as_standard_layout().into_owned().into_shape_with_order((rows, len)).map_err(|e| e.to_string())?;
    Ok((flat, normalized))
}

fn expand(param: &Tensor, normalized: &[usize]) -> Result<Array1<f64>, String> {
    let b = param
        .broadcast(IxDyn(normalized))
        .ok_or_else(|| format!("shape {:?} does not broadcast to {normalized:?}", param.shape()))?;
    Ok(b.iter().copied().collect())
}

/// Per row: the centered values and `1 / sqrt(biased variance + epsilon)`.
fn centered(x: &Array2<f64>, epsilon: f64) -> (Array2<f64>, Array1<f64>) {
    let n = x.ncols().max(1) as f64;
    let mean = x.sum_axis(Axis(1)) / n;
    let c = x - &mean.view().insert_axis(Axis(1));
    let var = c.mapv(|v| v * v).sum_axis(Axis(1)) / n;
    (c, var.mapv(|v| 1.0 / (v + epsilon).sqrt()))
}

fn back(t: Array2<f64>, shape: &[usize]) -> Result<Tensor, String> {
    t.into_shape_with_order(IxDyn(shape)).map_err(|e| e.to_string())
}

/// LayerNormalization's `Y`.
pub fn layer_norm(x: &Tensor, scale: &Tensor, bias: Option<&Tensor>, a: LayerNormAttrs) -> Result<Tensor, String> {
    let (flat, normalized) = rows(x, a)?;
    let (c, inv) = centered(&flat, a.epsilon);
    let mut y = c * inv.view().insert_axis(Axis(1)) * &expand(scale, &normalized)?;
    if let Some(b) = bias {
        y += &expand(b, &normalized)?;
    }
    back(y, x.shape())
}

/// LayerNormGrad's `dX`: through `xhat`, the variance and the mean.
pub fn layer_norm_grad(dy: &Tensor, x: &Tensor, scale: &Tensor, a: LayerNormAttrs) -> Result<Tensor, String> {
    let (flat, normalized) = rows(x, a)?;
    let (dflat, _) = rows(dy, a)?;
    let (c, inv) = centered(&flat, a.epsilon);
    let n = flat.ncols().max(1) as f64;
    let dxhat = dflat * &expand(scale, &normalized)?;
    let inv2 = inv.view().insert_axis(Axis(1));
    let dvar = (&dxhat * &c).sum_axis(Axis(1)) * inv.mapv(|r| -0.5 * r * r * r);
    let dmean = -(&dxhat.sum_axis(Axis(1)) * &inv) - &dvar * (c.sum_axis(Axis(1)) * 2.0 / n);
    let dx = &dxhat * &inv2
        + &c * &dvar.view().insert_axis(Axis(1)) * (2.0 / n)
        + dmean.view().insert_axis(Axis(1)).mapv(|m| m / n);
    back(dx, x.shape())
}

/// LayerNormScaleGrad: `sum over rows of dY * xhat`, of the normalized shape.
pub fn layer_norm_scale_grad(dy: &Tensor, x: &Tensor, a: LayerNormAttrs) -> Result<Tensor, String> {
    let (flat, normalized) = rows(x, a)?;
    let (dflat, _) = rows(dy, a)?;
    let (c, inv) = centered(&flat, a.epsilon);
    let xhat = c * inv.view().insert_axis(Axis(1));
    back((dflat * xhat).sum_axis(Axis(0)).insert_axis(Axis(0)), &normalized)
}
