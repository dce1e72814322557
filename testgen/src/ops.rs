//! One generator per op of the format: each reads a live operand, draws attributes and shapes
//! inside the op's valid range, adds the node and its initializers, and makes its output live.

use serde_json::{json, Value};

use crate::builder::{Builder, Tensor};

/// Elements of a batch row that ops may grow a tensor to.
const MAX_ROW: u64 = 160;

/// The ops a step may add; index 0 (the shrinking target) is a training-mode BatchNorm.
const STEPS: &[fn(&mut Builder, Tensor) -> Option<()>] = &[
    bn_train,
    bn_eval,
    relu,
    add_or_mul,
    clip,
    sigmoid,
    identity,
    conv,
    pool,
    global_average_pool,
    flatten,
    reshape,
    concat,
    resize,
    softmax,
    gemm,
    matmul,
    bn_siblings,
    second_input,
];

/// Adds one op on a live operand (a Relu when the drawn op does not fit the operand).
pub fn add_op(b: &mut Builder) {
    let step = STEPS[b.choices.pick(STEPS.len())];
    let x = b.operand();
    if step(b, x.clone()).is_none() {
        relu(b, x);
    }
}

fn relu(b: &mut Builder, x: Tensor) -> Option<()> {
    b.unary("Relu", &[&x.name], x.dims, json!({}));
    Some(())
}

fn sigmoid(b: &mut Builder, x: Tensor) -> Option<()> {
    b.unary("Sigmoid", &[&x.name], x.dims, json!({}));
    Some(())
}

fn identity(b: &mut Builder, x: Tensor) -> Option<()> {
    b.unary("Identity", &[&x.name], x.dims, json!({}));
    Some(())
}

/// Clip with `min`/`max` attributes (opset 6) or scalar initializer bounds (opset 11+), either
/// side possibly absent.
fn clip(b: &mut Builder, x: Tensor) -> Option<()> {
    let (lo, hi) =
        b.choices.one_of(&[(Some(0.0), Some(6.0)), (Some(-0.5), Some(0.5)), (None, Some(1.0)), (Some(-1.0), None)]);
    if b.choices.chance(2) {
        let bound = |b: &mut Builder, v: Option<f64>| match v {
            Some(v) => b.initializer("clip_bound", "f32", &[], json!([v])),
            None => String::new(),
        };
        let lo_name = bound(b, lo);
        let hi_name = bound(b, hi);
        let inputs: Vec<&str> = if hi.is_some() { vec![&x.name, &lo_name, &hi_name] } else { vec![&x.name, &lo_name] };
        b.unary("Clip", &inputs, x.dims, json!({}));
    } else {
        let mut attrs = serde_json::Map::new();
        if let Some(v) = lo {
            attrs.insert("min".into(), json!(v));
        }
        if let Some(v) = hi {
            attrs.insert("max".into(), json!(v));
        }
        b.unary("Clip", &[&x.name], x.dims, Value::Object(attrs));
    }
    Some(())
}

/// The four channel vectors of a BatchNorm over `c` channels: scale, B, mean, var.
fn bn_params(b: &mut Builder, c: u64) -> [String; 4] {
    [
        b.weights("bn_scale", &[c], 0.5, 1.5),
        b.weights("bn_bias", &[c], -0.5, 0.5),
        b.weights("bn_mean", &[c], -0.2, 0.2),
        b.weights("bn_var", &[c], 0.5, 2.0),
    ]
}

fn bn_attrs(b: &mut Builder, training: bool) -> Value {
    let eps = b.choices.one_of(&[1e-5, 1e-3, 0.1]);
    let momentum = b.choices.one_of(&[0.9, 0.0, 1.0, 0.5]);
    match (training, b.choices.pick(3)) {
        (true, _) => json!({"epsilon": eps, "momentum": momentum, "training_mode": 1}),
        (false, 0) => json!({"epsilon": eps, "momentum": momentum, "training_mode": 0}),
        (false, 1) => json!({"epsilon": eps}),
        (false, _) => json!({}),
    }
}

/// A training-mode BatchNorm (rank 2 to 5): three outputs or only Y; the running statistics as
/// graph outputs or not; Y used, or unused (a statistics-only layer).
fn bn_train(b: &mut Builder, x: Tensor) -> Option<()> {
    b.note_training();
    let params = bn_params(b, x.channels());
    let attrs = bn_attrs(b, true);
    let y = b.fresh("t");
    let three = !b.choices.chance(5);
    let stats_out = three && !b.choices.chance(4);
    let stats_only = stats_out && b.choices.chance(4);
    let outputs =
        if three { vec![y.clone(), format!("{y}.running_mean"), format!("{y}.running_var")] } else { vec![y.clone()] };
    let inputs: Vec<&str> = std::iter::once(x.name.as_str()).chain(params.iter().map(String::as_str)).collect();
    b.node("BatchNormalization", &inputs, &outputs, attrs);
    if stats_out {
        b.output(&outputs[1]);
        b.output(&outputs[2]);
    }
    let t = Tensor { name: y, dims: x.dims };
    if stats_only {
        b.produced_unused(t);
    } else {
        b.produced_live(t);
    }
    Some(())
}

