//! PyTorch-Encoding's functional BatchNorm (`batchnormtrain`, `batchnormeval`): normalize with *given*
//! statistics, `y = (x - mean) / std * gamma + beta` per channel, and the backward for all five inputs.
//!
//! The statistics are arguments, not computed here: the seed's SyncBN computes them (synchronized)
//! and hands them to these functions, so that gradients flow to the statistics too. For the whole
//! synchronized layer use [`crate::nn`].
//!
//! ```
//! use syncbn::ndarray::{arr1, Array, IxDyn};
//! let x = Array::from_shape_fn(IxDyn(&[4, 2]), |i| (i[0] + 3 * i[1]) as f32);
//! let (gamma, beta) = (arr1(&[1.0f32, 2.0]), arr1(&[0.0f32, 1.0]));
//! let (mean, std) = (arr1(&[1.5f32, 4.5]), arr1(&[2.0f32, 0.5]));
//! let y = syncbn::functional::batchnorm_train(x.view(), gamma.view(), beta.view(), mean.view(), std.view())?;
//! assert_eq!(y[[0, 1]], (3.0 - 4.5) / 0.5 * 2.0 + 1.0);
//! # Ok::<(), syncbn::Error>(())
//! ```

use ndarray::{Array1, ArrayD, ArrayView1, ArrayViewD, Axis, Zip};

use crate::error::{Error, Result};

/// The gradients [`batchnorm_train_backward`] returns, one per input of [`batchnorm_train`].
///
/// ```
/// use syncbn::ndarray::{arr1, Array, IxDyn};
/// let x = Array::from_elem(IxDyn(&[3, 1]), 2.0f32);
/// let dy = Array::from_elem(IxDyn(&[3, 1]), 1.0f32);
/// let one = arr1(&[1.0f32]);
/// let g = syncbn::functional::batchnorm_train_backward(dy.view(), x.view(), one.view(), one.view(), one.view(), one.view())?;
/// assert_eq!((g.beta[0], g.mean[0]), (3.0, -3.0));
/// # Ok::<(), syncbn::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct FunctionalGrads {
    /// Gradient of the input, shaped like it: `dy * gamma / std`.
    pub input: ArrayD<f32>,
    /// Gradient of gamma, `[C]`: `sum(dy * (x - mean) / std)`.
    pub gamma: Array1<f32>,
    /// Gradient of beta, `[C]`: `sum(dy)`.
    pub beta: Array1<f32>,
    /// Gradient of the mean, `[C]`: `-sum(dy) * gamma / std`.
    pub mean: Array1<f32>,
    /// Gradient of the std, `[C]`: `-sum(dy * (x - mean)) * gamma / std^2`.
    pub std: Array1<f32>,
}

/// The training form: `y = (x - mean) / std * gamma + beta` per channel of `input` `(N, C, ...)`
/// (rank 2 or more), with every `[C]` vector given. Its backward is [`batchnorm_train_backward`].
///
/// ```
/// use syncbn::ndarray::{arr1, Array, IxDyn};
/// let x = Array::from_elem(IxDyn(&[2, 1, 3]), 5.0f32);
/// let v = arr1(&[2.0f32]);
/// let y = syncbn::functional::batchnorm_train(x.view(), v.view(), v.view(), v.view(), v.view())?;
/// assert!(y.iter().all(|&y| y == 5.0)); // (5 - 2) / 2 * 2 + 2
/// # Ok::<(), syncbn::Error>(())
/// ```
pub fn batchnorm_train(
    input: ArrayViewD<'_, f32>,
    gamma: ArrayView1<'_, f32>,
    beta: ArrayView1<'_, f32>,
    mean: ArrayView1<'_, f32>,
    std: ArrayView1<'_, f32>,
) -> Result<ArrayD<f32>> {
    normalize("batchnorm_train", input, gamma, beta, mean, std)
}

/// `(x - mean) / std * gamma + beta` per channel, the per-channel factors formed in f64; errors name `name`.
fn normalize(
    name: &str,
    input: ArrayViewD<'_, f32>,
    gamma: ArrayView1<'_, f32>,
    beta: ArrayView1<'_, f32>,
    mean: ArrayView1<'_, f32>,
    std: ArrayView1<'_, f32>,
) -> Result<ArrayD<f32>> {
    check(name, &input, &[("gamma", gamma.len()), ("beta", beta.len()), ("mean", mean.len()), ("std", std.len())])?;
    let mut y = input.to_owned();
    for (c, mut lane) in y.axis_iter_mut(Axis(1)).enumerate() {
        let (m, mul) = (f64::from(mean[c]), f64::from(gamma[c]) / f64::from(std[c]));
        let add = f64::from(beta[c]);
        lane.mapv_inplace(|x| ((f64::from(x) - m) * mul + add) as f32);
    }
    Ok(y)
}

