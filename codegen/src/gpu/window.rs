//! GPU kernel bodies of the window ops over [`WINDOW_RANK`] padded spatial axes: MaxPool,
//! AveragePool and im2col (one thread per output element, taps in row-major window order), and
//! the gathering adjoints MaxPoolGrad, AveragePoolGrad and col2im (one thread per `dx` element,
//! visiting the windows that read it; no atomics, so results are deterministic). Sums follow the
//! CPU op's order, so the pools and their gradients match it bit for bit.

use inkwell::values::{FloatValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::grid::{i2f32, items, pick, Grid};
use crate::error::Result;
use crate::kernels::{Kb, OpKernel, WINDOW, WINDOW_RANK};

/// One spatial axis of the window: sizes, kernel, stride, dilation and paddings.
#[derive(Clone, Copy)]
struct Axis<'ctx> {
    input: IntValue<'ctx>,
    output: IntValue<'ctx>,
    kernel: IntValue<'ctx>,
    stride: IntValue<'ctx>,
    dilation: IntValue<'ctx>,
    pad_begin: IntValue<'ctx>,
    pad_end: IntValue<'ctx>,
}

fn axes<'ctx>(kb: &Kb<'_, 'ctx>) -> Result<[Axis<'ctx>; WINDOW_RANK]> {
    let axis = |j: usize| -> Result<Axis<'ctx>> {
        let v = |row: usize| kb.int(WINDOW[row][j]);
        Ok(Axis {
            input: v(0)?,
            output: v(1)?,
            kernel: v(2)?,
            stride: v(3)?,
            dilation: v(4)?,
            pad_begin: v(5)?,
            pad_end: v(6)?,
        })
    };
    Ok([axis(0)?, axis(1)?, axis(2)?])
}

/// The product of `f(axis)` over the axes.
fn product<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ax: &[Axis<'ctx>; WINDOW_RANK],
    f: fn(&Axis<'ctx>) -> IntValue<'ctx>,
) -> Result<IntValue<'ctx>> {
    ax.iter().try_fold(kb.i64(1), |acc, a| kb.mul(acc, f(a)))
}

/// Row-major coordinates of `flat` over `dims`, and `flat / prod(dims)`.
pub(crate) fn unflatten<'ctx>(
    kb: &Kb<'_, 'ctx>,
    flat: IntValue<'ctx>,
    dims: [IntValue<'ctx>; WINDOW_RANK],
) -> Result<([IntValue<'ctx>; WINDOW_RANK], IntValue<'ctx>)> {
    let mut coords = [kb.i64(0); WINDOW_RANK];
    let mut rem = flat;
    for j in (0..WINDOW_RANK).rev() {
        coords[j] = kb.urem(rem, dims[j])?;
        rem = kb.udiv(rem, dims[j])?;
    }
    Ok((coords, rem))
}

/// The row-major offset of `coords` in `dims`.
pub(crate) fn flatten<'ctx>(
    kb: &Kb<'_, 'ctx>,
    coords: &[IntValue<'ctx>],
    dims: [IntValue<'ctx>; WINDOW_RANK],
) -> Result<IntValue<'ctx>> {
    coords.iter().zip(dims).try_fold(kb.i64(0), |acc, (&c, d)| kb.add(kb.mul(acc, d)?, c))
}

/// The input coordinate that tap `t` of the window at output `q` reads along `a` (signed).
fn coordinate<'ctx>(kb: &Kb<'_, 'ctx>, a: &Axis<'ctx>, q: IntValue<'ctx>, t: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
    kb.sub(kb.add(kb.mul(q, a.stride)?, kb.mul(t, a.dilation)?)?, a.pad_begin)
}

/// Whether a coordinate lies inside the input, and inside the input or its explicit padding.
fn inside<'ctx>(kb: &Kb<'_, 'ctx>, a: &Axis<'ctx>, coord: IntValue<'ctx>) -> Result<(IntValue<'ctx>, IntValue<'ctx>)> {
    let lo = kb.icmp(IntPredicate::SGE, coord, kb.i64(0))?;
    let hi = kb.icmp(IntPredicate::SLT, coord, a.input)?;
    let padded = kb.icmp(IntPredicate::SLT, coord, kb.add(a.input, a.pad_end)?)?;
    Ok((kb.b.build_and(lo, hi, "inside")?, padded))
}

