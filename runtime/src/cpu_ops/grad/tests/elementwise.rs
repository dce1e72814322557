//! Activation, reduction, layout and eval-mode BatchNorm gradients against f64 loops.

use syncbn_ir::Attr;

use super::super::super::tests::{attrs, close, run, values};
use super::{row_strides, unravel};

fn f(v: f32) -> f64 {
    f64::from(v)
}

/// One activation-gradient case: the op, its attributes and `dX` from `(dY, Y)`.
type ActivationCase = (&'static str, Vec<(&'static str, Attr)>, fn(f64, f64) -> f64);

#[test]
fn activation_gradients_mask_and_scale_by_the_output() {
    let shape = [2, 3, 5];
    let dy = values(30, 1);
    let mut y = values(30, 2);
    (y[0], y[1], y[2], y[3]) = (0.0, -0.5, 1.0, 0.25);
    let cases: [ActivationCase; 4] = [
        ("ReluGrad", vec![], |g, v| if v > 0.0 { g } else { 0.0 }),
        ("ClipGrad", vec![("clip_min", Attr::Float(-0.5)), ("clip_max", Attr::Float(1.0))], |g, v| {
            if -0.5 < v && v < 1.0 {
                g
            } else {
                0.0
            }
        }),
        ("ClipGrad", vec![("clip_max", Attr::Float(0.25))], |g, v| if v < 0.25 { g } else { 0.0 }),
        ("SigmoidGrad", vec![], |g, v| g * v * (1.0 - v)),
    ];
    for (op, a, grad) in cases {
        let got = run(op, &attrs(&a), &[(&dy, &shape), (&y, &shape)], &shape).unwrap();
        let want: Vec<f64> = dy.iter().zip(&y).map(|(&g, &v)| grad(f(g), f(v))).collect();
        close(&got, &want, &format!("{op} {a:?}"));
    }
}

#[test]
fn softmax_gradient_subtracts_the_weighted_sum_along_the_axis() {
    let shape = [2, 3, 5];
    let (dy, y) = (values(30, 3), values(30, 4));
    for axis in [1i64, -1, 0] {
        let a = (axis + 3) as usize % 3;
        let got = run("SoftmaxGrad", &attrs(&[("axis", Attr::Int(axis))]), &[(&dy, &shape), (&y, &shape)], &shape);
        let st = row_strides(&shape);
        let want: Vec<f64> = (0..30)
            .map(|e| {
                let base = e - unravel(e, &shape)[a] * st[a];
                let dot: f64 = (0..shape[a]).map(|k| f(dy[base + k * st[a]]) * f(y[base + k * st[a]])).sum();
                f(y[e]) * (f(dy[e]) - dot)
            })
            .collect();
        close(&got.unwrap(), &want, &format!("SoftmaxGrad axis {axis}"));
    }
}

/// LogSoftmaxGrad on the true log-softmax output of odd-shaped data, against `dY - softmax * sum(dY)`
/// in f64 along each axis.
#[test]
fn log_softmax_gradient_subtracts_softmax_times_the_sum_along_the_axis() {
    let shape = [3, 7, 5];
    let (dy, x) = (values(105, 5), values(105, 6));
    for axis in [1i64, -1, 0] {
        let a = (axis + 3) as usize % 3;
        let at = attrs(&[("axis", Attr::Int(axis))]);
        let y = run("LogSoftmax", &at, &[(&x, &shape)], &shape).unwrap();
        let st = row_strides(&shape);
        let lane = |e: usize| -> Vec<usize> {
            let base = e - unravel(e, &shape)[a] * st[a];
            (0..shape[a]).map(|k| base + k * st[a]).collect()
        };
        let log_softmax: Vec<f64> = (0..105)
            .map(|e| {
                let max = lane(e).iter().map(|&j| f(x[j])).fold(f64::NEG_INFINITY, f64::max);
                f(x[e]) - max - lane(e).iter().map(|&j| (f(x[j]) - max).exp()).sum::<f64>().ln()
            })
            .collect();
        close(&y, &log_softmax, &format!("LogSoftmax axis {axis}"));
        let got = run("LogSoftmaxGrad", &at, &[(&dy, &shape), (&y, &shape)], &shape).unwrap();
        let want: Vec<f64> = (0..105)
            .map(|e| f(dy[e]) - log_softmax[e].exp() * lane(e).iter().map(|&j| f(dy[j])).sum::<f64>())
            .collect();
        close(&got, &want, &format!("LogSoftmaxGrad axis {axis}"));
    }
}

#[test]
fn reduce_to_shape_sums_over_broadcast_axes_of_rank_0_to_4() {
    let out = [2, 4, 3, 5];
    let dy = values(120, 5);
    let likes: [&[usize]; 8] = [&[], &[5], &[3, 1], &[4, 1, 1], &[1, 4, 3, 5], &[2, 1, 1, 1], &[2, 4, 3, 5], &[1]];
    for like in likes {
        let like_values = values(like.iter().product(), 15);
        let alpha = attrs(&[("alpha", Attr::Float(0.5))]);
        let got = run("ReduceToShape", &alpha, &[(&dy, &out), (&like_values, like)], like).unwrap();
        let mut want = vec![0.0f64; like.iter().product()];
        let lst = row_strides(like);
        for (e, &g) in dy.iter().enumerate() {
            let index = unravel(e, &out);
            let at: usize = (0..like.len())
                .map(|i| {
                    let k = index[i + out.len() - like.len()];
                    if like[i] == 1 {
                        0
                    } else {
                        k * lst[i]
                    }
                })
                .sum();
            want[at] += 0.5 * f(g);
        }
        close(&got, &want, &format!("ReduceToShape to {like:?}"));
    }
}

