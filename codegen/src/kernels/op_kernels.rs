//! The catalogue of the GPU kernels for the ops beyond BatchNorm ([`OpKernel`]): layout copies,
//! numpy broadcasting, activations and their gradients, Dropout, index-map gathers, per-axis and per-channel reductions, Softmax, the
//! window ops (pools, their gradients, im2col and col2im) and Resize, with their parameter lists.
//!
//! Tensors of any rank reach these kernels through fixed padded ranks: [`BROADCAST_RANK`] axes for
//! broadcasting (right-aligned, missing axes of size 1) and `WINDOW_RANK` spatial axes for the
//! window ops and Resize (leading slots of size 1). Every kernel but the per-channel reductions
//! walks `len` work items grid-stride (see [`OpKernel::params`]).

use serde::Serialize;

use super::elementwise::Elementwise;
use super::signature::{p, Param, ParamType};

/// Axes of the padded rank of the broadcasting kernels.
pub const BROADCAST_RANK: usize = 8;
/// Spatial axes of the padded rank of the window kernels and Resize.
pub const WINDOW_RANK: usize = 3;

/// The gradient of an activation from its output `Y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ActGrad {
    /// `dY` where `Y > 0`, else 0.
    Relu,
    /// `dY` where `lo < Y < hi`, else 0.
    Clip,
    /// `dY * Y * (1 - Y)`.
    Sigmoid,
}

/// An activation of `syncbn_ir::activation` evaluated in f64 from its input, with up to two
/// parameters `alpha`, `beta` (HardSigmoid's slope and offset, LeakyRelu's, Elu's and Selu's
/// `alpha`, Selu's `gamma` as `beta`, Pow's exponent as `alpha`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ActFn {
    /// `x * clamp(x / 6 + 0.5, 0, 1)`.
    HardSwish,
    /// `clamp(alpha * x + beta, 0, 1)`.
    HardSigmoid,
    /// `x` for `x > 0`, else `alpha * x`.
    LeakyRelu,
    /// `x` for `x > 0`, else `alpha * expm1(x)`.
    Elu,
    /// `beta * elu_alpha(x)`.
    Selu,
    /// `0.5 * x * (1 + erf(x / sqrt(2)))`.
    Gelu,
    /// Gelu with the tanh approximation.
    GeluTanh,
    /// `tanh(x)`.
    Tanh,
    /// `-x`.
    Neg,
    /// `erf(x)`.
    Erf,
    /// `sqrt(x)`.
    Sqrt,
    /// `x ^ alpha`.
    Pow,
}

impl ActFn {
    /// Every activation function.
    pub const ALL: [ActFn; 12] = [
        ActFn::HardSwish,
        ActFn::HardSigmoid,
        ActFn::LeakyRelu,
        ActFn::Elu,
        ActFn::Selu,
        ActFn::Gelu,
        ActFn::GeluTanh,
        ActFn::Tanh,
        ActFn::Neg,
        ActFn::Erf,
        ActFn::Sqrt,
        ActFn::Pow,
    ];

    /// Its name in kernel names.
    pub fn name(self) -> &'static str {
        match self {
            ActFn::HardSwish => "hard_swish",
            ActFn::HardSigmoid => "hard_sigmoid",
            ActFn::LeakyRelu => "leaky_relu",
            ActFn::Elu => "elu",
            ActFn::Selu => "selu",
            ActFn::Gelu => "gelu",
            ActFn::GeluTanh => "gelu_tanh",
            ActFn::Tanh => "tanh",
            ActFn::Neg => "neg",
            ActFn::Erf => "erf",
            ActFn::Sqrt => "sqrt",
            ActFn::Pow => "pow",
        }
    }
}

/// How a loss's items (and kept weights) are added, on the CPU and on GPUs alike, so that both give
/// the same bits: partial `t` (for `t` below this count) adds items `t`, `t + 256`, `t + 512`, ... in
/// order, then the partials are added in order `0, 1, ...`, all in f64. A GPU block computes the
/// partials in parallel (a thread each) instead of one thread walking every item.
pub const LOSS_SUM_PARTIALS: usize = 256;

