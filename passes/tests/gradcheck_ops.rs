//! Finite-difference checks in float64 of every gradient op of `syncbn_ir::grad`, run through the
//! reference interpreter: for a forward op `f`, random `x`, `dY` and direction `v`,
//! `<grad_op(dY, ...), v>` must equal `(<f(x + h v), dY> - <f(x - h v), dY>) / 2h`. Shapes are odd
//! (C = 3, 7x5 spatial, N = 1, stride 2 with padding, groups, depthwise, broadcasts of rank 1 to 4);
//! non-smooth ops sample away from kinks and ties. Also: the lowered BatchNorm backward
//! (BnGradReduce, AllReduce, BnGradInput, BnGradParams) on R shards equals BatchNormGrad over the
//! global batch. Inputs have fixed shapes (LayerNormalization refuses run-time normalized axes).

mod common;
mod fd;

use std::collections::BTreeMap;

use ndarray::IxDyn;
use proptest::prelude::*;
use syncbn_ir::grad::{self, grad_name, grad_output_name};
use syncbn_ir::lowered::{self, Activation};
use syncbn_ir::{Attr, DType, Dim, Graph, Node, ValueInfo};
use syncbn_reference::grad_bn::{batch_norm_grad, bn_grad_input, bn_grad_reduce, Mask};
use syncbn_reference::{run_global, run_lowered, split_batch, Tensor};

use common::{Builder, Rng};
use fd::{fd_check, random};

/// Proptest cases: `PROPTEST_CASES`, or 12.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(12)
}

fn ints(v: &[i64]) -> Attr {
    Attr::Ints(v.to_vec())
}

/// Values at least `margin` away from every point of `kinks`, uniform otherwise in `[lo, hi)`.
fn away_from(rng: &mut Rng, shape: &[usize], (lo, hi): (f64, f64), kinks: &[f64], margin: f64) -> Tensor {
    let mut t = random(rng, shape, lo, hi);
    for v in t.iter_mut() {
        while kinks.iter().any(|k| (*v - k).abs() < margin) {
            *v = rng.uniform(lo, hi);
        }
    }
    t
}

/// Distinct values (a shuffled ladder with step 0.01 plus jitter below 0.001): no ties in a max.
fn distinct(rng: &mut Rng, shape: &[usize]) -> Tensor {
    let n: usize = shape.iter().product();
    let mut ladder: Vec<f64> = (0..n).map(|i| i as f64 * 0.01 - n as f64 * 0.005).collect();
    for i in (1..n).rev() {
        ladder.swap(i, rng.below(i + 1));
    }
    let values = ladder.into_iter().map(|v| v + rng.uniform(0.0, 0.001)).collect();
    Tensor::from_shape_vec(IxDyn(shape), values).expect("shape")
}

/// Runs one node of `op` on `inputs` (`None`: an absent optional input) through the reference
/// interpreter, returning its `outputs` outputs.
fn eval(op: &str, attrs: &[(&str, Attr)], inputs: &[Option<&Tensor>], outputs: usize) -> Vec<Tensor> {
    let mut graph = Graph::new(op);
    let mut names = Vec::new();
    let mut values = BTreeMap::new();
    for (i, t) in inputs.iter().enumerate() {
        let Some(t) = t else {
            names.push(String::new());
            continue;
        };
        let name = format!("in{i}");
        let shape = t.shape().iter().map(|&d| Dim::Fixed(d as u64)).collect();
        graph.inputs.push(ValueInfo { name: name.clone(), dtype: DType::F32, shape });
        values.insert(name.clone(), (*t).clone());
        names.push(name);
    }
    let outs: Vec<String> = (0..outputs).map(|i| format!("out{i}")).collect();
    graph.nodes.push(Node {
        name: "n".into(),
        op: op.into(),
        inputs: names,
        outputs: outs.clone(),
        attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
    });
    graph.outputs = outs.clone();
    let mut result = run_global(&graph, &values, 1, 1).unwrap_or_else(|e| panic!("{op}: {e}"));
    outs.iter().map(|o| result.remove(o).expect("output")).collect()
}

/// Checks a grad op whose gradient is taken in forward input `wrt`: the forward `fwd` on
/// `operands`, the gradient from `grad_of(dy)`.
fn check_op(
    what: &str,
    rng: &mut Rng,
    (fwd, attrs): (&str, &[(&str, Attr)]),
    operands: &[Option<&Tensor>],
    wrt: usize,
    grad_of: impl Fn(&Tensor) -> Tensor,
) -> f64 {
    let x = operands[wrt].expect("operand").clone();
    let f = |t: &Tensor| {
        let mut ops = operands.to_vec();
        ops[wrt] = Some(t);
        eval(fwd, attrs, &ops, 1).remove(0)
    };
    let y = f(&x);
    let dy = random(rng, y.shape(), -1.0, 1.0);
    fd_check(what, rng, &x, &dy, &grad_of(&dy), f)
}

#[test]
fn relu_clip_sigmoid_grads() {
    let mut rng = Rng(1);
    let shape = [2, 3, 7, 5];
    let x = away_from(&mut rng, &shape, (-2.0, 2.0), &[0.0], 0.05);
    let y = eval("Relu", &[], &[Some(&x)], 1).remove(0);
    check_op("ReluGrad", &mut rng, ("Relu", &[]), &[Some(&x)], 0, |dy| {
        eval(grad::RELU_GRAD, &[], &[Some(dy), Some(&y)], 1).remove(0)
    });
    let bounds = [("min", Attr::Float(-0.5)), ("max", Attr::Float(0.6))];
    let x = away_from(&mut rng, &shape, (-2.0, 2.0), &[-0.5, 0.6], 0.05);
    let y = eval("Clip", &bounds, &[Some(&x)], 1).remove(0);
    let grad_attrs = [("clip_min", Attr::Float(-0.5)), ("clip_max", Attr::Float(0.6))];
    check_op("ClipGrad", &mut rng, ("Clip", &bounds), &[Some(&x)], 0, |dy| {
        eval(grad::CLIP_GRAD, &grad_attrs, &[Some(dy), Some(&y)], 1).remove(0)
    });
    let lower_only = [("min", Attr::Float(0.0))];
    let x = away_from(&mut rng, &[3, 5], (-2.0, 2.0), &[0.0], 0.05);
    let y = eval("Clip", &lower_only, &[Some(&x)], 1).remove(0);
    check_op("ClipGrad (lower bound only)", &mut rng, ("Clip", &lower_only), &[Some(&x)], 0, |dy| {
        eval(grad::CLIP_GRAD, &[("clip_min", Attr::Float(0.0))], &[Some(dy), Some(&y)], 1).remove(0)
    });
    let x = random(&mut rng, &shape, -4.0, 4.0);
    let y = eval("Sigmoid", &[], &[Some(&x)], 1).remove(0);
    check_op("SigmoidGrad", &mut rng, ("Sigmoid", &[]), &[Some(&x)], 0, |dy| {
        eval(grad::SIGMOID_GRAD, &[], &[Some(dy), Some(&y)], 1).remove(0)
    });
}

