//! The one-layer runs `layer_train` and `layer_eval` against an independent float64
//! BatchNorm, on CPU replicas.

mod common;

use common::*;
use syncbn_runtime::{layer_eval, layer_train, BnOptions};

#[test]
fn batchnorm_train_is_syncbn_over_each_group() {
    let p = BnParams::new(7);
    let x = random_input(11, 7, &[3, 5], 2.0, 1.5, 1);
    for (replicas, group) in [(1, 1), (3, 3), (4, 2)] {
        let opts = BnOptions { replicas, group_size: Some(group), ..Default::default() };
        let out = layer_train(&x, &p.scale, &p.bias, &p.running_mean, &p.running_var, &opts).unwrap();
        let ranges = shards(11, replicas);
        let groups = replicas / group;
        assert_eq!(out.running_mean.len(), 7 * groups);
        let y = out.y.as_slice().unwrap();
        for g in 0..groups {
            let rows = ranges[g * group].start..ranges[(g + 1) * group - 1].end;
            let r = reference_bn(&x, rows.clone(), &p);
            assert_close(&y[rows.start * 15 * 7..rows.end * 15 * 7], &r.y, 1e-5, "y");
            assert_close(&out.running_mean.as_slice().unwrap()[g * 7..(g + 1) * 7], &r.running_mean, 1e-5, "mean");
            assert_close(&out.running_var.as_slice().unwrap()[g * 7..(g + 1) * 7], &r.running_var, 1e-5, "var");
        }
    }
}

#[test]
fn batchnorm_eval_uses_the_given_statistics_even_with_a_huge_mean() {
    let c = 3;
    let x = random_input(5, c, &[4], 1e4, 1.0, 2);
    let (gamma, beta) = (vec![1.0f32, 2.0, 0.5], vec![0.0f32, -1.0, 3.0]);
    let (mean, var) = (vec![1e4f32 + 0.25, 1e4 + 1.0, 1e4 + 2.0], vec![0.3f32, 0.5, 0.7]);
    let y = layer_eval(&x, &gamma, &beta, &mean, &var, &BnOptions::default()).unwrap();
    let xs = x.as_slice().unwrap();
    let want: Vec<f64> = (0..xs.len())
        .map(|i| {
            let ch = (i / 4) % c;
            (xs[i] as f64 - mean[ch] as f64) / (var[ch] as f64 + 1e-5).sqrt() * gamma[ch] as f64 + beta[ch] as f64
        })
        .collect();
    assert_close(y.as_slice().unwrap(), &want, 1e-5, "eval y");
}

#[test]
fn wrong_parameter_lengths_are_exit_2() {
    let x = random_input(2, 3, &[], 0.0, 1.0, 3);
    let err = layer_train(&x, &[1.0; 2], &[0.0; 3], &[0.0; 3], &[1.0; 3], &BnOptions::default()).unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert!(err.to_string().contains("scale") && err.to_string().contains("expected 3"), "{err}");
    let x1 = ndarray::ArrayD::<f32>::zeros(ndarray::IxDyn(&[4]));
    let err = layer_eval(&x1, &[1.0], &[0.0], &[0.0], &[1.0], &BnOptions::default()).unwrap_err();
    assert!(err.to_string().contains("rank 1"), "{err}");
}