/// One GPU-only kernel of an op beyond BatchNorm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum OpKernel {
    /// `y[i] = x[i]` (Identity, Flatten, Reshape, ReshapeLike).
    Copy,
    /// `y = a op b` with numpy broadcasting (`op` is Add or Mul).
    Broadcast(Elementwise),
    /// `y = a` broadcast to `y`'s shape (Gemm's `C` before the GEMM accumulates into it).
    BroadcastCopy,
    /// An activation gradient.
    ActivationGrad(ActGrad),
    /// `y = f(x)` for an activation of its input, in f64.
    Activation(ActFn),
    /// `dx = dy * f'(x)` (ActivationGrad), in f64.
    ActivationInputGrad(ActFn),
    /// Dropout in training mode: `x * scale` where `syncbn_ir::dropout::keeps` keeps the element's
    /// position within its sample, else 0.
    Dropout,
    /// `y[i] = x[source(i)]` through a per-axis affine index map with Pad's boundary modes (or a fill
    /// value): Transpose, Slice and its gradient, Pad.
    AxisGather,
    /// PadGrad in every mode: each `dx` element sums, in f64 and in increasing `dy` offset, the `dy`
    /// elements whose Pad read it (the interior one, its reflections or the edge's repeats).
    PadGrad,
    /// `y = alpha * a` broadcast to `y`'s shape, in f64 (ReduceSumGrad, ReduceMeanGrad).
    BroadcastScale,
    /// `dx = alpha * dy` summed over the axes along which `dx`'s shape broadcasts to `dy`'s.
    ReduceToShape,
    /// A strided copy of rows: `y[r * dst_row + dst_off + j] = x[r * src_row + src_off + j]` for
    /// `j < width` (one Concat input, ConcatGrad).
    RowCopy,
    /// `y[n, c, s] = bias[c]` (a Conv's bias before the GEMM accumulates into it).
    ChannelFill,
    /// `y[n, c, s] += bias[c]` in place (a ConvTranspose's bias after col2im).
    ChannelAdd,
    /// The sum of `dy [N, C, S]` over `N` and `S` per channel (ChannelSum, BatchNormEvalGrad in `B`).
    ChannelSum,
    /// BatchNormEvalGrad in `X`: `dx = dy * f32(scale / sqrt(var + epsilon))` per channel.
    BnEvalGradInput,
    /// BatchNormEvalGrad in `scale`: `sum(dy * (x - mean)) / sqrt(var + epsilon)` per channel.
    BnEvalGradScale,
    /// The mean of each `(n, c)` plane.
    GlobalAveragePool,
    /// `dx = dy[n, c] / S` over each plane.
    GlobalAveragePoolGrad,
    /// Softmax along one axis.
    Softmax,
    /// `dx = y * (dy - sum_axis(dy * y))`.
    SoftmaxGrad,
    /// LogSoftmax along one axis: `x - max - ln(sum exp(x - max))`.
    LogSoftmax,
    /// `dx = dy - exp(y) * sum_axis(dy)`.
    LogSoftmaxGrad,
    /// A class-label loss over `[N, C]` or `[N, C, d1..dk]` scores (SoftmaxCrossEntropyLoss,
    /// NegativeLogLikelihoodLoss) with reduction `none`: each label's weighted loss (a thread a label).
    Loss(LossKind),
    /// The first half of a `sum` or `mean` loss: each label's weighted loss and kept weight in f64 (a
    /// thread a label) into the node's workspace `items`, which [`OpKernel::LossSum`] adds up.
    LossItems(LossKind),
    /// The second half: the [`OpKernel::LossItems`] added in f64 in the order of
    /// [`LOSS_SUM_PARTIALS`] (the sum, or divided by the kept weight for `mean`).
    LossSum,
    /// The gradient of a [`OpKernel::Loss`] in its scores (one thread a label); a `mean` one divides
    /// by the kept weight [`OpKernel::LossKeptWeight`] summed before it.
    LossGrad(LossKind),
    /// The kept weight of a class-label loss's labels, summed once in f64 in the order of
    /// [`LOSS_SUM_PARTIALS`] (what a `mean` loss divides by).
    LossKeptWeight,
    /// LayerNormalization of each row: `y = (x - mean) * inv_std * scale + bias` (one thread a row).
    LayerNorm,
    /// LayerNormGrad: `dx = inv_std * (g - mean(g) - xhat * mean(g * xhat))`, `g = dy * scale`.
    LayerNormGrad,
    /// LayerNormScaleGrad: `d_scale[j] = sum over rows of dy * xhat` (one thread a column).
    LayerNormScaleGrad,
    /// MaxPool: each window's maximum (a NaN wins; `-inf` for a window in the padding only).
    MaxPool,
    /// AveragePool with the divisor `count_pad` selects.
    AveragePool,
    /// MaxPoolGrad: each `dx` element gathers the `dy` of the windows whose first maximum it is.
    MaxPoolGrad,
    /// AveragePoolGrad: each `dx` element gathers `dy / divisor` of the windows that read it.
    AveragePoolGrad,
    /// im2col of all `N * C` planes: `col[((r * taps) + tap) * outputs + position]`.
    Im2col,
    /// col2im: each `dx` element gathers the `col` entries that read it.
    Col2im,
    /// Resize (nearest or linear) of the last `WINDOW_RANK` axes, one axis after the other.
    Resize,
    /// ResizeGrad: each `dx` element gathers the `dy` elements that read it, with their weights.
    ResizeGrad,
}

