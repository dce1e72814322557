//! Shared by the kernel tests: seeded data, an independent float64 reference, and checks that any
//! kernel backend (host-native, SIMT-emulated GPU) must pass on odd shapes.
#![allow(dead_code)]

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use syncbn_codegen::Elementwise;
use syncbn_ir::lowered::Activation;

pub mod host;

/// What a backend must compute; every method runs the backend's kernels through its [`host::Runner`]
/// with the arguments the typed calls of [`host`] build, so a backend only says how it runs one kernel
/// (and, for a GPU, how it splits moments and gradient sums into partial and combine kernels).
pub trait Backend: host::Runner {
    /// Moments `f64 [3, C]` of one shard `[n, c, s]`.
    fn moments(&self, x: &[f32], n: usize, c: usize, s: usize) -> Vec<f64> {
        let mut out = vec![f64::NAN; 3 * c];
        let [n, c, s] = dims(n, c, s);
        host::moments(self, x, n, c, s, &mut out).unwrap();
        out
    }

    /// `(norm_params [5, C], running_mean_out, running_var_out)`.
    #[allow(clippy::too_many_arguments)]
    fn finalize(
        &self,
        m: &[f64],
        scale: &[f32],
        bias: &[f32],
        rm: &[f32],
        rv: &[f32],
        eps: f64,
        mom: f64,
    ) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
        let c = scale.len();
        let (mut p, mut rmo, mut rvo) = (vec![f32::NAN; 5 * c], vec![f32::NAN; c], vec![f32::NAN; c]);
        host::finalize(self, m, scale, bias, rm, rv, eps, mom, &mut p, &mut rmo, &mut rvo).unwrap();
        (p, rmo, rvo)
    }

    /// `BnNormalize`.
    #[allow(clippy::too_many_arguments)]
    fn normalize(
        &self,
        x: &[f32],
        p: &[f32],
        res: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
    ) -> Vec<f32> {
        let mut y = vec![f32::NAN; x.len()];
        let [n, c, s] = dims(n, c, s);
        host::normalize(self, x, p, res, act, n, c, s, &mut y).unwrap();
        y
    }

    /// `BnNormalizePair`.
    #[allow(clippy::too_many_arguments)]
    fn pair(
        &self,
        x1: &[f32],
        p1: &[f32],
        x2: &[f32],
        p2: &[f32],
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
    ) -> Vec<f32> {
        let mut y = vec![f32::NAN; x1.len()];
        let [n, c, s] = dims(n, c, s);
        host::pair(self, x1, p1, x2, p2, act, n, c, s, &mut y).unwrap();
        y
    }

    /// `ChannelAffine`.
    #[allow(clippy::too_many_arguments)]
    fn affine(&self, x: &[f32], mul: &[f32], add: &[f32], act: Activation, n: usize, c: usize, s: usize) -> Vec<f32> {
        let mut y = vec![f32::NAN; x.len()];
        let [n, c, s] = dims(n, c, s);
        host::affine(self, x, mul, add, act, n, c, s, &mut y).unwrap();
        y
    }

    /// An element-wise op (`b` for Add/Mul, `lo`/`hi` for Clip).
    fn elementwise(&self, op: Elementwise, a: &[f32], b: &[f32], lo: f32, hi: f32) -> Vec<f32> {
        let mut y = vec![f32::NAN; a.len()];
        host::elementwise(self, op, a, b, lo, hi, &mut y).unwrap();
        y
    }

    /// `BnGradReduce`: this shard's backward payload `f64 [3, C]`.
    #[allow(clippy::too_many_arguments)]
    fn grad_reduce(
        &self,
        dy: &[f32],
        x: &[f32],
        p: &[f32],
        y: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
    ) -> Vec<f64> {
        let mut out = vec![f64::NAN; 3 * c];
        let [n, c, s] = dims(n, c, s);
        host::grad_reduce(self, dy, x, p, y, act, n, c, s, &mut out).unwrap();
        out
    }

    /// `BnGradInput`: `dX` from the group's payload.
    #[allow(clippy::too_many_arguments)]
    fn grad_input(
        &self,
        dy: &[f32],
        x: &[f32],
        p: &[f32],
        sums: &[f64],
        y: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
    ) -> Vec<f32> {
        let mut dx = vec![f32::NAN; x.len()];
        let [n, c, s] = dims(n, c, s);
        host::grad_input(self, dy, x, p, sums, y, act, n, c, s, &mut dx).unwrap();
        dx
    }

    /// `BnGradParams`: `(d_scale, d_bias)`.
    fn grad_params(&self, sums: &[f64], p: &[f32]) -> (Vec<f32>, Vec<f32>) {
        let c = sums.len() / 3;
        let (mut gs, mut gb) = (vec![f32::NAN; c], vec![f32::NAN; c]);
        host::grad_params(self, sums, p, &mut gs, &mut gb).unwrap();
        (gs, gb)
    }
}

