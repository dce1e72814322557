//! The gradient ops and the training-graph conventions of the backward pass: names, inputs, outputs,
//! attributes and the exact formula of each op.
//!
//! The reverse-mode pass (`syncbn_passes::autodiff`) turns a model into a *training graph*: the
//! forward nodes, then gradient nodes built from the ops below. A training graph is an ordinary
//! [`crate::Graph`]; it validates, saves and loads like any other.
//!
//! # Conventions of a training graph
//! - For each differentiated output `y` the graph gains an input [`grad_output_name`]`(y)`
//!   (`"grad_output/y"`), the upstream gradient, of `y`'s type.
//! - After the original outputs come, in this order, [`grad_name`]`(x)` (`"grad/x"`) for every graph
//!   input `x` of float type (input order), then for every parameter (initializer order).
//! - A *parameter* is a float initializer read as a differentiable operand: Conv `W` and `B`, Gemm
//!   `A`/`B`/`C`, MatMul operands, BatchNormalization and LayerNormalization `scale` and `B`, Add and
//!   Mul operands. Running
//!   statistics, Clip bounds, Reshape shapes and Resize `roi`/`scales`/`sizes` are not parameters.
//!   A parameter the outputs do not depend on gets a zero gradient.
//! - Semantics are those of the global batch: the training graph run on the whole batch gives the
//!   gradients PyTorch's autograd gives. Each parameter gradient passes through [`PARAM_GRAD_SUM`],
//!   the identity over the global batch, which the lowering turns into an AllReduce over every
//!   replica (`scope = "world"`), bucketed.
//!
//! # Notation
//! `dY` is the upstream gradient of an op's output `Y`; `dX` the gradient of its input `X`. Every
//! gradient op has exactly one `f32` output unless said otherwise. Where an op takes an input only
//! for its shape (`X` of [`CONV_GRAD_INPUT`]), its values are not read.

/// The input name of the upstream gradient of output `output`: `"grad_output/<output>"`.
pub fn grad_output_name(output: &str) -> String {
    format!("{GRAD_OUTPUT_PREFIX}{output}")
}

/// The output name of the gradient of input or parameter `name`: `"grad/<name>"`.
pub fn grad_name(name: &str) -> String {
    format!("{GRAD_PREFIX}{name}")
}

/// Prefix of upstream-gradient inputs.
pub const GRAD_OUTPUT_PREFIX: &str = "grad_output/";

/// Prefix of gradient outputs.
pub const GRAD_PREFIX: &str = "grad/";

/// `ReluGrad(dY, Y) -> dX`: `dX = dY` where `Y > 0`, else 0 (`Y` is the Relu's output).
pub const RELU_GRAD: &str = "ReluGrad";

/// `ClipGrad(dY, Y) -> dX`: `dX = dY` where `clip_min < Y < clip_max` (strict, as PyTorch's
/// hardtanh and ReLU6), else 0; `Y` is the Clip's output. Attributes `clip_min`, `clip_max`
/// (floats; absent means unbounded on that side).
pub const CLIP_GRAD: &str = "ClipGrad";

/// `SigmoidGrad(dY, Y) -> dX`: `dX = dY * Y * (1 - Y)` (`Y` is the Sigmoid's output).
pub const SIGMOID_GRAD: &str = "SigmoidGrad";

/// `ActivationGrad(dY, X) -> dX`: `dX = dY * f'(X)` for the activation `f` named by attribute
/// `op` (HardSwish, HardSigmoid, LeakyRelu, Elu, Selu, Gelu, Tanh, Neg, Erf, Sqrt, Pow), with its
/// parameters as attributes (`alpha`, `beta`, `gamma`, `approximate`; Pow's constant `exponent`);
/// `X` is the forward input. The derivatives are [`crate::activation::Activation::derivative`].
pub const ACTIVATION_GRAD: &str = "ActivationGrad";

/// `SoftmaxGrad(dY, Y) -> dX`: `dX = Y * (dY - sum_axis(dY * Y))`, the sum along `axis` (int,
/// default -1, as Softmax from opset 13) keeping the dimension.
pub const SOFTMAX_GRAD: &str = "SoftmaxGrad";

/// `ReduceToShape(dY, like) -> dX`: `alpha * dY` summed over the axes along which `like` was
/// broadcast to `dY`'s shape (numpy rules: leading axes `like` lacks, and axes where `like` has
/// size 1); `dX` has `like`'s shape. Attribute `alpha` (float, default 1). The gradient of a
/// broadcast operand of Add and Mul, and of Gemm's `C` (`alpha = beta`).
pub const REDUCE_TO_SHAPE: &str = "ReduceToShape";

