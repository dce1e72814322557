//! GPU kernel bodies of Resize and ResizeGrad over the last [`WINDOW_RANK`] axes: the CPU op's
//! per-axis taps (source coordinate by `coordinate_transformation_mode`, then nearest rounding or
//! linear weights) evaluated per element. Resize applies the axes in order, innermost sum over the
//! first resized axis, in f32 as the CPU does (bit-identical); ResizeGrad gathers, for each `dx`
//! element, the `dy` elements whose taps read it (deterministic, no atomics), summed in f64.

use inkwell::values::{FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::grid::{items, pick, Grid};
use super::window::{flatten, unflatten};
use crate::error::Result;
use crate::kernels::{Kb, SCALES, WINDOW, WINDOW_RANK};

/// One axis of the Resize: sizes, scale and whether it is resampled at all.
#[derive(Clone, Copy)]
struct Axis<'ctx> {
    input: IntValue<'ctx>,
    output: IntValue<'ctx>,
    scale: FloatValue<'ctx>,
    active: IntValue<'ctx>,
}

/// The taps output index `u` of an axis reads: `count` (1 or 2) input indices and weights.
struct Taps<'ctx> {
    index: [IntValue<'ctx>; 2],
    weight: [FloatValue<'ctx>; 2],
    count: IntValue<'ctx>,
}

fn axes<'ctx>(kb: &Kb<'_, 'ctx>) -> Result<Vec<Axis<'ctx>>> {
    (0..WINDOW_RANK)
        .map(|j| {
            let (input, output, scale) = (kb.int(WINDOW[0][j])?, kb.int(WINDOW[1][j])?, kb.float(SCALES[j])?);
            let resized = kb.icmp(IntPredicate::NE, input, output)?;
            let scaled = kb.fcmp(FloatPredicate::UNE, scale, kb.f64(1.0))?;
            Ok(Axis { input, output, scale, active: kb.b.build_or(resized, scaled, "active")? })
        })
        .collect()
}

/// `llvm.<name>.f64`.
fn round<'ctx>(kb: &Kb<'_, 'ctx>, name: &str, x: FloatValue<'ctx>) -> Result<FloatValue<'ctx>> {
    kb.intrinsic(&format!("llvm.{name}"), &[x])
}

/// `coord == k` for the mode parameter `param`.
fn mode<'ctx>(kb: &Kb<'_, 'ctx>, param: &str, k: i64) -> Result<IntValue<'ctx>> {
    kb.icmp(IntPredicate::EQ, kb.int(param)?, kb.i64(k))
}

/// The input coordinate of output index `u` (the CPU's `source`).
fn source<'ctx>(kb: &Kb<'_, 'ctx>, a: &Axis<'ctx>, u: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let (uf, inf, outf) = (kb.i2f64(u)?, kb.i2f64(a.input)?, kb.i2f64(a.output)?);
    let half = kb.f64(0.5);
    let half_pixel = kb.fsub(kb.fdiv(kb.fadd(uf, half)?, a.scale)?, half)?;
    let several = kb.icmp(IntPredicate::SGT, a.output, kb.i64(1))?;
    let corners = kb.fdiv(kb.fmul(uf, kb.fsub(inf, kb.f64(1.0))?)?, kb.fsub(outf, kb.f64(1.0))?)?;
    let corners = pick(kb, several, corners, kb.f64(0.0))?;
    let pytorch = pick(kb, several, half_pixel, kb.f64(0.0))?;
    let asymmetric = kb.fdiv(uf, a.scale)?;
    let x = pick(kb, mode(kb, "coord", 1)?, pytorch, half_pixel)?;
    let x = pick(kb, mode(kb, "coord", 2)?, corners, x)?;
    pick(kb, mode(kb, "coord", 3)?, asymmetric, x)
}

