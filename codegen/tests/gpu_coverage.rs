//! Every committed model runs on a GPU target: for each fixture (`tests/fixtures/*/{train,eval}.
//! {onnx,json}`) and example (`examples/*.json`), the lowered forward graph and the lowered training
//! graph (differentiated on output 0) compile for `sm_80` with every node covered as
//! [`gpu_execution`] says (kernels, cuBLAS with its helper kernels, or a collective), and the PTX
//! assembles with `ptxas` for sm_80 and sm_90 without spills or stack frames.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use syncbn_codegen::ptxas::{assemble, find_ptxas};
use syncbn_codegen::{compile_graph, gpu_execution, GpuExecution, KernelModule, Target};
use syncbn_ir::{load_model, Graph, Limits};
use syncbn_passes::{differentiate, lower, LowerOptions};

/// Every committed model file.
fn models() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut models = Vec::new();
    let fixtures = std::fs::read_dir(root.join("tests/fixtures")).expect("tests/fixtures");
    for dir in fixtures.map(|e| e.expect("entry").path()).filter(|p| p.is_dir()) {
        for file in ["train.onnx", "eval.onnx", "train.json", "eval.json"] {
            models.push(dir.join(file));
        }
    }
    let examples = std::fs::read_dir(root.join("examples")).expect("examples");
    models.extend(examples.map(|e| e.expect("entry").path()).filter(|p| p.extension().is_some_and(|x| x == "json")));
    models.retain(|p| p.exists());
    models.sort();
    models
}

/// The lowered forward graph and, when `graph` has a batch output (its first is differentiated), the
/// lowered training graph.
fn lowered_pair(graph: &Graph, what: &str) -> Vec<Graph> {
    let opts = LowerOptions::default();
    let forward = lower(graph, &opts).unwrap_or_else(|e| panic!("{what}: lower: {e}")).graph;
    let types = syncbn_ir::infer_types(graph).unwrap_or_else(|e| panic!("{what}: {e}"));
    let batch = |o: &&String| types.get(*o).is_some_and(|t| matches!(t.shape.first(), Some(syncbn_ir::Dim::Named(_))));
    let first: Vec<String> = graph.outputs.iter().filter(batch).take(1).cloned().collect();
    if first.is_empty() {
        return vec![forward];
    }
    let training = differentiate(graph, &first).unwrap_or_else(|e| panic!("{what}: differentiate: {e}"));
    let training = lower(&training, &opts).unwrap_or_else(|e| panic!("{what}: lower training graph: {e}")).graph;
    vec![forward, training]
}

/// Checks that each node of `graph` is covered in `m` as its GPU execution requires; returns the
/// ops seen.
fn check_coverage(graph: &Graph, m: &KernelModule, what: &str) -> BTreeSet<String> {
    for node in &graph.nodes {
        let entries = m.kernels.iter().filter(|k| k.node == node.name).count();
        match gpu_execution(&node.op) {
            GpuExecution::Kernels => assert!(entries > 0, "{what}: node {} ({}) has no GPU kernel", node.name, node.op),
            GpuExecution::Collective => assert_eq!(entries, 0, "{what}: collective {} has kernels", node.name),
            GpuExecution::Blas => {
                let needs_helper =
                    ["Conv", "ConvTranspose", "ConvGradInput", "ConvGradWeight"].contains(&node.op.as_str());
                assert!(!needs_helper || entries > 0, "{what}: {} ({}) lacks its im2col/col2im", node.name, node.op);
            }
        }
    }
    graph.nodes.iter().map(|n| n.op.clone()).collect()
}

#[test]
fn every_fixture_and_example_compiles_for_the_gpu_and_its_ptx_assembles() {
    let ptxas = find_ptxas();
    if ptxas.is_none() {
        assert!(std::env::var_os("CI").is_none(), "ptxas not found under CI: set SYNCBN_PTXAS");
        println!("SKIPPED (PTX assembly only): ptxas not found");
    }
    let models = models();
    assert!(models.len() >= 20, "expected the fixtures and examples, found {}", models.len());
    let mut modules = BTreeSet::new();
    let mut ops = BTreeSet::new();
    for path in models {
        let what = path.display().to_string();
        let graph = load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{what}: {e}"));
        for (lowered, kind) in lowered_pair(&graph, &what).iter().zip(["forward", "training"]) {
            let what = format!("{what} ({kind})");
            let m = compile_graph(lowered, Target::Sm(80)).unwrap_or_else(|e| panic!("{what}: {e}"));
            ops.extend(check_coverage(lowered, &m, &what));
            modules.insert(m.ptx.unwrap_or_else(|| panic!("{what}: no PTX")));
        }
    }
    let exercised = ["Conv", "MaxPoolGrad", "ResizeGrad", "ConcatGrad", "Softmax", "BatchNormEvalGrad", "AllReduce"];
    for op in exercised.into_iter().chain(["HardSwish", "HardSigmoid", "ActivationGrad", "Dropout"]) {
        assert!(ops.contains(op), "the models no longer exercise {op}");
    }
    let Some(ptxas) = ptxas else { return };
    for ptx in &modules {
        for arch in ["sm_80", "sm_90"] {
            for r in assemble(&ptxas, ptx, arch).unwrap_or_else(|e| panic!("{arch}: {e}")) {
                assert_eq!((r.spill_stores, r.spill_loads, r.stack_frame), (0, 0, 0), "{} on {arch}", r.name);
            }
        }
    }
}
