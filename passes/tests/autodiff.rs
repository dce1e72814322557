//! The training graph of `differentiate` and its lowering: the conventions of `syncbn_ir::grad`
//! (inputs, outputs, gradient ops, accumulation, broadcasting, zero gradients, errors), the
//! synchronized BatchNorm backward (collective counts of the ResNet block, mask fusion, sync groups,
//! parameter buckets), deterministic bytes, a snapshot, and end to end: the lowered training graph
//! on 1 to 4 replicas (uneven and empty shards) against the float64 reference over the global batch.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{Builder, Rng};
use ndarray::IxDyn;
use syncbn_ir::grad::{grad_name, grad_output_name};
use syncbn_ir::{Attr, Graph, Limits, Node};
use syncbn_passes::{differentiate, lower, LowerOptions, Lowered};
use syncbn_reference::{run_global, run_lowered, Outputs, Tensor};

fn load(name: &str) -> Graph {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(name);
    syncbn_ir::load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn training(graph: &Graph, outputs: &[&str]) -> Graph {
    let outputs: Vec<String> = outputs.iter().map(|s| s.to_string()).collect();
    let t = differentiate(graph, &outputs).unwrap_or_else(|e| panic!("{}: {e}", graph.name));
    syncbn_ir::validate::validate(&t, &Limits::default(), Path::new("training.json"))
        .unwrap_or_else(|e| panic!("the training graph does not validate: {e}"));
    t
}

fn lowered(graph: &Graph, options: LowerOptions) -> Lowered {
    lower(graph, &options).unwrap_or_else(|e| panic!("{}: {e}", graph.name))
}

fn replicas(replicas: usize, group_size: usize) -> LowerOptions {
    LowerOptions { replicas, group_size, ..Default::default() }
}

fn count(g: &Graph, op: &str) -> usize {
    g.nodes.iter().filter(|n| n.op == op).count()
}

fn producer<'g>(g: &'g Graph, tensor: &str) -> Option<&'g Node> {
    g.nodes.iter().find(|n| n.outputs.iter().any(|o| o == tensor))
}

fn strs(node: &Node, key: &str) -> Vec<String> {
    node.attrs.get(key).and_then(Attr::as_strs).map(<[String]>::to_vec).unwrap_or_default()
}

fn scope(node: &Node) -> &str {
    node.attrs.get("scope").and_then(Attr::as_str).unwrap_or("group")
}

const RESNET_BNS: [&str; 3] = ["block.bn1", "block.bn2", "block.downsample_bn"];

#[test]
fn resnet_block_training_graph_follows_the_conventions() {
    let g = load("resnet_block.json");
    let t = training(&g, &["y"]);
    let added: Vec<&str> = t.inputs[g.inputs.len()..].iter().map(|i| i.name.as_str()).collect();
    assert_eq!(added, ["grad_output/y"]);
    let params: Vec<String> =
        g.initializers.iter().filter(|i| !i.name.contains("running")).map(|i| grad_name(&i.name)).collect();
    let mut expected = g.outputs.clone();
    expected.push(grad_name("x"));
    expected.extend(params.iter().cloned());
    assert_eq!(t.outputs, expected, "outputs, then input gradients, then parameters in initializer order");
    assert_eq!(params.len(), 9);
    let forwards: Vec<String> = t
        .nodes
        .iter()
        .filter(|n| n.op == "BatchNormGrad")
        .map(|n| n.attrs["forward"].as_str().expect("forward").to_string())
        .collect();
    assert_eq!(forwards, ["block.downsample_bn", "block.bn2", "block.bn1"], "reverse topological order");
    assert_eq!(count(&t, "ReluGrad"), 2);
    assert_eq!(count(&t, "ParamGradSum"), 9);
    let relu = t.nodes.iter().find(|n| n.op == "ReluGrad").expect("ReluGrad");
    assert_eq!(relu.inputs, ["grad_output/y", "y"], "ReluGrad reads dY and the Relu's output");
    let x_grad = producer(&t, "grad/x").expect("grad/x");
    assert_eq!(x_grad.op, "Add", "x feeds two Convs: their input gradients add");
    assert!(x_grad.inputs.iter().all(|i| producer(&t, i).is_some_and(|p| p.op == "ConvGradInput")));
    for p in &params {
        assert_eq!(producer(&t, p).map(|n| n.op.as_str()), Some("ParamGradSum"), "{p}");
    }
}

