//! Finite-difference checks in float64 of whole training graphs: `differentiate` builds the
//! training graph, the reference interpreter runs it over the global batch (1 to 4 replicas, sync
//! groups, uneven and empty shards), and every input and parameter gradient must match central
//! differences of the forward graph run the same way; the lowered training graph (with and
//! without fusion) run per replica must give the same outputs and gradients within 1e-10. Graphs:
//! conv-bn-relu, the ResNet block of `examples/resnet_block.json` on a 7x5 input, and a graph with
//! every op of the op set.

mod common;
mod fd;

use std::collections::BTreeMap;
use std::path::Path;

use syncbn_ir::grad::{grad_name, grad_output_name};
use syncbn_ir::{Attr, Dim, Graph, InitSource, Limits};
use syncbn_passes::autodiff::parameters;
use syncbn_passes::values::initializer_values;
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_reference::{run_global, run_lowered, Outputs, Tensor};

use common::{Builder, Rng};
use fd::{fd_check, random};

fn ints(v: &[i64]) -> Attr {
    Attr::Ints(v.to_vec())
}

/// Output `y` of `graph` run over the global batch `x`.
fn forward(graph: &Graph, x: &Tensor, replicas: usize, group: usize) -> Tensor {
    let inputs = BTreeMap::from([("x".to_string(), x.clone())]);
    let mut out = run_global(graph, &inputs, replicas, group).unwrap_or_else(|e| panic!("forward: {e}"));
    out.remove("y").expect("output y")
}

/// `graph` with initializer `name` holding `values` inline.
fn with_values(graph: &Graph, name: &str, values: &Tensor) -> Graph {
    let mut g = graph.clone();
    let init = g.initializers.iter_mut().find(|i| i.name == name).expect("initializer");
    init.source = InitSource::Data { data: values.iter().copied().collect() };
    g
}

/// An initializer's values as a tensor of its shape.
fn values_of(graph: &Graph, name: &str) -> Tensor {
    let init = graph.initializer(name).expect("initializer");
    let shape: Vec<usize> = init.shape.iter().map(|&d| d as usize).collect();
    let values = initializer_values(graph, init).expect("initializer values");
    Tensor::from_shape_vec(shape, values).expect("shape")
}

/// Differentiates `graph` in `y`, runs the training graph on `x` and a random upstream gradient,
/// and checks the gradient of `x` and of every parameter by finite differences; returns the
/// largest relative error.
fn check_graph(what: &str, graph: &Graph, x: &Tensor, (replicas, group): (usize, usize), seed: u64) -> f64 {
    let mut rng = Rng(seed);
    let training = differentiate(graph, &["y".to_string()]).unwrap_or_else(|e| panic!("{what}: differentiate: {e}"));
    let y = forward(graph, x, replicas, group);
    let dy = random(&mut rng, y.shape(), -1.0, 1.0);
    let inputs = BTreeMap::from([("x".to_string(), x.clone()), (grad_output_name("y"), dy.clone())]);
    let out = run_global(&training, &inputs, replicas, group).unwrap_or_else(|e| panic!("{what}: training run: {e}"));
    assert_eq!(out["y"], y, "{what}: the training graph's forward differs");
    let what = format!("{what} ({replicas} replicas, group {group})");
    check_lowered(&what, &training, &inputs, (replicas, group), &out);
    let mut worst = fd_check(&format!("{what} grad/x"), &mut rng, x, &dy, &out[&grad_name("x")], |t| {
        forward(graph, t, replicas, group)
    });
    for param in parameters(graph) {
        let name = &param.name;
        let grad = out.get(&grad_name(name)).unwrap_or_else(|| panic!("{what}: no gradient for {name}"));
        let p = values_of(graph, name);
        let f = |t: &Tensor| forward(&with_values(graph, name, t), x, replicas, group);
        worst = worst.max(fd_check(&format!("{what} grad/{name}"), &mut rng, &p, &dy, grad, f));
    }
    worst
}

/// The smallest scale a comparison of the lowered graph uses: gradients that are zero in exact
/// arithmetic (a bias before a training BatchNorm) are rounding noise near 1e-16.
const ZERO_FLOOR: f64 = 1e-3;

