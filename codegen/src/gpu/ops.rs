//! GPU kernel bodies of the [`OpKernel`]s that are not window ops: copies, numpy broadcasting and
//! its gradient, activations and their gradients, Dropout, per-axis index-map gathers and Pad's
//! gradient, per-channel and per-plane reductions, Softmax and LogSoftmax. Every sum
//! runs in f64 in the order the CPU op of `syncbn-runtime` uses, so results match it bit for bit
//! (Softmax up to its `exp`).

use inkwell::values::{FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::device::Device;
use super::grid::{i2f32, items, pick, Grid};
use super::{resize, window};
use crate::error::Result;
use crate::kernels::activation::{derivative, value};
use crate::kernels::formulas::{elementwise_eval, exp_f32};
use crate::kernels::math;
use crate::kernels::{
    ActGrad, Elementwise, Kb, OpKernel, A_DIMS, BROADCAST_RANK, B_DIMS, GATHER, OUT_DIMS, PAD_FOLD, PAD_RANK,
};

/// Builds the body of `op` (everything but the final `ret`).
pub(crate) fn build_op_kernel<'ctx, D: Device>(dev: &D, kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, op: OpKernel) -> Result<()> {
    match op {
        OpKernel::Copy => items(kb, g, |i| kb.store(kb.ptr("y")?, i, kb.load(kb.ptr("x")?, i)?)),
        OpKernel::Broadcast(e) => broadcast(kb, g, Some(e)),
        OpKernel::BroadcastCopy => broadcast(kb, g, None),
        OpKernel::ActivationGrad(a) => activation_grad(kb, g, a),
        OpKernel::Activation(f) => items(kb, g, |i| {
            let x = kb.ext(kb.load(kb.ptr("x")?, i)?)?;
            let y = value(kb, f, x, kb.float("alpha")?, kb.float("beta")?)?;
            kb.store(kb.ptr("y")?, i, kb.trunc(y)?)
        }),
        OpKernel::ActivationInputGrad(f) => items(kb, g, |i| {
            let (dy, x) = (kb.ext(kb.load(kb.ptr("dy")?, i)?)?, kb.ext(kb.load(kb.ptr("x")?, i)?)?);
            let slope = derivative(kb, f, x, kb.float("alpha")?, kb.float("beta")?)?;
            kb.store(kb.ptr("dx")?, i, kb.trunc(kb.fmul(dy, slope)?)?)
        }),
        OpKernel::Dropout => dropout(kb, g),
        OpKernel::AxisGather => axis_gather(kb, g),
        OpKernel::PadGrad => pad_grad(kb, g),
        OpKernel::BroadcastScale => items(kb, g, |i| {
            let at = broadcast_offsets(kb, i, &[&A_DIMS])?;
            let v = kb.fmul(kb.ext(kb.load(kb.ptr("a")?, at[0])?)?, kb.float("alpha")?)?;
            kb.store(kb.ptr("y")?, i, kb.trunc(v)?)
        }),
        OpKernel::ReduceToShape => reduce_to_shape(kb, g),
        OpKernel::RowCopy => row_copy(kb, g),
        OpKernel::ChannelFill => channel_elements(kb, g, |ch, _| kb.load(kb.ptr("bias")?, ch), "y"),
        OpKernel::ChannelAdd => {
            channel_elements(kb, g, |ch, i| kb.fadd(kb.load(kb.ptr("y")?, i)?, kb.load(kb.ptr("bias")?, ch)?), "y")
        }
        OpKernel::BnEvalGradInput => channel_elements(
            kb,
            g,
            |ch, i| {
                let factor = kb.trunc(kb.fmul(kb.ext(kb.load(kb.ptr("scale")?, ch)?)?, inv_std(kb, ch)?)?)?;
                kb.fmul(kb.load(kb.ptr("dy")?, i)?, factor)
            },
            "dx",
        ),
        OpKernel::ChannelSum => channel_sum(kb, g, "db", |_, at| kb.ext(kb.load(kb.ptr("dy")?, at)?), false),
        OpKernel::BnEvalGradScale => channel_sum(
            kb,
            g,
            "d_scale",
            |ch, at| {
                let mean = kb.ext(kb.load(kb.ptr("mean")?, ch)?)?;
                let centred = kb.fsub(kb.ext(kb.load(kb.ptr("x")?, at)?)?, mean)?;
                kb.fmul(kb.ext(kb.load(kb.ptr("dy")?, at)?)?, centred)
            },
            true,
        ),
        OpKernel::GlobalAveragePool => global_average_pool(kb, g),
        OpKernel::GlobalAveragePoolGrad => items(kb, g, |i| {
            let plane = kb.int("plane")?;
            let share = kb.fdiv(kb.load(kb.ptr("dy")?, kb.udiv(i, plane)?)?, i2f32(kb, plane)?)?;
            kb.store(kb.ptr("dx")?, i, share)
        }),
        OpKernel::Softmax | OpKernel::SoftmaxGrad | OpKernel::LogSoftmax | OpKernel::LogSoftmaxGrad => {
            softmax(kb, g, op)
        }
        OpKernel::Loss(kind) => super::loss::loss(kb, g, kind),
        OpKernel::LossItems(kind) => super::loss::loss_items(kb, g, kind),
        OpKernel::LossSum => super::loss::loss_sum(dev, kb, g),
        OpKernel::LossGrad(kind) => super::loss::loss_grad(kb, g, kind),
        OpKernel::LossKeptWeight => super::loss::kept_weight(dev, kb, g),
        OpKernel::LayerNorm | OpKernel::LayerNormGrad | OpKernel::LayerNormScaleGrad => {
            super::layer_norm::build(kb, g, op)
        }
        OpKernel::MaxPool | OpKernel::AveragePool | OpKernel::Im2col => window::forward(kb, g, op),
        OpKernel::MaxPoolGrad | OpKernel::AveragePoolGrad | OpKernel::Col2im => window::gather(kb, g, op),
        OpKernel::Resize => resize::resize(kb, g),
        OpKernel::ResizeGrad => resize::resize_grad(kb, g),
    }
}

