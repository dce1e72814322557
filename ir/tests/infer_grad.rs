//! Shape and dtype inference of the gradient ops of `syncbn_ir::grad` on odd shapes (C = 3, 7x5
//! spatial, N = 1, named batch), and the errors of ill-typed gradient nodes, which name the node.

use serde_json::{json, Value};
use syncbn_ir::{infer_types, json as ir_json, shape::display_shape, IrError};

/// A graph of float inputs `[name, shape]` (f32 unless the name starts with `d64`), initializers and
/// nodes; the output is the last node's first output.
fn graph(inputs: Value, initializers: Value, nodes: Value) -> syncbn_ir::Graph {
    let last = nodes.as_array().and_then(|n| n.last()).map(|n| n["outputs"][0].clone()).expect("a node");
    let inputs: Vec<Value> = inputs
        .as_array()
        .expect("a list of inputs")
        .iter()
        .map(|i| {
            let dtype = if i[0].as_str().is_some_and(|n| n.starts_with("d64")) { "f64" } else { "f32" };
            json!({"name": i[0], "dtype": dtype, "shape": i[1]})
        })
        .collect();
    let model = json!({
        "format": "syncbn-ir", "version": 1, "name": "t",
        "inputs": inputs, "outputs": [last], "initializers": initializers, "nodes": nodes
    });
    ir_json::from_str(&model.to_string(), std::path::Path::new("t.json")).expect("test graph parses")
}

/// One node named `g` with outputs `outputs`.
fn node(op: &str, inputs: &[&str], outputs: &[&str], attrs: Value) -> Value {
    json!({"name": "g", "op": op, "inputs": inputs, "outputs": outputs, "attrs": attrs})
}

/// The types of `tensors`, as `f32[N, 3]`.
fn types_of(g: &syncbn_ir::Graph, tensors: &[&str]) -> Vec<String> {
    let types = infer_types(g).unwrap_or_else(|e| panic!("inference failed: {e}"));
    tensors.iter().map(|t| format!("{}{}", types[*t].dtype, display_shape(&types[*t].shape))).collect()
}

/// The type of a one-output gradient node `op(inputs)` over graph inputs `shapes`.
fn infer(shapes: Value, op: &str, inputs: &[&str], attrs: Value) -> String {
    infer_with(shapes, json!([]), op, inputs, attrs)
}

fn infer_with(shapes: Value, inits: Value, op: &str, inputs: &[&str], attrs: Value) -> String {
    let g = graph(shapes, inits, json!([node(op, inputs, &["out"], attrs)]));
    types_of(&g, &["out"]).remove(0)
}

/// The error of a one-output gradient node; asserts it names node "g".
fn error(shapes: Value, op: &str, inputs: &[&str], attrs: Value) -> String {
    error_with(shapes, json!([]), op, inputs, &["out"], attrs)
}

fn error_with(shapes: Value, inits: Value, op: &str, inputs: &[&str], outputs: &[&str], attrs: Value) -> String {
    let g = graph(shapes, inits, json!([node(op, inputs, outputs, attrs)]));
    match infer_types(&g) {
        Ok(types) => panic!("expected an error for {op}, inferred {types:?}"),
        Err(e @ IrError::Invalid { .. }) => {
            let text = e.to_string();
            assert!(text.contains("<t>") && text.contains("node \"g\""), "error does not name the node: {text}");
            text
        }
        Err(e) => panic!("expected an Invalid error, got {e}"),
    }
}

fn init(name: &str, dtype: &str, shape: Value, data: Value) -> Value {
    json!({"name": name, "dtype": dtype, "shape": shape, "data": data})
}

