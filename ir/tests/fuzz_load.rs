//! Property test: mutated example models (random byte edits, truncation, JSON values replaced by
//! hostile ones) never make loading, validation or inference panic, and every error is one
//! well-formed line naming the file. Cases: PROPTEST_CASES (256 by default).

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::{json, Value};
use syncbn_ir::{infer_types, json as ir_json, validate::validate, IrError, Limits};

const EXAMPLES: &[&str] = &["bn_only", "bn_rank3", "conv_bn_relu", "resnet_block", "resnet18_torch"];

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

fn example_text(index: usize) -> String {
    std::fs::read_to_string(examples_dir().join(format!("{}.json", EXAMPLES[index]))).unwrap()
}

/// Values that stress types, ranges and sizes.
fn hostile(pick: u64) -> Value {
    let values = [
        json!(null),
        json!(-1),
        json!(0),
        json!(1e300),
        json!(4_000_000_000u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(0.5),
        json!("N"),
        json!(""),
        json!("../../etc/passwd"),
        json!("BatchNormalization"),
        json!([]),
        json!({}),
        json!([[[[1]]]]),
        json!([4_000_000_000u64, 4_000_000_000u64]),
        json!(true),
        json!("x".repeat(300)),
        json!(["y", "y"]),
        json!([-5, 3]),
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

/// Loads `text` as if it were a model file in the examples folder.
fn load(text: &str) -> Result<(), IrError> {
    let path = examples_dir().join("mutated.json");
    let mut graph = ir_json::from_str(text, &path)?;
    graph.base_dir = Some(examples_dir());
    graph.source = Some(path.clone());
    validate(&graph, &Limits::default(), &path)?;
    infer_types(&graph)?;
    for init in &graph.initializers {
        syncbn_ir::data::initializer_values(&graph, init, &Limits::default())?;
    }
    Ok(())
}

fn assert_well_formed(result: Result<(), IrError>) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        let text = e.to_string();
        prop_assert!(text.contains("mutated.json"), "the error does not name the file: {}", text);
        prop_assert!(!text.contains('\n'), "the error spans lines: {:?}", text);
        prop_assert!(text.len() < 4000, "the error is {} bytes long", text.len());
    }
    Ok(())
}

proptest! {
    #[test]
    fn byte_edits_never_panic(index in 0..EXAMPLES.len(), edits in prop::collection::vec((any::<u32>(), any::<u8>()), 1..8)) {
        let mut bytes = example_text(index).into_bytes();
        for (at, byte) in edits {
            let len = bytes.len();
            bytes[at as usize % len] = byte;
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        assert_well_formed(load(&text))?;
    }

    #[test]
    fn truncation_never_panics(index in 0..EXAMPLES.len(), fraction in 0.0f64..1.0) {
        let text = example_text(index);
        let mut cut = (text.trim_end().len() as f64 * fraction) as usize;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prop_assert!(load(&text[..cut]).is_err(), "a truncated model loaded");
        assert_well_formed(load(&text[..cut]))?;
    }

    #[test]
    fn value_replacement_never_panics(index in 0..EXAMPLES.len(), steps in prop::collection::vec(any::<u64>(), 1..7), pick in any::<u64>()) {
        let mut value: Value = serde_json::from_str(&example_text(index)).unwrap();
        replace_value(&mut value, &steps, pick);
        assert_well_formed(load(&value.to_string()))?;
    }
}