#[test]
fn channel_sum_sums_all_axes_but_one_and_gives_zeros_for_an_empty_batch() {
    for shape in [&[2usize, 3, 7, 5][..], &[1, 3], &[0, 3, 7, 5], &[2, 3, 4]] {
        let n: usize = shape.iter().product();
        let dy = values(n, 6);
        let got = run("ChannelSum", &attrs(&[]), &[(&dy, shape)], &[3]).unwrap();
        let mut want = vec![0.0f64; 3];
        for (e, &g) in dy.iter().enumerate() {
            want[unravel(e, shape)[1]] += f(g);
        }
        close(&got, &want, &format!("ChannelSum {shape:?}"));
    }
}

#[test]
fn reshape_like_keeps_the_element_order() {
    let dy = values(30, 7);
    let x = vec![0.0f32; 30];
    let got = run("ReshapeLike", &attrs(&[]), &[(&dy, &[2, 15]), (&x, &[2, 3, 5])], &[2, 3, 5]).unwrap();
    close(&got, &dy.iter().map(|&v| f(v)).collect::<Vec<_>>(), "ReshapeLike");
}

#[test]
fn concat_grad_slices_the_input_it_came_from() {
    for (axis, batch) in [(1i64, 2usize), (-1, 2), (0, 2), (1, 0)] {
        let widths = [2usize, 3, 1];
        let a = (axis + 3) as usize % 3;
        let shape_of = |w: usize| -> Vec<usize> {
            let mut s = vec![batch, 3, 4];
            s[a] = w;
            s
        };
        let parts: Vec<Vec<usize>> = widths.iter().map(|&w| shape_of(w)).collect();
        let mut out = parts[0].clone();
        out[a] = widths.iter().sum();
        let dy = values(out.iter().product(), 8);
        let zeros: Vec<Vec<f32>> = parts.iter().map(|s| vec![0.0; s.iter().product()]).collect();
        let mut inputs: Vec<(&[f32], &[usize])> = vec![(&dy, &out)];
        inputs.extend(zeros.iter().zip(&parts).map(|(z, s)| (&z[..], &s[..])));
        for (k, part) in parts.iter().enumerate() {
            let at = attrs(&[("axis", Attr::Int(axis)), ("index", Attr::Int(k as i64))]);
            let got = run("ConcatGrad", &at, &inputs, part).unwrap();
            let start: usize = widths[..k].iter().sum();
            let want: Vec<f64> = (0..part.iter().product())
                .map(|e| {
                    let mut index = unravel(e, part);
                    index[a] += start;
                    f(dy[index.iter().zip(row_strides(&out)).map(|(i, s)| i * s).sum::<usize>()])
                })
                .collect();
            close(&got, &want, &format!("ConcatGrad axis {axis} index {k} batch {batch}"));
        }
    }
}

#[test]
fn batch_norm_eval_grad_in_x_scale_and_bias() {
    for shape in [&[2usize, 3, 7, 5][..], &[1, 3], &[0, 3, 4], &[3, 3, 2, 2, 2]] {
        let n: usize = shape.iter().product();
        let (dy, x) = (values(n, 9), values(n, 10));
        let (scale, bias, mean) = (values(3, 11), values(3, 12), values(3, 13));
        let var: Vec<f32> = values(3, 14).iter().map(|v| v.abs() + 0.1).collect();
        let eps = 1e-3;
        let inv_std: Vec<f64> = var.iter().map(|&v| 1.0 / (f(v) + eps).sqrt()).collect();
        let inputs: [(&[f32], &[usize]); 6] =
            [(&dy, shape), (&x, shape), (&scale, &[3]), (&bias, &[3]), (&mean, &[3]), (&var, &[3])];
        let ch = |e: usize| unravel(e, shape)[1];
        let mut want_scale = vec![0.0f64; 3];
        let mut want_bias = vec![0.0f64; 3];
        for e in 0..n {
            want_scale[ch(e)] += f(dy[e]) * (f(x[e]) - f(mean[ch(e)])) * inv_std[ch(e)];
            want_bias[ch(e)] += f(dy[e]);
        }
        let want_x: Vec<f64> = (0..n).map(|e| f(dy[e]) * f(scale[ch(e)]) * inv_std[ch(e)]).collect();
        for (wrt, out, want) in [("X", shape, want_x), ("scale", &[3][..], want_scale), ("B", &[3][..], want_bias)] {
            let at = attrs(&[("wrt", Attr::Str(wrt.into())), ("epsilon", Attr::Float(eps))]);
            let got = run("BatchNormEvalGrad", &at, &inputs, out).unwrap();
            close(&got, &want, &format!("BatchNormEvalGrad wrt {wrt} on {shape:?}"));
        }
    }
}
