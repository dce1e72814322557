//! SGD with PyTorch's semantics (`torch.optim.SGD`: weight decay added to the gradient, the
//! momentum buffer starting as the first gradient, dampening 0, Nesterov) run as the generated
//! `SgdUpdate` kernel of the host module, one fused call per parameter buffer, and the
//! learning-rate schedules of `--lr-schedule` with linear warm-up.

use std::f64::consts::PI;

use syncbn_codegen::{HostArg, HostModule, KernelKind, SgdMomentum};

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

/// Updates one parameter in place with its (all-reduced) gradient through the generated kernel
/// `SgdUpdate` of `module` (see `syncbn_codegen::KernelKind::SgdUpdate`): `g = grad + wd * p`; with
/// momentum `buf = g` on the first step (`first`), else `buf = momentum * buf + g`, and the step
/// direction is `g + momentum * buf` (Nesterov) or `buf`; `p = p - lr * direction`. `buf` is
/// empty without momentum. Element by element in f32, as PyTorch's single-tensor SGD on CPU.
pub fn sgd_update(
    module: &HostModule,
    param: &mut [f32],
    grad: &[f32],
    buf: &mut [f32],
    first: bool,
    s: SgdStep,
) -> Result<(), String> {
    let momentum = s.kernel_momentum();
    let mut args = vec![
        HostArg::In32(grad),
        HostArg::Int(grad.len() as i64),
        HostArg::Float(s.lr),
        HostArg::Float(s.weight_decay),
    ];
    if momentum != SgdMomentum::None {
        args.extend([HostArg::Float(s.momentum), HostArg::Int(i64::from(first))]);
    }
    args.push(HostArg::Out32(param));
    if momentum != SgdMomentum::None {
        args.push(HostArg::Out32(buf));
    }
    module.call(KernelKind::SgdUpdate { momentum }, &mut args).map_err(|e| e.to_string())
}

impl SgdStep {
    /// The momentum variant of the update kernel.
    pub(crate) fn kernel_momentum(&self) -> SgdMomentum {
        match (self.has_momentum, self.nesterov) {
            (false, _) => SgdMomentum::None,
            (true, false) => SgdMomentum::Heavy,
            (true, true) => SgdMomentum::Nesterov,
        }
    }
}

impl Sgd {
    /// The update kernel these settings run.
    pub fn kernel(&self) -> KernelKind {
        KernelKind::SgdUpdate { momentum: self.step(self.lr).kernel_momentum() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncbn_codegen::{HostTuning, KernelCache};

    /// The update written out in Rust, element by element (the loop the kernel replaced).
    fn reference_update(param: &mut [f32], grad: &[f32], buf: &mut [f32], first: bool, s: SgdStep) {
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

    fn module() -> HostModule {
        let kinds = SgdMomentum::ALL.map(|momentum| KernelKind::SgdUpdate { momentum });
        HostModule::compile(&kinds, HostTuning::for_this_machine(), &KernelCache::disabled()).unwrap()
    }

    /// The bits of every value, NaN as one canonical NaN: which NaN an operation with NaN operands
    /// returns (its sign and payload) depends on the operand order the compiler picks for a
    /// commutative add or multiply, so NaN outputs agree as NaN, not bit for bit.
    fn bits(v: &[f32]) -> Vec<u32> {
        v.iter().map(|x| if x.is_nan() { f32::NAN.to_bits() } else { x.to_bits() }).collect()
    }

    /// The generated kernel equals the Rust loop bit for bit on 1031 values (odd length, signed
    /// zeros, subnormals, infinities, NaN, large and tiny magnitudes), for every momentum variant,
    /// first step or not, with and without weight decay, over three chained steps (NaN outputs are
    /// NaN in both, see [`bits`]).
    #[test]
    fn the_update_kernel_equals_the_rust_loop_bit_for_bit() {
        let module = module();
        let n = 1031;
        let special = [0.0f32, -0.0, 1e-40, -1e-40, f32::INFINITY, f32::NEG_INFINITY, f32::NAN, 3e38, -1e-30];
        let value = |i: usize, seed: u32| -> f32 {
            if i % 97 < special.len() {
                special[(i + seed as usize) % special.len()]
            } else {
                let h = (i as u32).wrapping_mul(2_654_435_761).wrapping_add(seed.wrapping_mul(40_503));
                (h % 20_001) as f32 / 1000.0 - 10.0
            }
        };
        for (momentum, nesterov) in [(0.0, false), (0.9, false), (0.9, true)] {
            for weight_decay in [0.0, 5e-4] {
                let sgd = Sgd { lr: 0.1, momentum, nesterov, weight_decay, schedule: LrSchedule::Constant, warmup: 0 };
                let mut p: Vec<f32> = (0..n).map(|i| value(i, 1)).collect();
                let mut b = if momentum != 0.0 { vec![0.0f32; n] } else { Vec::new() };
                let (mut p_ref, mut b_ref) = (p.clone(), b.clone());
                for step in 0..3u32 {
                    let g: Vec<f32> = (0..n).map(|i| value(i, step + 2)).collect();
                    let s = sgd.step(0.1 / f64::from(step + 1));
                    sgd_update(&module, &mut p, &g, &mut b, step == 0, s).unwrap();
                    reference_update(&mut p_ref, &g, &mut b_ref, step == 0, s);
                    let what = format!("momentum {momentum} nesterov {nesterov} wd {weight_decay} step {step}");
                    assert_eq!(bits(&p), bits(&p_ref), "{what}: parameters");
                    assert_eq!(bits(&b), bits(&b_ref), "{what}: momentum buffers");
                }
            }
        }
    }

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
                sgd_update(&module(), &mut p, g, &mut buf, t == 0, s.step(0.1)).unwrap();
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
        sgd_update(&module(), &mut p, &[2.0], &mut [], true, s.step(0.5)).unwrap();
        assert_eq!(p, [0.0]);
    }
}