#[test]
fn resnet_block_backward_needs_bn_levels_plus_parameter_buckets() {
    let t = training(&load("resnet_block.json"), &["y"]);
    let l = lowered(&t, replicas(4, 0));
    let r = &l.report;
    // BN dependency levels: forward {bn1}, {bn2, downsample_bn}; backward {bn2, downsample_bn}, {bn1}.
    let forward = r.collectives_per_step - r.backward_collectives - r.parameter_collectives;
    assert_eq!((forward, r.backward_collectives, r.parameter_collectives), (2, 2, 1));
    assert!(r.backward_collectives + r.parameter_collectives <= 2 + 1);
    assert_eq!(r.bn_synchronized, 3);
    assert_eq!(r.fusions.get("bn_grad+relu"), Some(&3), "every BN backward takes the Relu mask");
    for op in ["ReluGrad", "BatchNormGrad", "ParamGradSum"] {
        assert_eq!(count(&l.graph, op), 0, "{op} is lowered or fused away");
    }
    assert_eq!(count(&l.graph, "BnGradReduce"), 3);
    let backward_layers: Vec<String> = l
        .graph
        .nodes
        .iter()
        .filter(|n| n.op == "AllReduce" && n.inputs.iter().any(|i| i.contains("grad_sums")))
        .flat_map(|n| strs(n, "layers"))
        .collect();
    let mut sorted = backward_layers.clone();
    sorted.sort();
    assert_eq!(sorted, RESNET_BNS, "one backward payload per BN");
    for bn in RESNET_BNS {
        let params =
            l.graph.nodes.iter().find(|n| n.op == "BnGradParams" && n.inputs[1] == format!("{bn}.norm_params"));
        let params = params.expect("BnGradParams");
        let source = producer(&l.graph, &params.inputs[0]).expect("payload");
        assert_eq!(source.op, "AllReduce", "{bn}: the group is every replica, parameters come from the group's sums");
        assert_eq!(params.outputs, [grad_name(&format!("{bn}.weight")), grad_name(&format!("{bn}.bias"))]);
    }
    let world: Vec<&Node> = l.graph.nodes.iter().filter(|n| n.op == "AllReduce" && scope(n) == "world").collect();
    assert_eq!(world.len(), 1);
    // In the order the backward makes them ready: the last layer's gradient first.
    assert_eq!(strs(world[0], "layers"), ["block.conv2.weight", "block.downsample.weight", "block.conv1.weight"]);
    for out in &t.outputs {
        assert_eq!(l.graph.nodes.iter().filter(|n| n.outputs.contains(out)).count(), 1, "{out} has one producer");
    }
}

