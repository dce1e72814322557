//! Shape and dtype inference of every op against hand-computed results (checked against PyTorch
//! where it has the op), and the errors of ill-typed nodes.

use serde_json::{json, Value};
use syncbn_ir::{infer_types, json as ir_json, shape::display_shape, IrError};

/// A graph from JSON fragments: inputs `[name, dtype, shape]`, initializers, nodes; the output is
/// the last node's first output.
fn graph(inputs: Value, initializers: Value, nodes: Value) -> syncbn_ir::Graph {
    let last = nodes.as_array().and_then(|n| n.last()).map(|n| n["outputs"][0].clone()).unwrap();
    let inputs: Vec<Value> =
        inputs.as_array().unwrap().iter().map(|i| json!({"name": i[0], "dtype": i[1], "shape": i[2]})).collect();
    let model = json!({
        "format": "syncbn-ir", "version": 1, "name": "t",
        "inputs": inputs, "outputs": [last], "initializers": initializers, "nodes": nodes
    });
    ir_json::from_str(&model.to_string(), std::path::Path::new("t.json")).expect("test graph parses")
}

/// The inferred type of `tensor`, as `f32[N, 3]`.
fn type_of(g: &syncbn_ir::Graph, tensor: &str) -> String {
    let types = infer_types(g).unwrap_or_else(|e| panic!("inference failed: {e}"));
    let t = &types[tensor];
    format!("{}{}", t.dtype, display_shape(&t.shape))
}

fn error_of(g: &syncbn_ir::Graph) -> String {
    match infer_types(g) {
        Ok(types) => panic!("expected an error, inferred {types:?}"),
        Err(e @ IrError::Invalid { .. }) => e.to_string(),
        Err(e) => panic!("expected an Invalid error, got {e}"),
    }
}

fn node(op: &str, inputs: &[&str], attrs: Value) -> Value {
    json!({"name": format!("{op}_node"), "op": op, "inputs": inputs, "outputs": ["y"], "attrs": attrs})
}

fn unary(shape: Value, op: &str, attrs: Value) -> String {
    type_of(&graph(json!([["x", "f32", shape]]), json!([]), json!([node(op, &["x"], attrs)])), "y")
}

fn weight(name: &str, shape: Value) -> Value {
    json!({"name": name, "dtype": "f32", "shape": shape, "fill": 0.5})
}

fn conv(x: Value, w: Value, attrs: Value) -> String {
    let g = graph(json!([["x", "f32", x]]), json!([weight("w", w)]), json!([node("Conv", &["x", "w"], attrs)]));
    type_of(&g, "y")
}

#[test]
fn conv_strides_pads_dilations_group() {
    // torch: Conv2d(4, 6, 3, stride=2, padding=(1, 0), dilation=2, groups=2) on 9x11 gives 4x4.
    let attrs = json!({"strides": [2, 2], "pads": [1, 0, 1, 0], "dilations": [2, 2], "group": 2});
    assert_eq!(conv(json!(["N", 4, 9, 11]), json!([6, 2, 3, 3]), attrs), "f32[N, 6, 4, 4]");
    assert_eq!(conv(json!(["N", 3, 32, 32]), json!([8, 3, 3, 3]), json!({"pads": [1, 1, 1, 1]})), "f32[N, 8, 32, 32]");
    assert_eq!(conv(json!([1, 3, 7, 5]), json!([8, 3, 3, 3]), json!({})), "f32[1, 8, 5, 3]");
    assert_eq!(conv(json!([2, 3, 7]), json!([4, 3, 2]), json!({"strides": [3]})), "f32[2, 4, 2]");
    assert_eq!(conv(json!([2, 3, 4, 5, 6]), json!([4, 3, 1, 1, 1]), json!({})), "f32[2, 4, 4, 5, 6]");
}

#[test]
fn conv_auto_pad() {
    let same = json!({"auto_pad": "SAME_UPPER", "strides": [2, 2]});
    assert_eq!(conv(json!([1, 3, 7, 8]), json!([4, 3, 3, 3]), same), "f32[1, 4, 4, 4]");
    let lower = json!({"auto_pad": "SAME_LOWER"});
    assert_eq!(conv(json!([1, 3, "H", 8]), json!([4, 3, 3, 3]), lower), "f32[1, 4, H, 8]");
    let valid = json!({"auto_pad": "VALID", "strides": [2, 2]});
    assert_eq!(conv(json!([1, 3, 7, 8]), json!([4, 3, 3, 3]), valid), "f32[1, 4, 3, 3]");
}