/// Element offsets, in each operand of `operands` (padded shapes), of output element `i` of the
/// padded shape `out`: row-major coordinates, each operand's stride 0 along its size-1 axes.
fn broadcast_offsets<'ctx>(
    kb: &Kb<'_, 'ctx>,
    i: IntValue<'ctx>,
    operands: &[&[&str; BROADCAST_RANK]],
) -> Result<Vec<IntValue<'ctx>>> {
    let mut rem = i;
    let mut offsets = vec![kb.i64(0); operands.len()];
    let mut strides = vec![kb.i64(1); operands.len()];
    for k in (0..BROADCAST_RANK).rev() {
        let o = kb.int(OUT_DIMS[k])?;
        let coord = kb.urem(rem, o)?;
        rem = kb.udiv(rem, o)?;
        for (j, dims) in operands.iter().enumerate() {
            let d = kb.int(dims[k])?;
            let step = pick(kb, kb.icmp(IntPredicate::EQ, d, kb.i64(1))?, kb.i64(0), strides[j])?;
            offsets[j] = kb.add(offsets[j], kb.mul(coord, step)?)?;
            strides[j] = kb.mul(strides[j], d)?;
        }
    }
    Ok(offsets)
}

/// `y = a op b` (or `y = a` without `op`) with numpy broadcasting, exactly as the CPU op (in f32).
fn broadcast<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, op: Option<Elementwise>) -> Result<()> {
    items(kb, g, |i| {
        let value = match op {
            None => {
                let at = broadcast_offsets(kb, i, &[&A_DIMS])?;
                kb.load(kb.ptr("a")?, at[0])?
            }
            Some(e) => {
                let at = broadcast_offsets(kb, i, &[&A_DIMS, &B_DIMS])?;
                let (a, b) = (kb.load(kb.ptr("a")?, at[0])?, kb.load(kb.ptr("b")?, at[1])?);
                elementwise_eval(kb, e, &[], &[a, b])?
            }
        };
        kb.store(kb.ptr("y")?, i, value)
    })
}