#[test]
fn sync_groups_send_bn_parameters_through_the_world_buckets() {
    let t = training(&load("resnet_block.json"), &["y"]);
    let l = lowered(&t, replicas(4, 2));
    for node in l.graph.nodes.iter().filter(|n| n.op == "AllReduce") {
        let world = scope(node) == "world";
        let group = node.attrs["group_size"].as_i64();
        assert_eq!(group, Some(if world { 0 } else { 2 }), "{}", node.name);
        for input in &node.inputs {
            let op = producer(&l.graph, input).map_or("", |p| p.op.as_str());
            let bn_payload = op == "LocalMoments" || op == "BnGradReduce";
            assert_eq!(bn_payload, !world, "{}: input {input} from {op}", node.name);
        }
    }
    for params in l.graph.nodes.iter().filter(|n| n.op == "BnGradParams") {
        let source = producer(&l.graph, &params.inputs[0]).expect("payload");
        assert_eq!(source.op, "BnGradReduce", "groups of 2 of 4: each replica's own share, then the world sum");
    }
    let world_layers: usize = l
        .graph
        .nodes
        .iter()
        .filter(|n| n.op == "AllReduce" && scope(n) == "world")
        .map(|n| strs(n, "layers").len())
        .sum();
    assert_eq!(world_layers, 9);
    assert_eq!(l.report.parameter_collectives, 1);

    let mut options = replicas(4, 0);
    options.unsynchronized = vec!["block.bn1".to_string()];
    let l = lowered(&t, options);
    let synced: Vec<String> =
        l.graph.nodes.iter().filter(|n| n.op == "AllReduce").flat_map(|n| strs(n, "layers")).collect();
    assert!(!synced.contains(&"block.bn1".to_string()), "{synced:?}");
    let input = l.graph.nodes.iter().find(|n| n.op == "BnGradInput" && n.inputs[1] == "c1").expect("bn1 dX");
    assert_eq!(producer(&l.graph, &input.inputs[3]).map(|n| n.op.as_str()), Some("BnGradReduce"));
}

#[test]
fn bucket_cap_splits_parameter_gradients_in_ready_order() {
    let t = training(&load("resnet_block.json"), &["y"]);
    let options = LowerOptions { bucket_cap_bytes: 0, ..replicas(2, 1) };
    let l = lowered(&t, options);
    let position = |tensor: &str| l.graph.nodes.iter().position(|n| n.outputs.iter().any(|o| o == tensor));
    let buckets: Vec<(usize, &Node)> =
        l.graph.nodes.iter().enumerate().filter(|(_, n)| n.op == "AllReduce" && scope(n) == "world").collect();
    assert_eq!(buckets.len(), 9, "a cap of 0 bytes gives one bucket per parameter");
    let ready: Vec<usize> = buckets.iter().map(|(_, n)| position(&n.inputs[0]).expect("produced")).collect();
    assert!(ready.windows(2).all(|w| w[0] <= w[1]), "buckets in the order gradients become ready: {ready:?}");
    for ((at, _), ready) in buckets.iter().zip(&ready) {
        assert!(at > ready, "a bucket comes after its gradient");
    }
    // conv2's weight gradient is exactly the cap (16 * 16 * 3 * 3 * 4 = 9216 bytes): it fills a bucket alone.
    let options = LowerOptions { bucket_cap_bytes: 9216, ..replicas(2, 1) };
    let l = lowered(&t, options);
    let sizes: Vec<Vec<String>> = l
        .graph
        .nodes
        .iter()
        .filter(|n| n.op == "AllReduce" && scope(n) == "world")
        .map(|n| strs(n, "layers"))
        .collect();
    assert!(sizes.iter().all(|b| !b.is_empty()));
    assert!(sizes.iter().any(|b| b == &["block.conv2.weight".to_string()]), "{sizes:?}");
    assert_eq!(sizes.iter().map(Vec::len).sum::<usize>(), 9);
}

#[test]
fn training_graph_and_lowering_are_deterministic() {
    let g = load("resnet_block.json");
    let once = syncbn_ir::json::to_string(&training(&g, &["y"]));
    let twice = syncbn_ir::json::to_string(&training(&g, &["y"]));
    assert_eq!(once, twice);
    let t = training(&g, &["y"]);
    let a = syncbn_ir::json::to_string(&lowered(&t, replicas(4, 2)).graph);
    let b = syncbn_ir::json::to_string(&lowered(&t, replicas(4, 2)).graph);
    assert_eq!(a, b);
}

