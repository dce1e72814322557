//! Validation rules, topological sorting, limits, error locations and initializer data.

use std::path::{Path, PathBuf};

use syncbn_ir::{data, json, load_model, validate::validate, InitSource, IrError, Limits, Location};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(format!("{name}.json"))
}

/// Writes `text` as `name` in a fresh folder holding a copy of examples/weights.
fn scratch(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let weights = dir.path().join("weights");
    std::fs::create_dir(&weights).unwrap();
    for entry in std::fs::read_dir(example("x").parent().unwrap().join("weights")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), weights.join(entry.file_name())).unwrap();
    }
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn nodes_in_any_order_are_sorted_topologically() {
    let original = load_model(&example("resnet_block"), &Limits::default()).unwrap();
    let mut shuffled = original.clone();
    shuffled.nodes.reverse();
    shuffled.nodes.swap(1, 4);
    let (_dir, path) = scratch("shuffled.json", &json::to_string(&shuffled));
    let loaded = load_model(&path, &Limits::default()).unwrap();
    let mut seen: std::collections::HashSet<&str> = loaded
        .inputs
        .iter()
        .map(|i| i.name.as_str())
        .chain(loaded.initializers.iter().map(|i| i.name.as_str()))
        .collect();
    for node in &loaded.nodes {
        for input in &node.inputs {
            assert!(seen.contains(input.as_str()), "{} uses {input} before it is produced", node.name);
        }
        seen.extend(node.outputs.iter().map(String::as_str));
    }
    assert_eq!(loaded.nodes.len(), original.nodes.len());
}

#[test]
fn sorted_graphs_keep_their_order() {
    let graph = load_model(&example("resnet18_torch"), &Limits::default()).unwrap();
    let order = graph.topological_order().unwrap();
    assert_eq!(order, (0..graph.nodes.len()).collect::<Vec<_>>());
}

#[test]
fn cycle_error_names_a_node_on_the_cycle() {
    let mut graph = load_model(&example("conv_bn_relu"), &Limits::default()).unwrap();
    graph.nodes[0].inputs[0] = "y".into();
    let e = graph.topological_order().unwrap_err();
    let IrError::Invalid { location: Location::Node { node, .. }, message, .. } = &e else { panic!("{e}") };
    assert!(["conv1", "bn1", "relu1"].contains(&node.as_str()), "{e}");
    assert!(
        message.contains("conv1 -> bn1 -> relu1")
            || message.contains("bn1 -> relu1 -> conv1")
            || message.contains("relu1 -> conv1 -> bn1"),
        "{e}"
    );
}

#[test]
fn parse_errors_carry_line_column_and_json_path() {
    let text =
        std::fs::read_to_string(example("bn_only")).unwrap().replace("\"momentum\": 0.9", "\"momentum\": \"high\"");
    let text = text.replacen("\"dtype\": \"f32\"", "\"dtype\": \"float16\"", 1);
    let e = json::from_str(&text, Path::new("m.json")).unwrap_err();
    let IrError::Syntax { location: Location::Json { path, line, column }, message, .. } = &e else { panic!("{e}") };
    assert_eq!(path, "inputs[0].dtype");
    let expected_line = text.lines().position(|l| l.contains("float16")).unwrap() + 1;
    assert_eq!(*line, expected_line);
    assert!(*column > 10, "{e}");
    assert!(message.contains("unknown variant `float16`"), "{e}");
}

#[test]
fn graph_errors_carry_node_and_input_index() {
    let mut graph = load_model(&example("conv_bn_relu"), &Limits::default()).unwrap();
    graph.nodes[1].inputs[2] = "missing".into();
    let e = validate(&graph, &Limits::default(), Path::new("m.json")).unwrap_err();
    let IrError::Invalid { location: Location::Node { node, input }, file, .. } = &e else { panic!("{e}") };
    assert_eq!((node.as_str(), *input, file.as_path()), ("bn1", Some(2), Path::new("m.json")));
}

