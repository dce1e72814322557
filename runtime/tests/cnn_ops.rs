//! The CNN op set on CPU replicas (1 and 3 replicas, an empty shard included) against float64
//! references: the passes' interpreter where it has the op, plain loops here where it does not.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use ndarray::ArrayD;
use syncbn_reference as reference;
use syncbn_runtime::{run, RunOptions};

/// A graph with input `x` of shape `["N", ...]`, the given initializers, nodes and output `y`.
fn graph(x: &str, inits: &str, nodes: &str) -> syncbn_ir::Graph {
    let text = format!(
        r#"{{"format": "syncbn-ir", "version": 1, "name": "t",
        "inputs": [{{"name": "x", "dtype": "f32", "shape": {x}}}], "outputs": ["y"],
        "initializers": [{inits}], "nodes": [{nodes}]}}"#
    );
    syncbn_ir::json::from_str(&text, Path::new("test.json")).unwrap_or_else(|e| panic!("{e}"))
}

/// Runs `g` on `replicas` CPU replicas over `x` and returns output `y`.
fn run_y(g: &syncbn_ir::Graph, x: &ArrayD<f32>, replicas: usize) -> ArrayD<f32> {
    let opts = RunOptions { replicas, inputs: inputs_x(x.clone()), ..Default::default() };
    let got = run(g, &opts).unwrap_or_else(|e| panic!("R={replicas}: {e}"));
    got.output("y").unwrap().clone()
}

/// Checks `g` on 1 and 3 replicas (batch 2: shards 1, 1, 0) against `want` of the global batch.
fn check(g: &syncbn_ir::Graph, x: &ArrayD<f32>, want: &ArrayD<f64>, what: &str) {
    for replicas in [1, 3] {
        let y = run_y(g, x, replicas);
        assert_eq!(y.shape(), want.shape(), "{what} R={replicas}");
        assert_close(y.as_slice().unwrap(), want.as_slice().unwrap(), 1e-5, &format!("{what} R={replicas}"));
    }
}

/// The passes' float64 interpreter on the global batch.
fn reference_y(g: &syncbn_ir::Graph, x: &ArrayD<f32>) -> ArrayD<f64> {
    let inputs = BTreeMap::from([("x".to_string(), x.mapv(f64::from))]);
    reference::run_global(g, &inputs, 1, 1).unwrap_or_else(|e| panic!("{e}"))["y"].clone()
}

fn data(n: usize, seed: u64) -> String {
    let v: Vec<String> =
        (0..n).map(|i| format!("{:.4}", ((i as u64 * 7919 + seed * 104729) % 997) as f64 / 498.5 - 1.0)).collect();
    v.join(", ")
}

