//! Test helpers: hand-lowered BatchNorm graphs, inputs, and an independent float64 BatchNorm.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ops::Range;

use ndarray::{ArrayD, IxDyn};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use syncbn_ir::grad::grad_output_name;
use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::{run, RunOptions};

/// BatchNorm parameters of one layer.
#[derive(Clone, Debug)]
pub struct BnParams {
    pub scale: Vec<f32>,
    pub bias: Vec<f32>,
    pub running_mean: Vec<f32>,
    pub running_var: Vec<f32>,
    pub epsilon: f64,
    pub momentum: f64,
}

impl BnParams {
    /// Distinct, non-trivial parameters for `c` channels.
    pub fn new(c: usize) -> Self {
        BnParams {
            scale: (0..c).map(|i| 0.5 + 0.25 * i as f32).collect(),
            bias: (0..c).map(|i| 0.1 * i as f32 - 0.2).collect(),
            running_mean: (0..c).map(|i| 0.05 * i as f32).collect(),
            running_var: (0..c).map(|i| 1.0 + 0.5 * i as f32).collect(),
            epsilon: 1e-5,
            momentum: 0.9,
        }
    }
}

fn init(name: &str, data: &[f32]) -> Initializer {
    Initializer {
        name: name.into(),
        dtype: DType::F32,
        shape: vec![data.len() as u64],
        source: InitSource::Data { data: data.iter().map(|&v| v as f64).collect() },
    }
}

fn node(name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: &[(&str, Attr)]) -> Node {
    Node {
        name: name.into(),
        op: op.into(),
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        outputs: outputs.iter().map(|s| s.to_string()).collect(),
        attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
    }
}

/// Per-replica input shape `[N, C, spatial...]`.
pub fn input_shape(c: u64, spatial: &[u64]) -> Vec<Dim> {
    let mut s = vec![Dim::Named("N".into()), Dim::Fixed(c)];
    s.extend(spatial.iter().map(|&d| Dim::Fixed(d)));
    s
}

/// Appends one hand-lowered training BatchNorm layer `prefix` reading `x` and writing `y`:
/// LocalMoments -> AllReduce -> BnFinalize -> BnNormalize, per `syncbn_ir::lowered`.
pub fn push_bn_layer(g: &mut Graph, prefix: &str, x: &str, y: &str, p: &BnParams, group_size: i64) {
    let c = p.scale.len();
    let n = |s: &str| format!("{prefix}.{s}");
    for (suffix, data) in
        [("weight", &p.scale), ("bias", &p.bias), ("running_mean", &p.running_mean), ("running_var", &p.running_var)]
    {
        g.initializers.push(init(&n(suffix), data));
    }
    let (m, ms, params) = (n("moments"), n("moments_sum"), n("norm_params"));
    let (rm_out, rv_out) = (n("running_mean_out"), n("running_var_out"));
    g.nodes.push(node(&n("stats"), "LocalMoments", &[x], &[&m], &[]));
    g.nodes.push(node(
        &n("allreduce"),
        "AllReduce",
        &[&m],
        &[&ms],
        &[
            ("group_size", Attr::Int(group_size)),
            ("payload", Attr::Str(format!("{m}:f64[3,{c}]"))),
            ("layers", Attr::Strs(vec![prefix.to_string()])),
            ("reduction", Attr::Str("sum".into())),
        ],
    ));
    g.nodes.push(node(
        &n("finalize"),
        "BnFinalize",
        &[&ms, &n("weight"), &n("bias"), &n("running_mean"), &n("running_var")],
        &[&params, &rm_out, &rv_out],
        &[("epsilon", Attr::Float(p.epsilon)), ("momentum", Attr::Float(p.momentum))],
    ));
    g.nodes.push(node(&n("normalize"), "BnNormalize", &[x, &params], &[y], &[]));
    g.outputs.push(rm_out);
    g.outputs.push(rv_out);
}

/// A lowered graph of one training BatchNorm over `[N, C, spatial...]`.
pub fn bn_graph(spatial: &[u64], p: &BnParams, group_size: i64) -> Graph {
    let mut g = Graph::new(format!("bn_rank{}", spatial.len() + 2));
    g.inputs.push(ValueInfo { name: "x".into(), dtype: DType::F32, shape: input_shape(p.scale.len() as u64, spatial) });
    g.outputs.push("y".into());
    push_bn_layer(&mut g, "bn", "x", "y", p, group_size);
    g
}

/// A random global batch `[n, c, spatial...]`: `mean[c] + std * uniform(-1, 1)`.
pub fn random_input(n: usize, c: usize, spatial: &[u64], mean: f32, std: f32, seed: u64) -> ArrayD<f32> {
    let mut shape = vec![n, c];
    shape.extend(spatial.iter().map(|&d| d as usize));
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let len: usize = shape.iter().product();
    let inner: usize = shape[2..].iter().product();
    let data = (0..len)
        .map(|i| {
            let ch = (i / inner) % c;
            (mean + ch as f32) + std * rng.gen_range(-1.0f32..1.0)
        })
        .collect();
    ArrayD::from_shape_vec(IxDyn(&shape), data).unwrap()
}