/// `ChannelSum(dY) -> dB`: the sum of `dY` (rank >= 2) over every axis but axis 1, shape `[C]`: the
/// gradient of a Conv bias.
pub const CHANNEL_SUM: &str = "ChannelSum";

/// `ReshapeLike(dY, X) -> dX`: `dY`'s elements in row-major order with `X`'s shape (the gradient of
/// Reshape, Flatten and Identity).
pub const RESHAPE_LIKE: &str = "ReshapeLike";

/// `ConcatGrad(dY, X0, X1, ...) -> dXk`: the slice of `dY` along `axis` that input `k = index` of
/// the Concat occupied. Attributes `axis` (int, as the Concat), `index` (int).
pub const CONCAT_GRAD: &str = "ConcatGrad";

/// `ConvGradInput(dY, W, X) -> dX`: the adjoint of the Conv in `X` (a transposed convolution),
/// `dX` of `X`'s shape. Attributes: the Conv's (`strides`, `pads`, `dilations`, `group`,
/// `kernel_shape`, `auto_pad`).
pub const CONV_GRAD_INPUT: &str = "ConvGradInput";

/// `ConvGradWeight(dY, X, W) -> dW`: the Conv's gradient in `W`, summed over this tensor's batch,
/// `dW` of `W`'s shape. Attributes as [`CONV_GRAD_INPUT`].
pub const CONV_GRAD_WEIGHT: &str = "ConvGradWeight";

/// `GemmGradA(dY, A, B) -> dA`: the Gemm's gradient in `A` (`alpha * dY * op(B)^T`, transposed
/// back when `transA`). Attributes: the Gemm's `alpha`, `transA`, `transB`.
pub const GEMM_GRAD_A: &str = "GemmGradA";

/// `GemmGradB(dY, A, B) -> dB`: the Gemm's gradient in `B` (`alpha * op(A)^T * dY`, transposed back
/// when `transB`). Attributes as [`GEMM_GRAD_A`].
pub const GEMM_GRAD_B: &str = "GemmGradB";

/// `MatMulGradA(dY, A, B) -> dA`: `dY @ B^T` (last two axes), summed over the batch axes `A` was
/// broadcast along, of `A`'s shape. Both operands of rank >= 2.
pub const MATMUL_GRAD_A: &str = "MatMulGradA";

/// `MatMulGradB(dY, A, B) -> dB`: `A^T @ dY`, summed over the batch axes `B` was broadcast along, of
/// `B`'s shape. Both operands of rank >= 2.
pub const MATMUL_GRAD_B: &str = "MatMulGradB";

/// `MaxPoolGrad(dY, X) -> dX`: each `dY` element goes to the position of its window's maximum in
/// `X` (the first one in row-major window order on ties; padding never wins); overlapping windows
/// add. Attributes: the MaxPool's.
pub const MAX_POOL_GRAD: &str = "MaxPoolGrad";

/// `AveragePoolGrad(dY, X) -> dX`: each `dY` element spread evenly over its window's positions, with
/// the divisor the forward used (`count_include_pad`). Attributes: the AveragePool's.
pub const AVERAGE_POOL_GRAD: &str = "AveragePoolGrad";

/// `GlobalAveragePoolGrad(dY, X) -> dX`: `dY[n, c] / S` at every spatial position of `(n, c)`.
pub const GLOBAL_AVERAGE_POOL_GRAD: &str = "GlobalAveragePoolGrad";

/// `ResizeGrad(dY, X, roi, scales, sizes) -> dX`: the adjoint of the Resize's linear map (nearest:
/// each `dY` element added to its source; linear: to its sources with the interpolation weights).
/// Inputs after `X` and attributes: the Resize's.
pub const RESIZE_GRAD: &str = "ResizeGrad";

/// `ReduceSumGrad(dY, X) -> dX`: `dY` broadcast back over the axes the ReduceSum reduced, `dX` of
/// `X`'s shape. Attributes: the ReduceSum's.
pub const REDUCE_SUM_GRAD: &str = "ReduceSumGrad";

/// `ReduceMeanGrad(dY, X) -> dX`: `dY / n` broadcast back over the axes the ReduceMean reduced (`n`
/// the element count of one reduced group). Attributes: the ReduceMean's.
pub const REDUCE_MEAN_GRAD: &str = "ReduceMeanGrad";

/// `PadGrad(dY, X) -> dX`: the adjoint of the Pad's index map: each `dY` element is added to the
/// input position it was read from (none for the constant fill; reflect and edge positions
/// receive several). Attributes: the Pad's.
pub const PAD_GRAD: &str = "PadGrad";

