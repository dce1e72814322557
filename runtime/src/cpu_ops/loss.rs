//! The class-label losses over `[N, C]` or `[N, C, d1, ..., dk]` scores (class axis 1, a loss per
//! label of `[N, d1, ..., dk]`) and class labels (fed as f32 class indices), with optional class
//! weights and `ignore_index`, and their gradients: softmax cross-entropy over scores (each item's
//! log-sum-exp in f64) and the negative log-likelihood over log-probabilities.

use super::{expect_len, CpuOp, OpArgs, Tensor};
use syncbn_codegen::LOSS_SUM_PARTIALS;
use syncbn_ir::ops::loss::{IGNORE_INDEX, REDUCTION};

/// Which loss: softmax cross-entropy over scores, or negative log-likelihood over log-probabilities.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    CrossEntropy,
    Nll,
}

/// SoftmaxCrossEntropyLoss or NegativeLogLikelihoodLoss.
pub struct Loss {
    kind: Kind,
}

/// The SoftmaxCrossEntropyLoss op.
pub static CROSS_ENTROPY: Loss = Loss { kind: Kind::CrossEntropy };

/// The NegativeLogLikelihoodLoss op.
pub static NLL: Loss = Loss { kind: Kind::Nll };

/// The gradient of a [`Loss`] in its scores (or log-probabilities).
pub struct LossGrad {
    kind: Kind,
}

/// The SoftmaxCrossEntropyLossGrad op.
pub static CROSS_ENTROPY_GRAD: LossGrad = LossGrad { kind: Kind::CrossEntropy };

/// The NegativeLogLikelihoodLossGrad op.
pub static NLL_GRAD: LossGrad = LossGrad { kind: Kind::Nll };

/// The operands of a loss, checked: scores `[N, C, d1, ..., dk]` seen as `N * S` items (`S` the
/// product of `d1..dk`, 1 for `[N, C]`) of `C` classes `S` apart, each item's class (`None`:
/// ignored) and weight (0 for ignored items).
struct Items<'a> {
    scores: &'a [f32],
    c: usize,
    inner: usize,
    class: Vec<Option<usize>>,
    weight: Vec<f64>,
}

impl<'a> Items<'a> {
    /// Reads scores at input `s`, labels at `s + 1` and the optional class weights at `s + 2`;
    /// every label is a class index in `0..C` or the node's `ignore_index`.
    fn new(a: &OpArgs<'a>, s: usize) -> Result<Self, String> {
        let (scores, labels) = (a.input(s)?, a.input(s + 1)?);
        let (n, c, inner) = match scores.shape {
            [n, c, rest @ ..] => (*n, *c, rest.iter().product::<usize>()),
            shape => return Err(format!("scores have shape {shape:?}; expected [N, C, d1, ..., dk]")),
        };
        if labels.data.len() != n * inner {
            return Err(format!("{} labels for scores of shape {:?}", labels.data.len(), scores.shape));
        }
        let weights: Option<Tensor<'a>> = a.optional(s + 2);
        if let Some(w) = weights.filter(|w| w.data.len() != c) {
            return Err(format!("{} class weights for {c} classes", w.data.len()));
        }
        let ignore = IGNORE_INDEX.get(a.attrs);
        let (mut class, mut weight) = (Vec::with_capacity(n * inner), Vec::with_capacity(n * inner));
        for &l in labels.data {
            if ignore.is_some_and(|i| i as f32 == l) {
                class.push(None);
                weight.push(0.0);
            } else if l.fract() == 0.0 && l >= 0.0 && (l as usize) < c {
                class.push(Some(l as usize));
                weight.push(weights.map_or(1.0, |w| f64::from(w.data[l as usize])));
            } else {
                return Err(format!("label {l} is not a class index in 0..{c}"));
            }
        }
        Ok(Items { scores: scores.data, c, inner, class, weight })
    }

    /// Items (labels).
    fn len(&self) -> usize {
        self.class.len()
    }

    /// The position in the scores of item `i`'s class 0; its classes lie `inner` apart.
    fn base(&self, i: usize) -> usize {
        (i / self.inner) * self.c * self.inner + i % self.inner
    }

    /// Item `i`'s scores, class by class.
    fn scores_of(&self, i: usize) -> impl Iterator<Item = f32> + Clone + 'a {
        self.scores[self.base(i)..].iter().step_by(self.inner).take(self.c).copied()
    }

    /// Item `i`'s unweighted loss (0 for an ignored item).
    fn loss(&self, i: usize, kind: Kind) -> f64 {
        let Some(k) = self.class[i] else { return 0.0 };
        let picked = f64::from(self.scores[self.base(i) + k * self.inner]);
        match kind {
            Kind::CrossEntropy => log_sum_exp(self.scores_of(i)) - picked,
            Kind::Nll => -picked,
        }
    }

    /// The divisor of `"mean"`: the kept items' weight sum.
    fn weight_sum(&self) -> f64 {
        partial_sum(&self.weight)
    }
}

