//! Unit tests of the CPU op table against plain float64 loops on odd shapes, and its error paths;
//! the helpers are shared with the gradient ops' tests.

use std::collections::BTreeMap;

use syncbn_ir::Attr;

use super::{find, OpArgs, Tensor, TABLE};

/// Deterministic, irregular values.
pub(super) fn values(n: usize, seed: u32) -> Vec<f32> {
    (0..n as u32).map(|i| ((i.wrapping_mul(2654435761).wrapping_add(seed * 97)) % 1000) as f32 / 250.0 - 2.0).collect()
}

/// An attribute map from pairs.
pub(super) fn attrs(list: &[(&str, Attr)]) -> BTreeMap<String, Attr> {
    list.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

/// Runs op `op` of the table on `inputs` (data and shape) into a fresh output of shape `out`.
pub(super) fn run(
    op: &str,
    attrs: &BTreeMap<String, Attr>,
    inputs: &[(&[f32], &[usize])],
    out: &[usize],
) -> Result<Vec<f32>, String> {
    let inputs = inputs.iter().map(|&(d, s)| Tensor::new(d, s).map(Some)).collect::<Result<_, _>>()?;
    let mut y = vec![f32::NAN; out.iter().product()];
    let op = find(op).ok_or("no op")?;
    op.run(&OpArgs { attrs, typed: op.read_attrs(attrs)?, inputs, out_shape: out, team: None }, &mut y)?;
    Ok(y)
}

/// Asserts `got` matches `want` within 1e-5 of the largest `|want|`.
pub(super) fn close(got: &[f32], want: &[f64], what: &str) {
    assert_eq!(got.len(), want.len(), "{what}");
    let scale = want.iter().fold(1e-30f64, |a, w| a.max(w.abs()));
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!((g as f64 - w).abs() <= 1e-5 * scale, "{what}[{i}]: got {g}, want {w}");
    }
}

#[test]
fn gemm_transposes_scales_and_broadcasts_c() {
    let (m, k, n) = (3, 5, 2);
    let (a, b, c) = (values(m * k, 1), values(k * n, 2), values(m, 3));
    for (ta, tb) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let at = |i: usize, j: usize| f64::from(if ta == 1 { a[j * m + i] } else { a[i * k + j] });
        let bt = |i: usize, j: usize| f64::from(if tb == 1 { b[j * k + i] } else { b[i * n + j] });
        let want: Vec<f64> = (0..m * n)
            .map(|e| {
                let (i, j) = (e / n, e % n);
                0.5 * (0..k).map(|q| at(i, q) * bt(q, j)).sum::<f64>() + 2.0 * f64::from(c[i])
            })
            .collect();
        let sa: &[usize] = if ta == 1 { &[k, m] } else { &[m, k] };
        let sb: &[usize] = if tb == 1 { &[n, k] } else { &[k, n] };
        let at_ = attrs(&[
            ("transA", Attr::Int(ta)),
            ("transB", Attr::Int(tb)),
            ("alpha", Attr::Float(0.5)),
            ("beta", Attr::Float(2.0)),
        ]);
        let got = run("Gemm", &at_, &[(&a, sa), (&b, sb), (&c, &[m, 1])], &[m, n]).unwrap();
        close(&got, &want, &format!("Gemm transA={ta} transB={tb}"));
    }
}

#[test]
fn matmul_broadcasts_batches_and_promotes_vectors() {
    let (a, b) = (values(2 * 3 * 4, 4), values(4 * 5, 5));
    let got = run("MatMul", &attrs(&[]), &[(&a, &[2, 1, 3, 4]), (&b, &[1, 4, 5])], &[2, 1, 3, 5]).unwrap();
    let want: Vec<f64> = (0..2 * 3 * 5)
        .map(|e| {
            let (bt, i, j) = (e / 15, (e / 5) % 3, e % 5);
            (0..4).map(|q| f64::from(a[bt * 12 + i * 4 + q]) * f64::from(b[q * 5 + j])).sum()
        })
        .collect();
    close(&got, &want, "batched MatMul");
    let v = values(4, 6);
    let got = run("MatMul", &attrs(&[]), &[(&v, &[4]), (&b, &[4, 5])], &[5]).unwrap();
    let want: Vec<f64> = (0..5).map(|j| (0..4).map(|q| f64::from(v[q]) * f64::from(b[q * 5 + j])).sum()).collect();
    close(&got, &want, "vector-matrix MatMul");
}

#[test]
fn mul_and_add_broadcast_like_numpy() {
    let (a, b) = (values(6, 7), values(4, 8));
    for (op, f) in [("Mul", (|p: f64, q: f64| p * q) as fn(f64, f64) -> f64), ("Add", |p, q| p + q)] {
        let got = run(op, &attrs(&[]), &[(&a, &[2, 1, 3]), (&b, &[4, 1])], &[2, 4, 3]).unwrap();
        let want: Vec<f64> =
            (0..24).map(|e| f(f64::from(a[(e / 12) * 3 + e % 3]), f64::from(b[(e / 3) % 4]))).collect();
        close(&got, &want, op);
    }
}

#[test]
fn clip_takes_bounds_from_inputs_or_attributes() {
    let x = values(7, 9);
    let want: Vec<f64> = x.iter().map(|&v| f64::from(v.clamp(-0.5, 1.0))).collect();
    let from_attrs = attrs(&[("min", Attr::Float(-0.5)), ("max", Attr::Float(1.0))]);
    close(&run("Clip", &from_attrs, &[(&x, &[7])], &[7]).unwrap(), &want, "Clip attrs");
    let (lo, hi) = ([-0.5f32], [1.0f32]);
    close(&run("Clip", &attrs(&[]), &[(&x, &[7]), (&lo, &[]), (&hi, &[])], &[7]).unwrap(), &want, "Clip inputs");
}

#[test]
fn bad_shapes_are_errors_not_panics() {
    let x = values(6, 1);
    let none = attrs(&[]);
    assert!(run("Mul", &none, &[(&x, &[2, 3]), (&x, &[3, 2])], &[2, 3]).is_err());
    assert!(run("MatMul", &none, &[(&x, &[2, 3]), (&x, &[2, 3])], &[2, 3]).is_err());
    assert!(run("Gemm", &none, &[(&x, &[6]), (&x, &[6])], &[1]).is_err());
    assert!(run("Conv", &none, &[(&x, &[1, 2, 3]), (&x, &[1, 3, 2])], &[1, 1, 2]).is_err());
    assert!(run("Concat", &attrs(&[("axis", Attr::Int(1))]), &[(&x, &[2, 3]), (&x, &[3, 2])], &[2, 5]).is_err());
    assert!(run("MaxPool", &attrs(&[("kernel_shape", Attr::Ints(vec![9]))]), &[(&x, &[1, 1, 6])], &[1, 1, 1]).is_err());
    assert!(Tensor::new(&x, &[4, 2]).is_err());
    assert!(find("Upsample").is_none());
}

#[test]
fn table_names_are_distinct_and_every_activation_is_found() {
    let names: std::collections::BTreeSet<&str> = TABLE.iter().map(|(name, _)| *name).collect();
    assert_eq!(names.len(), TABLE.len(), "a name appears twice in the CPU op table");
    for op in syncbn_ir::activation::OPS {
        assert!(find(op).is_some(), "activation {op} is not a CPU op");
    }
    let x = values(4, 1);
    let want: Vec<f64> = x.iter().map(|&v| f64::from(v).tanh()).collect();
    close(&run("Tanh", &attrs(&[]), &[(&x, &[4])], &[4]).expect("Tanh"), &want, "Tanh");
}
