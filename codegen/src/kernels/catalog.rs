//! The kernel catalogue: every kernel this crate generates, its name and its parameter list.
//!
//! Host-native and GPU kernels of the same kind share one signature (the parameter order is inputs,
//! dimensions, attributes, outputs), so the kernel table describes both.

use serde::Serialize;

use super::elementwise::Elementwise;
use super::op_kernels::OpKernel;
use super::signature::{input, output, p, Extent, Param, ParamType};

/// The activation a fused kernel applies, as compiled into the kernel. `Relu` is compiled as
/// `Clip` with bounds `(0, +inf)`: `min(max(x, 0), inf)` equals `max(x, 0)` for every `x`, NaN included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Act {
    /// No activation.
    None,
    /// `min(max(x, lo), hi)` with `lo`, `hi` passed as kernel parameters.
    Clip,
}

/// Which elements of `dY` a BatchNorm-backward kernel keeps, judged on the normalize's output `Y`
/// (see `syncbn_ir::grad::BN_GRAD_REDUCE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum GradMask {
    /// Every element (no `Y` parameter).
    None,
    /// Where `Y > 0`.
    Relu,
    /// Where `lo < Y < hi`, with `lo`, `hi` passed as kernel parameters.
    Clip,
}

/// The momentum of an SGD update kernel (PyTorch's `torch.optim.SGD`: dampening 0, the buffer
/// starting as the first gradient).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum SgdMomentum {
    /// Plain SGD: no momentum buffer.
    None,
    /// Heavy-ball momentum: the step follows the buffer.
    Heavy,
    /// Nesterov momentum: the step follows `g + momentum * buffer`.
    Nesterov,
}

impl SgdMomentum {
    /// Every variant.
    pub const ALL: [SgdMomentum; 3] = [SgdMomentum::None, SgdMomentum::Heavy, SgdMomentum::Nesterov];

    /// Its name in kernel names.
    pub fn suffix(self) -> &'static str {
        match self {
            SgdMomentum::None => "",
            SgdMomentum::Heavy => "_momentum",
            SgdMomentum::Nesterov => "_nesterov",
        }
    }
}

/// One kernel of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum KernelKind {
    /// Host: this shard's moments `f64 [3, C]` in one pass over `X [N, C, S]`, or over a range of
    /// its images at a time (see [`KernelKind::reduces_image_range`]).
    LocalMoments,
    /// GPU stage 1: per-block partial sums `f64 [C, parts, 2]` of `d = x - shift[c]` and `d^2`.
    MomentsPartial,
    /// GPU stage 2: combines the partials of each channel in fixed order into moments `f64 [3, C]`.
    /// Both stages shift channel `c` by its first element `x[c * S]`.
    MomentsCombine,
    /// `BnFinalize`: norm_params `f32 [5, C]` and the running statistics.
    BnFinalize,
    /// `BnNormalize` with an activation, optionally adding a residual.
    BnNormalize {
        /// The activation.
        act: Act,
        /// Whether a residual is added before the activation.
        residual: bool,
    },
    /// `BnNormalizePair` with an activation.
    BnNormalizePair {
        /// The activation.
        act: Act,
    },
    /// `ChannelAffine` with an activation.
    ChannelAffine {
        /// The activation.
        act: Act,
    },
    /// A plain element-wise op.
    Elementwise(Elementwise),
    /// Host: this shard's BatchNorm-backward payload `f64 [3, C]` (count, `sum(dZ)`,
    /// `sum(dZ * (x - mean))`) in one pass over `dY`, `X` (and `Y`), or over a range of their images
    /// at a time (see [`KernelKind::reduces_image_range`]).
    BnGradReduce {
        /// The mask applied to `dY`.
        mask: GradMask,
    },
    /// GPU stage 1 of `BnGradReduce`: per-block partial sums `f64 [C, parts, 2]`.
    BnGradPartial {
        /// The mask applied to `dY`.
        mask: GradMask,
    },
    /// GPU stage 2 of `BnGradReduce`: combines the partials of each channel in fixed order.
    BnGradCombine,
    /// `BnGradInput`: `dX` from `dY`, `X` (and `Y`) and the group's summed payload.
    BnGradInput {
        /// The mask applied to `dY`.
        mask: GradMask,
    },
    /// `BnGradParams`: `d_scale` and `d_B` from a payload.
    BnGradParams,
    /// A GPU-only kernel of an op beyond BatchNorm (see [`OpKernel`]).
    Op(OpKernel),
    /// The fused SGD update of one parameter buffer, in place: weight decay, momentum buffer and
    /// step in one pass (host and GPU).
    SgdUpdate {
        /// The momentum.
        momentum: SgdMomentum,
    },
}