/// Inputs map with one entry `x`.
pub fn inputs_x(x: ArrayD<f32>) -> BTreeMap<String, ArrayD<f32>> {
    BTreeMap::from([("x".to_string(), x)])
}

/// The rows of each replica: consecutive, as even as possible, earlier replicas take the remainder.
pub fn shards(n: usize, r: usize) -> Vec<Range<usize>> {
    syncbn_ir::shard::split_batch(n, r)
}

/// Float64 BatchNorm (training) over rows `rows` of `x`: output rows, running mean and variance.
pub struct RefBn {
    pub y: Vec<f64>,
    pub running_mean: Vec<f64>,
    pub running_var: Vec<f64>,
}

/// Independent float64 BatchNorm over the batch rows `rows` of `x` (`[N, C, S...]`).
pub fn reference_bn(x: &ArrayD<f32>, rows: Range<usize>, p: &BnParams) -> RefBn {
    let c = x.shape()[1];
    let inner: usize = x.shape()[2..].iter().product();
    let data = x.as_slice().unwrap();
    let at = |r: usize, ch: usize, k: usize| data[(r * c + ch) * inner + k] as f64;
    let count = (rows.len() * inner) as f64;
    let mut mean = vec![0.0; c];
    let mut var = vec![0.0; c];
    for ch in 0..c {
        let vals: Vec<f64> =
            rows.clone().flat_map(|r| (0..inner).map(move |k| (r, k))).map(|(r, k)| at(r, ch, k)).collect();
        if count > 0.0 {
            mean[ch] = vals.iter().sum::<f64>() / count;
            var[ch] = vals.iter().map(|v| (v - mean[ch]).powi(2)).sum::<f64>() / count;
        }
    }
    let mut y = Vec::with_capacity(rows.len() * c * inner);
    for r in rows.clone() {
        for ch in 0..c {
            let inv = 1.0 / (var[ch] + p.epsilon).sqrt();
            for k in 0..inner {
                y.push((at(r, ch, k) - mean[ch]) * inv * p.scale[ch] as f64 + p.bias[ch] as f64);
            }
        }
    }
    let m = p.momentum;
    let unbiased = |v: f64| if count > 1.0 { v * count / (count - 1.0) } else { v };
    RefBn {
        y,
        running_mean: (0..c).map(|ch| m * p.running_mean[ch] as f64 + (1.0 - m) * mean[ch]).collect(),
        running_var: (0..c).map(|ch| m * p.running_var[ch] as f64 + (1.0 - m) * unbiased(var[ch])).collect(),
    }
}

/// Asserts `|got - want| <= tol * scale` for every element, where scale is the largest |want| (at least 1e-30).
pub fn assert_close(got: &[f32], want: &[f64], tol: f64, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    let scale = want.iter().fold(1e-30f64, |a, &w| a.max(w.abs()));
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let err = (g as f64 - w).abs();
        assert!(err <= tol * scale, "{what}[{i}]: got {g}, want {w} (error {err:e}, scale {scale:e})");
    }
}

/// Runs `training` (a graph of input `x` differentiated in its output `y`) with input `x` and
/// upstream gradient `dy` on 1, 2 and 4 CPU replicas, and compares `outputs` with the float64
/// reference over the global batch within `tol`.
pub fn training_matches_reference(training: &Graph, x: &ArrayD<f32>, dy: &ArrayD<f32>, outputs: &[String], tol: f64) {
    let inputs = BTreeMap::from([("x".to_string(), x.clone()), (grad_output_name("y"), dy.clone())]);
    let exact = inputs.iter().map(|(k, v)| (k.clone(), v.mapv(f64::from))).collect();
    let reference = syncbn_reference::run_global(training, &exact, 1, 1).unwrap_or_else(|e| panic!("reference: {e}"));
    for replicas in [1, 2, 4] {
        let options = LowerOptions { replicas, group_size: replicas, ..Default::default() };
        let lowered = lower(training, &options).expect("lower").graph;
        let got = run(&lowered, &RunOptions { replicas, inputs: inputs.clone(), ..Default::default() })
            .unwrap_or_else(|e| panic!("R={replicas}: {e}"));
        for name in outputs {
            let want = &reference[name];
            let have = got.output(name).unwrap_or_else(|| panic!("R={replicas}: no output {name}"));
            assert_eq!(have.shape(), want.shape(), "R={replicas} {name}");
            assert_close(have.as_slice().unwrap(), want.as_slice().unwrap(), tol, &format!("R={replicas} {name}"));
        }
    }
}
