//! SGD with PyTorch's semantics (`torch.optim.SGD`: weight decay added to the gradient, the
//! momentum buffer starting as the first gradient, dampening 0, Nesterov) and the learning-rate
//! schedules of `--lr-schedule` with linear warm-up.

use std::f64::consts::PI;

/// A learning-rate schedule over `S` steps (docs/architecture.md section 5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LrSchedule {
    /// `lr`.
    Constant,
    /// `lr * gamma^floor(t / every)`.
    Step {
        /// Steps between decays (at least 1).
        every: usize,
        /// Decay factor.
        gamma: f64,
    },
    /// `lr * (1 + cos(pi t / S)) / 2`.
    Cosine,
    /// `lr * (1 - t / S)^power`.
    Poly {
        /// The exponent.
        power: f64,
    },
}

/// The optimizer's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sgd {
    /// Base learning rate (at least 0).
    pub lr: f64,
    /// Momentum factor (0: plain SGD, no buffer).
    pub momentum: f64,
    /// Nesterov momentum.
    pub nesterov: bool,
    /// L2 weight decay added to the gradient.
    pub weight_decay: f64,
    /// The schedule.
    pub schedule: LrSchedule,
    /// Linear warm-up steps: the rate is scaled by `(t + 1) / warmup` for `t < warmup`.
    pub warmup: usize,
}

impl Sgd {
    /// The learning rate of step `t` (from 0) of `steps`.
    pub fn lr_at(&self, t: usize, steps: usize) -> f64 {
        let (tf, s) = (t as f64, steps.max(1) as f64);
        let scheduled = match self.schedule {
            LrSchedule::Constant => self.lr,
            LrSchedule::Step { every, gamma } => self.lr * gamma.powi((t / every.max(1)) as i32),
            LrSchedule::Cosine => self.lr * (1.0 + (PI * tf / s).cos()) / 2.0,
            LrSchedule::Poly { power } => self.lr * (1.0 - tf / s).max(0.0).powf(power),
        };
        if t < self.warmup {
            scheduled * (tf + 1.0) / self.warmup as f64
        } else {
            scheduled
        }
    }

    /// The scalars of one update at learning rate `lr`, in the parameters' precision.
    pub fn step(&self, lr: f64) -> SgdStep {
        SgdStep {
            lr: lr as f32,
            momentum: self.momentum as f32,
            weight_decay: self.weight_decay as f32,
            nesterov: self.nesterov,
            has_momentum: self.momentum != 0.0,
        }
    }
}

/// The scalars of one update.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SgdStep {
    /// Learning rate.
    pub lr: f32,
    /// Momentum factor.
    pub momentum: f32,
    /// Weight decay.
    pub weight_decay: f32,
    /// Nesterov momentum.
    pub nesterov: bool,
    /// Whether a momentum buffer is kept.
    pub has_momentum: bool,
}

/// Updates one parameter in place with its (all-reduced) gradient: `g = grad + wd * p`; with
/// momentum `buf = g` on the first step (`first`), else `buf = momentum * buf + g`, and the step
/// direction is `g + momentum * buf` (Nesterov) or `buf`; `p = p - lr * direction`. `buf` is
/// empty without momentum. Element by element in f32, as PyTorch's single-tensor SGD on CPU.
pub fn sgd_update(param: &mut [f32], grad: &[f32], buf: &mut [f32], first: bool, s: SgdStep) {
    for (i, (p, &g)) in param.iter_mut().zip(grad).enumerate() {
        let g = if s.weight_decay != 0.0 { g + s.weight_decay * *p } else { g };
        let direction = if s.has_momentum {
            let b = &mut buf[i];
            *b = if first { g } else { *b * s.momentum + g };
            if s.nesterov {
                g + s.momentum * *b
            } else {
                *b
            }
        } else {
            g
        };
        *p += -s.lr * direction;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sgd(schedule: LrSchedule, warmup: usize) -> Sgd {
        Sgd { lr: 0.1, momentum: 0.9, nesterov: false, weight_decay: 0.0, schedule, warmup }
    }

    #[test]
    fn schedules_follow_their_formulas() {
        assert_eq!(sgd(LrSchedule::Constant, 0).lr_at(7, 10), 0.1);
        let step = sgd(LrSchedule::Step { every: 3, gamma: 0.5 }, 0);
        assert_eq!([step.lr_at(2, 10), step.lr_at(3, 10), step.lr_at(6, 10)], [0.1, 0.05, 0.025]);
        assert!((sgd(LrSchedule::Cosine, 0).lr_at(5, 10) - 0.05).abs() < 1e-15);
        assert_eq!(sgd(LrSchedule::Cosine, 0).lr_at(0, 10), 0.1);
        assert!((sgd(LrSchedule::Poly { power: 0.9 }, 0).lr_at(5, 10) - 0.1 * 0.5f64.powf(0.9)).abs() < 1e-15);
        let warm = sgd(LrSchedule::Constant, 4);
        assert_eq!([warm.lr_at(0, 10), warm.lr_at(3, 10), warm.lr_at(4, 10)], [0.025, 0.1, 0.1]);
    }

    /// Three steps against the update written out in f64 (momentum 0.9, weight decay 0.01, Nesterov
    /// and not).
    #[test]
    fn updates_match_torch_sgd_written_out() {
        for nesterov in [false, true] {
            let s =
                Sgd { lr: 0.1, momentum: 0.9, nesterov, weight_decay: 0.01, schedule: LrSchedule::Constant, warmup: 0 };
            let (mut p, mut buf) = ([1.0f32, -2.0], [0.0f32; 2]);
            let (mut p64, mut b64) = ([1.0f64, -2.0], [0.0f64; 2]);
            let grads = [[0.5f32, 0.25], [-1.0, 2.0], [0.125, -0.5]];
            for (t, g) in grads.iter().enumerate() {
                sgd_update(&mut p, g, &mut buf, t == 0, s.step(0.1));
                for i in 0..2 {
                    let g = f64::from(g[i]) + 0.01 * p64[i];
                    b64[i] = if t == 0 { g } else { 0.9 * b64[i] + g };
                    p64[i] -= 0.1 * if nesterov { g + 0.9 * b64[i] } else { b64[i] };
                }
            }
            for i in 0..2 {
                assert!((f64::from(p[i]) - p64[i]).abs() < 1e-6, "{nesterov}: {p:?} vs {p64:?}");
            }
        }
    }

    #[test]
    fn without_momentum_no_buffer_is_touched() {
        let s = Sgd {
            lr: 0.5,
            momentum: 0.0,
            nesterov: false,
            weight_decay: 0.0,
            schedule: LrSchedule::Constant,
            warmup: 0,
        };
        let mut p = [1.0f32];
        sgd_update(&mut p, &[2.0], &mut [], true, s.step(0.5));
        assert_eq!(p, [0.0]);
    }
}
