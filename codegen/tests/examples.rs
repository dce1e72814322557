//! The example models of the repository, lowered by `syncbn-passes`, compile into kernel modules:
//! every lowered op gets its kernels, and the PTX of each module assembles.

use std::path::{Path, PathBuf};

use syncbn_codegen::ptxas::{assemble, find_ptxas};
use syncbn_codegen::{compile_graph, Target};
use syncbn_ir::{load_model, lowered, Limits};
use syncbn_passes::{lower, LowerOptions};

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut models: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    models.sort();
    assert!(!models.is_empty(), "no example models in {}", dir.display());
    models
}

#[test]
fn every_example_model_compiles_for_cpu_and_sm80() {
    let ptxas = find_ptxas();
    if ptxas.is_none() {
        assert!(std::env::var_os("CI").is_none(), "ptxas not found under CI");
        println!("SKIPPED (PTX assembly only): ptxas not found");
    }
    let mut checked = 0;
    for path in examples() {
        let graph = load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
        let lowered =
            lower(&graph, &LowerOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display())).graph;
        let kernel_ops =
            [lowered::LOCAL_MOMENTS, lowered::BN_FINALIZE, lowered::BN_NORMALIZE, lowered::BN_NORMALIZE_PAIR];
        for target in [Target::Cpu, Target::Sm(80)] {
            let m = compile_graph(&lowered, target).unwrap_or_else(|e| panic!("{} for {target}: {e}", path.display()));
            for node in lowered.nodes.iter().filter(|n| kernel_ops.contains(&n.op.as_str())) {
                assert!(
                    m.kernels.iter().any(|k| k.node == node.name),
                    "{}: no kernel for {}",
                    path.display(),
                    node.name
                );
                checked += 1;
            }
            if let (Some(ptx), Some(ptxas)) = (&m.ptx, &ptxas) {
                assemble(ptxas, ptx, "sm_80").unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
    assert!(checked > 0, "the examples lowered to no SyncBN op");
}
