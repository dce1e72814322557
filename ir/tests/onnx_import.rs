//! ONNX import on small models built here with prost: every initializer data source, external data
//! confinement, Constant nodes, node naming, training BatchNorm, and the errors for unsupported,
//! malformed and oversized input.

use std::path::{Path, PathBuf};

use prost::Message;
use syncbn_ir::onnx::proto::{
    attribute_type, data_type, AttributeProto, Dimension, DimensionValue, GraphProto, ModelProto, NodeProto,
    OperatorSetIdProto, StringStringEntryProto, TensorProto, TensorShapeProto, TypeProto, TypeProtoTensor,
    ValueInfoProto, DATA_LOCATION_EXTERNAL,
};
use syncbn_ir::onnx::{from_bytes, load_onnx};
use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, IrError, Limits, Location};

/// A graph input of element type f32; `None` is an unknown dimension.
fn input(name: &str, dims: &[Option<i64>]) -> ValueInfoProto {
    let dim = dims.iter().map(|d| Dimension { value: d.map(DimensionValue::DimValue) }).collect();
    let tensor = TypeProtoTensor { elem_type: data_type::FLOAT, shape: Some(TensorShapeProto { dim }) };
    ValueInfoProto { name: name.into(), r#type: Some(TypeProto { tensor_type: Some(tensor) }) }
}

fn output(name: &str) -> ValueInfoProto {
    ValueInfoProto { name: name.into(), r#type: None }
}

fn node(op: &str, name: &str, inputs: &[&str], outputs: &[&str], attribute: Vec<AttributeProto>) -> NodeProto {
    NodeProto {
        input: inputs.iter().map(|s| s.to_string()).collect(),
        output: outputs.iter().map(|s| s.to_string()).collect(),
        name: name.into(),
        op_type: op.into(),
        domain: String::new(),
        attribute,
    }
}

fn attr_int(name: &str, i: i64) -> AttributeProto {
    AttributeProto { name: name.into(), r#type: attribute_type::INT, i, ..Default::default() }
}

fn attr_float(name: &str, f: f32) -> AttributeProto {
    AttributeProto { name: name.into(), r#type: attribute_type::FLOAT, f, ..Default::default() }
}

fn raw_f32(name: &str, dims: &[i64], values: &[f32]) -> TensorProto {
    let raw_data = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    TensorProto { name: name.into(), dims: dims.to_vec(), data_type: data_type::FLOAT, raw_data, ..Default::default() }
}

fn model(opset: i64, graph: GraphProto) -> ModelProto {
    ModelProto {
        ir_version: 8,
        opset_import: vec![OperatorSetIdProto { domain: String::new(), version: opset }],
        producer_name: "test".into(),
        graph: Some(graph),
    }
}

/// `y = Relu(x + b)` over x [N, 3], with extra initializers and nodes as given.
fn relu_graph(initializer: Vec<TensorProto>, extra_nodes: Vec<NodeProto>, outputs: &[&str]) -> GraphProto {
    let mut nodes = vec![node("Add", "add", &["x", "b"], &["s"], vec![]), node("Relu", "relu", &["s"], &["y"], vec![])];
    nodes.extend(extra_nodes);
    GraphProto {
        node: nodes,
        name: "g".into(),
        initializer,
        input: vec![input("x", &[None, Some(3)])],
        output: outputs.iter().map(|o| output(o)).collect(),
        value_info: vec![],
    }
}

fn convert(m: &ModelProto) -> Result<Graph, IrError> {
    from_bytes(&m.encode_to_vec(), Path::new("m.onnx"), Path::new("."), &Limits::default())
}

fn values(g: &Graph, name: &str) -> Vec<f64> {
    match &g.initializer(name).unwrap_or_else(|| panic!("no initializer {name}")).source {
        InitSource::Data { data } => data.clone(),
        other => panic!("{name} is not inline: {other:?}"),
    }
}

/// The error's message, and its location when it has one.
fn describe(e: &IrError) -> (Option<Location>, String) {
    match e {
        IrError::Invalid { location, message, .. } | IrError::Limit { location, message, .. } => {
            (Some(location.clone()), message.clone())
        }
        IrError::Syntax { location, message, .. } => (Some(location.clone()), message.clone()),
        IrError::Io { reason, .. } => (None, reason.clone()),
    }
}

fn expect_err(result: Result<Graph, IrError>) -> IrError {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

fn at_node(name: &str) -> Option<Location> {
    Some(Location::Node { node: name.into(), input: None })
}

#[test]
fn raw_and_typed_initializer_data_convert_exactly() {
    let b = raw_f32("b", &[3], &[0.5, -1.25, 3.0e-8]);
    let f = TensorProto {
        name: "f".into(),
        dims: vec![2],
        data_type: data_type::FLOAT,
        float_data: vec![1.5, -2.0],
        ..Default::default()
    };
    let d = TensorProto {
        name: "d".into(),
        dims: vec![2],
        data_type: data_type::DOUBLE,
        double_data: vec![0.1, 1e300],
        ..Default::default()
    };
    let i = TensorProto {
        name: "i".into(),
        dims: vec![2],
        data_type: data_type::INT64,
        int64_data: vec![-7, 1 << 40],
        ..Default::default()
    };
    let i32s = TensorProto {
        name: "i32".into(),
        dims: vec![1, 2],
        data_type: data_type::INT32,
        int32_data: vec![5, -6],
        ..Default::default()
    };
    let raw_i64 = TensorProto {
        name: "ri".into(),
        dims: vec![2],
        data_type: data_type::INT64,
        raw_data: [3i64, -4].iter().flat_map(|v| v.to_le_bytes()).collect(),
        ..Default::default()
    };
    let g =
        convert(&model(17, relu_graph(vec![b, f, d, i, i32s, raw_i64], vec![], &["y", "f", "d", "i", "i32", "ri"])))
            .unwrap();
    assert_eq!(values(&g, "b"), vec![0.5, -1.25, 3.0e-8f32 as f64]);
    assert_eq!(values(&g, "f"), vec![1.5, -2.0]);
    assert_eq!(values(&g, "d"), vec![0.1, 1e300]);
    assert_eq!(values(&g, "i"), vec![-7.0, (1u64 << 40) as f64]);
    assert_eq!(values(&g, "i32"), vec![5.0, -6.0]);
    assert_eq!(values(&g, "ri"), vec![3.0, -4.0]);
    let dtypes: Vec<DType> = ["b", "d", "i", "i32"].iter().map(|n| g.initializer(n).unwrap().dtype).collect();
    assert_eq!(dtypes, vec![DType::F32, DType::F64, DType::I64, DType::I32]);
    assert_eq!(g.initializer("i32").unwrap().shape, vec![1, 2]);
    assert_eq!(g.inputs[0].shape, vec![Dim::Named("N".into()), Dim::Fixed(3)]);
    assert_eq!(g.name, "g");
}

#[test]
fn data_length_must_match_the_dims() {
    let short = raw_f32("b", &[4], &[1.0, 2.0, 3.0]);
    let (loc, msg) = describe(&expect_err(convert(&model(17, relu_graph(vec![short], vec![], &["y"])))));
    assert_eq!(loc, Some(Location::Tensor { kind: "initializer", name: "b".into() }));
    assert!(msg.contains("raw_data has 12 bytes; expected 16"), "{msg}");
    let typed = TensorProto {
        name: "b".into(),
        dims: vec![3],
        data_type: data_type::FLOAT,
        float_data: vec![1.0],
        ..Default::default()
    };
    let (_, msg) = describe(&expect_err(convert(&model(17, relu_graph(vec![typed], vec![], &["y"])))));
    assert!(msg.contains("float_data has 1 values; expected 3"), "{msg}");
}

#[test]
fn huge_declared_dims_are_refused_before_allocation() {
    let huge = TensorProto {
        name: "b".into(),
        dims: vec![1 << 40, 1 << 40],
        data_type: data_type::FLOAT,
        ..Default::default()
    };
    let e = expect_err(convert(&model(17, relu_graph(vec![huge], vec![], &["y"]))));
    assert!(matches!(e, IrError::Limit { .. }), "{e}");
    assert!(e.to_string().contains("over the limit") || e.to_string().contains("overflows"), "{e}");
    let negative = TensorProto { name: "b".into(), dims: vec![-3], data_type: data_type::FLOAT, ..Default::default() };
    let (_, msg) = describe(&expect_err(convert(&model(17, relu_graph(vec![negative], vec![], &["y"])))));
    assert!(msg.contains("dimension -3 is negative"), "{msg}");
    let mut g = relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], vec![], &["y"]);
    g.input = vec![input("x", &[Some(1 << 40), Some(1 << 40)])];
    let e = expect_err(convert(&model(17, g)));
    assert!(matches!(&e, IrError::Limit { location: Location::Tensor { kind: "input", .. }, .. }), "{e}");
}

#[test]
fn model_file_size_is_checked_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.onnx");
    std::fs::write(&path, model(17, relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], vec![], &["y"])).encode_to_vec())
        .unwrap();
    let limits = Limits { max_onnx_bytes: 16, ..Limits::default() };
    let e = load_onnx(&path, &limits).map(|_| ()).unwrap_err();
    assert!(matches!(&e, IrError::Limit { location: Location::Model, .. }), "{e}");
    assert!(e.to_string().contains(&path.display().to_string()), "{e}");
    assert!(load_onnx(&path, &Limits::default()).is_ok());
}