/// `n, c, s` as the kernels' `i64` dimensions.
pub fn dims(n: usize, c: usize, s: usize) -> [i64; 3] {
    [n as i64, c as i64, s as i64]
}

/// One test shape: shards of the batch dimension, channels, spatial size, and the data's mean/std.
#[derive(Clone, Debug)]
pub struct Case {
    pub name: &'static str,
    pub shards: Vec<usize>,
    pub c: usize,
    pub s: usize,
    /// Channel `k` has mean `mean_over_std * (k + 1) * (-1)^k` in units of its std.
    pub mean_over_std: f64,
}

/// The odd shapes every backend is held to.
pub fn cases() -> Vec<Case> {
    let case =
        |name, shards: &[usize], c, s, mean_over_std| Case { name, shards: shards.to_vec(), c, s, mean_over_std };
    vec![
        case("c3_7x5", &[2], 3, 35, 0.5),
        case("n1", &[1], 5, 35, 0.5),
        case("uneven_and_empty_shards", &[2, 0, 1], 3, 35, 0.5),
        case("rank2_s1_many_channels", &[5], 70, 1, 0.5),
        case("c_larger_than_grid", &[2], 300, 7, 0.5),
        case("long_channels_few_c", &[3], 2, 4096, 0.5),
        case("hard_mean_1e4", &[2, 1], 3, 35, 1e4),
        case("hard_mean_vec4", &[2], 4, 64, 1e4),
    ]
}

/// Seeded normal samples (Box-Muller).
pub fn normals(len: usize, seed: u64) -> Vec<f64> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..len)
        .map(|_| {
            let u: f64 = rng.gen_range(f64::EPSILON..1.0);
            let v: f64 = rng.gen_range(0.0..1.0);
            (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
        })
        .collect()
}

/// The global batch `[sum(shards), c, s]` of a case, channel `k` with std `0.5 + k % 3`.
pub fn global_input(case: &Case, seed: u64) -> Vec<f32> {
    let n: usize = case.shards.iter().sum();
    let z = normals(n * case.c * case.s, seed);
    z.iter()
        .enumerate()
        .map(|(i, z)| {
            let k = (i / case.s) % case.c;
            let std = 0.5 + (k % 3) as f64;
            let sign = if k & 1 == 0 { 1.0 } else { -1.0 };
            (sign * case.mean_over_std * (k + 1) as f64 * std + z * std) as f32
        })
        .collect()
}

/// Per-channel vector of `len` values in `[lo, hi)`.
pub fn uniform(len: usize, lo: f64, hi: f64, seed: u64) -> Vec<f32> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..len).map(|_| rng.gen_range(lo..hi) as f32).collect()
}

/// Reference moments: count, sum, sum of squares in f64.
pub fn ref_moments(x: &[f32], n: usize, c: usize, s: usize) -> Vec<f64> {
    let mut m = vec![0.0; 3 * c];
    for i in 0..n {
        for k in 0..c {
            for j in 0..s {
                let v = x[(i * c + k) * s + j] as f64;
                m[c + k] += v;
                m[2 * c + k] += v * v;
            }
        }
    }
    m[..c].fill((n * s) as f64);
    m
}

