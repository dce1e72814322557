//! Unit tests of the gradient ops against independent float64 loops (or, for the linear ops, the
//! adjoint identity with the forward op) on odd shapes, empty batches included, and their error paths.

mod conv;
mod elementwise;
mod linear;
mod pool;
mod resize;

use std::collections::BTreeMap;

use syncbn_ir::Attr;

use super::super::find;
use super::super::tests::{attrs, run, values};

/// Row-major strides of `shape`.
fn row_strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1usize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// The multi-index of flat offset `flat` in `shape`.
fn unravel(mut flat: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0usize; shape.len()];
    for (i, &d) in index.iter_mut().zip(shape).rev() {
        *i = flat % d;
        flat /= d;
    }
    index
}

/// `<a, b>` in f64, and `sum |a_i b_i|` (the scale of its rounding error).
fn dot(a: &[f32], b: &[f32]) -> (f64, f64) {
    a.iter().zip(b).fold((0.0, 0.0), |(s, m), (&p, &q)| {
        let t = f64::from(p) * f64::from(q);
        (s + t, m + t.abs())
    })
}

/// Asserts `<lhs.0, lhs.1> == <rhs.0, rhs.1>` within 1e-5 of the terms' magnitude: the adjoint
/// identity `<A^T dy, x> == <dy, A x>` of a linear map `A`.
fn assert_adjoint(lhs: (&[f32], &[f32]), rhs: (&[f32], &[f32]), what: &str) {
    let ((l, lm), (r, rm)) = (dot(lhs.0, lhs.1), dot(rhs.0, rhs.1));
    assert!(lm > 0.0 && rm > 0.0, "{what}: the inner products are empty");
    assert!((l - r).abs() <= 1e-5 * lm.max(rm), "{what}: <A^T dy, x> = {l}, <dy, A x> = {r}");
}

#[test]
fn every_cpu_gradient_op_of_the_contract_is_in_the_table() {
    for name in syncbn_ir::grad::CPU_OPS {
        assert!(find(name).is_some(), "{name} is not in the CPU op table");
    }
}

#[test]
fn bad_shapes_and_attributes_are_errors_not_panics() {
    let x = values(2 * 3 * 7 * 5, 1);
    let w = values(4 * 3 * 3 * 3, 2);
    let none = attrs(&[]);
    let pad1 = attrs(&[("pads", Attr::Ints(vec![1, 1, 1, 1]))]);
    let (xs, ws): (&[usize], &[usize]) = (&[2, 3, 7, 5], &[4, 3, 3, 3]);
    let wrong_dy = values(2 * 5 * 9 * 5, 3);
    fn err(op: &str, a: &BTreeMap<String, Attr>, inputs: &[(&[f32], &[usize])], out: &[usize]) {
        assert!(run(op, a, inputs, out).is_err(), "{op} accepted bad input");
    }
    let (dy_spatial, dy_channels) = (&wrong_dy[..2 * 4 * 9 * 5], &wrong_dy[..2 * 5 * 7 * 5]);
    err("ConvGradInput", &pad1, &[(dy_spatial, &[2, 4, 9, 5]), (&w, ws), (&x, xs)], xs);
    err("ConvGradInput", &pad1, &[(dy_channels, &[2, 5, 7, 5]), (&w, ws), (&x, xs)], xs);
    err("ConvGradWeight", &pad1, &[(dy_spatial, &[2, 4, 9, 5]), (&x, xs), (&w, ws)], ws);
    err(
        "ConvGradWeight",
        &attrs(&[("group", Attr::Int(0))]),
        &[(&wrong_dy[..280], &[2, 4, 7, 5]), (&x, xs), (&w, ws)],
        ws,
    );
    err("MatMulGradA", &none, &[(&x[..12], &[3, 4]), (&x[..6], &[2, 3]), (&w[..8], &[4, 2])], &[2, 3]);
    err("GemmGradB", &none, &[(&x[..6], &[3, 2]), (&x[..6], &[6]), (&w[..2], &[2])], &[2]);
    err("ConcatGrad", &attrs(&[("index", Attr::Int(2))]), &[(&x[..6], &[2, 3]), (&x[..6], &[2, 3])], &[2, 3]);
    err("ConcatGrad", &attrs(&[("index", Attr::Int(0))]), &[(&x[..6], &[2, 3]), (&x[..8], &[2, 4])], &[2, 4]);
    err("ReduceToShape", &none, &[(&x[..6], &[2, 3]), (&x[..2], &[2])], &[2]);
    err("ReshapeLike", &none, &[(&x[..6], &[2, 3]), (&x[..4], &[4])], &[4]);
    err("ChannelSum", &none, &[(&x[..6], &[6])], &[6]);
    err("ReluGrad", &none, &[(&x[..6], &[2, 3]), (&x[..6], &[3, 2])], &[2, 3]);
    err("SoftmaxGrad", &attrs(&[("axis", Attr::Int(2))]), &[(&x[..6], &[2, 3]), (&x[..6], &[2, 3])], &[2, 3]);
    let pool = attrs(&[("kernel_shape", Attr::Ints(vec![3, 3]))]);
    err("MaxPoolGrad", &pool, &[(&x[..40], &[1, 1, 8, 5]), (&x[..35], &[1, 1, 7, 5])], &[1, 1, 7, 5]);
    err("GlobalAveragePoolGrad", &none, &[(&x[..12], &[2, 3, 2]), (&x[..30], &[2, 3, 5])], &[2, 3, 5]);
    let c = values(3, 4);
    let bn = |wrt: &str| attrs(&[("wrt", Attr::Str(wrt.into())), ("epsilon", Attr::Float(1e-5))]);
    let mut bn_inputs: Vec<(&[f32], &[usize])> = vec![(&x[..6], &[2, 3]), (&x[..6], &[2, 3])];
    bn_inputs.extend([(&c[..], &[3][..]); 4]);
    assert!(run("BatchNormEvalGrad", &bn("scale"), &bn_inputs, &[3]).is_ok());
    err("BatchNormEvalGrad", &bn("mean"), &bn_inputs, &[3]);
    err("BatchNormEvalGrad", &bn("X"), &bn_inputs, &[3]);
    bn_inputs[5] = (&c[..2], &[2]);
    err("BatchNormEvalGrad", &bn("scale"), &bn_inputs, &[3]);
}
