//! Malformed input, fuzzed: mutated generated JSON models, mutated committed `.onnx` fixtures,
//! mutated `.npy` files (initializer data and run inputs) and mutated `.safetensors` files. Every
//! input ends in a model (which then lowers, and runs when small) or a clean error: one line naming
//! the file, never a panic, an abort, a hang, an oversized allocation or an "internal error".
//!
//! Cases per target: `SYNCBN_FUZZ_CASES` (default 48, what CI runs); a long run:
//! `SYNCBN_FUZZ_CASES=100000 cargo test --release -p syncbn --test fuzz_inputs`.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde_json::{json, Value};
use syncbn_ir::{validate::validate, Graph, Limits};
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::{run, RunOptions};
use syncbn_testgen::{build, cases};

fn config() -> Config {
    let cases = std::env::var("SYNCBN_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(48);
    let seed = std::env::var("SYNCBN_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(15);
    Config { cases, rng_seed: RngSeed::Fixed(seed), failure_persistence: None, ..Config::default() }
}

/// Limits small enough that a hostile size is refused quickly, large enough for every fixture.
fn limits() -> Limits {
    Limits { max_model_bytes: 1 << 20, max_initializer_file_bytes: 1 << 20, ..Limits::default() }
}

/// A clean error: names `file`, one line, bounded, not an internal error.
fn clean(message: &str, file: &str) -> Result<(), TestCaseError> {
    prop_assert!(message.contains(file), "the error does not name {}: {}", file, message);
    prop_assert!(!message.contains('\n'), "the error spans lines: {:?}", message);
    prop_assert!(message.len() < 4000, "the error is {} bytes long", message.len());
    prop_assert!(!message.to_lowercase().contains("internal error"), "{}", message);
    Ok(())
}

/// Values that stress types, ranges and sizes.
fn hostile(pick: u64) -> Value {
    let values = [
        json!(null),
        json!(-1),
        json!(0),
        json!(1),
        json!(2),
        json!(3),
        json!(1e300),
        json!(-0.0),
        json!(4_000_000_000u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(0.5),
        json!("N"),
        json!(""),
        json!("t1"),
        json!("x0"),
        json!([]),
        json!({}),
        json!([0, -1]),
        json!([1, 1, 1, 1]),
        json!([-5, 3]),
        json!([100000, 100000]),
        json!("same_upper"),
        json!("SAME_UPPER"),
        json!("VALID"),
    ];
    values[(pick % values.len() as u64) as usize].clone()
}

/// Replaces the value at a random path (chosen by `steps`) with a hostile value.
fn replace_value(value: &mut Value, steps: &[u64], pick: u64) {
    let container =
        matches!(value, Value::Object(m) if !m.is_empty()) || matches!(value, Value::Array(a) if !a.is_empty());
    let Some((&step, rest)) = steps.split_first().filter(|_| container) else {
        *value = hostile(pick);
        return;
    };
    match value {
        Value::Object(map) => {
            let n = map.len() as u64;
            if let Some(child) = map.values_mut().nth((step % n) as usize) {
                replace_value(child, rest, pick);
            }
        }
        Value::Array(items) => {
            let n = items.len() as u64;
            replace_value(&mut items[(step % n) as usize], rest, pick);
        }
        _ => {}
    }
}

/// Lowers a loaded model (errors must be clean) and, when its inputs are small, runs it on two
/// replicas (errors must be clean too).
fn lower_and_run(graph: &Graph, file: &str) -> Result<(), TestCaseError> {
    let lowered = match lower(graph, &LowerOptions { replicas: 2, ..Default::default() }) {
        Ok(l) => l.graph,
        Err(e) => return clean(&format!("{file}: {e}"), file),
    };
    let small = graph.inputs.iter().all(|i| i.shape.iter().filter_map(|d| d.fixed()).product::<u64>() <= 4096);
    if small && graph.inputs.len() <= 4 {
        let opts = RunOptions { replicas: 2, random_batch: Some(4), ..Default::default() };
        if let Err(e) = run(&lowered, &opts) {
            clean(&format!("{file}: {e}"), file)?;
        }
    }
    Ok(())
}

/// Loads JSON model text the way the CLI does; a model that loads is lowered and run.
fn json_pipeline(text: &str) -> Result<(), TestCaseError> {
    let path = Path::new("mutated.json");
    let graph = syncbn_ir::json::from_str(text, path).and_then(|g| validate(&g, &limits(), path).map(|_| g));
    match graph {
        Ok(graph) => {
            if syncbn_ir::infer_types(&graph).is_ok() {
                lower_and_run(&graph, "mutated.json")?;
            }
            Ok(())
        }
        Err(e) => clean(&e.to_string(), "mutated.json"),
    }
}

fn onnx_fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .flat_map(|e| ["train.onnx", "eval.onnx"].map(|f| e.as_ref().expect("entry").path().join(f)))
        .filter(|p| p.exists())
        .collect();
    paths.sort();
    paths
}

/// Imports `.onnx` bytes; a model that imports is lowered.
fn onnx_pipeline(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = std::env::temp_dir();
    match syncbn_ir::onnx::from_bytes(bytes, Path::new("fuzz.onnx"), &dir, &limits()) {
        Ok(graph) => match lower(&graph, &LowerOptions { replicas: 2, ..Default::default() }) {
            Ok(_) => Ok(()),
            Err(e) => clean(&format!("fuzz.onnx: {e}"), "fuzz.onnx"),
        },
        Err(e) => clean(&e.to_string(), "fuzz.onnx"),
    }
}

/// A valid `.npy` file of f32 `[3, 4]`.
fn npy_seed() -> Vec<u8> {
    let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }";
    let mut text = header.to_string();
    while (10 + text.len() + 1) % 64 != 0 {
        text.push(' ');
    }
    text.push('\n');
    let mut bytes = b"\x93NUMPY\x01\x00".to_vec();
    bytes.extend((text.len() as u16).to_le_bytes());
    bytes.extend(text.as_bytes());
    bytes.extend((0..12).flat_map(|i| (i as f32 * 0.5).to_le_bytes()));
    bytes
}

/// A valid `.safetensors` file holding f32 `[3, 4]` under key `w`.
fn safetensors_seed() -> Vec<u8> {
    let header = r#"{"w":{"dtype":"F32","shape":[3,4],"data_offsets":[0,48]},"__metadata__":{"format":"pt"}}"#;
    let mut bytes = (header.len() as u64).to_le_bytes().to_vec();
    bytes.extend(header.as_bytes());
    bytes.extend((0..12).flat_map(|i| (i as f32 * 0.5).to_le_bytes()));
    bytes
}

/// Header fragments that replace a piece of a data file's header.
const HEADER_EDITS: &[&str] = &[
    "(3, 4)",
    "(4294967296, 4294967296)",
    "(18446744073709551615,)",
    "()",
    "(0,)",
    "(3, -4)",
    "'<f8'",
    "'>f4'",
    "'|b1'",
    "'<i8'",
    "'<U3'",
    "True",
    "[0,18446744073709551615]",
    "[48,0]",
    "[3,4,5]",
    "\"F64\"",
    "\"BOOL\"",
    "\"I64\"",
    "[1000000,1000000]",
    "",
];

/// Applies byte edits, a header splice (fragment replaces `cut` bytes at `at`) and a truncation.
fn mutate(mut bytes: Vec<u8>, edits: &[(usize, u8)], splice: Option<(usize, usize, usize)>, keep: f64) -> Vec<u8> {
    if let Some((at, cut, which)) = splice {
        let at = at % bytes.len();
        let end = (at + cut % 24).min(bytes.len());
        let fragment = HEADER_EDITS[which % HEADER_EDITS.len()].as_bytes();
        bytes.splice(at..end, fragment.iter().copied());
    }
    for &(at, byte) in edits {
        let len = bytes.len();
        if len > 0 {
            bytes[at % len] = byte;
        }
    }
    let keep = ((bytes.len() as f64) * keep).ceil() as usize;
    bytes.truncate(keep);
    bytes
}

/// A model folder holding `bytes` as `w.<ext>`, read as an initializer of `dtype` `[3, 4]`.
fn read_initializer(bytes: &[u8], ext: &str, dtype: &str) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = format!("w.{ext}");
    std::fs::write(dir.path().join(&file), bytes).expect("write");
    let mut init = json!({"name": "w", "dtype": dtype, "shape": [3, 4], "file": file});
    if ext == "safetensors" {
        init["key"] = json!("w");
    }
    let model = json!({
        "format": "syncbn-ir", "version": 1, "name": "m",
        "inputs": [{"name": "x", "dtype": "f32", "shape": ["N", 4]}], "outputs": ["y"],
        "initializers": [init],
        "nodes": [{"name": "copy", "op": "Identity", "inputs": ["x"], "outputs": ["y"]}],
    });
    let path = dir.path().join("model.json");
    std::fs::write(&path, model.to_string()).expect("write");
    let graph = syncbn_ir::load_model(&path, &limits()).expect("the wrapper model loads");
    if let Err(e) = syncbn_ir::data::initializer_values(&graph, &graph.initializers[0], &limits()) {
        clean(&e.to_string(), "model.json")?;
    }
    Ok(())
}

