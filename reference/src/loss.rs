//! LogSoftmax and the class-label losses (SoftmaxCrossEntropyLoss, NegativeLogLikelihoodLoss) in
//! f64 over `[N, C]` or `[N, C, d1, ..., dk]` scores, with class weights and `ignore_index`, written
//! from the ONNX definitions.

use ndarray::{Axis, Dimension, IxDyn};
use syncbn_ir::ops::loss::{IGNORE_INDEX, REDUCTION};
use syncbn_ir::Node;

use super::Tensor;

/// `x - log(sum(exp(x)))` along `axis`, each lane shifted by its maximum first.
pub fn log_softmax(x: &Tensor, axis: usize) -> Tensor {
    let mut y = x.clone();
    for mut lane in y.lanes_mut(Axis(axis)) {
        let max = lane.fold(f64::NEG_INFINITY, |m, &v| m.max(v));
        let log_sum = lane.iter().map(|&v| (v - max).exp()).sum::<f64>().ln();
        lane.mapv_inplace(|v| v - max - log_sum);
    }
    y
}

/// The loss of `node` (SoftmaxCrossEntropyLoss when `softmax`, else NegativeLogLikelihoodLoss)
/// over `scores` `[N, C, d1, ..., dk]`, `labels` `[N, d1, ..., dk]` and optional `weights` `[C]`:
/// each kept label's `-w[label] * log_probs[n, label, d1, ..., dk]`, reduced by `reduction` (`"none"`
/// keeps the labels' shape, `"mean"` divides by the kept labels' weights).
pub fn class_loss(
    node: &Node,
    scores: &Tensor,
    labels: &Tensor,
    weights: Option<&Tensor>,
    softmax: bool,
) -> Result<Tensor, String> {
    if scores.ndim() < 2 {
        return Err(format!("scores of shape {:?}; expected [N, C, d1, ..., dk]", scores.shape()));
    }
    let c = scores.shape()[1];
    let want: Vec<usize> = scores.shape().iter().enumerate().filter(|(a, _)| *a != 1).map(|(_, &d)| d).collect();
    if labels.shape() != want.as_slice() {
        return Err(format!("labels of shape {:?} for scores {:?}; expected {want:?}", labels.shape(), scores.shape()));
    }
    let log_probs = if softmax { log_softmax(scores, 1) } else { scores.clone() };
    let ignore = IGNORE_INDEX.get(&node.attrs).map(|i| i as f64);
    let (mut losses, mut weight_sum) = (Tensor::zeros(labels.raw_dim()), 0.0);
    for (at, &label) in labels.indexed_iter() {
        if Some(label) == ignore {
            continue;
        }
        if label < 0.0 || label >= c as f64 || label.fract() != 0.0 {
            return Err(format!("label {label} is not a class in 0..{c}"));
        }
        let k = label as usize;
        let w = weights.map_or(1.0, |w| w.as_slice_memory_order().map_or(f64::NAN, |s| s[k]));
        let mut index: Vec<usize> = at.slice().to_vec();
        index.insert(1, k);
        losses[&at] = -w * log_probs[IxDyn(&index)];
        weight_sum += w;
    }
    Ok(match REDUCTION.read(&node.attrs) {
        "none" => losses,
        "sum" => Tensor::from_elem(vec![], losses.sum()),
        _ => Tensor::from_elem(vec![], losses.sum() / weight_sum),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncbn_ir::Attr;

    fn node(op: &str, reduction: &str) -> Node {
        Node {
            name: "loss".into(),
            op: op.into(),
            inputs: vec![],
            outputs: vec!["loss".into()],
            attrs: [("reduction".to_string(), Attr::Str(reduction.into())), ("ignore_index".to_string(), Attr::Int(7))]
                .into(),
        }
    }

    /// Rows whose probabilities are known in closed form: scores `[0, ln 3]` give `[1/4, 3/4]`.
    #[test]
    fn losses_follow_the_onnx_definitions_on_closed_form_rows() {
        let ln3 = 3f64.ln();
        let scores = Tensor::from_shape_vec(vec![3, 2], vec![0.0, ln3, ln3, 0.0, 5.0, 5.0]).unwrap();
        let labels = Tensor::from_shape_vec(vec![3], vec![1.0, 1.0, 7.0]).unwrap();
        let weights = Tensor::from_shape_vec(vec![2], vec![2.0, 0.5]).unwrap();
        let lp = log_softmax(&scores, 1);
        assert!((lp[[0, 0]] - 0.25f64.ln()).abs() < 1e-15 && (lp[[0, 1]] - 0.75f64.ln()).abs() < 1e-15);
        let sce = |r: &str| class_loss(&node("SoftmaxCrossEntropyLoss", r), &scores, &labels, Some(&weights), true);
        let want_sum = -0.5 * 0.75f64.ln() - 0.5 * 0.25f64.ln();
        assert!((sce("sum").unwrap().sum() - want_sum).abs() < 1e-15);
        assert!((sce("mean").unwrap().sum() - want_sum / 1.0).abs() < 1e-15);
        let none = sce("none").unwrap();
        assert_eq!(none.shape(), &[3]);
        assert_eq!(none[[2]], 0.0, "the ignored row");
        let nll = class_loss(&node("NegativeLogLikelihoodLoss", "mean"), &lp, &labels, None, false).unwrap();
        assert!((nll.sum() - -(0.75f64.ln() + 0.25f64.ln()) / 2.0).abs() < 1e-15);
        let bad = Tensor::from_shape_vec(vec![3], vec![1.0, 2.0, 0.0]).unwrap();
        assert!(class_loss(&node("NegativeLogLikelihoodLoss", "sum"), &lp, &bad, None, false).is_err());
    }

    /// The rows of the closed-form test as the 3 pixels of one `[1, 2, 1, 3]` image: the class
    /// axis is axis 1, `none` keeps the labels' shape `[1, 1, 3]`, the mean divides by the kept
    /// pixels' weights.
    #[test]
    fn per_pixel_losses_take_the_class_from_axis_1() {
        let ln3 = 3f64.ln();
        let scores = Tensor::from_shape_vec(vec![1, 2, 1, 3], vec![0.0, ln3, 5.0, ln3, 0.0, 5.0]).unwrap();
        let labels = Tensor::from_shape_vec(vec![1, 1, 3], vec![1.0, 1.0, 7.0]).unwrap();
        let weights = Tensor::from_shape_vec(vec![2], vec![2.0, 0.5]).unwrap();
        let sce = |r: &str| class_loss(&node("SoftmaxCrossEntropyLoss", r), &scores, &labels, Some(&weights), true);
        let none = sce("none").unwrap();
        assert_eq!(none.shape(), &[1, 1, 3]);
        assert!((none[[0, 0, 0]] + 0.5 * 0.75f64.ln()).abs() < 1e-15 && none[[0, 0, 2]] == 0.0);
        let want_sum = -0.5 * 0.75f64.ln() - 0.5 * 0.25f64.ln();
        assert!((sce("mean").unwrap().sum() - want_sum / 1.0).abs() < 1e-15);
        let wrong = Tensor::from_shape_vec(vec![1, 3, 1], vec![1.0, 1.0, 7.0]).unwrap();
        assert!(class_loss(&node("SoftmaxCrossEntropyLoss", "sum"), &scores, &wrong, None, true).is_err());
    }
}