#[test]
fn activation_grads_keep_dy_type() {
    let xy = json!([["dy", ["N", 3, 7, 5]], ["y", ["N", 3, 7, 5]]]);
    for op in ["ReluGrad", "SigmoidGrad"] {
        assert_eq!(infer(xy.clone(), op, &["dy", "y"], json!({})), "f32[N, 3, 7, 5]");
    }
    assert_eq!(infer(xy.clone(), "ClipGrad", &["dy", "y"], json!({"clip_min": 0, "clip_max": 6})), "f32[N, 3, 7, 5]");
    assert_eq!(infer(xy.clone(), "SoftmaxGrad", &["dy", "y"], json!({"axis": 1})), "f32[N, 3, 7, 5]");
    let e = error(json!([["dy", [1, 3, 7, 5]], ["y", [1, 3, 5, 7]]]), "ReluGrad", &["dy", "y"], json!({}));
    assert!(e.contains("input 1") && e.contains("f32[1, 3, 7, 5]"), "{e}");
    let e = error(xy.clone(), "ClipGrad", &["dy", "y"], json!({"clip_min": 6, "clip_max": 0}));
    assert!(e.contains("clip_min 6 is greater than clip_max 0"), "{e}");
    let e = error(xy.clone(), "SoftmaxGrad", &["dy", "y"], json!({"axis": 4}));
    assert!(e.contains("axis 4 is out of range"), "{e}");
    let e = error(xy, "ReluGrad", &["dy"], json!({}));
    assert!(e.contains("1 inputs; expected 2"), "{e}");
}

#[test]
fn reduce_to_shape_takes_the_operand_shape() {
    let shapes = json!([["dy", [2, 3, 7, 5]], ["b", [3, 1, 1]], ["s", [1]], ["w", [1, 3, 1, 5]]]);
    assert_eq!(infer(shapes.clone(), "ReduceToShape", &["dy", "b"], json!({})), "f32[3, 1, 1]");
    assert_eq!(infer(shapes.clone(), "ReduceToShape", &["dy", "s"], json!({"alpha": 0.5})), "f32[1]");
    assert_eq!(infer(shapes, "ReduceToShape", &["dy", "w"], json!({})), "f32[1, 3, 1, 5]");
    let bad = json!([["dy", [2, 3, 7, 5]], ["b", [4, 1, 1]]]);
    let e = error(bad, "ReduceToShape", &["dy", "b"], json!({}));
    assert!(e.contains("input 1") && e.contains("broadcasts to dY [2, 3, 7, 5]"), "{e}");
    let longer = json!([["dy", [3, 5]], ["b", [1, 3, 5]]]);
    error(longer, "ReduceToShape", &["dy", "b"], json!({}));
}

#[test]
fn channel_sum_and_reshape_like() {
    assert_eq!(infer(json!([["dy", [1, 3, 7, 5]]]), "ChannelSum", &["dy"], json!({})), "f32[3]");
    assert_eq!(infer(json!([["dy", ["N", 3]]]), "ChannelSum", &["dy"], json!({})), "f32[3]");
    let e = error(json!([["dy", [3]]]), "ChannelSum", &["dy"], json!({}));
    assert!(e.contains("rank 1"), "{e}");
    let ok = json!([["dy", [1, 105]], ["x", [1, 3, 7, 5]]]);
    assert_eq!(infer(ok, "ReshapeLike", &["dy", "x"], json!({})), "f32[1, 3, 7, 5]");
    let named = json!([["dy", ["N", 105]], ["x", ["N", 3, 7, 5]]]);
    assert_eq!(infer(named, "ReshapeLike", &["dy", "x"], json!({})), "f32[N, 3, 7, 5]");
    let e = error(json!([["dy", [1, 104]], ["x", [1, 3, 7, 5]]]), "ReshapeLike", &["dy", "x"], json!({}));
    assert!(e.contains("105 elements") || e.contains("104 elements"), "{e}");
}