/// One tap of a window: its coordinates, whether it is inside the input and inside the input or
/// its padding.
struct Tap<'ctx> {
    coords: Vec<IntValue<'ctx>>,
    inside: IntValue<'ctx>,
    padded: IntValue<'ctx>,
}

/// Calls `f` for every tap of the window at output coordinates `q`, in row-major tap order.
fn each_tap<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ax: &[Axis<'ctx>],
    q: &[IntValue<'ctx>],
    outer: &Tap<'ctx>,
    f: &mut dyn FnMut(&Tap<'ctx>) -> Result<()>,
) -> Result<()> {
    let Some((a, rest)) = ax.split_first() else { return f(outer) };
    kb.for_range(kb.i64(0), a.kernel, kb.i64(1), |t| {
        let coord = coordinate(kb, a, q[0], t)?;
        let (ins, pad) = inside(kb, a, coord)?;
        let mut coords = outer.coords.clone();
        coords.push(coord);
        let tap = Tap {
            coords,
            inside: kb.b.build_and(outer.inside, ins, "in")?,
            padded: kb.b.build_and(outer.padded, pad, "pad")?,
        };
        each_tap(kb, rest, &q[1..], &tap, f)
    })
}

fn no_tap<'ctx>(kb: &Kb<'_, 'ctx>) -> Tap<'ctx> {
    let yes = kb.ctx.bool_type().const_int(1, false);
    Tap { coords: Vec::new(), inside: yes, padded: yes }
}

/// MaxPool's choice for the window at `q` of the plane at `x`: `(found, value, offset)` of the
/// first maximum in tap order, a NaN winning over numbers (the CPU's `argmax_windows`).
fn window_max<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ax: &[Axis<'ctx>; WINDOW_RANK],
    q: &[IntValue<'ctx>],
    x: PointerValue<'ctx>,
) -> Result<(IntValue<'ctx>, FloatValue<'ctx>, IntValue<'ctx>)> {
    let found = kb.var(kb.ctx.bool_type().const_zero().into())?;
    let best = kb.var(kb.f32(f32::NEG_INFINITY).into())?;
    let best_at = kb.var(kb.i64(-1).into())?;
    let inputs = ax.map(|a| a.input);
    each_tap(kb, ax, q, &no_tap(kb), &mut |tap| {
        kb.if_then(tap.inside, || {
            let off = flatten(kb, &tap.coords, inputs)?;
            let v = kb.load(x, off)?;
            let cur = kb.getf(best)?;
            let greater = kb.fcmp(FloatPredicate::OGT, v, cur)?;
            let nan_wins =
                kb.b.build_and(kb.fcmp(FloatPredicate::UNO, v, v)?, kb.fcmp(FloatPredicate::ORD, cur, cur)?, "nan")?;
            let unset = kb.b.build_not(kb.get(found)?.into_int_value(), "unset")?;
            let wins = kb.b.build_or(unset, kb.b.build_or(greater, nan_wins, "w")?, "wins")?;
            kb.if_then(wins, || {
                kb.set(found, kb.ctx.bool_type().const_int(1, false))?;
                kb.set(best, v)?;
                kb.set(best_at, off)
            })
        })
    })?;
    Ok((kb.get(found)?.into_int_value(), kb.getf(best)?, kb.get(best_at)?.into_int_value()))
}

/// MaxPool, AveragePool and im2col: one work item per output (or `col`) element.
pub(crate) fn forward<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, op: OpKernel) -> Result<()> {
    let ax = axes(kb)?;
    let plane = product(kb, &ax, |a| a.input)?;
    let (outputs, inputs, kernels) = (ax.map(|a| a.output), ax.map(|a| a.input), ax.map(|a| a.kernel));
    let x = kb.ptr("x")?;
    items(kb, g, |i| {
        if op == OpKernel::Im2col {
            let (q, rest) = unflatten(kb, i, outputs)?;
            let (t, r) = unflatten(kb, rest, kernels)?;
            let mut coords = Vec::with_capacity(WINDOW_RANK);
            let mut ins = kb.ctx.bool_type().const_int(1, false);
            for j in 0..WINDOW_RANK {
                let coord = coordinate(kb, &ax[j], q[j], t[j])?;
                ins = kb.b.build_and(ins, inside(kb, &ax[j], coord)?.0, "in")?;
                coords.push(coord);
            }
            let value = kb.var(kb.f32(0.0).into())?;
            kb.if_then(ins, || {
                let at = kb.add(kb.mul(r, plane)?, flatten(kb, &coords, inputs)?)?;
                kb.set(value, kb.load(x, at)?)
            })?;
            return kb.store(kb.ptr("col")?, i, kb.getf(value)?);
        }
        let (q, r) = unflatten(kb, i, outputs)?;
        let row = kb.at(x, kb.mul(r, plane)?)?;
        let value = if op == OpKernel::MaxPool {
            let (found, best, _) = window_max(kb, &ax, &q, row)?;
            kb.select(found, best, kb.f32(f32::NEG_INFINITY))?.into_float_value()
        } else {
            average(kb, &ax, &q, row)?
        };
        kb.store(kb.ptr("y")?, i, value)
    })
}

/// AveragePool of the window at `q`: the f64 sum of its taps inside the input over the divisor.
fn average<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ax: &[Axis<'ctx>; WINDOW_RANK],
    q: &[IntValue<'ctx>],
    row: PointerValue<'ctx>,
) -> Result<FloatValue<'ctx>> {
    let sum = kb.var(kb.f64(0.0).into())?;
    let (inside_count, padded_count) = (kb.var(kb.i64(0).into())?, kb.var(kb.i64(0).into())?);
    let inputs = ax.map(|a| a.input);
    let bump = |v: PointerValue<'ctx>| -> Result<()> { kb.set(v, kb.add(kb.get(v)?.into_int_value(), kb.i64(1))?) };
    each_tap(kb, ax, q, &no_tap(kb), &mut |tap| {
        kb.if_then(tap.padded, || bump(padded_count))?;
        kb.if_then(tap.inside, || {
            bump(inside_count)?;
            let v = kb.ext(kb.load(row, flatten(kb, &tap.coords, inputs)?)?)?;
            kb.set(sum, kb.fadd(kb.getf(sum)?, v)?)
        })
    })?;
    let count_pad = kb.icmp(IntPredicate::NE, kb.int("count_pad")?, kb.i64(0))?;
    let divisor = pick(kb, count_pad, kb.get(padded_count)?.into_int_value(), kb.get(inside_count)?.into_int_value())?;
    kb.trunc(kb.fdiv(kb.getf(sum)?, kb.i2f64(divisor)?)?)
}

/// One window that reads the `dx` element being gathered: its output coordinates and the tap.
struct Reader<'ctx> {
    q: Vec<IntValue<'ctx>>,
    taps: Vec<IntValue<'ctx>>,
}

/// Calls `f` for every window (output `q`, tap `t`) that reads input coordinates `x`: along each
/// axis the outputs `q` with `q * stride + t * dilation - pad_begin = x` for a tap `t < kernel`,
/// in increasing `q` order, or decreasing (then in increasing tap order) when `reverse`.
fn each_reader<'ctx>(
    kb: &Kb<'_, 'ctx>,
    ax: &[Axis<'ctx>],
    x: &[IntValue<'ctx>],
    reverse: bool,
    outer: &Reader<'ctx>,
    f: &mut dyn FnMut(&Reader<'ctx>) -> Result<()>,
) -> Result<()> {
    let Some((a, rest)) = ax.split_first() else { return f(outer) };
    let shifted = kb.add(x[0], a.pad_begin)?;
    let reach = kb.mul(kb.sub(a.kernel, kb.i64(1))?, a.dilation)?;
    let low = kb.sub(shifted, reach)?;
    let positive = kb.icmp(IntPredicate::SGT, low, kb.i64(0))?;
    let first = pick(kb, positive, kb.udiv(kb.add(low, kb.sub(a.stride, kb.i64(1))?)?, a.stride)?, kb.i64(0))?;
    let last_out = kb.sub(a.output, kb.i64(1))?;
    let by_shift = kb.udiv(shifted, a.stride)?;
    let last = pick(kb, kb.icmp(IntPredicate::SLT, by_shift, last_out)?, by_shift, last_out)?;
    let count = kb.add(kb.sub(last, first)?, kb.i64(1))?;
    kb.for_range(kb.i64(0), count, kb.i64(1), |u| {
        let q = if reverse { kb.sub(last, u)? } else { kb.add(first, u)? };
        let rem = kb.sub(shifted, kb.mul(q, a.stride)?)?;
        let tap = kb.udiv(rem, a.dilation)?;
        let aligned = kb.icmp(IntPredicate::EQ, kb.urem(rem, a.dilation)?, kb.i64(0))?;
        let within = kb.icmp(IntPredicate::SLT, tap, a.kernel)?;
        kb.if_then(kb.b.build_and(aligned, within, "reads")?, || {
            let mut next = Reader { q: outer.q.clone(), taps: outer.taps.clone() };
            next.q.push(q);
            next.taps.push(tap);
            each_reader(kb, rest, &x[1..], reverse, &next, f)
        })
    })
}

/// The window's divisor for AveragePool: the product over axes of the taps inside the input (or
/// inside the input and its padding with `count_pad`).
fn divisor<'ctx>(kb: &Kb<'_, 'ctx>, ax: &[Axis<'ctx>; WINDOW_RANK], q: &[IntValue<'ctx>]) -> Result<IntValue<'ctx>> {
    let count_pad = kb.icmp(IntPredicate::NE, kb.int("count_pad")?, kb.i64(0))?;
    let mut total = kb.i64(1);
    for (a, &qj) in ax.iter().zip(q) {
        let n = kb.var(kb.i64(0).into())?;
        kb.for_range(kb.i64(0), a.kernel, kb.i64(1), |t| {
            let (ins, pad) = inside(kb, a, coordinate(kb, a, qj, t)?)?;
            let counts = pick(kb, count_pad, kb.b.build_int_z_extend(pad, kb.i64t(), "p")?, kb.zext64(ins)?)?;
            kb.set(n, kb.add(kb.get(n)?.into_int_value(), counts)?)
        })?;
        total = kb.mul(total, kb.get(n)?.into_int_value())?;
    }
    Ok(total)
}

/// MaxPoolGrad, AveragePoolGrad and col2im: `dx` element `i` sums, in f32 and in the CPU's order,
/// what each window that reads it sends there.
pub(crate) fn gather<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, op: OpKernel) -> Result<()> {
    let ax = axes(kb)?;
    let (inputs, outputs, kernels) = (ax.map(|a| a.input), ax.map(|a| a.output), ax.map(|a| a.kernel));
    let (plane, n_out, taps) =
        (product(kb, &ax, |a| a.input)?, product(kb, &ax, |a| a.output)?, product(kb, &ax, |a| a.kernel)?);
    items(kb, g, |i| {
        let (x, r) = unflatten(kb, i, inputs)?;
        let acc = kb.var(kb.f32(0.0).into())?;
        let add = |v: FloatValue<'ctx>| kb.set(acc, kb.fadd(kb.getf(acc)?, v)?);
        let start = Reader { q: Vec::new(), taps: Vec::new() };
        let grad_at = |reader: &Reader<'ctx>| kb.add(kb.mul(r, n_out)?, flatten(kb, &reader.q, outputs)?);
        match op {
            OpKernel::MaxPoolGrad => {
                let row = kb.at(kb.ptr("x")?, kb.mul(r, plane)?)?;
                let own = flatten(kb, &x, inputs)?;
                each_reader(kb, &ax, &x, false, &start, &mut |reader| {
                    let (found, _, at) = window_max(kb, &ax, &reader.q, row)?;
                    let mine = kb.b.build_and(found, kb.icmp(IntPredicate::EQ, at, own)?, "mine")?;
                    kb.if_then(mine, || add(kb.load(kb.ptr("dy")?, grad_at(reader)?)?))
                })?;
            }
            OpKernel::AveragePoolGrad => each_reader(kb, &ax, &x, true, &start, &mut |reader| {
                let share =
                    kb.fdiv(kb.load(kb.ptr("dy")?, grad_at(reader)?)?, i2f32(kb, divisor(kb, &ax, &reader.q)?)?)?;
                add(share)
            })?,
            _ => each_reader(kb, &ax, &x, true, &start, &mut |reader| {
                let row = kb.add(kb.mul(r, taps)?, flatten(kb, &reader.taps, kernels)?)?;
                let at = kb.add(kb.mul(row, n_out)?, flatten(kb, &reader.q, outputs)?)?;
                add(kb.load(kb.ptr("col")?, at)?)
            })?,
        }
        kb.store(kb.ptr("dx")?, i, kb.getf(acc)?)
    })
}