/// `dx[j] = alpha * sum(dy)` over the `dy` elements that broadcast from `dx[j]`, summed in f64 in
/// `dy`'s row-major order (the CPU op's order).
fn reduce_to_shape<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    items(kb, g, |j| {
        let mut rem = j;
        let mut base = kb.i64(0);
        let mut stride = kb.i64(1);
        let mut strides = [kb.i64(0); BROADCAST_RANK];
        let mut reduced = [kb.i64(1); BROADCAST_RANK];
        let mut count = kb.i64(1);
        for k in (0..BROADCAST_RANK).rev() {
            let (o, a) = (kb.int(OUT_DIMS[k])?, kb.int(A_DIMS[k])?);
            let coord = kb.urem(rem, a)?;
            rem = kb.udiv(rem, a)?;
            base = kb.add(base, kb.mul(coord, stride)?)?;
            strides[k] = stride;
            reduced[k] = pick(kb, kb.icmp(IntPredicate::EQ, a, kb.i64(1))?, o, kb.i64(1))?;
            count = kb.mul(count, reduced[k])?;
            stride = kb.mul(stride, o)?;
        }
        let (dy, sum) = (kb.ptr("dy")?, kb.var(kb.f64(0.0).into())?);
        kb.for_range(kb.i64(0), count, kb.i64(1), |m| {
            let mut rem = m;
            let mut at = base;
            for k in (0..BROADCAST_RANK).rev() {
                at = kb.add(at, kb.mul(kb.urem(rem, reduced[k])?, strides[k])?)?;
                rem = kb.udiv(rem, reduced[k])?;
            }
            kb.set(sum, kb.fadd(kb.getf(sum)?, kb.ext(kb.load(dy, at)?)?)?)
        })?;
        let value = kb.trunc(kb.fmul(kb.float("alpha")?, kb.getf(sum)?)?)?;
        kb.store(kb.ptr("dx")?, j, value)
    })
}

/// `y[r * dst_row + dst_off + j] = x[r * src_row + src_off + j]` for item `r * width + j`.
fn row_copy<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    items(kb, g, |i| {
        let width = kb.int("width")?;
        let (r, j) = (kb.udiv(i, width)?, kb.urem(i, width)?);
        let at = |row: &str, off: &str| kb.add(kb.add(kb.mul(r, kb.int(row)?)?, kb.int(off)?)?, j);
        let v = kb.load(kb.ptr("x")?, at("src_row", "src_off")?)?;
        kb.store(kb.ptr("y")?, at("dst_row", "dst_off")?, v)
    })
}

/// The activation gradient `dx = f(dy, y)`, as the CPU op.
fn activation_grad<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, a: ActGrad) -> Result<()> {
    items(kb, g, |i| {
        let (dy, y) = (kb.load(kb.ptr("dy")?, i)?, kb.load(kb.ptr("y")?, i)?);
        let zero = kb.f32(0.0);
        let value = match a {
            ActGrad::Relu => pick(kb, kb.fcmp(FloatPredicate::OGT, y, zero)?, dy, zero)?,
            ActGrad::Clip => {
                let above = kb.fcmp(FloatPredicate::OLT, kb.float("lo")?, y)?;
                let below = kb.fcmp(FloatPredicate::OLT, y, kb.float("hi")?)?;
                pick(kb, kb.b.build_and(above, below, "inside")?, dy, zero)?
            }
            ActGrad::Sigmoid => kb.fmul(kb.fmul(dy, y)?, kb.fsub(kb.f32(1.0), y)?)?,
        };
        kb.store(kb.ptr("dx")?, i, value)
    })
}

/// `1 / sqrt(var[ch] + epsilon)` in f64.
fn inv_std<'ctx>(kb: &Kb<'_, 'ctx>, ch: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
    let var = kb.fadd(kb.ext(kb.load(kb.ptr("var")?, ch)?)?, kb.float("epsilon")?)?;
    kb.fdiv(kb.f64(1.0), kb.intrinsic("llvm.sqrt", &[var])?)
}