/// Lowers the training graph (with and without fusion), runs it per replica and checks every
/// output against `expected` (the training graph over the global batch) within 1e-10 of each
/// tensor's largest magnitude (at least [`ZERO_FLOOR`]).
fn check_lowered(
    what: &str,
    training: &Graph,
    inputs: &BTreeMap<String, Tensor>,
    (replicas, group): (usize, usize),
    expected: &Outputs,
) {
    for fuse in [false, true] {
        let options = LowerOptions { replicas, group_size: group, fuse, ..Default::default() };
        let lowered = lower(training, &options).unwrap_or_else(|e| panic!("{what}: lower: {e}"));
        let got = run_lowered(&lowered.graph, inputs, replicas, group).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>(), "{what}: outputs");
        for (name, want) in expected {
            let scale = want.iter().fold(ZERO_FLOOR, |m, v| m.max(v.abs()));
            let diff = want.iter().zip(got[name].iter()).fold(0.0f64, |m, (p, q)| m.max((p - q).abs())) / scale;
            assert!(diff <= 1e-10, "{what}, fuse {fuse}: lowered {name} differs by {diff:.2e} (relative)");
            assert_eq!(want.shape(), got[name].shape(), "{what}: {name} shape");
        }
    }
}

/// Conv (stride 2, padding, bias) -> BatchNorm (training) -> Relu, on `[N, 3, 7, 5]`.
fn conv_bn_relu() -> Graph {
    let mut b = Builder::new("conv_bn_relu", 31);
    b.input("x", &[3, 7, 5]);
    let c = b.conv("conv1", "x", (3, 4, 3), 2, 1, true);
    let bn = b.bn("bn1", &c, 4, true, true);
    b.node("Relu", "relu", &[&bn], &["y"], &[]);
    b.graph.outputs.insert(0, "y".into());
    b.finish()
}

#[test]
fn conv_bn_relu_gradients() {
    let graph = conv_bn_relu();
    let mut worst = 0.0f64;
    for (n, split) in [(1, (1, 1)), (2, (1, 1)), (4, (3, 3)), (3, (4, 2)), (5, (2, 1))] {
        let x = random(&mut Rng(n as u64), &[n, 3, 7, 5], -1.0, 1.0);
        worst = worst.max(check_graph(&format!("conv-bn-relu N={n}"), &graph, &x, split, 40 + n as u64));
    }
    eprintln!("conv-bn-relu: max FD rel err {worst:.2e}");
}

/// `examples/resnet_block.json` with its input made `[N, 8, 7, 5]` and its weights inline.
fn resnet_block() -> Graph {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/resnet_block.json");
    let mut graph = syncbn_ir::load_model(&path, &Limits::default()).expect("examples/resnet_block.json loads");
    graph.inputs[0].shape = vec![Dim::Named("N".into()), Dim::Fixed(8), Dim::Fixed(7), Dim::Fixed(5)];
    let names: Vec<String> = graph.initializers.iter().map(|i| i.name.clone()).collect();
    for name in names {
        let values = values_of(&graph, &name);
        graph = with_values(&graph, &name, &values);
    }
    graph
}

#[test]
fn resnet_block_gradients() {
    let graph = resnet_block();
    let x = random(&mut Rng(50), &[3, 8, 7, 5], -1.0, 1.0);
    let worst = check_graph("resnet block", &graph, &x, (2, 2), 51);
    eprintln!("resnet block: max FD rel err {worst:.2e}");
}

/// Adds an initializer of `shape` with values uniform in `[lo, hi)`.
fn param(b: &mut Builder, name: &str, shape: &[u64], (lo, hi): (f64, f64)) -> String {
    b.random_init(name, shape, lo, hi)
}

