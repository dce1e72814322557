//! The example BatchNorm and Conv models, lowered by `syncbn_passes::lower` and run on CPU replicas, equal
//! the original graph run by the passes' float64 reference over each sync group's global batch.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::*;
use syncbn_ir::{Dim, Limits};
use syncbn_passes::{lower, LowerOptions};
use syncbn_reference as reference;
use syncbn_runtime::{run, RunOptions};

fn example(name: &str) -> syncbn_ir::Graph {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples").join(name);
    syncbn_ir::load_model(&path, &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn check(model: &str, batch: usize, replicas: usize, group: usize, mean: f32) {
    check_within(model, batch, replicas, group, mean, 1e-5);
}

fn check_within(model: &str, batch: usize, replicas: usize, group: usize, mean: f32, tol: f64) {
    let original = example(model);
    let lowered = lower(&original, &LowerOptions { replicas, group_size: group, ..Default::default() }).unwrap().graph;
    let info = &original.inputs[0];
    let spatial: Vec<u64> = info.shape[2..].iter().filter_map(Dim::fixed).collect();
    let c = info.shape[1].fixed().unwrap() as usize;
    let x = random_input(batch, c, &spatial, mean, 1.5, batch as u64);
    let opts = RunOptions { replicas, group_size: Some(group), inputs: inputs_x(x.clone()), ..Default::default() };
    let got = run(&lowered, &opts).unwrap_or_else(|e| panic!("{model} R={replicas} G={group}: {e}"));
    let inputs = BTreeMap::from([(info.name.clone(), x.mapv(f64::from))]);
    let want = reference::run_global(&original, &inputs, replicas, group).unwrap();
    for name in &original.outputs {
        let (g, w) = (got.output(name).unwrap(), &want[name]);
        assert_eq!(g.shape(), w.shape(), "{model} {name}");
        let what = format!("{model} R={replicas} G={group} N={batch} mean={mean}: {name}");
        assert_close(g.as_slice().unwrap(), w.as_slice().unwrap(), tol, &what);
    }
}

#[test]
fn example_models_on_1_2_3_4_8_replicas() {
    for model in ["bn_rank2.json", "bn_rank3.json", "bn_only.json", "bn_rank5.json"] {
        for r in [1, 2, 3, 4, 8] {
            check(model, 2 * r + 1, r, r, 0.5);
        }
        check(model, 3, 8, 8, 0.5);
        check(model, 7, 4, 2, -2.0);
        check(model, 9, 4, 4, 1e4);
    }
}

/// Conv + SyncBN models (a ResNet basic block with downsample, conv-bn-relu): outputs and running
/// statistics within 1e-4 of the float64 reference, on uneven and empty shards and sync groups.
#[test]
fn conv_models_on_1_2_3_4_replicas() {
    for model in ["conv_bn_relu.json", "resnet_block.json"] {
        check_within(model, 3, 1, 1, 0.5, 1e-4);
        check_within(model, 3, 2, 2, -1.0, 1e-4);
        check_within(model, 2, 3, 3, 0.5, 1e-4);
        check_within(model, 5, 4, 2, 2.0, 1e-4);
        check_within(model, 3, 4, 4, 0.5, 1e-4);
    }
}

/// A statistics-only model ("precise BN" recalibration: the outputs are running statistics only, the
/// last BatchNorm's Y is unused) still synchronizes and updates every layer's running statistics,
/// and lowers without the unused normalize.
#[test]
fn statistics_only_model_on_1_2_3_4_replicas() {
    let original = example("bn_stats_only.json");
    let lowered = lower(&original, &LowerOptions { replicas: 4, group_size: 2, ..Default::default() }).unwrap().graph;
    let count = |op: &str| lowered.nodes.iter().filter(|n| n.op == op).count();
    assert_eq!((count("AllReduce"), count("BnFinalize"), count("BnNormalize")), (2, 2, 1));
    for (r, g) in [(1, 1), (2, 2), (3, 3), (4, 4), (4, 2)] {
        check("bn_stats_only.json", 2 * r + 1, r, g, 0.5);
    }
    check("bn_stats_only.json", 3, 4, 4, -2.0);
    check("bn_stats_only.json", 9, 4, 2, 1e4);
}
