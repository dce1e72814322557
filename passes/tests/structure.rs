//! Structural properties of lowered graphs: collective counts and bucketing, fusion choices of the
//! DAG-aware extraction, the report, and errors for graphs or options that cannot be lowered.

mod common;

use common::Builder;
use syncbn_ir::{Attr, Graph, Limits};
use syncbn_passes::{lower, LowerOptions, PassError};

fn ops(g: &Graph, op: &str) -> usize {
    g.nodes.iter().filter(|n| n.op == op).count()
}

fn options(replicas: usize) -> LowerOptions {
    LowerOptions { replicas, ..Default::default() }
}

#[test]
fn resnet_block_with_downsampling_needs_two_collectives() {
    let lowered = lower(&common::resnet_block(true), &options(4)).expect("lowers");
    assert_eq!(ops(&lowered.graph, "AllReduce"), 2);
    let bucket = lowered.graph.nodes.iter().find(|n| n.inputs.len() == 2 && n.op == "AllReduce").expect("a bucket");
    let layers = bucket.attrs["layers"].as_strs().expect("layers").to_vec();
    assert_eq!(
        layers,
        ["layer1.0.bn2", "layer1.0.downsample.1"],
        "the main branch's last BN pairs with the shortcut's"
    );
    assert_eq!(lowered.report.bn_synchronized, 3);
    assert_eq!(lowered.report.payload_bytes_per_step, 3 * 3 * 6 * 8);
    assert_eq!(lowered.report.fusions.get("normalize_pair+relu"), Some(&1));
    assert_eq!(lowered.report.fusions.get("normalize+relu"), Some(&1));
}

#[test]
fn resnets_need_one_collective_per_block_join() {
    // ResNet-18: 20 BNs, 3 downsampling shortcuts bucketed with their main branch.
    let r18 = lower(&common::resnet18(true), &options(8)).expect("lowers");
    assert_eq!((r18.report.bn_synchronized, r18.report.collectives_per_step), (20, 17));
    assert_eq!(r18.report.fusions.get("normalize+add+relu"), Some(&5));
    assert_eq!(r18.report.fusions.get("normalize_pair+relu"), Some(&3));
    // ResNet-152: 155 BNs, 4 downsampling shortcuts.
    let r152 = lower(&common::resnet152(true), &options(8)).expect("lowers");
    assert_eq!((r152.report.bn_synchronized, r152.report.collectives_per_step), (155, 151));
    assert!(r152.graph.nodes.iter().all(|n| n.op != "BatchNormalization" && n.op != "Relu" && n.op != "Add"));
}

#[test]
fn lowered_graphs_validate_and_survive_a_json_round_trip() {
    for graph in [common::resnet18(true), common::resnet_block(false), common::conv_bn_relu(true)] {
        let lowered = lower(&graph, &options(2)).expect("lowers").graph;
        let path = std::path::Path::new("lowered.json");
        syncbn_ir::validate::validate(&lowered, &Limits::default(), path).expect("validates");
        let text = syncbn_ir::json::to_string(&lowered);
        let back = syncbn_ir::json::from_str(&text, path).expect("parses");
        assert_eq!(back, lowered);
    }
}

#[test]
fn a_normalize_read_twice_is_computed_once() {
    // b = BN(x) is a graph output and also feeds Add(b, r): fusing the Add would read x again and
    // run a second normalize; counting the shared tensor once, the extraction keeps one normalize.
    let mut b = Builder::new("shared", 4);
    let x = b.input("x", &[3, 5]);
    let r = b.input("r", &[3, 5]);
    let n = b.bn("bn", &x, 3, true, false);
    let y = b.add("add", &n, &r);
    b.output(&y);
    b.graph.outputs.push(n);
    let lowered = lower(&b.finish(), &options(2)).expect("lowers");
    assert_eq!(ops(&lowered.graph, "BnNormalize"), 1);
    assert_eq!(ops(&lowered.graph, "Add"), 1);
    // Without the second reader the Add fuses.
    let mut b = Builder::new("single", 4);
    let x = b.input("x", &[3, 5]);
    let r = b.input("r", &[3, 5]);
    let n = b.bn("bn", &x, 3, true, false);
    let y = b.add("add", &n, &r);
    b.output(&y);
    let lowered = lower(&b.finish(), &options(2)).expect("lowers");
    assert_eq!((ops(&lowered.graph, "BnNormalize"), ops(&lowered.graph, "Add")), (1, 0));
}

