//! Training through the library: [`Training`] (loss, optimizer, loop, replicas), [`TrainData`] (the
//! inputs and labels, arrays or `.npy` files) and [`Trained`] (losses, the trained state, the model
//! with its trained weights); [`Model::train`] runs it on CPU replicas, as `syncbn-compile --train`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use ndarray::{Array, ArrayD, Dimension, IxDyn};
use syncbn_ir::{Graph, InitSource};
use syncbn_passes::training::{self as passes_training, ClassLabels, TrainingGraph};
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::train::data::{missing_input, read_labels, DataInput, Labels};
use syncbn_runtime::train::{checkpoint, initial_state, Dataset, LabelWeights, LossScale, TrainOptions, TrainSpec};
use syncbn_runtime::Stats;

pub use syncbn_passes::training::LossChoice as Loss;
pub use syncbn_runtime::train::{LrSchedule, Sgd, TrainState};

use crate::error::{Error, Result};
use crate::model::Model;

/// How to train: the loss, SGD with PyTorch's semantics, the loop's length and batch, and the
/// replicas. Defaults: the model's scalar output as the loss, lr 0.01 without momentum, constant
/// schedule, global batch 1, one step, 1 replica in one sync group, rows in order.
///
/// ```
/// use syncbn::training::{Loss, LrSchedule, Training};
/// let training = Training::new(Loss::CrossEntropy(None))
///     .replicas(4)
///     .batch(8)
///     .steps(100)
///     .lr(0.1)
///     .momentum(0.9)
///     .schedule(LrSchedule::Poly { power: 0.9 })
///     .warmup(5);
/// assert_eq!(training.get_sgd().lr_at(0, 100), 0.1 / 5.0);
/// ```
#[derive(Clone, Debug)]
pub struct Training {
    loss: Loss,
    ignore_index: Option<i64>,
    replicas: usize,
    group_size: Option<usize>,
    bucket_cap_mb: Option<f64>,
    batch: usize,
    length: Length,
    shuffle: Option<u64>,
    sgd: Sgd,
    stop_after: Option<usize>,
    resume: Option<Resume>,
}

/// Where a resumed run starts.
#[derive(Clone, Debug)]
enum Resume {
    State(TrainState),
    Checkpoint(PathBuf),
}

/// How long a run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Length {
    Steps(usize),
    Epochs(usize),
}

impl Training {
    /// Training on `loss` with the defaults above.
    pub fn new(loss: Loss) -> Self {
        let sgd = Sgd {
            lr: 0.01,
            momentum: 0.0,
            nesterov: false,
            weight_decay: 0.0,
            schedule: LrSchedule::Constant,
            warmup: 0,
        };
        Training {
            loss,
            ignore_index: None,
            replicas: 1,
            group_size: None,
            bucket_cap_mb: None,
            batch: 1,
            length: Length::Steps(1),
            shuffle: None,
            sgd,
            stop_after: None,
            resume: None,
        }
    }

    /// The label that [`Loss::CrossEntropy`] leaves out (segmentation's unlabelled pixels, often
    /// 255); the mean is over the kept labels of the global batch.
    pub fn ignore_index(mut self, label: i64) -> Self {
        self.ignore_index = Some(label);
        self
    }

    /// Replicas R (CPU threads).
    pub fn replicas(mut self, replicas: usize) -> Self {
        self.replicas = replicas;
        self
    }

    /// Replicas per sync group (consecutive replicas synchronize their BatchNorms).
    pub fn group_size(mut self, group_size: usize) -> Self {
        self.group_size = Some(group_size);
        self
    }

    /// The largest parameter-gradient all-reduce bucket in MiB, as DDP's `bucket_cap_mb` (default
    /// 25; a larger gradient gets a bucket of its own). The bucketing changes when sums start, not
    /// their bits. A cap that is not above 0 and at most 1048576 is an error of [`Model::train`].
    pub fn bucket_cap_mb(mut self, mb: f64) -> Self {
        self.bucket_cap_mb = Some(mb);
        self
    }

