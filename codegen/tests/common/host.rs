//! Typed calls of the catalogue kernels for the tests: each builds the kernel's arguments (in the
//! catalogue's parameter order), choosing the compiled variant from the activation as the kernel
//! table does, and hands them to a [`Runner`]: the host module's [`HostModule::call`] (the one
//! generic call the runtime uses too) or an emulated GPU launch.

use syncbn_codegen::{Act, CodegenError, Elementwise, GradMask, HostArg, HostModule, KernelKind, SgdMomentum};
use syncbn_ir::lowered::Activation;

use HostArg::{Double, Float, In32, In64, Int, Out32, Out64};

type Result = std::result::Result<(), CodegenError>;

/// What runs one kernel: `d` is the `n, c, s` its launch rule reads (a GPU launch; the host ignores
/// it).
pub trait Runner {
    /// Runs `kind` with `args` in the catalogue's parameter order.
    fn run(&self, kind: KernelKind, d: [i64; 3], args: &mut [HostArg<'_>]) -> Result;
}

impl Runner for HostModule {
    fn run(&self, kind: KernelKind, _d: [i64; 3], args: &mut [HostArg<'_>]) -> Result {
        self.call(kind, args)
    }
}

/// The compiled activation and its `lo`, `hi` arguments.
fn act_of(act: Activation) -> (Act, Vec<HostArg<'static>>) {
    match act {
        Activation::None => (Act::None, vec![]),
        Activation::Relu => (Act::Clip, vec![Float(0.0), Float(f32::INFINITY)]),
        Activation::Clip { min, max } => (Act::Clip, vec![Float(min), Float(max)]),
    }
}

/// The compiled gradient mask and its `lo`, `hi` arguments.
fn mask_of(act: Activation) -> (GradMask, Vec<HostArg<'static>>) {
    match act {
        Activation::None => (GradMask::None, vec![]),
        Activation::Relu => (GradMask::Relu, vec![]),
        Activation::Clip { min, max } => (GradMask::Clip, vec![Float(min), Float(max)]),
    }
}

fn dims<'a>(n: i64, c: i64, s: i64) -> [HostArg<'a>; 3] {
    [Int(n), Int(c), Int(s)]
}

/// `LocalMoments` over every image.
pub fn moments(m: &(impl Runner + ?Sized), x: &[f32], n: i64, c: i64, s: i64, out: &mut [f64]) -> Result {
    moments_of_images(m, x, [n, c, s], 0..n, out)
}

/// `LocalMoments` over images `images` of the `d = [n, c, s]`.
pub fn moments_of_images(
    m: &(impl Runner + ?Sized),
    x: &[f32],
    d: [i64; 3],
    images: std::ops::Range<i64>,
    out: &mut [f64],
) -> Result {
    let [n, c, s] = d;
    let mut args = vec![In32(x)];
    args.extend(dims(n, c, s));
    args.extend([Int(images.start), Int(images.end)]);
    args.push(Out64(out));
    m.run(KernelKind::LocalMoments, [n, c, s], &mut args)
}

/// `BnFinalize` over `c = scale.len()` channels.
#[allow(clippy::too_many_arguments)]
pub fn finalize(
    m: &(impl Runner + ?Sized),
    moments: &[f64],
    scale: &[f32],
    bias: &[f32],
    rm: &[f32],
    rv: &[f32],
    eps: f64,
    mom: f64,
    params: &mut [f32],
    rm_out: &mut [f32],
    rv_out: &mut [f32],
) -> Result {
    let c = scale.len() as i64;
    let mut args = [In64(moments), Int(c), In32(scale), In32(bias), In32(rm), In32(rv), Double(eps), Double(mom)]
        .into_iter()
        .chain([Out32(params), Out32(rm_out), Out32(rv_out)])
        .collect::<Vec<_>>();
    m.run(KernelKind::BnFinalize, [1, c, 1], &mut args)
}

/// A normalize-family kernel: `inputs`, the dimensions, the activation's bounds, `y`.
fn family<'a>(
    m: &(impl Runner + ?Sized),
    kind: KernelKind,
    inputs: Vec<HostArg<'a>>,
    bounds: Vec<HostArg<'a>>,
    d: [i64; 3],
    y: &'a mut [f32],
) -> Result {
    let mut args = inputs;
    args.extend(dims(d[0], d[1], d[2]));
    args.extend(bounds);
    args.push(Out32(y));
    m.run(kind, d, &mut args)
}

/// `BnNormalize`.
#[allow(clippy::too_many_arguments)]
pub fn normalize(
    m: &(impl Runner + ?Sized),
    x: &[f32],
    p: &[f32],
    res: Option<&[f32]>,
    act: Activation,
    n: i64,
    c: i64,
    s: i64,
    y: &mut [f32],
) -> Result {
    let (act, bounds) = act_of(act);
    let mut inputs = vec![In32(x), In32(p)];
    inputs.extend(res.map(In32));
    family(m, KernelKind::BnNormalize { act, residual: res.is_some() }, inputs, bounds, [n, c, s], y)
}

/// `BnNormalizePair`.
#[allow(clippy::too_many_arguments)]
pub fn pair(
    m: &(impl Runner + ?Sized),
    x1: &[f32],
    p1: &[f32],
    x2: &[f32],
    p2: &[f32],
    act: Activation,
    n: i64,
    c: i64,
    s: i64,
    y: &mut [f32],
) -> Result {
    let (act, bounds) = act_of(act);
    let inputs = vec![In32(x1), In32(p1), In32(x2), In32(p2)];
    family(m, KernelKind::BnNormalizePair { act }, inputs, bounds, [n, c, s], y)
}

/// `ChannelAffine`.
#[allow(clippy::too_many_arguments)]
pub fn affine(
    m: &(impl Runner + ?Sized),
    x: &[f32],
    mul: &[f32],
    add: &[f32],
    act: Activation,
    n: i64,
    c: i64,
    s: i64,
    y: &mut [f32],
) -> Result {
    let (act, bounds) = act_of(act);
    family(m, KernelKind::ChannelAffine { act }, vec![In32(x), In32(mul), In32(add)], bounds, [n, c, s], y)
}

/// An element-wise kernel over `a.len()` elements (`b` for Add and Mul, `lo`, `hi` for Clip).
pub fn elementwise(
    m: &(impl Runner + ?Sized),
    op: Elementwise,
    a: &[f32],
    b: &[f32],
    lo: f32,
    hi: f32,
    y: &mut [f32],
) -> Result {
    let len = a.len() as i64;
    let mut args = vec![In32(a)];
    if op.arity() == 2 {
        args.push(In32(b));
    }
    args.push(Int(len));
    if op == Elementwise::Clip {
        args.extend([Float(lo), Float(hi)]);
    }
    args.push(Out32(y));
    m.run(KernelKind::Elementwise(op), [len, 1, 1], &mut args)
}

/// `BnGradReduce`; the mask source `y` is passed when given, whatever the activation.
#[allow(clippy::too_many_arguments)]
pub fn grad_reduce(
    m: &(impl Runner + ?Sized),
    dy: &[f32],
    x: &[f32],
    p: &[f32],
    y: Option<&[f32]>,
    act: Activation,
    n: i64,
    c: i64,
    s: i64,
    sums: &mut [f64],
) -> Result {
    let (mask, bounds) = mask_of(act);
    let mut args = vec![In32(dy), In32(x), In32(p)];
    args.extend(y.map(In32));
    args.extend(dims(n, c, s));
    args.extend([Int(0), Int(n)]);
    args.extend(bounds);
    args.push(Out64(sums));
    m.run(KernelKind::BnGradReduce { mask }, [n, c, s], &mut args)
}

/// `BnGradInput`; the mask source `y` is passed when given, whatever the activation.
#[allow(clippy::too_many_arguments)]
pub fn grad_input(
    m: &(impl Runner + ?Sized),
    dy: &[f32],
    x: &[f32],
    p: &[f32],
    sums: &[f64],
    y: Option<&[f32]>,
    act: Activation,
    n: i64,
    c: i64,
    s: i64,
    dx: &mut [f32],
) -> Result {
    let (mask, bounds) = mask_of(act);
    let mut inputs = vec![In32(dy), In32(x), In32(p), In64(sums)];
    inputs.extend(y.map(In32));
    family(m, KernelKind::BnGradInput { mask }, inputs, bounds, [n, c, s], dx)
}

/// `BnGradParams` over `c = d_scale.len()` channels.
pub fn grad_params(
    m: &(impl Runner + ?Sized),
    sums: &[f64],
    p: &[f32],
    d_scale: &mut [f32],
    d_bias: &mut [f32],
) -> Result {
    let c = d_scale.len() as i64;
    m.run(KernelKind::BnGradParams, [1, c, 1], &mut [In64(sums), In32(p), Int(c), Out32(d_scale), Out32(d_bias)])
}

/// Three chained SGD updates of `param` (and with momentum its buffer, from zeros) with gradients
/// `grads` (learning rate 0.05, weight decay 1e-3, momentum 0.9): the final parameters and buffer.
pub fn sgd(m: &(impl Runner + ?Sized), momentum: SgdMomentum, param: &[f32], grads: &[&[f32]]) -> (Vec<f32>, Vec<f32>) {
    let (mut p, mut b) = (param.to_vec(), vec![0.0f32; param.len()]);
    for (step, g) in grads.iter().enumerate() {
        let len = g.len() as i64;
        let mut args = vec![In32(g), Int(len), Float(0.05), Float(1e-3)];
        if momentum != SgdMomentum::None {
            args.extend([Float(0.9), Int(i64::from(step == 0))]);
        }
        args.push(Out32(&mut p));
        if momentum != SgdMomentum::None {
            args.push(Out32(&mut b));
        }
        m.run(KernelKind::SgdUpdate { momentum }, [len, 1, 1], &mut args).unwrap();
    }
    (p, b)
}
