//! Element types of tensors.

use serde::{Deserialize, Serialize};

/// The element type of a tensor, spelled as in the model format (`"f32"`, `"i64"`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DType {
    /// 32-bit IEEE float.
    #[serde(rename = "f32")]
    F32,
    /// 64-bit IEEE float.
    #[serde(rename = "f64")]
    F64,
    /// 64-bit signed integer (shapes, indices).
    #[serde(rename = "i64")]
    I64,
    /// 32-bit signed integer.
    #[serde(rename = "i32")]
    I32,
    /// Boolean, one byte per element.
    #[serde(rename = "bool")]
    Bool,
}

impl DType {
    /// Bytes per element.
    pub fn size_bytes(self) -> u64 {
        match self {
            DType::F32 | DType::I32 => 4,
            DType::F64 | DType::I64 => 8,
            DType::Bool => 1,
        }
    }

    /// The spelling used in the model format.
    pub fn name(self) -> &'static str {
        match self {
            DType::F32 => "f32",
            DType::F64 => "f64",
            DType::I64 => "i64",
            DType::I32 => "i32",
            DType::Bool => "bool",
        }
    }

    /// Whether the type is a floating-point type.
    pub fn is_float(self) -> bool {
        matches!(self, DType::F32 | DType::F64)
    }
}

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