#[test]
fn concat_grad_slices_one_part() {
    let shapes = json!([["dy", [1, 5, 7, 5]], ["a", [1, 2, 7, 5]], ["b", [1, 3, 7, 5]]]);
    let attrs = |index: i64| json!({"axis": 1, "index": index});
    assert_eq!(infer(shapes.clone(), "ConcatGrad", &["dy", "a", "b"], attrs(0)), "f32[1, 2, 7, 5]");
    assert_eq!(infer(shapes.clone(), "ConcatGrad", &["dy", "a", "b"], attrs(1)), "f32[1, 3, 7, 5]");
    let e = error(shapes.clone(), "ConcatGrad", &["dy", "a", "b"], attrs(2));
    assert!(e.contains("\"index\" is 2"), "{e}");
    let e = error(shapes.clone(), "ConcatGrad", &["dy", "a", "b"], json!({"axis": 1}));
    assert!(e.contains("needs attribute \"index\""), "{e}");
    let e = error(shapes, "ConcatGrad", &["dy", "a", "b"], json!({"axis": 2, "index": 0}));
    assert!(e.contains("input 2") && e.contains("as the forward Concat"), "{e}");
}

#[test]
fn conv_grads_take_the_operand_types() {
    let attrs = json!({"pads": [1, 0, 1, 0], "strides": [2, 1], "group": 1});
    // Conv(X [1, 3, 7, 5], W [4, 3, 3, 3]) with these attributes gives [1, 4, 4, 3].
    let shapes = json!([["dy", [1, 4, 4, 3]], ["x", [1, 3, 7, 5]], ["w", [4, 3, 3, 3]]]);
    assert_eq!(infer(shapes.clone(), "ConvGradInput", &["dy", "w", "x"], attrs.clone()), "f32[1, 3, 7, 5]");
    assert_eq!(infer(shapes, "ConvGradWeight", &["dy", "x", "w"], attrs.clone()), "f32[4, 3, 3, 3]");
    let wrong = json!([["dy", [1, 4, 7, 5]], ["x", [1, 3, 7, 5]], ["w", [4, 3, 3, 3]]]);
    let e = error(wrong.clone(), "ConvGradInput", &["dy", "w", "x"], attrs.clone());
    assert!(e.contains("input 0") && e.contains("f32[1, 4, 4, 3]"), "{e}");
    let e = error(wrong, "ConvGradWeight", &["dy", "w", "x"], attrs);
    assert!(e.contains("as the forward Conv"), "{e}");
    let shapes = json!([["dy", [1, 4, 5, 3]], ["x", [1, 3, 7, 5]], ["w", [4, 3, 3, 3]]]);
    let e = error(shapes, "ConvGradInput", &["dy", "w", "x"], json!({"momentum": 1}));
    assert!(e.contains("unknown attribute \"momentum\""), "{e}");
}

#[test]
fn gemm_and_matmul_grads() {
    let shapes = json!([["dy", [1, 3]], ["a", [1, 7]], ["b", [3, 7]]]);
    let attrs = json!({"transB": 1, "alpha": 0.5});
    assert_eq!(infer(shapes.clone(), "GemmGradA", &["dy", "a", "b"], attrs.clone()), "f32[1, 7]");
    assert_eq!(infer(shapes.clone(), "GemmGradB", &["dy", "a", "b"], attrs), "f32[3, 7]");
    let e = error(shapes, "GemmGradA", &["dy", "a", "b"], json!({}));
    assert!(e.contains("inner dimensions differ"), "{e}");
    let shapes = json!([["dy", [2, 5, 7, 3]], ["a", [5, 7, 4]], ["b", [2, 1, 4, 3]]]);
    assert_eq!(infer(shapes.clone(), "MatMulGradA", &["dy", "a", "b"], json!({})), "f32[5, 7, 4]");
    assert_eq!(infer(shapes, "MatMulGradB", &["dy", "a", "b"], json!({})), "f32[2, 1, 4, 3]");
    let e = error(json!([["dy", [3]], ["a", [7]], ["b", [7, 3]]]), "MatMulGradA", &["dy", "a", "b"], json!({}));
    assert!(e.contains("rank 1") && e.contains("expected rank 2"), "{e}");
}

