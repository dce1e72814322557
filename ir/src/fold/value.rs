//! Compile-time tensor values of shape arithmetic: small tensors of integers, numbers and run-time
//! dimension expressions, with numpy broadcasting and row-major indexing.

use crate::DType;

/// One element: a number known at compile time or an expression of run-time dimensions (`"N"`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Elem {
    /// An integer (also a boolean, 0 or 1).
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// A value that depends on named dimensions, spelled as an expression.
    Dim(String),
}

impl Elem {
    /// The element as a number, if known.
    pub(crate) fn number(&self) -> Option<f64> {
        match self {
            Elem::Int(i) => Some(*i as f64),
            Elem::Float(f) => Some(*f),
            Elem::Dim(_) => None,
        }
    }

    /// The element as an integer index or size.
    pub(crate) fn int(&self) -> Result<i64, String> {
        match self {
            Elem::Int(i) => Ok(*i),
            Elem::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Ok(*f as i64),
            Elem::Float(f) => Err(format!("{f} is not an integer")),
            Elem::Dim(d) => Err(format!("it depends on the run-time dimension {d:?}")),
        }
    }

    /// How the element reads in an expression.
    pub(crate) fn text(&self) -> String {
        match self {
            Elem::Int(i) => i.to_string(),
            Elem::Float(f) => f.to_string(),
            Elem::Dim(d) => d.clone(),
        }
    }

    /// The element converted to `dtype` (truncating floats towards zero, as ONNX Cast does).
    pub(crate) fn cast(&self, dtype: DType) -> Elem {
        match (self, dtype) {
            (Elem::Dim(d), _) => Elem::Dim(d.clone()),
            (e, DType::F32) => Elem::Float(e.number().unwrap_or(0.0) as f32 as f64),
            (e, DType::F64) => Elem::Float(e.number().unwrap_or(0.0)),
            (e, DType::Bool) => Elem::Int(i64::from(e.number().unwrap_or(0.0) != 0.0)),
            (Elem::Float(f), DType::I32) => Elem::Int(f.trunc() as i32 as i64),
            (Elem::Float(f), _) => Elem::Int(f.trunc() as i64),
            (Elem::Int(i), DType::I32) => Elem::Int(*i as i32 as i64),
            (e, _) => e.clone(),
        }
    }
}

/// A tensor known at compile time (its shape is always fixed).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Value {
    /// Element type.
    pub dtype: DType,
    /// Shape.
    pub shape: Vec<usize>,
    /// Elements, row-major.
    pub data: Vec<Elem>,
}

impl Value {
    /// A tensor of this dtype and shape; integer dtypes hold [`Elem::Int`], float dtypes [`Elem::Float`].
    pub(crate) fn new(dtype: DType, shape: Vec<usize>, data: Vec<Elem>) -> Value {
        let data = data.into_iter().map(|e| e.cast(dtype)).collect();
        Value { dtype, shape, data }
    }

    /// A rank-1 integer tensor.
    pub(crate) fn ints(data: Vec<Elem>) -> Value {
        Value { dtype: DType::I64, shape: vec![data.len()], data }
    }

    /// A value from an initializer's `f64` values.
    pub(crate) fn from_f64(dtype: DType, shape: &[u64], values: &[f64]) -> Value {
        let data = values.iter().map(|&v| Elem::Float(v).cast(dtype)).collect();
        Value { dtype, shape: shape.iter().map(|&d| d as usize).collect(), data }
    }

    /// The values as integers, for an operand that must be known.
    pub(crate) fn int_list(&self, what: &str) -> Result<Vec<i64>, String> {
        self.data.iter().map(|e| e.int().map_err(|m| format!("{what}: {m}"))).collect()
    }

    /// The single value of a scalar or one-element tensor.
    pub(crate) fn scalar(&self, what: &str) -> Result<&Elem, String> {
        match self.data.as_slice() {
            [e] => Ok(e),
            _ => Err(format!("{what} has {} elements; expected one", self.data.len())),
        }
    }

    /// Whether some element depends on a run-time dimension.
    pub(crate) fn is_symbolic(&self) -> bool {
        self.data.iter().any(|e| matches!(e, Elem::Dim(_)))
    }
}

/// Row-major strides of `shape`.
pub(crate) fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// The numpy broadcast of several shapes.
pub(crate) fn broadcast_shape(shapes: &[&[usize]]) -> Result<Vec<usize>, String> {
    let rank = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1; rank];
    for s in shapes {
        for (i, &d) in s.iter().enumerate() {
            let o = &mut out[rank - s.len() + i];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                return Err(format!("shapes {shapes:?} do not broadcast"));
            }
        }
    }
    Ok(out)
}

/// Element `flat` of the broadcast `out` shape read from a tensor of shape `shape`.
pub(crate) fn broadcast_index(flat: usize, out: &[usize], shape: &[usize]) -> usize {
    let (os, ss) = (strides(out), strides(shape));
    let offset = out.len() - shape.len();
    let mut index = 0;
    for (axis, &d) in shape.iter().enumerate() {
        let coord = (flat / os[axis + offset]) % out[axis + offset];
        if d != 1 {
            index += coord * ss[axis];
        }
    }
    index
}