/// A model in `dir` whose initializer "b" (f32 [3]) lives in an external file.
fn write_external_model(dir: &Path, location: &str, offset: Option<u64>, length: Option<u64>) -> PathBuf {
    let mut entries = vec![("location", location.to_string())];
    entries.extend(offset.map(|o| ("offset", o.to_string())));
    entries.extend(length.map(|l| ("length", l.to_string())));
    let b = TensorProto {
        name: "b".into(),
        dims: vec![3],
        data_type: data_type::FLOAT,
        data_location: DATA_LOCATION_EXTERNAL,
        external_data: entries.into_iter().map(|(k, v)| StringStringEntryProto { key: k.into(), value: v }).collect(),
        ..Default::default()
    };
    let path = dir.join("m.onnx");
    std::fs::write(&path, model(17, relu_graph(vec![b], vec![], &["y"])).encode_to_vec()).unwrap();
    path
}

fn external_bytes(prefix: usize, values: &[f32]) -> Vec<u8> {
    let mut bytes = vec![0xAAu8; prefix];
    bytes.extend(values.iter().flat_map(|v| v.to_le_bytes()));
    bytes.extend([0x55u8; 5]);
    bytes
}

#[test]
fn external_data_inside_the_model_folder_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/w.bin"), external_bytes(8, &[1.0, -2.5, 7.0])).unwrap();
    let path = write_external_model(dir.path(), "data/w.bin", Some(8), Some(12));
    let g = load_onnx(&path, &Limits::default()).unwrap();
    assert_eq!(values(&g, "b"), vec![1.0, -2.5, 7.0]);
    std::fs::write(dir.path().join("whole.bin"), &external_bytes(0, &[4.0, 5.0, 6.0])[..12]).unwrap();
    let path = write_external_model(dir.path(), "whole.bin", None, None);
    assert_eq!(values(&load_onnx(&path, &Limits::default()).unwrap(), "b"), vec![4.0, 5.0, 6.0]);
}

