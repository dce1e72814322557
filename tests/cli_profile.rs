//! `--profile FILE.json`: the Chrome trace of every step (one track per replica, a slice per step,
//! per launch and collective named after its graph node, waits inside collectives) and the report's
//! per-node summary; `--profile` off the in-process CPU path is a usage error.

use std::collections::BTreeSet;

use serde_json::Value;
use syncbn::ir::{load_model, Limits};

mod common;
use common::{command, syncbn};

/// A complete ("X") trace event: its track, name, category, run step, start and end in µs.
struct Event {
    tid: u64,
    name: String,
    cat: String,
    step: u64,
    start: f64,
    end: f64,
}

fn events(trace: &Value) -> Vec<Event> {
    let list = trace["traceEvents"].as_array().expect("traceEvents is a list");
    list.iter()
        .filter(|e| e["ph"] == "X")
        .map(|e| {
            let (ts, dur) = (e["ts"].as_f64().unwrap(), e["dur"].as_f64().unwrap());
            Event {
                tid: e["tid"].as_u64().unwrap(),
                name: e["name"].as_str().unwrap().to_string(),
                cat: e["cat"].as_str().unwrap().to_string(),
                step: e["args"]["step"].as_u64().unwrap(),
                start: ts,
                end: ts + dur,
            }
        })
        .collect()
}

#[test]
fn profile_slices_cover_each_step_and_name_real_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let (trace, report) = (dir.path().join("trace.json"), dir.path().join("report.json"));
    let d = dir.path().to_str().unwrap();
    let args = ["examples/resnet_block.json", "--run", "--replicas", "2", "--bench", "2", "-o", d];
    let output =
        syncbn(&[&args[..], &["--profile", trace.to_str().unwrap(), "--report", report.to_str().unwrap()]].concat());
    assert!(String::from_utf8_lossy(&output.stdout).contains("profile: "), "no profile line");

    let graph = load_model(&dir.path().join("graph.json"), &Limits::default()).unwrap();
    let nodes: BTreeSet<&str> = graph.nodes.iter().map(|n| n.name.as_str()).collect();
    let all = events(&serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap());
    for replica in 0..2 {
        let steps: Vec<&Event> = all.iter().filter(|e| e.tid == replica && e.cat == "step").collect();
        assert_eq!(steps.len(), 3, "replica {replica}: the real step and 2 bench steps");
        let mut per_step = BTreeSet::new();
        for step in steps {
            let inside: Vec<&Event> =
                all.iter().filter(|e| e.tid == replica && e.step == step.step && e.cat != "step").collect();
            let work: Vec<&&Event> = inside.iter().filter(|e| e.cat != "wait").collect();
            for e in &inside {
                assert!(e.start >= step.start - 1e-3 && e.end <= step.end + 1e-3, "{} outside its step", e.name);
            }
            for e in &work {
                assert!(nodes.contains(e.name.as_str()), "slice {:?} names no node of the lowered graph", e.name);
            }
            let busy: f64 = work.iter().map(|e| e.end - e.start).sum();
            assert!(busy > 0.0 && busy <= step.end - step.start + 1e-3, "replica {replica}: {busy} µs in a step");
            assert!(work.iter().any(|e| e.cat == "AllReduce"), "no collective slice");
            for wait in inside.iter().filter(|e| e.cat == "wait") {
                let of = work.iter().find(|e| wait.name == format!("wait {}", e.name)).expect("the wait's collective");
                assert!(wait.start >= of.start && wait.end <= of.end + 1e-3, "{} outside its collective", wait.name);
            }
            per_step.insert(work.len());
        }
        assert_eq!(per_step.len(), 1, "replica {replica}: every step runs the same nodes");
    }

    let json: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let profile = &json["profile"];
    assert_eq!(profile["steps"], 2, "the bench steps are summarized");
    let kinds: Vec<&str> = profile["kinds"].as_array().unwrap().iter().map(|k| k["name"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"Conv") && kinds.contains(&"AllReduce"), "kinds: {kinds:?}");
    let listed = profile["nodes"].as_array().unwrap();
    assert!(listed.iter().all(|n| nodes.contains(n["name"].as_str().unwrap())), "report names unknown nodes");
    let conv = listed.iter().find(|n| n["kind"] == "Conv").unwrap();
    assert!(conv["bytes_read"].as_u64().unwrap() > 0 && conv["gb_per_s"].as_f64().unwrap() > 0.0, "{conv}");
}

