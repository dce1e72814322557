//! SyncBN on CPU replicas equals BatchNorm over the global batch (per sync group), from an
//! independent float64 reference: ranks 2-5, R = 1, 2, 3, 4, 8, uneven and empty shards, groups,
//! the hard-mean case, and bit-identical reruns.

mod common;

use common::*;
use ndarray::ArrayD;
use syncbn_runtime::plan::OutputKind;
use syncbn_runtime::{run, RunOptions, RunResult};

const TOL: f64 = 1e-5;

fn run_bn(spatial: &[u64], p: &BnParams, x: &ArrayD<f32>, replicas: usize, group: usize) -> RunResult {
    let graph = bn_graph(spatial, p, group as i64);
    let options = RunOptions { replicas, group_size: Some(group), inputs: inputs_x(x.clone()), ..Default::default() };
    run(&graph, &options).unwrap_or_else(|e| panic!("run failed: {e}"))
}

/// Checks y (concatenated) and the running statistics of every group against the reference.
fn check_against_reference(spatial: &[u64], p: &BnParams, x: &ArrayD<f32>, replicas: usize, group: usize) {
    let result = run_bn(spatial, p, x, replicas, group);
    let what = format!("spatial {spatial:?}, N {}, R {replicas}, G {group}", x.shape()[0]);
    let ranges = shards(x.shape()[0], replicas);
    let groups = replicas / group;
    let c = p.scale.len();
    let y = result.output("y").unwrap();
    assert_eq!(y.shape(), x.shape(), "{what}: y shape");
    let (rm, rv) = (result.output("bn.running_mean_out").unwrap(), result.output("bn.running_var_out").unwrap());
    let stat_shape: Vec<usize> = if groups == 1 { vec![c] } else { vec![groups, c] };
    assert_eq!(rm.shape(), stat_shape.as_slice(), "{what}: running mean shape");
    assert_eq!(rv.shape(), stat_shape.as_slice(), "{what}: running var shape");
    let y = y.as_slice().unwrap();
    let row = y.len() / x.shape()[0].max(1);
    for g in 0..groups {
        let rows = ranges[g * group].start..ranges[(g + 1) * group - 1].end;
        let reference = reference_bn(x, rows.clone(), p);
        assert_close(&y[rows.start * row..rows.end * row], &reference.y, TOL, &format!("{what}: y of group {g}"));
        let stats = |a: &ArrayD<f32>| a.as_slice().unwrap()[g * c..(g + 1) * c].to_vec();
        assert_close(&stats(rm), &reference.running_mean, TOL, &format!("{what}: running mean of group {g}"));
        assert_close(&stats(rv), &reference.running_var, TOL, &format!("{what}: running var of group {g}"));
    }
    let kinds: Vec<OutputKind> = result.outputs.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, vec![OutputKind::Batch, OutputKind::PerGroup, OutputKind::PerGroup]);
}

const SPATIAL: [&[u64]; 4] = [&[], &[5], &[7, 5], &[3, 4, 2]];

#[test]
fn every_rank_on_1_2_3_4_8_replicas_with_uneven_shards() {
    let p = BnParams::new(3);
    for spatial in SPATIAL {
        for r in [1, 2, 3, 4, 8] {
            // 2R + 1 rows: uneven shards whenever R > 1.
            let x = random_input(2 * r + 1, 3, spatial, 0.5, 2.0, r as u64);
            check_against_reference(spatial, &p, &x, r, r);
        }
    }
}

#[test]
fn empty_shards_and_single_rows() {
    let p = BnParams::new(3);
    for spatial in SPATIAL {
        // 3 rows over 8 replicas: five replicas get nothing.
        check_against_reference(spatial, &p, &random_input(3, 3, spatial, -1.0, 0.5, 11), 8, 8);
        // One row on 4 replicas (rank 2: a single element per channel; variance 0).
        check_against_reference(spatial, &p, &random_input(1, 3, spatial, 2.0, 1.0, 12), 4, 4);
        // An empty global batch: every shard is empty; mean and variance are taken as 0.
        check_against_reference(spatial, &p, &random_input(0, 3, spatial, 0.0, 1.0, 13), 2, 2);
        // Groups of 2 where the second group gets no rows at all.
        check_against_reference(spatial, &p, &random_input(2, 3, spatial, 1.0, 1.0, 14), 4, 2);
    }
}

