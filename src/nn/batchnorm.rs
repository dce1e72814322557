//! The generic SyncBN module behind `BatchNorm1d/2d/3d`: parameters, per-group running statistics,
//! mode, shape checks, and the forward and backward over one shard per replica.

use std::marker::PhantomData;

use ndarray::{Array1, ArrayD, ArrayView1, ArrayViewD};
use syncbn_ir::ops::batchnorm::EPSILON;
use syncbn_runtime::DeviceKind;

use super::layer::{Layer, Params, RunningStats};
use crate::error::{Error, Result};

/// The input ranks a module accepts; implemented by [`D1`], [`D2`] and [`D3`].
///
/// ```
/// use syncbn::nn::{Dims, D2};
/// assert_eq!(D2::RANKS, &[4]);
/// ```
pub trait Dims {
    /// The module's name in messages (`"BatchNorm2d"`).
    const NAME: &'static str;
    /// Accepted input ranks.
    const RANKS: &'static [usize];
    /// The accepted shapes, in words.
    const SHAPES: &'static str;
}

/// One spatial-free or one spatial dimension: `(N, C)` or `(N, C, L)`.
///
/// ```
/// use syncbn::nn::{Dims, D1};
/// assert_eq!(D1::RANKS, &[2, 3]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct D1;

/// Two spatial dimensions: `(N, C, H, W)`.
///
/// ```
/// use syncbn::nn::{Dims, D2};
/// assert_eq!(D2::NAME, "BatchNorm2d");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct D2;

/// Three spatial dimensions: `(N, C, D, H, W)`.
///
/// ```
/// use syncbn::nn::{Dims, D3};
/// assert_eq!(D3::RANKS, &[5]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct D3;

impl Dims for D1 {
    const NAME: &'static str = "BatchNorm1d";
    const RANKS: &'static [usize] = &[2, 3];
    const SHAPES: &'static str = "(N, C) or (N, C, L)";
}

impl Dims for D2 {
    const NAME: &'static str = "BatchNorm2d";
    const RANKS: &'static [usize] = &[4];
    const SHAPES: &'static str = "(N, C, H, W)";
}

impl Dims for D3 {
    const NAME: &'static str = "BatchNorm3d";
    const RANKS: &'static [usize] = &[5];
    const SHAPES: &'static str = "(N, C, D, H, W)";
}

/// The gradients [`BatchNorm::backward`] returns.
///
/// ```
/// use syncbn::ndarray::{Array, IxDyn};
/// let mut bn = syncbn::nn::BatchNorm1d::new(2);
/// let x = Array::from_shape_fn(IxDyn(&[4, 2]), |i| (i[0] * i[0] + i[1]) as f32);
/// let y = bn.forward(&[x.view()])?;
/// let grads = bn.backward(&[y[0].view()])?;
/// assert_eq!(grads.input[0].shape(), &[4, 2]);
/// assert_eq!(grads.weight.unwrap().len(), 2);
/// # Ok::<(), syncbn::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct BatchNormGrads {
    /// Gradient of each input shard, one per shard, shaped like it.
    pub input: Vec<ArrayD<f32>>,
    /// Gradient of the scale over the whole batch (every group); `None` without affine.
    pub weight: Option<Array1<f32>>,
    /// Gradient of the shift over the whole batch (every group); `None` without affine.
    pub bias: Option<Array1<f32>>,
}

/// What the last forward saw, for the backward.
#[derive(Clone, Debug)]
struct Saved {
    shards: Vec<ArrayD<f32>>,
    group: usize,
    training: bool,
    running: Vec<RunningStats>,
}