#[test]
fn external_data_outside_the_model_folder_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("model");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(root.path().join("outside.bin"), external_bytes(0, &[1.0, 2.0, 3.0])).unwrap();
    let outside = root.path().join("outside.bin").display().to_string();
    for location in ["../outside.bin", "./../outside.bin", outside.as_str()] {
        let path = write_external_model(&dir, location, Some(0), Some(12));
        let e = load_onnx(&path, &Limits::default()).map(|_| ()).unwrap_err();
        let (loc, msg) = describe(&e);
        assert_eq!(loc, Some(Location::Tensor { kind: "initializer", name: "b".into() }), "{e}");
        assert!(msg.contains("not a relative path inside the model's folder"), "{location}: {msg}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(root.path().join("outside.bin"), dir.join("link.bin")).unwrap();
        let path = write_external_model(&dir, "link.bin", Some(0), Some(12));
        let msg = load_onnx(&path, &Limits::default()).map(|_| ()).unwrap_err().to_string();
        assert!(msg.contains("leads outside the model's folder"), "{msg}");
    }
}

#[test]
fn external_data_beyond_the_file_or_of_the_wrong_length_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("w.bin"), external_bytes(0, &[1.0, 2.0, 3.0])).unwrap();
    let cases = [
        (Some(10), Some(12), "runs past the end"),
        (Some(u64::MAX), Some(12), "runs past the end"),
        (Some(0), Some(8), "length is 8 bytes; expected 12"),
        (None, None, "length is 17 bytes; expected 12"),
    ];
    for (offset, length, expected) in cases {
        let path = write_external_model(dir.path(), "w.bin", offset, length);
        let msg = load_onnx(&path, &Limits::default()).map(|_| ()).unwrap_err().to_string();
        assert!(msg.contains(expected), "{offset:?} {length:?}: {msg}");
    }
    let path = write_external_model(dir.path(), "missing.bin", Some(0), Some(12));
    let msg = load_onnx(&path, &Limits::default()).map(|_| ()).unwrap_err().to_string();
    assert!(msg.contains("missing.bin"), "{msg}");
}