fn bn_eval(b: &mut Builder, x: Tensor) -> Option<()> {
    let params = bn_params(b, x.channels());
    let attrs = bn_attrs(b, false);
    let inputs: Vec<&str> = std::iter::once(x.name.as_str()).chain(params.iter().map(String::as_str)).collect();
    b.unary("BatchNormalization", &inputs, x.dims, attrs);
    Some(())
}

/// Two training-mode BatchNorms reading the same tensor (independent: their all-reduces can be
/// bucketed), joined by an Add.
fn bn_siblings(b: &mut Builder, x: Tensor) -> Option<()> {
    bn_train(b, x.clone())?;
    let first = b.live.last().cloned().filter(|t| t.dims == x.dims);
    bn_train(b, x.clone())?;
    let second = b.live.last().cloned().filter(|t| t.dims == x.dims);
    if let (Some(p), Some(q)) = (first, second) {
        if p.name != q.name {
            b.unary("Add", &[&p.name, &q.name], x.dims, json!({}));
        }
    }
    Some(())
}

/// Add or Mul: with another live tensor of the same shape (a residual join), with itself, or with
/// an initializer that broadcasts (per channel, along the last axis, a scalar, or the full row).
fn add_or_mul(b: &mut Builder, x: Tensor) -> Option<()> {
    let op = b.choices.one_of(&["Add", "Mul"]);
    let other = match b.choices.pick(4) {
        0 => b.partner(&x.dims, &x.name).map(|t| t.name).unwrap_or_else(|| x.name.clone()),
        1 => x.name.clone(),
        2 => {
            let shape = match b.choices.pick(4) {
                0 => std::iter::once(x.channels()).chain(x.dims[1..].iter().map(|_| 1)).collect(),
                1 => vec![*x.dims.last()?],
                2 => vec![1],
                _ => x.dims.clone(),
            };
            b.weights("operand", &shape, -1.0, 1.0)
        }
        _ => {
            let mut shape = vec![1];
            shape.extend(&x.dims);
            b.weights("operand", &shape, 0.5, 1.5)
        }
    };
    let swap = b.choices.chance(2);
    let inputs = if swap { [other.as_str(), &x.name] } else { [x.name.as_str(), &other] };
    b.unary(op, &inputs, x.dims, json!({}));
    Some(())
}

/// Output extent of a window op along one axis (ONNX's rule; with ceil mode a last window that
/// would start in the end padding is dropped).
pub fn window_extent(size: u64, kernel: u64, dilation: u64, stride: u64, pads: (u64, u64), ceil: bool) -> Option<u64> {
    let extent = (kernel - 1) * dilation + 1;
    let padded = size + pads.0 + pads.1;
    if padded < extent {
        return None;
    }
    let span = padded - extent;
    let mut out = if ceil { span.div_ceil(stride) } else { span / stride } + 1;
    if ceil && (out - 1) * stride >= size + pads.0 {
        out -= 1;
    }
    Some(out)
}

/// Kernel, dilation, stride and pads along each spatial axis of `x`, all windows non-empty.
struct Window {
    kernel: Vec<u64>,
    dilations: Vec<u64>,
    strides: Vec<u64>,
    pads: Vec<u64>,
    out: Vec<u64>,
}

fn window(b: &mut Builder, spatial: &[u64], pool: bool, ceil: bool) -> Option<Window> {
    let n = spatial.len();
    let mut w = Window { kernel: vec![], dilations: vec![], strides: vec![], pads: vec![0; 2 * n], out: vec![] };
    for (axis, &size) in spatial.iter().enumerate() {
        let kernel = b.choices.one_of(&[1, 3, 2]).min(size + 1);
        let dilation = if pool { 1 } else { b.choices.one_of(&[1, 1, 2]) };
        let stride = b.choices.one_of(&[1, 2]);
        let max_pad = if pool { kernel / 2 } else { kernel - 1 };
        let pads = (b.choices.pick(max_pad as usize + 1) as u64, b.choices.pick(max_pad as usize + 1) as u64);
        let out = window_extent(size, kernel, dilation, stride, pads, ceil).filter(|&o| o > 0);
        let (kernel, dilation, pads, out) = match out {
            Some(o) => (kernel, dilation, pads, o),
            None => (1, 1, (0, 0), window_extent(size, 1, 1, stride, (0, 0), ceil)?),
        };
        w.kernel.push(kernel);
        w.dilations.push(dilation);
        w.strides.push(stride);
        w.pads[axis] = pads.0;
        w.pads[axis + n] = pads.1;
        w.out.push(out);
    }
    Some(w)
}