/// `out[i] = value(channel of i, i)` over `n * c * s` elements.
fn channel_elements<'ctx>(
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    value: impl Fn(IntValue<'ctx>, IntValue<'ctx>) -> Result<FloatValue<'ctx>>,
    out: &str,
) -> Result<()> {
    let (c, s) = (kb.int("c")?, kb.int("s")?);
    let total = kb.mul(kb.mul(kb.int("n")?, c)?, s)?;
    kb.for_range(g.global_id, total, g.global_stride, |i| {
        let ch = kb.urem(kb.udiv(i, s)?, c)?;
        kb.store(kb.ptr(out)?, i, value(ch, i)?)
    })
}

/// Per channel (one thread each): the f64 sum over planes of the plane sums of `term(ch, index)`,
/// the CPU's order, times `1 / sqrt(var + epsilon)` when `by_inv_std` (BatchNormEvalGrad in `scale`).
fn channel_sum<'ctx>(
    kb: &Kb<'_, 'ctx>,
    g: &Grid<'ctx>,
    out: &str,
    term: impl Fn(IntValue<'ctx>, IntValue<'ctx>) -> Result<FloatValue<'ctx>>,
    by_inv_std: bool,
) -> Result<()> {
    let (n, c, s) = (kb.int("n")?, kb.int("c")?, kb.int("s")?);
    kb.for_range(g.global_id, c, g.global_stride, |ch| {
        let total = kb.var(kb.f64(0.0).into())?;
        kb.for_range(kb.i64(0), n, kb.i64(1), |img| {
            let base = kb.mul(kb.add(kb.mul(img, c)?, ch)?, s)?;
            let plane = kb.var(kb.f64(0.0).into())?;
            kb.for_range(kb.i64(0), s, kb.i64(1), |k| {
                kb.set(plane, kb.fadd(kb.getf(plane)?, term(ch, kb.add(base, k)?)?)?)
            })?;
            kb.set(total, kb.fadd(kb.getf(total)?, kb.getf(plane)?)?)
        })?;
        let mut sum = kb.getf(total)?;
        if by_inv_std {
            sum = kb.fmul(sum, inv_std(kb, ch)?)?;
        }
        kb.store(kb.ptr(out)?, ch, kb.trunc(sum)?)
    })
}

/// `y[r] = mean(x[r * plane ..][..plane])`, the sum in f64 in order.
fn global_average_pool<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    items(kb, g, |r| {
        let plane = kb.int("plane")?;
        let base = kb.mul(r, plane)?;
        let sum = kb.var(kb.f64(0.0).into())?;
        kb.for_range(kb.i64(0), plane, kb.i64(1), |k| {
            kb.set(sum, kb.fadd(kb.getf(sum)?, kb.ext(kb.load(kb.ptr("x")?, kb.add(base, k)?)?)?)?)
        })?;
        kb.store(kb.ptr("y")?, r, kb.trunc(kb.fdiv(kb.getf(sum)?, kb.i2f64(plane)?)?)?)
    })
}