#[test]
fn conv_named_spatial_dims() {
    let same = json!({"pads": [1, 1, 1, 1]});
    assert_eq!(conv(json!(["N", 3, "H", "W"]), json!([8, 3, 3, 3]), same), "f32[N, 8, H, W]");
    let strided = json!({"pads": [1, 1, 1, 1], "strides": [2, 1]});
    assert_eq!(conv(json!(["N", 3, "H", "W"]), json!([8, 3, 3, 3]), strided), "f32[N, 8, _d0, W]");
}

#[test]
fn conv_errors() {
    let g = |x: Value, w: Value, attrs: Value| {
        graph(json!([["x", "f32", x]]), json!([weight("w", w)]), json!([node("Conv", &["x", "w"], attrs)]))
    };
    let e = error_of(&g(json!([1, 4, 8, 8]), json!([6, 3, 3, 3]), json!({})));
    assert!(e.contains("takes 3 channels per group"), "{e}");
    let e = error_of(&g(json!([1, 4, 8, 8]), json!([6, 2, 3, 3]), json!({"group": 4})));
    assert!(e.contains("takes 2 channels per group with group 4"), "{e}");
    let e = error_of(&g(json!([1, 3, 2, 8]), json!([6, 3, 3, 3]), json!({})));
    assert!(e.contains("larger than the padded input"), "{e}");
    let e =
        error_of(&g(json!([1, 3, 8, 8]), json!([6, 3, 3, 3]), json!({"auto_pad": "SAME_UPPER", "pads": [1, 1, 1, 1]})));
    assert!(e.contains("both given"), "{e}");
    let e = error_of(&g(json!([1, 3, 8, 8]), json!([6, 3, 3, 3]), json!({"strides": [1, 1, 1]})));
    assert!(e.contains("\"strides\" has 3 entries; expected 2"), "{e}");
    let e = error_of(&g(json!([1, 3, 8, 8]), json!([6, 3, 3]), json!({})));
    assert!(e.contains("expected rank 4"), "{e}");
}