#[test]
fn constant_nodes_become_initializers() {
    let tensor = AttributeProto {
        name: "value".into(),
        r#type: attribute_type::TENSOR,
        t: Some(raw_f32("ignored", &[], &[0.0])),
        ..Default::default()
    };
    let floats =
        AttributeProto { name: "value_float".into(), r#type: attribute_type::FLOAT, f: 6.0, ..Default::default() };
    let extra = vec![
        node("Constant", "c0", &[], &["lo"], vec![tensor]),
        node("Constant", "c1", &[], &["hi"], vec![floats]),
        node("Clip", "clip", &["y", "lo", "hi"], &["z"], vec![]),
    ];
    let g = convert(&model(17, relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], extra, &["z"]))).unwrap();
    assert!(g.nodes.iter().all(|n| n.op != "Constant"));
    assert_eq!(g.nodes.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(), vec!["add", "relu", "clip"]);
    assert_eq!((values(&g, "lo"), values(&g, "hi")), (vec![0.0], vec![6.0]));
    assert_eq!(g.initializer("lo").unwrap().shape, Vec::<u64>::new());
    let graph_attr = AttributeProto { name: "value".into(), r#type: attribute_type::GRAPH, ..Default::default() };
    let extra = vec![node("Constant", "bad", &[], &["k"], vec![graph_attr])];
    let (loc, msg) =
        describe(&expect_err(convert(&model(17, relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], extra, &["y"])))));
    assert_eq!(loc, at_node("bad"));
    assert!(msg.contains("type GRAPH is not supported"), "{msg}");
}

#[test]
fn unnamed_and_duplicate_node_names_become_unique() {
    let mut g = relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], vec![], &["y3"]);
    g.node = vec![
        node("Add", "", &["x", "b"], &["s"], vec![]),
        node("Relu", "", &["s"], &["y1"], vec![]),
        node("Relu", "Relu_1", &["y1"], &["y2"], vec![]),
        node("Relu", "Relu_1", &["y2"], &["y3"], vec![]),
    ];
    let g = convert(&model(17, g)).unwrap();
    let names: Vec<&str> = g.nodes.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, vec!["Add_0", "Relu_1_1", "Relu_1", "Relu_1_2"]);
}

