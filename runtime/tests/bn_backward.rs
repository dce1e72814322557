//! The synchronized BatchNorm backward end to end on CPU replicas: a hand-lowered training graph
//! (LocalMoments -> AllReduce -> BnFinalize -> BnNormalize with a fused activation, then
//! BnGradReduce -> AllReduce -> BnGradInput, and BnGradParams -> AllReduce over every replica) run
//! through `syncbn_runtime::run` against a float64 BatchNorm backward over each sync group's batch.

mod common;

use std::collections::BTreeMap;
use std::ops::Range;

use common::*;
use ndarray::{ArrayD, IxDyn};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use syncbn_ir::{Attr, DType, Graph, Node, ValueInfo};
use syncbn_runtime::plan::OutputKind;
use syncbn_runtime::{run, RunOptions, RunResult};

const DY: &str = "grad_output/y";

fn node(name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: &[(&str, Attr)]) -> Node {
    Node {
        name: name.into(),
        op: op.into(),
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        outputs: outputs.iter().map(|s| s.to_string()).collect(),
        attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
    }
}

fn all_reduce(name: &str, inputs: &[&str], outputs: &[&str], group_size: i64, scope: &str) -> Node {
    let attrs = [
        ("group_size", Attr::Int(group_size)),
        ("layers", Attr::Strs(inputs.iter().map(|_| "bn".to_string()).collect())),
        ("reduction", Attr::Str("sum".into())),
        ("scope", Attr::Str(scope.into())),
    ];
    node(name, "AllReduce", inputs, outputs, &attrs)
}

/// The activation attributes of a fused node.
fn act_attrs(act: &str) -> Vec<(&'static str, Attr)> {
    let mut attrs = vec![("activation", Attr::Str(act.into()))];
    if act == "clip" {
        attrs.extend([("clip_min", Attr::Float(-0.5)), ("clip_max", Attr::Float(0.75))]);
    }
    attrs
}

/// The lowered training graph of one BatchNorm with activation `act` over `[N, C, spatial...]`:
/// outputs `y`, `grad/x`, `grad/bn.weight`, `grad/bn.bias`.
fn backward_graph(spatial: &[u64], p: &BnParams, group_size: i64, act: &str) -> Graph {
    let mut g = Graph::new("bn_backward");
    let shape = input_shape(p.scale.len() as u64, spatial);
    g.inputs.push(ValueInfo { name: "x".into(), dtype: DType::F32, shape: shape.clone() });
    g.inputs.push(ValueInfo { name: DY.into(), dtype: DType::F32, shape });
    push_bn_layer(&mut g, "bn", "x", "y", p, group_size);
    g.outputs.clear();
    let attrs = act_attrs(act);
    if let Some(normalize) = g.nodes.last_mut() {
        normalize.attrs.extend(attrs.iter().map(|(k, v)| (k.to_string(), v.clone())));
    }
    let masked = act != "none";
    let with_y = |mut inputs: Vec<&'static str>| {
        if masked {
            inputs.push("y");
        }
        inputs
    };
    let reduce_in = with_y(vec![DY, "x", "bn.norm_params"]);
    g.nodes.push(node("bn.grad_reduce", "BnGradReduce", &reduce_in, &["bn.grad_sums"], &attrs));
    g.nodes.push(all_reduce("bn.grad_allreduce", &["bn.grad_sums"], &["bn.grad_sums_group"], group_size, "group"));
    let input_in = with_y(vec![DY, "x", "bn.norm_params", "bn.grad_sums_group"]);
    g.nodes.push(node("bn.grad_input", "BnGradInput", &input_in, &["grad/x"], &attrs));
    let (ds, db) = ("bn.d_scale_local", "bn.d_bias_local");
    g.nodes.push(node("bn.grad_params", "BnGradParams", &["bn.grad_sums", "bn.norm_params"], &[ds, db], &[]));
    let summed = ["grad/bn.weight", "grad/bn.bias"];
    g.nodes.push(all_reduce("params.allreduce", &[ds, db], &summed, group_size, "world"));
    g.outputs = vec!["y".into(), "grad/x".into(), summed[0].into(), summed[1].into()];
    g
}

/// A seeded upstream gradient like `x`.
fn upstream(x: &ArrayD<f32>, seed: u64) -> ArrayD<f32> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let data = (0..x.len()).map(|_| rng.gen_range(-1.0f32..1.0)).collect();
    ArrayD::from_shape_vec(IxDyn(x.shape()), data).unwrap()
}

fn keeps(act: &str, y: f32) -> bool {
    match act {
        "relu" => y > 0.0,
        "clip" => -0.5 < y && y < 0.75,
        _ => true,
    }
}