/// Which class-label loss a [`OpKernel::Loss`] computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LossKind {
    /// Softmax cross-entropy over scores: `log_sum_exp(row) - row[label]`.
    CrossEntropy,
    /// Negative log-likelihood over log-probabilities: `-row[label]`.
    Nll,
}

impl LossKind {
    /// Both losses.
    pub const ALL: [LossKind; 2] = [LossKind::CrossEntropy, LossKind::Nll];

    fn name(self) -> &'static str {
        match self {
            LossKind::CrossEntropy => "cross_entropy_loss",
            LossKind::Nll => "nll_loss",
        }
    }
}

/// A loss's `reduction` as the kernels' `reduction` parameter.
pub const LOSS_REDUCTIONS: [&str; 3] = ["none", "sum", "mean"];

use ParamType::{PtrF32, PtrF64, F32, F64, I64};

/// Names of the output-shape parameters of the broadcasting kernels (slot `k` is axis
/// `rank - BROADCAST_RANK + k`).
pub const OUT_DIMS: [&str; BROADCAST_RANK] = ["o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7"];
/// Names of operand `a`'s padded shape.
pub const A_DIMS: [&str; BROADCAST_RANK] = ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"];
/// Names of operand `b`'s padded shape.
pub const B_DIMS: [&str; BROADCAST_RANK] = ["b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"];

/// Names of the per-axis parameters of [`OpKernel::AxisGather`] (slot `k` as in [`OUT_DIMS`]): along
/// each output axis, coordinate `o` reads source coordinate `q = (o * step + start) / div` (kept only
/// when the division is exact), mapped into `[0, extent)` by the boundary mode, at element stride
/// `stride` of the source.
pub const GATHER: [[&str; BROADCAST_RANK]; 5] = [
    ["start0", "start1", "start2", "start3", "start4", "start5", "start6", "start7"],
    ["step0", "step1", "step2", "step3", "step4", "step5", "step6", "step7"],
    ["div0", "div1", "div2", "div3", "div4", "div5", "div6", "div7"],
    ["extent0", "extent1", "extent2", "extent3", "extent4", "extent5", "extent6", "extent7"],
    ["stride0", "stride1", "stride2", "stride3", "stride4", "stride5", "stride6", "stride7"],
];

/// The axes [`OpKernel::PadGrad`] folds: the last `PAD_RANK` of `dx`; the axes before them are not
/// padded and run as one outer index.
pub const PAD_RANK: usize = 4;

