//! Reference MaxPool and AveragePool (kernel_shape, strides, pads, dilations, ceil_mode,
//! count_include_pad) in f64, over the windows that their gradients in [`super::grad_window`] share.

use ndarray::IxDyn;
use syncbn_ir::ops::pool::COUNT_INCLUDE_PAD;
use syncbn_ir::ops::window::WindowAttrs;
use syncbn_ir::Node;

use super::conv::{indices, resolved_pads, row_major, sizes, strides_of};
use super::Tensor;

/// Pool attributes, one entry per spatial axis (`pads`: all begins, then all ends).
#[derive(Clone, Debug, PartialEq)]
pub struct PoolParams {
    /// `kernel_shape`.
    pub kernel: Vec<usize>,
    /// `strides`.
    pub strides: Vec<usize>,
    /// `pads`.
    pub pads: Vec<usize>,
    /// `dilations`.
    pub dilations: Vec<usize>,
    /// `ceil_mode`.
    pub ceil_mode: bool,
    /// `count_include_pad` (AveragePool).
    pub count_include_pad: bool,
}

impl PoolParams {
    /// The attributes of a pool (or pool gradient) node over an input of spatial shape `input`;
    /// `auto_pad` resolves to explicit pads.
    pub fn of_node(node: &Node, input: &[usize]) -> Result<Self, String> {
        let window = WindowAttrs::read(&node.attrs, input.len())?;
        let kernel = sizes(window.kernel_shape.as_deref().ok_or("kernel_shape is missing")?)?;
        Ok(PoolParams {
            strides: sizes(&window.strides)?,
            pads: resolved_pads(&window, input, &kernel)?,
            dilations: sizes(&window.dilations)?,
            kernel,
            ceil_mode: window.ceil_mode,
            count_include_pad: COUNT_INCLUDE_PAD.read(&node.attrs),
        })
    }
}

/// The windows of a pool over one `(n, c)` plane.
#[derive(Clone, Debug, PartialEq)]
pub struct Windows {
    /// The output spatial sizes.
    pub out_spatial: Vec<usize>,
    /// Per output position (row-major), the plane offsets of the taps inside the input, in
    /// row-major window order.
    pub taps: Vec<Vec<usize>>,
    /// Per output position, the taps inside the input or its explicit padding (the
    /// `count_include_pad` divisor).
    pub padded: Vec<usize>,
}

/// The output size along one axis (ONNX, with PyTorch's rule that under `ceil_mode` the last window
/// starts inside the input or its leading padding).
fn output_len(input: usize, axis: usize, p: &PoolParams) -> Result<usize, String> {
    let d = p.kernel.len();
    let extent = p.dilations[axis] * (p.kernel[axis].max(1) - 1) + 1;
    let padded = input + p.pads[axis] + p.pads[axis + d];
    let stride = p.strides[axis];
    if padded < extent || stride == 0 || p.kernel[axis] == 0 {
        return Err(format!("spatial axis {axis}: window extent {extent} does not fit the padded size {padded}"));
    }
    let span = padded - extent;
    let mut out = if p.ceil_mode { span.div_ceil(stride) + 1 } else { span / stride + 1 };
    if p.ceil_mode && (out - 1) * stride >= input + p.pads[axis] {
        out -= 1;
    }
    Ok(out)
}

/// The windows of a pool with `p` over a plane of `spatial` sizes.
pub fn windows(spatial: &[usize], p: &PoolParams) -> Result<Windows, String> {
    let d = spatial.len();
    if p.kernel.len() != d {
        return Err(format!("kernel_shape has {} entries; expected {d}", p.kernel.len()));
    }
    let out_spatial = (0..d).map(|i| output_len(spatial[i], i, p)).collect::<Result<Vec<_>, _>>()?;
    let st = strides_of(spatial);
    let kernel = indices(&p.kernel);
    let (mut taps, mut padded) = (Vec::new(), Vec::new());
    for o in indices(&out_spatial) {
        let (mut inside, mut count) = (Vec::new(), 0);
        for k in &kernel {
            let coords: Vec<isize> =
                (0..d).map(|i| (o[i] * p.strides[i] + k[i] * p.dilations[i]) as isize - p.pads[i] as isize).collect();
            count += usize::from((0..d).all(|i| coords[i] < (spatial[i] + p.pads[i + d]) as isize));
            if (0..d).all(|i| coords[i] >= 0 && (coords[i] as usize) < spatial[i]) {
                inside.push((0..d).map(|i| coords[i] as usize * st[i]).sum());
            }
        }
        if inside.is_empty() {
            return Err(format!("the window at output position {o:?} lies entirely in the padding"));
        }
        taps.push(inside);
        padded.push(count);
    }
    Ok(Windows { out_spatial, taps, padded })
}

/// The pool's output shape for input shape `x` and its windows; `x` has rank at least 3.
pub fn pool_windows(x: &[usize], p: &PoolParams) -> Result<(Vec<usize>, Windows), String> {
    if x.len() < 3 {
        return Err(format!("input has rank {}; expected at least 3", x.len()));
    }
    let w = windows(&x[2..], p)?;
    let mut shape = x[..2].to_vec();
    shape.extend(&w.out_spatial);
    Ok((shape, w))
}