/// Two-pass f64 mean and (biased) variance per channel.
pub fn ref_mean_var(x: &[f32], n: usize, c: usize, s: usize) -> (Vec<f64>, Vec<f64>) {
    let count = (n * s) as f64;
    let mut mean = vec![0.0; c];
    let mut var = vec![0.0; c];
    if n * s == 0 {
        return (mean, var);
    }
    for (idx, v) in x.iter().enumerate() {
        mean[(idx / s) % c] += *v as f64 / count;
    }
    for (idx, v) in x.iter().enumerate() {
        let k = (idx / s) % c;
        var[k] += (*v as f64 - mean[k]).powi(2) / count;
    }
    (mean, var)
}

/// Reference normalize: `act((x - mean) / sqrt(var + eps) * scale + bias [+ res])`.
#[allow(clippy::too_many_arguments)]
pub fn ref_normalize(
    x: &[f32],
    mean: &[f64],
    var: &[f64],
    scale: &[f32],
    bias: &[f32],
    eps: f64,
    c: usize,
    s: usize,
) -> Vec<f64> {
    x.iter()
        .enumerate()
        .map(|(idx, v)| {
            let k = (idx / s) % c;
            (*v as f64 - mean[k]) / (var[k] + eps).sqrt() * scale[k] as f64 + bias[k] as f64
        })
        .collect()
}

/// Asserts `|got - want| <= tol * max(1, max|want|)` everywhere.
pub fn assert_close(what: &str, got: &[f32], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    let scale = want.iter().fold(1.0f64, |a, b| a.max(b.abs()));
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let err = (*g as f64 - w).abs();
        assert!(err <= tol * scale, "{what}[{i}]: got {g}, want {w}, error {err:e} > {tol:e} * {scale}");
    }
}

/// Splits the global batch into the case's shards.
pub fn shards<'a>(case: &Case, x: &'a [f32]) -> Vec<&'a [f32]> {
    let row = case.c * case.s;
    let mut at = 0;
    case.shards
        .iter()
        .map(|&n| {
            let sh = &x[at..at + n * row];
            at += n * row;
            sh
        })
        .collect()
}

const EPS: f64 = 1e-5;
const MOMENTUM: f64 = 0.9;