/// Softmax, LogSoftmax (or their gradients) of each row `(outer, inner)` along the axis: work item
/// `w < len / axis_len` is row `w`, read with stride `inner`.
fn softmax<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>, op: OpKernel) -> Result<()> {
    let (axis_len, inner) = (kb.int("axis_len")?, kb.int("inner")?);
    let empty = kb.icmp(IntPredicate::EQ, axis_len, kb.i64(0))?;
    let rows = pick(kb, empty, kb.i64(0), kb.udiv(kb.int("len")?, pick(kb, empty, kb.i64(1), axis_len)?)?)?;
    kb.for_range(g.global_id, rows, g.global_stride, |w| {
        let (o, i) = (kb.udiv(w, inner)?, kb.urem(w, inner)?);
        let base = kb.add(kb.mul(kb.mul(o, axis_len)?, inner)?, i)?;
        let at = |k: IntValue<'ctx>| kb.add(base, kb.mul(k, inner)?);
        let each = |body: &dyn Fn(IntValue<'ctx>) -> Result<()>| kb.for_range(kb.i64(0), axis_len, kb.i64(1), body);
        if matches!(op, OpKernel::SoftmaxGrad | OpKernel::LogSoftmaxGrad) {
            let log = op == OpKernel::LogSoftmaxGrad;
            let (dy, y, dx) = (kb.ptr("dy")?, kb.ptr("y")?, kb.ptr("dx")?);
            let load = |p, k| kb.ext(kb.load(p, at(k)?)?);
            let sum = kb.var(kb.f64(0.0).into())?;
            each(&|k| {
                let term = if log { load(dy, k)? } else { kb.fmul(load(dy, k)?, load(y, k)?)? };
                kb.set(sum, kb.fadd(kb.getf(sum)?, term)?)
            })?;
            let sum = kb.getf(sum)?;
            return each(&|k| {
                let value = if log {
                    kb.fsub(load(dy, k)?, kb.fmul(math::exp(kb, load(y, k)?)?, sum)?)?
                } else {
                    kb.fmul(load(y, k)?, kb.fsub(load(dy, k)?, sum)?)?
                };
                kb.store(dx, at(k)?, kb.trunc(value)?)
            });
        }
        let (x, y) = (kb.ptr("x")?, kb.ptr("y")?);
        let max = kb.var(kb.f32(f32::NEG_INFINITY).into())?;
        each(&|k| kb.set(max, kb.fmax(kb.getf(max)?, kb.load(x, at(k)?)?)?))?;
        let max = kb.getf(max)?;
        let shifted = |k: IntValue<'ctx>| kb.fsub(kb.load(x, at(k)?)?, max);
        let shifted_exp = |k: IntValue<'ctx>| kb.ext(exp_f32(kb, shifted(k)?)?);
        let sum = kb.var(kb.f64(0.0).into())?;
        each(&|k| kb.set(sum, kb.fadd(kb.getf(sum)?, shifted_exp(k)?)?))?;
        let sum = kb.getf(sum)?;
        if op == OpKernel::LogSoftmax {
            let log_sum = math::ln(kb, sum)?;
            return each(&|k| kb.store(y, at(k)?, kb.trunc(kb.fsub(kb.ext(shifted(k)?)?, log_sum)?)?));
        }
        each(&|k| kb.store(y, at(k)?, kb.trunc(kb.fdiv(shifted_exp(k)?, sum)?)?))
    })
}

/// Dropout in training mode: the SplitMix64 hash of `syncbn_ir::dropout::keeps` of the seed and the
/// element's position within its sample, mapped to `[0, 1)` and compared with `ratio`.
fn dropout<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let seed_hi = kb.b.build_left_shift(kb.int("seed_hi")?, kb.i64(32), "hi")?;
    let seed = kb.b.build_or(seed_hi, kb.int("seed_lo")?, "seed")?;
    let golden = kb.i64(0x9E37_79B9_7F4A_7C15_u64 as i64);
    let mix = |z: IntValue<'ctx>, shift: i64, factor: u64| -> Result<IntValue<'ctx>> {
        let z = kb.b.build_xor(z, kb.b.build_right_shift(z, kb.i64(shift), false, "sh")?, "x")?;
        if factor == 0 {
            return Ok(z);
        }
        kb.mul(z, kb.i64(factor as i64))
    };
    items(kb, g, |i| {
        let position = kb.urem(i, kb.int("per_sample")?)?;
        let z = kb.b.build_xor(seed, kb.mul(position, golden)?, "z")?;
        let z = kb.add(z, golden)?;
        let z = mix(z, 30, 0xBF58_476D_1CE4_E5B9)?;
        let z = mix(z, 27, 0x94D0_49BB_1331_11EB)?;
        let z = mix(z, 31, 0)?;
        let top = kb.b.build_right_shift(z, kb.i64(11), false, "top")?;
        let unit = kb.fdiv(kb.b.build_unsigned_int_to_float(top, kb.f64t(), "u")?, kb.f64((1u64 << 53) as f64))?;
        let keep = kb.fcmp(FloatPredicate::OGE, unit, kb.float("ratio")?)?;
        let scaled = kb.trunc(kb.fmul(kb.ext(kb.load(kb.ptr("x")?, i)?)?, kb.float("scale")?)?)?;
        kb.store(kb.ptr("y")?, i, pick(kb, keep, scaled, kb.f32(0.0))?)
    })
}

