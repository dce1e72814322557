//! Typed calls of host kernels for the tests: each builds the kernel's arguments (in the catalogue's
//! parameter order) for [`HostModule::call`], the one generic call the runtime uses too, choosing
//! the compiled variant from the activation as the kernel table does.

use syncbn_codegen::{Act, CodegenError, Elementwise, GradMask, HostArg, HostModule, KernelKind};
use syncbn_ir::lowered::Activation;

use HostArg::{Double, Float, In32, In64, Int, Out32, Out64};

type Result = std::result::Result<(), CodegenError>;

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

/// `LocalMoments`.
pub fn moments(m: &HostModule, x: &[f32], n: i64, c: i64, s: i64, out: &mut [f64]) -> Result {
    let mut args = vec![In32(x)];
    args.extend(dims(n, c, s));
    args.push(Out64(out));
    m.call(KernelKind::LocalMoments, &mut args)
}

/// `BnFinalize` over `c = scale.len()` channels.
#[allow(clippy::too_many_arguments)]
pub fn finalize(
    m: &HostModule,
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
    let c = Int(scale.len() as i64);
    let mut args = [In64(moments), c, In32(scale), In32(bias), In32(rm), In32(rv), Double(eps), Double(mom)]
        .into_iter()
        .chain([Out32(params), Out32(rm_out), Out32(rv_out)])
        .collect::<Vec<_>>();
    m.call(KernelKind::BnFinalize, &mut args)
}

/// A normalize-family kernel: `inputs`, the dimensions, the activation's bounds, `y`.
fn family<'a>(
    m: &HostModule,
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
    m.call(kind, &mut args)
}

/// `BnNormalize`.
#[allow(clippy::too_many_arguments)]
pub fn normalize(
    m: &HostModule,
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
    m: &HostModule,
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
    m: &HostModule,
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
pub fn elementwise(m: &HostModule, op: Elementwise, a: &[f32], b: &[f32], lo: f32, hi: f32, y: &mut [f32]) -> Result {
    let mut args = vec![In32(a)];
    if op.arity() == 2 {
        args.push(In32(b));
    }
    args.push(Int(a.len() as i64));
    if op == Elementwise::Clip {
        args.extend([Float(lo), Float(hi)]);
    }
    args.push(Out32(y));
    m.call(KernelKind::Elementwise(op), &mut args)
}

/// `BnGradReduce`; the mask source `y` is passed when given, whatever the activation.
#[allow(clippy::too_many_arguments)]
pub fn grad_reduce(
    m: &HostModule,
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
    args.extend(bounds);
    args.push(Out64(sums));
    m.call(KernelKind::BnGradReduce { mask }, &mut args)
}

/// `BnGradInput`; the mask source `y` is passed when given, whatever the activation.
#[allow(clippy::too_many_arguments)]
pub fn grad_input(
    m: &HostModule,
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
pub fn grad_params(m: &HostModule, sums: &[f64], p: &[f32], d_scale: &mut [f32], d_bias: &mut [f32]) -> Result {
    let c = Int(d_scale.len() as i64);
    m.call(KernelKind::BnGradParams, &mut [In64(sums), In32(p), c, Out32(d_scale), Out32(d_bias)])
}
