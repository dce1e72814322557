//! One BatchNorm layer run on its own: `layer_train` (SyncBN over R replicas) and `layer_eval`.
//!
//! Each builds the one-layer lowered graph of `syncbn_ir::lowered` and runs it with [`crate::run()`],
//! so they use the same kernels, collectives and checks as compiled models.

use std::collections::BTreeMap;

use ndarray::ArrayD;
use syncbn_ir::lowered::{ALL_REDUCE, BN_FINALIZE, BN_NORMALIZE, LOCAL_MOMENTS};
use syncbn_ir::ops::batchnorm::{EPSILON, MOMENTUM};
use syncbn_ir::ops::lowered::GROUP_SIZE;
use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};

use crate::device::DeviceKind;
use crate::run::{run, RunOptions, RunResult};
use crate::RunError;

/// Settings of [`layer_train`] and [`layer_eval`].
#[derive(Clone, Debug)]
pub struct BnOptions {
    /// Running-statistics momentum, ONNX convention: `running = momentum * running + (1 - momentum) * batch`.
    pub momentum: f64,
    /// Added to the variance.
    pub epsilon: f64,
    /// Replicas the batch is split over (training form).
    pub replicas: usize,
    /// Replicas per sync group; `None` means all.
    pub group_size: Option<usize>,
    /// Where the replicas run.
    pub device: DeviceKind,
}

impl Default for BnOptions {
    fn default() -> Self {
        BnOptions {
            momentum: MOMENTUM.default,
            epsilon: EPSILON.default,
            replicas: 1,
            group_size: None,
            device: DeviceKind::Cpu,
        }
    }
}

/// Result of [`layer_train`].
#[derive(Clone, Debug)]
pub struct BatchNormTrain {
    /// The normalized global batch, shape of the input.
    pub y: ArrayD<f32>,
    /// Updated running mean: `[C]` with one sync group, `[groups, C]` with several.
    pub running_mean: ArrayD<f32>,
    /// Updated running variance (from the unbiased batch variance), shaped like `running_mean`.
    pub running_var: ArrayD<f32>,
}

/// Training-mode SyncBN over the global batch `input` (`[N, C, ...]`, rank 2 to 5) split over
/// `options.replicas` replicas: each sync group normalizes with the statistics of its own rows.
pub fn layer_train(
    input: &ArrayD<f32>,
    gamma: &[f32],
    beta: &[f32],
    running_mean: &[f32],
    running_var: &[f32],
    options: &BnOptions,
) -> Result<BatchNormTrain, RunError> {
    let c = channels(input)?;
    let mut g = layer_graph(input, "layer_train");
    for (name, v) in [("scale", gamma), ("bias", beta), ("running_mean", running_mean), ("running_var", running_var)] {
        g.initializers.push(vector(name, v, c)?);
    }
    let group = options.group_size.unwrap_or(options.replicas);
    g.nodes = vec![
        node(LOCAL_MOMENTS, &["x"], &["moments"], vec![]),
        node(ALL_REDUCE, &["moments"], &["moments_sum"], vec![GROUP_SIZE.entry(group as i64)]),
        node(
            BN_FINALIZE,
            &["moments_sum", "scale", "bias", "running_mean", "running_var"],
            &["norm_params", "running_mean_out", "running_var_out"],
            vec![EPSILON.entry(options.epsilon), MOMENTUM.entry(options.momentum)],
        ),
        node(BN_NORMALIZE, &["x", "norm_params"], &["y"], vec![]),
    ];
    g.outputs = vec!["y".into(), "running_mean_out".into(), "running_var_out".into()];
    let r = run_layer(&g, input, options.replicas, Some(group), options.device)?;
    let take = |name: &str| r.output(name).cloned().ok_or_else(|| RunError::unsupported(name, "output missing"));
    Ok(BatchNormTrain { y: take("y")?, running_mean: take("running_mean_out")?, running_var: take("running_var_out")? })
}

/// Eval-mode BatchNorm: normalizes `input` with the given statistics,
/// `y = (x - mean) / sqrt(var + epsilon) * gamma + beta`, on one replica of `options.device`.
/// The normalize parameters are formed in f64 with the mean split into f32 high and low parts,
/// as the lowered `BnNormalize` expects, so large means stay exact.
pub fn layer_eval(
    input: &ArrayD<f32>,
    gamma: &[f32],
    beta: &[f32],
    mean: &[f32],
    var: &[f32],
    options: &BnOptions,
) -> Result<ArrayD<f32>, RunError> {
    let c = channels(input)?;
    for (name, v) in [("gamma", gamma), ("beta", beta), ("mean", mean), ("var", var)] {
        vector(name, v, c)?;
    }
    let mut rows: Vec<Vec<f32>> = (0..5).map(|_| Vec::with_capacity(c)).collect();
    for ch in 0..c {
        let m = mean[ch] as f64;
        let inv_std = 1.0 / (var[ch] as f64 + options.epsilon).sqrt();
        let hi = m as f32;
        rows[0].push(hi);
        rows[1].push((m - hi as f64) as f32);
        rows[2].push(inv_std as f32);
        rows[3].push((gamma[ch] as f64 * inv_std) as f32);
        rows[4].push(beta[ch]);
    }
    let mut g = layer_graph(input, "layer_eval");
    let mut params = vector("norm_params", &rows.concat(), 5 * c)?;
    params.shape = vec![5, c as u64];
    g.initializers.push(params);
    g.nodes = vec![node(BN_NORMALIZE, &["x", "norm_params"], &["y"], vec![])];
    g.outputs = vec!["y".into()];
    let r = run_layer(&g, input, 1, None, options.device)?;
    r.output("y").cloned().ok_or_else(|| RunError::unsupported("y", "output missing"))
}

fn run_layer(
    g: &Graph,
    input: &ArrayD<f32>,
    replicas: usize,
    group_size: Option<usize>,
    device: DeviceKind,
) -> Result<RunResult, RunError> {
    let inputs = BTreeMap::from([("x".to_string(), input.clone())]);
    run(g, &RunOptions { replicas, group_size, device, inputs, ..Default::default() })
}

/// A graph with input `x: [N, C, ...]` shaped like `input` (axis 0 named).
fn layer_graph(input: &ArrayD<f32>, name: &str) -> Graph {
    let mut g = Graph::new(name);
    let mut shape = vec![Dim::Named("N".into())];
    shape.extend(input.shape()[1..].iter().map(|&d| Dim::Fixed(d as u64)));
    g.inputs.push(ValueInfo { name: "x".into(), dtype: DType::F32, shape });
    g
}

fn channels(input: &ArrayD<f32>) -> Result<usize, RunError> {
    if !(2..=5).contains(&input.ndim()) {
        return Err(RunError::input("input", format!("has rank {}; expected 2 to 5 ([N, C, ...])", input.ndim())));
    }
    Ok(input.shape()[1])
}

fn vector(name: &str, v: &[f32], len: usize) -> Result<Initializer, RunError> {
    if v.len() != len {
        return Err(RunError::input(name, format!("has {} values; expected {len} (one per channel)", v.len())));
    }
    Ok(Initializer {
        name: name.into(),
        dtype: DType::F32,
        shape: vec![len as u64],
        source: InitSource::Data { data: v.iter().map(|&x| x as f64).collect() },
    })
}

fn node(op: &str, inputs: &[&str], outputs: &[&str], attrs: Vec<(String, Attr)>) -> Node {
    Node {
        name: op.to_string(),
        op: op.to_string(),
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        outputs: outputs.iter().map(|s| s.to_string()).collect(),
        attrs: attrs.into_iter().collect(),
    }
}
