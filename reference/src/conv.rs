//! Reference N-dimensional convolution (ONNX Conv: strides, pads, dilations, groups), in f64, as
//! the sum of its product terms, which the gradients in [`super::grad_conv`] visit too.

use ndarray::{Dimension, IxDyn};
use syncbn_ir::ops::conv::GROUP;
use syncbn_ir::ops::window::WindowAttrs;
use syncbn_ir::Node;

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

impl ConvParams {
    /// The geometry attributes of a Conv (or Conv gradient) node over an input of spatial shape
    /// `input` with a kernel of spatial shape `kernel`; `auto_pad` resolves to explicit pads.
    pub fn of_node(node: &Node, input: &[usize], kernel: &[usize]) -> Result<Self, String> {
        let window = WindowAttrs::read(&node.attrs, input.len())?;
        Ok(ConvParams {
            strides: sizes(&window.strides)?,
            pads: resolved_pads(&window, input, kernel)?,
            dilations: sizes(&window.dilations)?,
            group: usize::try_from(GROUP.read(&node.attrs)).map_err(|_| "group is negative")?,
        })
    }
}

/// Attribute entries as sizes.
pub(crate) fn sizes(v: &[u64]) -> Result<Vec<usize>, String> {
    v.iter().map(|&x| usize::try_from(x).map_err(|_| format!("{x} does not fit in memory"))).collect()
}

/// The window's padding over an input of spatial shape `input` with kernel `kernel`: all begins, then
/// all ends; `auto_pad` SAME pads for `output = ceil(input / stride)`, VALID not at all.
pub(crate) fn resolved_pads(window: &WindowAttrs, input: &[usize], kernel: &[usize]) -> Result<Vec<usize>, String> {
    let d = input.len();
    if kernel.len() != d {
        return Err(format!("the kernel has {} spatial axes; expected {d}", kernel.len()));
    }
    let mut pads = vec![0u64; 2 * d];
    for i in 0..d {
        let (n, k) = (input[i] as u64, kernel[i] as u64);
        let output = n.div_ceil(window.strides[i].max(1));
        (pads[i], pads[i + d]) = window.pads_of(i, k, n, output);
    }
    sizes(&pads)
}