/// `SliceGrad(dY, X) -> dX`: `dY` placed at the positions the Slice kept, zero elsewhere.
/// Attributes: the Slice's.
pub const SLICE_GRAD: &str = "SliceGrad";

/// `LayerNormGrad(dY, X, scale) -> dX`: the gradient of a LayerNormalization in `X`. Per row of the
/// normalized axes (`n` elements), with `m` its mean, `v` its biased variance, `r = 1 / sqrt(v + eps)`,
/// `xhat = (X - m) * r` and `g = dY * scale`: `dX = r * (g - mean(g) - xhat * mean(g * xhat))`.
/// Attributes: the forward's `axis` and `epsilon`.
pub const LAYER_NORM_GRAD: &str = "LayerNormGrad";

/// `LayerNormScaleGrad(dY, X) -> d_scale`: `sum(dY * xhat)` over the rows (`xhat` as in
/// [`LAYER_NORM_GRAD`]), of the normalized shape (the axes of `X` from `axis`); summed further to
/// `scale`'s shape by a [`REDUCE_TO_SHAPE`] when `scale` broadcasts. Attributes as [`LAYER_NORM_GRAD`].
pub const LAYER_NORM_SCALE_GRAD: &str = "LayerNormScaleGrad";

/// `BatchNormGrad(dY, X, scale, B, running_mean, running_var) -> (dX, d_scale, d_B)`: the gradient of
/// a training-mode BatchNormalization over its (global) batch: with `m` the batch mean, `v` the
/// biased variance, `xhat = (X - m) / sqrt(v + eps)` and `n` the element count per channel,
/// `d_B = sum(dY)`, `d_scale = sum(dY * xhat)`,
/// `dX = scale / sqrt(v + eps) * (dY - d_B / n - xhat * d_scale / n)`. Attributes: `epsilon`,
/// `momentum`, `forward` (string: the forward node's name). The lowering replaces it by
/// [`BN_GRAD_REDUCE`], an AllReduce and [`BN_GRAD_INPUT`] / [`BN_GRAD_PARAMS`].
pub const BATCH_NORM_GRAD: &str = "BatchNormGrad";

/// `BatchNormEvalGrad(dY, X, scale, B, mean, var) -> d`: the gradient of an eval-mode
/// BatchNormalization in the input that attribute `wrt` names: `"X"` gives
/// `dY * scale / sqrt(var + eps)`, `"scale"` gives `sum(dY * (X - mean)) / sqrt(var + eps)` per
/// channel, `"B"` gives `sum(dY)` per channel. Attributes `epsilon`, `wrt`.
pub const BATCH_NORM_EVAL_GRAD: &str = "BatchNormEvalGrad";

/// `ParamGradSum(g) -> g`: marks a parameter gradient. Over the global batch it is the identity;
/// the lowering makes it an AllReduce (`scope = "world"`) of each replica's partial gradient.
pub const PARAM_GRAD_SUM: &str = "ParamGradSum";

/// `BnGradReduce(dY, X, norm_params[, Y]) -> sums`: this shard's backward payload, `f64 [3, C]`:
/// row 0 the element count of each channel, row 1 `sum(dZ)`, row 2
/// `sum(dZ * ((X - mean_hi) - mean_lo))`, where `dZ` is `dY` masked by the fused activation
/// evaluated on `Y` (the normalize's output): `"relu"` keeps `Y > 0`, `"clip"` keeps
/// `clip_min < Y < clip_max`, `"none"` keeps all (then `Y` is absent). The rows add over shards,
/// like the forward moments. Attributes as [`crate::lowered::BN_NORMALIZE`].
pub const BN_GRAD_REDUCE: &str = "BnGradReduce";

/// `BnGradInput(dY, X, norm_params, sums[, Y]) -> dX`: with `sums` the group's summed payload,
/// `n = sums[0]`, `dX = mul * (dZ - sums[1] / n - ((X - mean_hi) - mean_lo) * inv_std^2 * sums[2] / n)`
/// (`dZ` as in [`BN_GRAD_REDUCE`]; `dX = 0` when `n = 0`). Attributes as [`BN_GRAD_REDUCE`].
pub const BN_GRAD_INPUT: &str = "BnGradInput";

/// `BnGradParams(sums, norm_params) -> (d_scale, d_B)`: `d_scale = sums[2] * inv_std`,
/// `d_B = sums[1]`, both `f32 [C]`. From this replica's own payload (then summed over every replica
/// by the parameter buckets) or, when the sync group is every replica, from the group's payload (no
/// further collective).
pub const BN_GRAD_PARAMS: &str = "BnGradParams";

