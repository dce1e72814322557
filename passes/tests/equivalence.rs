//! The lowering is right: for random small graphs, replica counts, sync groups and batch sizes
//! (uneven and empty shards included), the reference run of the original graph over each group's
//! global batch equals the per-replica run of the lowered graph with simulated AllReduce.

mod common;

use std::collections::BTreeMap;

use common::{Builder, Rng};
use ndarray::IxDyn;
use proptest::prelude::*;
use syncbn_ir::{Attr, Graph};
use syncbn_passes::{lower, LowerOptions};
use syncbn_reference::{run_global, run_lowered, Outputs, Tensor};

/// The shape of a random graph.
#[derive(Clone, Debug)]
struct Spec {
    seed: u64,
    rank: usize,
    channels: u64,
    spatial: Vec<u64>,
    units: usize,
}

/// A conv with `c -> c` channels keeping the spatial shape (kernel 1 or 3 per axis, padded).
fn same_conv(b: &mut Builder, name: &str, x: &str, c: u64, rank: usize, k: u64) -> String {
    let d = rank - 2;
    let mut shape = vec![c, c];
    shape.extend(vec![k; d]);
    let w = b.random_init(&format!("{name}.weight"), &shape, -0.4, 0.4);
    let bias = b.random_init(&format!("{name}.bias"), &[c], -0.1, 0.1);
    let pad = (k / 2) as i64;
    let y = format!("{name}.y");
    let attrs = [("pads", Attr::Ints(vec![pad; 2 * d])), ("kernel_shape", Attr::Ints(vec![k as i64; d]))];
    b.node("Conv", name, &[x, &w, &bias], &[&y], &attrs);
    y
}

/// A Gemm `[N, c] x op(B) + C` with `c` output columns, `B` stored transposed when `trans_b`.
fn gemm(b: &mut Builder, name: &str, x: &str, c: u64, trans_b: bool) -> String {
    let w = b.random_init(&format!("{name}.weight"), &[c, c], -0.5, 0.5);
    let bias = b.random_init(&format!("{name}.bias"), &[c], -0.1, 0.1);
    let y = format!("{name}.y");
    let attrs = [("transB", Attr::Int(trans_b as i64)), ("alpha", Attr::Float(0.75)), ("beta", Attr::Float(0.5))];
    b.node("Gemm", name, &[x, &w, &bias], &[&y], &attrs);
    y
}

/// A chain of random units around BatchNorms: training BN with Relu or Clip, residual Adds,
/// two-BN joins (the ResNet shortcut), eval BNs (affine, or folded into a Conv or a Gemm).
fn random_graph(spec: &Spec) -> Graph {
    let mut b = Builder::new("random", spec.seed);
    let mut dims = vec![spec.channels];
    dims.extend(&spec.spatial);
    let mut h = b.input("x", &dims);
    let mut prev = h.clone();
    let c = spec.channels;
    let mut picks = Rng(spec.seed ^ 0x5EED);
    for u in 0..spec.units {
        let name = format!("u{u}");
        let kind = picks.below(6);
        let expose = picks.below(2) == 0;
        let next = match kind {
            0 => b.bn(&format!("{name}.bn"), &h, c, true, expose),
            1 => {
                let n = b.bn(&format!("{name}.bn"), &h, c, true, expose);
                let a = b.add(&format!("{name}.add"), &n, &prev);
                b.unary("Relu", &format!("{name}.relu"), &a)
            }
            2 => {
                let n1 = b.bn(&format!("{name}.bn1"), &h, c, true, expose);
                let n2 = b.bn(&format!("{name}.bn2"), &prev, c, true, false);
                let a = b.add(&format!("{name}.add"), &n2, &n1);
                b.unary("Relu", &format!("{name}.relu"), &a)
            }
            3 if spec.rank > 2 => {
                let k = if picks.below(2) == 0 { 1 } else { 3 };
                let cv = same_conv(&mut b, &format!("{name}.conv"), &h, c, spec.rank, k);
                b.bn(&format!("{name}.bn"), &cv, c, picks.below(2) == 0, expose)
            }
            3 => {
                let g = gemm(&mut b, &format!("{name}.gemm"), &h, c, picks.below(2) == 0);
                b.bn(&format!("{name}.bn"), &g, c, picks.below(2) == 0, expose)
            }
            4 => b.bn(&format!("{name}.bn"), &h, c, false, false),
            _ => {
                let n = b.bn(&format!("{name}.bn"), &h, c, true, expose);
                let y = format!("{name}.clip.y");
                let attrs = [("min", Attr::Float(-0.5)), ("max", Attr::Float(1.5))];
                b.node("Clip", &format!("{name}.clip"), &[&n], &[&y], &attrs);
                y
            }
        };
        let act = picks.below(3) == 0 && kind != 1 && kind != 2 && kind != 5;
        prev = h;
        h = if act { b.unary("Relu", &format!("{name}.act"), &next) } else { next };
    }
    b.output(&h);
    b.finish()
}