/// The taps of output index `u` along `a` (the CPU's `taps`; the identity on an axis kept as is).
fn taps<'ctx>(kb: &Kb<'_, 'ctx>, a: &Axis<'ctx>, u: IntValue<'ctx>) -> Result<Taps<'ctx>> {
    let last_index = kb.sub(a.input, kb.i64(1))?;
    let last_index = pick(kb, kb.icmp(IntPredicate::SGT, last_index, kb.i64(0))?, last_index, kb.i64(0))?;
    let last = kb.i2f64(last_index)?;
    let x = source(kb, a, u)?;
    let to_int =
        |v: FloatValue<'ctx>| -> Result<IntValue<'ctx>> { Ok(kb.b.build_float_to_signed_int(v, kb.i64t(), "idx")?) };
    let clamp = |v: FloatValue<'ctx>| kb.fmin(kb.fmax(v, kb.f64(0.0))?, last);
    let xc = clamp(x)?;
    let i0 = round(kb, "floor", xc)?;
    let w = kb.trunc(kb.fsub(xc, i0)?)?;
    let i1 = kb.fmin(kb.fadd(i0, kb.f64(1.0))?, last)?;
    let fract = kb.fsub(x, round(kb, "trunc", x)?)?;
    let tie = kb.fcmp(FloatPredicate::OEQ, fract, kb.f64(0.5))?;
    let prefer_floor = pick(kb, tie, round(kb, "floor", x)?, round(kb, "round", x)?)?;
    let nearest = pick(kb, mode(kb, "nearest", 1)?, round(kb, "floor", kb.fadd(x, kb.f64(0.5))?)?, prefer_floor)?;
    let nearest = pick(kb, mode(kb, "nearest", 2)?, round(kb, "floor", x)?, nearest)?;
    let nearest = pick(kb, mode(kb, "nearest", 3)?, round(kb, "ceil", x)?, nearest)?;
    let linear = mode(kb, "linear", 1)?;
    let first = pick(kb, linear, to_int(i0)?, to_int(clamp(nearest)?)?)?;
    let first = pick(kb, a.active, first, u)?;
    let w0 = pick(kb, kb.b.build_and(linear, a.active, "lin")?, kb.fsub(kb.f32(1.0), w)?, kb.f32(1.0))?;
    let two = kb.b.build_and(linear, a.active, "two")?;
    Ok(Taps { index: [first, to_int(i1)?], weight: [w0, w], count: pick(kb, two, kb.i64(2), kb.i64(1))? })
}

/// `f(axis)` of every axis, as the dimensions of a row-major index.
fn dims<'ctx>(ax: &[Axis<'ctx>], f: fn(&Axis<'ctx>) -> IntValue<'ctx>) -> [IntValue<'ctx>; WINDOW_RANK] {
    std::array::from_fn(|j| f(&ax[j]))
}

/// Tap `k` (0 or 1) of `t`.
fn tap<'ctx>(kb: &Kb<'_, 'ctx>, t: &Taps<'ctx>, k: IntValue<'ctx>) -> Result<(IntValue<'ctx>, FloatValue<'ctx>)> {
    let second = kb.icmp(IntPredicate::EQ, k, kb.i64(1))?;
    Ok((pick(kb, second, t.index[1], t.index[0])?, pick(kb, second, t.weight[1], t.weight[0])?))
}

/// Resize: output element `i` as the CPU computes it, axis by axis.
pub(crate) fn resize<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let ax = axes(kb)?;
    let in_plane = ax.iter().try_fold(kb.i64(1), |acc, a| kb.mul(acc, a.input))?;
    items(kb, g, |i| {
        let (u, rem) = unflatten(kb, i, dims(&ax, |a| a.output))?;
        let row = kb.at(kb.ptr("x")?, kb.mul(rem, in_plane)?)?;
        let t: Vec<Taps> = (0..WINDOW_RANK).map(|j| taps(kb, &ax[j], u[j])).collect::<Result<_>>()?;
        let value =
            interpolate(kb, &t, WINDOW_RANK, &[], &|idx| kb.load(row, flatten(kb, idx, dims(&ax, |a| a.input))?))?;
        kb.store(kb.ptr("y")?, i, value)
    })
}