/// `SoftmaxCrossEntropyLoss(scores [N, C], labels int64 [N][, weight [C]]) -> loss`, the ONNX op
/// (opset 12): per row `l_i = w[labels[i]] * (log(sum_k exp(scores[i, k])) - scores[i, labels[i]])`
/// (`w` = 1 without weights), rows whose label is `ignore_index` left out; reduced by attribute
/// `reduction`: `"mean"` (default, divided by the sum of the kept rows' weights), `"sum"` or
/// `"none"` (`loss` is then `[N]`).
pub const SOFTMAX_CROSS_ENTROPY_LOSS: &str = "SoftmaxCrossEntropyLoss";

/// `SoftmaxCrossEntropyLossGrad(dLoss, scores, labels[, weight]) -> dScores`: the gradient of
/// [`SOFTMAX_CROSS_ENTROPY_LOSS`] in its scores, `dScores[i, k] = w[labels[i]] * g_i *
/// (softmax(scores[i])[k] - [k == labels[i]])` for kept rows (0 for ignored ones) with `g_i = dLoss`
/// (`"sum"`), `dLoss / W` (`"mean"`, `W` the kept rows' weight sum) or `dLoss[i]` (`"none"`).
/// Attributes as the forward op's.
pub const SOFTMAX_CROSS_ENTROPY_LOSS_GRAD: &str = "SoftmaxCrossEntropyLossGrad";

/// `NegativeLogLikelihoodLoss(log_probs [N, C], labels int64 [N][, weight [C]]) -> loss`, the ONNX
/// op (opset 12): per row `l_i = -w[labels[i]] * log_probs[i, labels[i]]` (`w` = 1 without
/// weights), rows whose label is `ignore_index` left out; reduced by `reduction`: `"mean"` (default,
/// divided by the sum of the kept rows' weights), `"sum"` or `"none"` (`loss` is then `[N]`).
pub const NLL_LOSS: &str = "NegativeLogLikelihoodLoss";

/// `NegativeLogLikelihoodLossGrad(dLoss, log_probs, labels[, weight]) -> dLogProbs`: the gradient
/// of [`NLL_LOSS`] in its log-probabilities, zero except `dLogProbs[i, labels[i]] = -w[labels[i]] *
/// g_i` for kept rows, with `g_i` as in [`SOFTMAX_CROSS_ENTROPY_LOSS_GRAD`] (`"mean"` divides by the
/// kept rows' weight sum). Attributes as the forward op's.
pub const NLL_LOSS_GRAD: &str = "NegativeLogLikelihoodLossGrad";

/// `LogSoftmaxGrad(dY, Y) -> dX` with `Y` LogSoftmax's output: `dX = dY - exp(Y) * sum_axis(dY)`.
/// Attribute `axis` as LogSoftmax's.
pub const LOG_SOFTMAX_GRAD: &str = "LogSoftmaxGrad";

/// The gradient ops the CPU op table runs (one `f32` output each).
pub const CPU_OPS: &[&str] = &[
    RELU_GRAD,
    CLIP_GRAD,
    SIGMOID_GRAD,
    ACTIVATION_GRAD,
    SOFTMAX_GRAD,
    LOG_SOFTMAX_GRAD,
    REDUCE_TO_SHAPE,
    CHANNEL_SUM,
    RESHAPE_LIKE,
    CONCAT_GRAD,
    CONV_GRAD_INPUT,
    CONV_GRAD_WEIGHT,
    GEMM_GRAD_A,
    GEMM_GRAD_B,
    MATMUL_GRAD_A,
    MATMUL_GRAD_B,
    MAX_POOL_GRAD,
    AVERAGE_POOL_GRAD,
    GLOBAL_AVERAGE_POOL_GRAD,
    RESIZE_GRAD,
    REDUCE_SUM_GRAD,
    REDUCE_MEAN_GRAD,
    PAD_GRAD,
    SLICE_GRAD,
    BATCH_NORM_EVAL_GRAD,
    LAYER_NORM_GRAD,
    LAYER_NORM_SCALE_GRAD,
    SOFTMAX_CROSS_ENTROPY_LOSS_GRAD,
    NLL_LOSS_GRAD,
];

/// The lowered BatchNorm-backward kernels (host-native and PTX).
pub const BN_KERNELS: &[&str] = &[BN_GRAD_REDUCE, BN_GRAD_INPUT, BN_GRAD_PARAMS];