/// `x [N, 3, 7, 5] + b [3, 1, 1]`, times `s [1, 3, 1, 1]`, Relu, and a second branch `z = x * w`.
fn broadcast_graph() -> Graph {
    let mut b = Builder::new("broadcast", 5);
    let x = b.input("x", &[3, 7, 5]);
    let bias = b.random_init("b", &[3, 1, 1], -0.5, 0.5);
    let s = b.random_init("s", &[1, 3, 1, 1], 0.5, 1.5);
    let w = b.random_init("w", &[5], 0.5, 1.5);
    b.node("Add", "add", &[&x, &bias], &["a"], &[]);
    b.node("Mul", "mul", &["a", &s], &["m"], &[]);
    b.node("Relu", "relu", &["m"], &["y"], &[]);
    b.node("Mul", "mul2", &[&x, &w], &["z"], &[]);
    b.output("z");
    b.output("y");
    b.finish()
}

#[test]
fn broadcast_operands_reduce_to_their_shape() {
    let t = training(&broadcast_graph(), &["y"]);
    let reduced: BTreeMap<&str, &str> =
        t.nodes.iter().filter(|n| n.op == "ReduceToShape").map(|n| (n.inputs[1].as_str(), n.name.as_str())).collect();
    assert_eq!(reduced.keys().copied().collect::<Vec<_>>(), ["b", "s"], "x and a have y's shape: no reduction");
    assert_eq!(producer(&t, "grad/b/sum").map(|n| n.op.as_str()), None);
    let x_grad = producer(&t, "grad/x").expect("grad/x");
    assert_eq!(x_grad.op, "Identity", "dx is the Add's input gradient, shared with `a`");
    let dx = producer(&t, &x_grad.inputs[0]).expect("dY * s");
    assert_eq!((dx.op.as_str(), dx.inputs[1].as_str()), ("Mul", "s"));
    // `z` was not asked for: `w` gets a zero gradient and mul2 no gradient node.
    let w_grad = producer(&t, "grad/w").expect("grad/w");
    assert_eq!(w_grad.op, "ParamGradSum");
    let zero = t.initializers.iter().find(|i| i.name == w_grad.inputs[0]).expect("a zero initializer");
    assert_eq!((zero.shape.as_slice(), &zero.source), ([5u64].as_slice(), &syncbn_ir::InitSource::Fill { fill: 0.0 }));
    assert!(t.nodes.iter().all(|n| !n.name.starts_with("grad/mul2/")));
}

fn single_node(op: &str, inputs: &[(&str, Vec<u64>)], attrs: &[(&str, Attr)]) -> Graph {
    let mut b = Builder::new("one", 1);
    for (name, shape) in inputs {
        if name.starts_with('w') {
            b.random_init(name, shape, -1.0, 1.0);
        } else {
            b.input(name, shape);
        }
    }
    let names: Vec<&str> = inputs.iter().map(|(n, _)| *n).collect();
    b.node(op, "the_node", &names, &["y"], attrs);
    b.output("y");
    b.finish()
}