/// Names of the per-axis parameters of [`OpKernel::PadGrad`] (slot `k` is axis `rank - PAD_RANK +
/// k`, 1-sized and unpadded past the rank): `dx`'s size, the padding before and after the axis, and
/// the axis's element stride in `dy`.
pub const PAD_FOLD: [[&str; PAD_RANK]; 4] = [
    ["n0", "n1", "n2", "n3"],
    ["begin0", "begin1", "begin2", "begin3"],
    ["end0", "end1", "end2", "end3"],
    ["stride0", "stride1", "stride2", "stride3"],
];

/// [`OpKernel::AxisGather`]'s boundary modes as its `mode` parameter: out-of-range reads take the
/// fill value, reflect at the edge (the edge not repeated), or repeat the edge.
pub const GATHER_MODES: [&str; 3] = ["constant", "reflect", "edge"];

/// Names of the per-axis window parameters: input size, output size, kernel size, stride,
/// dilation, padding before and after.
pub const WINDOW: [[&str; WINDOW_RANK]; 7] = [
    ["in0", "in1", "in2"],
    ["out0", "out1", "out2"],
    ["k0", "k1", "k2"],
    ["s0", "s1", "s2"],
    ["d0", "d1", "d2"],
    ["pb0", "pb1", "pb2"],
    ["pe0", "pe1", "pe2"],
];

/// Names of the per-axis Resize scales (`f64`).
pub const SCALES: [&str; WINDOW_RANK] = ["scale0", "scale1", "scale2"];

/// Resize's `coordinate_transformation_mode` as the `coord` parameter.
pub const COORD_MODES: [&str; 4] = ["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"];
/// Resize's `nearest_mode` as the `nearest` parameter.
pub const NEAREST_MODES: [&str; 4] = ["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"];

fn dims(v: &mut Vec<Param>, names: &[&'static str]) {
    v.extend(names.iter().map(|&n| p(n, I64)));
}

fn window(v: &mut Vec<Param>) {
    WINDOW.iter().for_each(|names| dims(v, names));
}

fn resize(v: &mut Vec<Param>) {
    dims(v, &WINDOW[0]);
    dims(v, &WINDOW[1]);
    v.extend(SCALES.map(|n| p(n, F64)));
    v.extend([p("coord", I64), p("nearest", I64), p("linear", I64)]);
}

impl ActGrad {
    /// Every activation gradient.
    pub const ALL: [ActGrad; 3] = [ActGrad::Relu, ActGrad::Clip, ActGrad::Sigmoid];

    fn name(self) -> &'static str {
        match self {
            ActGrad::Relu => "relu_grad",
            ActGrad::Clip => "clip_grad",
            ActGrad::Sigmoid => "sigmoid_grad",
        }
    }
}

impl OpKernel {
    /// Every op kernel.
    pub fn all() -> Vec<OpKernel> {
        let mut all = vec![
            OpKernel::Copy,
            OpKernel::Broadcast(Elementwise::Add),
            OpKernel::Broadcast(Elementwise::Mul),
            OpKernel::Broadcast(Elementwise::Sub),
            OpKernel::Broadcast(Elementwise::Div),
            OpKernel::BroadcastCopy,
            OpKernel::BroadcastScale,
        ];
        all.extend(ActGrad::ALL.map(OpKernel::ActivationGrad));
        all.extend(ActFn::ALL.map(OpKernel::Activation));
        all.extend(ActFn::ALL.map(OpKernel::ActivationInputGrad));
        all.extend([OpKernel::Dropout, OpKernel::AxisGather, OpKernel::PadGrad]);
        all.extend([
            OpKernel::ReduceToShape,
            OpKernel::RowCopy,
            OpKernel::ChannelFill,
            OpKernel::ChannelAdd,
            OpKernel::ChannelSum,
            OpKernel::BnEvalGradInput,
            OpKernel::BnEvalGradScale,
            OpKernel::GlobalAveragePool,
            OpKernel::GlobalAveragePoolGrad,
            OpKernel::Softmax,
            OpKernel::SoftmaxGrad,
            OpKernel::LogSoftmax,
            OpKernel::LogSoftmaxGrad,
            OpKernel::LayerNorm,
            OpKernel::LayerNormGrad,
            OpKernel::LayerNormScaleGrad,
            OpKernel::MaxPool,
            OpKernel::AveragePool,
            OpKernel::MaxPoolGrad,
            OpKernel::AveragePoolGrad,
            OpKernel::Im2col,
            OpKernel::Col2im,
            OpKernel::Resize,
            OpKernel::ResizeGrad,
        ]);
        all.extend(LossKind::ALL.map(OpKernel::Loss));
        all.extend(LossKind::ALL.map(OpKernel::LossItems));
        all.push(OpKernel::LossSum);
        all.extend(LossKind::ALL.map(OpKernel::LossGrad));
        all.push(OpKernel::LossKeptWeight);
        all
    }

