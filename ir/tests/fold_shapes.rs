//! Compile-time shape arithmetic: the size computations of `torch.onnx` exports (Shape, Gather,
//! Slice, Cast, Concat, Unsqueeze, integer arithmetic, ...) fold into initializers in the JSON form,
//! the batch dimension stays symbolic where Reshape and Resize allow it, and other uses of it are
//! errors naming the node and the dimension.

use serde_json::{json, Value};
use syncbn_ir::{infer_types, load_model, shape::display_shape, Graph, Limits};

fn ints(name: &str, values: &[i64]) -> Value {
    json!({"name": name, "dtype": "i64", "shape": [values.len()], "data": values})
}

fn node(name: &str, op: &str, inputs: &[&str], output: &str, attrs: Value) -> Value {
    json!({"name": name, "op": op, "inputs": inputs, "outputs": [output], "attrs": attrs})
}

/// Loads a model written from these parts (input `x` of `shape`, output `y`) through the JSON loader.
fn load(shape: Value, initializers: Value, nodes: Value) -> Result<Graph, String> {
    let model = json!({
        "format": "syncbn-ir", "version": 1, "name": "fold",
        "inputs": [{"name": "x", "dtype": "f32", "shape": shape}], "outputs": ["y"],
        "initializers": initializers, "nodes": nodes
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.json");
    std::fs::write(&path, model.to_string()).unwrap();
    load_model(&path, &Limits::default()).map_err(|e| e.to_string())
}

fn type_of(g: &Graph, name: &str) -> String {
    let t = &infer_types(g).unwrap()[name];
    format!("{}{}", t.dtype, display_shape(&t.shape))
}

fn ops(g: &Graph) -> Vec<&str> {
    g.nodes.iter().map(|n| n.op.as_str()).collect()
}

/// `F.interpolate(c, size=x.shape[-2:])` as the exporter writes it: Resize `sizes` is
/// Concat(Slice(Shape(c), 0, 2), Cast(Concat(Unsqueeze(Gather(Shape(x), 2)), ...))).
fn interpolate_nodes(scale: bool) -> Value {
    let mut nodes = vec![
        node("pool", "MaxPool", &["x"], "p", json!({"kernel_shape": [2, 2], "strides": [2, 2]})),
        node("shape_x", "Shape", &["x"], "sx", json!({})),
        node("gather_h", "Gather", &["sx", "two"], "h", json!({"axis": 0})),
        node("gather_w", "Gather", &["sx", "three"], "w", json!({"axis": 0})),
        node("unsq_h", "Unsqueeze", &["h", "zero_axis"], "h1", json!({})),
        node("unsq_w", "Unsqueeze", &["w", "zero_axis"], "w1", json!({})),
        node("hw", "Concat", &["h1", "w1"], "hw", json!({"axis": 0})),
        node("shape_p", "Shape", &["p"], "sp", json!({})),
        node("nc", "Slice", &["sp", "start0", "end2", "zero_axis"], "nc", json!({})),
    ];
    if scale {
        nodes.push(node("to_float", "Cast", &["hw"], "hwf", json!({"to": 1})));
        nodes.push(node("half", "Div", &["hwf", "two_f"], "hwh", json!({})));
        nodes.push(node("floor", "Floor", &["hwh"], "hwfl", json!({})));
        nodes.push(node("to_int", "Cast", &["hwfl"], "hwc", json!({"to": 7})));
    } else {
        nodes.push(node("to_int", "Cast", &["hw"], "hwc", json!({"to": 7})));
    }
    nodes.push(node("sizes", "Concat", &["nc", "hwc"], "sizes", json!({"axis": 0})));
    nodes.push(node("resize", "Resize", &["p", "", "", "sizes"], "y", json!({"mode": "linear"})));
    Value::Array(nodes)
}

fn interpolate_inits() -> Value {
    json!([
        {"name": "two", "dtype": "i64", "shape": [], "data": [2]},
        {"name": "three", "dtype": "i64", "shape": [], "data": [3]},
        {"name": "two_f", "dtype": "f32", "shape": [], "data": [2.0]},
        ints("zero_axis", &[0]), ints("start0", &[0]), ints("end2", &[2])
    ])
}

#[test]
fn interpolate_to_the_input_size_folds_to_constant_sizes() {
    let g = load(json!(["N", 3, 7, 5]), interpolate_inits(), interpolate_nodes(false)).unwrap();
    assert_eq!(ops(&g), ["MaxPool", "Resize"]);
    assert_eq!(type_of(&g, "p"), "f32[N, 3, 3, 2]");
    assert_eq!(type_of(&g, "y"), "f32[N, 3, 7, 5]");
    let resize = g.node("resize").unwrap();
    assert_eq!(resize.attr("axes").and_then(|a| a.as_ints()), Some(&[1, 2, 3][..]));
    let sizes = g.initializer(&resize.inputs[3]).unwrap();
    assert_eq!(sizes.source, syncbn_ir::InitSource::Data { data: vec![3.0, 7.0, 5.0] });
    let names: Vec<&str> = g.initializers.iter().map(|i| i.name.as_str()).collect();
    assert!(!names.contains(&"two") && !names.contains(&"zero_axis"), "shape constants stay: {names:?}");
}

#[test]
fn float_arithmetic_on_sizes_folds() {
    let g = load(json!([2, 3, 9, 7]), interpolate_inits(), interpolate_nodes(true)).unwrap();
    assert_eq!(ops(&g), ["MaxPool", "Resize"]);
    assert_eq!(type_of(&g, "y"), "f32[2, 3, 4, 3]");
}

#[test]
fn reshape_to_batch_and_minus_one_keeps_the_batch_symbolic() {
    let nodes = json!([
        node("shape", "Shape", &["x"], "s", json!({})),
        node("batch", "Gather", &["s", "zero"], "n", json!({"axis": 0})),
        node("unsq", "Unsqueeze", &["n"], "n1", json!({"axes": [0]})),
        node("target", "Concat", &["n1", "minus_one"], "t", json!({"axis": 0})),
        node("reshape", "Reshape", &["x", "t"], "y", json!({}))
    ]);
    let inits = json!([{"name": "zero", "dtype": "i64", "shape": [], "data": [0]}, ints("minus_one", &[-1])]);
    let g = load(json!(["N", 3, 7, 5]), inits, nodes).unwrap();
    assert_eq!(ops(&g), ["Reshape"]);
    assert_eq!(type_of(&g, "y"), "f32[N, 105]");
    let target = g.initializer(&g.node("reshape").unwrap().inputs[1]).unwrap();
    assert_eq!(target.source, syncbn_ir::InitSource::Data { data: vec![0.0, -1.0] });
}

#[test]
fn channel_shuffle_view_folds() {
    // ShuffleNetV2: x.view(b, 2, c // 2, h, w) with b, c, h, w from x.size().
    let nodes = json!([
        node("shape", "Shape", &["x"], "s", json!({})),
        node("c", "Gather", &["s", "one"], "c", json!({"axis": 0})),
        node("half", "Div", &["c", "two"], "c2", json!({})),
        node("b", "Gather", &["s", "zero"], "b", json!({"axis": 0})),
        node("hw", "Slice", &["s", "start2", "end4"], "hw", json!({})),
        node("ub", "Unsqueeze", &["b", "axis0"], "b1", json!({})),
        node("uc", "Unsqueeze", &["c2", "axis0"], "c1", json!({})),
        node("target", "Concat", &["b1", "groups", "c1", "hw"], "t", json!({"axis": 0})),
        node("reshape", "Reshape", &["x", "t"], "y", json!({}))
    ]);
    let scalar = |n: &str, v: i64| json!({"name": n, "dtype": "i64", "shape": [], "data": [v]});
    let inits = json!([
        scalar("zero", 0),
        scalar("one", 1),
        scalar("two", 2),
        ints("start2", &[2]),
        ints("end4", &[4]),
        ints("axis0", &[0]),
        ints("groups", &[2])
    ]);
    let g = load(json!(["N", 6, 7, 5]), inits, nodes).unwrap();
    assert_eq!(ops(&g), ["Reshape"]);
    assert_eq!(type_of(&g, "y"), "f32[N, 2, 3, 7, 5]");
}

#[test]
fn constant_of_shape_range_expand_where_equal_fold() {
    // ones = ConstantOfShape([2]); r = Range(0, 4, 2) = [0, 2]; e = Expand(r, [2, 2]);
    // w = Where(Equal(e, 2), 3, e) = [[0, 3], [0, 3]]; sum over rows gives the reshape [3, 35].
    let nodes = json!([
        node("cos", "ConstantOfShape", &["len1"], "ones", json!({"value": [1]})),
        node("range", "Range", &["zero", "four", "two"], "r", json!({})),
        node("expand", "Expand", &["r", "two_two"], "e", json!({})),
        node("eq", "Equal", &["e", "two"], "m", json!({})),
        node("where", "Where", &["m", "three", "e"], "w", json!({})),
        node("first", "Gather", &["w", "zero"], "row", json!({"axis": 0})),
        node("mul", "Mul", &["row", "ones"], "row1", json!({})),
        node("add", "Add", &["row1", "inc"], "t", json!({})),
        node("reshape", "Reshape", &["x", "t"], "y", json!({}))
    ]);
    let scalar = |n: &str, v: i64| json!({"name": n, "dtype": "i64", "shape": [], "data": [v]});
    let inits = json!([
        scalar("zero", 0),
        scalar("two", 2),
        scalar("three", 3),
        scalar("four", 4),
        ints("len1", &[2]),
        ints("two_two", &[2, 2]),
        ints("inc", &[3, 32])
    ]);
    let g = load(json!([1, 3, 7, 5]), inits, nodes).unwrap();
    assert_eq!(ops(&g), ["Reshape"]);
    assert_eq!(type_of(&g, "y"), "f32[3, 35]");
}

#[test]
fn a_size_computed_from_the_batch_is_an_error_naming_node_and_dimension() {
    let nodes = json!([
        node("shape", "Shape", &["x"], "s", json!({})),
        node("double", "Mul", &["s", "twos"], "s2", json!({})),
        node("resize", "Resize", &["x", "", "", "s2"], "y", json!({}))
    ]);
    let err = load(json!(["N", 3, 7, 5]), json!([ints("twos", &[2, 1, 1, 1])]), nodes).unwrap_err();
    assert!(err.contains("node \"resize\"") && err.contains("(N Mul 2)"), "{err}");
}

#[test]
fn a_shape_op_on_run_time_values_is_an_error() {
    let nodes = json!([node("cast", "Cast", &["x"], "y", json!({"to": 7}))]);
    let err = load(json!(["N", 3]), json!([]), nodes).unwrap_err();
    assert!(err.contains("node \"cast\"") && err.contains("not known at compile time"), "{err}");
}

#[test]
fn float_parameters_are_never_folded() {
    // Reshape of a weight by a folded shape stays a node: the weight keeps its gradient.
    let nodes = json!([
        node("shape", "Shape", &["w"], "s", json!({})),
        node("reshape", "Reshape", &["w", "s"], "wr", json!({})),
        node("add", "Add", &["x", "wr"], "y", json!({}))
    ]);
    let inits = json!([{"name": "w", "dtype": "f32", "shape": [3], "data": [1.0, 2.0, 3.0]}]);
    let g = load(json!(["N", 3]), inits, nodes).unwrap();
    assert_eq!(ops(&g), ["Reshape", "Add"]);
}

#[test]
fn dropout_operands_become_attributes_and_the_unused_mask_goes() {
    let nodes = json!([{"name": "drop", "op": "Dropout", "inputs": ["x", "ratio", "train"], "outputs": ["y", "mask"]}]);
    let inits = json!([
        {"name": "ratio", "dtype": "f32", "shape": [], "data": [0.25]},
        {"name": "train", "dtype": "bool", "shape": [], "data": [1]}
    ]);
    let g = load(json!(["N", 3]), inits, nodes).unwrap();
    let drop = g.node("drop").unwrap();
    assert_eq!((drop.inputs.len(), drop.outputs.len()), (1, 1));
    let attr = |name: &str| drop.attr(name).and_then(syncbn_ir::Attr::as_f64);
    assert_eq!((attr("ratio"), attr("training_mode")), (Some(0.25), Some(1.0)));
    assert!(g.initializers.is_empty(), "the operands stay: {:?}", g.initializers);
    let computed = json!([
        {"name": "abs", "op": "Sigmoid", "inputs": ["x"], "outputs": ["r"]},
        {"name": "drop", "op": "Dropout", "inputs": ["x", "r"], "outputs": ["y"]}
    ]);
    let err = load(json!(["N", 3]), json!([]), computed).unwrap_err();
    assert!(err.contains("node \"drop\"") && err.contains("computed at run time"), "{err}");
}

#[test]
fn data_ops_read_their_constant_operands_as_attributes() {
    let nodes = json!([
        node("pad", "Pad", &["x", "pads", "fill"], "p", json!({})),
        node("slice", "Slice", &["p", "starts", "ends", "axes"], "s", json!({})),
        node("sum", "ReduceSum", &["s", "axes"], "y", json!({"keepdims": 0}))
    ]);
    let inits = json!([
        ints("pads", &[0, 0, 1, 0, 0, 2]),
        {"name": "fill", "dtype": "f32", "shape": [], "data": [0.5]},
        ints("starts", &[1]),
        ints("ends", &[-1]),
        ints("axes", &[2])
    ]);
    let g = load(json!(["N", 3, 5]), inits, nodes).unwrap();
    assert!(g.nodes.iter().all(|n| n.inputs.len() == 1), "{:?}", g.nodes);
    assert!(g.initializers.is_empty(), "the operands stay: {:?}", g.initializers);
    assert_eq!(g.node("pad").unwrap().attr("value").and_then(syncbn_ir::Attr::as_f64), Some(0.5));
    assert_eq!(type_of(&g, "p"), "f32[N, 3, 8]");
    assert_eq!(type_of(&g, "s"), "f32[N, 3, 6]");
    assert_eq!(type_of(&g, "y"), "f32[N, 3]");
}

#[test]
fn split_becomes_one_slice_per_output() {
    let nodes =
        json!([{"name": "split", "op": "Split", "inputs": ["x"], "outputs": ["a", "y"], "attrs": {"axis": -1}}]);
    let g = load(json!(["N", 3, 7]), json!([]), nodes).unwrap();
    assert_eq!(ops(&g), ["Slice", "Slice"]);
    assert_eq!((type_of(&g, "a"), type_of(&g, "y")), ("f32[N, 3, 4]".to_string(), "f32[N, 3, 3]".to_string()));
    let bad = json!([{"name": "split", "op": "Split", "inputs": ["x", "sizes"], "outputs": ["a", "y"], "attrs": {"axis": 2}}]);
    let err = load(json!(["N", 3, 7]), json!([ints("sizes", &[2, 2])]), bad.clone()).unwrap_err();
    assert!(err.contains("node \"split\"") && err.contains("adding up to the axis size"), "{err}");
    let batch = json!([{"name": "split", "op": "Split", "inputs": ["x"], "outputs": ["a", "y"], "attrs": {"axis": 0}}]);
    let err = load(json!(["N", 3, 7]), json!([]), batch).unwrap_err();
    assert!(err.contains("node \"split\"") && err.contains("run-time size N"), "{err}");
}

#[test]
fn bad_attributes_of_the_data_ops_name_file_node_and_expectation() {
    let cases = [
        (node("t", "Transpose", &["x"], "y", json!({"perm": [0, 2, 2]})), "expected a permutation of 0..3"),
        (node("p", "Pad", &["x"], "y", json!({"pads": [0, 1, 0, 1]})), "expected 6 entries >= 0 for rank 3"),
        (
            node("p", "Pad", &["x"], "y", json!({"pads": [0, 0, 5, 0, 0, 0], "mode": "reflect"})),
            "reaches past the input",
        ),
        (node("p", "Pad", &["x"], "y", json!({"pads": [1, 0, 0, 0, 0, 0]})), "run-time size \"N\""),
        (node("p", "Pad", &["x"], "y", json!({"pads": [0, 0, 0, 0, 0, 0], "mode": "wrap"})), "\"mode\""),
        (node("r", "ReduceMean", &["x"], "y", json!({"axes": [0]})), "replicas split"),
        (node("r", "ReduceSum", &["x"], "y", json!({"axes": [1, -2]})), "appears twice"),
        (node("s", "Slice", &["x"], "y", json!({"starts": [0], "ends": [1], "steps": [0]})), "non-zero step"),
        (node("s", "Slice", &["x"], "y", json!({"starts": [0], "ends": [1]})), "run-time size"),
        (node("s", "Slice", &["x"], "y", json!({"ends": [1]})), "needs attributes \"starts\" and \"ends\""),
    ];
    for (model, expected) in cases {
        let err = load(json!(["N", 3, 5]), json!([]), json!([model])).unwrap_err();
        assert!(err.contains("model.json") && err.contains("node \"") && err.contains(expected), "{err}");
    }
    let computed = json!([
        node("sig", "Sigmoid", &["x"], "s", json!({})),
        {"name": "p", "op": "Pad", "inputs": ["x", "s"], "outputs": ["y"]}
    ]);
    let err = load(json!(["N", 3]), json!([]), computed).unwrap_err();
    assert!(
        err.contains("node \"p\"") && err.contains("input 1 (pads)") && err.contains("computed at run time"),
        "{err}"
    );
}
