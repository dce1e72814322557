//! BatchNormEvalGrad: the gradient of an eval-mode BatchNormalization in `X`, `scale` or `B`
//! (attribute `wrt`), per-channel sums accumulated in f64.

use syncbn_ir::ops::bn_grad::{EvalGradAttrs, EvalWrt as Wrt};
use syncbn_ir::ops::Attrs;

use super::super::{expect_len, numel, CpuOp, OpArgs, OpAttrs, Tensor};
use super::reduce::{channel_sums, sum_f64};

/// BatchNormEvalGrad `(dY, X, scale, B, mean, var) -> d`.
pub struct BatchNormEvalGrad;

/// The BatchNormEvalGrad op.
pub static BATCH_NORM_EVAL_GRAD: BatchNormEvalGrad = BatchNormEvalGrad;

/// Input `index`, a per-channel vector of `c` elements.
fn channel_vector<'a>(a: &OpArgs<'a>, index: usize, c: usize) -> Result<&'a [f32], String> {
    let t = a.input(index)?;
    if t.data.len() != c {
        return Err(format!("input {index} has {} elements; expected {c} (one per channel)", t.data.len()));
    }
    Ok(t.data)
}

impl CpuOp for BatchNormEvalGrad {
    fn read_attrs(&self, attrs: &Attrs) -> Result<OpAttrs, String> {
        EvalGradAttrs::read(attrs).map(OpAttrs::BatchNormEvalGrad)
    }

    fn run(&self, a: &OpArgs<'_>, d: &mut [f32]) -> Result<(), String> {
        let (dy, x) = (a.input(0)?, a.input(1)?);
        if dy.shape != x.shape || dy.shape.len() < 2 {
            return Err(format!("dY {:?} and X {:?} must share one shape of rank >= 2", dy.shape, x.shape));
        }
        let c = x.shape[1];
        let OpAttrs::BatchNormEvalGrad(EvalGradAttrs { epsilon, wrt }) = a.typed else {
            return Err("the plan did not read the attributes of BatchNormEvalGrad".into());
        };
        let inv_std: Vec<f64> =
            channel_vector(a, 5, c)?.iter().map(|&v| 1.0 / (f64::from(v) + epsilon).sqrt()).collect();
        let channel = [c];
        let shape = if matches!(wrt, Wrt::X) { x.shape } else { &channel };
        if a.out_shape != shape {
            return Err(format!("the output shape {:?} is not {shape:?}, the shape of {}", a.out_shape, wrt.name()));
        }
        expect_len(d, numel(shape))?;
        match wrt {
            Wrt::X => grad_input(dy, channel_vector(a, 2, c)?, &inv_std, d),
            Wrt::Scale => {
                let mean = channel_vector(a, 4, c)?;
                let sums = channel_sums(dy.data, dy.shape, |g, i| {
                    let m = f64::from(mean[i % c]);
                    let xs = &x.data[i * g.len()..][..g.len()];
                    g.iter().zip(xs).map(|(&gv, &xv)| f64::from(gv) * (f64::from(xv) - m)).sum()
                });
                d.iter_mut().zip(sums.iter().zip(&inv_std)).for_each(|(o, (&s, &i))| *o = (s * i) as f32);
            }
            Wrt::B => {
                let sums = channel_sums(dy.data, dy.shape, |g, _| sum_f64(g));
                d.iter_mut().zip(&sums).for_each(|(o, &s)| *o = s as f32);
            }
        }
        Ok(())
    }
}

/// `dX = dY * scale / sqrt(var + eps)` per channel.
fn grad_input(dy: Tensor<'_>, scale: &[f32], inv_std: &[f64], dx: &mut [f32]) {
    let inner = numel(&dy.shape[2..]);
    if inner == 0 {
        return;
    }
    for (i, (d, g)) in dx.chunks_exact_mut(inner).zip(dy.data.chunks_exact(inner)).enumerate() {
        let ch = i % scale.len();
        let factor = (f64::from(scale[ch]) * inv_std[ch]) as f32;
        d.iter_mut().zip(g).for_each(|(o, &gv)| *o = gv * factor);
    }
}