use Extent::{Channels, Elements, Launch};
use ParamType::{PtrF32, PtrF64, F32, F64, I64};

const DIMS: [Param; 3] = [p("n", I64), p("c", I64), p("s", I64)];
const IMAGE_RANGE: [Param; 2] = [p("first", I64), p("end", I64)];
const CLIP: [Param; 2] = [p("lo", F32), p("hi", F32)];
const MASK_SOURCE: [Param; 1] = [input("y", PtrF32, Elements)];
const X: Param = input("x", PtrF32, Elements);
const DY: Param = input("dy", PtrF32, Elements);
const NORM_PARAMS: Param = input("norm_params", PtrF32, Channels(5));
const Y: Param = output("y", PtrF32, Elements);

impl Act {
    /// Its name in kernel names.
    pub fn suffix(self) -> &'static str {
        match self {
            Act::None => "",
            Act::Clip => "_clip",
        }
    }

    fn params(self) -> &'static [Param] {
        match self {
            Act::None => &[],
            Act::Clip => &CLIP,
        }
    }
}

impl GradMask {
    /// Every mask.
    pub const ALL: [GradMask; 3] = [GradMask::None, GradMask::Relu, GradMask::Clip];

    /// Its name in kernel names.
    pub fn suffix(self) -> &'static str {
        match self {
            GradMask::None => "",
            GradMask::Relu => "_relu",
            GradMask::Clip => "_clip",
        }
    }

    /// The mask source parameter: `y`, absent without a mask.
    fn source(self) -> &'static [Param] {
        match self {
            GradMask::None => &[],
            _ => &MASK_SOURCE,
        }
    }

    /// The bound parameters `lo`, `hi` (with `Clip` only).
    fn bounds(self) -> &'static [Param] {
        match self {
            GradMask::Clip => &CLIP,
            _ => &[],
        }
    }
}

impl KernelKind {
    /// Every normalize-family kernel: both activations, with and without residual.
    pub fn normalize_family() -> Vec<KernelKind> {
        let mut all = Vec::new();
        for act in [Act::None, Act::Clip] {
            all.push(KernelKind::BnNormalize { act, residual: false });
            all.push(KernelKind::BnNormalize { act, residual: true });
            all.push(KernelKind::BnNormalizePair { act });
            all.push(KernelKind::ChannelAffine { act });
        }
        all
    }

    /// The kernels the host runtime uses (all but the GPU reduction stages).
    pub fn host_set() -> Vec<KernelKind> {
        let mut all = vec![KernelKind::LocalMoments, KernelKind::BnFinalize];
        all.extend(KernelKind::normalize_family());
        all.extend(Elementwise::ALL.map(KernelKind::Elementwise));
        all.extend(GradMask::ALL.map(|mask| KernelKind::BnGradReduce { mask }));
        all.extend(KernelKind::grad_family());
        all.extend(SgdMomentum::ALL.map(|momentum| KernelKind::SgdUpdate { momentum }));
        all
    }

    /// The kernels of the GPU path (all but the host's one-pass reductions).
    pub fn gpu_set() -> Vec<KernelKind> {
        let mut all = vec![KernelKind::MomentsPartial, KernelKind::MomentsCombine, KernelKind::BnFinalize];
        all.extend(KernelKind::normalize_family());
        all.extend(Elementwise::ALL.map(KernelKind::Elementwise));
        all.extend(GradMask::ALL.map(|mask| KernelKind::BnGradPartial { mask }));
        all.push(KernelKind::BnGradCombine);
        all.extend(KernelKind::grad_family());
        all.extend(OpKernel::all().into_iter().map(KernelKind::Op));
        all.extend(SgdMomentum::ALL.map(|momentum| KernelKind::SgdUpdate { momentum }));
        all
    }

    /// The BatchNorm-backward kernels shared by host and GPU: `BnGradInput` with every mask, and
    /// `BnGradParams`.
    pub fn grad_family() -> Vec<KernelKind> {
        let mut all: Vec<KernelKind> = GradMask::ALL.map(|mask| KernelKind::BnGradInput { mask }).into();
        all.push(KernelKind::BnGradParams);
        all
    }