    /// The kernel's name (without the `syncbn_` prefix).
    pub fn name(self) -> String {
        match self {
            OpKernel::Copy => "copy".into(),
            OpKernel::Broadcast(op) => format!("broadcast_{}", op.name()),
            OpKernel::BroadcastCopy => "broadcast_copy".into(),
            OpKernel::ActivationGrad(g) => g.name().into(),
            OpKernel::Activation(f) => f.name().into(),
            OpKernel::ActivationInputGrad(f) => format!("{}_grad", f.name()),
            OpKernel::Dropout => "dropout".into(),
            OpKernel::AxisGather => "axis_gather".into(),
            OpKernel::PadGrad => "pad_grad".into(),
            OpKernel::BroadcastScale => "broadcast_scale".into(),
            OpKernel::ReduceToShape => "reduce_to_shape".into(),
            OpKernel::RowCopy => "row_copy".into(),
            OpKernel::ChannelFill => "channel_fill".into(),
            OpKernel::ChannelAdd => "channel_add".into(),
            OpKernel::ChannelSum => "channel_sum".into(),
            OpKernel::BnEvalGradInput => "bn_eval_grad_input".into(),
            OpKernel::BnEvalGradScale => "bn_eval_grad_scale".into(),
            OpKernel::GlobalAveragePool => "global_average_pool".into(),
            OpKernel::GlobalAveragePoolGrad => "global_average_pool_grad".into(),
            OpKernel::Softmax => "softmax".into(),
            OpKernel::SoftmaxGrad => "softmax_grad".into(),
            OpKernel::LogSoftmax => "log_softmax".into(),
            OpKernel::LogSoftmaxGrad => "log_softmax_grad".into(),
            OpKernel::Loss(k) => k.name().into(),
            OpKernel::LossItems(k) => format!("{}_items", k.name()),
            OpKernel::LossSum => "loss_sum".into(),
            OpKernel::LossGrad(k) => format!("{}_grad", k.name()),
            OpKernel::LossKeptWeight => "loss_kept_weight".into(),
            OpKernel::LayerNorm => "layer_norm".into(),
            OpKernel::LayerNormGrad => "layer_norm_grad".into(),
            OpKernel::LayerNormScaleGrad => "layer_norm_scale_grad".into(),
            OpKernel::MaxPool => "max_pool".into(),
            OpKernel::AveragePool => "average_pool".into(),
            OpKernel::MaxPoolGrad => "max_pool_grad".into(),
            OpKernel::AveragePoolGrad => "average_pool_grad".into(),
            OpKernel::Im2col => "im2col".into(),
            OpKernel::Col2im => "col2im".into(),
            OpKernel::Resize => "resize".into(),
            OpKernel::ResizeGrad => "resize_grad".into(),
        }
    }

    /// Whether one thread handles one channel (`n`, `c`, `s` parameters, grid over `c`).
    pub fn per_channel(self) -> bool {
        matches!(self, OpKernel::ChannelSum | OpKernel::BnEvalGradScale)
    }

