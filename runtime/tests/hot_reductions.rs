//! BatchNorm statistics while the convolution's output is hot: a training BatchNorm's LocalMoments
//! after a Conv, and its BnGradReduce after the ConvGradInput that gives its `dY`, run inside the
//! producer's plan step, image by image. On odd shapes (3 input channels, 7x5 images; plain,
//! grouped and strided, and depthwise convolutions; one image per replica and an empty shard) the
//! plan shows where the reductions went, every output and gradient equals the run with a step per
//! node bit for bit, matches the float64 reference, and the emulated GPUs (which run the reductions
//! after their producer) agree with the CPU replicas.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use ndarray::ArrayD;
use serde_json::{json, Value};
use syncbn_ir::grad::{grad_name, grad_output_name};
use syncbn_ir::Graph;
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_runtime::plan::{ExecutionPlan, Launch, Step};
use syncbn_runtime::{run, DeviceKind, RunOptions, RunResult};

fn ramp(name: &str, shape: &[usize], lo: f64, hi: f64) -> Value {
    let n: usize = shape.iter().product();
    let data: Vec<f64> = (0..n).map(|i| lo + (hi - lo) * ((i * 7919 + 13) % 997) as f64 / 997.0).collect();
    json!({"name": name, "dtype": "f32", "shape": shape, "data": data})
}

/// The second convolution of [`model`]: output channels, weight shape and attributes.
struct Conv2 {
    what: &'static str,
    m: usize,
    weight: [usize; 4],
    attrs: Value,
}

fn conv2_variants() -> Vec<Conv2> {
    vec![
        Conv2 { what: "plain 3x3", m: 4, weight: [4, 6, 3, 3], attrs: json!({"pads": [1, 1, 1, 1]}) },
        Conv2 {
            what: "grouped, strided",
            m: 3,
            weight: [3, 2, 3, 2],
            attrs: json!({"group": 3, "strides": [2, 1], "pads": [1, 0, 1, 1]}),
        },
        Conv2 {
            what: "depthwise, strided",
            m: 6,
            weight: [6, 1, 3, 3],
            attrs: json!({"group": 6, "strides": [2, 2], "pads": [1, 1, 1, 1]}),
        },
    ]
}

/// `x [N, 3, 7, 5]` -> Conv (6 channels) -> BatchNorm (training) -> Relu -> `conv2` -> BatchNorm
/// (training) -> `y`, with both layers' running statistics as outputs.
fn model(conv2: &Conv2) -> Graph {
    let node = |name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: Value| json!({"name": name, "op": op, "inputs": inputs, "outputs": outputs, "attrs": attrs});
    let bn = |p: &str, x: &str, y: &str| {
        let ins = [x, &format!("{p}.g"), &format!("{p}.b"), &format!("{p}.m"), &format!("{p}.v")].map(str::to_string);
        let outs = [y.to_string(), format!("{p}.running_mean_out"), format!("{p}.running_var_out")];
        json!({"name": p, "op": "BatchNormalization", "inputs": ins, "outputs": outs, "attrs": {"training_mode": 1}})
    };
    let nodes = json!([
        node("conv1", "Conv", &["x", "w1"], &["c1"], json!({"pads": [1, 1, 1, 1]})),
        bn("bn1", "c1", "n1"),
        node("relu", "Relu", &["n1"], &["r1"], json!({})),
        node("conv2", "Conv", &["r1", "w2"], &["c2"], conv2.attrs.clone()),
        bn("bn2", "c2", "y")
    ]);
    let mut inits = vec![ramp("w1", &[6, 3, 3, 3], -0.5, 0.5), ramp("w2", &conv2.weight, -0.4, 0.6)];
    for (p, c) in [("bn1", 6), ("bn2", conv2.m)] {
        inits.extend([
            ramp(&format!("{p}.g"), &[c], 0.5, 1.5),
            ramp(&format!("{p}.b"), &[c], -0.2, 0.2),
            ramp(&format!("{p}.m"), &[c], -0.1, 0.1),
            ramp(&format!("{p}.v"), &[c], 0.5, 1.5),
        ]);
    }
    let text = json!({
        "format": "syncbn-ir", "version": 1, "name": "hot_reductions",
        "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", 3, 7, 5]}],
        "outputs": ["y", "bn1.running_mean_out", "bn1.running_var_out", "bn2.running_mean_out", "bn2.running_var_out"],
        "initializers": inits, "nodes": nodes
    });
    syncbn_ir::json::from_str(&text.to_string(), Path::new("hot_reductions.json")).unwrap_or_else(|e| panic!("{e}"))
}