/// The f64 sum of `values` in the order GPU kernels add a loss's items in
/// ([`LOSS_SUM_PARTIALS`]): partial `t` adds values `t`, `t + 256`, ... in order, then the partials
/// are added in order.
fn partial_sum(values: &[f64]) -> f64 {
    let partial = |t: usize| values.iter().skip(t).step_by(LOSS_SUM_PARTIALS).fold(0.0, |s, &v| s + v);
    (0..LOSS_SUM_PARTIALS).fold(0.0, |s, t| s + partial(t))
}

/// `log(sum exp(values))` in f64, shifted by the values' maximum.
fn log_sum_exp(values: impl Iterator<Item = f32> + Clone) -> f64 {
    let max = values.clone().fold(f32::NEG_INFINITY, f32::max);
    f64::from(max) + values.map(|v| f64::from(v - max).exp()).sum::<f64>().ln()
}

impl CpuOp for Loss {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let items = Items::new(a, 0)?;
        let losses = (0..items.len()).map(|i| items.weight[i] * items.loss(i, self.kind));
        match REDUCTION.read(a.attrs) {
            "none" => {
                expect_len(y, items.len())?;
                y.iter_mut().zip(losses).for_each(|(d, l)| *d = l as f32);
            }
            reduction => {
                expect_len(y, 1)?;
                let sum = partial_sum(&losses.collect::<Vec<f64>>());
                y[0] = if reduction == "mean" { sum / items.weight_sum() } else { sum } as f32;
            }
        }
        Ok(())
    }
}