/// A random global batch for input `x` of `graph`.
fn random_input(graph: &Graph, n: usize, seed: u64, offset: f64) -> BTreeMap<String, Tensor> {
    let mut rng = Rng(seed);
    let mut shape = vec![n];
    shape.extend(graph.inputs[0].shape.iter().skip(1).map(|d| d.fixed().unwrap_or(1) as usize));
    let len = shape.iter().product();
    let data = (0..len).map(|_| offset + rng.uniform(-2.0, 3.0)).collect();
    let x = Tensor::from_shape_vec(IxDyn(&shape), data).expect("sized");
    BTreeMap::from([("x".to_string(), x)])
}

/// Asserts two output sets match within `tol` relative to each tensor's scale.
fn assert_close(expected: &Outputs, actual: &Outputs, tol: f64) {
    assert_eq!(expected.keys().collect::<Vec<_>>(), actual.keys().collect::<Vec<_>>());
    for (name, e) in expected {
        let a = &actual[name];
        assert_eq!(e.shape(), a.shape(), "output {name}");
        let scale = e.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        let err = e.iter().zip(a.iter()).fold(0.0f64, |m, (x, y)| m.max((x - y).abs()));
        assert!(err <= tol * scale, "output {name}: max error {err:e} > {tol:e} * {scale}");
    }
}

