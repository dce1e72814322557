//! The lowered ops that the SyncBN pass produces: names, inputs, outputs, attributes and shapes.
//!
//! Every lowered op is an ordinary [`crate::Node`] whose `op` is one of the names below, so lowered
//! graphs save and load in the same JSON format and validate with this crate.
//!
//! Notation: `X` has shape `[N, C, S...]` (rank 2 to 5); `C` is its channel count and `S` the product
//! of the spatial dimensions (1 for rank 2).
//!
//! # Statistics payload (`moments`)
//! A `f64` tensor of shape `[3, C]`: row 0 the element count of each channel, row 1 the sum of the
//! values, row 2 the sum of their squares. These rows add: summing the payloads of several shards gives
//! the payload of their concatenation, so one all-reduce (sum) combines uneven and empty shards exactly.
//! The rows are kept in `f64` so that the variance `sumsq / n - mean^2`, formed in `f64`, keeps
//! relative accuracy near `2^-53 * (mean/std)^2`: about `1e-8` when `|mean|/std` is `1e4`, where `f32`
//! sums would lose every digit. Kernels may form each shard's partial sums by any accurate
//! method (Welford per thread, a shift, `f64` accumulation) as long as the payload means these rows.
//!
//! # Normalize parameters (`norm_params`)
//! A `f32` tensor of shape `[5, C]`: row 0 `mean_hi` (the mean rounded to f32), row 1 `mean_lo` (the
//! rest, `mean - mean_hi`, rounded to f32), row 2 `inv_std = 1/sqrt(var + epsilon)`, row 3
//! `mul = scale * inv_std`, row 4 `add = B`. Normalize computes `((x - mean_hi) - mean_lo) * mul + add`:
//! the split mean keeps `x - mean` exact to f32 when `|mean|/std` is large.

/// `LocalMoments(X) -> (moments)`: this shard's statistics payload, `f64 [3, C]`. No attributes.
pub const LOCAL_MOMENTS: &str = "LocalMoments";

/// `AllReduce(t0, t1, ...) -> (r0, r1, ...)`: element-wise sum of each input over the replicas of a
/// sync group; output `i` has the shape and dtype of input `i`. Several inputs make one collective with
/// one payload (bucketing). Attributes: `group_size` (int, replicas per sync group, 0 = all replicas),
/// `payload` (string, the layout: one `name:dtype[shape]` entry per input, joined by `;`),
/// `layers` (strings, the BatchNorm nodes each input serves, one per input),
/// `reduction` (string, `"sum"`), `scope` (string: `"group"`, the default, sums over the sync group;
/// `"world"` sums over every replica, for parameter gradients; see [`crate::grad`]).
pub const ALL_REDUCE: &str = "AllReduce";

/// `BnFinalize(moments, scale, B, running_mean, running_var) -> (norm_params, running_mean_out,
/// running_var_out)`: from the group's summed payload, `n = moments[0]`, `mean = moments[1] / n`,
/// `var = max(moments[2] / n - mean^2, 0)` (all in f64); `norm_params` as in the module docs;
/// `running_mean_out = momentum * running_mean + (1 - momentum) * mean` and
/// `running_var_out = momentum * running_var + (1 - momentum) * var * n / (n - 1)` (the unbiased
/// variance; `var` itself when `n <= 1`). With `n = 0` the mean and variance are taken as 0.
/// Attributes: `epsilon` (float > 0), `momentum` (float in [0, 1]). The last two outputs may be `""`.
pub const BN_FINALIZE: &str = "BnFinalize";

/// `BnNormalize(X, norm_params[, residual]) -> (Y)`: `Y = act(((X - mean_hi) - mean_lo) * mul + add
/// [+ residual])` per channel, `residual` of X's shape. Attributes: `activation` (string: `"none"`,
/// `"relu"` or `"clip"`; default `"none"`), `clip_min`, `clip_max` (floats, with `"clip"`).
pub const BN_NORMALIZE: &str = "BnNormalize";

/// `BnNormalizePair(X1, norm_params1, X2, norm_params2) -> (Y)`: `Y = act(norm(X1) + norm(X2))`, the
/// ResNet join where both Add operands are BatchNorms; X1 and X2 have the same shape. Attributes as
/// [`BN_NORMALIZE`].
pub const BN_NORMALIZE_PAIR: &str = "BnNormalizePair";

/// `ChannelAffine(X, mul, add) -> (Y)`: `Y = act(X * mul[c] + add[c])`, an eval-mode BatchNorm that
/// could not be folded into a preceding Conv or Gemm; `mul` and `add` are `f32 [C]`. Attributes as
/// [`BN_NORMALIZE`].
pub const CHANNEL_AFFINE: &str = "ChannelAffine";

/// All lowered op names.
pub const ALL: &[&str] = &[LOCAL_MOMENTS, ALL_REDUCE, BN_FINALIZE, BN_NORMALIZE, BN_NORMALIZE_PAIR, CHANNEL_AFFINE];

/// The activation a fused normalize applies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activation {
    /// Identity.
    None,
    /// `max(x, 0)`.
    Relu,
    /// `min(max(x, lo), hi)`.
    Clip {
        /// Lower bound.
        min: f32,
        /// Upper bound.
        max: f32,
    },
}

impl Activation {
    /// Applies the activation.
    pub fn apply(self, x: f64) -> f64 {
        match self {
            Activation::None => x,
            Activation::Relu => x.max(0.0),
            Activation::Clip { min, max } => x.max(min as f64).min(max as f64),
        }
    }
}