/// The tap of a window (non-empty) holding its maximum: the first one in window order on ties.
pub fn argmax(plane: &[f64], taps: &[usize]) -> usize {
    taps.iter().copied().fold(taps[0], |best, t| if plane[t] > plane[best] { t } else { best })
}

/// The divisor of an AveragePool window: its taps inside the input, or with `count_include_pad`
/// also those in the explicit padding.
pub fn divisor(w: &Windows, position: usize, p: &PoolParams) -> f64 {
    if p.count_include_pad {
        w.padded[position] as f64
    } else {
        w.taps[position].len() as f64
    }
}

/// Applies `reduce(plane, windows, position)` to every window of every `(n, c)` plane of `x`.
fn pool(x: &Tensor, p: &PoolParams, reduce: impl Fn(&[f64], &Windows, usize) -> f64) -> Result<Tensor, String> {
    let (shape, w) = pool_windows(x.shape(), p)?;
    let plane: usize = x.shape()[2..].iter().product();
    let data = row_major(x);
    let y: Vec<f64> = data
        .chunks_exact(plane.max(1))
        .take(x.shape()[0] * x.shape()[1])
        .flat_map(|pl| (0..w.taps.len()).map(|o| reduce(pl, &w, o)).collect::<Vec<_>>())
        .collect();
    Tensor::from_shape_vec(IxDyn(&shape), y).map_err(|e| e.to_string())
}

/// MaxPool's output `Y`.
pub fn max_pool(x: &Tensor, p: &PoolParams) -> Result<Tensor, String> {
    pool(x, p, |pl, w, o| pl[argmax(pl, &w.taps[o])])
}

/// AveragePool.
pub fn average_pool(x: &Tensor, p: &PoolParams) -> Result<Tensor, String> {
    pool(x, p, |pl, w, o| w.taps[o].iter().map(|&t| pl[t]).sum::<f64>() / divisor(w, o, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(shape: &[usize], v: &[f64]) -> Tensor {
        Tensor::from_shape_vec(IxDyn(shape), v.to_vec()).unwrap()
    }

    fn params(kernel: &[usize], strides: &[usize], pads: &[usize]) -> PoolParams {
        let d = kernel.len();
        PoolParams {
            kernel: kernel.to_vec(),
            strides: strides.to_vec(),
            pads: pads.to_vec(),
            dilations: vec![1; d],
            ceil_mode: false,
            count_include_pad: false,
        }
    }

    #[test]
    fn auto_pad_same_lower_pads_the_odd_element_first() {
        let attrs = [
            ("auto_pad".to_string(), syncbn_ir::Attr::Str("SAME_LOWER".into())),
            ("kernel_shape".to_string(), syncbn_ir::Attr::Ints(vec![2, 3])),
        ];
        let node =
            Node { name: "p".into(), op: "MaxPool".into(), inputs: vec![], outputs: vec![], attrs: attrs.into() };
        let p = PoolParams::of_node(&node, &[7, 5]).unwrap();
        assert_eq!(p.pads, vec![1, 1, 0, 1], "stride 1: total pads k - 1, the odd one at the beginning");
        let x = Tensor::zeros(IxDyn(&[1, 3, 7, 5]));
        assert_eq!(max_pool(&x, &p).unwrap().shape(), &[1, 3, 7, 5]);
    }

    #[test]
    fn max_pool_values_by_hand() {
        let x = t(&[1, 1, 3, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
        let y = max_pool(&x, &params(&[2, 2], &[1, 1], &[0; 4])).unwrap();
        assert_eq!(y, t(&[1, 1, 2, 2], &[5.0, 6.0, 8.0, 9.0]));
        let neg = x.mapv(|v| -v);
        let y = max_pool(&neg, &params(&[3, 3], &[2, 2], &[1; 4])).unwrap();
        assert_eq!(y, t(&[1, 1, 2, 2], &[-1.0, -2.0, -4.0, -5.0]), "padding never wins");
    }

    #[test]
    fn average_pool_divisors_by_hand() {
        let x = t(&[1, 1, 3, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
        let mut p = params(&[3, 3], &[2, 2], &[1; 4]);
        assert_eq!(average_pool(&x, &p).unwrap()[[0, 0, 0, 0]], 3.0);
        p.count_include_pad = true;
        assert_eq!(average_pool(&x, &p).unwrap()[[0, 0, 0, 0]], 12.0 / 9.0);
        let row = t(&[1, 1, 1, 4], &[1.0, 2.0, 3.0, 4.0]);
        let mut p = params(&[1, 3], &[1, 2], &[0; 4]);
        p.ceil_mode = true;
        p.count_include_pad = true;
        assert_eq!(average_pool(&row, &p).unwrap(), t(&[1, 1, 1, 2], &[2.0, 3.5]), "ceil overhang is not counted");
        p.ceil_mode = false;
        assert_eq!(average_pool(&row, &p).unwrap(), t(&[1, 1, 1, 1], &[2.0]));
    }

    #[test]
    fn windows_in_the_padding_only_are_errors() {
        let x = Tensor::zeros(IxDyn(&[1, 1, 2]));
        let err = max_pool(&x, &params(&[1], &[1], &[3, 0])).unwrap_err();
        assert!(err.contains("entirely in the padding"), "{err}");
    }
}
