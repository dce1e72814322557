//! The compiler API of the facade: loading from files and memory agrees, lowering options reach the
//! lowering, every artifact is written, runs match the command line's, and bad input is an `Err`
//! that names the place and what was expected.

use std::collections::BTreeMap;
use std::path::PathBuf;

use ndarray::{Array, IxDyn};
use syncbn::codegen::Target;
use syncbn::ir::ops::lowered::GROUP_SIZE;
use syncbn::{Artifact, Lowering, Model};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn file_string_and_bytes_load_the_same_graph() {
    let onnx = root().join("tests/fixtures/resnet_block/train.onnx");
    let from_file = Model::load(&onnx).unwrap();
    let from_bytes = Model::from_onnx(&std::fs::read(&onnx).unwrap()).unwrap();
    assert_eq!(from_file.graph().nodes, from_bytes.graph().nodes);
    assert_eq!(from_file.graph().initializers, from_bytes.graph().initializers);
    let json = root().join("examples/bn_only.json");
    let from_text = Model::from_json(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(Model::load(&json).unwrap().graph().nodes, from_text.graph().nodes);
}

#[test]
fn lowering_options_reach_the_lowering() {
    let model = Model::load(root().join("examples/resnet_block.json")).unwrap();
    let fused = model.lower(&Lowering::new().replicas(4).group_size(2)).unwrap();
    let unfused = model.lower(&Lowering::new().replicas(4).fuse(false)).unwrap();
    assert!(!fused.report().fusions.is_empty());
    assert!(unfused.report().fusions.is_empty(), "{:?}", unfused.report().fusions);
    assert_eq!(fused.report().group_size, 2);
    for collective in fused.collectives() {
        assert_eq!(GROUP_SIZE.read(&collective.attrs), 2, "{}", collective.name);
    }
    assert_eq!(fused.collectives().len(), fused.report().collectives_per_step);
    assert_eq!(fused.plan().unwrap().collectives(), fused.collectives().len());
    let training = model.with_gradients(&["y"]).unwrap().lower(&Lowering::new().replicas(2)).unwrap();
    assert!(training.report().backward_collectives > 0);
}

#[test]
fn every_artifact_is_written_and_loads_again() {
    let dir = tempfile::tempdir().unwrap();
    let compiled = Model::load(root().join("examples/conv_bn_relu.json")).unwrap().lower(&Lowering::new()).unwrap();
    let all = [Artifact::Graph, Artifact::Dot, Artifact::Svg, Artifact::Llvm, Artifact::Ptx, Artifact::Plan];
    let written = compiled.write(dir.path(), &all, Target::Cpu).unwrap();
    let names: Vec<String> = written.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    let expected: Vec<&str> = all.iter().flat_map(|a| a.file_names().iter().copied()).collect();
    assert_eq!(names, expected);
    for path in &written {
        assert!(std::fs::metadata(path).unwrap().len() > 0, "{} is empty", path.display());
    }
    let reloaded = Model::load(dir.path().join("graph.json")).unwrap();
    assert_eq!(reloaded.graph().nodes, compiled.graph().nodes);
    assert!(std::fs::read_to_string(dir.path().join("kernels.ptx")).unwrap().contains(".target sm_80"));
}

#[test]
fn a_run_through_the_api_equals_the_command_line_run() {
    let model = root().join("examples/conv_bn_relu.json");
    let x = Array::from_shape_fn(IxDyn(&[5, 3, 32, 32]), |i| ((i[0] * 31 + i[1] * 7 + i[2] * i[3]) % 13) as f32);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("x.npy");
    ndarray_npy::write_npy(&input, &x).unwrap();
    let compiled = Model::load(&model).unwrap().lower(&Lowering::new().replicas(3)).unwrap();
    let result = compiled.run(BTreeMap::from([("x".to_string(), x)])).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_syncbn-compile"))
        .arg(&model)
        .args(["--replicas", "3", "--run", "--emit", "graph", "-o"])
        .arg(dir.path())
        .arg("--input")
        .arg(format!("x={}", input.display()))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let cli: ndarray::ArrayD<f32> = ndarray_npy::read_npy(dir.path().join("y.npy")).unwrap();
    assert_eq!(result.output("y").unwrap(), &cli, "bit-identical to the CLI");
}

#[test]
fn bad_input_is_an_error_naming_the_place() {
    let err = Model::from_json("{\"format\": \"syncbn-ir\", \"version\": 1,\n \"nodes\": 3}").unwrap_err().to_string();
    assert!(err.contains("<json string>") && err.contains("nodes"), "{err}");
    let err = Model::from_onnx(b"not a protobuf").unwrap_err().to_string();
    assert!(err.contains("<onnx bytes>"), "{err}");
    let err = Model::load(root().join("examples/no_such_model.json")).unwrap_err().to_string();
    assert!(err.contains("no_such_model.json"), "{err}");
    let model = Model::load(root().join("examples/bn_only.json")).unwrap();
    let err = model.lower(&Lowering::new().replicas(4).group_size(3)).unwrap_err().to_string();
    assert!(err.contains("3 does not divide the replica count 4"), "{err}");
    let err = model.with_gradients(&["nope"]).unwrap_err().to_string();
    assert!(err.contains("nope"), "{err}");
}
