//! Transpose, Slice, Split, Pad (constant, reflect, edge), ReduceSum and ReduceMean on CPU replicas,
//! forward and backward: a model in the exporter's operand form (constant `pads`, `axes`,
//! `starts`/`ends`/`axes`/`steps` and `split` operands, moved into attributes at load) whose lowered
//! training graph runs on 1, 2 and 4 replicas (uneven and empty shards) against the float64
//! reference on the global batch. The same graph runs on emulated GPUs (`DeviceKind::PtxSim`: the
//! PTX kernels under the PTX interpreter, every op over the run-time batch axis `N`) with one image
//! and with three, against the CPU device (1e-5 of each tensor's scale) and the reference (1e-4).

mod common;

use std::collections::BTreeMap;

use common::*;
use serde_json::{json, Value};
use syncbn_ir::grad::{grad_name, grad_output_name};
use syncbn_ir::{Graph, Limits};
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_runtime::{run, DeviceKind, RunOptions};

fn ramp(name: &str, shape: &[usize], lo: f64, hi: f64) -> Value {
    let n: usize = shape.iter().product();
    let data: Vec<f64> = (0..n).map(|i| lo + (hi - lo) * ((i * 7919 + 13) % 997) as f64 / 997.0).collect();
    json!({"name": name, "dtype": "f32", "shape": shape, "data": data})
}

fn ints(name: &str, values: &[i64]) -> Value {
    json!({"name": name, "dtype": "i64", "shape": [values.len()], "data": values})
}

/// Conv -> BatchNorm (training) -> Pad reflect / constant / edge -> Transpose to NHWC -> a
/// backwards strided Slice -> ReduceMean -> ReduceSum, and a Split of the NHWC tensor whose first
/// part is averaged; both concatenated into `y` `[N, 7]`.
fn model() -> Graph {
    let node = |name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: Value| json!({"name": name, "op": op, "inputs": inputs, "outputs": outputs, "attrs": attrs});
    let nodes = json!([
        node("conv", "Conv", &["x", "w"], &["c"], json!({"pads": [1, 1, 1, 1]})),
        node(
            "bn",
            "BatchNormalization",
            &["c", "g", "b", "m", "v"],
            &["n", "bn.running_mean_out"],
            json!({"training_mode": 1})
        ),
        node("reflect", "Pad", &["n", "reflect_pads"], &["p1"], json!({"mode": "reflect"})),
        node("constant", "Pad", &["p1", "constant_pads", "half"], &["p2"], json!({})),
        node("edge", "Pad", &["p2", "edge_pads"], &["p3"], json!({"mode": "edge"})),
        node("nhwc", "Transpose", &["p3"], &["t"], json!({"perm": [0, 2, 3, 1]})),
        node("slice", "Slice", &["t", "starts", "ends", "slice_axes", "steps"], &["s"], json!({})),
        node("mean_h", "ReduceMean", &["s"], &["r1"], json!({"axes": [2], "keepdims": 0})),
        node("sum_c", "ReduceSum", &["r1", "last"], &["r2"], json!({"keepdims": 0})),
        node("split", "Split", &["t", "split_sizes"], &["part0", "", "part2"], json!({"axis": 2})),
        node("mean_part", "ReduceMean", &["part2"], &["r3"], json!({"axes": [1, 2], "keepdims": 0})),
        node("sum_part", "ReduceSum", &["part0", "axes_12"], &["r4"], json!({"keepdims": 0})),
        node("cat", "Concat", &["r2", "r3", "r4"], &["y"], json!({"axis": 1}))
    ]);
    let inits = json!([
        ramp("w", &[4, 3, 3, 3], -0.5, 0.5),
        ramp("g", &[4], 0.5, 1.5),
        ramp("b", &[4], -0.2, 0.2),
        ramp("m", &[4], -0.1, 0.1),
        ramp("v", &[4], 0.5, 1.5),
        ints("reflect_pads", &[0, 0, 1, 2, 0, 0, 2, 1]),
        ints("constant_pads", &[0, 1, 0, 1, 0, 0, 1, 0]),
        {"name": "half", "dtype": "f32", "shape": [], "data": [0.5]},
        ints("edge_pads", &[0, 0, 0, 1, 0, 0, 0, 2]),
        ints("starts", &[1, -1]),
        ints("ends", &[9, -100]),
        ints("slice_axes", &[1, 3]),
        ints("steps", &[3, -2]),
        ints("last", &[-1]),
        ints("split_sizes", &[5, 4, 3]),
        ints("axes_12", &[1, 2])
    ]);
    let text = json!({
        "format": "syncbn-ir", "version": 1, "name": "index_ops",
        "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", 3, 7, 5]}],
        "outputs": ["y", "bn.running_mean_out"], "initializers": inits, "nodes": nodes
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("index_ops.json");
    std::fs::write(&path, text.to_string()).expect("write");
    syncbn_ir::load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn operands_become_attributes_and_split_becomes_slices() {
    let g = model();
    let ops: Vec<&str> = g.nodes.iter().map(|n| n.op.as_str()).collect();
    assert!(!ops.contains(&"Split"), "{ops:?}");
    assert_eq!(ops.iter().filter(|&&o| o == "Slice").count(), 3, "{ops:?}");
    assert!(g.nodes.iter().all(|n| n.inputs.len() == 1 || !["Pad", "Slice", "ReduceSum"].contains(&n.op.as_str())));
    let types = syncbn_ir::infer_types(&g).expect("types");
    let shape = |name: &str| syncbn_ir::shape::display_shape(&types[name].shape);
    assert_eq!(shape("t"), "[N, 11, 12, 5]");
    assert_eq!(shape("s"), "[N, 3, 12, 3]");
    assert_eq!((shape("part0"), shape("part2")), ("[N, 11, 5, 5]".to_string(), "[N, 11, 3, 5]".to_string()));
    assert_eq!(shape("y"), "[N, 13]");
}

