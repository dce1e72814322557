//! The evaluators of shape arithmetic: each op of [`super::SHAPE_OPS`] and the arithmetic ops on
//! values known at compile time, with ONNX's semantics (both the attribute and the input forms of
//! opset changes).

use super::value::{broadcast_index, broadcast_shape, strides, Elem, Value};
use crate::ops::reshape::CONCAT_AXIS;
use crate::ops::shape_ops::{ConstantValue, FillValue, CAST_TO, GATHER_AXIS, SQUEEZE_AXES};
use crate::ops::slice::{ENDS, SLICE_AXES, STARTS, STEPS};
use crate::ops::IntsAttr;
use crate::{DType, Node};

/// The most elements a folded value may have.
pub(crate) const MAX_ELEMENTS: usize = 1 << 16;

/// The outputs of `node` from its known inputs (`None`: absent optional input).
pub(crate) fn eval(node: &Node, inputs: &[Option<Value>]) -> Result<Vec<Value>, String> {
    let arg = |i: usize| inputs.get(i).and_then(Option::as_ref).ok_or_else(|| format!("input {i} is required"));
    let out = match node.op.as_str() {
        "Constant" => constant(node)?,
        "Identity" => arg(0)?.clone(),
        "Size" => Value::new(DType::I64, vec![], vec![Elem::Int(arg(0)?.data.len() as i64)]),
        "Gather" => gather(arg(0)?, arg(1)?, GATHER_AXIS.read(&node.attrs))?,
        "Slice" => slice(node, inputs)?,
        "Squeeze" => squeeze(arg(0)?, list_operand(node, inputs.get(1), SQUEEZE_AXES)?)?,
        "Unsqueeze" => unsqueeze(arg(0)?, list_operand(node, inputs.get(1), SQUEEZE_AXES)?.unwrap_or_default())?,
        "Concat" => concat(inputs, CONCAT_AXIS.read(&node.attrs))?,
        "Cast" => cast(arg(0)?, CAST_TO.read(&node.attrs))?,
        "ConstantOfShape" => constant_of_shape(node, arg(0)?)?,
        "Range" => range(arg(0)?, arg(1)?, arg(2)?)?,
        "Expand" => expand(arg(0)?, arg(1)?)?,
        "Reshape" => reshape(arg(0)?, arg(1)?)?,
        "Where" => where_(arg(0)?, arg(1)?, arg(2)?)?,
        "Not" => map(arg(0)?, DType::Bool, |e| unary_bool(e, "not", |x| x == 0.0))?,
        "Neg" | "Floor" | "Ceil" | "Abs" | "Sqrt" | "Round" => unary(&node.op, arg(0)?)?,
        "Add" | "Sub" | "Mul" | "Div" | "Mod" | "Pow" | "Min" | "Max" | "Equal" | "Less" | "Greater" | "And" | "Or" => {
            binary(&node.op, arg(0)?, arg(1)?)?
        }
        other => return Err(format!("op {other:?} cannot be evaluated at compile time")),
    };
    if out.data.len() > MAX_ELEMENTS {
        return Err(format!("the result has {} elements; the limit is {MAX_ELEMENTS}", out.data.len()));
    }
    Ok(vec![out])
}

/// The dtype of an ONNX `TensorProto.DataType` code.
pub(crate) fn onnx_dtype(code: i64) -> Result<DType, String> {
    Ok(match code {
        1 => DType::F32,
        6 => DType::I32,
        7 => DType::I64,
        9 => DType::Bool,
        11 => DType::F64,
        other => return Err(format!("element type {other} is not supported; expected 1, 6, 7, 9 or 11")),
    })
}

/// A Constant node of the JSON form: `value_int(s)` or `value_float(s)`.
fn constant(node: &Node) -> Result<Value, String> {
    let value = ConstantValue::read(&node.attrs)?;
    let data = match &value {
        ConstantValue::Int(i) => vec![Elem::Int(*i)],
        ConstantValue::Ints(v) => v.iter().map(|&i| Elem::Int(i)).collect(),
        ConstantValue::Float(f) => vec![Elem::Float(*f)],
        ConstantValue::Floats(v) => v.iter().map(|&f| Elem::Float(f)).collect(),
    };
    Ok(Value::new(value.dtype(), value.shape(), data))
}

/// `axis` resolved against `rank` (negative counts from the end).
fn axis(axis: i64, rank: usize) -> Result<usize, String> {
    let a = if axis < 0 { axis + rank as i64 } else { axis };
    usize::try_from(a).ok().filter(|&a| a < rank).ok_or_else(|| format!("axis {axis} is out of range for rank {rank}"))
}

