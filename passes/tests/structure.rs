//! Structural properties of lowered graphs: collective counts, bucketing, fusion, determinism.

mod common;

use syncbn_passes::{lower, LowerOptions};

fn ops(g: &syncbn_ir::Graph, op: &str) -> usize {
    g.nodes.iter().filter(|n| n.op == op).count()
}

#[test]
fn resnet_block_with_downsampling_needs_two_collectives() {
    let g = common::resnet_block(true);
    let lowered = lower(&g, &LowerOptions { replicas: 4, ..Default::default() }).expect("lowers");
    println!("{}", syncbn_ir::json::to_string(&lowered.graph));
    println!("{}", lowered.report);
    assert_eq!(ops(&lowered.graph, "AllReduce"), 2);
}