/// Reads `bytes` as a run input `.npy` file.
fn read_run_input(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("input.npy");
    std::fs::write(&path, bytes).expect("write");
    if let Err(e) = syncbn_runtime::npy::read_f32(&path, 1 << 20) {
        clean(&e.to_string(), "input.npy")?;
    }
    Ok(())
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8)>> {
    prop::collection::vec((any::<usize>(), any::<u8>()), 0..6)
}

fn splice() -> impl Strategy<Value = Option<(usize, usize, usize)>> {
    prop::option::of((any::<usize>(), any::<usize>(), any::<usize>()))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_generated_json_models(case in cases(), steps in prop::collection::vec(any::<u64>(), 1..7), pick in any::<u64>(), twice in any::<bool>()) {
        let mut value = build(&case).json;
        replace_value(&mut value, &steps, pick);
        if twice {
            replace_value(&mut value, &steps[1..], pick / 7);
        }
        json_pipeline(&value.to_string())?;
    }

    #[test]
    fn byte_edited_generated_json_models(case in cases(), edits in edits()) {
        let text = build(&case).text().into_bytes();
        json_pipeline(&String::from_utf8_lossy(&mutate(text, &edits, None, 1.0)))?;
    }

    #[test]
    fn mutated_onnx_fixtures(which in any::<prop::sample::Index>(), edits in edits(), keep in 0.0f64..1.0, cut in any::<bool>()) {
        let fixtures = onnx_fixtures();
        let bytes = std::fs::read(which.get(&fixtures)).expect("fixture");
        onnx_pipeline(&mutate(bytes, &edits, None, if cut { keep } else { 1.0 }))?;
    }

    #[test]
    fn random_onnx_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        onnx_pipeline(&bytes)?;
    }

    #[test]
    fn mutated_npy_initializers(edits in edits(), splice in splice(), keep in 0.5f64..1.0, dtype in prop::sample::select(vec!["f32", "f64", "i64", "bool"])) {
        read_initializer(&mutate(npy_seed(), &edits, splice, keep), "npy", dtype)?;
    }

    #[test]
    fn mutated_npy_run_inputs(edits in edits(), splice in splice(), keep in 0.5f64..1.0) {
        read_run_input(&mutate(npy_seed(), &edits, splice, keep))?;
    }

    #[test]
    fn mutated_safetensors_initializers(edits in edits(), splice in splice(), keep in 0.5f64..1.0, dtype in prop::sample::select(vec!["f32", "f64", "i64", "bool"])) {
        read_initializer(&mutate(safetensors_seed(), &edits, splice, keep), "safetensors", dtype)?;
    }
}

/// Every committed minimized fuzz finding (`tests/regressions/fuzz/`) goes through its pipeline:
/// `.npy` as an initializer and a run input, `.safetensors` as an initializer, `.onnx` and `.json`
/// as models.
#[test]
fn fuzz_regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/fuzz");
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("tests/regressions/fuzz").map(|e| e.expect("entry").path()).collect();
    paths.sort();
    for path in &paths {
        let bytes = std::fs::read(path).expect("read");
        let result = match path.extension().and_then(|e| e.to_str()) {
            Some("npy") => read_initializer(&bytes, "npy", "f32").and_then(|_| read_run_input(&bytes)),
            Some("safetensors") => read_initializer(&bytes, "safetensors", "f32"),
            Some("onnx") => onnx_pipeline(&bytes),
            Some("json") => json_pipeline(&String::from_utf8_lossy(&bytes)),
            _ => continue,
        };
        result.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    assert!(!paths.is_empty(), "no fuzz regressions in {}", dir.display());
}