#[test]
fn pool_grads_take_x_type() {
    let attrs = json!({"kernel_shape": [3, 2], "strides": [2, 2], "ceil_mode": 1});
    // torch MaxPool2d((3, 2), 2, ceil_mode=True) on 7x5 gives 3x3.
    let shapes = json!([["dy", ["N", 3, 3, 3]], ["x", ["N", 3, 7, 5]]]);
    assert_eq!(infer(shapes.clone(), "MaxPoolGrad", &["dy", "x"], attrs.clone()), "f32[N, 3, 7, 5]");
    assert_eq!(infer(shapes.clone(), "AveragePoolGrad", &["dy", "x"], attrs.clone()), "f32[N, 3, 7, 5]");
    let e = error(shapes, "MaxPoolGrad", &["dy", "x"], json!({"strides": [2, 2]}));
    assert!(e.contains("needs attribute \"kernel_shape\""), "{e}");
    let e = error(json!([["dy", [1, 3, 2, 3]], ["x", [1, 3, 7, 5]]]), "AveragePoolGrad", &["dy", "x"], attrs);
    assert!(e.contains("f32[1, 3, 3, 3]"), "{e}");
    let g = json!([["dy", [1, 3, 1, 1]], ["x", [1, 3, 7, 5]]]);
    assert_eq!(infer(g, "GlobalAveragePoolGrad", &["dy", "x"], json!({})), "f32[1, 3, 7, 5]");
    let e = error(json!([["dy", [1, 3]], ["x", [1, 3, 7, 5]]]), "GlobalAveragePoolGrad", &["dy", "x"], json!({}));
    assert!(e.contains("input 0"), "{e}");
}

#[test]
fn resize_grad_reads_the_forward_operands() {
    let inits = json!([init("scales", "f32", json!([4]), json!([1, 1, 2, 2]))]);
    let shapes = json!([["dy", [1, 3, 14, 10]], ["x", [1, 3, 7, 5]]]);
    let attrs = json!({"mode": "linear"});
    let out = infer_with(shapes, inits.clone(), "ResizeGrad", &["dy", "x", "", "scales"], attrs.clone());
    assert_eq!(out, "f32[1, 3, 7, 5]");
    let wrong = json!([["dy", [1, 3, 14, 11]], ["x", [1, 3, 7, 5]]]);
    let e = error_with(wrong, inits.clone(), "ResizeGrad", &["dy", "x", "", "scales"], &["out"], attrs.clone());
    assert!(e.contains("f32[1, 3, 14, 10]"), "{e}");
    let shapes = json!([["dy", [1, 3, 14, 10]], ["x", [1, 3, 7, 5]]]);
    let e = error_with(shapes, inits, "ResizeGrad", &["dy", "x"], &["out"], attrs);
    assert!(e.contains("exactly one of input 2 (scales) and input 3 (sizes)"), "{e}");
}

fn bn_inputs(x: Value) -> Value {
    json!([["dy", x.clone()], ["x", x], ["s", [3]], ["b", [3]], ["m", [3]], ["v", [3]]])
}