#[test]
fn nodes_come_out_topologically_sorted() {
    let mut g = relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], vec![], &["y"]);
    g.node.reverse();
    let g = convert(&model(17, g)).unwrap();
    assert_eq!(g.nodes.iter().map(|n| n.op.as_str()).collect::<Vec<_>>(), vec!["Add", "Relu"]);
}

#[test]
fn training_batchnorm_keeps_onnx_momentum_and_exposes_running_statistics() {
    let c = 2;
    let inits = ["w", "bias", "mean", "var"].iter().map(|n| raw_f32(n, &[c], &[0.5, 1.0])).collect();
    let attrs = vec![attr_float("epsilon", 1e-5), attr_float("momentum", 0.9), attr_int("training_mode", 1)];
    let bn = node("BatchNormalization", "", &["x", "w", "bias", "mean", "var"], &["y", "m_out", "v_out"], attrs);
    let graph = GraphProto {
        node: vec![bn],
        name: String::new(),
        initializer: inits,
        input: vec![input("x", &[None, Some(c), Some(7), Some(5)])],
        output: vec![output("y")],
        value_info: vec![],
    };
    let g = from_bytes(
        &model(14, graph).encode_to_vec(),
        Path::new("dir/bn_model.onnx"),
        Path::new("dir"),
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(g.name, "bn_model");
    assert_eq!(g.outputs, vec!["y", "mean_out", "var_out"]);
    let n = &g.nodes[0];
    assert_eq!(n.name, "BatchNormalization_0");
    assert_eq!(n.outputs, vec!["y", "mean_out", "var_out"]);
    assert_eq!(n.attr("momentum"), Some(&Attr::Float(0.9)));
    assert_eq!(n.attr("epsilon"), Some(&Attr::Float(1e-5)));
    assert_eq!(n.attr("training_mode"), Some(&Attr::Int(1)));
}

#[test]
fn unsupported_ops_and_attributes_name_the_node() {
    let b = || vec![raw_f32("b", &[3], &[0.0; 3])];
    let leaky = vec![node("LpNormalization", "act", &["y"], &["z"], vec![attr_int("p", 2)])];
    let (loc, msg) = describe(&expect_err(convert(&model(17, relu_graph(b(), leaky, &["z"])))));
    assert_eq!(loc, at_node("act"));
    assert!(msg.contains("op \"LpNormalization\" is not supported") && msg.contains("Conv"), "{msg}");
    let lowered = vec![node("AllReduce", "ar", &["y"], &["z"], vec![])];
    assert_eq!(describe(&expect_err(convert(&model(17, relu_graph(b(), lowered, &["z"]))))).0, at_node("ar"));
    let mut custom = node("Relu", "custom", &["y"], &["z"], vec![]);
    custom.domain = "com.microsoft".into();
    let (loc, msg) = describe(&expect_err(convert(&model(17, relu_graph(b(), vec![custom], &["z"])))));
    assert_eq!(loc, at_node("custom"));
    assert!(msg.contains("com.microsoft"), "{msg}");
    let graph_attr = AttributeProto { name: "body".into(), r#type: attribute_type::GRAPH, ..Default::default() };
    let with_graph = vec![node("Relu", "r2", &["y"], &["z"], vec![graph_attr])];
    let (loc, msg) = describe(&expect_err(convert(&model(17, relu_graph(b(), with_graph, &["z"])))));
    assert_eq!(loc, at_node("r2"));
    assert!(msg.contains("attribute \"body\" has type GRAPH"), "{msg}");
    let unknown_attr = vec![node("Relu", "r3", &["y"], &["z"], vec![attr_int("bogus", 1)])];
    let (loc, msg) = describe(&expect_err(convert(&model(17, relu_graph(b(), unknown_attr, &["z"])))));
    assert_eq!(loc, at_node("r3"));
    assert!(msg.contains("unknown attribute \"bogus\""), "{msg}");
}

#[test]
fn opsets_outside_the_supported_range_or_with_other_meanings_are_refused() {
    let b = || vec![raw_f32("b", &[3], &[0.0; 3])];
    for opset in [8, 23] {
        let (loc, msg) = describe(&expect_err(convert(&model(opset, relu_graph(b(), vec![], &["y"])))));
        assert_eq!(loc, Some(Location::Model));
        assert!(msg.contains(&format!("opset {opset} is not supported")), "{msg}");
    }
    for opset in [9, 13, 20] {
        assert!(convert(&model(opset, relu_graph(b(), vec![], &["y"]))).is_ok(), "opset {opset}");
    }
    let softmax = vec![node("Softmax", "sm", &["y"], &["z"], vec![attr_int("axis", 1)])];
    let (loc, msg) = describe(&expect_err(convert(&model(12, relu_graph(b(), softmax, &["z"])))));
    assert_eq!(loc, at_node("sm"));
    assert!(msg.contains("re-export with opset 13"), "{msg}");
    let mut no_default = model(17, relu_graph(b(), vec![], &["y"]));
    no_default.opset_import[0].domain = "ai.onnx.ml".into();
    assert!(describe(&expect_err(convert(&no_default))).1.contains("no opset of the default ONNX domain"));
}

#[test]
fn unknown_dimensions_are_the_batch_axis_only() {
    let mut g = relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], vec![], &["y"]);
    g.input = vec![input("x", &[Some(2), None])];
    let (loc, msg) = describe(&expect_err(convert(&model(17, g))));
    assert_eq!(loc, Some(Location::Tensor { kind: "input", name: "x".into() }));
    assert!(msg.contains("axis 1 has an unknown size"), "{msg}");
    let mut g = relu_graph(vec![raw_f32("b", &[3], &[0.0; 3])], vec![], &["y"]);
    let named = Dimension { value: Some(DimensionValue::DimParam("batch".into())) };
    let bad_name = Dimension { value: Some(DimensionValue::DimParam("a b".into())) };
    let three = Dimension { value: Some(DimensionValue::DimValue(3)) };
    let shape = |dim| {
        Some(TypeProto {
            tensor_type: Some(TypeProtoTensor { elem_type: data_type::FLOAT, shape: Some(TensorShapeProto { dim }) }),
        })
    };
    g.input[0].r#type = shape(vec![named, three.clone()]);
    assert_eq!(
        convert(&model(17, g.clone())).unwrap().inputs[0].shape,
        vec![Dim::Named("batch".into()), Dim::Fixed(3)]
    );
    g.input[0].r#type = shape(vec![bad_name, three]);
    assert!(describe(&expect_err(convert(&model(17, g)))).1.contains("not an identifier"));
}