/// `y[i] = x[source(i)]`: along each padded axis, output coordinate `o` reads `q = (o * step +
/// start) / div` (exact division only), mapped by `mode` (`GATHER_MODES`): outside `[0, extent)` the
/// element takes `fill` (constant), is reflected at the edge, or clamped to it.
fn axis_gather<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let mode = kb.int("mode")?;
    let (reflect, edge) = (kb.icmp(IntPredicate::EQ, mode, kb.i64(1))?, kb.icmp(IntPredicate::EQ, mode, kb.i64(2))?);
    items(kb, g, |i| {
        let mut rem = i;
        let mut offset = kb.i64(0);
        let mut inside = kb.ctx.bool_type().const_int(1, false);
        for k in (0..BROADCAST_RANK).rev() {
            let [start, step, div, extent, stride] = GATHER.map(|names| names[k]);
            let o = kb.int(OUT_DIMS[k])?;
            let coord = kb.urem(rem, o)?;
            rem = kb.udiv(rem, o)?;
            let q = kb.add(kb.mul(coord, kb.int(step)?)?, kb.int(start)?)?;
            let div = kb.int(div)?;
            let exact = kb.icmp(IntPredicate::EQ, kb.b.build_int_signed_rem(q, div, "r")?, kb.i64(0))?;
            let q = kb.b.build_int_signed_div(q, div, "q")?;
            let last = kb.sub(kb.int(extent)?, kb.i64(1))?;
            let below = kb.icmp(IntPredicate::SLT, q, kb.i64(0))?;
            let above = kb.icmp(IntPredicate::SGT, q, last)?;
            let reflected =
                pick(kb, below, kb.sub(kb.i64(0), q)?, pick(kb, above, kb.sub(kb.add(last, last)?, q)?, q)?)?;
            let clamped = pick(kb, below, kb.i64(0), pick(kb, above, last, q)?)?;
            let q = pick(kb, reflect, reflected, pick(kb, edge, clamped, q)?)?;
            let within = kb.b.build_and(exact, kb.b.build_not(kb.b.build_or(below, above, "out")?, "in")?, "ok")?;
            let kept = kb.b.build_or(within, kb.b.build_or(reflect, edge, "wrap")?, "kept")?;
            inside = kb.b.build_and(inside, kept, "inside")?;
            offset = kb.add(offset, kb.mul(q, kb.int(stride)?)?)?;
        }
        let v = kb.var(kb.float("fill")?.into())?;
        kb.if_then(inside, || kb.set(v, kb.load(kb.ptr("x")?, offset)?))?;
        kb.store(kb.ptr("y")?, i, kb.getf(v)?)
    })
}

/// The `dy` positions along one axis that Pad read from `dx` coordinate `coord`, in increasing
/// order: `front` positions from `front_lo`, the interior one `begin + coord`, `back` positions
/// from `back_lo` (reflect: at most one mirror on each side; edge: the repeats of an edge element).
struct PadReads<'ctx> {
    front: IntValue<'ctx>,
    front_lo: IntValue<'ctx>,
    interior: IntValue<'ctx>,
    back_lo: IntValue<'ctx>,
    count: IntValue<'ctx>,
}