#[test]
fn batch_norm_grads() {
    let g = graph(
        bn_inputs(json!(["N", 3, 7, 5])),
        json!([]),
        json!([node(
            "BatchNormGrad",
            &["dy", "x", "s", "b", "m", "v"],
            &["dx", "ds", "db"],
            json!({"epsilon": 1e-5, "momentum": 0.9, "forward": "bn1"})
        )]),
    );
    assert_eq!(types_of(&g, &["dx", "ds", "db"]), ["f32[N, 3, 7, 5]", "f32[3]", "f32[3]"]);
    let ins = ["dy", "x", "s", "b", "m", "v"];
    let e = error_with(bn_inputs(json!([1, 3])), json!([]), "BatchNormGrad", &ins, &["dx", "ds", "db"], json!({}));
    assert!(e.contains("needs attribute \"forward\""), "{e}");
    let e = error_with(bn_inputs(json!([1, 3])), json!([]), "BatchNormGrad", &ins, &["dx"], json!({"forward": "b"}));
    assert!(e.contains("1 outputs; expected 3"), "{e}");
    let bad = json!([["dy", [1, 4]], ["x", [1, 4]], ["s", [3]], ["b", [3]], ["m", [3]], ["v", [3]]]);
    let e = error_with(bad, json!([]), "BatchNormGrad", &ins, &["dx", "ds", "db"], json!({"forward": "b"}));
    assert!(e.contains("input 2 (scale)"), "{e}");
    for (wrt, expected) in [("X", "f32[1, 3, 7]"), ("scale", "f32[3]"), ("B", "f32[3]")] {
        let out = infer(bn_inputs(json!([1, 3, 7])), "BatchNormEvalGrad", &ins, json!({"wrt": wrt, "epsilon": 1e-3}));
        assert_eq!(out, expected, "wrt {wrt}");
    }
    let e = error(bn_inputs(json!([1, 3, 7])), "BatchNormEvalGrad", &ins, json!({"wrt": "var"}));
    assert!(e.contains("attribute \"wrt\""), "{e}");
    let e = error(bn_inputs(json!([1, 3, 7])), "BatchNormEvalGrad", &ins, json!({}));
    assert!(e.contains("needs attribute \"wrt\""), "{e}");
    assert_eq!(infer(json!([["g", [3, 3, 1, 1]]]), "ParamGradSum", &["g"], json!({})), "f32[3, 3, 1, 1]");
}

fn lowered_inputs() -> Value {
    json!([["dy", [1, 3, 7, 5]], ["x", [1, 3, 7, 5]], ["y", [1, 3, 7, 5]], ["np", [5, 3]], ["d64sums", [3, 3]]])
}

#[test]
fn lowered_bn_grads() {
    let reduce = infer(lowered_inputs(), "BnGradReduce", &["dy", "x", "np"], json!({}));
    assert_eq!(reduce, "f64[3, 3]");
    let relu = json!({"activation": "relu"});
    assert_eq!(infer(lowered_inputs(), "BnGradReduce", &["dy", "x", "np", "y"], relu.clone()), "f64[3, 3]");
    let dx = infer(lowered_inputs(), "BnGradInput", &["dy", "x", "np", "d64sums", "y"], relu.clone());
    assert_eq!(dx, "f32[1, 3, 7, 5]");
    let e = error(lowered_inputs(), "BnGradReduce", &["dy", "x", "np"], relu);
    assert!(e.contains("input 3 (Y, the mask source)"), "{e}");
    let e = error(lowered_inputs(), "BnGradInput", &["dy", "x", "np", "np"], json!({}));
    assert!(e.contains("input 3 has dtype f32; expected f64"), "{e}");
    let e = error(lowered_inputs(), "BnGradReduce", &["dy", "x", "d64sums"], json!({}));
    assert!(e.contains("input 2 has dtype f64; expected f32"), "{e}");
    let g =
        graph(lowered_inputs(), json!([]), json!([node("BnGradParams", &["d64sums", "np"], &["ds", "db"], json!({}))]));
    assert_eq!(types_of(&g, &["ds", "db"]), ["f32[3]", "f32[3]"]);
    let e = error_with(lowered_inputs(), json!([]), "BnGradParams", &["np", "np"], &["ds", "db"], json!({}));
    assert!(e.contains("input 0 has dtype f32; expected f64"), "{e}");
}

#[test]
fn every_gradient_op_has_a_schema() {
    let named = syncbn_ir::grad::CPU_OPS.iter().chain(syncbn_ir::grad::BN_KERNELS);
    let extra = [syncbn_ir::grad::BATCH_NORM_GRAD, syncbn_ir::grad::PARAM_GRAD_SUM];
    for op in named.chain(extra.iter()) {
        let schema = syncbn_ir::ops::schema(op).unwrap_or_else(|| panic!("no schema for {op}"));
        assert_eq!(schema.name(), *op);
    }
    let onnx_ops: Vec<&str> = syncbn_ir::ops::all().iter().map(|s| s.name()).collect();
    assert!(!onnx_ops.contains(&"ReluGrad"), "gradient ops are not forward ops");
}