    /// The parameter list, in order. `len` is the number of work items: the output's elements
    /// (for the gradients that gather, `dx`'s; for Softmax, the input's, one item per row);
    /// window parameters are `WINDOW`, broadcast shapes `OUT_DIMS`, `A_DIMS`, `B_DIMS`.
    ///
    /// - `Copy(x, len, y)`; `Broadcast(a, b, len, o*, a*, b*, y)`; `BroadcastCopy(a, len, o*, a*, y)`;
    /// - `ActivationGrad(dy, y, len[, lo, hi], dx)`; `Activation(x, len, alpha, beta, y)`;
    ///   `ActivationInputGrad(dy, x, len, alpha, beta, dx)`;
    /// - `Dropout(x, len, per_sample, seed_lo, seed_hi, ratio, scale, y)` (`per_sample` the elements
    ///   of one sample, the seed's low and high 32 bits);
    /// - `AxisGather(x, len, o*, start*, step*, div*, extent*, stride*, mode, fill, y)` (`mode`
    ///   indexes [`GATHER_MODES`]); `PadGrad(dy, len, n*, begin*, end*, stride*, outer, mode, dx)`
    ///   (`PAD_FOLD`; `outer` the `dy` elements of one outer index, `mode` as AxisGather's); `BroadcastScale(a, len, o*, a*, alpha, y)`; `ReduceToShape(dy, len, o*, a*, alpha, dx)`
    ///   (`o*` `dy`'s shape, `a*` `dx`'s);
    /// - `RowCopy(x, len, width, src_row, src_off, dst_row, dst_off, y)` (`len = rows * width`);
    /// - `ChannelFill(bias, n, c, s, y)`; `ChannelAdd(bias, n, c, s, y)` (`y` read and written); `ChannelSum(dy, n, c, s, db)`;
    ///   `BnEvalGradInput(dy, scale, var, n, c, s, epsilon, dx)`;
    ///   `BnEvalGradScale(dy, x, mean, var, n, c, s, epsilon, d_scale)`;
    /// - `GlobalAveragePool(x, len, plane, y)` (`len` planes); `GlobalAveragePoolGrad(dy, len, plane, dx)`;
    /// - `Softmax(x, len, axis_len, inner, y)`; `SoftmaxGrad(dy, y, len, axis_len, inner, dx)`; the same
    ///   for `LogSoftmax` and `LogSoftmaxGrad`;
    /// - `Loss(scores, labels, weights, len, classes, inner, has_weights, has_ignore, ignore, y)`,
    ///   `LossItems(scores, ..., ignore, items)` (`items`: `len` pairs of f64, in f32 slots) and
    ///   `LossSum(items, len, reduction, y)`,
    ///   and `LossGrad(d_loss, scores, labels, weights, len, ..., reduction, total, dx)` (`len` labels, each
    ///   of `classes` scores `inner` apart: scores `[N, classes, d1..dk]`, `inner` the product of
    ///   `d1..dk`, 1 for `[N, classes]`; labels as f32 class indices; `weights` is not read when
    ///   `has_weights` is 0; `reduction` indexes [`LOSS_REDUCTIONS`]; `total`, f64, holds the kept
    ///   weight for `mean`); `LossKeptWeight(labels, weights, len, classes, has_weights, has_ignore,
    ///   ignore, total)` writes it;
    /// - `LayerNorm(x, scale, bias, len, row_len, has_bias, epsilon, y)` and
    ///   `LayerNormGrad(dy, x, scale, len, row_len, epsilon, dx)` (`len` rows of `row_len`; `scale`
    ///   and `bias` of `row_len` elements; `bias` is not read when `has_bias` is 0);
    ///   `LayerNormScaleGrad(dy, x, len, rows, epsilon, d_scale)` (`len = row_len` columns);
    /// - `MaxPool(x, len, window, y)`; `AveragePool(x, len, window, count_pad, y)`;
    ///   `MaxPoolGrad(dy, x, len, window, dx)`; `AveragePoolGrad(dy, len, window, count_pad, dx)`;
    /// - `Im2col(x, len, window, col)` (`len = N * C * taps * outputs`); `Col2im(col, len, window, dx)`;
    /// - `Resize(x, len, in*, out*, scale*, coord, nearest, linear, y)`, `ResizeGrad(dy, len, ..., dx)`
    ///   (`in*`, `out*` the first two rows of `WINDOW`; `coord` indexes `COORD_MODES`, `nearest`
    ///   `NEAREST_MODES`, `linear` is 1 for linear interpolation).
    pub fn params(self) -> Vec<Param> {
        let mut v = Vec::new();
        match self {
            OpKernel::Copy => v.extend([p("x", PtrF32), p("len", I64), p("y", PtrF32)]),
            OpKernel::Broadcast(_) | OpKernel::BroadcastCopy => {
                v.push(p("a", PtrF32));
                if self != OpKernel::BroadcastCopy {
                    v.push(p("b", PtrF32));
                }
                v.push(p("len", I64));
                dims(&mut v, &OUT_DIMS);
                dims(&mut v, &A_DIMS);
                if self != OpKernel::BroadcastCopy {
                    dims(&mut v, &B_DIMS);
                }
                v.push(p("y", PtrF32));
            }
            OpKernel::ActivationGrad(g) => {
                v.extend([p("dy", PtrF32), p("y", PtrF32), p("len", I64)]);
                if g == ActGrad::Clip {
                    v.extend([p("lo", F32), p("hi", F32)]);
                }
                v.push(p("dx", PtrF32));
            }
            OpKernel::Activation(_) => {
                v.extend([p("x", PtrF32), p("len", I64), p("alpha", F64), p("beta", F64), p("y", PtrF32)])
            }
            OpKernel::ActivationInputGrad(_) => v.extend([
                p("dy", PtrF32),
                p("x", PtrF32),
                p("len", I64),
                p("alpha", F64),
                p("beta", F64),
                p("dx", PtrF32),
            ]),
            OpKernel::Dropout => {
                v.extend([p("x", PtrF32), p("len", I64)]);
                dims(&mut v, &["per_sample", "seed_lo", "seed_hi"]);
                v.extend([p("ratio", F64), p("scale", F64), p("y", PtrF32)]);
            }
            OpKernel::AxisGather => {
                v.extend([p("x", PtrF32), p("len", I64)]);
                dims(&mut v, &OUT_DIMS);
                GATHER.iter().for_each(|names| dims(&mut v, names));
                v.extend([p("mode", I64), p("fill", F32), p("y", PtrF32)]);
            }
            OpKernel::PadGrad => {
                v.extend([p("dy", PtrF32), p("len", I64)]);
                PAD_FOLD.iter().for_each(|names| dims(&mut v, names));
                v.extend([p("outer", I64), p("mode", I64), p("dx", PtrF32)]);
            }
            OpKernel::BroadcastScale => {
                v.extend([p("a", PtrF32), p("len", I64)]);
                dims(&mut v, &OUT_DIMS);
                dims(&mut v, &A_DIMS);
                v.extend([p("alpha", F64), p("y", PtrF32)]);
            }
            OpKernel::ReduceToShape => {
                v.extend([p("dy", PtrF32), p("len", I64)]);
                dims(&mut v, &OUT_DIMS);
                dims(&mut v, &A_DIMS);
                v.extend([p("alpha", F64), p("dx", PtrF32)]);
            }
            OpKernel::RowCopy => {
                v.extend([p("x", PtrF32), p("len", I64)]);
                dims(&mut v, &["width", "src_row", "src_off", "dst_row", "dst_off"]);
                v.push(p("y", PtrF32));
            }
            OpKernel::ChannelFill | OpKernel::ChannelAdd => channel(&mut v, &["bias"], false, "y"),
            OpKernel::ChannelSum => channel(&mut v, &["dy"], false, "db"),
            OpKernel::BnEvalGradInput => channel(&mut v, &["dy", "scale", "var"], true, "dx"),
            OpKernel::BnEvalGradScale => channel(&mut v, &["dy", "x", "mean", "var"], true, "d_scale"),
            OpKernel::GlobalAveragePool | OpKernel::GlobalAveragePoolGrad => {
                let (i, o) = if self == OpKernel::GlobalAveragePool { ("x", "y") } else { ("dy", "dx") };
                v.extend([p(i, PtrF32), p("len", I64), p("plane", I64), p(o, PtrF32)]);
            }
            OpKernel::Softmax | OpKernel::LogSoftmax => {
                v.extend([p("x", PtrF32), p("len", I64), p("axis_len", I64), p("inner", I64), p("y", PtrF32)])
            }
            OpKernel::Loss(_) | OpKernel::LossItems(_) | OpKernel::LossGrad(_) => {
                let grad = matches!(self, OpKernel::LossGrad(_));
                if grad {
                    v.push(p("d_loss", PtrF32));
                }
                v.extend([p("scores", PtrF32), p("labels", PtrF32), p("weights", PtrF32)]);
                dims(&mut v, &["len", "classes", "inner", "has_weights", "has_ignore"]);
                v.push(p("ignore", F32));
                v.extend(match self {
                    OpKernel::LossGrad(_) => vec![p("reduction", I64), p("total", PtrF64), p("dx", PtrF32)],
                    OpKernel::LossItems(_) => vec![p("items", PtrF32)],
                    _ => vec![p("y", PtrF32)],
                });
            }
            OpKernel::LossSum => v.extend([p("items", PtrF32), p("len", I64), p("reduction", I64), p("y", PtrF32)]),
            OpKernel::LossKeptWeight => {
                v.extend([p("labels", PtrF32), p("weights", PtrF32)]);
                dims(&mut v, &["len", "classes", "has_weights", "has_ignore"]);
                v.extend([p("ignore", F32), p("total", PtrF64)]);
            }
            OpKernel::SoftmaxGrad | OpKernel::LogSoftmaxGrad => v.extend([
                p("dy", PtrF32),
                p("y", PtrF32),
                p("len", I64),
                p("axis_len", I64),
                p("inner", I64),
                p("dx", PtrF32),
            ]),
            OpKernel::LayerNorm => v.extend([
                p("x", PtrF32),
                p("scale", PtrF32),
                p("bias", PtrF32),
                p("len", I64),
                p("row_len", I64),
                p("has_bias", I64),
                p("epsilon", F64),
                p("y", PtrF32),
            ]),
            OpKernel::LayerNormGrad => v.extend([
                p("dy", PtrF32),
                p("x", PtrF32),
                p("scale", PtrF32),
                p("len", I64),
                p("row_len", I64),
                p("epsilon", F64),
                p("dx", PtrF32),
            ]),
            OpKernel::LayerNormScaleGrad => v.extend([
                p("dy", PtrF32),
                p("x", PtrF32),
                p("len", I64),
                p("rows", I64),
                p("epsilon", F64),
                p("d_scale", PtrF32),
            ]),
            OpKernel::MaxPool | OpKernel::AveragePool | OpKernel::Im2col => {
                v.extend([p("x", PtrF32), p("len", I64)]);
                window(&mut v);
                if self == OpKernel::AveragePool {
                    v.push(p("count_pad", I64));
                }
                v.push(p(if self == OpKernel::Im2col { "col" } else { "y" }, PtrF32));
            }
            OpKernel::MaxPoolGrad | OpKernel::AveragePoolGrad | OpKernel::Col2im => {
                v.push(p(if self == OpKernel::Col2im { "col" } else { "dy" }, PtrF32));
                if self == OpKernel::MaxPoolGrad {
                    v.push(p("x", PtrF32));
                }
                v.push(p("len", I64));
                window(&mut v);
                if self == OpKernel::AveragePoolGrad {
                    v.push(p("count_pad", I64));
                }
                v.push(p("dx", PtrF32));
            }
            OpKernel::Resize | OpKernel::ResizeGrad => {
                let (i, o) = if self == OpKernel::Resize { ("x", "y") } else { ("dy", "dx") };
                v.extend([p(i, PtrF32), p("len", I64)]);
                resize(&mut v);
                v.push(p(o, PtrF32));
            }
        }
        v
    }
}

/// Per-channel parameters: `inputs`, `n`, `c`, `s`, `epsilon` (when `eps`), `out`.
fn channel(v: &mut Vec<Param>, inputs: &[&'static str], eps: bool, out: &'static str) {
    v.extend(inputs.iter().map(|&n| p(n, PtrF32)));
    dims(v, &["n", "c", "s"]);
    if eps {
        v.push(p("epsilon", F64));
    }
    v.push(p(out, PtrF32));
}
