//! Reference N-dimensional convolution (ONNX Conv: strides, pads, dilations, groups), in f64.

use ndarray::{Dimension, IxDyn};

use super::Tensor;

/// Conv geometry, one entry per spatial axis (`pads`: all begins, then all ends).
#[derive(Clone, Debug, PartialEq)]
pub struct ConvParams {
    /// Strides.
    pub strides: Vec<usize>,
    /// Padding: begins then ends.
    pub pads: Vec<usize>,
    /// Dilations.
    pub dilations: Vec<usize>,
    /// Groups.
    pub group: usize,
}

/// Row-major strides of a shape.
fn strides_of(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Every multi-index of `shape`, row-major.
fn indices(shape: &[usize]) -> Vec<Vec<usize>> {
    ndarray::indices(IxDyn(shape)).into_iter().map(|i| i.as_array_view().to_vec()).collect()
}

/// Checks the geometry against the operands and returns the output spatial sizes.
fn output_spatial(x: &[usize], w: &[usize], p: &ConvParams) -> Result<Vec<usize>, String> {
    let d = x.len() - 2;
    if w.len() != x.len() {
        return Err(format!("weight has rank {}; expected {} like the input", w.len(), x.len()));
    }
    if p.strides.len() != d || p.dilations.len() != d || p.pads.len() != 2 * d {
        return Err(format!("strides, dilations and pads must have {d}, {d} and {} entries", 2 * d));
    }
    if p.group == 0 || x[1] % p.group != 0 || w[0] % p.group != 0 || w[1] * p.group != x[1] {
        return Err(format!("group {} does not fit {} input channels, weight {:?}", p.group, x[1], w));
    }
    (0..d)
        .map(|i| {
            let span = p.dilations[i] * (w[i + 2].max(1) - 1) + 1;
            let padded = x[i + 2] + p.pads[i] + p.pads[i + d];
            if padded < span || p.strides[i] == 0 {
                return Err(format!("spatial axis {i}: kernel span {span} exceeds padded size {padded}"));
            }
            Ok((padded - span) / p.strides[i] + 1)
        })
        .collect()
}

/// `conv(x, w) + b`: `x [N, C, S...]`, `w [M, C/group, K...]`, `b [M]`.
pub fn conv(x: &Tensor, w: &Tensor, b: Option<&Tensor>, p: &ConvParams) -> Result<Tensor, String> {
    if x.ndim() < 3 {
        return Err(format!("input has rank {}; expected at least 3", x.ndim()));
    }
    let out_spatial = output_spatial(x.shape(), w.shape(), p)?;
    let (n, m, cg) = (x.shape()[0], w.shape()[0], w.shape()[1]);
    if let Some(b) = b.filter(|b| b.len() != m) {
        return Err(format!("bias has {} values; expected {m}", b.len()));
    }
    let d = out_spatial.len();
    let xs = x.as_standard_layout();
    let ws = w.as_standard_layout();
    let (xd, wd) = (xs.as_slice().unwrap_or(&[]), ws.as_slice().unwrap_or(&[]));
    let (xst, wst) = (strides_of(x.shape()), strides_of(w.shape()));
    let kernel = indices(&w.shape()[2..]);
    let outs = indices(&out_spatial);
    let per_group = m / p.group;
    let bias: Vec<f64> = b.map_or_else(|| vec![0.0; m], |b| b.iter().copied().collect());
    let mut y = Vec::with_capacity(n * m * outs.len());
    for ni in 0..n {
        for (mi, &b) in bias.iter().enumerate() {
            let g = mi / per_group;
            for o in &outs {
                let mut acc = b;
                for cc in 0..cg {
                    let c = g * cg + cc;
                    for k in &kernel {
                        let mut xoff = ni * xst[0] + c * xst[1];
                        let mut inside = true;
                        for i in 0..d {
                            let pos = (o[i] * p.strides[i] + k[i] * p.dilations[i]) as isize - p.pads[i] as isize;
                            if pos < 0 || pos as usize >= x.shape()[i + 2] {
                                inside = false;
                                break;
                            }
                            xoff += pos as usize * xst[i + 2];
                        }
                        if inside {
                            let woff = mi * wst[0] + cc * wst[1] + (0..d).map(|i| k[i] * wst[i + 2]).sum::<usize>();
                            acc += xd[xoff] * wd[woff];
                        }
                    }
                }
                y.push(acc);
            }
        }
    }
    let mut shape = vec![n, m];
    shape.extend(out_spatial);
    Tensor::from_shape_vec(IxDyn(&shape), y).map_err(|e| e.to_string())
}
