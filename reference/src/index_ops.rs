//! Reference Transpose, Slice, Pad, ReduceSum and ReduceMean in f64 and the gradients of the last
//! four, written element by element over ndarray indices (Pad's positions with their own formula).

use ndarray::{Dimension, IxDyn};
use syncbn_ir::ops::pad::{paddings, PAD_MODE, PAD_VALUE};
use syncbn_ir::ops::reduce::{reduced_axes, KEEP_DIMS};
use syncbn_ir::ops::slice::{ranges, AxisRange};
use syncbn_ir::ops::transpose::{permutation, PERM};
use syncbn_ir::Node;

use super::Tensor;

/// Transpose by the node's `perm`.
pub fn transpose(node: &Node, x: &Tensor) -> Result<Tensor, String> {
    let perm = permutation(PERM.get(&node.attrs), x.ndim())?;
    Ok(x.view().permuted_axes(IxDyn(&perm)).as_standard_layout().into_owned())
}

fn slice_ranges(node: &Node, x: &[usize]) -> Result<Vec<AxisRange>, String> {
    let sizes: Vec<Option<usize>> = x.iter().copied().map(Some).collect();
    ranges(&node.attrs, &sizes)?.into_iter().map(|r| r.ok_or_else(|| "an axis without a size".to_string())).collect()
}

/// Slice by the node's `starts`, `ends`, `axes`, `steps`.
pub fn slice(node: &Node, x: &Tensor) -> Result<Tensor, String> {
    let r = slice_ranges(node, x.shape())?;
    let shape: Vec<usize> = r.iter().map(|r| r.len).collect();
    Ok(Tensor::from_shape_fn(IxDyn(&shape), |idx| {
        let src: Vec<usize> = (0..shape.len()).map(|a| r[a].source(idx[a])).collect();
        x[IxDyn(&src)]
    }))
}

/// SliceGrad: `dy` at the kept positions of a tensor of shape `x`, zero elsewhere.
pub fn slice_grad(node: &Node, dy: &Tensor, x: &[usize]) -> Result<Tensor, String> {
    let r = slice_ranges(node, x)?;
    let mut dx = Tensor::zeros(IxDyn(x));
    for (idx, &g) in dy.indexed_iter() {
        let src: Vec<usize> = (0..x.len()).map(|a| r[a].source(idx[a])).collect();
        dx[IxDyn(&src)] += g;
    }
    Ok(dx)
}

/// The input position Pad reads at output position `i` of an axis of size `n` padded by `begin`.
fn pad_source(mode: &str, i: usize, n: usize, begin: usize) -> Option<usize> {
    let j = i as i64 - begin as i64;
    let n = n as i64;
    let k = match mode {
        _ if j >= 0 && j < n => j,
        "edge" => j.max(0).min(n - 1),
        "reflect" if j < 0 => -j,
        "reflect" => 2 * (n - 1) - j,
        _ => return None,
    };
    Some(k as usize)
}

/// A Pad node over an input shape: per axis the input size, the begin padding and the mode.
struct PadMap {
    sizes: Vec<usize>,
    pads: Vec<(usize, usize)>,
    mode: String,
}

impl PadMap {
    fn new(node: &Node, x: &[usize]) -> Result<PadMap, String> {
        let pads = paddings(&node.attrs, x.len())?;
        Ok(PadMap { sizes: x.to_vec(), pads, mode: PAD_MODE.read(&node.attrs).to_string() })
    }

    fn out_shape(&self) -> Vec<usize> {
        self.sizes.iter().zip(&self.pads).map(|(&n, &(b, e))| n + b + e).collect()
    }

    /// The input index output index `idx` reads, `None` for the fill.
    fn source(&self, idx: &[usize]) -> Option<Vec<usize>> {
        (0..self.sizes.len()).map(|a| pad_source(&self.mode, idx[a], self.sizes[a], self.pads[a].0)).collect()
    }
}

/// Pad by the node's `pads`, `mode` and `value`.
pub fn pad(node: &Node, x: &Tensor) -> Result<Tensor, String> {
    let map = PadMap::new(node, x.shape())?;
    let fill = PAD_VALUE.read(&node.attrs);
    Ok(Tensor::from_shape_fn(IxDyn(&map.out_shape()), |idx| map.source(idx.slice()).map_or(fill, |src| x[IxDyn(&src)])))
}

/// PadGrad: each `dy` element added to the input position it was read from.
pub fn pad_grad(node: &Node, dy: &Tensor, x: &[usize]) -> Result<Tensor, String> {
    let map = PadMap::new(node, x)?;
    let mut dx = Tensor::zeros(IxDyn(x));
    for (idx, &g) in dy.indexed_iter() {
        if let Some(src) = map.source(idx.slice()) {
            dx[IxDyn(&src)] += g;
        }
    }
    Ok(dx)
}

/// The reduced-axes flags, the shape with them kept at 1 and the element count of one group.
fn reduction(node: &Node, x: &[usize]) -> Result<(Vec<bool>, Vec<usize>, usize), String> {
    let reduced = reduced_axes(&node.attrs, x.len())?;
    let kept: Vec<usize> = x.iter().zip(&reduced).map(|(&d, &r)| if r { 1 } else { d }).collect();
    let count = x.iter().zip(&reduced).filter(|p| *p.1).map(|p| *p.0).product();
    Ok((reduced, kept, count))
}

fn kept_index(idx: &[usize], reduced: &[bool]) -> Vec<usize> {
    idx.iter().zip(reduced).map(|(&i, &r)| if r { 0 } else { i }).collect()
}

/// ReduceSum (`mean: false`) or ReduceMean over the node's axes, `keepdims` honoured.
pub fn reduce(node: &Node, x: &Tensor, mean: bool) -> Result<Tensor, String> {
    let (reduced, kept, count) = reduction(node, x.shape())?;
    let mut out = Tensor::zeros(IxDyn(&kept));
    for (idx, &v) in x.indexed_iter() {
        out[IxDyn(&kept_index(idx.slice(), &reduced))] += v;
    }
    if mean {
        out.mapv_inplace(|v| v / count as f64);
    }
    if KEEP_DIMS.read(&node.attrs) == 1 {
        return Ok(out);
    }
    let shape: Vec<usize> = kept.iter().zip(&reduced).filter(|p| !*p.1).map(|p| *p.0).collect();
    out.into_shape_with_order(IxDyn(&shape)).map_err(|e| e.to_string())
}

/// ReduceSumGrad / ReduceMeanGrad: `dy` (over `count` for the mean) at every position of its group.
pub fn reduce_grad(node: &Node, dy: &Tensor, x: &[usize], mean: bool) -> Result<Tensor, String> {
    let (reduced, kept, count) = reduction(node, x)?;
    let dy = dy.to_shape(IxDyn(&kept)).map_err(|e| format!("dY {:?} is not X {x:?} reduced: {e}", dy.shape()))?;
    let scale = if mean { 1.0 / count as f64 } else { 1.0 };
    Ok(Tensor::from_shape_fn(IxDyn(x), |idx| dy[IxDyn(&kept_index(idx.slice(), &reduced))] * scale))
}