fn gather(data: &Value, indices: &Value, ax: i64) -> Result<Value, String> {
    let a = axis(ax, data.shape.len())?;
    let n = data.shape[a];
    let idx = indices
        .int_list("indices")?
        .into_iter()
        .map(|i| {
            let j = if i < 0 { i + n as i64 } else { i };
            usize::try_from(j).ok().filter(|&j| j < n).ok_or_else(|| format!("index {i} is out of range for size {n}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let outer: usize = data.shape[..a].iter().product();
    let inner: usize = data.shape[a + 1..].iter().product();
    let mut out = Vec::with_capacity(outer * idx.len() * inner);
    for o in 0..outer {
        for &j in &idx {
            out.extend_from_slice(&data.data[(o * n + j) * inner..(o * n + j + 1) * inner]);
        }
    }
    let shape = [&data.shape[..a], &indices.shape[..], &data.shape[a + 1..]].concat();
    Ok(Value { dtype: data.dtype, shape, data: out })
}

/// Slice: starts, ends, axes, steps as inputs (opset 10+) or attributes (older).
fn slice(node: &Node, inputs: &[Option<Value>]) -> Result<Value, String> {
    let data = inputs.first().and_then(Option::as_ref).ok_or("input 0 is required")?;
    let list = |i: usize, attr: IntsAttr| list_operand(node, inputs.get(i), attr);
    let starts = list(1, STARTS)?.ok_or("Slice needs starts")?;
    let ends = list(2, ENDS)?.ok_or("Slice needs ends")?;
    let axes = list(3, SLICE_AXES)?.unwrap_or_else(|| (0..starts.len() as i64).collect());
    let steps = list(4, STEPS)?.unwrap_or_else(|| vec![1; starts.len()]);
    if ends.len() != starts.len() || axes.len() != starts.len() || steps.len() != starts.len() {
        return Err("starts, ends, axes and steps have different lengths".into());
    }
    let rank = data.shape.len();
    let mut ranges: Vec<Vec<usize>> = data.shape.iter().map(|&d| (0..d).collect()).collect();
    for k in 0..starts.len() {
        let a = axis(axes[k], rank)?;
        ranges[a] = slice_axis(data.shape[a] as i64, starts[k], ends[k], steps[k])?;
    }
    Ok(select(data, &ranges))
}

/// The indices one axis of size `n` keeps, with ONNX's clamping.
fn slice_axis(n: i64, start: i64, end: i64, step: i64) -> Result<Vec<usize>, String> {
    if step == 0 {
        return Err("a step of 0".into());
    }
    let range = crate::ops::slice::AxisRange::clamped(start, end, step, n);
    Ok((0..range.len).map(|i| range.source(i)).collect())
}

/// The sub-tensor keeping the listed indices of every axis.
fn select(data: &Value, ranges: &[Vec<usize>]) -> Value {
    let st = strides(&data.shape);
    let shape: Vec<usize> = ranges.iter().map(Vec::len).collect();
    let count: usize = shape.iter().product();
    let out_st = strides(&shape);
    let out = (0..count)
        .map(|flat| {
            let src: usize = (0..shape.len()).map(|a| ranges[a][(flat / out_st[a]) % shape[a]] * st[a]).sum();
            data.data[src].clone()
        })
        .collect();
    Value { dtype: data.dtype, shape, data: out }
}

/// An integer-list operand: the input (newer opsets) or the attribute `attr` (older ones).
fn list_operand(node: &Node, input: Option<&Option<Value>>, attr: IntsAttr) -> Result<Option<Vec<i64>>, String> {
    match input.and_then(Option::as_ref) {
        Some(v) => v.int_list(attr.name).map(Some),
        None => Ok(attr.get(&node.attrs).map(<[i64]>::to_vec)),
    }
}

fn squeeze(data: &Value, axes: Option<Vec<i64>>) -> Result<Value, String> {
    let rank = data.shape.len();
    let drop: Vec<usize> = match axes {
        Some(list) => list.iter().map(|&a| axis(a, rank)).collect::<Result<_, _>>()?,
        None => (0..rank).filter(|&a| data.shape[a] == 1).collect(),
    };
    if let Some(&a) = drop.iter().find(|&&a| data.shape[a] != 1) {
        return Err(format!("axis {a} has size {}; expected 1", data.shape[a]));
    }
    let shape = (0..rank).filter(|a| !drop.contains(a)).map(|a| data.shape[a]).collect();
    Ok(Value { shape, ..data.clone() })
}

fn unsqueeze(data: &Value, axes: Vec<i64>) -> Result<Value, String> {
    let rank = data.shape.len() + axes.len();
    let mut at: Vec<usize> = axes.iter().map(|&a| axis(a, rank)).collect::<Result<_, _>>()?;
    at.sort_unstable();
    let mut shape = data.shape.clone();
    for a in at {
        shape.insert(a, 1);
    }
    Ok(Value { shape, ..data.clone() })
}

fn concat(inputs: &[Option<Value>], ax: i64) -> Result<Value, String> {
    let parts: Vec<&Value> = inputs.iter().flatten().collect();
    let first = parts.first().ok_or("Concat needs an input")?;
    let a = axis(ax, first.shape.len())?;
    let outer: usize = first.shape[..a].iter().product();
    let mut shape = first.shape.clone();
    shape[a] = 0;
    for p in &parts {
        if p.shape.len() != first.shape.len() || (0..p.shape.len()).any(|i| i != a && p.shape[i] != first.shape[i]) {
            return Err(format!("inputs of shapes {:?} and {:?} do not concatenate", first.shape, p.shape));
        }
        shape[a] += p.shape[a];
    }
    let mut data = Vec::with_capacity(shape.iter().product());
    for o in 0..outer {
        for p in &parts {
            let chunk = p.data.len() / outer.max(1);
            data.extend_from_slice(&p.data[o * chunk..(o + 1) * chunk]);
        }
    }
    Ok(Value::new(first.dtype, shape, data))
}

fn cast(data: &Value, to: i64) -> Result<Value, String> {
    let dtype = onnx_dtype(to)?;
    Ok(Value::new(dtype, data.shape.clone(), data.data.clone()))
}

/// ConstantOfShape: `value` is a one-entry Floats (f32) or Ints (i64) attribute, default f32 0.
fn constant_of_shape(node: &Node, shape: &Value) -> Result<Value, String> {
    let dims = shape.int_list("shape")?;
    let dims: Vec<usize> = dims
        .iter()
        .map(|&d| usize::try_from(d).map_err(|_| format!("dimension {d} is negative")))
        .collect::<Result<_, _>>()?;
    let count = dims.iter().try_fold(1usize, |a, &d| a.checked_mul(d).filter(|&c| c <= MAX_ELEMENTS));
    let count = count.ok_or_else(|| format!("shape {dims:?} has more than {MAX_ELEMENTS} elements"))?;
    let (dtype, fill) = match FillValue::read(&node.attrs)? {
        FillValue::Int(v) => (DType::I64, Elem::Int(v)),
        FillValue::Float(v) => (DType::F32, Elem::Float(v)),
    };
    Ok(Value::new(dtype, dims, vec![fill; count]))
}

fn range(start: &Value, limit: &Value, delta: &Value) -> Result<Value, String> {
    let s = start.scalar("start")?.number().ok_or("start depends on a run-time dimension")?;
    let l = limit.scalar("limit")?.number().ok_or("limit depends on a run-time dimension")?;
    let d = delta.scalar("delta")?.number().ok_or("delta depends on a run-time dimension")?;
    if d == 0.0 {
        return Err("delta is 0".into());
    }
    let count = ((l - s) / d).ceil().max(0.0);
    if count > MAX_ELEMENTS as f64 {
        return Err(format!("the range has {count} elements; the limit is {MAX_ELEMENTS}"));
    }
    let data = (0..count as usize).map(|i| Elem::Float(s + i as f64 * d)).collect();
    Ok(Value::new(start.dtype, vec![count as usize], data))
}

fn expand(data: &Value, shape: &Value) -> Result<Value, String> {
    let dims = shape.int_list("shape")?;
    let dims: Vec<usize> = dims.iter().map(|&d| d.max(0) as usize).collect();
    let out = broadcast_shape(&[&data.shape, &dims])?;
    let count: usize = out.iter().product();
    if count > MAX_ELEMENTS {
        return Err(format!("the result has {count} elements; the limit is {MAX_ELEMENTS}"));
    }
    let data_out = (0..count).map(|f| data.data[broadcast_index(f, &out, &data.shape)].clone()).collect();
    Ok(Value { dtype: data.dtype, shape: out, data: data_out })
}

fn reshape(data: &Value, shape: &Value) -> Result<Value, String> {
    let target = shape.int_list("shape")?;
    let known: usize = target
        .iter()
        .enumerate()
        .map(|(i, &d)| if d == 0 { data.shape.get(i).copied().unwrap_or(1) } else { d.max(1) as usize })
        .product();
    let dims: Vec<usize> = target
        .iter()
        .enumerate()
        .map(|(i, &d)| match d {
            -1 => data.data.len() / known.max(1),
            0 => data.shape.get(i).copied().unwrap_or(0),
            d => d as usize,
        })
        .collect();
    if dims.iter().product::<usize>() != data.data.len() {
        return Err(format!("{} elements cannot take the shape {target:?}", data.data.len()));
    }
    Ok(Value { shape: dims, ..data.clone() })
}

fn where_(cond: &Value, x: &Value, y: &Value) -> Result<Value, String> {
    let out = broadcast_shape(&[&cond.shape, &x.shape, &y.shape])?;
    let count: usize = out.iter().product();
    let data = (0..count)
        .map(|f| {
            let pick = |v: &Value| v.data[broadcast_index(f, &out, &v.shape)].clone();
            match pick(cond) {
                Elem::Dim(d) => Elem::Dim(format!("where({d}, {}, {})", pick(x).text(), pick(y).text())),
                c if c.number() != Some(0.0) => pick(x),
                _ => pick(y),
            }
        })
        .collect();
    Ok(Value::new(x.dtype, out, data))
}

fn map(v: &Value, dtype: DType, f: impl Fn(&Elem) -> Elem) -> Result<Value, String> {
    Ok(Value::new(dtype, v.shape.clone(), v.data.iter().map(f).collect()))
}

fn unary_bool(e: &Elem, name: &str, f: impl Fn(f64) -> bool) -> Elem {
    match e.number() {
        Some(x) => Elem::Int(i64::from(f(x))),
        None => Elem::Dim(format!("{name}({})", e.text())),
    }
}

fn unary(op: &str, v: &Value) -> Result<Value, String> {
    let f = |x: f64| match op {
        "Neg" => -x,
        "Floor" => x.floor(),
        "Ceil" => x.ceil(),
        "Abs" => x.abs(),
        "Sqrt" => x.sqrt(),
        _ => x.round_ties_even(),
    };
    map(v, v.dtype, |e| match e {
        Elem::Int(i) => Elem::Int(f(*i as f64) as i64),
        Elem::Float(x) => Elem::Float(f(*x)),
        Elem::Dim(d) => Elem::Dim(format!("{}({d})", op.to_lowercase())),
    })
}

fn binary(op: &str, a: &Value, b: &Value) -> Result<Value, String> {
    let out = broadcast_shape(&[&a.shape, &b.shape])?;
    let compare = matches!(op, "Equal" | "Less" | "Greater" | "And" | "Or");
    let dtype = if compare { DType::Bool } else { a.dtype };
    let count: usize = out.iter().product();
    let mut data = Vec::with_capacity(count);
    for f in 0..count {
        let (x, y) = (&a.data[broadcast_index(f, &out, &a.shape)], &b.data[broadcast_index(f, &out, &b.shape)]);
        data.push(binary_elem(op, x, y, dtype)?);
    }
    Ok(Value::new(dtype, out, data))
}

fn binary_elem(op: &str, x: &Elem, y: &Elem, dtype: DType) -> Result<Elem, String> {
    if op == "Equal" && x == y {
        return Ok(Elem::Int(1));
    }
    let (Some(p), Some(q)) = (x.number(), y.number()) else {
        return Ok(Elem::Dim(format!("({} {op} {})", x.text(), y.text())));
    };
    let int = !dtype.is_float();
    let v = match op {
        "Add" => p + q,
        "Sub" => p - q,
        "Mul" => p * q,
        "Div" if int && q == 0.0 => return Err("integer division by zero".into()),
        "Div" if int => (p / q).trunc(),
        "Div" => p / q,
        "Mod" if q == 0.0 => return Err("modulo by zero".into()),
        "Mod" if int => p - (p / q).floor() * q,
        "Mod" => p % q,
        "Pow" => p.powf(q),
        "Min" => p.min(q),
        "Max" => p.max(q),
        "Equal" => f64::from(u8::from(p == q)),
        "Less" => f64::from(u8::from(p < q)),
        "Greater" => f64::from(u8::from(p > q)),
        "And" => f64::from(u8::from(p != 0.0 && q != 0.0)),
        _ => f64::from(u8::from(p != 0.0 || q != 0.0)),
    };
    Ok(if int { Elem::Int(v as i64) } else { Elem::Float(v) })
}
