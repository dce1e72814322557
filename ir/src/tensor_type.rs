//! A tensor's type: element type and shape, the fact inference computes for every tensor.

use serde::Serialize;

use crate::{DType, Dim, Shape};

/// A tensor's element type and shape; named dimensions stay symbolic.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TensorType {
    /// Element type.
    pub dtype: DType,
    /// Shape.
    pub shape: Shape,
}

impl TensorType {
    /// A type of this dtype and shape.
    pub fn new(dtype: DType, shape: Shape) -> TensorType {
        TensorType { dtype, shape }
    }

    /// A type with fixed dimensions only.
    pub fn fixed(dtype: DType, dims: &[u64]) -> TensorType {
        TensorType { dtype, shape: dims.iter().map(|&d| Dim::Fixed(d)).collect() }
    }
}

impl std::fmt::Display for TensorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.dtype, crate::shape::display_shape(&self.shape))
    }
}