    /// The global batch of a step, split over the replicas as a run splits its inputs.
    pub fn batch(mut self, batch: usize) -> Self {
        self.batch = batch;
        self
    }

    /// Run `steps` steps (the schedule's length).
    pub fn steps(mut self, steps: usize) -> Self {
        self.length = Length::Steps(steps);
        self
    }

    /// Run `epochs` passes over the data (full batches only).
    pub fn epochs(mut self, epochs: usize) -> Self {
        self.length = Length::Epochs(epochs);
        self
    }

    /// Permute the rows of every epoch with a permutation seeded by `seed` and the epoch.
    pub fn shuffle(mut self, seed: u64) -> Self {
        self.shuffle = Some(seed);
        self
    }

    /// The base learning rate.
    pub fn lr(mut self, lr: f64) -> Self {
        self.sgd.lr = lr;
        self
    }

    /// The momentum factor (the buffer starts as the first gradient, dampening 0).
    pub fn momentum(mut self, momentum: f64) -> Self {
        self.sgd.momentum = momentum;
        self
    }

    /// Nesterov momentum.
    pub fn nesterov(mut self, nesterov: bool) -> Self {
        self.sgd.nesterov = nesterov;
        self
    }

    /// L2 weight decay, added to the gradient.
    pub fn weight_decay(mut self, weight_decay: f64) -> Self {
        self.sgd.weight_decay = weight_decay;
        self
    }

    /// The learning-rate schedule over the run's steps.
    pub fn schedule(mut self, schedule: LrSchedule) -> Self {
        self.sgd.schedule = schedule;
        self
    }

    /// Linear warm-up over the first `steps` steps.
    pub fn warmup(mut self, steps: usize) -> Self {
        self.sgd.warmup = steps;
        self
    }

    /// Stop after `steps` steps of the run (whose schedule still spans all of them), to resume later.
    pub fn stop_after(mut self, steps: usize) -> Self {
        self.stop_after = Some(steps);
        self
    }

    /// Continue from the state a previous run ended with ([`Trained::state`]): its parameters,
    /// running statistics, momentum buffers and step count.
    pub fn resume(mut self, state: TrainState) -> Self {
        self.resume = Some(Resume::State(state));
        self
    }

    /// Continue from a checkpoint written by [`Trained::save`] or `syncbn-compile --save`.
    pub fn resume_file(mut self, path: impl AsRef<Path>) -> Self {
        self.resume = Some(Resume::Checkpoint(path.as_ref().to_path_buf()));
        self
    }

    /// The optimizer's settings.
    pub fn get_sgd(&self) -> &Sgd {
        &self.sgd
    }
}

/// The data of a training run: one array (or `.npy` file) per data input of the model, axis 0
/// the sample axis, and the class labels when the loss takes them (cross-entropy, or a loss exported
/// with the model over a labels input): `[N]`, or `[N, H, W]` for a segmentation network's
/// `[N, K, H, W]` scores.
///
/// ```
/// use syncbn::ndarray::{Array1, ArrayD, IxDyn};
/// let data = syncbn::training::TrainData::new()
///     .input("x", ArrayD::zeros(IxDyn(&[16, 3, 7, 5])))
///     .labels(Array1::from(vec![0i64; 16]));
/// assert_eq!(data.input_names(), vec!["x"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct TrainData {
    inputs: Vec<(String, Source<ArrayD<f32>>)>,
    labels: Option<Source<ArrayD<i64>>>,
}

/// Where data comes from.
#[derive(Clone, Debug)]
enum Source<A> {
    Array(A),
    File(PathBuf),
}

impl TrainData {
    /// No data yet.
    pub fn new() -> Self {
        TrainData::default()
    }

    /// The rows of model input `name`.
    pub fn input(mut self, name: &str, rows: ArrayD<f32>) -> Self {
        self.inputs.push((name.to_string(), Source::Array(rows)));
        self
    }

    /// The rows of model input `name` from an f32 `.npy` file (memory-mapped).
    pub fn input_file(mut self, name: &str, path: impl AsRef<Path>) -> Self {
        self.inputs.push((name.to_string(), Source::File(path.as_ref().to_path_buf())));
        self
    }