fn error(graph: &Graph, outputs: &[&str]) -> String {
    let outputs: Vec<String> = outputs.iter().map(|s| s.to_string()).collect();
    match differentiate(graph, &outputs) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn what_cannot_be_differentiated_is_named() {
    let affine = single_node("ChannelAffine", &[("x", vec![3]), ("wm", vec![3]), ("wa", vec![3])], &[]);
    let e = error(&affine, &["y"]);
    assert_eq!(e, "node \"the_node\" (ChannelAffine) cannot be differentiated: no gradient rule for ChannelAffine");
    let mut b = Builder::new("vec", 1);
    b.random_init("v", &[4], -1.0, 1.0);
    b.random_init("m", &[4, 3], -1.0, 1.0);
    b.node("MatMul", "mm", &["v", "m"], &["y"], &[]);
    b.output("y");
    let e = error(&b.finish(), &["y"]);
    assert!(e.contains("node \"mm\" (MatMul)") && e.contains("rank 1"), "{e}");
    let mut b = Builder::new("clip", 1);
    b.input("x", &[3]);
    b.init("one", &[1], vec![0.0]);
    b.node("Identity", "lo", &["one"], &["lo_bound"], &[]);
    b.node("Clip", "clip", &["x", "lo_bound"], &["y"], &[]);
    b.output("y");
    let e = error(&b.finish(), &["y"]);
    assert!(e.contains("node \"clip\" (Clip)") && e.contains("computed"), "{e}");
    let g = broadcast_graph();
    assert_eq!(error(&g, &["nope"]), "output \"nope\" is not a graph input, an initializer or a node output");
    assert!(error(&g, &["y", "y"]).contains("requested twice"));
}

#[test]
fn clip_bounds_come_from_attributes_or_constants() {
    let mut b = Builder::new("clip", 1);
    b.input("x", &[3]);
    b.init("lo", &[], vec![0.0]);
    b.init("hi", &[], vec![6.0]);
    b.node("Clip", "c1", &["x", "lo", "hi"], &["c"], &[]);
    b.node("Clip", "c2", &["c"], &["y"], &[("max", Attr::Float(4.0))]);
    b.output("y");
    let t = training(&b.finish(), &["y"]);
    let grads: Vec<&Node> = t.nodes.iter().filter(|n| n.op == "ClipGrad").collect();
    assert_eq!(grads.len(), 2);
    assert_eq!(grads[0].attrs.get("clip_max").and_then(Attr::as_f64), Some(4.0));
    assert_eq!(grads[0].attrs.get("clip_min"), None);
    assert_eq!(grads[1].attrs.get("clip_min").and_then(Attr::as_f64), Some(0.0));
    assert_eq!(grads[1].attrs.get("clip_max").and_then(Attr::as_f64), Some(6.0));
    assert!(t.outputs.iter().all(|o| o != "grad/lo" && o != "grad/hi"), "Clip bounds are not parameters");
}

#[test]
fn lowered_training_graph_snapshot() {
    let t = training(&load("conv_bn_relu.json"), &["y"]);
    let l = lowered(&t, replicas(2, 0));
    insta::assert_snapshot!(syncbn_ir::json::to_string(&l.graph));
}

/// Every op family the backward covers, on odd shapes: Conv with bias, training BN + Clip (ReLU6),
/// a residual join of two BNs + Relu, an eval BN, a broadcast Mul, MaxPool, GlobalAveragePool,
/// Flatten and a Gemm with bias; output `y` of shape `[N, 4]`.
fn mixed_graph() -> Graph {
    let mut b = Builder::new("mixed", 11);
    let x = b.input("x", &[3, 7, 5]);
    let c1 = b.conv("conv1", &x, (3, 5, 3), 1, 1, true);
    let n1 = b.bn("bn1", &c1, 5, true, true);
    b.node("Clip", "clip", &[&n1], &["r1"], &[("min", Attr::Float(0.0)), ("max", Attr::Float(6.0))]);
    let c2 = b.conv("conv2", "r1", (5, 5, 3), 1, 1, false);
    let n2 = b.bn("bn2", &c2, 5, true, false);
    let cd = b.conv("down", &x, (3, 5, 1), 1, 0, false);
    let nd = b.bn("down_bn", &cd, 5, true, false);
    let s = b.add("join", &n2, &nd);
    let r = b.unary("Relu", "relu", &s);
    let e = b.bn("eval_bn", &r, 5, false, false);
    let scale = b.random_init("scale", &[5, 1, 1], 0.5, 1.5);
    b.node("Mul", "mul", &[&e, &scale], &["m"], &[]);
    let pool = [("kernel_shape", Attr::Ints(vec![2, 2])), ("strides", Attr::Ints(vec![2, 2]))];
    b.node("MaxPool", "pool", &["m"], &["p"], &pool);
    let g = b.unary("GlobalAveragePool", "gap", "p");
    let f = b.unary("Flatten", "flat", &g);
    let w = b.random_init("fc.weight", &[4, 5], -0.5, 0.5);
    let bias = b.random_init("fc.bias", &[4], -0.1, 0.1);
    b.node("Gemm", "fc", &[&f, &w, &bias], &["y"], &[("transB", Attr::Int(1)), ("beta", Attr::Float(0.5))]);
    b.output("y");
    b.finish()
}

/// Sigmoid, AveragePool, Resize (linear), Concat, Flatten, MatMul, Reshape and Softmax on
/// `[N, 3, 7, 5]`; the Resize's and Reshape's constant operands are not parameters.
fn chain_graph() -> Graph {
    let mut b = Builder::new("chain", 13);
    let x = b.input("x", &[3, 7, 5]);
    let s = b.unary("Sigmoid", "sig", &x);
    let pool = [("kernel_shape", Attr::Ints(vec![2, 2])), ("pads", Attr::Ints(vec![1, 0, 0, 0]))];
    b.node("AveragePool", "avg", &[&s], &["a"], &pool);
    b.init("scales", &[4], vec![1.0, 1.0, 1.5, 1.25]);
    b.node("Resize", "up", &["a", "", "scales"], &["r"], &[("mode", Attr::Str("linear".into()))]);
    b.node("Concat", "cat", &["r", &x], &["c"], &[("axis", Attr::Int(2))]);
    let f = b.unary("Flatten", "flat", "c");
    let w = b.random_init("w", &[255, 4], -0.2, 0.2);
    b.node("MatMul", "mm", &[&f, &w], &["m"], &[]);
    b.graph.initializers.push(syncbn_ir::Initializer {
        name: "shape".into(),
        dtype: syncbn_ir::DType::I64,
        shape: vec![3],
        source: syncbn_ir::InitSource::Data { data: vec![-1.0, 2.0, 2.0] },
    });
    b.node("Reshape", "rs", &["m", "shape"], &["q"], &[]);
    b.node("Softmax", "sm", &["q"], &["y"], &[("axis", Attr::Int(-1))]);
    b.output("y");
    b.finish()
}

#[test]
fn every_op_gets_its_gradient_op() {
    let t = training(&chain_graph(), &["y"]);
    let ops: std::collections::BTreeSet<&str> = t.nodes.iter().map(|n| n.op.as_str()).collect();
    for op in [
        "SigmoidGrad",
        "AveragePoolGrad",
        "ResizeGrad",
        "ConcatGrad",
        "ReshapeLike",
        "MatMulGradA",
        "MatMulGradB",
        "SoftmaxGrad",
    ] {
        assert!(ops.contains(op), "{op} missing from {ops:?}");
    }
    let concat_parts: Vec<i64> =
        t.nodes.iter().filter(|n| n.op == "ConcatGrad").filter_map(|n| n.attrs["index"].as_i64()).collect();
    assert_eq!(concat_parts, [0, 1]);
    let grads: Vec<&str> = t.outputs.iter().filter(|o| o.starts_with("grad/")).map(String::as_str).collect();
    assert_eq!(grads, ["grad/x", "grad/w"], "Reshape and Resize constants are not parameters");
}

fn random_tensor(rng: &mut Rng, shape: &[usize]) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_shape_vec(IxDyn(shape), (0..n).map(|_| rng.uniform(-1.0, 1.0)).collect()).expect("sized")
}