/// The eval form: the same normalization as [`batchnorm_train`], with the statistics taken as
/// constants (the seed uses it with running statistics).
///
/// ```
/// use syncbn::ndarray::{arr1, Array, IxDyn};
/// let x = Array::from_elem(IxDyn(&[1, 2]), 4.0f32);
/// let (ones, zeros) = (arr1(&[1.0f32, 1.0]), arr1(&[0.0f32, 0.0]));
/// let (mean, std) = (arr1(&[1.0f32, 2.0]), arr1(&[3.0f32, 0.5]));
/// let y = syncbn::functional::batchnorm_eval(x.view(), ones.view(), zeros.view(), mean.view(), std.view())?;
/// assert_eq!(y.into_raw_vec_and_offset().0, vec![1.0, 4.0]);
/// # Ok::<(), syncbn::Error>(())
/// ```
pub fn batchnorm_eval(
    input: ArrayViewD<'_, f32>,
    gamma: ArrayView1<'_, f32>,
    beta: ArrayView1<'_, f32>,
    mean: ArrayView1<'_, f32>,
    std: ArrayView1<'_, f32>,
) -> Result<ArrayD<f32>> {
    normalize("batchnorm_eval", input, gamma, beta, mean, std)
}

/// The backward of [`batchnorm_train`] given the upstream gradient `grad_output` (shaped like
/// `input`): the gradients of input, gamma, beta, mean and std, as PyTorch-Encoding's autograd
/// function returns them. Sums over the batch and spatial axes are formed in f64.
///
/// ```
/// use syncbn::ndarray::{arr1, Array, IxDyn};
/// let x = Array::from_shape_vec(IxDyn(&[2, 1]), vec![1.0f32, 3.0]).unwrap();
/// let dy = Array::from_elem(IxDyn(&[2, 1]), 1.0f32);
/// let (gamma, beta, mean, std) = (arr1(&[2.0f32]), arr1(&[0.0f32]), arr1(&[1.0f32]), arr1(&[4.0f32]));
/// let g = syncbn::functional::batchnorm_train_backward(
///     dy.view(), x.view(), gamma.view(), beta.view(), mean.view(), std.view())?;
/// assert_eq!(g.input.into_raw_vec_and_offset().0, vec![0.5, 0.5]); // gamma / std
/// assert_eq!((g.gamma[0], g.std[0]), (0.5, -0.25)); // sum((x - mean) / std), -sum(x - mean) * gamma / std^2
/// # Ok::<(), syncbn::Error>(())
/// ```
pub fn batchnorm_train_backward(
    grad_output: ArrayViewD<'_, f32>,
    input: ArrayViewD<'_, f32>,
    gamma: ArrayView1<'_, f32>,
    beta: ArrayView1<'_, f32>,
    mean: ArrayView1<'_, f32>,
    std: ArrayView1<'_, f32>,
) -> Result<FunctionalGrads> {
    let name = "batchnorm_train_backward";
    check(name, &input, &[("gamma", gamma.len()), ("beta", beta.len()), ("mean", mean.len()), ("std", std.len())])?;
    if grad_output.shape() != input.shape() {
        return Err(Error::invalid(
            format!("{name} grad_output"),
            format!("has shape {:?}; expected the input's shape {:?}", grad_output.shape(), input.shape()),
        ));
    }
    let c = input.shape()[1];
    let mut grads = FunctionalGrads {
        input: ArrayD::zeros(input.raw_dim()),
        gamma: Array1::zeros(c),
        beta: Array1::zeros(c),
        mean: Array1::zeros(c),
        std: Array1::zeros(c),
    };
    for ch in 0..c {
        let (m, s, g) = (f64::from(mean[ch]), f64::from(std[ch]), f64::from(gamma[ch]));
        let (x, dy) = (input.index_axis(Axis(1), ch), grad_output.index_axis(Axis(1), ch));
        let (mut sum_dy, mut sum_dy_xc) = (0.0f64, 0.0f64);
        Zip::from(&x).and(&dy).for_each(|&x, &dy| {
            sum_dy += f64::from(dy);
            sum_dy_xc += f64::from(dy) * (f64::from(x) - m);
        });
        let mut dx = grads.input.index_axis_mut(Axis(1), ch);
        Zip::from(&mut dx).and(&dy).for_each(|dx, &dy| *dx = (f64::from(dy) * g / s) as f32);
        grads.gamma[ch] = (sum_dy_xc / s) as f32;
        grads.beta[ch] = sum_dy as f32;
        grads.mean[ch] = (-sum_dy * g / s) as f32;
        grads.std[ch] = (-sum_dy_xc * g / (s * s)) as f32;
    }
    Ok(grads)
}

/// Checks the input's rank and that every vector has one value per channel.
fn check(name: &str, input: &ArrayViewD<'_, f32>, lengths: &[(&str, usize)]) -> Result<()> {
    if input.ndim() < 2 {
        return Err(Error::invalid(
            format!("{name} input"),
            format!("has shape {:?}; expected rank 2 or more, (N, C, ...)", input.shape()),
        ));
    }
    let c = input.shape()[1];
    for &(what, len) in lengths {
        if len != c {
            return Err(Error::invalid(
                format!("{name} {what}"),
                format!("has {len} values; expected {c}, one per channel of input {:?}", input.shape()),
            ));
        }
    }
    Ok(())
}