#[test]
fn layer_norm_grads_every_axis_with_broadcast_scale() {
    let mut rng = Rng(21);
    let x = random(&mut rng, &[2, 3, 7, 5], -2.0, 2.0);
    for (axis, scale_shape) in [(-1i64, vec![5]), (1, vec![3, 7, 5]), (2, vec![7, 1]), (-3, vec![5])] {
        let attrs = [("axis", Attr::Int(axis)), ("epsilon", Attr::Float(1e-3))];
        let s = random(&mut rng, &scale_shape, 0.5, 1.5);
        let b = random(&mut rng, &scale_shape, -0.5, 0.5);
        let ops = [Some(&x), Some(&s), Some(&b)];
        let fwd = ("LayerNormalization", &attrs[..]);
        check_op(&format!("LayerNormGrad axis {axis}"), &mut rng, fwd, &ops, 0, |dy| {
            eval(grad::LAYER_NORM_GRAD, &attrs, &[Some(dy), Some(&x), Some(&s)], 1).remove(0)
        });
        check_op(&format!("LayerNormScaleGrad axis {axis}"), &mut rng, fwd, &ops, 1, |dy| {
            let full = eval(grad::LAYER_NORM_SCALE_GRAD, &attrs, &[Some(dy), Some(&x)], 1).remove(0);
            eval(grad::REDUCE_TO_SHAPE, &[], &[Some(&full), Some(&s)], 1).remove(0)
        });
    }
}

#[test]
fn softmax_grad_every_axis() {
    let mut rng = Rng(2);
    let x = random(&mut rng, &[2, 3, 5], -3.0, 3.0);
    for axis in [-1i64, 0, 1, 2, -3] {
        let attrs = [("axis", Attr::Int(axis))];
        let y = eval("Softmax", &attrs, &[Some(&x)], 1).remove(0);
        check_op(&format!("SoftmaxGrad axis {axis}"), &mut rng, ("Softmax", &attrs), &[Some(&x)], 0, |dy| {
            eval(grad::SOFTMAX_GRAD, &attrs, &[Some(dy), Some(&y)], 1).remove(0)
        });
    }
    let y = eval("Softmax", &[], &[Some(&x)], 1).remove(0);
    check_op("SoftmaxGrad default axis", &mut rng, ("Softmax", &[]), &[Some(&x)], 0, |dy| {
        eval(grad::SOFTMAX_GRAD, &[], &[Some(dy), Some(&y)], 1).remove(0)
    });
}