/// The f32 sum over the taps of axis `depth - 1` of its weight times the interpolation over the
/// axes before it (`fixed`: the chosen input indices of the axes after it, innermost first).
fn interpolate<'ctx>(
    kb: &Kb<'_, 'ctx>,
    t: &[Taps<'ctx>],
    depth: usize,
    fixed: &[IntValue<'ctx>],
    read: &dyn Fn(&[IntValue<'ctx>]) -> Result<FloatValue<'ctx>>,
) -> Result<FloatValue<'ctx>> {
    if depth == 0 {
        let idx: Vec<IntValue> = fixed.iter().rev().copied().collect();
        return read(&idx);
    }
    let acc = kb.var(kb.f32(0.0).into())?;
    let j = depth - 1;
    kb.for_range(kb.i64(0), t[j].count, kb.i64(1), |k| {
        let (index, weight) = tap(kb, &t[j], k)?;
        let mut next = fixed.to_vec();
        next.push(index);
        let inner = interpolate(kb, t, j, &next, read)?;
        kb.set(acc, kb.fadd(kb.getf(acc)?, kb.fmul(weight, inner)?)?)
    })?;
    kb.getf(acc)
}

/// ResizeGrad: `dx` element `i` gathers `w * dy` over the outputs whose taps read it.
pub(crate) fn resize_grad<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let ax = axes(kb)?;
    let out_plane = ax.iter().try_fold(kb.i64(1), |acc, a| kb.mul(acc, a.output))?;
    items(kb, g, |i| {
        let (x, rem) = unflatten(kb, i, dims(&ax, |a| a.input))?;
        let row = kb.at(kb.ptr("dy")?, kb.mul(rem, out_plane)?)?;
        let acc = kb.var(kb.f64(0.0).into())?;
        readers(kb, &ax, &x, kb.f64(1.0), kb.i64(0), &mut |weight, at| {
            let term = kb.fmul(weight, kb.ext(kb.load(row, at)?)?)?;
            kb.set(acc, kb.fadd(kb.getf(acc)?, term)?)
        })?;
        kb.store(kb.ptr("dx")?, i, kb.trunc(kb.getf(acc)?)?)
    })
}

/// Calls `f(weight, offset)` for every output (offset in the output plane) that reads input
/// coordinates `x`, with the product of its weights for `x` (f64).
fn readers<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ax: &[Axis<'ctx>],
    x: &[IntValue<'ctx>],
    weight: FloatValue<'ctx>,
    offset: IntValue<'ctx>,
    f: &mut dyn FnMut(FloatValue<'ctx>, IntValue<'ctx>) -> Result<()>,
) -> Result<()> {
    let Some((a, rest)) = ax.split_first() else { return f(weight, offset) };
    let count = pick(kb, a.active, a.output, kb.i64(1))?;
    kb.for_range(kb.i64(0), count, kb.i64(1), |k| {
        let u = pick(kb, a.active, k, x[0])?;
        let t = taps(kb, a, u)?;
        let hit = |slot: usize| -> Result<FloatValue<'ctx>> {
            let used = kb.icmp(IntPredicate::SLT, kb.i64(slot as i64), t.count)?;
            let same = kb.b.build_and(used, kb.icmp(IntPredicate::EQ, t.index[slot], x[0])?, "hit")?;
            pick(kb, same, kb.ext(t.weight[slot])?, kb.f64(0.0))
        };
        let w = kb.fadd(hit(0)?, hit(1)?)?;
        kb.if_then(kb.fcmp(FloatPredicate::ONE, w, kb.f64(0.0))?, || {
            let at = kb.add(kb.mul(offset, a.output)?, u)?;
            readers(kb, rest, &x[1..], kb.fmul(weight, w)?, at, f)
        })
    })
}