/// The SyncBN forward of one case on a backend: per-shard moments summed (the all-reduce), finalize,
/// per-shard normalize (plain and fused forms), all against the f64 reference of the global batch.
pub fn check_syncbn(b: &dyn Backend, case: &Case) {
    let (c, s) = (case.c, case.s);
    let n: usize = case.shards.iter().sum();
    let x = global_input(case, 7);
    let parts = shards(case, &x);
    let mut total = vec![0.0; 3 * c];
    for (sh, &sn) in parts.iter().zip(&case.shards) {
        let m = b.moments(sh, sn, c, s);
        let want = ref_moments(sh, sn, c, s);
        for k in 0..3 * c {
            let tol = 1e-12 * want[k].abs().max(1.0);
            assert!((m[k] - want[k]).abs() <= tol, "{}: moments[{k}] = {}, want {}", case.name, m[k], want[k]);
        }
        total.iter_mut().zip(&m).for_each(|(t, v)| *t += v);
    }
    let scale = uniform(c, 0.5, 2.0, 11);
    let bias = uniform(c, -1.0, 1.0, 12);
    let rm = uniform(c, -1.0, 1.0, 13);
    let rv = uniform(c, 0.5, 1.5, 14);
    let (params, rm_out, rv_out) = b.finalize(&total, &scale, &bias, &rm, &rv, EPS, MOMENTUM);
    let (mean, var) = ref_mean_var(&x, n, c, s);
    for k in 0..c {
        let cnt = (n * s) as f64;
        let unbiased = if cnt > 1.0 { var[k] * cnt / (cnt - 1.0) } else { var[k] };
        let want_rm = MOMENTUM * rm[k] as f64 + (1.0 - MOMENTUM) * mean[k];
        let want_rv = MOMENTUM * rv[k] as f64 + (1.0 - MOMENTUM) * unbiased;
        assert!(
            (rm_out[k] as f64 - want_rm).abs() <= 1e-6 * want_rm.abs().max(1.0),
            "{}: running_mean[{k}]",
            case.name
        );
        assert!((rv_out[k] as f64 - want_rv).abs() <= 1e-5 * want_rv.abs().max(1.0), "{}: running_var[{k}]", case.name);
        let split = params[k] as f64 + params[c + k] as f64;
        assert!((split - mean[k]).abs() <= 1e-9 * mean[k].abs().max(1.0), "{}: mean_hi + mean_lo", case.name);
    }
    let res = uniform(x.len(), -1.0, 1.0, 15);
    let res_parts = shards(case, &res);
    let clip = Activation::Clip { min: -0.5, max: 0.75 };
    let mut at = 0;
    for (i, &sn) in case.shards.iter().enumerate() {
        let len = sn * c * s;
        let want = ref_normalize(parts[i], &mean, &var, &scale, &bias, EPS, c, s);
        let name = format!("{} shard {i}", case.name);
        let y = b.normalize(parts[i], &params, None, Activation::None, sn, c, s);
        assert_close(&format!("{name} normalize"), &y, &want, 1e-5);
        let relu: Vec<f64> = want.iter().map(|v| Activation::Relu.apply(*v)).collect();
        let y = b.normalize(parts[i], &params, None, Activation::Relu, sn, c, s);
        assert_close(&format!("{name} normalize+relu"), &y, &relu, 1e-5);
        let with_res: Vec<f64> = want.iter().zip(res_parts[i]).map(|(v, r)| clip.apply(v + *r as f64)).collect();
        let y = b.normalize(parts[i], &params, Some(res_parts[i]), clip, sn, c, s);
        assert_close(&format!("{name} normalize+residual+clip"), &y, &with_res, 1e-5);
        let pair: Vec<f64> = want.iter().map(|v| Activation::Relu.apply(2.0 * v)).collect();
        let y = b.pair(parts[i], &params, parts[i], &params, Activation::Relu, sn, c, s);
        assert_close(&format!("{name} pair+relu"), &y, &pair, 1e-5);
        at += len;
    }
    assert_eq!(at, x.len());
}

/// `ChannelAffine` with every activation on a case's global batch.
pub fn check_affine(b: &dyn Backend, case: &Case) {
    let (c, s) = (case.c, case.s);
    let n: usize = case.shards.iter().sum();
    let x = global_input(&Case { mean_over_std: 0.5, ..case.clone() }, 3);
    let mul = uniform(c, -2.0, 2.0, 4);
    let add = uniform(c, -1.0, 1.0, 5);
    for act in [Activation::None, Activation::Relu, Activation::Clip { min: -0.25, max: 0.5 }] {
        let want: Vec<f64> = x
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let k = (i / s) % c;
                act.apply((*v * mul[k]) as f64 + add[k] as f64)
            })
            .collect();
        let y = b.affine(&x, &mul, &add, act, n, c, s);
        assert_close(&format!("{} affine {act:?}", case.name), &y, &want, 1e-6);
    }
}

/// Every element-wise op on `len` values (odd lengths exercise the vector tail).
pub fn check_elementwise(b: &dyn Backend, len: usize) {
    let a: Vec<f32> = normals(len, 21).iter().map(|v| (v * 30.0) as f32).collect();
    let bb: Vec<f32> = normals(len, 22).iter().map(|v| *v as f32).collect();
    for op in Elementwise::ALL {
        let y = b.elementwise(op, &a, &bb, -1.5, 2.5);
        let want: Vec<f64> = a
            .iter()
            .zip(&bb)
            .map(|(x, z)| match op {
                Elementwise::Relu => (*x as f64).max(0.0),
                Elementwise::Add => (*x + *z) as f64,
                Elementwise::Mul => (*x * *z) as f64,
                Elementwise::Clip => (*x as f64).clamp(-1.5, 2.5),
                Elementwise::Sigmoid => 1.0 / (1.0 + (-(*x as f64)).exp()),
                Elementwise::Sub => (*x - *z) as f64,
                Elementwise::Div => (*x / *z) as f64,
            })
            .collect();
        let tol = if op == Elementwise::Sigmoid { 1e-6 } else { 0.0 };
        assert_close(&format!("{op:?} len {len}"), &y, &want, tol);
    }
}