fn conv_graph(c: usize, m: usize, k: &[usize], attrs: &str, bias: bool) -> syncbn_ir::Graph {
    let group = if attrs.contains("\"group\"") {
        attrs
            .split("\"group\": ")
            .nth(1)
            .unwrap()
            .split(|ch: char| !ch.is_ascii_digit())
            .next()
            .unwrap()
            .parse()
            .unwrap()
    } else {
        1
    };
    let wshape: Vec<String> = [m, c / group].iter().chain(k).map(usize::to_string).collect();
    let wlen: usize = [m, c / group].iter().chain(k).product();
    let mut inits =
        format!(r#"{{"name": "w", "dtype": "f32", "shape": [{}], "data": [{}]}}"#, wshape.join(", "), data(wlen, 3));
    if bias {
        inits += &format!(r#", {{"name": "b", "dtype": "f32", "shape": [{m}], "data": [{}]}}"#, data(m, 5));
    }
    let ins = if bias { r#""x", "w", "b""# } else { r#""x", "w""# };
    let spatial: Vec<String> = [7usize, 5, 4][..k.len()].iter().map(usize::to_string).collect();
    let x = format!(r#"["N", {c}, {}]"#, spatial.join(", "));
    graph(
        &x,
        &inits,
        &format!(r#"{{"name": "conv", "op": "Conv", "inputs": [{ins}], "outputs": ["y"], "attrs": {{{attrs}}}}}"#),
    )
}

#[test]
fn conv_strides_pads_dilations_groups_and_bias() {
    let cases: &[(usize, usize, &[usize], &str, bool)] = &[
        (3, 5, &[3, 2], r#""strides": [2, 1], "pads": [1, 0, 2, 1], "dilations": [1, 2]"#, true),
        (4, 4, &[3, 3], r#""group": 4, "pads": [1, 1, 1, 1]"#, true),
        (4, 6, &[1, 1], r#""group": 2, "strides": [2, 2]"#, false),
        (3, 2, &[3], r#""pads": [2, 1], "dilations": [2]"#, true),
        (2, 3, &[2, 3, 2], r#""strides": [1, 2, 1], "pads": [0, 1, 1, 1, 0, 0]"#, false),
    ];
    for (i, &(c, m, k, attrs, bias)) in cases.iter().enumerate() {
        let g = conv_graph(c, m, k, attrs, bias);
        let spatial: Vec<u64> = [7u64, 5, 4][..k.len()].to_vec();
        let x = random_input(2, c, &spatial, 0.3, 1.0, i as u64);
        check(&g, &x, &reference_y(&g, &x), &format!("conv case {i} ({attrs})"));
    }
}

#[test]
fn conv_auto_pad_same_equals_explicit_pads() {
    let x = random_input(2, 3, &[7, 5], 0.0, 1.0, 11);
    let same = conv_graph(3, 2, &[3, 4], r#""auto_pad": "SAME_UPPER", "strides": [2, 1]"#, true);
    // ceil(7/2) = 4 rows: total padding (4-1)*2+3-7 = 2 -> (1, 1); 5 cols, kernel 4: 3 -> (1, 2).
    let explicit = conv_graph(3, 2, &[3, 4], r#""pads": [1, 1, 1, 2], "strides": [2, 1]"#, true);
    check(&same, &x, &reference_y(&explicit, &x), "SAME_UPPER conv");
}

#[test]
fn classifier_head_ops_match_the_reference() {
    let inits = format!(
        r#"{{"name": "wg", "dtype": "f32", "shape": [4, 3], "data": [{}]}},
        {{"name": "cg", "dtype": "f32", "shape": [4], "data": [{}]}},
        {{"name": "s", "dtype": "f32", "shape": [4], "data": [{}]}},
        {{"name": "wm", "dtype": "f32", "shape": [4, 2], "data": [{}]}},
        {{"name": "o", "dtype": "f32", "shape": [1, 2], "data": [0.25, -0.5]}}"#,
        data(12, 1),
        data(4, 2),
        data(4, 3),
        data(8, 4)
    );
    let nodes = r#"
        {"name": "gap", "op": "GlobalAveragePool", "inputs": ["x"], "outputs": ["p"]},
        {"name": "flat", "op": "Flatten", "inputs": ["p"], "outputs": ["f"]},
        {"name": "fc", "op": "Gemm", "inputs": ["f", "wg", "cg"], "outputs": ["g"], "attrs": {"transB": 1, "alpha": 0.5, "beta": 2.0}},
        {"name": "sig", "op": "Sigmoid", "inputs": ["g"], "outputs": ["sg"]},
        {"name": "mul", "op": "Mul", "inputs": ["sg", "s"], "outputs": ["m"]},
        {"name": "clip", "op": "Clip", "inputs": ["m"], "outputs": ["c"], "attrs": {"min": -0.3, "max": 0.4}},
        {"name": "mm", "op": "MatMul", "inputs": ["c", "wm"], "outputs": ["mo"]},
        {"name": "id", "op": "Identity", "inputs": ["mo"], "outputs": ["i"]},
        {"name": "add", "op": "Add", "inputs": ["i", "o"], "outputs": ["y"]}"#;
    let g = graph(r#"["N", 3, 7, 5]"#, &inits, nodes);
    let x = random_input(2, 3, &[7, 5], 0.5, 2.0, 21);
    check(&g, &x, &reference_y(&g, &x), "classifier head");
}

/// PyTorch's pooling over one `[7, 5]` plane: kernel 3, stride 2, pads 1, ceil_mode.
fn pool_reference(plane: &[f64], max: bool, include_pad: bool) -> Vec<f64> {
    let (h, w, k, s, p) = (7i64, 5i64, 3i64, 2i64, 1i64);
    let out = |n: i64| {
        let o = (n + 2 * p - k + s - 1) / s + 1;
        if (o - 1) * s >= n + p {
            o - 1
        } else {
            o
        }
    };
    let mut y = Vec::new();
    for oh in 0..out(h) {
        for ow in 0..out(w) {
            let (h0, w0) = (oh * s - p, ow * s - p);
            let (h1, w1) = ((h0 + k).min(h + p), (w0 + k).min(w + p));
            let pad_count = ((h1 - h0) * (w1 - w0)) as f64;
            let taps: Vec<f64> = (h0.max(0)..h1.min(h))
                .flat_map(|i| (w0.max(0)..w1.min(w)).map(move |j| (i, j)))
                .map(|(i, j)| plane[(i * w + j) as usize])
                .collect();
            y.push(if max {
                taps.iter().copied().fold(f64::NEG_INFINITY, f64::max)
            } else {
                taps.iter().sum::<f64>() / if include_pad { pad_count } else { taps.len() as f64 }
            });
        }
    }
    y
}

#[test]
fn max_and_average_pools_with_ceil_mode_and_padding() {
    let x = random_input(2, 3, &[7, 5], -1.0, 2.0, 31);
    for (op, max, include) in [("MaxPool", true, 0), ("AveragePool", false, 0), ("AveragePool", false, 1)] {
        let extra = if max { String::new() } else { format!(r#", "count_include_pad": {include}"#) };
        let node = format!(
            r#"{{"name": "pool", "op": "{op}", "inputs": ["x"], "outputs": ["y"],
            "attrs": {{"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1], "ceil_mode": 1{extra}}}}}"#
        );
        let g = graph(r#"["N", 3, 7, 5]"#, "", &node);
        let want: Vec<f64> = x
            .as_slice()
            .unwrap()
            .chunks(35)
            .flat_map(|p| pool_reference(&p.iter().map(|&v| f64::from(v)).collect::<Vec<_>>(), max, include == 1))
            .collect();
        let want = ArrayD::from_shape_vec(vec![2, 3, 4, 3], want).unwrap();
        check(&g, &x, &want, &format!("{op} count_include_pad={include}"));
    }
}

#[test]
fn concat_reshape_softmax() {
    let inits = r#"{"name": "shape", "dtype": "i64", "shape": [2], "data": [0, -1]}"#;
    let nodes = r#"
        {"name": "sig", "op": "Sigmoid", "inputs": ["x"], "outputs": ["s"]},
        {"name": "cat", "op": "Concat", "inputs": ["x", "s", "x"], "outputs": ["c"], "attrs": {"axis": 1}},
        {"name": "re", "op": "Reshape", "inputs": ["c", "shape"], "outputs": ["r"]},
        {"name": "sm", "op": "Softmax", "inputs": ["r"], "outputs": ["y"], "attrs": {"axis": -1}}"#;
    let g = graph(r#"["N", 3, 2, 5]"#, inits, nodes);
    let x = random_input(2, 3, &[2, 5], 0.0, 3.0, 41);
    let want: Vec<f64> = x
        .as_slice()
        .unwrap()
        .chunks(30)
        .flat_map(|row| {
            let v: Vec<f64> = row.iter().map(|&a| f64::from(a)).collect();
            let s: Vec<f64> = v.iter().map(|a| 1.0 / (1.0 + (-a).exp())).collect();
            let cat: Vec<f64> = [v.clone(), s, v].concat();
            let total: f64 = cat.iter().map(|a| a.exp()).sum();
            cat.iter().map(|a| a.exp() / total).collect::<Vec<_>>()
        })
        .collect();
    check(&g, &x, &ArrayD::from_shape_vec(vec![2, 90], want).unwrap(), "Concat, Reshape, Softmax");
}

#[test]
fn unsupported_resize_mode_is_an_error_naming_the_node() {
    let nodes =
        r#"{"name": "up", "op": "Resize", "inputs": ["x", "", "sc"], "outputs": ["y"], "attrs": {"mode": "cubic"}}"#;
    let inits = r#"{"name": "sc", "dtype": "f32", "shape": [4], "data": [1, 1, 2, 2]}"#;
    let g = graph(r#"["N", 3, 2, 5]"#, inits, nodes);
    let err = run(&g, &RunOptions::default()).unwrap_err().to_string();
    assert!(err.contains("\"up\"") && err.contains("cubic"), "{err}");
}

/// Resize of one `[h, w]` plane by `(sh, sw)`: linear with half_pixel coordinates (clamped), or
/// nearest with asymmetric coordinates and floor.
fn resize_reference(plane: &[f64], (h, w): (usize, usize), (sh, sw): (usize, usize), linear: bool) -> Vec<f64> {
    let coord = |j: usize, s: usize, n: usize| -> (usize, usize, f64) {
        if linear {
            let x = ((j as f64 + 0.5) / s as f64 - 0.5).clamp(0.0, (n - 1) as f64);
            (x.floor() as usize, (x.floor() as usize + 1).min(n - 1), x - x.floor())
        } else {
            ((j / s).min(n - 1), (j / s).min(n - 1), 0.0)
        }
    };
    let mut y = Vec::new();
    for i in 0..h * sh {
        for j in 0..w * sw {
            let ((r0, r1, a), (c0, c1, b)) = (coord(i, sh, h), coord(j, sw, w));
            let at = |r: usize, c: usize| plane[r * w + c];
            y.push(
                (1.0 - a) * ((1.0 - b) * at(r0, c0) + b * at(r0, c1)) + a * ((1.0 - b) * at(r1, c0) + b * at(r1, c1)),
            );
        }
    }
    y
}

#[test]
fn resize_nearest_and_linear() {
    let x = random_input(2, 3, &[2, 5], 0.0, 2.0, 51);
    let inits = r#"{"name": "sc", "dtype": "f32", "shape": [4], "data": [1, 1, 2, 3]}"#;
    for (linear, attrs) in [
        (true, r#""mode": "linear", "coordinate_transformation_mode": "half_pixel""#),
        (false, r#""mode": "nearest", "coordinate_transformation_mode": "asymmetric", "nearest_mode": "floor""#),
    ] {
        let node = format!(
            r#"{{"name": "up", "op": "Resize", "inputs": ["x", "", "sc"], "outputs": ["y"], "attrs": {{{attrs}}}}}"#
        );
        let g = graph(r#"["N", 3, 2, 5]"#, inits, &node);
        let want: Vec<f64> = x
            .as_slice()
            .unwrap()
            .chunks(10)
            .flat_map(|p| {
                resize_reference(&p.iter().map(|&v| f64::from(v)).collect::<Vec<_>>(), (2, 5), (2, 3), linear)
            })
            .collect();
        check(&g, &x, &ArrayD::from_shape_vec(vec![2, 3, 4, 15], want).unwrap(), &format!("Resize {attrs}"));
    }
}