/// A graph with every op of the op set, on `[N, 3, 7, 5]`: grouped Conv, BatchNorm (training and
/// eval), Clip, MaxPool, AveragePool, Resize, GlobalAveragePool, Sigmoid, Mul, Concat, Add, Relu,
/// Flatten, Gemm, Reshape, MatMul, Softmax, Identity.
fn every_op() -> Graph {
    let mut b = Builder::new("every_op", 61);
    b.input("x", &[3, 7, 5]);
    let w = param(&mut b, "conv.w", &[6, 1, 3, 3], (-0.5, 0.5));
    let bias = param(&mut b, "conv.b", &[6], (-0.1, 0.1));
    let conv = [("group", Attr::Int(3)), ("strides", ints(&[2, 2])), ("pads", ints(&[1, 0, 1, 1]))];
    b.node("Conv", "conv", &["x", &w, &bias], &["c"], &conv);
    let bn = b.bn("bn_train", "c", 6, true, false);
    // Bounds exact in f32: the normalize that the Clip fuses into carries f32 bounds.
    b.node("Clip", "clip", &[&bn], &["clip"], &[("min", Attr::Float(-0.75)), ("max", Attr::Float(1.25))]);
    let max = [("kernel_shape", ints(&[2, 2])), ("pads", ints(&[1, 1, 0, 0]))];
    b.node("MaxPool", "max", &["clip"], &["mp"], &max);
    let avg = [("kernel_shape", ints(&[3, 3])), ("strides", ints(&[2, 2])), ("pads", ints(&[1, 1, 1, 1]))];
    b.node("AveragePool", "avg", &["mp"], &["ap"], &[avg.to_vec(), vec![("count_include_pad", Attr::Int(1))]].concat());
    b.init("resize.scales", &[2], vec![2.0, 2.5]);
    let resize = [
        ("mode", Attr::Str("linear".into())),
        ("coordinate_transformation_mode", Attr::Str("half_pixel".into())),
        ("axes", ints(&[2, 3])),
    ];
    b.node("Resize", "resize", &["ap", "", "resize.scales"], &["r"], &resize);
    b.node("GlobalAveragePool", "gap", &["r"], &["g"], &[]);
    b.node("Sigmoid", "sigmoid", &["g"], &["s"], &[]);
    b.node("Mul", "excite", &["r", "s"], &["se"], &[]);
    b.node("Concat", "concat", &["se", "r"], &["cat"], &[("axis", Attr::Int(1))]);
    let shift = param(&mut b, "shift", &[12, 1, 1], (-0.3, 0.3));
    b.node("Add", "add", &["cat", &shift], &["sum"], &[]);
    b.node("Relu", "relu", &["sum"], &["act"], &[]);
    let eval_bn = b.bn("bn_eval", "act", 12, false, false);
    b.node("Flatten", "flatten", &[&eval_bn], &["flat"], &[("axis", Attr::Int(1))]);
    let wg = param(&mut b, "gemm.w", &[10, 12 * 4 * 2], (-0.2, 0.2));
    let cg = param(&mut b, "gemm.c", &[10], (-0.2, 0.2));
    let gemm = [("transB", Attr::Int(1)), ("alpha", Attr::Float(0.5)), ("beta", Attr::Float(2.0))];
    b.node("Gemm", "gemm", &["flat", &wg, &cg], &["gm"], &gemm);
    b.graph.initializers.push(syncbn_ir::Initializer {
        name: "reshape.shape".into(),
        dtype: syncbn_ir::DType::I64,
        shape: vec![3],
        source: InitSource::Data { data: vec![0.0, 2.0, 5.0] },
    });
    b.node("Reshape", "reshape", &["gm", "reshape.shape"], &["re"], &[]);
    let m = param(&mut b, "matmul.b", &[5, 4], (-1.0, 1.0));
    b.node("MatMul", "matmul", &["re", &m], &["mm"], &[]);
    b.node("Softmax", "softmax", &["mm"], &["sm"], &[("axis", Attr::Int(-1))]);
    b.node("Identity", "identity", &["sm"], &["y"], &[]);
    b.graph.outputs.insert(0, "y".into());
    b.finish()
}