fn assert_close(expected: &Outputs, actual: &Outputs, what: &str) {
    assert_eq!(expected.keys().collect::<Vec<_>>(), actual.keys().collect::<Vec<_>>(), "{what}");
    for (name, e) in expected {
        let a = &actual[name];
        assert_eq!(e.shape(), a.shape(), "{what}: {name}");
        let scale = e.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        let diff = e.iter().zip(a.iter()).fold(0.0f64, |m, (x, y)| m.max((x - y).abs()));
        assert!(diff <= 1e-9 * scale, "{what}: {name} differs by {diff:e} (scale {scale:e})");
    }
}

#[test]
fn lowered_gradients_equal_the_global_f64_gradients() {
    let graphs = [mixed_graph(), chain_graph(), load("resnet_block.json")];
    for graph in &graphs {
        let t = training(graph, &["y"]);
        for (r, group, n) in [(1, 0, 3), (2, 0, 5), (3, 0, 4), (4, 0, 3), (4, 2, 6), (4, 0, 1)] {
            let mut rng = Rng(r as u64 * 31 + n as u64);
            let x_shape: Vec<usize> =
                graph.inputs[0].shape.iter().map(|d| d.fixed().unwrap_or(n as u64) as usize).collect();
            let probe = BTreeMap::from([("x".to_string(), random_tensor(&mut rng, &x_shape))]);
            let y = run_global(graph, &probe, 1, 0).unwrap_or_else(|e| panic!("{e}"))["y"].shape().to_vec();
            let mut inputs = probe;
            inputs.insert(grad_output_name("y"), random_tensor(&mut rng, &y));
            let what = format!("{} on {r} replicas, groups of {group}, batch {n}", graph.name);
            let expected = run_global(&t, &inputs, r, group).unwrap_or_else(|e| panic!("{what}: global: {e}"));
            let l = lowered(&t, replicas(r, group));
            let actual = run_lowered(&l.graph, &inputs, r, group).unwrap_or_else(|e| panic!("{what}: lowered: {e}"));
            let dx = &expected[&grad_name("x")];
            assert!(dx.iter().any(|v| v.abs() > 1e-6), "{what}: the input gradient is not trivially zero");
            assert_close(&expected, &actual, &what);
        }
    }
}