/// (global batch, replicas): one image per replica and an empty shard, one replica, uneven shards.
const SPLITS: [(usize, usize); 3] = [(3, 4), (3, 1), (5, 2)];

fn run_on(
    graph: &Graph,
    replicas: usize,
    inputs: &BTreeMap<String, ArrayD<f32>>,
    device: DeviceKind,
    hot_reductions: bool,
) -> RunResult {
    let lowered = lower(graph, &LowerOptions { replicas, ..Default::default() }).expect("lower").graph;
    let options = RunOptions { replicas, device, inputs: inputs.clone(), hot_reductions, ..Default::default() };
    run(&lowered, &options).unwrap_or_else(|e| panic!("R={replicas}, hot {hot_reductions}: {e}"))
}

/// The launches of a plan with reductions inside, as `(producer op, [reduction ops])`.
fn fused(plan: &ExecutionPlan) -> Vec<(String, Vec<String>)> {
    let launches = plan.steps.iter().filter_map(|s| if let Step::Launch(l) = s { Some(l) } else { None });
    let ops = |l: &Launch| l.reductions.iter().map(|r| r.op.clone()).collect::<Vec<_>>();
    launches.filter(|l| !l.reductions.is_empty()).map(|l| (l.op.clone(), ops(l))).collect()
}

/// Every reduction reads its producer's output.
fn assert_reads_producer_output(plan: &ExecutionPlan) {
    for s in &plan.steps {
        if let Step::Launch(l) = s {
            for r in &l.reductions {
                assert!(r.inputs.contains(&Some(l.outputs[0])), "{} does not read {}'s output", r.node, l.node);
            }
        }
    }
}

fn assert_same_bits(hot: &RunResult, cold: &RunResult, what: &str) {
    assert_eq!(hot.outputs.len(), cold.outputs.len(), "{what}: outputs");
    for (a, b) in hot.outputs.iter().zip(&cold.outputs) {
        assert_eq!(a.name, b.name, "{what}");
        let bits = |o: &ArrayD<f32>| o.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&a.array), bits(&b.array), "{what}: {} differs", a.name);
    }
}

fn assert_matches_reference(got: &RunResult, reference: &BTreeMap<String, ArrayD<f64>>, tol: f64, what: &str) {
    for o in &got.outputs {
        let want = &reference[&o.name];
        assert_eq!(o.array.shape(), want.shape(), "{what}: {}", o.name);
        assert_close(o.array.as_slice().unwrap(), want.as_slice().unwrap(), tol, &format!("{what}: {}", o.name));
    }
}