#[test]
fn garbage_and_truncated_bytes_are_errors() {
    let good = model(17, relu_graph(vec![raw_f32("b", &[3], &[1.0, 2.0, 3.0])], vec![], &["y"])).encode_to_vec();
    let limits = Limits::default();
    let file = Path::new("bad.onnx");
    for cut in [good.len() - 1, good.len() / 2, 3] {
        let e = from_bytes(&good[..cut], file, Path::new("."), &limits).map(|_| ()).unwrap_err();
        assert!(e.to_string().starts_with("bad.onnx: model: "), "cut {cut}: {e}");
    }
    let garbage = b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01not a model";
    let msg = from_bytes(garbage, file, Path::new("."), &limits).map(|_| ()).unwrap_err().to_string();
    assert!(msg.contains("not an ONNX model"), "{msg}");
    let msg = from_bytes(b"", file, Path::new("."), &limits).map(|_| ()).unwrap_err().to_string();
    assert!(msg.contains("no opset"), "{msg}");
}

#[test]
fn many_tiny_messages_are_refused_before_decoding() {
    let graph = GraphProto { node: vec![NodeProto::default(); 200_000], ..Default::default() };
    let bytes = model(17, graph).encode_to_vec();
    assert!(bytes.len() < 410_000);
    let limits = Limits { max_model_bytes: 500_000, ..Limits::default() };
    let e = from_bytes(&bytes, Path::new("m.onnx"), Path::new("."), &limits).map(|_| ()).unwrap_err();
    assert!(matches!(&e, IrError::Limit { location: Location::Model, .. }), "{e}");
    assert!(e.to_string().contains("decoding would take about"), "{e}");
}