/// `--run --grad-output` on CPU threads sums a parameter-gradient bucket once, after the backward
/// (each thread its slice over every replica's gradients, `summed_outputs`): in every step each
/// replica records the bucket (`param_grads.N`, an AllReduce) once, after its last backward kernel
/// and inside its step slice.
#[test]
fn parameter_gradient_buckets_are_summed_once_after_the_backward() {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace.json");
    let base = "tests/fixtures/resnet_mini";
    let (x, dy) = (format!("x={base}/input.npy"), format!("y={base}/grad_output.npy"));
    let d = dir.path().to_str().unwrap();
    let args = [&format!("{base}/train.onnx"), "--run", "--replicas", "2", "--input", &x, "--grad-output", &dy];
    syncbn(&[&args[..], &["--bench", "2", "-o", d, "--profile", trace.to_str().unwrap()]].concat());
    let all = events(&serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap());
    let steps: BTreeSet<u64> = all.iter().map(|e| e.step).collect();
    assert_eq!(steps.len(), 3, "the step and 2 bench steps");
    for (replica, step) in (0..2).flat_map(|r| steps.iter().map(move |&s| (r, s))) {
        let mine: Vec<&Event> = all.iter().filter(|e| e.tid == replica && e.step == step).collect();
        let frame = mine.iter().find(|e| e.cat == "step").expect("the step slice");
        let bucket: Vec<&&Event> =
            mine.iter().filter(|e| e.cat == "AllReduce" && e.name.starts_with("param_grads.")).collect();
        assert_eq!(bucket.len(), 1, "replica {replica}, step {step}: one slice of the bucket");
        let last_grad = mine.iter().filter(|e| e.name.starts_with("grad/")).map(|e| e.end).fold(f64::MIN, f64::max);
        assert!(last_grad > f64::MIN, "replica {replica}, step {step}: no backward kernel");
        let sum = bucket[0];
        assert!(sum.start >= last_grad - 1e-3, "replica {replica}, step {step}: summed before the backward ended");
        assert!(sum.start >= frame.start - 1e-3 && sum.end <= frame.end + 1e-3, "the sum lies in its step");
    }
}

/// Emulated GPUs are profiled from timing marks on their streams: every run step of every replica
/// has a step slice holding one slice per plan step, named after real nodes, with their bytes.
#[test]
fn emulated_gpus_profile_every_plan_step() {
    let dir = tempfile::tempdir().unwrap();
    let (trace, report) = (dir.path().join("trace.json"), dir.path().join("report.json"));
    let d = dir.path().to_str().unwrap();
    let args = ["examples/conv_bn_relu.json", "--run", "--device", "ptx-sim", "--replicas", "2", "--bench", "1"];
    let files = ["--profile", trace.to_str().unwrap(), "--report", report.to_str().unwrap()];
    let output = syncbn(&[&args[..], &["-o", d], &files[..]].concat());
    assert!(String::from_utf8_lossy(&output.stdout).contains("profile: "), "no profile line");
    let graph = load_model(&dir.path().join("graph.json"), &Limits::default()).unwrap();
    let nodes: BTreeSet<&str> = graph.nodes.iter().map(|n| n.name.as_str()).collect();
    let all = events(&serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap());
    let mut per_step = BTreeSet::new();
    for replica in 0..2 {
        let steps: Vec<&Event> = all.iter().filter(|e| e.tid == replica && e.cat == "step").collect();
        assert_eq!(steps.len(), 2, "replica {replica}: the real step and 1 bench step");
        for step in steps {
            let inside: Vec<&Event> =
                all.iter().filter(|e| e.tid == replica && e.step == step.step && e.cat != "step").collect();
            for e in &inside {
                assert!(nodes.contains(e.name.as_str()), "slice {:?} names no node of the lowered graph", e.name);
                assert!(e.start >= step.start - 1e-3 && e.end <= step.end + 1e-3, "{} outside its step", e.name);
            }
            assert!(inside.iter().any(|e| e.cat == "AllReduce"), "no collective slice");
            per_step.insert(inside.len());
        }
    }
    assert_eq!(per_step.len(), 1, "every step of every replica times the same plan steps");
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let kinds = json["profile"]["kinds"].as_array().unwrap();
    let conv = kinds.iter().find(|k| k["name"] == "Conv").expect("a Conv kind");
    assert!(conv["bytes_read"].as_u64().unwrap() > 0 && conv["ms"].as_f64().unwrap() > 0.0, "{conv}");
}

