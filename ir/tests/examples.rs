//! Every example model loads, validates, infers, reads its initializers and round-trips.

use std::path::{Path, PathBuf};

use syncbn_ir::{data, infer_types, json, load_model, shape::display_shape, Limits};

const EXAMPLES: &[&str] =
    &["bn_only", "bn_rank2", "bn_rank3", "bn_rank5", "conv_bn_relu", "resnet_block", "resnet18_torch"];

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples").join(format!("{name}.json"))
}

/// The inferred type of every tensor, one per line, in name order.
fn inferred(name: &str) -> String {
    let graph = load_model(&example(name), &Limits::default()).expect("example loads");
    let types = infer_types(&graph).expect("example infers");
    types.iter().map(|(n, t)| format!("{n}: {} {}\n", t.dtype, display_shape(&t.shape))).collect()
}

#[test]
fn examples_infer() {
    for name in EXAMPLES {
        insta::assert_snapshot!(format!("infer_{name}"), inferred(name));
    }
}

#[test]
fn examples_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        let limits = Limits::default();
        let original = load_model(&example(name), &limits).expect("example loads");
        let saved = dir.path().join(format!("{name}.json"));
        std::fs::write(&saved, json::to_string(&original)).unwrap();
        let mut again = json::load_file(&saved, limits.max_model_bytes).expect("saved model parses");
        again.base_dir = original.base_dir.clone();
        again.source = original.source.clone();
        assert_eq!(original, again, "{name} changed in a save/load round trip");
    }
}

#[test]
fn example_initializers_read_with_declared_sizes() {
    for name in EXAMPLES {
        let graph = load_model(&example(name), &Limits::default()).unwrap();
        for init in &graph.initializers {
            let values = data::initializer_values(&graph, init, &Limits::default()).unwrap();
            let count: u64 = init.shape.iter().product();
            assert_eq!(values.len() as u64, count, "{name}: {}", init.name);
            assert!(values.iter().all(|v| v.is_finite()), "{name}: {}", init.name);
        }
    }
}