fn spec_strategy() -> impl Strategy<Value = Spec> {
    (any::<u64>(), 2usize..=5, 1u64..=5, 1usize..=4).prop_flat_map(|(seed, rank, channels, units)| {
        proptest::collection::vec(1u64..=3, rank - 2).prop_map(move |spatial| Spec {
            seed,
            rank,
            channels,
            spatial,
            units,
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn lowered_graph_computes_the_global_batchnorm(
        spec in spec_strategy(),
        n in 0usize..=9,
        replicas in 1usize..=8,
        group_pick in 0usize..8,
        fuse in any::<bool>(),
    ) {
        let divisors: Vec<usize> = (1..=replicas).filter(|g| replicas % g == 0).collect();
        let group = divisors[group_pick % divisors.len()];
        let graph = random_graph(&spec);
        let options = LowerOptions { replicas, group_size: group, fuse, ..Default::default() };
        let lowered = lower(&graph, &options).expect("lowers");
        let inputs = random_input(&graph, n, spec.seed, 0.0);
        let expected = run_global(&graph, &inputs, replicas, group).expect("original runs");
        let actual = run_lowered(&lowered.graph, &inputs, replicas, group).expect("lowered runs");
        assert_close(&expected, &actual, 1e-10);
    }
}

#[test]
fn hard_mean_matches_the_global_reference() {
    // |mean| / std = 1e4: values 1e4 + U(-2, 3) have std about 1.4 and mean about 1e4.
    let spec = Spec { seed: 11, rank: 4, channels: 3, spatial: vec![7, 5], units: 1 };
    let mut b = Builder::new("hard", 1);
    let x = b.input("x", &[3, 7, 5]);
    let y = b.bn("bn", &x, 3, true, true);
    b.output(&y);
    let graph = b.finish();
    let inputs = random_input(&graph, 5, spec.seed, 1.4e4);
    for (replicas, group) in [(3, 3), (4, 2), (8, 8)] {
        let lowered =
            lower(&graph, &LowerOptions { replicas, group_size: group, ..Default::default() }).expect("lowers");
        let expected = run_global(&graph, &inputs, replicas, group).expect("original runs");
        let actual = run_lowered(&lowered.graph, &inputs, replicas, group).expect("lowered runs");
        // f64 sums of squares lose about 2^-53 * (mean/std)^2 = 1e-8 relative in the variance.
        assert_close(&expected, &actual, 1e-6);
    }
}

#[test]
fn unsynchronized_layers_use_local_statistics() {
    let mut b = Builder::new("local", 2);
    let x = b.input("x", &[3, 7, 5]);
    let n = b.bn("bn1", &x, 3, true, false);
    let y = b.unary("Relu", "relu1", &n);
    b.output(&y);
    let graph = b.finish();
    let options = LowerOptions { replicas: 2, unsynchronized: vec!["bn1".into()], ..Default::default() };
    let lowered = lower(&graph, &options).expect("lowers");
    assert!(lowered.graph.nodes.iter().all(|n| n.op != "AllReduce"));
    assert_eq!((lowered.report.bn_synchronized, lowered.report.bn_unsynchronized), (0, 1));
    let inputs = random_input(&graph, 6, 3, 0.0);
    // One replica: local statistics are the global ones.
    let expected = run_global(&graph, &inputs, 1, 0).expect("original runs");
    assert_close(&expected, &run_lowered(&lowered.graph, &inputs, 1, 0).expect("runs"), 1e-10);
    // Two replicas: the shards' statistics differ from the global batch's, and so do the outputs.
    let global = run_global(&graph, &inputs, 2, 0).expect("original runs");
    let local = run_lowered(&lowered.graph, &inputs, 2, 0).expect("runs");
    let y = &graph.outputs[0];
    let differs = global[y].iter().zip(local[y].iter()).any(|(a, b)| (a - b).abs() > 1e-6);
    assert!(differs, "local statistics on uneven halves should change the output");
}

/// A 3x3 convolution, padding 1, over a `[N, 3, 1, 5]` input: along the height only the middle
/// taps ever read a pixel, so a forward lowering crops the kernel to `1x3` (an initializer
/// `conv.live_taps` of `[4, 3, 1, 3]`, pads `[0, 1, 0, 1]`); a training graph, whose weights an
/// optimizer changes, keeps the whole kernel.
fn one_row_conv() -> Graph {
    let mut b = Builder::new("one_row", 5);
    let x = b.input("x", &[3, 1, 5]);
    let c = b.conv("conv", &x, (3, 4, 3), 1, 1, true);
    let y = b.bn("bn", &c, 4, true, true);
    b.output(&y);
    b.finish()
}

#[test]
fn taps_that_read_only_padding_are_cropped_and_compute_the_same() {
    let graph = one_row_conv();
    let inputs = random_input(&graph, 5, 7, 0.0);
    for (replicas, group) in [(1, 1), (2, 2), (3, 3)] {
        let lowered =
            lower(&graph, &LowerOptions { replicas, group_size: group, ..Default::default() }).expect("lowers");
        let crop = lowered.graph.initializers.iter().find(|i| i.name == "conv.live_taps").expect("cropped weights");
        assert_eq!(crop.shape, [4, 3, 1, 3]);
        let conv = lowered.graph.nodes.iter().find(|n| n.op == "Conv").expect("the conv");
        assert_eq!(conv.inputs[1], "conv.live_taps");
        assert_eq!(conv.attrs.get("pads"), Some(&Attr::Ints(vec![0, 1, 0, 1])));
        assert_eq!(conv.attrs.get("kernel_shape"), Some(&Attr::Ints(vec![1, 3])));
        let expected = run_global(&graph, &inputs, replicas, group).expect("original runs");
        let actual = run_lowered(&lowered.graph, &inputs, replicas, group).expect("lowered runs");
        assert_close(&expected, &actual, 1e-12);
    }
}

#[test]
fn a_training_graph_keeps_the_whole_kernel() {
    let graph = one_row_conv();
    let training = syncbn_passes::differentiate(&graph, &graph.outputs).expect("differentiates");
    let lowered = lower(&training, &LowerOptions { replicas: 2, ..Default::default() }).expect("lowers");
    assert!(lowered.graph.initializers.iter().all(|i| !i.name.ends_with(".live_taps")));
    let conv = lowered.graph.nodes.iter().find(|n| n.op == "Conv").expect("the conv");
    assert_eq!(conv.inputs[1], "conv.weight");
}
