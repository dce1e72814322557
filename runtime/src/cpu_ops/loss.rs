//! Softmax cross-entropy over `[N, C]` scores and class labels (fed as f32 class indices), and its
//! gradient in the scores: each row's log-sum-exp in f64.

use super::{expect_len, CpuOp, OpArgs, Tensor};
use syncbn_ir::grad as names;
use syncbn_ir::ops::loss::REDUCTION;

/// SoftmaxCrossEntropyLoss.
pub struct CrossEntropy;

/// The SoftmaxCrossEntropyLoss op.
pub static CROSS_ENTROPY: CrossEntropy = CrossEntropy;

/// SoftmaxCrossEntropyLossGrad.
pub struct CrossEntropyGrad;

/// The SoftmaxCrossEntropyLossGrad op.
pub static CROSS_ENTROPY_GRAD: CrossEntropyGrad = CrossEntropyGrad;

/// Rows, classes and the class of each row, checked: every label is an integer in `0..classes`.
fn rows<'a>(scores: Tensor<'a>, labels: Tensor<'a>) -> Result<(usize, usize, Vec<usize>), String> {
    let (n, c) = match scores.shape {
        [n, c] => (*n, *c),
        s => return Err(format!("scores have shape {s:?}; expected [N, C]")),
    };
    if labels.data.len() != n {
        return Err(format!("{} labels for {n} rows of scores", labels.data.len()));
    }
    let class = |&l: &f32| -> Result<usize, String> {
        if l.fract() == 0.0 && l >= 0.0 && (l as usize) < c {
            Ok(l as usize)
        } else {
            Err(format!("label {l} is not a class index in 0..{c}"))
        }
    };
    Ok((n, c, labels.data.iter().map(class).collect::<Result<_, _>>()?))
}

/// `log(sum exp(row))` in f64, and the row's maximum it is shifted by.
fn log_sum_exp(row: &[f32]) -> f64 {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    f64::from(max) + row.iter().map(|&v| f64::from(v - max).exp()).sum::<f64>().ln()
}

impl CpuOp for CrossEntropy {
    fn name(&self) -> &'static str {
        names::SOFTMAX_CROSS_ENTROPY_LOSS
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let (n, c, labels) = rows(a.input(0)?, a.input(1)?)?;
        let scores = a.input(0)?.data;
        let losses = (0..n).map(|i| {
            let row = &scores[i * c..(i + 1) * c];
            log_sum_exp(row) - f64::from(row[labels[i]])
        });
        match REDUCTION.read(a.attrs) {
            "none" => {
                expect_len(y, n)?;
                y.iter_mut().zip(losses).for_each(|(d, l)| *d = l as f32);
            }
            reduction => {
                expect_len(y, 1)?;
                let sum: f64 = losses.sum();
                y[0] = if reduction == "mean" { sum / n as f64 } else { sum } as f32;
            }
        }
        Ok(())
    }
}

impl CpuOp for CrossEntropyGrad {
    fn name(&self) -> &'static str {
        names::SOFTMAX_CROSS_ENTROPY_LOSS_GRAD
    }

    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let scores = a.input(1)?;
        let (n, c, labels) = rows(scores, a.input(2)?)?;
        expect_len(y, n * c)?;
        let d_loss = a.input(0)?.data;
        let weight = |i: usize| -> Result<f64, String> {
            match REDUCTION.read(a.attrs) {
                "none" => d_loss.get(i).map(|&g| f64::from(g)).ok_or_else(|| "dLoss has too few rows".to_string()),
                r => {
                    let g = f64::from(*d_loss.first().ok_or("dLoss is empty")?);
                    Ok(if r == "mean" { g / n as f64 } else { g })
                }
            }
        };
        for i in 0..n {
            let (row, out) = (&scores.data[i * c..(i + 1) * c], &mut y[i * c..(i + 1) * c]);
            let (lse, g) = (log_sum_exp(row), weight(i)?);
            for (k, (d, &s)) in out.iter_mut().zip(row).enumerate() {
                let p = (f64::from(s) - lse).exp();
                *d = (g * (p - f64::from(u8::from(k == labels[i])))) as f32;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args<'a>(
        inputs: Vec<Option<Tensor<'a>>>,
        attrs: &'a std::collections::BTreeMap<String, syncbn_ir::Attr>,
        out: &'a [usize],
    ) -> OpArgs<'a> {
        OpArgs { attrs, inputs, out_shape: out }
    }

    /// Float64 reference: rows of 3 classes, the mean loss and its gradient by finite differences.
    #[test]
    fn loss_and_gradient_match_a_float64_reference() {
        let scores = [0.5f32, -1.0, 2.0, 3.0, 0.25, -0.75];
        let labels = [2.0f32, 0.0];
        let reference = |s: &[f64]| -> f64 {
            let row = |i: usize, l: usize| {
                let r = &s[i * 3..i * 3 + 3];
                r.iter().map(|v| v.exp()).sum::<f64>().ln() - r[l]
            };
            (row(0, 2) + row(1, 0)) / 2.0
        };
        let s64: Vec<f64> = scores.iter().map(|&v| f64::from(v)).collect();
        let attrs = [("reduction".to_string(), syncbn_ir::Attr::Str("mean".into()))].into();
        let (ss, ls) = ([2usize, 3], [2usize]);
        let mut loss = [0.0f32];
        let inputs = vec![Some(Tensor { data: &scores, shape: &ss }), Some(Tensor { data: &labels, shape: &ls })];
        CROSS_ENTROPY.run(&args(inputs, &attrs, &[]), &mut loss).unwrap();
        assert!((f64::from(loss[0]) - reference(&s64)).abs() < 1e-6, "{loss:?}");
        let one = [1.0f32];
        let mut grad = [0.0f32; 6];
        let inputs = vec![
            Some(Tensor { data: &one, shape: &[] }),
            Some(Tensor { data: &scores, shape: &ss }),
            Some(Tensor { data: &labels, shape: &ls }),
        ];
        CROSS_ENTROPY_GRAD.run(&args(inputs, &attrs, &ss), &mut grad).unwrap();
        for k in 0..6 {
            let (mut up, mut down) = (s64.clone(), s64.clone());
            up[k] += 1e-6;
            down[k] -= 1e-6;
            let fd = (reference(&up) - reference(&down)) / 2e-6;
            assert!((f64::from(grad[k]) - fd).abs() < 1e-6, "{k}: {} vs {fd}", grad[k]);
        }
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
