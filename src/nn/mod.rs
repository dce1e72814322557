//! The stateful SyncBN modules of PyTorch-Encoding (`encoding.nn.BatchNorm1d/2d/3d`) in Rust: running
//! statistics, a train/eval switch and a backward, over one input shard per replica.
//!
//! # Momentum: two conventions, one update
//! The modules take PyTorch's `momentum` (default 0.1), the weight of the *new* batch:
//! `running = (1 - momentum) * running + momentum * batch`. Model files follow ONNX, whose
//! BatchNormalization `momentum` (default 0.9) is the weight of the *old* value:
//! `running = momentum * running + (1 - momentum) * batch`. PyTorch's 0.1 is ONNX's 0.9: both describe
//! the same update, and a module hands `1 - momentum` to the ONNX BatchNormalization it runs. The batch
//! variance in the update is the unbiased one of the whole sync group's batch, as in PyTorch.
//!
//! ```
//! use syncbn::ndarray::{Array, IxDyn};
//! let mut bn = syncbn::nn::BatchNorm1d::new(4).momentum(0.1);
//! let x = Array::from_shape_fn(IxDyn(&[6, 4]), |i| (i[0] * 4 + i[1]) as f32);
//! bn.forward(&[x.view()])?;
//! // The batch mean of channel 0 is 10: 0.9 * 0 + 0.1 * 10.
//! assert!((bn.running_mean()[0] - 1.0).abs() < 1e-6);
//! # Ok::<(), syncbn::Error>(())
//! ```

mod batchnorm;
mod layer;

pub use batchnorm::{BatchNorm, BatchNormGrads, Dims, D1, D2, D3};

/// `BatchNorm1d(num_features)`: SyncBN over inputs `(N, C)` or `(N, C, L)`.
///
/// ```
/// let bn = syncbn::nn::BatchNorm1d::new(100);
/// assert_eq!(bn.num_features(), 100);
/// ```
pub type BatchNorm1d = BatchNorm<D1>;

/// `BatchNorm2d(num_features)`: SyncBN over inputs `(N, C, H, W)`.
///
/// ```
/// let bn = syncbn::nn::BatchNorm2d::new(100);
/// assert_eq!(bn.num_features(), 100);
/// ```
pub type BatchNorm2d = BatchNorm<D2>;

/// `BatchNorm3d(num_features)`: SyncBN over inputs `(N, C, D, H, W)`.
///
/// ```
/// let bn = syncbn::nn::BatchNorm3d::new(100);
/// assert_eq!(bn.num_features(), 100);
/// ```
pub type BatchNorm3d = BatchNorm<D3>;