#[test]
fn every_op_graph_gradients() {
    let graph = every_op();
    let mut worst = 0.0f64;
    for (n, split) in [(1, (1, 1)), (4, (3, 1)), (3, (2, 2))] {
        let x = random(&mut Rng(70 + n as u64), &[n, 3, 7, 5], -1.0, 1.0);
        worst = worst.max(check_graph(&format!("every op N={n}"), &graph, &x, split, 80 + n as u64));
    }
    eprintln!("every-op graph: max FD rel err {worst:.2e}");
}

/// The activations and binary ops of segmentation and mobile backbones on `[N, 3, 7, 5]`: Conv ->
/// BatchNorm (training) -> HardSwish, HardSigmoid gate, LeakyRelu, Elu, Selu, Gelu (exact and tanh),
/// Tanh, Erf, Neg, Pow 2, Sqrt, a training Dropout, and broadcasting Sub and Div by parameters.
fn activation_graph() -> Graph {
    let mut b = Builder::new("activations", 91);
    b.input("x", &[3, 7, 5]);
    let c = b.conv("conv", "x", (3, 4, 3), 1, 1, true);
    let bn = b.bn("bn", &c, 4, true, false);
    b.node("HardSwish", "hswish", &[&bn], &["hs"], &[]);
    let gate = [("alpha", Attr::Float(0.2)), ("beta", Attr::Float(0.5))];
    b.node("HardSigmoid", "hsig", &["hs"], &["gate"], &gate);
    b.node("Mul", "excite", &["hs", "gate"], &["se"], &[]);
    b.node("LeakyRelu", "leaky", &["se"], &["lr"], &[("alpha", Attr::Float(0.1))]);
    let drop = [("ratio", Attr::Float(0.25)), ("training_mode", Attr::Int(1)), ("seed", Attr::Int(7))];
    b.node("Dropout", "dropout", &["lr"], &["dr"], &drop);
    b.node("Elu", "elu", &["dr"], &["el"], &[("alpha", Attr::Float(0.8))]);
    b.node("Selu", "selu", &["el"], &["sl"], &[]);
    let shift = param(&mut b, "shift", &[4, 1, 1], (-0.3, 0.3));
    b.node("Sub", "sub", &["sl", &shift], &["sb"], &[]);
    let scale = param(&mut b, "scale", &[1, 5], (1.0, 2.0));
    b.node("Div", "div", &["sb", &scale], &["dv"], &[]);
    b.node("Gelu", "gelu", &["dv"], &["ge"], &[]);
    b.node("Gelu", "gelu_tanh", &["ge"], &["gt"], &[("approximate", Attr::Str("tanh".into()))]);
    b.node("Tanh", "tanh", &["gt"], &["th"], &[]);
    b.node("Erf", "erf", &["th"], &["ef"], &[]);
    b.node("Neg", "neg", &["ef"], &["ng"], &[]);
    b.init("two", &[], vec![2.0]);
    b.node("Pow", "square", &["ng"], &["sq"], &[]);
    b.graph.nodes.last_mut().unwrap().inputs.push("two".into());
    b.init("one", &[], vec![1.0]);
    b.node("Add", "plus_one", &["sq", "one"], &["p1"], &[]);
    b.node("Sqrt", "sqrt", &["p1"], &["rt"], &[]);
    b.node("Div", "recip", &["one", "rt"], &["y"], &[]);
    b.graph.outputs.insert(0, "y".into());
    b.finish()
}

#[test]
fn activation_graph_gradients() {
    let graph = activation_graph();
    let mut worst = 0.0f64;
    for (n, split) in [(1, (1, 1)), (4, (3, 3)), (3, (4, 2))] {
        let x = random(&mut Rng(90 + n as u64), &[n, 3, 7, 5], -1.0, 1.0);
        worst = worst.max(check_graph(&format!("activations N={n}"), &graph, &x, split, 95 + n as u64));
    }
    eprintln!("activation graph: max FD rel err {worst:.2e}");
}