/// A full shape of rank 1 to 4 and an operand shape of rank >= 1 that broadcasts to it (leading
/// axes dropped, some axes 1).
fn broadcast_pair() -> impl Strategy<Value = (Vec<usize>, Vec<usize>)> {
    (prop::collection::vec(1usize..5, 1..=4), any::<u64>()).prop_map(|(full, bits)| {
        let drop = (bits % full.len() as u64) as usize;
        let operand =
            full[drop..].iter().enumerate().map(|(i, &d)| if (bits >> (8 + i)) & 1 == 1 { 1 } else { d }).collect();
        (full, operand)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// ReduceToShape is the gradient of both operands of Add and Mul under broadcasting.
    #[test]
    fn reduce_to_shape_is_the_broadcast_gradient((full, small) in broadcast_pair(), seed in any::<u64>(), swap in any::<bool>()) {
        let mut rng = Rng(seed);
        let (big, little) = (random(&mut rng, &full, -1.0, 1.0), random(&mut rng, &small, -1.0, 1.0));
        let (a, b) = if swap { (&little, &big) } else { (&big, &little) };
        for (i, like) in [(0usize, a), (1, b)] {
            check_op(&format!("ReduceToShape (Add {i})"), &mut rng, ("Add", &[]), &[Some(a), Some(b)], i, |dy| {
                eval(grad::REDUCE_TO_SHAPE, &[], &[Some(dy), Some(like)], 1).remove(0)
            });
            let other = if i == 0 { b } else { a };
            check_op(&format!("ReduceToShape (Mul {i})"), &mut rng, ("Mul", &[]), &[Some(a), Some(b)], i, |dy| {
                let prod = eval("Mul", &[], &[Some(dy), Some(other)], 1).remove(0);
                eval(grad::REDUCE_TO_SHAPE, &[], &[Some(&prod), Some(like)], 1).remove(0)
            });
        }
    }

    /// MatMul's gradients with batch axes broadcast both ways (ranks 2 to 4).
    #[test]
    fn matmul_grads_broadcast((batch, a_batch) in broadcast_pair(), m in 1usize..4, k in 1usize..5, n in 1usize..4, seed in any::<u64>(), swap in any::<bool>()) {
        let mut rng = Rng(seed);
        let batch = &batch[batch.len().saturating_sub(2)..];
        let a_batch = &a_batch[a_batch.len().saturating_sub(batch.len())..];
        let (ab, bb) = if swap { (batch, a_batch) } else { (a_batch, batch) };
        let a = random(&mut rng, &[ab, &[m, k][..]].concat(), -1.0, 1.0);
        let b = random(&mut rng, &[bb, &[k, n][..]].concat(), -1.0, 1.0);
        check_op("MatMulGradA", &mut rng, ("MatMul", &[]), &[Some(&a), Some(&b)], 0, |dy| {
            eval(grad::MATMUL_GRAD_A, &[], &[Some(dy), Some(&a), Some(&b)], 1).remove(0)
        });
        check_op("MatMulGradB", &mut rng, ("MatMul", &[]), &[Some(&a), Some(&b)], 1, |dy| {
            eval(grad::MATMUL_GRAD_B, &[], &[Some(dy), Some(&a), Some(&b)], 1).remove(0)
        });
    }

    /// Conv gradients in X and W over random geometry: 1 or 2 spatial axes, strides, uneven pads,
    /// dilations, groups (1, 3 and depthwise).
    #[test]
    fn conv_grads_random_geometry(
        d in 1usize..=2, n in 1usize..3, group in prop::sample::select(vec![1usize, 3]), cg in 1usize..3,
        mg in 1usize..3, kernel in prop::collection::vec(1usize..4, 2), stride in prop::collection::vec(1usize..3, 2),
        dil in prop::collection::vec(1usize..3, 2), pads in prop::collection::vec(0usize..3, 4),
        extra in prop::collection::vec(0usize..4, 2), seed in any::<u64>(),
    ) {
        let mut rng = Rng(seed);
        let spatial: Vec<usize> = (0..d).map(|i| (dil[i] * (kernel[i] - 1) + 1 + extra[i]).saturating_sub(pads[i] + pads[i + 2]).max(1)).collect();
        let x_shape = [&[n, group * cg][..], &spatial].concat();
        let w_shape = [&[group * mg, cg][..], &kernel[..d]].concat();
        let to_i64 = |v: &[usize]| v.iter().map(|&x| x as i64).collect::<Vec<_>>();
        let attrs = [
            ("strides", ints(&to_i64(&stride[..d]))),
            ("dilations", ints(&to_i64(&dil[..d]))),
            ("pads", ints(&to_i64(&[&pads[..d], &pads[2..2 + d]].concat()))),
            ("group", Attr::Int(group as i64)),
            ("kernel_shape", ints(&to_i64(&kernel[..d]))),
        ];
        check_conv("Conv (random)", &mut rng, &x_shape, &w_shape, &attrs);
    }
}

/// Checks ConvGradInput, ConvGradWeight and ChannelSum (the bias) for one geometry.
fn check_conv(what: &str, rng: &mut Rng, x_shape: &[usize], w_shape: &[usize], attrs: &[(&str, Attr)]) {
    let x = random(rng, x_shape, -1.0, 1.0);
    let w = random(rng, w_shape, -1.0, 1.0);
    let b = random(rng, &[w_shape[0]], -1.0, 1.0);
    let ops = [Some(&x), Some(&w), Some(&b)];
    check_op(&format!("{what} ConvGradInput"), rng, ("Conv", attrs), &ops, 0, |dy| {
        eval(grad::CONV_GRAD_INPUT, attrs, &[Some(dy), Some(&w), Some(&x)], 1).remove(0)
    });
    check_op(&format!("{what} ConvGradWeight"), rng, ("Conv", attrs), &ops, 1, |dy| {
        eval(grad::CONV_GRAD_WEIGHT, attrs, &[Some(dy), Some(&x), Some(&w)], 1).remove(0)
    });
    check_op(&format!("{what} ChannelSum"), rng, ("Conv", attrs), &ops, 2, |dy| {
        eval(grad::CHANNEL_SUM, &[], &[Some(dy)], 1).remove(0)
    });
}

#[test]
fn conv_grads_named_geometries() {
    let mut rng = Rng(3);
    let plain = [("strides", ints(&[2, 2])), ("pads", ints(&[1, 0, 2, 1])), ("kernel_shape", ints(&[3, 2]))];
    check_conv("stride 2, uneven pads, N=1", &mut rng, &[1, 3, 7, 5], &[4, 3, 3, 2], &plain);
    let grouped = [("group", Attr::Int(3)), ("dilations", ints(&[2, 1])), ("pads", ints(&[1, 1, 1, 1]))];
    check_conv("groups 3, dilation 2", &mut rng, &[2, 6, 7, 5], &[6, 2, 3, 3], &grouped);
    let depthwise = [("group", Attr::Int(3)), ("strides", ints(&[2, 2])), ("pads", ints(&[1, 1, 1, 1]))];
    check_conv("depthwise stride 2", &mut rng, &[2, 3, 7, 5], &[3, 1, 3, 3], &depthwise);
    let depth_mult = [("group", Attr::Int(3))];
    check_conv("depthwise multiplier 2", &mut rng, &[1, 3, 7, 5], &[6, 1, 3, 1], &depth_mult);
    let three_d = [("strides", ints(&[1, 2, 1])), ("pads", ints(&[0, 1, 0, 1, 0, 1]))];
    check_conv("3-D", &mut rng, &[1, 3, 3, 5, 4], &[2, 3, 2, 3, 2], &three_d);
}

#[test]
fn gemm_grads_every_transpose() {
    let mut rng = Rng(4);
    let (m, k, n) = (3, 5, 2);
    for (ta, tb) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
        let attrs = [
            ("alpha", Attr::Float(0.7)),
            ("beta", Attr::Float(-1.3)),
            ("transA", Attr::Int(ta)),
            ("transB", Attr::Int(tb)),
        ];
        let (a_shape, b_shape) = (if ta == 1 { [k, m] } else { [m, k] }, if tb == 1 { [n, k] } else { [k, n] });
        let (a, b) = (random(&mut rng, &a_shape, -1.0, 1.0), random(&mut rng, &b_shape, -1.0, 1.0));
        let c = random(&mut rng, &[n], -1.0, 1.0);
        let ops = [Some(&a), Some(&b), Some(&c)];
        let what = format!("transA={ta} transB={tb}");
        check_op(&format!("GemmGradA {what}"), &mut rng, ("Gemm", &attrs), &ops, 0, |dy| {
            eval(grad::GEMM_GRAD_A, &attrs, &[Some(dy), Some(&a), Some(&b)], 1).remove(0)
        });
        check_op(&format!("GemmGradB {what}"), &mut rng, ("Gemm", &attrs), &ops, 1, |dy| {
            eval(grad::GEMM_GRAD_B, &attrs, &[Some(dy), Some(&a), Some(&b)], 1).remove(0)
        });
        check_op(&format!("Gemm C (ReduceToShape alpha=beta) {what}"), &mut rng, ("Gemm", &attrs), &ops, 2, |dy| {
            eval(grad::REDUCE_TO_SHAPE, &[("alpha", Attr::Float(-1.3))], &[Some(dy), Some(&c)], 1).remove(0)
        });
    }
}

#[test]
fn reshape_flatten_identity_concat_grads() {
    let mut rng = Rng(5);
    let x = random(&mut rng, &[2, 3, 7, 5], -1.0, 1.0);
    let spec = Tensor::from_shape_vec(IxDyn(&[3]), vec![0.0, -1.0, 5.0]).expect("shape");
    check_op("ReshapeLike (Reshape)", &mut rng, ("Reshape", &[]), &[Some(&x), Some(&spec)], 0, |dy| {
        eval(grad::RESHAPE_LIKE, &[], &[Some(dy), Some(&x)], 1).remove(0)
    });
    let flat = [("axis", Attr::Int(2))];
    check_op("ReshapeLike (Flatten)", &mut rng, ("Flatten", &flat), &[Some(&x)], 0, |dy| {
        eval(grad::RESHAPE_LIKE, &[], &[Some(dy), Some(&x)], 1).remove(0)
    });
    check_op("ReshapeLike (Identity)", &mut rng, ("Identity", &[]), &[Some(&x)], 0, |dy| {
        eval(grad::RESHAPE_LIKE, &[], &[Some(dy), Some(&x)], 1).remove(0)
    });
    let parts = [random(&mut rng, &[2, 3, 2, 5], -1.0, 1.0), x.clone(), random(&mut rng, &[2, 3, 1, 5], -1.0, 1.0)];
    for axis in [2i64, -2] {
        let attrs = [("axis", Attr::Int(axis))];
        let ops: Vec<Option<&Tensor>> = parts.iter().map(Some).collect();
        for index in 0..3 {
            let grad_attrs = [("axis", Attr::Int(axis)), ("index", Attr::Int(index as i64))];
            check_op(
                &format!("ConcatGrad axis {axis} index {index}"),
                &mut rng,
                ("Concat", &attrs),
                &ops,
                index,
                |dy| {
                    let mut args = vec![Some(dy)];
                    args.extend(ops.iter().copied());
                    eval(grad::CONCAT_GRAD, &grad_attrs, &args, 1).remove(0)
                },
            );
        }
    }
}

/// Node attributes by name.
type Attrs = Vec<(&'static str, Attr)>;

/// Pool attribute sets: stride 2 with padding, ceil_mode, dilation, 1-D and 3-D.
fn pool_cases() -> Vec<(Vec<usize>, Attrs)> {
    vec![
        (
            vec![2, 3, 7, 5],
            vec![("kernel_shape", ints(&[3, 3])), ("strides", ints(&[2, 2])), ("pads", ints(&[1, 1, 1, 1]))],
        ),
        (
            vec![1, 3, 7, 5],
            vec![("kernel_shape", ints(&[2, 3])), ("strides", ints(&[2, 2])), ("ceil_mode", Attr::Int(1))],
        ),
        (
            vec![1, 3, 7, 5],
            vec![("kernel_shape", ints(&[2, 2])), ("dilations", ints(&[2, 1])), ("pads", ints(&[0, 1, 1, 0]))],
        ),
        (vec![2, 3, 7], vec![("kernel_shape", ints(&[3])), ("strides", ints(&[2])), ("pads", ints(&[1, 1]))]),
        (vec![1, 3, 3, 4, 5], vec![("kernel_shape", ints(&[2, 2, 3])), ("strides", ints(&[1, 2, 2]))]),
    ]
}

#[test]
fn max_pool_grad_without_ties() {
    let mut rng = Rng(6);
    for (shape, attrs) in pool_cases() {
        let x = distinct(&mut rng, &shape);
        check_op(&format!("MaxPoolGrad {shape:?}"), &mut rng, ("MaxPool", &attrs), &[Some(&x)], 0, |dy| {
            eval(grad::MAX_POOL_GRAD, &attrs, &[Some(dy), Some(&x)], 1).remove(0)
        });
    }
}

#[test]
fn average_pool_grads_with_and_without_pad_counts() {
    let mut rng = Rng(7);
    for (shape, mut attrs) in pool_cases() {
        for include in [0, 1] {
            attrs.retain(|(k, _)| *k != "count_include_pad");
            attrs.push(("count_include_pad", Attr::Int(include)));
            let x = random(&mut rng, &shape, -1.0, 1.0);
            let what = format!("AveragePoolGrad {shape:?} count_include_pad={include}");
            check_op(&what, &mut rng, ("AveragePool", &attrs), &[Some(&x)], 0, |dy| {
                eval(grad::AVERAGE_POOL_GRAD, &attrs, &[Some(dy), Some(&x)], 1).remove(0)
            });
        }
    }
    for shape in [vec![2, 3, 7, 5], vec![1, 3, 7], vec![1, 3, 2, 3, 2]] {
        let x = random(&mut rng, &shape, -1.0, 1.0);
        check_op(
            &format!("GlobalAveragePoolGrad {shape:?}"),
            &mut rng,
            ("GlobalAveragePool", &[]),
            &[Some(&x)],
            0,
            |dy| eval(grad::GLOBAL_AVERAGE_POOL_GRAD, &[], &[Some(dy), Some(&x)], 1).remove(0),
        );
    }
}

#[test]
fn resize_grads_every_mode() {
    let mut rng = Rng(8);
    let x = random(&mut rng, &[1, 3, 7, 5], -1.0, 1.0);
    let sizes = Tensor::from_shape_vec(IxDyn(&[4]), vec![1.0, 3.0, 11.0, 3.0]).expect("shape");
    let scales = Tensor::from_shape_vec(IxDyn(&[2]), vec![2.0, 0.6]).expect("shape");
    let modes = [
        ("nearest", "round_prefer_floor"),
        ("nearest", "round_prefer_ceil"),
        ("nearest", "floor"),
        ("nearest", "ceil"),
        ("linear", "floor"),
    ];
    for coord in ["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"] {
        for (mode, nearest) in modes {
            let mut attrs = vec![
                ("mode", Attr::Str(mode.into())),
                ("coordinate_transformation_mode", Attr::Str(coord.into())),
                ("nearest_mode", Attr::Str(nearest.into())),
            ];
            let by_sizes = [Some(&x), None, None, Some(&sizes)];
            check_op(
                &format!("ResizeGrad {mode}/{nearest} {coord} sizes"),
                &mut rng,
                ("Resize", &attrs),
                &by_sizes,
                0,
                |dy| eval(grad::RESIZE_GRAD, &attrs, &[Some(dy), Some(&x), None, None, Some(&sizes)], 1).remove(0),
            );
            attrs.push(("axes", ints(&[2, -1])));
            let by_scales = [Some(&x), None, Some(&scales)];
            check_op(
                &format!("ResizeGrad {mode}/{nearest} {coord} scales"),
                &mut rng,
                ("Resize", &attrs),
                &by_scales,
                0,
                |dy| eval(grad::RESIZE_GRAD, &attrs, &[Some(dy), Some(&x), None, Some(&scales)], 1).remove(0),
            );
        }
    }
}

/// BatchNormalization's parameters for `c` channels: scale, B, mean, var.
fn bn_params(rng: &mut Rng, c: usize) -> [Tensor; 4] {
    [
        random(rng, &[c], 0.5, 1.5),
        random(rng, &[c], -0.5, 0.5),
        random(rng, &[c], -0.3, 0.3),
        random(rng, &[c], 0.5, 2.0),
    ]
}

#[test]
fn batch_norm_eval_grads() {
    let mut rng = Rng(9);
    for shape in [vec![5, 3], vec![1, 3, 7, 5], vec![2, 3, 2, 3, 2]] {
        let x = random(&mut rng, &shape, -2.0, 2.0);
        let [s, b, m, v] = bn_params(&mut rng, 3);
        let fwd = [("epsilon", Attr::Float(1e-3))];
        let ops = [Some(&x), Some(&s), Some(&b), Some(&m), Some(&v)];
        for (i, wrt) in [(0usize, "X"), (1, "scale"), (2, "B")] {
            let attrs = [("epsilon", Attr::Float(1e-3)), ("wrt", Attr::Str(wrt.into()))];
            check_op(
                &format!("BatchNormEvalGrad {wrt} {shape:?}"),
                &mut rng,
                ("BatchNormalization", &fwd),
                &ops,
                i,
                |dy| {
                    let mut args = vec![Some(dy)];
                    args.extend(ops);
                    eval(grad::BATCH_NORM_EVAL_GRAD, &attrs, &args, 1).remove(0)
                },
            );
        }
    }
}

#[test]
fn batch_norm_grad_matches_training_forward() {
    let mut rng = Rng(10);
    for shape in [vec![5, 3], vec![2, 3, 7], vec![1, 3, 7, 5], vec![2, 3, 2, 3, 2]] {
        let x = random(&mut rng, &shape, -2.0, 3.0);
        let [s, b, m, v] = bn_params(&mut rng, 3);
        let fwd = [("epsilon", Attr::Float(1e-3)), ("training_mode", Attr::Int(1))];
        let ops = [Some(&x), Some(&s), Some(&b), Some(&m), Some(&v)];
        let f = |t: &Tensor, i: usize| {
            let mut o = ops;
            o[i] = Some(t);
            eval("BatchNormalization", &fwd, &o, 1).remove(0)
        };
        let dy = random(&mut rng, &shape, -1.0, 1.0);
        let mut args = vec![Some(&dy)];
        args.extend(ops);
        let grads = eval(grad::BATCH_NORM_GRAD, &[("epsilon", Attr::Float(1e-3))], &args, 3);
        for (i, what) in [(0usize, "dX"), (1, "d_scale"), (2, "d_B")] {
            let at = ops[i].expect("operand");
            fd_check(&format!("BatchNormGrad {what} {shape:?}"), &mut rng, at, &dy, &grads[i], |t| f(t, i));
        }
    }
}

/// The fused activation of a lowered BatchNorm backward: its node attributes, the forward op and
/// attributes that apply it in the global graph, and the gradient op and attributes.
struct Act {
    lowered: Attrs,
    forward: (&'static str, Attrs),
    grad: (&'static str, Attrs),
}

fn activations() -> Vec<(&'static str, Option<Act>)> {
    let clip = || vec![("clip_min", Attr::Float(-0.25)), ("clip_max", Attr::Float(0.75))];
    vec![
        ("none", None),
        (
            "relu",
            Some(Act {
                lowered: vec![("activation", Attr::Str("relu".into()))],
                forward: ("Relu", vec![]),
                grad: (grad::RELU_GRAD, vec![]),
            }),
        ),
        (
            "clip",
            Some(Act {
                lowered: [vec![("activation", Attr::Str("clip".into()))], clip()].concat(),
                forward: ("Clip", vec![("min", Attr::Float(-0.25)), ("max", Attr::Float(0.75))]),
                grad: (grad::CLIP_GRAD, clip()),
            }),
        ),
    ]
}

/// Declares the batch inputs `x` and `grad_output/y` of shape `[N, 3, 5]` and BatchNorm's
/// initializers.
fn bn_graph(name: &str, rng: &mut Rng) -> Builder {
    let mut b = Builder::new(name, rng.next_u64());
    b.input("x", &[3, 5]);
    b.input(&grad_output_name("y"), &[3, 5]);
    b.random_init("scale", &[3], 0.5, 1.5);
    b.random_init("bias", &[3], -0.5, 0.5);
    b.random_init("rm", &[3], -0.2, 0.2);
    b.random_init("rv", &[3], 0.5, 2.0);
    b
}

/// The global training graph: BatchNormalization (training), the activation, its gradient,
/// BatchNormGrad and ParamGradSum.
fn global_graph(rng: &mut Rng, act: Option<&Act>) -> Graph {
    let mut b = bn_graph("global", rng);
    let eps = ("epsilon", Attr::Float(1e-5));
    let bn_out = if act.is_some() { "b" } else { "y" };
    let bn_attrs = [eps.clone(), ("training_mode", Attr::Int(1))];
    b.node("BatchNormalization", "bn", &["x", "scale", "bias", "rm", "rv"], &[bn_out, "rm_out", "rv_out"], &bn_attrs);
    let dy = grad_output_name("y");
    let dz = match act {
        Some(a) => {
            b.node(a.forward.0, "act", &["b"], &["y"], &a.forward.1);
            b.node(a.grad.0, "act_grad", &[&dy, "y"], &["dz"], &a.grad.1);
            "dz".to_string()
        }
        None => dy,
    };
    let bn_grad_attrs = [eps, ("momentum", Attr::Float(0.9)), ("forward", Attr::Str("bn".into()))];
    let inputs = [dz.as_str(), "x", "scale", "bias", "rm", "rv"];
    b.node(grad::BATCH_NORM_GRAD, "bn_grad", &inputs, &[&grad_name("x"), "ds", "db"], &bn_grad_attrs);
    b.node(grad::PARAM_GRAD_SUM, "sum_scale", &["ds"], &[&grad_name("scale")], &[]);
    b.node(grad::PARAM_GRAD_SUM, "sum_bias", &["db"], &[&grad_name("bias")], &[]);
    b.graph.outputs = ["y", "rm_out", "rv_out"].map(String::from).to_vec();
    b.graph.outputs.extend(["x", "scale", "bias"].map(grad_name));
    b.finish()
}

/// How a lowered graph sums the parameter gradients.
#[derive(Clone, Copy, Debug)]
enum ParamSum {
    /// BnGradParams of this replica's payload, then an AllReduce with scope "world".
    WorldAllReduce,
    /// BnGradParams of this replica's payload, then ParamGradSum (the interpreter sums it).
    ParamGradSum,
    /// BnGradParams of the group's payload (valid when the group is every replica).
    GroupPayload,
}

/// The lowered training graph: moments, AllReduce, finalize, normalize with the fused activation,
/// BnGradReduce, AllReduce, BnGradInput, BnGradParams and the parameter sum.
fn lowered_graph(rng: &mut Rng, act: Option<&Act>, sum: ParamSum) -> Graph {
    let mut b = bn_graph("lowered", rng);
    let act_attrs = act.map_or_else(Vec::new, |a| a.lowered.clone());
    let group = [("scope", Attr::Str("group".into()))];
    b.node(lowered::LOCAL_MOMENTS, "moments", &["x"], &["m"], &[]);
    b.node(lowered::ALL_REDUCE, "reduce_m", &["m"], &["ms"], &group);
    let fin = [("epsilon", Attr::Float(1e-5)), ("momentum", Attr::Float(0.9))];
    b.node(lowered::BN_FINALIZE, "fin", &["ms", "scale", "bias", "rm", "rv"], &["np", "rm_out", "rv_out"], &fin);
    b.node(lowered::BN_NORMALIZE, "norm", &["x", "np"], &["y"], &act_attrs);
    let dy = grad_output_name("y");
    let y_in: &[&str] = if act.is_some() { &["y"] } else { &[] };
    b.node(grad::BN_GRAD_REDUCE, "grad_reduce", &[&[dy.as_str(), "x", "np"][..], y_in].concat(), &["gs"], &act_attrs);
    b.node(lowered::ALL_REDUCE, "reduce_g", &["gs"], &["gss"], &[]);
    let input_args = [&[dy.as_str(), "x", "np", "gss"][..], y_in].concat();
    b.node(grad::BN_GRAD_INPUT, "grad_input", &input_args, &[&grad_name("x")], &act_attrs);
    let (gx, gs, gb) = (grad_name("x"), grad_name("scale"), grad_name("bias"));
    match sum {
        ParamSum::GroupPayload => b.node(grad::BN_GRAD_PARAMS, "params", &["gss", "np"], &[&gs, &gb], &[]),
        ParamSum::WorldAllReduce => {
            b.node(grad::BN_GRAD_PARAMS, "params", &["gs", "np"], &["ds", "db"], &[]);
            b.node(
                lowered::ALL_REDUCE,
                "reduce_p",
                &["ds", "db"],
                &[&gs, &gb],
                &[("scope", Attr::Str("world".into()))],
            );
        }
        ParamSum::ParamGradSum => {
            b.node(grad::BN_GRAD_PARAMS, "params", &["gs", "np"], &["ds", "db"], &[]);
            b.node(grad::PARAM_GRAD_SUM, "sum_scale", &["ds"], &[&gs], &[]);
            b.node(grad::PARAM_GRAD_SUM, "sum_bias", &["db"], &[&gb], &[]);
        }
    }
    b.graph.outputs = vec!["y".into(), "rm_out".into(), "rv_out".into(), gx, gs, gb];
    b.finish()
}

/// The largest difference between two output sets relative to each tensor's largest magnitude.
fn max_rel_diff(a: &BTreeMap<String, Tensor>, b: &BTreeMap<String, Tensor>) -> f64 {
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "outputs differ");
    a.iter()
        .map(|(name, t)| {
            let u = &b[name];
            assert_eq!(t.shape(), u.shape(), "{name}: shapes differ");
            let scale = t.iter().fold(1e-300f64, |m, v| m.max(v.abs()));
            t.iter().zip(u.iter()).fold(0.0f64, |m, (p, q)| m.max((p - q).abs() / scale))
        })
        .fold(0.0, f64::max)
}

/// The inputs `x` (mean `mean`, std 1, rounded to f32) and `grad_output/y` of a global batch of `n`.
fn batch(rng: &mut Rng, n: usize, mean: f64) -> BTreeMap<String, Tensor> {
    let x = random(rng, &[n, 3, 5], -1.7, 1.7).mapv(|v| (v + mean) as f32 as f64);
    let dy = random(rng, &[n, 3, 5], -1.0, 1.0);
    BTreeMap::from([("x".to_string(), x), (grad_output_name("y"), dy)])
}

#[test]
fn lowered_bn_backward_on_shards_equals_the_global_batch_gradient() {
    let mut worst = 0.0f64;
    for (name, act) in activations() {
        let global = global_graph(&mut Rng(11), act.as_ref());
        for (replicas, group) in [(1, 1), (2, 2), (3, 3), (4, 4), (4, 2), (3, 1)] {
            let sums: &[ParamSum] = if group == replicas {
                &[ParamSum::WorldAllReduce, ParamSum::ParamGradSum, ParamSum::GroupPayload]
            } else {
                &[ParamSum::WorldAllReduce, ParamSum::ParamGradSum]
            };
            for &sum in sums {
                let lowered = lowered_graph(&mut Rng(11), act.as_ref(), sum);
                for n in [1, 3, 7] {
                    let inputs = batch(&mut Rng(n as u64), n, 0.3);
                    let want = run_global(&global, &inputs, replicas, group).expect("global run");
                    let got = run_lowered(&lowered, &inputs, replicas, group).expect("lowered run");
                    let diff = max_rel_diff(&want, &got);
                    let what = format!("{name}, {replicas} replicas, group {group}, {sum:?}, N={n}");
                    assert!(diff <= 1e-10, "{what}: relative difference {diff:.2e}");
                    worst = worst.max(diff);
                }
            }
        }
    }
    eprintln!("lowered vs global BatchNorm backward: max rel diff {worst:.2e}");
}

/// End to end on hard inputs (|mean|/std = 1e4, f32): the lowered forward's variance
/// `sumsq / n - mean^2` in f64 carries a relative error near `2^-53 * 1e8`, which the gradients
/// inherit; they must stay within 1e-6 of the two-pass global gradients.
#[test]
fn lowered_bn_backward_on_hard_mean_inputs_end_to_end() {
    let mut worst = 0.0f64;
    for (name, act) in activations() {
        let global = global_graph(&mut Rng(12), act.as_ref());
        let lowered = lowered_graph(&mut Rng(12), act.as_ref(), ParamSum::WorldAllReduce);
        for (replicas, n) in [(1, 6), (2, 7), (4, 3)] {
            let inputs = batch(&mut Rng(20 + n as u64), n, 1e4);
            let want = run_global(&global, &inputs, replicas, replicas).expect("global run");
            let got = run_lowered(&lowered, &inputs, replicas, replicas).expect("lowered run");
            let diff = max_rel_diff(&want, &got);
            assert!(diff <= 1e-6, "{name}, {replicas} replicas, N={n}: relative difference {diff:.2e}");
            worst = worst.max(diff);
        }
    }
    eprintln!("hard mean, lowered vs global end to end: max rel diff {worst:.2e}");
}

/// `norm_params [5, C]` from exact two-pass statistics of `x` (mean split into its f32 part and the
/// rest), isolating the backward from the forward's variance formula.
fn exact_norm_params(x: &Tensor, scale: &Tensor, eps: f64) -> Tensor {
    let (mean, var, _) = syncbn_reference::batchnorm::channel_stats(x);
    let c = mean.len();
    let mut p = Tensor::zeros(IxDyn(&[5, c]));
    for i in 0..c {
        let inv = 1.0 / (var[i] + eps).sqrt();
        let hi = mean[i] as f32 as f64;
        let row = [hi, mean[i] - hi, inv, scale[i] * inv, 0.0];
        for (r, v) in row.into_iter().enumerate() {
            p[[r, i]] = v;
        }
    }
    p
}

/// `dY` masked by the fused activation evaluated on `Y`, as the global graph's activation gradient
/// does.
fn mask_case(act: Activation, y: &Tensor, dy: &Tensor) -> Tensor {
    let keep = |v: f64| match act {
        Activation::None => true,
        Activation::Relu => v > 0.0,
        Activation::Clip { min, max } => f64::from(min) < v && v < f64::from(max),
    };
    ndarray::Zip::from(dy).and(y).map_collect(|&g, &v| if keep(v) { g } else { 0.0 })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// BnGradReduce on each shard, the payloads summed, BnGradInput on each shard equals
    /// BatchNormGrad over the global batch within 1e-10, for uneven and empty shards, every fused
    /// activation and hard means (|mean|/std = 1e4, f32 inputs).
    #[test]
    fn sharded_bn_backward_equals_global(
        n in 0usize..9, replicas in 1usize..5, hard in any::<bool>(), act in 0usize..3, seed in any::<u64>(),
    ) {
        let mut rng = Rng(seed);
        let mean = if hard { 1e4 } else { 0.3 };
        let x = random(&mut rng, &[n, 3, 4, 2], -1.7, 1.7).mapv(|v| (v + mean) as f32 as f64);
        let dy = random(&mut rng, &[n, 3, 4, 2], -1.0, 1.0);
        let scale = random(&mut rng, &[3], 0.5, 1.5);
        let (act, mask) = [
            (Activation::None, Mask::All),
            (Activation::Relu, Mask::Positive),
            (Activation::Clip { min: -0.25, max: 0.75 }, Mask::Between(-0.25, 0.75)),
        ][act];
        let np = exact_norm_params(&x, &scale, 1e-5);
        let y = syncbn_reference::lowered::normalize(&x, &np, None, act).expect("normalize");
        let shards: Vec<_> = split_batch(n, replicas).into_iter().map(|r| r.start..r.end).collect();
        let rows = |t: &Tensor, r: &std::ops::Range<usize>| t.slice_axis(ndarray::Axis(0), r.clone().into()).to_owned();
        let mut sums = Tensor::zeros(IxDyn(&[3, 3]));
        for r in &shards {
            sums += &bn_grad_reduce(&rows(&dy, r), &rows(&x, r), &np, Some(&rows(&y, r)), mask).expect("reduce");
        }
        let parts: Vec<Tensor> = shards
            .iter()
            .map(|r| bn_grad_input(&rows(&dy, r), &rows(&x, r), &np, &sums, Some(&rows(&y, r)), mask).expect("input"))
            .collect();
        let views: Vec<_> = parts.iter().map(|p| p.view()).collect();
        let dx = ndarray::concatenate(ndarray::Axis(0), &views).expect("concat");
        let want = batch_norm_grad(&mask_case(act, &y, &dy), &x, &scale, 1e-5).expect("global");
        let scale_of = want[0].iter().fold(1e-300f64, |m, v| m.max(v.abs()));
        let diff = want[0].iter().zip(dx.iter()).fold(0.0f64, |m, (p, q)| m.max((p - q).abs())) / scale_of;
        prop_assert!(diff <= 1e-10, "dX relative difference {diff:.2e}");
        let params = syncbn_reference::grad_bn::bn_grad_params(&sums, &np).expect("params");
        for (got, want) in params.iter().zip(&want[1..]) {
            let s = want.iter().fold(1e-300f64, |m, v| m.max(v.abs()));
            let d = got.iter().zip(want.iter()).fold(0.0f64, |m, (p, q)| m.max((p - q).abs())) / s;
            prop_assert!(d <= 1e-10, "parameter gradient relative difference {d:.2e}");
        }
    }
}

#[test]
fn bad_operands_are_errors() {
    let mut rng = Rng(13);
    let x = random(&mut rng, &[1, 3, 7, 5], -1.0, 1.0);
    let w = random(&mut rng, &[4, 3, 3, 3], -1.0, 1.0);
    let dy = random(&mut rng, &[1, 4, 3, 3], -1.0, 1.0);
    let run = |op: &str, attrs: &[(&str, Attr)], inputs: &[&Tensor]| {
        let mut graph = Graph::new("bad");
        let mut values = BTreeMap::new();
        let mut names = Vec::new();
        for (i, t) in inputs.iter().enumerate() {
            let shape = (0..t.ndim()).map(|a| Dim::Named(format!("d{i}_{a}"))).collect();
            graph.inputs.push(ValueInfo { name: format!("in{i}"), dtype: DType::F32, shape });
            values.insert(format!("in{i}"), (*t).clone());
            names.push(format!("in{i}"));
        }
        let attrs = attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        graph.nodes.push(Node { name: "bad".into(), op: op.into(), inputs: names, outputs: vec!["o".into()], attrs });
        graph.outputs = vec!["o".into()];
        run_global(&graph, &values, 1, 1).expect_err(op).to_string()
    };
    assert!(run(grad::CONV_GRAD_INPUT, &[], &[&dy, &w, &x]).contains("dY has shape"));
    assert!(run(grad::CONCAT_GRAD, &[("axis", Attr::Int(1)), ("index", Attr::Int(2))], &[&x, &x]).contains("index"));
    assert!(run(grad::REDUCE_TO_SHAPE, &[], &[&x, &w]).contains("does not broadcast"));
    assert!(run(grad::MAX_POOL_GRAD, &[("kernel_shape", ints(&[2, 2]))], &[&dy, &x]).contains("dY has shape"));
    assert!(run(grad::BATCH_NORM_EVAL_GRAD, &[("wrt", Attr::Str("mean".into()))], &[&x, &x, &w, &w, &w, &w])
        .contains("wrt"));
    let np = Tensor::zeros(IxDyn(&[5, 3]));
    let sums = Tensor::zeros(IxDyn(&[3, 4]));
    assert!(run(grad::BN_GRAD_INPUT, &[], &[&x, &x, &np, &sums]).contains("sums has shape"));
    assert!(run(grad::BN_GRAD_REDUCE, &[("activation", Attr::Str("relu".into()))], &[&x, &x, &np]).contains("needs Y"));
    let bad_scope = [("scope", Attr::Str("galaxy".into()))];
    let mut graph = Graph::new("scope");
    graph.inputs.push(ValueInfo { name: "a".into(), dtype: DType::F32, shape: vec![Dim::Named("N".into())] });
    let attrs = bad_scope.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let node = Node {
        name: "ar".into(),
        op: lowered::ALL_REDUCE.into(),
        inputs: vec!["a".into()],
        outputs: vec!["b".into()],
        attrs,
    };
    graph.nodes.push(node);
    graph.outputs = vec!["b".into()];
    let inputs = BTreeMap::from([("a".to_string(), random(&mut rng, &[4], 0.0, 1.0))]);
    let err = run_lowered(&graph, &inputs, 2, 2).expect_err("bad scope").to_string();
    assert!(err.contains("scope"), "{err}");
}

/// An activation case: op, attributes, sampling range, kinks to stay away from.
type ActivationCase = (&'static str, Vec<(&'static str, Attr)>, (f64, f64), Vec<f64>);

#[test]
fn activation_grads_every_activation() {
    let mut rng = Rng(71);
    let shape = [2, 3, 7, 5];
    let cases: Vec<ActivationCase> = vec![
        ("HardSwish", vec![], (-4.5, 4.5), vec![-3.0, 3.0]),
        ("HardSigmoid", vec![("alpha", Attr::Float(0.25)), ("beta", Attr::Float(0.4))], (-4.0, 4.0), vec![-1.6, 2.4]),
        ("LeakyRelu", vec![("alpha", Attr::Float(0.1))], (-2.0, 2.0), vec![0.0]),
        ("Elu", vec![("alpha", Attr::Float(0.7))], (-2.0, 2.0), vec![0.0]),
        ("Selu", vec![], (-2.0, 2.0), vec![0.0]),
        ("Gelu", vec![], (-3.0, 3.0), vec![]),
        ("Gelu", vec![("approximate", Attr::Str("tanh".into()))], (-3.0, 3.0), vec![]),
        ("Tanh", vec![], (-2.0, 2.0), vec![]),
        ("Neg", vec![], (-2.0, 2.0), vec![]),
        ("Erf", vec![], (-2.0, 2.0), vec![]),
        ("Sqrt", vec![], (0.2, 3.0), vec![]),
    ];
    for (op, attrs, range, kinks) in cases {
        let x = away_from(&mut rng, &shape, range, &kinks, 0.01);
        let mut grad_attrs = attrs.clone();
        grad_attrs.push(("op", Attr::Str(op.into())));
        check_op(&format!("ActivationGrad {op} {attrs:?}"), &mut rng, (op, &attrs), &[Some(&x)], 0, |dy| {
            eval(grad::ACTIVATION_GRAD, &grad_attrs, &[Some(dy), Some(&x)], 1).remove(0)
        });
    }
    for p in [2.0, 0.5, 3.0, -1.0] {
        let x = random(&mut rng, &shape, 0.3, 2.0);
        let e = Tensor::from_elem(IxDyn(&[1]), p);
        let grad_attrs = [("op", Attr::Str("Pow".into())), ("exponent", Attr::Float(p))];
        check_op(&format!("ActivationGrad Pow {p}"), &mut rng, ("Pow", &[]), &[Some(&x), Some(&e)], 0, |dy| {
            eval(grad::ACTIVATION_GRAD, &grad_attrs, &[Some(dy), Some(&x)], 1).remove(0)
        });
    }
}