#[test]
fn index_and_reduction_ops_forward_and_gradients_match_the_reference() {
    let training = differentiate(&model(), &["y".to_string()]).expect("differentiate");
    let x = random_input(3, 3, &[7, 5], 0.2, 1.0, 15);
    let dy = random_input(3, 13, &[], 0.0, 1.0, 16);
    let outputs = ["y".to_string(), "bn.running_mean_out".into(), grad_name("x"), grad_name("w"), grad_name("g")];
    training_matches_reference(&training, &x, &dy, &outputs, 1e-4);
}

#[test]
fn on_emulated_gpus_forward_and_gradients_match_the_cpu_device_and_the_reference() {
    let training = differentiate(&model(), &["y".to_string()]).expect("differentiate");
    let outputs = ["y".to_string(), "bn.running_mean_out".into(), grad_name("x"), grad_name("w"), grad_name("g")];
    for (batch, replicas) in [(1, 1), (1, 2), (3, 2)] {
        let x = random_input(batch, 3, &[7, 5], 0.2, 1.0, 17);
        let dy = random_input(batch, 13, &[], 0.0, 1.0, 18);
        let inputs = BTreeMap::from([("x".to_string(), x), (grad_output_name("y"), dy)]);
        let exact = inputs.iter().map(|(k, v)| (k.clone(), v.mapv(f64::from))).collect();
        let reference = syncbn_reference::run_global(&training, &exact, 1, 1).expect("reference");
        let options = LowerOptions { replicas, group_size: replicas, ..Default::default() };
        let lowered = lower(&training, &options).expect("lower").graph;
        let on = |device| {
            let options = RunOptions { replicas, device, inputs: inputs.clone(), ..Default::default() };
            run(&lowered, &options).unwrap_or_else(|e| panic!("{device:?}, batch {batch}, R={replicas}: {e}"))
        };
        let (gpu, cpu) = (on(DeviceKind::PtxSim), on(DeviceKind::Cpu));
        for name in &outputs {
            let what = format!("batch {batch}, R={replicas}, {name}");
            let got = gpu.output(name).unwrap_or_else(|| panic!("{what}: no output"));
            let (want, on_cpu) = (&reference[name], cpu.output(name).expect("CPU output"));
            assert_eq!(got.shape(), want.shape(), "{what}");
            assert_close(got.as_slice().unwrap(), want.as_slice().unwrap(), 1e-4, &format!("{what} vs reference"));
            let on_cpu: Vec<f64> = on_cpu.iter().map(|&v| f64::from(v)).collect();
            assert_close(got.as_slice().unwrap(), &on_cpu, 1e-5, &format!("{what} vs the CPU device"));
        }
    }
}