#[test]
fn pools_follow_ceil_mode_and_pads() {
    // torch: MaxPool2d(2, 2, padding=1, ceil_mode=True) on 5x5 gives 3x3 (the last window would
    // start in the padding); MaxPool2d(2, 2, ceil_mode=True) on 7x7 gives 4x4;
    // MaxPool2d(3, 2, padding=1) on 7x6 gives 4x3; AvgPool2d(3, 2, padding=1, ceil_mode=True) on 6x6 gives 4x4.
    let max = |shape: Value, attrs: Value| unary(shape, "MaxPool", attrs);
    assert_eq!(
        max(
            json!([1, 1, 5, 5]),
            json!({"kernel_shape": [2, 2], "strides": [2, 2], "pads": [1, 1, 1, 1], "ceil_mode": 1})
        ),
        "f32[1, 1, 3, 3]"
    );
    assert_eq!(
        max(json!([1, 1, 7, 7]), json!({"kernel_shape": [2, 2], "strides": [2, 2], "ceil_mode": 1})),
        "f32[1, 1, 4, 4]"
    );
    assert_eq!(max(json!([1, 1, 7, 7]), json!({"kernel_shape": [2, 2], "strides": [2, 2]})), "f32[1, 1, 3, 3]");
    assert_eq!(
        max(json!(["N", 2, 7, 6]), json!({"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]})),
        "f32[N, 2, 4, 3]"
    );
    let avg = json!({"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1], "ceil_mode": 1, "count_include_pad": 0});
    assert_eq!(unary(json!([1, 1, 6, 6]), "AveragePool", avg), "f32[1, 1, 4, 4]");
    assert_eq!(unary(json!(["N", 5, 3, 4, 7]), "GlobalAveragePool", json!({})), "f32[N, 5, 1, 1, 1]");
}

#[test]
fn maxpool_indices_are_i64() {
    let mut n = node("MaxPool", &["x"], json!({"kernel_shape": [2]}));
    n["outputs"] = json!(["y", "idx"]);
    let g = graph(json!([["x", "f32", [1, 2, 6]]]), json!([]), json!([n]));
    assert_eq!(type_of(&g, "idx"), "i64[1, 2, 5]");
    let e = error_of(&graph(json!([["x", "f32", [1, 2, 6]]]), json!([]), json!([node("MaxPool", &["x"], json!({}))])));
    assert!(e.contains("needs attribute \"kernel_shape\""), "{e}");
}

#[test]
fn gemm_transposes_and_bias() {
    let gemm = |a: Value, b: Value, c: Option<Value>, attrs: Value| {
        let mut inits = vec![weight("b", b)];
        let mut inputs = vec!["a", "b"];
        if let Some(c) = c {
            inits.push(weight("c", c));
            inputs.push("c");
        }
        graph(json!([["a", "f32", a]]), json!(inits), json!([node("Gemm", &inputs, attrs)]))
    };
    assert_eq!(
        type_of(&gemm(json!(["N", 64]), json!([10, 64]), Some(json!([10])), json!({"transB": 1})), "y"),
        "f32[N, 10]"
    );
    assert_eq!(type_of(&gemm(json!([64, 5]), json!([64, 10]), None, json!({"transA": 1})), "y"), "f32[5, 10]");
    assert_eq!(type_of(&gemm(json!([5, 64]), json!([64, 10]), Some(json!([5, 1])), json!({})), "y"), "f32[5, 10]");
    let e = error_of(&gemm(json!([5, 64]), json!([10, 64]), None, json!({})));
    assert!(e.contains("inner dimensions differ"), "{e}");
    let e = error_of(&gemm(json!([5, 64]), json!([64, 10]), Some(json!([3, 10])), json!({})));
    assert!(e.contains("broadcasts to [5, 10]"), "{e}");
}

#[test]
fn matmul_numpy_semantics() {
    let mm = |a: Value, b: Value| {
        let g = graph(
            json!([["a", "f32", a], ["b", "f32", b]]),
            json!([]),
            json!([node("MatMul", &["a", "b"], json!({}))]),
        );
        type_of(&g, "y")
    };
    assert_eq!(mm(json!([2, 3, 4]), json!([4, 5])), "f32[2, 3, 5]");
    assert_eq!(mm(json!([4]), json!([4, 5])), "f32[5]");
    assert_eq!(mm(json!([3, 4]), json!([4])), "f32[3]");
    assert_eq!(mm(json!([4]), json!([4])), "f32[]");
    assert_eq!(mm(json!([1, 3, 4]), json!([7, 4, 5])), "f32[7, 3, 5]");
    assert_eq!(mm(json!(["B", 3, 4]), json!([4, 5])), "f32[B, 3, 5]");
    let g = graph(
        json!([["a", "f32", [3, 4]], ["b", "f32", [5, 6]]]),
        json!([]),
        json!([node("MatMul", &["a", "b"], json!({}))]),
    );
    assert!(error_of(&g).contains("inner dimensions differ"));
}

#[test]
fn flatten_axis() {
    assert_eq!(unary(json!(["N", 64, 1, 1]), "Flatten", json!({})), "f32[N, 64]");
    assert_eq!(unary(json!([2, 3, 4, 5]), "Flatten", json!({"axis": 0})), "f32[1, 120]");
    assert_eq!(unary(json!([2, 3, 4, 5]), "Flatten", json!({"axis": -1})), "f32[24, 5]");
    assert_eq!(unary(json!([2, 3, 4, 5]), "Flatten", json!({"axis": 4})), "f32[120, 1]");
    assert_eq!(unary(json!(["N", 3, 4, 5]), "Flatten", json!({"axis": 2})), "f32[_d0, 20]");
    let g = graph(json!([["x", "f32", [2, 3]]]), json!([]), json!([node("Flatten", &["x"], json!({"axis": 3}))]));
    assert!(error_of(&g).contains("axis 3 is out of range for rank 2"));
}

fn reshape(x: Value, target: &[i64], attrs: Value) -> syncbn_ir::Graph {
    let shape = json!({"name": "s", "dtype": "i64", "shape": [target.len()], "data": target});
    graph(json!([["x", "f32", x]]), json!([shape]), json!([node("Reshape", &["x", "s"], attrs)]))
}

#[test]
fn reshape_zero_and_minus_one() {
    assert_eq!(type_of(&reshape(json!(["N", 3, 4]), &[0, -1], json!({})), "y"), "f32[N, 12]");
    assert_eq!(type_of(&reshape(json!([2, 3, 4]), &[4, -1], json!({})), "y"), "f32[4, 6]");
    assert_eq!(type_of(&reshape(json!(["N", 3, 4]), &[-1, 4], json!({})), "y"), "f32[_d0, 4]");
    assert_eq!(type_of(&reshape(json!(["N", 3, 4]), &[-1, 3, 4], json!({})), "y"), "f32[N, 3, 4]");
    assert_eq!(type_of(&reshape(json!([2, 3, 4]), &[0, 0, 2, 2], json!({})), "y"), "f32[2, 3, 2, 2]");
    assert_eq!(type_of(&reshape(json!([0, 3]), &[0, 3], json!({"allowzero": 1})), "y"), "f32[0, 3]");
    assert!(error_of(&reshape(json!([2, 3, 4]), &[5, -1], json!({}))).contains("not a multiple"));
    assert!(error_of(&reshape(json!([2, 3, 4]), &[-1, -1], json!({}))).contains("more than one entry is -1"));
    assert!(error_of(&reshape(json!([2, 3, 4]), &[5, 5], json!({}))).contains("element counts differ"));
    assert!(error_of(&reshape(json!([2, 3, 4]), &[-2, 12], json!({}))).contains("expected an integer >= -1"));
    let g = graph(
        json!([["x", "f32", [2, 3]], ["s", "i64", [2]]]),
        json!([]),
        json!([node("Reshape", &["x", "s"], json!({}))]),
    );
    assert!(error_of(&g).contains("computed at run time"));
}

#[test]
fn concat_axis() {
    let cat = |a: Value, b: Value, axis: i64| {
        graph(
            json!([["a", "f32", a], ["b", "f32", b]]),
            json!([]),
            json!([node("Concat", &["a", "b"], json!({"axis": axis}))]),
        )
    };
    assert_eq!(type_of(&cat(json!(["N", 3, 8]), json!(["N", 5, 8]), 1), "y"), "f32[N, 8, 8]");
    assert_eq!(type_of(&cat(json!(["N", 3, 8]), json!(["M", 3, 8]), 0), "y"), "f32[_d0, 3, 8]");
    assert_eq!(type_of(&cat(json!([2, 3]), json!([2, 4]), -1), "y"), "f32[2, 7]");
    assert!(error_of(&cat(json!([2, 3]), json!([3, 4]), 1)).contains("except along axis 1"));
    assert!(error_of(&cat(json!([2, 3]), json!([2, 3, 1]), 1)).contains("rank"));
}

#[test]
fn resize_scales_and_sizes() {
    let resize = |x: Value, operand: Value, attrs: Value| {
        let (inputs, name) =
            if operand["dtype"] == "f32" { (vec!["x", "", "r"], "r") } else { (vec!["x", "", "", "r"], "r") };
        let mut operand = operand;
        operand["name"] = json!(name);
        graph(json!([["x", "f32", x]]), json!([operand]), json!([node("Resize", &inputs, attrs)]))
    };
    let scales = json!({"dtype": "f32", "shape": [4], "data": [1.0, 1.0, 2.0, 1.5]});
    assert_eq!(type_of(&resize(json!(["N", 3, 7, 5]), scales, json!({"mode": "nearest"})), "y"), "f32[N, 3, 14, 7]");
    let sizes = json!({"dtype": "i64", "shape": [2], "data": [9, 4]});
    assert_eq!(type_of(&resize(json!(["N", 3, 7, 5]), sizes, json!({"axes": [2, 3]})), "y"), "f32[N, 3, 9, 4]");
    let keep = json!({"dtype": "i64", "shape": [2], "data": [14, 14]});
    let attrs = json!({"axes": [2, 3], "keep_aspect_ratio_policy": "not_larger"});
    assert_eq!(type_of(&resize(json!([1, 3, 7, 5]), keep, attrs), "y"), "f32[1, 3, 14, 10]");
    let short = json!({"dtype": "f32", "shape": [2], "data": [2.0, 2.0]});
    assert!(error_of(&resize(json!([1, 3, 7, 5]), short, json!({}))).contains("one per resized axis"));
    let g = graph(json!([["x", "f32", [1, 3, 4, 4]]]), json!([]), json!([node("Resize", &["x"], json!({}))]));
    assert!(error_of(&g).contains("exactly one of input 2 (scales) and input 3 (sizes)"));
}

#[test]
fn elementwise_ops() {
    assert_eq!(unary(json!(["N", 10]), "Softmax", json!({"axis": 1})), "f32[N, 10]");
    assert_eq!(unary(json!(["N", 10]), "Sigmoid", json!({})), "f32[N, 10]");
    assert_eq!(unary(json!(["N", 10]), "Relu", json!({})), "f32[N, 10]");
    assert_eq!(unary(json!([2, 2]), "Clip", json!({"min": 0.0, "max": 6.0})), "f32[2, 2]");
    let g = graph(json!([["x", "i64", [3]]]), json!([]), json!([node("Identity", &["x"], json!({}))]));
    assert_eq!(type_of(&g, "y"), "i64[3]");
    let g = graph(json!([["x", "f32", [2]]]), json!([]), json!([node("Softmax", &["x"], json!({"axis": 1}))]));
    assert!(error_of(&g).contains("axis 1 is out of range"));
    let g = graph(json!([["x", "i64", [2]]]), json!([]), json!([node("Relu", &["x"], json!({}))]));
    assert!(error_of(&g).contains("dtype i64; expected f32 or f64"));
}

#[test]
fn clip_bounds_as_inputs() {
    let lo = json!({"name": "lo", "dtype": "f32", "shape": [], "data": [0.0]});
    let hi = json!({"name": "hi", "dtype": "f32", "shape": [], "data": [6.0]});
    let g =
        graph(json!([["x", "f32", ["N", 4]]]), json!([lo, hi]), json!([node("Clip", &["x", "lo", "hi"], json!({}))]));
    assert_eq!(type_of(&g, "y"), "f32[N, 4]");
    let g = graph(
        json!([["x", "f32", ["N", 4]]]),
        json!([hi.clone(), lo.clone()]),
        json!([node("Clip", &["x", "hi", "lo"], json!({}))]),
    );
    assert!(error_of(&g).contains("min 6 is greater than max 0"));
    let g =
        graph(json!([["x", "f32", [4]]]), json!([]), json!([node("Clip", &["x"], json!({"min": 1.0, "max": -1.0}))]));
    assert!(error_of(&g).contains("greater than max"));
    let vector = json!({"name": "v", "dtype": "f32", "shape": [2], "data": [0.0, 1.0]});
    let g = graph(json!([["x", "f32", [4]]]), json!([vector]), json!([node("Clip", &["x", "v"], json!({}))]));
    assert!(error_of(&g).contains("expected a scalar"));
}

#[test]
fn add_mul_broadcast() {
    let bin = |op: &str, a: Value, b: Value| {
        graph(json!([["a", "f32", a], ["b", "f32", b]]), json!([]), json!([node(op, &["a", "b"], json!({}))]))
    };
    assert_eq!(type_of(&bin("Add", json!(["N", 3, 1, 5]), json!([4, 1])), "y"), "f32[N, 3, 4, 5]");
    assert_eq!(type_of(&bin("Mul", json!(["N", 3]), json!([1, 3])), "y"), "f32[N, 3]");
    assert_eq!(type_of(&bin("Mul", json!(["N", 3]), json!([5, 1])), "y"), "f32[5, 3]");
    assert_eq!(type_of(&bin("Add", json!(["N", 3]), json!(["M", 3])), "y"), "f32[_d0, 3]");
    assert!(error_of(&bin("Add", json!([3]), json!([4]))).contains("do not broadcast: 3 against 4"));
    let g =
        graph(json!([["a", "f32", [3]], ["b", "f64", [3]]]), json!([]), json!([node("Add", &["a", "b"], json!({}))]));
    assert!(error_of(&g).contains("dtype f64; expected f32"));
}

fn bn_graph(x: Value, training: i64, outputs: Value) -> syncbn_ir::Graph {
    let inits: Vec<Value> = ["s", "b", "m", "v"].iter().map(|n| weight(n, json!([3]))).collect();
    let mut n = node("BatchNormalization", &["x", "s", "b", "m", "v"], json!({"training_mode": training}));
    n["outputs"] = outputs;
    graph(json!([["x", "f32", x]]), json!(inits), json!([n]))
}

#[test]
fn batchnorm_modes_and_ranks() {
    for x in [json!(["N", 3]), json!(["N", 3, 9]), json!([1, 3, 7, 5]), json!([2, 3, 3, 5, 7])] {
        let g = bn_graph(x.clone(), 1, json!(["y", "rm", "rv"]));
        assert_eq!(type_of(&g, "rm"), "f32[3]");
        let eval = bn_graph(x.clone(), 0, json!(["y"]));
        let train_one_output = bn_graph(x, 1, json!(["y"]));
        assert_eq!(type_of(&eval, "y"), type_of(&train_one_output, "y"));
    }
    let e = error_of(&bn_graph(json!(["N", 4, 2]), 1, json!(["y", "rm", "rv"])));
    assert!(e.contains("input 1 (scale) has shape [3]; expected [4]"), "{e}");
    let e = error_of(&bn_graph(json!(["N", 3]), 0, json!(["y", "rm", "rv"])));
    assert!(e.contains("training_mode 0 has 3 outputs"), "{e}");
}

#[test]
fn lowered_ops() {
    let nodes = json!([
        {"name": "lm", "op": "LocalMoments", "inputs": ["x"], "outputs": ["mom"]},
        {"name": "ar", "op": "AllReduce", "inputs": ["mom"], "outputs": ["sum"],
         "attrs": {"group_size": 0, "payload": "mom:f64[3,3]", "layers": ["bn"], "reduction": "sum"}},
        {"name": "fin", "op": "BnFinalize", "inputs": ["sum", "s", "b", "m", "v"], "outputs": ["np", "rm", "rv"],
         "attrs": {"epsilon": 1e-5, "momentum": 0.9}},
        {"name": "norm", "op": "BnNormalize", "inputs": ["x", "np", "x"], "outputs": ["n1"], "attrs": {"activation": "relu"}},
        {"name": "pair", "op": "BnNormalizePair", "inputs": ["x", "np", "n1", "np"], "outputs": ["n2"],
         "attrs": {"activation": "clip", "clip_min": 0.0, "clip_max": 6.0}},
        {"name": "aff", "op": "ChannelAffine", "inputs": ["n2", "s", "b"], "outputs": ["y"]}
    ]);
    let inits: Vec<Value> = ["s", "b", "m", "v"].iter().map(|n| weight(n, json!([3]))).collect();
    let g = graph(json!([["x", "f32", ["N", 3, 7, 5]]]), json!(inits), nodes.clone());
    assert_eq!(type_of(&g, "mom"), "f64[3, 3]");
    assert_eq!(type_of(&g, "sum"), "f64[3, 3]");
    assert_eq!(type_of(&g, "np"), "f32[5, 3]");
    assert_eq!(type_of(&g, "rv"), "f32[3]");
    assert_eq!(type_of(&g, "y"), "f32[N, 3, 7, 5]");

    let mut bad = nodes.clone();
    bad[3]["inputs"] = json!(["x", "mom"]);
    let inits: Vec<Value> = ["s", "b", "m", "v"].iter().map(|n| weight(n, json!([3]))).collect();
    let e = error_of(&graph(json!([["x", "f32", ["N", 3, 7, 5]]]), json!(inits.clone()), bad));
    assert!(e.contains("input 1 has dtype f64; expected f32"), "{e}");
    let mut bad = nodes.clone();
    bad[1]["attrs"]["layers"] = json!(["bn", "bn2"]);
    assert!(
        error_of(&graph(json!([["x", "f32", ["N", 3, 7, 5]]]), json!(inits.clone()), bad)).contains("one per input")
    );
    let mut bad = nodes;
    bad[3]["attrs"] = json!({"activation": "relu", "clip_min": 0.0});
    assert!(error_of(&graph(json!([["x", "f32", ["N", 3, 7, 5]]]), json!(inits), bad)).contains("expected \"clip\""));
}

/// Facts extended by an added input and node equal the facts inferred anew, fresh dimensions
/// included (the added node's is numbered after the model's); an ill-typed added node is an error.
#[test]
fn extended_facts_equal_facts_inferred_anew() {
    let add = |name: &str, a: &str, b: &str, y: &str| json!({"name": name, "op": "Add", "inputs": [a, b], "outputs": [y], "attrs": {}});
    let model =
        graph(json!([["a", "f32", ["N", 3]], ["b", "f32", ["M", 3]]]), json!([]), json!([add("ab", "a", "b", "y")]));
    let info = syncbn_ir::GraphInfo::of(&model).unwrap();
    assert_eq!(display_shape(&info.types["y"].shape), "[_d0, 3]");
    let mut grown = model.clone();
    grown.inputs.push(syncbn_ir::ValueInfo {
        name: "c".into(),
        dtype: syncbn_ir::DType::F32,
        shape: vec![syncbn_ir::Dim::Named("K".into()), syncbn_ir::Dim::Fixed(3)],
    });
    let mut node: syncbn_ir::Node = serde_json::from_value(add("yc", "y", "c", "z")).unwrap();
    grown.nodes.push(node.clone());
    let extended = info.extended(&grown).unwrap();
    assert_eq!(extended, syncbn_ir::GraphInfo::of(&grown).unwrap());
    assert_eq!(display_shape(&extended.types["z"].shape), "[_d1, 3]");
    node.inputs[1] = "missing".into();
    *grown.nodes.last_mut().unwrap() = node;
    assert!(info.extended(&grown).is_err());
}

/// The class-label losses over `[N, C, d1, ..., dk]` scores (ONNX's per-element form, class axis
/// 1): labels `[N, d1, ..., dk]`, `none` gives one loss per label, the gradient the scores' type;
/// labels of another shape are refused.
#[test]
fn per_pixel_losses_take_labels_without_the_class_axis() {
    let loss = |scores: Value, labels: Value, op: &str, reduction: &str| {
        let inputs = json!([["s", "f32", scores], ["l", "i64", labels]]);
        let attrs = json!({"reduction": reduction, "ignore_index": 255});
        graph(inputs, json!([]), json!([node(op, &["s", "l"], attrs)]))
    };
    for op in ["SoftmaxCrossEntropyLoss", "NegativeLogLikelihoodLoss"] {
        let g = loss(json!(["N", 3, 7, 5]), json!(["N", 7, 5]), op, "none");
        assert_eq!(type_of(&g, "y"), "f32[N, 7, 5]");
        assert_eq!(type_of(&loss(json!([1, 3, 7, 5]), json!([1, 7, 5]), op, "mean"), "y"), "f32[]");
        assert_eq!(type_of(&loss(json!([2, 4, 3]), json!([2, 3]), op, "none"), "y"), "f32[2, 3]");
        let e = error_of(&loss(json!(["N", 3, 7, 5]), json!(["N", 5, 7]), op, "mean"));
        assert!(e.contains("expected one per element of the scores") && e.contains("[N, 7, 5]"), "{e}");
        let e = error_of(&loss(json!(["N", 3, 7, 5]), json!(["N"]), op, "mean"));
        assert!(e.contains("expected rank 3"), "{e}");
    }
    let inputs = json!([["d", "f32", ["N", 7, 5]], ["s", "f32", ["N", 3, 7, 5]], ["l", "i64", ["N", 7, 5]]]);
    let attrs = json!({"reduction": "none"});
    let g = graph(inputs, json!([]), json!([node("SoftmaxCrossEntropyLossGrad", &["d", "s", "l"], attrs)]));
    assert_eq!(type_of(&g, "y"), "f32[N, 3, 7, 5]");
}