impl<'ctx> PadReads<'ctx> {
    /// The reads of `coord` along slot `k` under `mode` (`reflect`, `edge` flags; neither: constant).
    fn of(
        kb: &Kb<'_, 'ctx>,
        k: usize,
        coord: IntValue<'ctx>,
        reflect: IntValue<'ctx>,
        edge: IntValue<'ctx>,
    ) -> Result<Self> {
        let [n, begin, end, _] = PAD_FOLD.map(|names| names[k]);
        let (n, begin, end) = (kb.int(n)?, kb.int(begin)?, kb.int(end)?);
        let last = kb.sub(n, kb.i64(1))?;
        let (zero, one) = (kb.i64(0), kb.i64(1));
        let cmp = |op, a, b| kb.icmp(op, a, b);
        let and = |a, b| -> Result<IntValue<'ctx>> { Ok(kb.b.build_and(a, b, "and")?) };
        let mirrored_front = and(cmp(IntPredicate::SGE, coord, one)?, cmp(IntPredicate::SLE, coord, begin)?)?;
        let mirrored_back =
            and(cmp(IntPredicate::SLT, coord, last)?, cmp(IntPredicate::SGE, coord, kb.sub(last, end)?)?)?;
        let (first, at_last) = (cmp(IntPredicate::EQ, coord, zero)?, cmp(IntPredicate::EQ, coord, last)?);
        let count_if = |on: IntValue<'ctx>, v: IntValue<'ctx>| pick(kb, on, v, zero);
        let front = pick(kb, reflect, count_if(mirrored_front, one)?, pick(kb, edge, count_if(first, begin)?, zero)?)?;
        let back = pick(kb, reflect, count_if(mirrored_back, one)?, pick(kb, edge, count_if(at_last, end)?, zero)?)?;
        let front_lo = pick(kb, reflect, kb.sub(begin, coord)?, zero)?;
        let back_lo = pick(kb, reflect, kb.sub(kb.add(begin, kb.add(last, last)?)?, coord)?, kb.add(begin, n)?)?;
        let interior = kb.add(begin, coord)?;
        let count = kb.add(kb.add(front, one)?, back)?;
        Ok(PadReads { front, front_lo, interior, back_lo, count })
    }

    /// The `j`-th read (`j < count`).
    fn position(&self, kb: &Kb<'_, 'ctx>, j: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let in_front = kb.icmp(IntPredicate::SLT, j, self.front)?;
        let past = kb.sub(j, kb.add(self.front, kb.i64(1))?)?;
        let at_interior = kb.icmp(IntPredicate::EQ, j, self.front)?;
        let back = pick(kb, at_interior, self.interior, kb.add(self.back_lo, past)?)?;
        pick(kb, in_front, kb.add(self.front_lo, j)?, back)
    }
}

/// `dx[i]` = the f64 sum of every `dy` element whose Pad read `x[i]`, in increasing `dy` offset
/// (the CPU op's order): the product of each folded axis's [`PadReads`], walked last axis fastest.
fn pad_grad<'ctx>(kb: &Kb<'_, 'ctx>, g: &Grid<'ctx>) -> Result<()> {
    let mode = kb.int("mode")?;
    let (reflect, edge) = (kb.icmp(IntPredicate::EQ, mode, kb.i64(1))?, kb.icmp(IntPredicate::EQ, mode, kb.i64(2))?);
    items(kb, g, |i| {
        let mut rem = i;
        let mut reads = Vec::with_capacity(PAD_RANK);
        for k in (0..PAD_RANK).rev() {
            let n = kb.int(PAD_FOLD[0][k])?;
            let coord = kb.urem(rem, n)?;
            rem = kb.udiv(rem, n)?;
            reads.push((k, PadReads::of(kb, k, coord, reflect, edge)?));
        }
        let base = kb.mul(rem, kb.int("outer")?)?;
        let total = reads.iter().try_fold(kb.i64(1), |acc, (_, r)| kb.mul(acc, r.count))?;
        let sum = kb.var(kb.f64(0.0).into())?;
        kb.for_range(kb.i64(0), total, kb.i64(1), |t| {
            let mut rem = t;
            let mut offset = base;
            for (k, r) in &reads {
                let j = kb.urem(rem, r.count)?;
                rem = kb.udiv(rem, r.count)?;
                offset = kb.add(offset, kb.mul(r.position(kb, j)?, kb.int(PAD_FOLD[3][*k])?)?)?;
            }
            kb.set(sum, kb.fadd(kb.getf(sum)?, kb.ext(kb.load(kb.ptr("dy")?, offset)?)?)?)
        })?;
        kb.store(kb.ptr("dx")?, i, kb.trunc(kb.getf(sum)?)?)
    })
}