/// The activations the backward kernels are checked with (relu and a clip that cuts both sides).
pub fn grad_activations() -> [Activation; 3] {
    [Activation::None, Activation::Relu, Activation::Clip { min: -0.5, max: 0.75 }]
}

/// `dZ`: `dy` where the activation's mask keeps `y` (`y > 0` for relu, `lo < y < hi` for clip).
pub fn ref_masked(act: Activation, dy: f32, y: f32) -> f64 {
    let keep = match act {
        Activation::None => true,
        Activation::Relu => y > 0.0,
        Activation::Clip { min, max } => min < y && y < max,
    };
    if keep {
        dy as f64
    } else {
        0.0
    }
}

/// The float64 BatchNorm backward over a whole batch: `(dX, d_scale, d_B)` with `dZ` the masked `dy`,
/// `xhat = (x - mean) / sqrt(var + eps)` from a two-pass mean and variance.
#[allow(clippy::too_many_arguments)]
pub fn ref_bn_backward(
    x: &[f32],
    dz: &[f64],
    scale: &[f32],
    eps: f64,
    n: usize,
    c: usize,
    s: usize,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let (mean, var) = ref_mean_var(x, n, c, s);
    let inv_std: Vec<f64> = var.iter().map(|v| 1.0 / (v + eps).sqrt()).collect();
    let xhat = |i: usize| {
        let k = (i / s) % c;
        (x[i] as f64 - mean[k]) * inv_std[k]
    };
    let (mut d_scale, mut d_bias) = (vec![0.0; c], vec![0.0; c]);
    for (i, g) in dz.iter().enumerate() {
        let k = (i / s) % c;
        d_bias[k] += g;
        d_scale[k] += g * xhat(i);
    }
    let count = (n * s) as f64;
    let dx = (0..x.len())
        .map(|i| {
            let k = (i / s) % c;
            scale[k] as f64 * inv_std[k] * (dz[i] - d_bias[k] / count - xhat(i) * d_scale[k] / count)
        })
        .collect();
    (dx, d_scale, d_bias)
}

/// The SyncBN backward of one case on a backend, for every mask: per-shard payloads against their
/// definition (f64, from the shard's data and the f32 mean split), summed (the all-reduce), then
/// per-shard `dX` and the parameter gradients against the float64 BatchNorm backward of the global
/// batch (1e-5 relative to the tensor's scale for `dX`, 1e-6 for the parameter gradients).
pub fn check_bn_backward(b: &dyn Backend, case: &Case) {
    let (c, s) = (case.c, case.s);
    let n: usize = case.shards.iter().sum();
    let x = global_input(case, 41);
    let dy: Vec<f32> = normals(x.len(), 42).iter().map(|v| *v as f32).collect();
    let (scale, bias) = (uniform(c, 0.5, 2.0, 43), uniform(c, -1.0, 1.0, 44));
    let ones = vec![1.0f32; c];
    let (xs, dys) = (shards(case, &x), shards(case, &dy));
    // The forward's statistics from the backend's moments (plain f64 sums of squares lose the
    // variance when |mean|/std is 1e4 and a channel holds 60k elements).
    let mut moments = vec![0.0; 3 * c];
    for (xsh, &sn) in xs.iter().zip(&case.shards) {
        moments.iter_mut().zip(b.moments(xsh, sn, c, s)).for_each(|(t, v)| *t += v);
    }
    let (params, _, _) = b.finalize(&moments, &scale, &bias, &bias, &ones, EPS, MOMENTUM);
    for act in grad_activations() {
        let name = format!("{} {act:?}", case.name);
        let ys: Vec<Vec<f32>> =
            case.shards.iter().zip(&xs).map(|(&sn, xsh)| b.normalize(xsh, &params, None, act, sn, c, s)).collect();
        let masked = act != Activation::None;
        let y_of = |i: usize| masked.then_some(ys[i].as_slice());
        let mut total = vec![0.0; 3 * c];
        for (i, &sn) in case.shards.iter().enumerate() {
            let got = b.grad_reduce(dys[i], xs[i], &params, y_of(i), act, sn, c, s);
            check_payload(&format!("{name} shard {i}"), &got, dys[i], xs[i], &ys[i], &params, act, c, s);
            total.iter_mut().zip(&got).for_each(|(t, v)| *t += v);
        }
        let y: Vec<f32> = ys.concat();
        let dz: Vec<f64> = dy.iter().zip(&y).map(|(g, v)| ref_masked(act, *g, *v)).collect();
        let (dx, d_scale, d_bias) = ref_bn_backward(&x, &dz, &scale, EPS, n, c, s);
        let mut at = 0;
        for (i, &sn) in case.shards.iter().enumerate() {
            let got = b.grad_input(dys[i], xs[i], &params, &total, y_of(i), act, sn, c, s);
            assert_close(&format!("{name} shard {i} dX"), &got, &dx[at..at + got.len()], 1e-5);
            at += got.len();
        }
        let (gs, gb) = b.grad_params(&total, &params);
        assert_close(&format!("{name} d_scale"), &gs, &d_scale, 1e-6);
        assert_close(&format!("{name} d_bias"), &gb, &d_bias, 1e-6);
    }
}