/// Conv of rank 3 to 5: groups (depthwise included), strides, dilations, pads, optional bias.
fn conv(b: &mut Builder, x: Tensor) -> Option<()> {
    if x.rank() < 3 {
        return None;
    }
    let c = x.channels();
    let divisors: Vec<u64> = (1..=c).filter(|g| c % g == 0).collect();
    let group = divisors[b.choices.pick(divisors.len())];
    let per_group = 1 + b.choices.pick(2) as u64;
    let m = group * per_group;
    let w = window(b, &x.dims[1..], false, false)?;
    let mut dims = vec![m];
    dims.extend(&w.out);
    if dims.iter().product::<u64>() > MAX_ROW {
        return None;
    }
    let mut wshape = vec![m, c / group];
    wshape.extend(&w.kernel);
    let fan_in: u64 = wshape[1..].iter().product();
    let bound = 1.0 / (fan_in as f64).sqrt();
    let weight = b.weights("conv_w", &wshape, -bound, bound);
    let bias = if b.choices.chance(2) { Some(b.weights("conv_b", &[m], -0.5, 0.5)) } else { None };
    let mut attrs = json!({"kernel_shape": w.kernel, "strides": w.strides, "pads": w.pads, "dilations": w.dilations});
    if group > 1 {
        attrs["group"] = json!(group);
    }
    let mut inputs = vec![x.name.as_str(), weight.as_str()];
    inputs.extend(bias.as_deref());
    b.unary("Conv", &inputs, dims, attrs);
    Some(())
}

/// MaxPool or AveragePool of rank 3 to 5: strides, pads, ceil mode, count_include_pad.
fn pool(b: &mut Builder, x: Tensor) -> Option<()> {
    if x.rank() < 3 {
        return None;
    }
    let op = b.choices.one_of(&["MaxPool", "AveragePool"]);
    let ceil = b.choices.chance(3);
    let w = window(b, &x.dims[1..], true, ceil)?;
    let mut attrs = json!({"kernel_shape": w.kernel, "strides": w.strides, "pads": w.pads});
    if ceil {
        attrs["ceil_mode"] = json!(1);
    }
    if op == "AveragePool" && b.choices.chance(2) {
        attrs["count_include_pad"] = json!(1);
    }
    let mut dims = vec![x.channels()];
    dims.extend(&w.out);
    b.unary(op, &[&x.name], dims, attrs);
    Some(())
}

fn global_average_pool(b: &mut Builder, x: Tensor) -> Option<()> {
    if x.rank() < 3 {
        return None;
    }
    let dims = std::iter::once(x.channels()).chain(x.dims[1..].iter().map(|_| 1)).collect();
    b.unary("GlobalAveragePool", &[&x.name], dims, json!({}));
    Some(())
}

fn flatten(b: &mut Builder, x: Tensor) -> Option<()> {
    let attrs = if b.choices.chance(2) { json!({}) } else { json!({"axis": 1}) };
    b.unary("Flatten", &[&x.name], vec![x.row_len()], attrs);
    Some(())
}

/// Reshape keeping the batch axis (0 copies it, or -1 infers it): to one row vector, to `[C, rest]`,
/// or splitting a rank-2 row into `[a, b]` or `[a, b, c]`.
fn reshape(b: &mut Builder, x: Tensor) -> Option<()> {
    let len = x.row_len();
    let factors: Vec<u64> = (1..=len).filter(|f| len % f == 0).collect();
    let a = factors[b.choices.pick(factors.len())];
    let dims = match b.choices.pick(3) {
        0 => vec![len],
        1 => vec![x.channels(), len / x.channels()],
        _ => {
            let rest = len / a;
            let more: Vec<u64> = (1..=rest).filter(|f| rest % f == 0).collect();
            let c = more[b.choices.pick(more.len())];
            vec![a, rest / c, c]
        }
    };
    let first = if b.choices.chance(3) { -1 } else { 0 };
    let spec: Vec<i64> = std::iter::once(first).chain(dims.iter().map(|&d| d as i64)).collect();
    let shape = b.initializer("shape", "i64", &[spec.len() as u64], json!(spec));
    b.unary("Reshape", &[&x.name, &shape], dims, json!({}));
    Some(())
}

