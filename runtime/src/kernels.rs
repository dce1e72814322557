//! The host kernel interface the CPU executor calls, one method per kernel of the plan.

use syncbn_ir::lowered::Activation;

/// The `[N, C, S]` extent of a batch tensor: rows, channels, elements per (row, channel).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dims {
    /// Rows (this replica's shard of the batch; may be 0).
    pub batch: usize,
    /// Channels.
    pub channels: usize,
    /// Product of the spatial dimensions (1 for rank 2).
    pub inner: usize,
}

/// Arguments of the finalize kernel (see `syncbn_ir::lowered::BN_FINALIZE`).
pub struct FinalizeArgs<'a> {
    /// The group's summed payload, `f64 [3, C]`.
    pub moments: &'a [f64],
    /// BatchNorm scale, `[C]`.
    pub scale: &'a [f32],
    /// BatchNorm bias, `[C]`.
    pub bias: &'a [f32],
    /// Running mean in, `[C]`.
    pub running_mean: &'a [f32],
    /// Running variance in, `[C]`.
    pub running_var: &'a [f32],
    /// Added to the variance.
    pub epsilon: f64,
    /// Running-statistics momentum (ONNX convention).
    pub momentum: f64,
}

/// Outputs of the finalize kernel.
pub struct FinalizeOut<'a> {
    /// `f32 [5, C]` normalize parameters.
    pub norm_params: &'a mut [f32],
    /// Updated running mean, `[C]`.
    pub running_mean: &'a mut [f32],
    /// Updated running variance, `[C]`.
    pub running_var: &'a mut [f32],
}

/// The per-element inputs of the BatchNorm-backward kernels (see `syncbn_ir::grad`).
#[derive(Clone, Copy)]
pub struct GradInputs<'a> {
    /// The upstream gradient `dY`, like `x`.
    pub dy: &'a [f32],
    /// The forward input `X`.
    pub x: &'a [f32],
    /// The forward `norm_params`, `f32 [5, C]`.
    pub params: &'a [f32],
    /// The normalize's output `Y`, the mask source: present exactly when `act` is not `None`.
    pub y: Option<&'a [f32]>,
    /// The fused activation whose mask applies to `dY`.
    pub act: Activation,
}

/// Host-native kernels for the lowered ops, callable from any replica thread.
/// Slices are contiguous and row-major; a kernel returns an error (never reads out of bounds) when
/// their lengths disagree with the dims.
pub trait KernelSet: Send + Sync {
    /// The shard's statistics payload `f64 [3, C]` (count, sum, sum of squares) of `x`.
    fn local_moments(&self, x: &[f32], dims: Dims, moments: &mut [f64]) -> Result<(), String>;
    /// Mean, inverse std, normalize parameters and running statistics from the group's payload.
    fn bn_finalize(&self, args: &FinalizeArgs<'_>, out: FinalizeOut<'_>) -> Result<(), String>;
    /// `y = act(((x - mean_hi) - mean_lo) * mul + add [+ residual])`.
    fn bn_normalize(
        &self,
        x: &[f32],
        params: &[f32],
        residual: Option<&[f32]>,
        act: Activation,
        dims: Dims,
        y: &mut [f32],
    ) -> Result<(), String>;
    /// `y = act(norm(x1, p1) + norm(x2, p2))`.
    #[allow(clippy::too_many_arguments)]
    fn bn_normalize_pair(
        &self,
        x1: &[f32],
        p1: &[f32],
        x2: &[f32],
        p2: &[f32],
        act: Activation,
        dims: Dims,
        y: &mut [f32],
    ) -> Result<(), String>;
    /// `y = act(x * mul[c] + add[c])`.
    fn channel_affine(
        &self,
        x: &[f32],
        mul: &[f32],
        add: &[f32],
        act: Activation,
        dims: Dims,
        y: &mut [f32],
    ) -> Result<(), String>;
    /// `BnGradReduce`: this shard's backward payload `f64 [3, C]` (count, `sum(dZ)`,
    /// `sum(dZ * ((x - mean_hi) - mean_lo))`).
    fn bn_grad_reduce(&self, g: &GradInputs<'_>, dims: Dims, sums: &mut [f64]) -> Result<(), String>;
    /// `BnGradInput`: `dX` from the group's summed payload `sums`.
    fn bn_grad_input(&self, g: &GradInputs<'_>, sums: &[f64], dims: Dims, dx: &mut [f32]) -> Result<(), String>;
    /// `BnGradParams`: `d_scale = sums[2] * inv_std`, `d_bias = sums[1]`.
    fn bn_grad_params(
        &self,
        sums: &[f64],
        params: &[f32],
        d_scale: &mut [f32],
        d_bias: &mut [f32],
    ) -> Result<(), String>;
    /// `y = max(x, 0)`.
    fn relu(&self, x: &[f32], y: &mut [f32]) -> Result<(), String>;
    /// `y = a + b`.
    fn add(&self, a: &[f32], b: &[f32], y: &mut [f32]) -> Result<(), String>;
}
