//! The ONNX importer on damaged input: truncated files, byte edits and random bytes give a model or
//! an error naming the file, never a panic.

use std::path::Path;

use proptest::prelude::*;
use syncbn_ir::onnx::from_bytes;
use syncbn_ir::Limits;

fn fixture() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/segnet_mini/train.onnx");
    std::fs::read(path).expect("the segnet_mini fixture is committed")
}

/// Imports `bytes`; an error must name the file.
fn import(bytes: &[u8]) -> Result<(), TestCaseError> {
    let limits = Limits { max_model_bytes: 1 << 20, ..Limits::default() };
    match from_bytes(bytes, Path::new("fuzz.onnx"), Path::new("."), &limits) {
        Ok(graph) => prop_assert!(!graph.nodes.is_empty()),
        Err(e) => prop_assert!(e.to_string().starts_with("fuzz.onnx"), "{}", e),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn truncated_models_are_errors(cut in 0usize..38_000) {
        let bytes = fixture();
        let cut = cut.min(bytes.len() - 1);
        import(&bytes[..cut])?;
    }

    #[test]
    fn edited_bytes_never_panic(edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        let mut bytes = fixture();
        for (index, value) in edits {
            let i = index.index(bytes.len());
            bytes[i] = value;
        }
        import(&bytes)?;
    }

    #[test]
    fn random_bytes_are_errors(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        import(&bytes)?;
    }
}