#[test]
fn forward_moments_inside_conv_steps_equal_separate_steps_bit_for_bit() {
    for conv2 in conv2_variants() {
        let graph = model(&conv2);
        for (batch, replicas) in SPLITS {
            let what = format!("{}, batch {batch}, R={replicas}", conv2.what);
            let inputs = inputs_x(random_input(batch, 3, &[7, 5], 0.3, 1.0, batch as u64));
            let hot = run_on(&graph, replicas, &inputs, DeviceKind::Cpu, true);
            let cold = run_on(&graph, replicas, &inputs, DeviceKind::Cpu, false);
            let moments = vec!["LocalMoments".to_string()];
            assert_eq!(fused(&hot.plan), vec![("Conv".into(), moments.clone()), ("Conv".into(), moments)], "{what}");
            assert_reads_producer_output(&hot.plan);
            assert_eq!((hot.plan.hot_reductions(), cold.plan.hot_reductions()), (2, 0), "{what}");
            assert!(hot.plan.to_json().contains("\"reductions\""), "{what}: plan.json shows the reductions");
            assert_same_bits(&hot, &cold, &what);
            let exact = BTreeMap::from([("x".to_string(), inputs["x"].mapv(f64::from))]);
            let reference = syncbn_reference::run_global(&graph, &exact, 1, 1).expect("reference");
            assert_matches_reference(&hot, &reference, 1e-5, &what);
        }
    }
}

#[test]
fn backward_gradient_sums_inside_conv_grad_input_steps_equal_separate_steps_bit_for_bit() {
    for conv2 in conv2_variants() {
        let graph = model(&conv2);
        let training = differentiate(&graph, &["y".to_string()]).expect("differentiate");
        let y_shape = syncbn_ir::infer_types(&graph).expect("types")["y"].shape.clone();
        let spatial: Vec<u64> = y_shape[2..].iter().map(|d| d.to_string().parse().unwrap()).collect();
        for (batch, replicas) in SPLITS {
            let what = format!("{}, batch {batch}, R={replicas}", conv2.what);
            let x = random_input(batch, 3, &[7, 5], 0.3, 1.0, batch as u64);
            let dy = random_input(batch, conv2.m, &spatial, 0.0, 1.0, 7 + batch as u64);
            let inputs = BTreeMap::from([("x".to_string(), x), (grad_output_name("y"), dy)]);
            let hot = run_on(&training, replicas, &inputs, DeviceKind::Cpu, true);
            let cold = run_on(&training, replicas, &inputs, DeviceKind::Cpu, false);
            let grad_reduce = ("ConvGradInput".to_string(), vec!["BnGradReduce".to_string()]);
            assert!(fused(&hot.plan).contains(&grad_reduce), "{what}: {:?}", fused(&hot.plan));
            assert_reads_producer_output(&hot.plan);
            assert_eq!((hot.plan.hot_reductions(), cold.plan.hot_reductions()), (3, 0), "{what}");
            assert_same_bits(&hot, &cold, &what);
            for name in [grad_name("x"), grad_name("w1"), grad_name("w2"), grad_name("bn1.g"), grad_name("bn1.b")] {
                assert!(hot.output(&name).is_some(), "{what}: no output {name}");
            }
            let exact = inputs.iter().map(|(k, v)| (k.clone(), v.mapv(f64::from))).collect();
            let reference = syncbn_reference::run_global(&training, &exact, 1, 1).expect("reference");
            assert_matches_reference(&hot, &reference, 1e-4, &what);
        }
    }
}

#[test]
fn emulated_gpus_run_the_reductions_after_their_producer() {
    let conv2 = &conv2_variants()[1];
    let training = differentiate(&model(conv2), &["y".to_string()]).expect("differentiate");
    let x = random_input(3, 3, &[7, 5], 0.3, 1.0, 5);
    let dy = random_input(3, conv2.m, &[4, 5], 0.0, 1.0, 6);
    let inputs = BTreeMap::from([("x".to_string(), x), (grad_output_name("y"), dy)]);
    let gpu = run_on(&training, 2, &inputs, DeviceKind::PtxSim, true);
    let cpu = run_on(&training, 2, &inputs, DeviceKind::Cpu, true);
    assert_eq!(gpu.plan.hot_reductions(), 3);
    for (g, c) in gpu.outputs.iter().zip(&cpu.outputs) {
        let on_cpu: Vec<f64> = c.array.iter().map(|&v| f64::from(v)).collect();
        assert_close(g.array.as_slice().unwrap(), &on_cpu, 1e-5, &format!("ptx-sim vs CPU: {}", g.name));
    }
}
