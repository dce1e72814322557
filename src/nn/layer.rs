//! One BatchNorm layer of a module, run on the real runtime: the one-node model graph, lowered for one
//! sync group's replicas (SyncBN rewrite, kernels, all-reduce) and run on them with one shard each.

use std::collections::BTreeMap;

use ndarray::{concatenate, Array1, ArrayD, ArrayViewD, Axis};
use syncbn_ir::grad::{grad_name, grad_output_name};
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION;
use syncbn_ir::ops::batchnorm::{EPSILON, MOMENTUM, TRAINING_MODE};
use syncbn_ir::{DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_runtime::{run, DeviceKind, RunOptions, RunResult};

use crate::error::{Error, Result};

/// The running statistics of one sync group.
#[derive(Clone, Debug)]
pub(crate) struct RunningStats {
    /// Running mean, `[C]`.
    pub mean: Array1<f32>,
    /// Running variance, `[C]`.
    pub var: Array1<f32>,
}

/// The values a layer reads besides its input.
pub(crate) struct Params<'a> {
    /// Scale (gamma), `[C]`.
    pub weight: &'a Array1<f32>,
    /// Shift (beta), `[C]`.
    pub bias: &'a Array1<f32>,
    /// The sync group's running statistics.
    pub running: &'a RunningStats,
}

/// How the layer runs: mode, hyper-parameters in ONNX's convention, and the device.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layer {
    /// Training mode (batch statistics, synchronized) or eval mode (running statistics).
    pub training: bool,
    /// Added to the variance.
    pub eps: f64,
    /// ONNX momentum: the weight of the old running value (PyTorch's `1 - momentum`).
    pub onnx_momentum: f64,
    /// Where the replicas run.
    pub device: DeviceKind,
}

/// What one sync group's forward produced.
pub(crate) struct GroupForward {
    /// One output per shard.
    pub outputs: Vec<ArrayD<f32>>,
    /// The updated running statistics (training mode only).
    pub running: Option<RunningStats>,
}

/// What one sync group's backward produced.
pub(crate) struct GroupBackward {
    /// One input gradient per shard.
    pub input: Vec<ArrayD<f32>>,
    /// Gradient of the scale, summed over the group's batch.
    pub weight: Array1<f32>,
    /// Gradient of the shift, summed over the group's batch.
    pub bias: Array1<f32>,
}

impl Layer {
    /// Runs the forward of one sync group: `shards` on as many replicas, one shard each.
    pub fn forward(&self, shards: &[ArrayViewD<'_, f32>], params: &Params<'_>) -> Result<GroupForward> {
        let graph = self.graph(shards, params);
        let result = self.run(&graph, shards, &[])?;
        let outputs = split_rows(output(&result, "y")?, shards)?;
        let running = match self.training {
            true => Some(RunningStats {
                mean: vector(output(&result, "running_mean_out")?)?,
                var: vector(output(&result, "running_var_out")?)?,
            }),
            false => None,
        };
        Ok(GroupForward { outputs, running })
    }

    /// Runs the backward of one sync group: the training graph of `y`, given the upstream gradients.
    pub fn backward(
        &self,
        shards: &[ArrayViewD<'_, f32>],
        grads: &[ArrayViewD<'_, f32>],
        params: &Params<'_>,
    ) -> Result<GroupBackward> {
        let graph = differentiate(&self.graph(shards, params), &["y".to_string()])?;
        let result = self.run(&graph, shards, grads)?;
        Ok(GroupBackward {
            input: split_rows(output(&result, &grad_name("x"))?, shards)?,
            weight: vector(output(&result, &grad_name("weight"))?)?,
            bias: vector(output(&result, &grad_name("bias"))?)?,
        })
    }

    /// Lowers `graph` for `shards.len()` replicas in one sync group and runs it with one shard each
    /// (and, for a training graph, the upstream gradient shards `grads`).
    fn run(&self, graph: &Graph, shards: &[ArrayViewD<'_, f32>], grads: &[ArrayViewD<'_, f32>]) -> Result<RunResult> {
        let replicas = shards.len();
        let lowered = lower(graph, &LowerOptions { replicas, group_size: replicas, ..LowerOptions::default() })?;
        let mut inputs = BTreeMap::from([("x".to_string(), concatenate(Axis(0), shards).map_err(shape_error)?)]);
        if !grads.is_empty() {
            inputs.insert(grad_output_name("y"), concatenate(Axis(0), grads).map_err(shape_error)?);
        }
        let options = RunOptions {
            replicas,
            group_size: Some(replicas),
            device: self.device,
            inputs,
            shard_rows: Some(shards.iter().map(|s| s.shape()[0]).collect()),
            ..RunOptions::default()
        };
        Ok(run(&lowered, &options)?)
    }

    /// The one-node model: input `x: [N, C, ...]`, a BatchNormalization with the parameters as
    /// initializers, output `y` (and the running statistics in training mode).
    fn graph(&self, shards: &[ArrayViewD<'_, f32>], params: &Params<'_>) -> Graph {
        let mut g = Graph::new("batchnorm");
        let mut shape = vec![Dim::Named("N".into())];
        shape.extend(shards[0].shape()[1..].iter().map(|&d| Dim::Fixed(d as u64)));
        g.inputs.push(ValueInfo { name: "x".into(), dtype: DType::F32, shape });
        g.initializers = vec![
            initializer("weight", params.weight),
            initializer("bias", params.bias),
            initializer("running_mean", &params.running.mean),
            initializer("running_var", &params.running.var),
        ];
        let mut outputs = vec!["y".to_string()];
        if self.training {
            outputs.extend(["running_mean_out".to_string(), "running_var_out".to_string()]);
        }
        let attrs = BTreeMap::from([
            EPSILON.entry(self.eps),
            MOMENTUM.entry(self.onnx_momentum),
            TRAINING_MODE.entry(self.training),
        ]);
        g.nodes = vec![Node {
            name: "bn".into(),
            op: BATCH_NORMALIZATION.into(),
            inputs: ["x", "weight", "bias", "running_mean", "running_var"].map(String::from).to_vec(),
            outputs: outputs.clone(),
            attrs,
        }];
        g.outputs = outputs;
        g
    }
}

fn initializer(name: &str, values: &Array1<f32>) -> Initializer {
    Initializer {
        name: name.into(),
        dtype: DType::F32,
        shape: vec![values.len() as u64],
        source: InitSource::Data { data: values.iter().map(|&v| f64::from(v)).collect() },
    }
}

fn output<'r>(result: &'r RunResult, name: &str) -> Result<&'r ArrayD<f32>> {
    result.output(name).ok_or_else(|| Error::invalid(format!("output {name:?}"), "missing from the layer's run"))
}

fn vector(a: &ArrayD<f32>) -> Result<Array1<f32>> {
    a.clone().into_dimensionality().map_err(shape_error)
}

/// Splits a batch output back into one array per shard, in shard order.
fn split_rows(batch: &ArrayD<f32>, shards: &[ArrayViewD<'_, f32>]) -> Result<Vec<ArrayD<f32>>> {
    let mut start = 0;
    let mut parts = Vec::with_capacity(shards.len());
    for shard in shards {
        let rows = shard.shape()[0];
        parts.push(batch.slice_axis(Axis(0), (start..start + rows).into()).to_owned());
        start += rows;
    }
    Ok(parts)
}

fn shape_error(e: ndarray::ShapeError) -> Error {
    Error::invalid("layer output", format!("has an unexpected shape: {e}"))
}