    /// The class of every row (`[N]`), or of every pixel of every row (`[N, d1, ..., dk]`).
    pub fn labels<D: Dimension>(mut self, labels: Array<i64, D>) -> Self {
        self.labels = Some(Source::Array(labels.into_dyn()));
        self
    }

    /// The labels from an int64 `.npy` file, `[N]` or `[N, d1, ..., dk]`.
    pub fn labels_file(mut self, path: impl AsRef<Path>) -> Self {
        self.labels = Some(Source::File(path.as_ref().to_path_buf()));
        self
    }

    /// The names of the inputs given, in order.
    pub fn input_names(&self) -> Vec<&str> {
        self.inputs.iter().map(|(name, _)| name.as_str()).collect()
    }

    /// The dataset of the lowered training graph `lowered`: every data input given, labels checked.
    fn dataset(&self, lowered: &Graph, training: &TrainingGraph, batch: usize) -> Result<Dataset> {
        let mut inputs = Vec::with_capacity(self.inputs.len());
        for (name, source) in &self.inputs {
            inputs.push(match source {
                Source::Array(rows) => DataInput::from_array(lowered, name, rows.view())?,
                Source::File(path) => DataInput::open(lowered, name, path)?,
            });
        }
        let given = self.input_names();
        let labels_input = training.labels.as_ref().map(|l| l.input.as_str());
        if let Some(name) = missing_input(lowered, &given, &training.seed, labels_input) {
            return Err(Error::invalid("TrainData", format!("expected rows for model input {name:?}")));
        }
        let labels = match (&training.labels, &self.labels) {
            (Some(l), Some(source)) => Some(labels(lowered, l, source)?),
            (Some(_), None) => return Err(Error::invalid("TrainData", "the loss needs labels")),
            (None, _) => None,
        };
        Ok(Dataset::new(inputs, labels, batch)?)
    }
}

fn labels(lowered: &Graph, l: &ClassLabels, source: &Source<ArrayD<i64>>) -> Result<Labels> {
    let (name, classes, ignore) = (&l.input, l.classes, l.ignore_index);
    Ok(match source {
        Source::Array(values) => Labels::new(lowered, name, values.view(), classes, ignore, "labels".into())?,
        Source::File(path) => {
            Labels::new(lowered, name, read_labels(path)?.view(), classes, ignore, path.display().to_string())?
        }
    })
}

/// What a training run produced.
#[derive(Clone, Debug)]
pub struct Trained {
    model: Graph,
    losses: Vec<f64>,
    step_ms: Stats,
    images_per_s: f64,
    state: TrainState,
}

impl Trained {
    /// The global-batch loss of every step run (after a resume: of the steps run now).
    pub fn losses(&self) -> &[f64] {
        &self.losses
    }

    /// Step wall time, ms (median, min, max).
    pub fn step_ms(&self) -> &Stats {
        &self.step_ms
    }

    /// Images per second over the loop.
    pub fn images_per_s(&self) -> f64 {
        self.images_per_s
    }

    /// The state after the last step: step count, parameters, running statistics, momentum.
    pub fn state(&self) -> &TrainState {
        &self.state
    }

    /// A trained parameter or running statistic, by its initializer name.
    pub fn tensor(&self, name: &str) -> Option<ArrayD<f32>> {
        let (shape, values) = self.state.tensors.get(name)?;
        ArrayD::from_shape_vec(IxDyn(shape), values.clone()).ok()
    }

    /// Writes the state as a safetensors checkpoint (PyTorch `state_dict` names, momentum buffers
    /// and the step under `optimizer.*` keys), through a temporary file and a rename.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        Ok(checkpoint::save(&self.state, path.as_ref())?)
    }

    /// The model with its trained parameters and running statistics as initializers, ready to lower
    /// and run (for example in eval mode).
    pub fn model(&self) -> Result<Model> {
        let mut graph = self.model.clone();
        for init in &mut graph.initializers {
            if let Some((_, values)) = self.state.tensors.get(&init.name) {
                init.source = InitSource::Data { data: values.iter().map(|&v| f64::from(v)).collect() };
            }
        }
        Model::from_graph(graph)
    }
}