/// `--train --profile`: per replica, a slice per training step holding its plan steps (named after
/// nodes of the lowered training graph, summing to at most the step), then the optimizer's
/// update; the report's summary covers the steps after the first and lists the update. On CPU
/// threads and on emulated GPUs.
#[test]
fn training_profiles_every_step_and_its_update() {
    for device in ["cpu", "ptx-sim"] {
        let dir = tempfile::tempdir().unwrap();
        let (trace, report) = (dir.path().join("trace.json"), dir.path().join("report.json"));
        let d = dir.path().to_str().unwrap();
        let data = "tests/fixtures/train";
        let (x, labels) = (format!("x={data}/x.npy"), format!("{data}/labels.npy"));
        let args = ["tests/fixtures/resnet_mini/train.onnx", "--train", "--input", &x, "--labels", &labels];
        let loop_args = ["--loss", "cross-entropy", "--batch", "6", "--steps", "3", "--lr", "0.1", "--quiet"];
        let files = ["--profile", trace.to_str().unwrap(), "--report", report.to_str().unwrap(), "-o", d];
        let more = ["--replicas", "2", "--momentum", "0.9", "--device", device];
        let output = syncbn(&[&args[..], &loop_args[..], &files[..], &more[..]].concat());
        assert!(String::from_utf8_lossy(&output.stdout).contains("profile: "), "{device}: no profile line");

        let graph = load_model(&dir.path().join("graph.json"), &Limits::default()).unwrap();
        let nodes: BTreeSet<&str> = graph.nodes.iter().map(|n| n.name.as_str()).collect();
        let all = events(&serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap());
        for replica in 0..2 {
            let mine: Vec<&Event> = all.iter().filter(|e| e.tid == replica).collect();
            let steps: Vec<&&Event> = mine.iter().filter(|e| e.cat == "step").collect();
            let updates: Vec<&&Event> = mine.iter().filter(|e| e.cat == "SgdUpdate").collect();
            assert_eq!((steps.len(), updates.len()), (3, 3), "{device} replica {replica}: steps and updates");
            for (step, update) in steps.iter().zip(&updates) {
                assert_eq!((update.name.as_str(), update.step), ("sgd_update", step.step));
                assert!(update.start >= step.end - 1e-3, "{device}: the update follows its step");
                let work: Vec<&&Event> = (mine.iter())
                    .filter(|e| e.step == step.step && !["step", "wait", "SgdUpdate"].contains(&e.cat.as_str()))
                    .collect();
                for e in &work {
                    assert!(nodes.contains(e.name.as_str()), "{device}: slice {:?} names no node", e.name);
                    assert!(e.start >= step.start - 1e-3 && e.end <= step.end + 1e-3, "{} outside its step", e.name);
                }
                let busy: f64 = work.iter().map(|e| e.end - e.start).sum();
                assert!(busy > 0.0 && busy <= step.end - step.start + 1e-3, "{device}: {busy} µs in a step");
                assert!(work.iter().any(|e| e.name.starts_with("grad/")), "{device}: no backward slice");
            }
        }
        let json: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert_eq!(json["profile"]["steps"], 2, "{device}: the steps after the first are summarized");
        let kinds = json["profile"]["kinds"].as_array().unwrap();
        assert!(kinds.iter().any(|k| k["name"] == "SgdUpdate" && k["ms"].as_f64().unwrap() > 0.0), "{device}");
        assert!(kinds.iter().any(|k| k["name"] == "ConvGradWeight"), "{device}: {kinds:?}");
    }
}

#[test]
fn profile_needs_the_replicas_of_this_process() {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace.json");
    let args = ["examples/bn_only.json", "--run", "--comm", "mpi", "--profile", trace.to_str().unwrap()];
    let output = command().args(args).arg("-o").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("--profile") && stderr.contains("--comm local"), "{stderr}");
    assert!(!trace.exists());
}
