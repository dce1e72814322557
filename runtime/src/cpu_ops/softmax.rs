//! Softmax and LogSoftmax along one axis (opset 13 semantics, default axis -1), each lane's sum of
//! exponentials in f64.

use super::{expect_len, numel, CpuOp, OpArgs};
use syncbn_ir::ops::elementwise::SOFTMAX_AXIS;

/// Softmax, or LogSoftmax when `log`.
pub struct Softmax {
    log: bool,
}

/// The Softmax op.
pub static SOFTMAX: Softmax = Softmax { log: false };

/// The LogSoftmax op: `x - max - log(sum exp(x - max))`.
pub static LOG_SOFTMAX: Softmax = Softmax { log: true };

impl CpuOp for Softmax {
    fn run(&self, a: &OpArgs<'_>, y: &mut [f32]) -> Result<(), String> {
        let x = a.input(0)?;
        expect_len(y, x.data.len())?;
        let axis = a.axis(SOFTMAX_AXIS, x.shape.len())?;
        let (len, inner) = (x.shape[axis], numel(&x.shape[axis + 1..]));
        let block = len * inner;
        if block == 0 {
            return Ok(());
        }
        for (src, dst) in x.data.chunks_exact(block).zip(y.chunks_exact_mut(block)) {
            for i in 0..inner {
                let at = |k: usize| k * inner + i;
                let max = (0..len).map(|k| src[at(k)]).fold(f32::NEG_INFINITY, f32::max);
                let sum: f64 = (0..len).map(|k| f64::from((src[at(k)] - max).exp())).sum();
                for k in 0..len {
                    let shifted = src[at(k)] - max;
                    dst[at(k)] = if self.log {
                        (f64::from(shifted) - sum.ln()) as f32
                    } else {
                        (f64::from(shifted.exp()) / sum) as f32
                    };
                }
            }
        }
        Ok(())
    }
}