#[test]
fn masks_fuse_into_the_bn_backward_and_shared_ones_stay() {
    let t = training(&mixed_graph(), &["y"]);
    let l = lowered(&t, replicas(2, 0));
    assert_eq!(l.report.fusions.get("bn_grad+clip"), Some(&1), "{:?}", l.report.fusions);
    assert_eq!(l.report.fusions.get("bn_grad+relu"), Some(&2), "{:?}", l.report.fusions);
    let clip = l.graph.nodes.iter().find(|n| n.op == "BnGradReduce" && n.inputs[1] == "conv1.y").expect("bn1 reduce");
    let bound = |k: &str| clip.attrs.get(k).and_then(Attr::as_f64);
    assert_eq!((bound("clip_min"), bound("clip_max")), (Some(0.0), Some(6.0)));
    assert_eq!(count(&l.graph, "ClipGrad") + count(&l.graph, "ReluGrad"), 0);

    // An identity shortcut also reads the join's ReluGrad: it stays, the BN reads its input.
    let mut b = Builder::new("identity_block", 3);
    let x = b.input("x", &[4, 7, 5]);
    let y = common::basic_block(&mut b, "block", &x, 4, 4, 1, true);
    b.output(&y);
    let t = training(&b.finish(), &[y.as_str()]);
    let l = lowered(&t, replicas(3, 0));
    assert_eq!(l.report.fusions.get("bn_grad+relu"), Some(&2));
    let kept: Vec<&Node> = l.graph.nodes.iter().filter(|n| n.op == "ReluGrad").collect();
    assert_eq!(kept.len(), 1, "the join's ReluGrad feeds x's gradient too");
    assert_eq!(kept[0].inputs[0], grad_output_name(&y));
}

#[test]
fn group_and_world_all_reduces_never_share_a_bucket() {
    let mut b = Builder::new("scopes", 1);
    b.input("a", &[3]);
    b.input("c", &[3]);
    let reduce = |b: &mut Builder, name: &str, input: &str, scope: &str| {
        let attrs = [("group_size", Attr::Int(0)), ("scope", Attr::Str(scope.into()))];
        b.node("AllReduce", name, &[input], &[&format!("{name}.out")], &attrs);
    };
    reduce(&mut b, "g1", "a", "group");
    reduce(&mut b, "w1", "c", "world");
    reduce(&mut b, "g2", "c", "group");
    let mut g = b.finish();
    g.outputs = vec!["g1.out".into(), "w1.out".into(), "g2.out".into()];
    syncbn_passes::bucket::bucket_all_reduces(&mut g).expect("buckets");
    let buckets: Vec<(String, Vec<String>)> = g.nodes.iter().map(|n| (n.name.clone(), n.inputs.clone())).collect();
    assert_eq!(buckets.len(), 2, "{buckets:?}");
    assert!(g.nodes.iter().any(|n| n.name == "w1" && n.inputs == ["c"]), "{buckets:?}");
}