/// Synchronized BatchNorm over one input shard per replica (`K` fixes the input ranks; use the aliases
/// [`super::BatchNorm1d`], [`super::BatchNorm2d`], [`super::BatchNorm3d`]).
///
/// In training mode the forward normalizes every shard with the mean and (biased) variance of the
/// whole batch of its sync group, as one device seeing that batch would, and updates the group's
/// running statistics with the unbiased variance. It runs the lowered SyncBN graph (local moments,
/// all-reduce, finalize, normalize) on one replica per shard. In eval mode it uses the running statistics
/// and no synchronization.
///
/// With a group size G, shards `0..G` form the first group, `G..2G` the second, and so on; each group
/// keeps its own running statistics (the getters show group 0's, what rank 0 saves in PyTorch).
///
/// ```
/// use syncbn::ndarray::{s, Array, Axis, IxDyn};
/// let x = Array::from_shape_fn(IxDyn(&[5, 3, 2, 2]), |i| (i[0] * 7 + i[1] * 3 + i[2] + i[3] * i[0]) as f32);
/// let shards: Vec<_> = [0..2, 2..4, 4..5].map(|r| x.slice_axis(Axis(0), r.into())).into();
/// let mut sync = syncbn::nn::BatchNorm2d::new(3);
/// let mut whole = syncbn::nn::BatchNorm2d::new(3);
/// let ys = sync.forward(&shards)?;
/// let y = whole.forward(&[x.view()])?;
/// assert!((ys[2][[0, 1, 1, 1]] - y[0][[4, 1, 1, 1]]).abs() < 1e-5);
/// assert_eq!(sync.running_var(), whole.running_var());
/// # Ok::<(), syncbn::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct BatchNorm<K: Dims> {
    num_features: usize,
    eps: f64,
    momentum: f64,
    affine: bool,
    group_size: Option<usize>,
    device: DeviceKind,
    training: bool,
    weight: Array1<f32>,
    bias: Array1<f32>,
    running: Vec<RunningStats>,
    saved: Option<Saved>,
    dims: PhantomData<K>,
}

impl<K: Dims> BatchNorm<K> {
    /// A module for `num_features` channels with PyTorch's defaults: eps 1e-5, momentum 0.1 (PyTorch's
    /// convention), affine, weight 1, bias 0, running mean 0, running variance 1, training mode, CPU
    /// replicas, one sync group of all replicas.
    ///
    /// ```
    /// let bn = syncbn::nn::BatchNorm2d::new(8);
    /// assert_eq!((bn.get_eps(), bn.get_momentum(), bn.is_affine(), bn.is_training()), (1e-5, 0.1, true, true));
    /// assert_eq!(bn.running_var().sum(), 8.0);
    /// ```
    pub fn new(num_features: usize) -> Self {
        BatchNorm {
            num_features,
            eps: EPSILON.default,
            momentum: 0.1,
            affine: true,
            group_size: None,
            device: DeviceKind::Cpu,
            training: true,
            weight: Array1::ones(num_features),
            bias: Array1::zeros(num_features),
            running: vec![RunningStats { mean: Array1::zeros(num_features), var: Array1::ones(num_features) }],
            saved: None,
            dims: PhantomData,
        }
    }

    /// Sets the value added to the variance.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm1d::new(3).eps(1e-3).get_eps(), 1e-3);
    /// ```
    pub fn eps(mut self, eps: f64) -> Self {
        self.eps = eps;
        self
    }