/// A shard's payload against its definition: count, `sum(dZ)`, `sum(dZ * ((x - mean_hi) - mean_lo))`
/// in f64, within 1e-12 of the sum of the terms' magnitudes.
#[allow(clippy::too_many_arguments)]
fn check_payload(
    what: &str,
    got: &[f64],
    dy: &[f32],
    x: &[f32],
    y: &[f32],
    p: &[f32],
    act: Activation,
    c: usize,
    s: usize,
) {
    let mut want = vec![0.0; 3 * c];
    let mut magnitude = vec![0.0; 3 * c];
    for i in 0..x.len() {
        let k = (i / s) % c;
        let dz = ref_masked(act, dy[i], y[i]);
        let d = (x[i] as f64 - p[k] as f64) - p[c + k] as f64;
        want[k] += 1.0;
        want[c + k] += dz;
        want[2 * c + k] += dz * d;
        magnitude[c + k] += dz.abs();
        magnitude[2 * c + k] += (dz * d).abs();
    }
    assert_eq!(got.len(), 3 * c, "{what}: payload length");
    for k in 0..3 * c {
        let tol = 1e-12 * magnitude[k].max(1.0);
        assert!((got[k] - want[k]).abs() <= tol, "{what}: sums[{k}] = {}, want {}", got[k], want[k]);
    }
}

/// With a group count of 0 `dX` is 0, and the parameter gradients of a zero payload are 0.
pub fn check_grad_empty_group(b: &dyn Backend) {
    let (n, c, s) = (2, 3, 5);
    let x: Vec<f32> = normals(n * c * s, 51).iter().map(|v| *v as f32).collect();
    let params: Vec<f32> = uniform(5 * c, 0.5, 2.0, 52);
    let sums = vec![0.0; 3 * c];
    for act in grad_activations() {
        let y = (act != Activation::None).then_some(x.as_slice());
        let dx = b.grad_input(&x, &x, &params, &sums, y, act, n, c, s);
        assert!(dx.iter().all(|v| *v == 0.0), "{act:?}: dX with n = 0: {dx:?}");
        let got = b.grad_reduce(&[], &[], &params, y.map(|_| &[][..]), act, 0, c, s);
        assert_eq!(got, vec![0.0; 3 * c], "{act:?}: payload of an empty shard");
    }
    let (gs, gb) = b.grad_params(&sums, &params);
    assert_eq!((gs, gb), (vec![0.0; c], vec![0.0; c]));
}