#[test]
fn groups_of_two_within_four_replicas() {
    let p = BnParams::new(7);
    for spatial in SPATIAL {
        // 7 rows over 4 replicas: shards 2, 2, 2, 1; groups {0, 1} and {2, 3}.
        check_against_reference(spatial, &p, &random_input(7, 7, spatial, 1.0, 3.0, 21), 4, 2);
    }
    // Groups of one: plain per-replica BatchNorm, with an empty replica.
    check_against_reference(&[7, 5], &p, &random_input(3, 7, &[7, 5], 1.0, 3.0, 22), 4, 1);
}

#[test]
fn hard_mean_case_mean_over_std_1e4() {
    let p = BnParams::new(3);
    for spatial in SPATIAL {
        for r in [1, 3, 4] {
            let x = random_input(9, 3, spatial, 1e4, 1.0, 31);
            check_against_reference(spatial, &p, &x, r, r);
        }
    }
}

#[test]
fn two_runs_give_identical_bytes() {
    let p = BnParams::new(5);
    let x = random_input(13, 5, &[6, 7], 3.0, 2.0, 41);
    let a = run_bn(&[6, 7], &p, &x, 4, 4);
    let b = run_bn(&[6, 7], &p, &x, 4, 4);
    for (oa, ob) in a.outputs.iter().zip(&b.outputs) {
        let bits = |o: &ArrayD<f32>| o.iter().map(|v| v.to_bits()).collect::<Vec<u32>>();
        assert_eq!(bits(&oa.array), bits(&ob.array), "output {}", oa.name);
    }
}

#[test]
fn two_chained_layers_match_the_reference_and_reuse_buffers() {
    let (p1, mut p2) = (BnParams::new(3), BnParams::new(3));
    p2.scale.reverse();
    let mut g = bn_graph(&[4, 3], &p1, 0);
    g.outputs.retain(|o| o != "y");
    g.outputs.insert(0, "z".into());
    push_bn_layer(&mut g, "bn2", "y", "z", &p2, 0);
    let x = random_input(10, 3, &[4, 3], 0.0, 1.0, 51);
    let result = run(&g, &RunOptions { replicas: 3, inputs: inputs_x(x.clone()), ..Default::default() }).unwrap();
    let y1 = reference_bn(&x, 0..10, &p1).y;
    let y1 = ArrayD::from_shape_vec(x.shape(), y1.iter().map(|&v| v as f32).collect()).unwrap();
    let z = reference_bn(&y1, 0..10, &p2);
    assert_close(result.output("z").unwrap().as_slice().unwrap(), &z.y, TOL, "z");
    assert_close(result.output("bn2.running_var_out").unwrap().as_slice().unwrap(), &z.running_var, TOL, "bn2 var");
    // bn.moments and bn2.moments (and the sums) have disjoint lifetimes: they share buffers.
    let planned =
        result.plan.values.iter().filter(|v| matches!(v.storage, syncbn_runtime::plan::Storage::Buffer { .. })).count();
    assert!(result.plan.buffers.len() < planned, "{} buffers for {planned} tensors", result.plan.buffers.len());
}

#[test]
fn random_inputs_are_seeded() {
    let p = BnParams::new(3);
    let g = bn_graph(&[2], &p, 0);
    let opts = RunOptions { replicas: 2, random_batch: Some(5), seed: 7, ..Default::default() };
    let a = run(&g, &opts).unwrap();
    let b = run(&g, &opts).unwrap();
    let c = run(&g, &RunOptions { seed: 8, ..opts.clone() }).unwrap();
    assert_eq!(a.output("y").unwrap().shape(), &[5, 3, 2]);
    assert_eq!(a.output("y"), b.output("y"));
    assert_ne!(a.output("y"), c.output("y"));
}

#[test]
fn bench_steps_are_timed_and_outputs_come_from_the_first_step() {
    let p = BnParams::new(3);
    let x = random_input(6, 3, &[5], 0.0, 1.0, 61);
    let g = bn_graph(&[5], &p, 0);
    let one = run(&g, &RunOptions { replicas: 2, inputs: inputs_x(x.clone()), ..Default::default() }).unwrap();
    let opts = RunOptions { replicas: 2, inputs: inputs_x(x), bench_steps: 3, ..Default::default() };
    let many = run(&g, &opts).unwrap();
    assert_eq!(many.timings.steps, 3);
    let t = &many.timings.step_ms;
    assert!(t.min <= t.median && t.median <= t.max && t.min > 0.0, "{t:?}");
    assert_eq!(one.output("y"), many.output("y"));
    assert_eq!(one.output("bn.running_mean_out"), many.output("bn.running_mean_out"));
}