impl Model {
    /// Trains the model on `data` as `training` says, on CPU replicas: the loss over the global
    /// batch, one all-reduce per BatchNorm layer per step, the parameter gradients summed in fixed
    /// order, and SGD on the one copy of the parameters the replica threads share, each updating
    /// the slice it summed.
    ///
    /// ```
    /// use syncbn::ndarray::{Array1, ArrayD, IxDyn};
    /// use syncbn::training::{Loss, TrainData, Training};
    /// // A small ResNet exported from PyTorch, its [N, 10] scores trained with cross-entropy.
    /// let model = syncbn::Model::load("tests/fixtures/resnet_mini/train.onnx")?;
    /// let x = ArrayD::from_shape_fn(IxDyn(&[12, 3, 16, 16]), |i| ((i[0] * 7 + i[1] * 3 + i[2] * i[3]) % 5) as f32);
    /// let data = TrainData::new().input("x", x).labels(Array1::from_shape_fn(12, |i| (i % 10) as i64));
    /// let training = Training::new(Loss::CrossEntropy(None)).replicas(3).batch(6).steps(6).lr(0.05).momentum(0.9);
    /// let trained = model.train(&training, &data)?;
    /// assert_eq!(trained.losses().len(), 6);
    /// assert!(trained.losses()[5] < trained.losses()[0]);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn train(&self, training: &Training, data: &TrainData) -> Result<Trained> {
        let loss_graph = passes_training::training_graph(&self.typed(), &training.loss, training.ignore_index)?;
        let options = LowerOptions {
            replicas: training.replicas,
            group_size: training.group_size.unwrap_or(0),
            bucket_cap_bytes: crate::model::bucket_cap_bytes(training.bucket_cap_mb, "Training::bucket_cap_mb")?,
            ..LowerOptions::default()
        };
        let lowered = lower(&loss_graph, &options)?;
        let spec = spec(&loss_graph);
        let dataset = data.dataset(&lowered.graph, &loss_graph, training.batch)?;
        let steps = match training.length {
            Length::Steps(steps) => steps,
            Length::Epochs(epochs) => epochs * dataset.steps_per_epoch(training.batch),
        };
        let initial = initial_state(&lowered.graph, &spec)?;
        let state = match &training.resume {
            Some(Resume::State(state)) => state.clone(),
            Some(Resume::Checkpoint(path)) => {
                checkpoint::load(path, &initial, &spec.params, training.sgd.momentum != 0.0)?
            }
            None => initial,
        };
        let options = TrainOptions {
            replicas: training.replicas,
            device: syncbn_runtime::DeviceKind::Cpu,
            group_size: training.group_size,
            batch: training.batch,
            steps,
            stop_after: training.stop_after,
            shuffle: training.shuffle,
            sgd: training.sgd,
            save: None,
            save_every: None,
            timeout: Duration::from_secs(300),
            progress: None,
            cache: syncbn_codegen::KernelCache::from_env(),
            profile: false,
            fault: None,
        };
        let result = syncbn_runtime::train::train(&lowered, &spec, &dataset, state, &options)?;
        Ok(Trained {
            model: self.graph().clone(),
            losses: result.losses,
            step_ms: result.step_ms,
            images_per_s: result.images_per_s,
            state: result.state,
        })
    }
}

/// What the runtime's loop needs to know of a training graph.
pub(crate) fn spec(t: &TrainingGraph) -> TrainSpec {
    TrainSpec {
        loss: t.loss.clone(),
        scale: match t.scale {
            passes_training::LossScale::ShardSum => LossScale::ShardSum,
            passes_training::LossScale::ShardMean => LossScale::ShardMean,
            passes_training::LossScale::GlobalSum => LossScale::GlobalSum,
        },
        label_weights: t.labels.as_ref().map_or_else(LabelWeights::default, |l| LabelWeights {
            weights: l.weights.clone(),
            ignore_index: l.ignore_index,
        }),
        seed: t.seed.clone(),
        params: t.params.clone(),
        stats: t.stats.clone(),
    }
}