#[test]
fn a_real_model_decodes_within_its_own_size_limit() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/mobilenetv2_mini/train.onnx");
    let len = std::fs::metadata(&path).unwrap().len();
    let limits = Limits { max_model_bytes: len, ..Limits::default() };
    let g = load_onnx(&path, &limits).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(g.nodes.len(), 32);
}

fn i64s(name: &str, values: &[i64]) -> TensorProto {
    let raw_data = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    let dims = vec![values.len() as i64];
    TensorProto { name: name.into(), dims, data_type: data_type::INT64, raw_data, ..Default::default() }
}

/// `y = Pad(x, pads, value, axes)` (opset 18) over x [N, 3, 7, 5]; `axes` absent when `None`.
fn pad_model(pads: &[i64], axes: Option<&[i64]>) -> ModelProto {
    let mut initializer = vec![i64s("pads", pads), raw_f32("value", &[], &[0.5])];
    let mut inputs = vec!["x", "pads", "value"];
    if let Some(axes) = axes {
        initializer.push(i64s("axes", axes));
        inputs.push("axes");
    }
    let mode = AttributeProto {
        name: "mode".into(),
        r#type: attribute_type::STRING,
        s: b"reflect".to_vec(),
        ..Default::default()
    };
    let graph = GraphProto {
        node: vec![node("Pad", "pad", &inputs, &["y"], vec![mode])],
        name: "g".into(),
        initializer,
        input: vec![input("x", &[None, Some(3), Some(7), Some(5)])],
        output: vec![output("y")],
        value_info: vec![],
    };
    model(18, graph)
}

#[test]
fn opset_18_pad_axes_spread_the_pads_over_every_axis() {
    let full = convert(&pad_model(&[0, 0, 2, 1, 0, 0, 3, 4], None)).unwrap();
    for axes in [&[2i64, 3][..], &[-2, -1], &[3, -2]] {
        let pads: &[i64] = if axes[0] == 3 { &[1, 2, 4, 3] } else { &[2, 1, 3, 4] };
        let g = convert(&pad_model(pads, Some(axes))).unwrap_or_else(|e| panic!("axes {axes:?}: {e}"));
        let pad = g.node("pad").unwrap();
        assert_eq!(pad.inputs, ["x"], "axes {axes:?}");
        assert_eq!(pad.attrs, full.node("pad").unwrap().attrs, "axes {axes:?}");
        assert!(g.initializers.is_empty(), "axes {axes:?}: operands stay: {:?}", g.initializers);
        let t = &syncbn_ir::infer_types(&g).unwrap()["y"];
        assert_eq!(t.shape, [Dim::Named("N".into()), Dim::Fixed(3), Dim::Fixed(12), Dim::Fixed(10)]);
    }
}