/// Float64 BatchNorm backward: `dX` of rows `rows` over their own statistics, and their
/// contributions to `d_scale` and `d_B` (added into `ds`, `db`). `dZ` is `dy` masked on the run's `y`.
#[allow(clippy::too_many_arguments)]
fn reference_backward(
    x: &[f32],
    dy: &[f32],
    y: &[f32],
    act: &str,
    rows: Range<usize>,
    c: usize,
    inner: usize,
    p: &BnParams,
    ds: &mut [f64],
    db: &mut [f64],
) -> Vec<f64> {
    let count = (rows.len() * inner) as f64;
    let idx = |r: usize, ch: usize, k: usize| (r * c + ch) * inner + k;
    let mut dx = vec![0.0; rows.len() * c * inner];
    for ch in 0..c {
        let elems: Vec<usize> = rows.clone().flat_map(|r| (0..inner).map(move |k| idx(r, ch, k))).collect();
        if elems.is_empty() {
            continue;
        }
        let mean = elems.iter().map(|&i| x[i] as f64).sum::<f64>() / count;
        let var = elems.iter().map(|&i| (x[i] as f64 - mean).powi(2)).sum::<f64>() / count;
        let inv_std = 1.0 / (var + p.epsilon).sqrt();
        let dz = |i: usize| if keeps(act, y[i]) { dy[i] as f64 } else { 0.0 };
        let xhat = |i: usize| (x[i] as f64 - mean) * inv_std;
        let sum_dz: f64 = elems.iter().map(|&i| dz(i)).sum();
        let sum_dz_xhat: f64 = elems.iter().map(|&i| dz(i) * xhat(i)).sum();
        ds[ch] += sum_dz_xhat;
        db[ch] += sum_dz;
        for &i in &elems {
            let v = p.scale[ch] as f64 * inv_std * (dz(i) - sum_dz / count - xhat(i) * sum_dz_xhat / count);
            dx[i - idx(rows.start, 0, 0)] = v;
        }
    }
    dx
}

fn run_backward(g: &Graph, x: &ArrayD<f32>, dy: &ArrayD<f32>, replicas: usize, group: usize) -> RunResult {
    let inputs = BTreeMap::from([("x".to_string(), x.clone()), (DY.to_string(), dy.clone())]);
    let options = RunOptions { replicas, group_size: Some(group), inputs, ..RunOptions::default() };
    run(g, &options).unwrap_or_else(|e| panic!("run on {replicas} replicas, groups of {group}: {e}"))
}

/// Runs the graph and checks `dX` (1e-5 relative to its scale) and the parameter gradients (1e-5)
/// against the float64 backward of each sync group, whose rows are the group's replicas' shards.
fn check(spatial: &[u64], c: usize, n: usize, replicas: usize, group: usize, act: &str, mean: f32) {
    let what = format!("{act} rank {} N={n} R={replicas} G={group} mean {mean}", spatial.len() + 2);
    let p = BnParams::new(c);
    let g = backward_graph(spatial, &p, group as i64, act);
    let x = random_input(n, c, spatial, mean, 1.0, 3);
    let dy = upstream(&x, 4);
    let result = run_backward(&g, &x, &dy, replicas, group);
    let inner: usize = spatial.iter().map(|&d| d as usize).product();
    let y = result.output("y").expect("y").as_slice().unwrap().to_vec();
    let (xs, dys) = (x.as_slice().unwrap(), dy.as_slice().unwrap());
    let (mut ds, mut db) = (vec![0.0; c], vec![0.0; c]);
    let row_ranges = shards(n, replicas);
    let mut want_dx = Vec::with_capacity(x.len());
    for members in row_ranges.chunks(group) {
        let rows = members[0].start..members[members.len() - 1].end;
        want_dx.extend(reference_backward(xs, dys, &y, act, rows, c, inner, &p, &mut ds, &mut db));
    }
    let got_dx = result.output("grad/x").expect("grad/x");
    assert_eq!(got_dx.shape(), x.shape(), "{what}: grad/x shape");
    assert_close(got_dx.as_slice().unwrap(), &want_dx, 1e-5, &format!("{what}: grad/x"));
    for (name, want) in [("grad/bn.weight", &ds), ("grad/bn.bias", &db)] {
        let out = result.outputs.iter().find(|o| o.name == name).unwrap_or_else(|| panic!("{what}: no {name}"));
        assert_eq!(out.kind, OutputKind::World, "{what}: {name} is a world output");
        assert_eq!(out.array.shape(), [c], "{what}: {name} shape");
        assert_close(out.array.as_slice().unwrap(), want, 1e-5, &format!("{what}: {name}"));
    }
}

#[test]
fn relu_backward_on_1_2_3_4_replicas_with_uneven_shards() {
    for replicas in 1..=4 {
        check(&[7, 5], 3, 5, replicas, replicas, "relu", 0.0);
    }
}

#[test]
fn empty_shards_and_groups_of_two() {
    check(&[7, 5], 3, 2, 4, 4, "relu", 0.0);
    check(&[7, 5], 3, 5, 4, 2, "relu", 0.0);
    check(&[7, 5], 3, 2, 4, 2, "relu", 0.0);
    check(&[3], 3, 1, 3, 1, "relu", 0.0);
}

#[test]
fn every_mask_and_rank_2_and_5() {
    check(&[], 3, 7, 3, 3, "none", 0.5);
    check(&[2, 3, 2], 3, 5, 2, 2, "clip", 0.0);
    check(&[5], 4, 5, 4, 2, "none", -1.0);
}

#[test]
fn hard_mean_over_std_1e4() {
    for replicas in [1, 3] {
        check(&[7, 5], 3, 5, replicas, replicas, "relu", 1e4);
    }
}

#[test]
fn parameter_gradients_are_world_outputs_with_one_collective_per_level() {
    let p = BnParams::new(3);
    let g = backward_graph(&[4], &p, 2, "none");
    let x = random_input(4, 3, &[4], 0.0, 1.0, 9);
    let result = run_backward(&g, &x, &upstream(&x, 10), 4, 2);
    let kinds: Vec<OutputKind> = result.outputs.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, [OutputKind::Batch, OutputKind::Batch, OutputKind::World, OutputKind::World]);
    assert_eq!(result.plan.collectives(), 3, "moments, gradient sums (group), parameter gradients (world)");
}
