//! `syncbn-compile` on the examples: exit 0, the summary (snapshot), graph.json that loads back to
//! the lowered graph, graph.dot naming every node, the default output folder, --emit, --help, and
//! exit 1 when the artifacts cannot be written.

use std::path::{Path, PathBuf};
use std::process::Output;

use syncbn::ir::{load_model, Limits};
use syncbn::passes::{lower, LowerOptions};

mod common;

const EXAMPLES: &[&str] =
    &["bn_only", "bn_rank2", "bn_rank3", "bn_rank5", "conv_bn_relu", "resnet_block", "resnet18_torch"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn compile(args: &[&str], out: Option<&Path>) -> Output {
    let mut cmd = common::command();
    cmd.args(args);
    if let Some(out) = out {
        cmd.arg("-o").arg(out);
    }
    cmd.output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn examples_compile_to_graph_and_dot() {
    let mut summaries = String::new();
    for name in EXAMPLES {
        let out = tempfile::tempdir().unwrap();
        let model = format!("examples/{name}.json");
        let output = compile(&[&model], Some(out.path()));
        assert_eq!(output.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stderr.is_empty(), "{name}: wrote to stderr");
        summaries.push_str(&stdout(&output).replace(&out.path().display().to_string(), "[OUT]"));
        summaries.push('\n');

        let original = load_model(&root().join(&model), &Limits::default()).unwrap();
        let mut lowered = lower(&original, &LowerOptions::default()).unwrap().graph;
        let mut written = load_model(&out.path().join("graph.json"), &Limits::default())
            .unwrap_or_else(|e| panic!("{name}: graph.json does not load: {e}"));
        for graph in [&mut written, &mut lowered] {
            graph.base_dir = None;
            graph.source = None;
        }
        assert_eq!(written, lowered, "{name}: graph.json is not the lowered model");

        let dot = std::fs::read_to_string(out.path().join("graph.dot")).unwrap();
        assert!(dot.starts_with("digraph"), "{name}");
        for node in &written.nodes {
            assert!(dot.contains(&format!("\\n{}", node.name)), "{name}: graph.dot lacks node {}", node.name);
        }
    }
    insta::assert_snapshot!("summaries", summaries);
}

#[test]
fn default_output_folder_is_beside_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("my model.json");
    std::fs::copy(root().join("examples/bn_only.json"), &model).unwrap();
    let output = compile(&[model.to_str().unwrap()], None);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(dir.path().join("my model.syncbn/graph.json").is_file());
    assert!(dir.path().join("my model.syncbn/graph.dot").is_file());
}

/// `--emit graph` hard-links the model's weight files (here on one file system) rather than copying
/// them, and a second compile into the same folder replaces its links.
#[test]
fn graph_links_the_weight_files() {
    use std::os::unix::fs::MetadataExt;
    let out = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    for _ in 0..2 {
        let output = compile(&["examples/resnet_block.json", "--emit", "graph"], Some(out.path()));
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let file = |p: PathBuf| std::fs::metadata(p).map(|m| (m.dev(), m.ino())).unwrap();
    for name in ["block.conv1.weight.npy", "block.conv2.weight.npy", "block.downsample.weight.npy"] {
        let linked = file(out.path().join("weights").join(name));
        assert_eq!(linked, file(root().join("examples/weights").join(name)), "{name} is not the model's file");
    }
}

#[test]
fn emit_selects_the_artifacts() {
    let out = tempfile::tempdir().unwrap();
    let output = compile(&["examples/conv_bn_relu.json", "--emit", "dot"], Some(out.path()));
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(out.path().join("graph.dot").is_file());
    assert!(!out.path().join("graph.json").exists());
    assert!(stdout(&output).contains("wrote: graph.dot in"));
}

#[test]
fn help_lists_every_flag() {
    let output = compile(&["--help"], None);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    for flag in [
        "--out",
        "--replicas",
        "--group-size",
        "--target",
        "--emit",
        "--report",
        "--run",
        "--device",
        "--input",
        "--grad-output",
        "--output-dir",
        "--bench",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
}

#[test]
fn unwritable_output_exits_1_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "not a folder").unwrap();
    let output = compile(&["examples/bn_only.json"], Some(&blocker.join("out")));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
}