/// Concat along a non-batch axis with a live tensor that matches elsewhere, or with itself.
fn concat(b: &mut Builder, x: Tensor) -> Option<()> {
    let axis = 1 + b.choices.pick(x.dims.len());
    let fits = |t: &Tensor| {
        t.dims.len() == x.dims.len()
            && t.dims.iter().zip(&x.dims).enumerate().all(|(i, (p, q))| i + 1 == axis || p == q)
    };
    let partners: Vec<Tensor> = b.live.iter().filter(|t| fits(t)).cloned().collect();
    let other = partners[b.choices.pick(partners.len())].clone();
    let mut dims = x.dims.clone();
    dims[axis - 1] += other.dims[axis - 1];
    if dims.iter().product::<u64>() > MAX_ROW {
        return None;
    }
    let written_axis = if b.choices.chance(3) { axis as i64 - x.rank() as i64 } else { axis as i64 };
    b.unary("Concat", &[&x.name, &other.name], dims, json!({"axis": written_axis}));
    Some(())
}

/// Resize of the spatial axes by scales (nearest or linear, several coordinate modes).
fn resize(b: &mut Builder, x: Tensor) -> Option<()> {
    if x.rank() < 3 {
        return None;
    }
    let mut scales = vec![1.0f64, 1.0];
    let mut dims = vec![x.channels()];
    for &size in &x.dims[1..] {
        let s = b.choices.one_of(&[2.0, 1.0, 0.5, 1.5]);
        let out = (size as f64 * s).floor() as u64;
        let (s, out) = if out == 0 { (1.0, size) } else { (s, out) };
        scales.push(s);
        dims.push(out);
    }
    if dims.iter().product::<u64>() > MAX_ROW {
        return None;
    }
    let (mode, transform) = b.choices.one_of(&[
        ("nearest", "asymmetric"),
        ("linear", "half_pixel"),
        ("nearest", "half_pixel"),
        ("linear", "align_corners"),
        ("linear", "pytorch_half_pixel"),
        ("linear", "asymmetric"),
    ]);
    let mut attrs = json!({"mode": mode, "coordinate_transformation_mode": transform});
    if mode == "nearest" {
        attrs["nearest_mode"] = json!(b.choices.one_of(&["floor", "round_prefer_floor", "round_prefer_ceil", "ceil"]));
    }
    let scales_name = b.initializer("scales", "f32", &[scales.len() as u64], json!(scales));
    b.unary("Resize", &[&x.name, "", &scales_name], dims, attrs);
    Some(())
}

fn softmax(b: &mut Builder, x: Tensor) -> Option<()> {
    let axis = b.choices.one_of(&[-1, 1]);
    b.unary("Softmax", &[&x.name], x.dims, json!({"axis": axis}));
    Some(())
}

/// Gemm on a rank-2 operand `[N, K]` with a weight `[K, M]` (or `[M, K]` with transB), an optional
/// bias `[M]`, `alpha` and `beta`.
fn gemm(b: &mut Builder, x: Tensor) -> Option<()> {
    if x.rank() != 2 {
        return None;
    }
    let k = x.dims[0];
    let m = 1 + b.choices.pick(5) as u64;
    let trans_b = b.choices.chance(2);
    let shape = if trans_b { [m, k] } else { [k, m] };
    let bound = 1.0 / (k as f64).sqrt();
    let weight = b.weights("gemm_w", &shape, -bound, bound);
    let mut attrs = json!({});
    if trans_b {
        attrs["transB"] = json!(1);
    }
    if b.choices.chance(3) {
        attrs["alpha"] = json!(0.5);
    }
    let bias = if b.choices.chance(3) { None } else { Some(b.weights("gemm_c", &[m], -0.5, 0.5)) };
    if bias.is_some() && b.choices.chance(3) {
        attrs["beta"] = json!(2.0);
    }
    let mut inputs = vec![x.name.as_str(), weight.as_str()];
    inputs.extend(bias.as_deref());
    b.unary("Gemm", &inputs, vec![m], attrs);
    Some(())
}

/// MatMul of `[N, ..., K]` by a weight `[K, M]`.
fn matmul(b: &mut Builder, x: Tensor) -> Option<()> {
    let k = *x.dims.last()?;
    let m = 1 + b.choices.pick(4) as u64;
    let mut dims = x.dims.clone();
    *dims.last_mut()? = m;
    if dims.iter().product::<u64>() > MAX_ROW {
        return None;
    }
    let bound = 1.0 / (k as f64).sqrt();
    let weight = b.weights("matmul_w", &[k, m], -bound, bound);
    b.unary("MatMul", &[&x.name, &weight], dims, json!({}));
    Some(())
}

/// A second graph input: a fresh one with the operand's shape, joined to the operand by an Add
/// (two inputs in one graph), or one of its own shape left for later ops.
fn second_input(b: &mut Builder, x: Tensor) -> Option<()> {
    if b.choices.chance(2) {
        b.add_input();
        return Some(());
    }
    let other = b.input_with(x.dims.clone());
    b.unary("Add", &[&x.name, &other.name], x.dims, json!({}));
    Some(())
}