#[test]
fn bad_pad_axes_name_the_node_and_the_input() {
    let at_axes = Some(Location::Node { node: "pad".into(), input: Some(3) });
    let cases: [(&[i64], &[i64], &str); 4] = [
        (&[1, 1], &[4], "axis 4 is out of range for rank 4; expected -4 to 3"),
        (&[1, 1], &[-5], "axis -5 is out of range"),
        (&[1, 1, 1, 1], &[2, -2], "axis 2 appears twice"),
        (&[1, 1, 1], &[2, 3], "has 3 values; expected 4"),
    ];
    for (pads, axes, expected) in cases {
        let (loc, msg) = describe(&expect_err(convert(&pad_model(pads, Some(axes)))));
        assert_eq!(loc, at_axes, "{axes:?}: {msg}");
        assert!(msg.contains(expected), "{axes:?}: {msg}");
    }
    let mut computed = pad_model(&[1, 1], Some(&[2]));
    let graph = computed.graph.as_mut().unwrap();
    graph.initializer.retain(|t| t.name != "axes");
    graph.input.push(input("axes", &[Some(1)]));
    let (loc, msg) = describe(&expect_err(convert(&computed)));
    assert_eq!(loc, at_axes, "{msg}");
    assert!(msg.contains("input 3 (axes)") && msg.contains("computed at run time"), "{msg}");
}

/// `y = MatMul(x, W^T) + <bias>` over x [N, 2, 4] as the TorchScript exporter writes a Linear of a
/// rank-3 tensor: `W^T` an initializer `onnx::MatMul_7` of shape [4, 3].
fn exported_linear(bias: &str, extra_nodes: Vec<NodeProto>) -> ModelProto {
    let wt: Vec<f32> = (0..12).map(|k| k as f32).collect();
    let mut nodes = vec![
        node("MatMul", "/lin/MatMul", &["x", "onnx::MatMul_7"], &["m"], vec![]),
        node("Add", "/lin/Add", &["m", bias], &["y"], vec![]),
    ];
    let outputs = extra_nodes.iter().flat_map(|n| n.output.iter().map(|o| output(o))).collect::<Vec<_>>();
    nodes.extend(extra_nodes);
    let graph = GraphProto {
        node: nodes,
        name: "g".into(),
        initializer: vec![raw_f32("onnx::MatMul_7", &[4, 3], &wt), raw_f32(bias, &[3], &[0.5, -0.5, 0.25])],
        input: vec![input("x", &[None, Some(2), Some(4)])],
        output: [output("y")].into_iter().chain(outputs).collect(),
        value_info: vec![],
    };
    model(17, graph)
}

#[test]
fn exported_linear_weights_get_their_state_dict_name_and_layout() {
    let g = convert(&exported_linear("lin.bias", vec![])).unwrap();
    assert!(g.initializer("onnx::MatMul_7").is_none());
    let w = g.initializer("lin.weight").expect("lin.weight");
    assert_eq!(w.shape, [3, 4]);
    // W^T[i][j] = 3 i + j, so W[j][i] = 3 i + j.
    let want: Vec<f64> = (0..12).map(|k| (3 * (k % 4) + k / 4) as f64).collect();
    assert_eq!(values(&g, "lin.weight"), want);
    let t = g.nodes.iter().find(|n| n.op == "Transpose").expect("a Transpose of the weight");
    assert_eq!((t.inputs.as_slice(), t.attr("perm")), (&["lin.weight".to_string()][..], Some(&Attr::Ints(vec![1, 0]))));
    assert_eq!(g.node("/lin/MatMul").unwrap().inputs[1], t.outputs[0]);
    let y = &syncbn_ir::infer_types(&g).unwrap()["y"];
    assert_eq!(y.shape, [Dim::Named("N".into()), Dim::Fixed(2), Dim::Fixed(3)]);
    // Not a Linear's weight: a bias without the `.bias` suffix, or the weight read twice.
    let other = convert(&exported_linear("lin_b", vec![])).unwrap();
    assert_eq!(other.initializer("onnx::MatMul_7").map(|w| w.shape.clone()), Some(vec![4, 3]));
    let twice = vec![node("MatMul", "again", &["x", "onnx::MatMul_7"], &["z"], vec![])];
    let shared = convert(&exported_linear("lin.bias", twice)).unwrap();
    assert!(shared.initializer("onnx::MatMul_7").is_some() && shared.initializer("lin.weight").is_none());
}