#[test]
fn fusion_can_be_switched_off() {
    let graph = common::resnet_block(true);
    let lowered = lower(&graph, &LowerOptions { fuse: false, ..options(2) }).expect("lowers");
    assert!(lowered.report.fusions.is_empty());
    assert_eq!(
        (ops(&lowered.graph, "Relu"), ops(&lowered.graph, "Add"), ops(&lowered.graph, "BnNormalize")),
        (2, 1, 3)
    );
    assert_eq!(ops(&lowered.graph, "AllReduce"), 2);
}

#[test]
fn eval_batchnorm_on_a_shared_conv_output_is_not_folded() {
    let mut b = Builder::new("shared_conv", 2);
    let x = b.input("x", &[3, 5, 5]);
    let c = b.conv("conv", &x, (3, 4, 3), 1, 1, true);
    let n = b.bn("bn", &c, 4, false, false);
    b.output(&n);
    b.graph.outputs.push(c);
    let lowered = lower(&b.finish(), &options(1)).expect("lowers");
    assert_eq!((lowered.report.bn_eval_affine, lowered.report.bn_eval_folded), (1, 0));
    assert_eq!(ops(&lowered.graph, "ChannelAffine"), 1);
    assert_eq!(lowered.report.collectives_per_step, 0);
}

#[test]
fn bad_options_and_unlowerable_graphs_are_errors() {
    let graph = common::conv_bn_relu(true);
    let err = lower(&graph, &LowerOptions { replicas: 6, group_size: 4, ..Default::default() }).unwrap_err();
    assert!(matches!(err, PassError::Options { option: "group-size", .. }), "{err}");
    let err = lower(&graph, &LowerOptions { unsynchronized: vec!["conv1".into()], ..options(2) }).unwrap_err();
    assert!(err.to_string().contains("\"conv1\" is not a training-mode BatchNormalization"), "{err}");
    // An eval BN whose statistics are run-time inputs has no compile-time affine form.
    let mut b = Builder::new("dynamic_stats", 1);
    let x = b.input("x", &[2]);
    let mean = b.input("mean", &[]);
    b.graph.inputs.last_mut().expect("input").shape = vec![syncbn_ir::Dim::Fixed(2)];
    let s = b.init("s", &[2], vec![1.0, 1.0]);
    let bias = b.init("b", &[2], vec![0.0, 0.0]);
    let var = b.init("v", &[2], vec![1.0, 1.0]);
    b.node("BatchNormalization", "bn", &[&x, &s, &bias, &mean, &var], &["y"], &[("training_mode", Attr::Int(0))]);
    b.output("y");
    let err = lower(&b.finish(), &options(1)).unwrap_err();
    assert!(matches!(&err, PassError::Unlowerable { node, .. } if node == "bn"), "{err}");
    assert!(err.to_string().contains("initializers"), "{err}");
}

#[test]
fn report_summarizes_the_lowering() {
    let lowered =
        lower(&common::resnet_block(true), &LowerOptions { replicas: 4, group_size: 2, ..Default::default() })
            .expect("lowers");
    let text = lowered.report.to_string();
    assert!(text.contains("3 synchronized over groups of 2 of 4 replicas"), "{text}");
    assert!(text.contains("collectives per step: 2 (432 bytes)"), "{text}");
    let json = serde_json::to_value(&lowered.report).expect("serializes");
    assert_eq!(json["collectives_per_step"], 2);
    assert_eq!(json["saturation"]["stop_reason"], "saturated");
}

/// Saturation stops at its wall-clock limit (a hook on the system clock, egg's own clock being
/// mocked): a zero limit ends it before the first iteration, and the error names the limit, while
/// the default limit lets the same graph saturate.
#[test]
fn saturation_stops_at_its_time_limit() {
    let graph = common::resnet_block(true);
    let mut options = options(2);
    let saturated = lower(&graph, &options).expect("lowers");
    assert_eq!(saturated.report.saturation.stop_reason, "saturated");
    options.limits.time = std::time::Duration::ZERO;
    let err = lower(&graph, &options).expect_err("no rule ran: BatchNorm has no executable form yet");
    assert!(matches!(&err, PassError::SaturationLimit { limit } if limit == "time limit 0 s"), "{err}");
}