#[test]
fn every_example_differentiates_and_lowers() {
    for file in
        ["bn_only.json", "bn_rank2.json", "bn_rank3.json", "bn_rank5.json", "conv_bn_relu.json", "resnet18_torch.json"]
    {
        let g = load(file);
        let t = training(&g, &[g.outputs[0].as_str()]);
        let bns = count(&g, "BatchNormalization");
        assert_eq!(count(&t, "BatchNormGrad"), bns, "{file}");
        let l = lowered(&t, replicas(2, 0));
        for op in ["BatchNormGrad", "ParamGradSum"] {
            assert_eq!(count(&l.graph, op), 0, "{file}: {op} is lowered");
        }
        assert_eq!(count(&l.graph, "BnGradReduce"), bns, "{file}");
        assert!(l.report.backward_collectives >= 1 && l.report.backward_collectives <= bns, "{file}");
        let grads = t.outputs.iter().filter(|o| o.starts_with("grad/")).count();
        assert_eq!(grads, 1 + syncbn_passes::autodiff::parameters(&g).len(), "{file}: the input and every parameter");
    }
}

#[test]
fn inputs_the_outputs_do_not_read_get_zero_gradients() {
    let mut b = Builder::new("unread", 2);
    b.input("x", &[3]);
    b.input("v", &[3]);
    b.graph.inputs.push(syncbn_ir::ValueInfo {
        name: "u".into(),
        dtype: syncbn_ir::DType::F32,
        shape: vec![syncbn_ir::Dim::Fixed(2), syncbn_ir::Dim::Fixed(3)],
    });
    b.node("Relu", "r", &["x"], &["y"], &[]);
    b.node("Add", "a", &["v", "u"], &["z"], &[]);
    b.output("z");
    b.output("y");
    let g = b.finish();
    let t = training(&g, &["y"]);
    assert_eq!(producer(&t, "grad/u").map(|n| n.op.as_str()), Some("Identity"));
    assert_eq!(producer(&t, "grad/v").map(|n| n.op.as_str()), Some("ReduceToShape"));
    let mut rng = Rng(9);
    let inputs = BTreeMap::from([
        ("x".to_string(), random_tensor(&mut rng, &[2, 3])),
        ("v".to_string(), random_tensor(&mut rng, &[2, 3])),
        ("u".to_string(), random_tensor(&mut rng, &[2, 3])),
        (grad_output_name("y"), random_tensor(&mut rng, &[2, 3])),
    ]);
    let out = run_global(&t, &inputs, 1, 0).unwrap_or_else(|e| panic!("{e}"));
    for name in ["grad/u", "grad/v"] {
        assert_eq!(out[name].shape(), [2, 3]);
        assert!(out[name].iter().all(|&v| v == 0.0), "{name}: {:?}", out[name]);
    }
    let dx = &out["grad/x"];
    let expected = inputs["x"].mapv(|v| f64::from(v > 0.0)) * &inputs[&grad_output_name("y")];
    assert_eq!(dx, &expected);
}

/// The training graph's facts, extended from the model's by the loss and the backward nodes, equal
/// the facts inferred anew from the training graph (types, fresh dimensions and order): the model's
/// own exported loss and an added cross-entropy alike.
#[test]
fn training_graph_facts_equal_facts_inferred_anew() {
    use syncbn_passes::training::{training_graph, LossChoice};
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let cases = [
        ("resnet_mini/train.onnx", LossChoice::CrossEntropy(None)),
        ("train/loss_mini/sce.onnx", LossChoice::ModelOutput),
    ];
    for (file, choice) in cases {
        let model = syncbn_ir::load_model(&fixtures.join(file), &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
        let t = training_graph(&model, &choice, None).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(t.info, syncbn_ir::GraphInfo::of(&t.graph).unwrap(), "{file}");
    }
}