/// A U-Net-style decoder on `[N, 3, 7, 5]`: strided Conv -> BatchNorm -> Relu, ConvTranspose back
/// to 7x5 (bias), a skip Concat with the input, and a grouped ConvTranspose with output_padding.
fn unet_graph() -> Graph {
    let mut b = Builder::new("unet", 93);
    b.input("x", &[3, 7, 5]);
    let c = b.conv("down", "x", (3, 4, 3), 2, 1, false);
    let bn = b.bn("bn", &c, 4, true, false);
    b.node("Relu", "relu", &[&bn], &["r"], &[]);
    let w = param(&mut b, "up.w", &[4, 3, 3, 3], (-0.5, 0.5));
    let bias = param(&mut b, "up.b", &[3], (-0.2, 0.2));
    let up = [("strides", ints(&[2, 2])), ("pads", ints(&[1, 1, 1, 1]))];
    b.node("ConvTranspose", "up", &["r", &w, &bias], &["u"], &up);
    b.node("Concat", "skip", &["x", "u"], &["cat"], &[("axis", Attr::Int(1))]);
    let w2 = param(&mut b, "up2.w", &[6, 2, 2, 2], (-0.5, 0.5));
    let up2 = [("strides", ints(&[2, 2])), ("group", Attr::Int(2)), ("output_padding", ints(&[1, 0]))];
    b.node("ConvTranspose", "up2", &["cat", &w2], &["y"], &up2);
    b.graph.outputs.insert(0, "y".into());
    b.finish()
}

#[test]
fn unet_decoder_gradients() {
    let graph = unet_graph();
    let types = syncbn_ir::infer_types(&graph).expect("types");
    assert_eq!(syncbn_ir::shape::display_shape(&types["y"].shape), "[N, 4, 15, 10]");
    let mut worst = 0.0f64;
    for (n, split) in [(1, (1, 1)), (4, (3, 3)), (3, (4, 2))] {
        let x = random(&mut Rng(100 + n as u64), &[n, 3, 7, 5], -1.0, 1.0);
        worst = worst.max(check_graph(&format!("unet N={n}"), &graph, &x, split, 105 + n as u64));
    }
    eprintln!("unet decoder: max FD rel err {worst:.2e}");
}

/// The index-map and reduction ops on `[N, 3, 7, 5]`: Conv -> BatchNorm, then Pad (reflect, then
/// constant 0.5 on the channels, then edge), Transpose, a strided Slice walking one axis backwards,
/// ReduceMean without kept dims and ReduceSum with them, concatenated with a ReduceMean branch.
fn index_graph() -> Graph {
    let mut b = Builder::new("index_ops", 97);
    b.input("x", &[3, 7, 5]);
    let c = b.conv("conv", "x", (3, 4, 3), 1, 1, true);
    let bn = b.bn("bn", &c, 4, true, false);
    let pad = |mode: &str, pads: &[i64]| [("mode", Attr::Str(mode.into())), ("pads", ints(pads))];
    b.node("Pad", "reflect", &[&bn], &["p1"], &pad("reflect", &[0, 0, 1, 2, 0, 0, 2, 1]));
    let [mode, pads] = pad("constant", &[0, 1, 0, 1, 0, 0, 1, 0]);
    b.node("Pad", "constant", &["p1"], &["p2"], &[mode, pads, ("value", Attr::Float(0.5))]);
    b.node("Pad", "edge", &["p2"], &["p3"], &pad("edge", &[0, 0, 0, 1, 0, 0, 0, 2]));
    b.node("Transpose", "nhwc", &["p3"], &["t"], &[("perm", ints(&[0, 2, 3, 1]))]);
    let slice =
        [("starts", ints(&[1, -1])), ("ends", ints(&[9, -100])), ("axes", ints(&[1, 3])), ("steps", ints(&[3, -2]))];
    b.node("Slice", "slice", &["t"], &["s"], &slice);
    b.node("ReduceMean", "mean_h", &["s"], &["m"], &[("axes", ints(&[2])), ("keepdims", Attr::Int(0))]);
    b.node("ReduceSum", "sum_c", &["m"], &["r"], &[("axes", ints(&[-1]))]);
    b.node("Flatten", "flat", &["r"], &["f"], &[]);
    b.node("ReduceMean", "mean_hw", &["t"], &["g"], &[("axes", ints(&[1, 2])), ("keepdims", Attr::Int(0))]);
    b.node("Concat", "cat", &["f", "g"], &["y"], &[("axis", Attr::Int(1))]);
    b.graph.outputs.insert(0, "y".into());
    b.finish()
}