/// Row-major strides of a shape.
pub(crate) fn strides_of(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Every multi-index of `shape`, row-major.
pub(crate) fn indices(shape: &[usize]) -> Vec<Vec<usize>> {
    ndarray::indices(IxDyn(shape)).into_iter().map(|i| i.as_array_view().to_vec()).collect()
}

/// Checks the geometry against the operands and returns the output spatial sizes.
fn output_spatial(x: &[usize], w: &[usize], p: &ConvParams) -> Result<Vec<usize>, String> {
    if x.len() < 3 {
        return Err(format!("input has rank {}; expected at least 3", x.len()));
    }
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

/// The output shape `[N, M, S'...]` of a Conv of `x` by `w`.
pub fn conv_output_shape(x: &[usize], w: &[usize], p: &ConvParams) -> Result<Vec<usize>, String> {
    let spatial = output_spatial(x, w, p)?;
    let mut shape = vec![x[0], w[0]];
    shape.extend(spatial);
    Ok(shape)
}

/// Calls `term(y, x, w)` with the row-major offsets of every product `x[x] * w[w]` that the Conv of
/// an input of shape `x` by a weight of shape `w` adds into output element `y`, in the order
/// (n, m, output position, input channel of the group, kernel tap). Returns the output shape.
pub fn for_each_term(
    x: &[usize],
    w: &[usize],
    p: &ConvParams,
    mut term: impl FnMut(usize, usize, usize),
) -> Result<Vec<usize>, String> {
    let y_shape = conv_output_shape(x, w, p)?;
    let d = y_shape.len() - 2;
    let (n, m, cg) = (x[0], w[0], w[1]);
    let (xst, wst) = (strides_of(x), strides_of(w));
    let kernel = indices(&w[2..]);
    let outs = indices(&y_shape[2..]);
    let per_group = m / p.group;
    let mut yoff = 0;
    for ni in 0..n {
        for mi in 0..m {
            let g = mi / per_group;
            for o in &outs {
                for cc in 0..cg {
                    let c = g * cg + cc;
                    for k in &kernel {
                        let mut xoff = ni * xst[0] + c * xst[1];
                        let mut inside = true;
                        for i in 0..d {
                            let pos = (o[i] * p.strides[i] + k[i] * p.dilations[i]) as isize - p.pads[i] as isize;
                            if pos < 0 || pos as usize >= x[i + 2] {
                                inside = false;
                                break;
                            }
                            xoff += pos as usize * xst[i + 2];
                        }
                        if inside {
                            let woff = mi * wst[0] + cc * wst[1] + (0..d).map(|i| k[i] * wst[i + 2]).sum::<usize>();
                            term(yoff, xoff, woff);
                        }
                    }
                }
                yoff += 1;
            }
        }
    }
    Ok(y_shape)
}

/// The elements of `t` in row-major order.
pub(crate) fn row_major(t: &Tensor) -> Vec<f64> {
    t.iter().copied().collect()
}

/// `conv(x, w) + b`: `x [N, C, S...]`, `w [M, C/group, K...]`, `b [M]`.
pub fn conv(x: &Tensor, w: &Tensor, b: Option<&Tensor>, p: &ConvParams) -> Result<Tensor, String> {
    let y_shape = conv_output_shape(x.shape(), w.shape(), p)?;
    let m = w.shape()[0];
    if let Some(b) = b.filter(|b| b.len() != m) {
        return Err(format!("bias has {} values; expected {m}", b.len()));
    }
    let plane: usize = y_shape[2..].iter().product();
    let mut y: Vec<f64> = match b {
        Some(b) => (0..y_shape[0]).flat_map(|_| b.iter().flat_map(|&v| std::iter::repeat(v).take(plane))).collect(),
        None => vec![0.0; y_shape.iter().product()],
    };
    let (xd, wd) = (row_major(x), row_major(w));
    for_each_term(x.shape(), w.shape(), p, |yo, xo, wo| y[yo] += xd[xo] * wd[wo])?;
    Tensor::from_shape_vec(IxDyn(&y_shape), y).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use syncbn_ir::Attr;

    use super::*;

    fn node(attrs: &[(&str, Attr)]) -> Node {
        let attrs: BTreeMap<String, Attr> = attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        Node { name: "c".into(), op: "Conv".into(), inputs: vec![], outputs: vec![], attrs }
    }

    #[test]
    fn auto_pad_resolves_to_the_runtime_pads() {
        let strides = ("strides", Attr::Ints(vec![2, 2]));
        let same = |mode: &str| node(&[("auto_pad", Attr::Str(mode.into())), strides.clone()]);
        // 7 -> ceil(7/2) = 4 outputs with k=3: total pad 2; 5 -> 3 outputs with k=2: total pad 1.
        let upper = ConvParams::of_node(&same("SAME_UPPER"), &[7, 5], &[3, 2]).unwrap();
        assert_eq!(upper.pads, vec![1, 0, 1, 1]);
        let lower = ConvParams::of_node(&same("SAME_LOWER"), &[7, 5], &[3, 2]).unwrap();
        assert_eq!(lower.pads, vec![1, 1, 1, 0]);
        let valid = ConvParams::of_node(&same("VALID"), &[7, 5], &[3, 2]).unwrap();
        assert_eq!(valid.pads, vec![0; 4]);
        let shape = conv_output_shape(&[1, 3, 7, 5], &[2, 3, 3, 2], &upper).unwrap();
        assert_eq!(shape, vec![1, 2, 4, 3], "SAME keeps ceil(input / stride)");
        let explicit = node(&[("pads", Attr::Ints(vec![1, 0, 1, 1])), strides]);
        assert_eq!(ConvParams::of_node(&explicit, &[7, 5], &[3, 2]).unwrap(), upper);
    }

    #[test]
    fn window_lists_of_the_wrong_length_are_refused() {
        let bad = node(&[("strides", Attr::Ints(vec![1, 1, 1]))]);
        let err = ConvParams::of_node(&bad, &[7, 5], &[3, 2]).unwrap_err();
        assert!(err.contains("strides") && err.contains("expected 2"), "{err}");
    }
}