#[test]
fn limits_are_configurable_and_checked() {
    let path = example("resnet_block");
    let small = |f: fn(&mut Limits)| {
        let mut limits = Limits::default();
        f(&mut limits);
        match load_model(&path, &limits) {
            Err(e @ IrError::Limit { .. }) => e.to_string(),
            other => panic!("expected a limit error, got {other:?}"),
        }
    };
    assert!(small(|l| l.max_nodes = 8).contains("9 nodes; the limit is 8"));
    assert!(small(|l| l.max_model_bytes = 1000).contains("the limit is 1000"));
    assert!(small(|l| l.max_total_elements = 3000).contains("the limit is 3000"));
    assert!(small(|l| l.max_rank = 3).contains("rank 4 is over the limit of 3"));
    assert!(small(|l| l.max_initializer_file_bytes = 1000).contains("bytes; the limit is 1000"));
    let e = small(|l| l.max_tensor_elements = 2100);
    assert!(e.contains("block.conv2.weight") && e.contains("over the limit of 2100"), "{e}");
}

#[test]
fn inferred_tensors_are_held_to_the_element_limit() {
    let text = r#"{"format": "syncbn-ir", "version": 1, "name": "big", "inputs": [{"name": "x", "dtype": "f32", "shape": [1, 1, 1000, 1000]}],
      "outputs": ["y"], "initializers": [{"name": "s", "dtype": "f32", "shape": [4], "data": [1, 1, 1000, 1000]}],
      "nodes": [{"name": "up", "op": "Resize", "inputs": ["x", "", "s"], "outputs": ["y"]}]}"#;
    let (_dir, path) = scratch("big.json", text);
    let e = load_model(&path, &Limits::default()).unwrap_err();
    assert!(matches!(e, IrError::Limit { .. }) && e.to_string().contains("node \"up\""), "{e}");
}

#[test]
fn initializer_values_from_every_source() {
    let graph = load_model(&example("conv_bn_relu"), &Limits::default()).unwrap();
    let values =
        |name: &str| data::initializer_values(&graph, graph.initializer(name).unwrap(), &Limits::default()).unwrap();
    assert_eq!(values("bn1.weight"), vec![1.0; 8]);
    assert_eq!(values("bn1.running_var"), vec![1.0; 8]);
    let conv = values("conv1.weight");
    assert_eq!(conv.len(), 216);
    assert!(conv.iter().any(|&v| v != 0.0) && conv.iter().all(|v| v.abs() < 5.0));

    let torch = load_model(&example("resnet18_torch"), &Limits::default()).unwrap();
    let fc = torch.initializer("fc.weight").unwrap();
    assert!(matches!(&fc.source, InitSource::File { key: Some(k), .. } if k == "fc.weight"));
    assert_eq!(data::initializer_values(&torch, fc, &Limits::default()).unwrap().len(), 640);
}

#[test]
fn initializer_values_check_limits_before_filling() {
    let mut graph = load_model(&example("bn_only"), &Limits::default()).unwrap();
    graph.initializers[2].shape = vec![1 << 40];
    let e = data::initializer_values(&graph, &graph.initializers[2], &Limits::default()).unwrap_err();
    assert!(matches!(e, IrError::Limit { .. }), "{e}");
}

#[test]
fn file_initializers_need_a_model_folder_and_stay_inside_it() {
    let mut graph = load_model(&example("conv_bn_relu"), &Limits::default()).unwrap();
    graph.base_dir = None;
    let init = graph.initializer("conv1.weight").unwrap().clone();
    let e = data::initializer_values(&graph, &init, &Limits::default()).unwrap_err();
    assert!(e.to_string().contains("no model folder"), "{e}");
    for bad in ["../conv_bn_relu.json", "/etc/hostname", "weights/../../x.npy", "", "weights\\conv1.weight.npy"] {
        let mut init = init.clone();
        init.source = InitSource::File { file: bad.into(), key: None };
        let e = data::check_file_syntax(&graph, &init).unwrap_err();
        assert!(e.to_string().contains("not a relative path inside"), "{bad}: {e}");
    }
}

#[test]
fn validate_accepts_every_example() {
    for name in ["bn_only", "bn_rank2", "bn_rank3", "bn_rank5", "conv_bn_relu", "resnet_block", "resnet18_torch"] {
        let graph = load_model(&example(name), &Limits::default()).unwrap();
        validate(&graph, &Limits::default(), &example(name)).unwrap();
    }
}