    /// Sets the momentum in PyTorch's convention, the weight of the new batch:
    /// `running = (1 - momentum) * running + momentum * batch` (ONNX's `1 - momentum`).
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm1d::new(3).momentum(0.01).get_momentum(), 0.01);
    /// ```
    pub fn momentum(mut self, momentum: f64) -> Self {
        self.momentum = momentum;
        self
    }

    /// With `false`, no learnable scale and shift (`y = x_hat`), and the backward returns no gradients
    /// for them.
    ///
    /// ```
    /// let bn = syncbn::nn::BatchNorm1d::new(3).affine(false);
    /// assert!(bn.weight().is_none() && bn.bias().is_none());
    /// ```
    pub fn affine(mut self, affine: bool) -> Self {
        self.affine = affine;
        self
    }

    /// Makes consecutive groups of `group_size` replicas (shards) synchronize among themselves; the
    /// shard count must be a multiple of it. By default all replicas form one group.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm1d::new(3).group_size(2).get_group_size(), Some(2));
    /// ```
    pub fn group_size(mut self, group_size: usize) -> Self {
        self.group_size = Some(group_size);
        self
    }

    /// Sets where the replicas run (CPU threads by default).
    ///
    /// ```
    /// use syncbn::Device;
    /// assert_eq!(syncbn::nn::BatchNorm1d::new(3).device(Device::Cpu).get_device(), Device::Cpu);
    /// ```
    pub fn device(mut self, device: DeviceKind) -> Self {
        self.device = device;
        self
    }

    /// Switches to training mode (batch statistics, synchronized; running statistics updated).
    ///
    /// ```
    /// let mut bn = syncbn::nn::BatchNorm1d::new(3);
    /// bn.eval().train();
    /// assert!(bn.is_training());
    /// ```
    pub fn train(&mut self) -> &mut Self {
        self.training = true;
        self
    }

    /// Switches to eval mode (running statistics, no synchronization).
    ///
    /// ```
    /// let mut bn = syncbn::nn::BatchNorm1d::new(3);
    /// bn.eval();
    /// assert!(!bn.is_training());
    /// ```
    pub fn eval(&mut self) -> &mut Self {
        self.training = false;
        self
    }

    /// Whether the module is in training mode.
    ///
    /// ```
    /// assert!(syncbn::nn::BatchNorm3d::new(3).is_training());
    /// ```
    pub fn is_training(&self) -> bool {
        self.training
    }

    /// The channel count C.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm3d::new(5).num_features(), 5);
    /// ```
    pub fn num_features(&self) -> usize {
        self.num_features
    }

    /// The momentum, PyTorch's convention (the weight of the new batch).
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm3d::new(5).get_momentum(), 0.1);
    /// ```
    pub fn get_momentum(&self) -> f64 {
        self.momentum
    }

    /// The value added to the variance.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm3d::new(5).get_eps(), 1e-5);
    /// ```
    pub fn get_eps(&self) -> f64 {
        self.eps
    }

    /// Whether the module has a learnable scale and shift.
    ///
    /// ```
    /// assert!(syncbn::nn::BatchNorm3d::new(5).is_affine());
    /// ```
    pub fn is_affine(&self) -> bool {
        self.affine
    }

    /// Replicas per sync group; `None` means all replicas form one group.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm3d::new(5).get_group_size(), None);
    /// ```
    pub fn get_group_size(&self) -> Option<usize> {
        self.group_size
    }

    /// Where the replicas run.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm3d::new(5).get_device(), syncbn::Device::Cpu);
    /// ```
    pub fn get_device(&self) -> DeviceKind {
        self.device
    }

    /// The running mean (of sync group 0), `[C]`.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm2d::new(2).running_mean().to_vec(), vec![0.0, 0.0]);
    /// ```
    pub fn running_mean(&self) -> ArrayView1<'_, f32> {
        self.running[0].mean.view()
    }

    /// The running variance (of sync group 0), `[C]`.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm2d::new(2).running_var().to_vec(), vec![1.0, 1.0]);
    /// ```
    pub fn running_var(&self) -> ArrayView1<'_, f32> {
        self.running[0].var.view()
    }

    /// The running mean and variance of sync group `group`; `None` past the last group. Groups share
    /// one copy until the first forward with several groups.
    ///
    /// ```
    /// use syncbn::ndarray::{Array, IxDyn};
    /// let mut bn = syncbn::nn::BatchNorm1d::new(1).group_size(1);
    /// let (a, b) = (Array::from_elem(IxDyn(&[2, 1]), 1.0f32), Array::from_elem(IxDyn(&[2, 1]), 3.0f32));
    /// bn.forward(&[a.view(), b.view()])?;
    /// let (mean, _) = bn.group_running_stats(1).unwrap();
    /// assert!((mean[0] - 0.3).abs() < 1e-6);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn group_running_stats(&self, group: usize) -> Option<(ArrayView1<'_, f32>, ArrayView1<'_, f32>)> {
        self.running.get(group).map(|r| (r.mean.view(), r.var.view()))
    }

    /// The scale (gamma), `[C]`; `None` without affine.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm2d::new(2).weight().unwrap().to_vec(), vec![1.0, 1.0]);
    /// ```
    pub fn weight(&self) -> Option<ArrayView1<'_, f32>> {
        self.affine.then(|| self.weight.view())
    }

    /// The shift (beta), `[C]`; `None` without affine.
    ///
    /// ```
    /// assert_eq!(syncbn::nn::BatchNorm2d::new(2).bias().unwrap().to_vec(), vec![0.0, 0.0]);
    /// ```
    pub fn bias(&self) -> Option<ArrayView1<'_, f32>> {
        self.affine.then(|| self.bias.view())
    }

    /// Sets the scale and shift (affine modules only; each `[C]`).
    ///
    /// ```
    /// use syncbn::ndarray::arr1;
    /// let mut bn = syncbn::nn::BatchNorm1d::new(2);
    /// bn.set_affine_params(arr1(&[2.0, 3.0]), arr1(&[0.5, 0.0]))?;
    /// assert_eq!(bn.weight().unwrap()[1], 3.0);
    /// assert!(bn.set_affine_params(arr1(&[1.0]), arr1(&[0.0])).is_err());
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn set_affine_params(&mut self, weight: Array1<f32>, bias: Array1<f32>) -> Result<()> {
        if !self.affine {
            return Err(Error::invalid(K::NAME, "has affine(false); expected an affine module to set weight and bias"));
        }
        for (what, v) in [("weight", &weight), ("bias", &bias)] {
            if v.len() != self.num_features {
                return Err(Error::invalid(what, format!("has {} values; expected {}", v.len(), self.num_features)));
            }
        }
        (self.weight, self.bias) = (weight, bias);
        Ok(())
    }

    /// Normalizes one shard per replica. Training mode: with the mean and variance of each sync group's
    /// whole batch (all its shards), then updates that group's running statistics. Eval mode: with the
    /// running statistics. Returns one output per shard, shaped like it. Shards may be empty, but in
    /// training mode each group needs more than one value per channel (as PyTorch).
    ///
    /// ```
    /// use syncbn::ndarray::{Array, IxDyn};
    /// let mut bn = syncbn::nn::BatchNorm1d::new(2);
    /// let x = Array::from_shape_fn(IxDyn(&[3, 2]), |i| (i[0] + 2 * i[1]) as f32);
    /// let empty = Array::zeros(IxDyn(&[0, 2]));
    /// let y = bn.forward(&[x.view(), empty.view()])?;
    /// assert_eq!((y[0].shape(), y[1].shape()), (&[3, 2][..], &[0, 2][..]));
    /// assert!((y[0][[0, 0]] + 1.2247).abs() < 1e-3); // (0 - 1) / sqrt(2/3)
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn forward(&mut self, shards: &[ArrayViewD<'_, f32>]) -> Result<Vec<ArrayD<f32>>> {
        let group = self.check_shards(shards, "shard")?;
        if self.training {
            self.check_counts(shards, group)?;
        }
        self.spread_running(shards.len() / group)?;
        let layer = self.layer(self.training);
        let mut outputs = Vec::with_capacity(shards.len());
        for (g, chunk) in shards.chunks(group).enumerate() {
            let result = layer.forward(chunk, &self.params(&self.running[g]))?;
            outputs.extend(result.outputs);
            if let Some(running) = result.running {
                self.running[g] = running;
            }
        }
        let saved = Saved {
            shards: shards.iter().map(|s| s.to_owned()).collect(),
            group,
            training: self.training,
            running: self.running.clone(),
        };
        self.saved = Some(saved);
        Ok(outputs)
    }

    /// The backward of the last forward, given the gradient of each output shard: in training mode
    /// through the batch statistics (synchronized, as PyTorch's SyncBatchNorm), in eval mode through
    /// the fixed running statistics. Weight and bias gradients are summed over every shard.
    ///
    /// ```
    /// use syncbn::ndarray::{Array, IxDyn};
    /// let mut bn = syncbn::nn::BatchNorm1d::new(2);
    /// let x = Array::from_shape_fn(IxDyn(&[3, 2]), |i| (i[0] * i[0] + i[1]) as f32);
    /// bn.forward(&[x.view()])?;
    /// let dy = Array::from_elem(IxDyn(&[3, 2]), 1.0f32);
    /// let grads = bn.backward(&[dy.view()])?;
    /// // A constant upstream gradient does not reach the input through batch statistics.
    /// assert!(grads.input[0].iter().all(|g| g.abs() < 1e-5));
    /// assert_eq!(grads.bias.unwrap().to_vec(), vec![3.0, 3.0]);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn backward(&mut self, grad_outputs: &[ArrayViewD<'_, f32>]) -> Result<BatchNormGrads> {
        let saved = self.saved.take().ok_or_else(|| {
            Error::invalid(format!("{}::backward", K::NAME), "expected a forward first; none has run")
        })?;
        let result = self.backward_of(&saved, grad_outputs);
        self.saved = Some(saved);
        result
    }

    fn backward_of(&self, saved: &Saved, grad_outputs: &[ArrayViewD<'_, f32>]) -> Result<BatchNormGrads> {
        check_like(&saved.shards, grad_outputs)?;
        let layer = self.layer(saved.training);
        let shards: Vec<ArrayViewD<'_, f32>> = saved.shards.iter().map(|s| s.view()).collect();
        let mut grads = BatchNormGrads { input: Vec::with_capacity(shards.len()), weight: None, bias: None };
        let (mut weight, mut bias) = (Array1::zeros(self.num_features), Array1::zeros(self.num_features));
        for (g, (chunk, dys)) in shards.chunks(saved.group).zip(grad_outputs.chunks(saved.group)).enumerate() {
            let result = layer.backward(chunk, dys, &self.params(&saved.running[g]))?;
            grads.input.extend(result.input);
            weight += &result.weight;
            bias += &result.bias;
        }
        if self.affine {
            (grads.weight, grads.bias) = (Some(weight), Some(bias));
        }
        Ok(grads)
    }

    fn layer(&self, training: bool) -> Layer {
        Layer { training, eps: self.eps, onnx_momentum: 1.0 - self.momentum, device: self.device }
    }

    fn params<'a>(&'a self, running: &'a RunningStats) -> Params<'a> {
        Params { weight: &self.weight, bias: &self.bias, running }
    }

    /// Checks the shard count, ranks, channels and trailing dimensions; returns the group size.
    fn check_shards(&self, shards: &[ArrayViewD<'_, f32>], what: &str) -> Result<usize> {
        let name = K::NAME;
        if !(0.0..=1.0).contains(&self.momentum) {
            let expected = "expected a value in [0, 1] (PyTorch's convention, the weight of the new batch)";
            return Err(Error::invalid(format!("{name} momentum"), format!("is {}; {expected}", self.momentum)));
        }
        if !(self.eps > 0.0 && self.eps.is_finite()) {
            return Err(Error::invalid(format!("{name} eps"), format!("is {}; expected a finite value > 0", self.eps)));
        }
        let Some(first) = shards.first() else {
            return Err(Error::invalid(format!("{name}::forward"), "got no shards; expected one per replica"));
        };
        for (i, shard) in shards.iter().enumerate() {
            if !K::RANKS.contains(&shard.ndim()) {
                let expected = K::RANKS.iter().map(|r| format!("rank {r}")).collect::<Vec<_>>().join(" or ");
                return Err(Error::invalid(
                    format!("{name} {what} {i}"),
                    format!("has shape {:?}; expected {expected} {}", shard.shape(), K::SHAPES),
                ));
            }
            if shard.shape()[1] != self.num_features {
                return Err(Error::invalid(
                    format!("{name} {what} {i}"),
                    format!(
                        "has {} channels (shape {:?}); expected C = {}",
                        shard.shape()[1],
                        shard.shape(),
                        self.num_features
                    ),
                ));
            }
            if shard.shape()[1..] != first.shape()[1..] {
                return Err(Error::invalid(
                    format!("{name} {what} {i}"),
                    format!("has shape {:?}; expected [_, {:?}] like {what} 0", shard.shape(), &first.shape()[1..]),
                ));
            }
        }
        let group = self.group_size.unwrap_or(shards.len());
        if group == 0 || !shards.len().is_multiple_of(group) {
            return Err(Error::invalid(
                format!("{name}::forward"),
                format!(
                    "got {} shards; expected a multiple of the group size {group} (one shard per replica)",
                    shards.len()
                ),
            ));
        }
        Ok(group)
    }

    /// Training needs more than one value per channel in each sync group, as PyTorch.
    fn check_counts(&self, shards: &[ArrayViewD<'_, f32>], group: usize) -> Result<()> {
        for (g, chunk) in shards.chunks(group).enumerate() {
            let values: usize = chunk.iter().map(|s| s.len() / self.num_features.max(1)).sum();
            if values <= 1 {
                return Err(Error::invalid(
                    format!("{} sync group {g}", K::NAME),
                    format!("has {values} value(s) per channel; expected more than 1 when training"),
                ));
            }
        }
        Ok(())
    }

    /// Gives every sync group its own running statistics: one shared copy spreads to `groups`.
    fn spread_running(&mut self, groups: usize) -> Result<()> {
        match self.running.len() {
            n if n == groups => Ok(()),
            1 => {
                self.running = vec![self.running[0].clone(); groups];
                Ok(())
            }
            n => Err(Error::invalid(
                format!("{}::forward", K::NAME),
                format!("got shards for {groups} sync groups; expected {n} groups, as in earlier forwards"),
            )),
        }
    }
}

/// Checks that the upstream gradients match the saved shards one to one.
fn check_like(shards: &[ArrayD<f32>], grads: &[ArrayViewD<'_, f32>]) -> Result<()> {
    if grads.len() != shards.len() {
        return Err(Error::invalid(
            "backward",
            format!("got {} gradient shards; expected {}, one per forward shard", grads.len(), shards.len()),
        ));
    }
    for (i, (x, dy)) in shards.iter().zip(grads).enumerate() {
        if x.shape() != dy.shape() {
            return Err(Error::invalid(
                format!("backward gradient shard {i}"),
                format!("has shape {:?}; expected {:?}, the shape of forward shard {i}", dy.shape(), x.shape()),
            ));
        }
    }
    Ok(())
}
