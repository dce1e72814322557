//! The class-label losses over `[N, C]` and class labels (fed as f32 class indices), with optional
//! class weights and `ignore_index`, and their gradients: softmax cross-entropy over scores (each
//! row's log-sum-exp in f64) and the negative log-likelihood over log-probabilities.

use super::{expect_len, CpuOp, OpArgs, Tensor};
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

/// The operands of a loss, checked: rows, classes, each row's class (`None`: ignored) and weight
/// (0 for ignored rows).
struct Rows<'a> {
    scores: &'a [f32],
    n: usize,
    c: usize,
    class: Vec<Option<usize>>,
    weight: Vec<f64>,
}

impl<'a> Rows<'a> {
    /// Reads scores at input `s`, labels at `s + 1` and the optional class weights at `s + 2`;
    /// every label is a class index in `0..C` or the node's `ignore_index`.
    fn new(a: &OpArgs<'a>, s: usize) -> Result<Self, String> {
        let (scores, labels) = (a.input(s)?, a.input(s + 1)?);
        let (n, c) = match scores.shape {
            [n, c] => (*n, *c),
            shape => return Err(format!("scores have shape {shape:?}; expected [N, C]")),
        };
        if labels.data.len() != n {
            return Err(format!("{} labels for {n} rows of scores", labels.data.len()));
        }
        let weights: Option<Tensor<'a>> = a.optional(s + 2);
        if let Some(w) = weights.filter(|w| w.data.len() != c) {
            return Err(format!("{} class weights for {c} classes", w.data.len()));
        }
        let ignore = IGNORE_INDEX.get(a.attrs);
        let (mut class, mut weight) = (Vec::with_capacity(n), Vec::with_capacity(n));
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
        Ok(Rows { scores: scores.data, n, c, class, weight })
    }

    fn row(&self, i: usize) -> &'a [f32] {
        &self.scores[i * self.c..(i + 1) * self.c]
    }

    /// Row `i`'s unweighted loss (0 for an ignored row).
    fn loss(&self, i: usize, kind: Kind) -> f64 {
        let Some(k) = self.class[i] else { return 0.0 };
        let row = self.row(i);
        match kind {
            Kind::CrossEntropy => log_sum_exp(row) - f64::from(row[k]),
            Kind::Nll => -f64::from(row[k]),
        }
    }

    /// The divisor of `"mean"`: the kept rows' weight sum.
    fn weight_sum(&self) -> f64 {
        self.weight.iter().sum()
    }
}

/// `log(sum exp(row))` in f64, and the row's maximum it is shifted by.
fn log_sum_exp(row: &[f32]) -> f64 {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    f64::from(max) + row.iter().map(|&v| f64::from(v - max).exp()).sum::<f64>().ln()
}

impl CpuOp for Loss {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let rows = Rows::new(a, 0)?;
        let losses = (0..rows.n).map(|i| rows.weight[i] * rows.loss(i, self.kind));
        match REDUCTION.read(a.attrs) {
            "none" => {
                expect_len(y, rows.n)?;
                y.iter_mut().zip(losses).for_each(|(d, l)| *d = l as f32);
            }
            reduction => {
                expect_len(y, 1)?;
                let sum: f64 = losses.sum();
                y[0] = if reduction == "mean" { sum / rows.weight_sum() } else { sum } as f32;
            }
        }
        Ok(())
    }
}

impl CpuOp for LossGrad {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let rows = Rows::new(a, 1)?;
        let c = rows.c;
        expect_len(y, rows.n * c)?;
        let d_loss = a.input(0)?.data;
        let upstream = |i: usize| -> Result<f64, String> {
            match REDUCTION.read(a.attrs) {
                "none" => d_loss.get(i).map(|&g| f64::from(g)).ok_or_else(|| "dLoss has too few rows".to_string()),
                r => {
                    let g = f64::from(*d_loss.first().ok_or("dLoss is empty")?);
                    Ok(if r == "mean" { g / rows.weight_sum() } else { g })
                }
            }
        };
        for i in 0..rows.n {
            let out = &mut y[i * c..(i + 1) * c];
            let Some(label) = rows.class[i] else {
                out.fill(0.0);
                continue;
            };
            let g = rows.weight[i] * upstream(i)?;
            match self.kind {
                Kind::CrossEntropy => {
                    let (row, lse) = (rows.row(i), log_sum_exp(rows.row(i)));
                    for (k, (d, &s)) in out.iter_mut().zip(row).enumerate() {
                        let p = (f64::from(s) - lse).exp();
                        *d = (g * (p - f64::from(u8::from(k == label)))) as f32;
                    }
                }
                Kind::Nll => {
                    out.fill(0.0);
                    out[label] = (-g) as f32;
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
        OpArgs { attrs, typed: OpAttrs::Untyped, inputs, out_shape: out }
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
}
