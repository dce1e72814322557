//! Start-up times of the CLI, as processes, medians of one run: a ResNet-152-sized JSON model
//! (155 BatchNorms, about 233 MB of `.npy` weights) compiled end to end with a warm page cache, and the
//! host-kernel JIT of the ResNet block example (`run.jit_ms`) with the kernel cache off (`--no-cache`),
//! cold (an empty cache directory) and warm (the entry the cold run wrote).
//!
//! `cargo bench --bench startup`; the model is written once under the target directory.

#[path = "../passes/tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use ndarray::{ArrayD, IxDyn};
use syncbn::ir::{json, InitSource};

const COMPILER: &str = env!("CARGO_BIN_EXE_syncbn-compile");
const COMPILE_RUNS: usize = 9;
const JIT_RUNS: usize = 3;

fn main() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("startup");
    let model = resnet152_with_files(&root);
    let out = root.join("out");
    let compile: Vec<(f64, serde_json::Value)> = (0..=COMPILE_RUNS)
        .map(|_| timed_run(Command::new(COMPILER).arg(&model).args(["--replicas", "8", "-o"]).arg(&out), &out))
        .skip(1)
        .collect();
    let phase = |key: &str| median(compile.iter().map(|(_, r)| r["phases"][key].as_f64().unwrap_or(f64::NAN)));
    println!(
        "compile resnet152 json (process, warm page cache): {:.1} ms median of {COMPILE_RUNS} \
         (load {:.1}, validate {:.1}, lower {:.1}, write {:.1} ms)",
        median(compile.iter().map(|(wall, _)| *wall)),
        phase("load_ms"),
        phase("validate_ms"),
        phase("lower_ms"),
        phase("write_ms"),
    );
    let block = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/resnet_block.json");
    let jit = |cache: Option<&Path>| -> f64 {
        let mut command = Command::new(COMPILER);
        command.arg(&block).args(["--run", "--replicas", "2", "-o"]).arg(&out);
        match cache {
            Some(dir) => command.env("SYNCBN_CACHE_DIR", dir),
            None => command.arg("--no-cache"),
        };
        timed_run(&mut command, &out).1["run"]["jit_ms"].as_f64().unwrap_or(f64::NAN)
    };
    let off = median((0..JIT_RUNS).map(|_| jit(None)));
    let caches: Vec<PathBuf> = (0..JIT_RUNS).map(|i| root.join(format!("cache{i}"))).collect();
    for dir in &caches {
        let _ = std::fs::remove_dir_all(dir);
    }
    let cold = median(caches.iter().map(|dir| jit(Some(dir))));
    let warm = median(caches.iter().map(|dir| jit(Some(dir))));
    println!(
        "jit resnet_block (run.jit_ms, median of {JIT_RUNS}): no cache {off:.1} ms, cold {cold:.1} ms, warm {warm:.1} ms"
    );
}

/// Runs `command` with `--report` into `out`; its wall time in ms and the report.
fn timed_run(command: &mut Command, out: &Path) -> (f64, serde_json::Value) {
    let report = out.join("report.json");
    let t = Instant::now();
    let status = command.arg("--report").arg(&report).output().expect("runs syncbn-compile");
    let wall = t.elapsed().as_secs_f64() * 1e3;
    assert!(status.status.success(), "syncbn-compile failed: {}", String::from_utf8_lossy(&status.stderr));
    let text = std::fs::read_to_string(&report).expect("reads the report");
    (wall, serde_json::from_str(&text).expect("parses the report"))
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The ResNet-152-shaped training model of the lowering bench, with every initializer in its own
/// `.npy` file under `root/weights` (written once; a later run reuses them).
fn resnet152_with_files(root: &Path) -> PathBuf {
    let model = root.join("resnet152.json");
    if model.exists() {
        return model;
    }
    std::fs::create_dir_all(root.join("weights")).expect("creates the bench folder");
    let mut graph = common::resnet152(true);
    for init in &mut graph.initializers {
        let InitSource::Fill { fill } = init.source else { continue };
        let file = format!("weights/{}.npy", init.name);
        let shape: Vec<usize> = init.shape.iter().map(|&d| d as usize).collect();
        let values = ArrayD::from_elem(IxDyn(&shape), fill as f32);
        ndarray_npy::write_npy(root.join(&file), &values).expect("writes a weight file");
        init.source = InitSource::File { file, key: None };
    }
    let partial = root.join("resnet152.json.partial");
    std::fs::write(&partial, json::to_string(&graph)).expect("writes the model");
    std::fs::rename(&partial, &model).expect("publishes the model");
    model
}