    /// Whether the kernel reduces its `[N, C, S]` inputs over the images `first..end` of the `n`
    /// (parameters `first`, `end` after the dimensions): the call with `first = 0` starts the
    /// per-channel sums, each call adds its images' row totals in image order, and the call with
    /// `end = n` turns the sums into payload rows. Consecutive ranges covering `0..n`, called in
    /// order, give the payload of the one call over `0..n` bit for bit, so a producer can hand
    /// its output over image by image while it is in cache.
    pub fn reduces_image_range(self) -> bool {
        matches!(self, KernelKind::LocalMoments | KernelKind::BnGradReduce { .. })
    }

    /// The kernel's symbol name (without the `syncbn_` prefix the modules add).
    pub fn name(self) -> String {
        match self {
            KernelKind::LocalMoments => "local_moments".into(),
            KernelKind::MomentsPartial => "moments_partial".into(),
            KernelKind::MomentsCombine => "moments_combine".into(),
            KernelKind::BnFinalize => "bn_finalize".into(),
            KernelKind::BnNormalize { act, residual } => {
                format!("bn_normalize{}{}", if residual { "_res" } else { "" }, act.suffix())
            }
            KernelKind::BnNormalizePair { act } => format!("bn_normalize_pair{}", act.suffix()),
            KernelKind::ChannelAffine { act } => format!("channel_affine{}", act.suffix()),
            KernelKind::Elementwise(op) => op.name().into(),
            KernelKind::BnGradReduce { mask } => format!("bn_grad_reduce{}", mask.suffix()),
            KernelKind::BnGradPartial { mask } => format!("bn_grad_partial{}", mask.suffix()),
            KernelKind::BnGradCombine => "bn_grad_combine".into(),
            KernelKind::BnGradInput { mask } => format!("bn_grad_input{}", mask.suffix()),
            KernelKind::BnGradParams => "bn_grad_params".into(),
            KernelKind::Op(op) => op.name(),
            KernelKind::SgdUpdate { momentum } => format!("sgd_update{}", momentum.suffix()),
        }
    }