#[test]
fn index_and_reduction_gradients() {
    let graph = index_graph();
    let types = syncbn_ir::infer_types(&graph).expect("types");
    assert_eq!(syncbn_ir::shape::display_shape(&types["t"].shape), "[N, 11, 12, 5]");
    assert_eq!(syncbn_ir::shape::display_shape(&types["s"].shape), "[N, 3, 12, 3]");
    assert_eq!(syncbn_ir::shape::display_shape(&types["y"].shape), "[N, 8]");
    let mut worst = 0.0f64;
    for (n, split) in [(1, (1, 1)), (4, (3, 3)), (3, (4, 2))] {
        let x = random(&mut Rng(110 + n as u64), &[n, 3, 7, 5], -1.0, 1.0);
        worst = worst.max(check_graph(&format!("index ops N={n}"), &graph, &x, split, 115 + n as u64));
    }
    eprintln!("index and reduction ops: max FD rel err {worst:.2e}");
}

/// ConvNeXt's channels-last Linear as the ONNX importer gives it back: Conv -> BatchNorm, Transpose
/// to NHWC, MatMul by `Transpose(lin.weight)` (the state_dict's `[out, in]` weight read through a
/// Transpose) plus `lin.bias`, back to NCHW.
fn channels_last_linear() -> Graph {
    let mut b = Builder::new("channels_last_linear", 131);
    b.input("x", &[3, 7, 5]);
    let c = b.conv("conv", "x", (3, 4, 3), 1, 1, true);
    let bn = b.bn("bn", &c, 4, true, false);
    let w = param(&mut b, "lin.weight", &[6, 4], (-0.5, 0.5));
    let bias = param(&mut b, "lin.bias", &[6], (-0.2, 0.2));
    b.node("Transpose", "nhwc", &[&bn], &["t"], &[("perm", ints(&[0, 2, 3, 1]))]);
    b.node("Transpose", "lin/weight_transpose", &[&w], &["lin.weight.T"], &[("perm", ints(&[1, 0]))]);
    b.node("MatMul", "lin/matmul", &["t", "lin.weight.T"], &["m"], &[]);
    b.node("Add", "lin/add", &["m", &bias], &["a"], &[]);
    b.node("Transpose", "nchw", &["a"], &["y"], &[("perm", ints(&[0, 3, 1, 2]))]);
    b.graph.outputs.insert(0, "y".into());
    b.finish()
}

#[test]
fn exported_constants_are_not_parameters() {
    let mut b = Builder::new("gelu_constants", 7);
    b.input("x", &[3]);
    param(&mut b, "/blk/Constant_output_0", &[1], (0.5, 0.5));
    param(&mut b, "onnx::Add_7", &[1], (1.0, 1.0));
    param(&mut b, "blk.layer_scale", &[3], (0.1, 0.3));
    b.node("Mul", "blk/half", &["x", "/blk/Constant_output_0"], &["h"], &[]);
    b.node("Add", "blk/one", &["h", "onnx::Add_7"], &["o"], &[]);
    b.node("Mul", "blk/scale", &["o", "blk.layer_scale"], &["y"], &[]);
    b.graph.outputs.insert(0, "y".into());
    let graph = b.finish();
    let names: Vec<&str> = parameters(&graph).iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["blk.layer_scale"]);
}

#[test]
fn a_weight_read_through_a_transpose_is_a_parameter_with_its_gradient() {
    let graph = channels_last_linear();
    let names: Vec<&str> = parameters(&graph).iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"lin.weight") && names.contains(&"lin.bias"), "{names:?}");
    let mut worst = 0.0f64;
    for (n, split) in [(1, (1, 1)), (3, (2, 2))] {
        let x = random(&mut Rng(140 + n as u64), &[n, 3, 7, 5], -1.0, 1.0);
        worst = worst.max(check_graph(&format!("channels-last linear N={n}"), &graph, &x, split, 145 + n as u64));
    }
    eprintln!("channels-last linear: max FD rel err {worst:.2e}");
}