impl CpuOp for LossGrad {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let items = Items::new(a, 1)?;
        expect_len(y, items.len() * items.c)?;
        let d_loss = a.input(0)?.data;
        let reduction = REDUCTION.read(a.attrs);
        let upstream = |i: usize| -> Result<f64, String> {
            match reduction {
                "none" => d_loss.get(i).map(|&g| f64::from(g)).ok_or_else(|| "dLoss has too few items".to_string()),
                r => {
                    let g = f64::from(*d_loss.first().ok_or("dLoss is empty")?);
                    Ok(if r == "mean" { g / items.weight_sum() } else { g })
                }
            }
        };
        for i in 0..items.len() {
            let (base, stride) = (items.base(i), items.inner);
            let out = y[base..].iter_mut().step_by(stride).take(items.c);
            let Some(label) = items.class[i] else {
                out.for_each(|d| *d = 0.0);
                continue;
            };
            let g = items.weight[i] * upstream(i)?;
            match self.kind {
                Kind::CrossEntropy => {
                    let lse = log_sum_exp(items.scores_of(i));
                    for (k, (d, s)) in out.zip(items.scores_of(i)).enumerate() {
                        let p = (f64::from(s) - lse).exp();
                        *d = (g * (p - f64::from(u8::from(k == label)))) as f32;
                    }
                }
                Kind::Nll => {
                    for (k, d) in out.enumerate() {
                        *d = if k == label { (-g) as f32 } else { 0.0 };
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpu_ops::OpAttrs;
    use syncbn_ir::Attr;

    fn args<'a>(
        inputs: Vec<Option<Tensor<'a>>>,
        attrs: &'a std::collections::BTreeMap<String, Attr>,
        out: &'a [usize],
    ) -> OpArgs<'a> {
        OpArgs { attrs, typed: OpAttrs::Untyped, inputs, out_shape: out, team: None }
    }

    const SCORES: [f32; 9] = [0.5, -1.0, 2.0, 3.0, 0.25, -0.75, -0.5, 1.5, 0.125];
    const LABELS: [f32; 3] = [2.0, -1.0, 0.0];
    const WEIGHTS: [f32; 3] = [0.5, 2.0, 1.5];

    /// Float64 reference of the weighted loss with row 1 ignored (label -1): `cross` picks softmax
    /// cross-entropy over scores, else the NLL of the values as log-probabilities.
    fn reference(s: &[f64], cross: bool, reduction: &str) -> f64 {
        let (mut sum, mut w_sum) = (0.0, 0.0);
        for (i, &l) in LABELS.iter().enumerate().filter(|(_, &l)| l >= 0.0) {
            let (r, w) = (&s[i * 3..i * 3 + 3], f64::from(WEIGHTS[l as usize]));
            let nll = if cross { r.iter().map(|v| v.exp()).sum::<f64>().ln() - r[l as usize] } else { -r[l as usize] };
            sum += w * nll;
            w_sum += w;
        }
        if reduction == "mean" {
            sum / w_sum
        } else {
            sum
        }
    }

    /// Both losses, mean and sum, weights and an ignored row, against the float64 reference; the
    /// gradients against its finite differences.
    #[test]
    fn losses_and_gradients_match_a_float64_reference() {
        let s64: Vec<f64> = SCORES.iter().map(|&v| f64::from(v)).collect();
        let (ss, ls, ws) = ([3usize, 3], [3usize], [3usize]);
        for (op, grad, cross) in [(&CROSS_ENTROPY, &CROSS_ENTROPY_GRAD, true), (&NLL, &NLL_GRAD, false)] {
            for reduction in ["mean", "sum"] {
                let attrs = [REDUCTION.entry(reduction), IGNORE_INDEX.entry(-1)].into();
                let operands = || {
                    vec![
                        Some(Tensor { data: &SCORES, shape: &ss }),
                        Some(Tensor { data: &LABELS, shape: &ls }),
                        Some(Tensor { data: &WEIGHTS, shape: &ws }),
                    ]
                };
                let mut loss = [0.0f32];
                op.run(&args(operands(), &attrs, &[]), &mut loss).unwrap();
                let want = reference(&s64, cross, reduction);
                assert!(
                    (f64::from(loss[0]) - want).abs() < 1e-6,
                    "cross-entropy {cross}, {reduction}: {loss:?} vs {want}"
                );
                let one = [1.0f32];
                let mut inputs = vec![Some(Tensor { data: &one, shape: &[] })];
                inputs.extend(operands());
                let mut d = [0.0f32; 9];
                grad.run(&args(inputs, &attrs, &ss), &mut d).unwrap();
                for k in 0..9 {
                    let (mut up, mut down) = (s64.clone(), s64.clone());
                    up[k] += 1e-6;
                    down[k] -= 1e-6;
                    let fd = (reference(&up, cross, reduction) - reference(&down, cross, reduction)) / 2e-6;
                    assert!(
                        (f64::from(d[k]) - fd).abs() < 1e-6,
                        "cross-entropy {cross}, {reduction} {k}: {} vs {fd}",
                        d[k]
                    );
                }
            }
        }
    }

    #[test]
    fn none_gives_each_rows_weighted_loss() {
        let attrs = [REDUCTION.entry("none"), IGNORE_INDEX.entry(-1)].into();
        let inputs = vec![
            Some(Tensor { data: &SCORES, shape: &[3, 3] }),
            Some(Tensor { data: &LABELS, shape: &[3] }),
            Some(Tensor { data: &WEIGHTS, shape: &[3] }),
        ];
        let mut y = [9.0f32; 3];
        NLL.run(&args(inputs, &attrs, &[3]), &mut y).unwrap();
        assert_eq!(y, [-2.0 * 1.5, 0.0, 0.5 * 0.5]);
    }

    #[test]
    fn labels_out_of_range_are_an_error() {
        let (scores, labels) = ([0.0f32; 4], [2.0f32, 0.0]);
        let attrs = Default::default();
        let inputs = vec![Some(Tensor { data: &scores, shape: &[2, 2] }), Some(Tensor { data: &labels, shape: &[2] })];
        let err = CROSS_ENTROPY.run(&args(inputs, &attrs, &[]), &mut [0.0]).unwrap_err();
        assert!(err.contains("label 2 is not a class index in 0..2"), "{err}");
    }

    /// A deterministic spread of values in about [-2, 2].
    fn values(len: usize, seed: usize) -> Vec<f32> {
        (0..len).map(|i| (((i * 7919 + seed * 104_729) % 1000) as f32 / 250.0) - 2.0).collect()
    }

    /// Per-pixel losses over `scores` `shape` (`[N, C, d..]`) against `labels`, every reduction,
    /// with class weights and `ignore_index` 255, against the float64 reference
    /// (`syncbn_reference::loss::class_loss`) and the gradients against its central differences.
    fn check_per_pixel(shape: &[usize], labels: &[f32]) {
        use syncbn_reference::Tensor as F64;
        let c = shape[1];
        let scores = values(shape.iter().product(), shape.len());
        let weights: Vec<f32> = (0..c).map(|k| 0.5 + k as f32 * 0.75).collect();
        let label_shape: Vec<usize> = shape.iter().enumerate().filter(|(a, _)| *a != 1).map(|(_, &d)| d).collect();
        let to64 = |v: &[f32], s: &[usize]| F64::from_shape_vec(s.to_vec(), v.iter().map(|&x| f64::from(x)).collect());
        let (l64, w64) = (to64(labels, &label_shape).unwrap(), to64(&weights, &[c]).unwrap());
        let classes = [c];
        let ops = [
            (&CROSS_ENTROPY, &CROSS_ENTROPY_GRAD, syncbn_ir::grad::SOFTMAX_CROSS_ENTROPY_LOSS),
            (&NLL, &NLL_GRAD, syncbn_ir::grad::NLL_LOSS),
        ];
        for (op, grad, name) in ops {
            let softmax = name == syncbn_ir::grad::SOFTMAX_CROSS_ENTROPY_LOSS;
            for reduction in ["none", "sum", "mean"] {
                let attrs = [REDUCTION.entry(reduction), IGNORE_INDEX.entry(255)].into();
                let node = syncbn_ir::Node {
                    name: "loss".into(),
                    op: name.into(),
                    inputs: vec![],
                    outputs: vec![],
                    attrs: [REDUCTION.entry(reduction), IGNORE_INDEX.entry(255)].into(),
                };
                let reference = |s: &[f64]| {
                    let s = F64::from_shape_vec(shape.to_vec(), s.to_vec()).unwrap();
                    syncbn_reference::loss::class_loss(&node, &s, &l64, Some(&w64), softmax).unwrap()
                };
                let operands = || {
                    vec![
                        Some(Tensor { data: &scores, shape }),
                        Some(Tensor { data: labels, shape: &label_shape }),
                        Some(Tensor { data: &weights, shape: &classes }),
                    ]
                };
                let out_shape: &[usize] = if reduction == "none" { &label_shape } else { &[] };
                let mut loss = vec![0.0f32; out_shape.iter().product()];
                op.run(&args(operands(), &attrs, out_shape), &mut loss).unwrap();
                let s64: Vec<f64> = scores.iter().map(|&v| f64::from(v)).collect();
                let want = reference(&s64);
                assert_eq!(want.len(), loss.len());
                for (g, w) in loss.iter().zip(want.iter()) {
                    let ok = (f64::from(*g) - w).abs() <= 1e-6 * w.abs().max(1.0) || (g.is_nan() && w.is_nan());
                    assert!(ok, "{name} {reduction} {shape:?}: {g} vs {w}");
                }
                // The upstream gradient: 1 for a scalar, item i's 0.5 + i / 8 for `none`.
                let d_loss: Vec<f32> = (0..loss.len()).map(|i| 0.5 + i as f32 / 8.0).collect();
                let mut inputs = vec![Some(Tensor { data: &d_loss, shape: out_shape })];
                inputs.extend(operands());
                let mut d = vec![0.0f32; scores.len()];
                grad.run(&args(inputs, &attrs, shape), &mut d).unwrap();
                let weighted = |s: &[f64]| -> f64 {
                    let l = reference(s);
                    l.iter().zip(&d_loss).map(|(v, &g)| v * f64::from(g)).sum()
                };
                for (k, dk) in d.iter().enumerate() {
                    let (mut up, mut down) = (s64.clone(), s64.clone());
                    up[k] += 1e-6;
                    down[k] -= 1e-6;
                    let fd = (weighted(&up) - weighted(&down)) / 2e-6;
                    let ok = if fd.is_nan() { *dk == 0.0 } else { (f64::from(*dk) - fd).abs() < 1e-5 };
                    assert!(ok, "{name}Grad {reduction} {shape:?} element {k}: {dk} vs {fd}");
                }
            }
        }
    }

    /// Labels for `len` items of `c` classes: every class, every fifth item ignored (255).
    fn pixel_labels(len: usize, c: usize) -> Vec<f32> {
        (0..len).map(|i| if i % 5 == 3 { 255.0 } else { ((i * 7) % c) as f32 }).collect()
    }

    /// Odd shapes: 3 classes over 7x5 pixels, N = 1 and 2, one extra axis and three; a shard whose
    /// labels are all ignored (its sum and gradient 0, its mean 0/0 as the float64 reference's, with
    /// no gradient) and an
    /// empty shard (N = 0, as a replica of a batch smaller than the replicas gets).
    #[test]
    fn per_pixel_losses_and_gradients_match_the_float64_reference() {
        for shape in [&[2usize, 3, 7, 5][..], &[1, 3, 7, 5], &[3, 4, 5], &[1, 3, 2, 3, 2], &[3, 3]] {
            let labels: usize = shape.iter().product::<usize>() / shape[1];
            check_per_pixel(shape, &pixel_labels(labels, shape[1]));
        }
        check_per_pixel(&[1, 3, 7, 5], &[255.0; 35]);
        check_per_pixel(&[0, 3, 7, 5], &[]);
    }
}