    /// The parameter list, in order.
    ///
    /// - `LocalMoments(x, n, c, s, first, end, moments)`; `MomentsPartial(x, n, c, s, parts, partial)`;
    ///   `MomentsCombine(x, partial, n, c, s, parts, moments)` (`x` only for the channels' shifts);
    /// - `BnFinalize(moments, c, scale, bias, running_mean, running_var, epsilon, momentum,
    ///   norm_params, running_mean_out, running_var_out)`;
    /// - `BnNormalize(x, params[, residual], n, c, s[, lo, hi], y)`;
    /// - `BnNormalizePair(x1, params1, x2, params2, n, c, s[, lo, hi], y)`;
    /// - `ChannelAffine(x, mul, add, n, c, s[, lo, hi], y)`;
    /// - element-wise: `(x[, b], len[, lo, hi], y)`;
    /// - `BnGradReduce(dy, x, norm_params[, y], n, c, s, first, end[, lo, hi], sums)`;
    ///   `BnGradPartial(dy, x, norm_params[, y], n, c, s[, lo, hi], parts, partial)`;
    ///   `BnGradCombine(partial, n, c, s, parts, sums)` (`y` with a mask, `lo`, `hi` with `Clip`);
    /// - `BnGradInput(dy, x, norm_params, sums[, y], n, c, s[, lo, hi], dx)`;
    /// - `BnGradParams(sums, norm_params, c, d_scale, d_bias)`;
    /// - the op kernels: [`OpKernel::params`];
    /// - `SgdUpdate(grad, len, lr, weight_decay[, momentum, first], param[, buf])`: `param` (and the
    ///   momentum buffer `buf`) are read and written in place; `first` is 1 on the buffer's first
    ///   step (it then becomes the gradient), else 0.
    pub fn params(self) -> Vec<Param> {
        let mut v = Vec::new();
        match self {
            KernelKind::LocalMoments => {
                v.push(X);
                v.extend(DIMS);
                v.extend(IMAGE_RANGE);
                v.push(output("moments", PtrF64, Channels(3)));
            }
            KernelKind::MomentsPartial => {
                v.push(X);
                v.extend(DIMS);
                v.extend([p("parts", I64), output("partial", PtrF64, Launch)]);
            }
            KernelKind::MomentsCombine => {
                v.extend([X, input("partial", PtrF64, Launch)]);
                v.extend(DIMS);
                v.extend([p("parts", I64), output("moments", PtrF64, Channels(3))]);
            }
            KernelKind::BnFinalize => v.extend([
                input("moments", PtrF64, Channels(3)),
                p("c", I64),
                input("scale", PtrF32, Channels(1)),
                input("bias", PtrF32, Channels(1)),
                input("running_mean", PtrF32, Channels(1)),
                input("running_var", PtrF32, Channels(1)),
                p("epsilon", F64),
                p("momentum", F64),
                output("norm_params", PtrF32, Channels(5)),
                output("running_mean_out", PtrF32, Channels(1)),
                output("running_var_out", PtrF32, Channels(1)),
            ]),
            KernelKind::BnNormalize { act, residual } => {
                v.extend([X, NORM_PARAMS]);
                if residual {
                    v.push(input("residual", PtrF32, Elements));
                }
                v.extend(DIMS);
                v.extend_from_slice(act.params());
                v.push(Y);
            }
            KernelKind::BnNormalizePair { act } => {
                v.extend([
                    input("x1", PtrF32, Elements),
                    input("norm_params1", PtrF32, Channels(5)),
                    input("x2", PtrF32, Elements),
                    input("norm_params2", PtrF32, Channels(5)),
                ]);
                v.extend(DIMS);
                v.extend_from_slice(act.params());
                v.push(Y);
            }
            KernelKind::ChannelAffine { act } => {
                v.extend([X, input("mul", PtrF32, Channels(1)), input("add", PtrF32, Channels(1))]);
                v.extend(DIMS);
                v.extend_from_slice(act.params());
                v.push(Y);
            }
            KernelKind::Elementwise(op) => {
                v.push(input("a", PtrF32, Elements));
                if op.arity() == 2 {
                    v.push(input("b", PtrF32, Elements));
                }
                v.push(p("len", I64));
                if op == Elementwise::Clip {
                    v.extend(CLIP);
                }
                v.push(Y);
            }
            KernelKind::BnGradReduce { mask } | KernelKind::BnGradPartial { mask } => {
                v.extend([DY, X, NORM_PARAMS]);
                v.extend_from_slice(mask.source());
                v.extend(DIMS);
                if self.reduces_image_range() {
                    v.extend(IMAGE_RANGE);
                }
                v.extend_from_slice(mask.bounds());
                if matches!(self, KernelKind::BnGradPartial { .. }) {
                    v.extend([p("parts", I64), output("partial", PtrF64, Launch)]);
                } else {
                    v.push(output("sums", PtrF64, Channels(3)));
                }
            }
            KernelKind::BnGradCombine => {
                v.push(input("partial", PtrF64, Launch));
                v.extend(DIMS);
                v.extend([p("parts", I64), output("sums", PtrF64, Channels(3))]);
            }
            KernelKind::BnGradInput { mask } => {
                v.extend([DY, X, NORM_PARAMS, input("sums", PtrF64, Channels(3))]);
                v.extend_from_slice(mask.source());
                v.extend(DIMS);
                v.extend_from_slice(mask.bounds());
                v.push(output("dx", PtrF32, Elements));
            }
            KernelKind::BnGradParams => v.extend([
                input("sums", PtrF64, Channels(3)),
                NORM_PARAMS,
                p("c", I64),
                output("d_scale", PtrF32, Channels(1)),
                output("d_bias", PtrF32, Channels(1)),
            ]),
            KernelKind::Op(op) => return op.params(),
            KernelKind::SgdUpdate { momentum } => {
                v.extend([input("grad", PtrF32, Elements), p("len", I64), p("lr", F32), p("weight_decay", F32)]);
                if momentum != SgdMomentum::None {
                    v.extend([p("momentum", F32), p("first", I64)]);
                }
                v.push(output("param", PtrF32, Elements));
                if momentum != SgdMomentum::None {
                    v.push(output("buf", PtrF32, Elements));
                }
            }
        }
        v
    }
}

/// The prefix of every kernel symbol.
pub const SYMBOL_PREFIX: &str = "syncbn_";

/// The symbol of a kernel in generated modules: `syncbn_<name>`.
pub fn symbol(kind: KernelKind) -> String {
    format!("{SYMBOL_PREFIX}{}", kind.name())
}
