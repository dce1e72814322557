//! Kernel signatures: the name and type of each kernel parameter.

use serde::Serialize;

/// The type of one kernel parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamType {
    /// Pointer to `f32` elements (global memory on the GPU).
    PtrF32,
    /// Pointer to `f64` elements.
    PtrF64,
    /// A 64-bit signed integer (a dimension or a count).
    I64,
    /// A 32-bit float (a clip bound).
    F32,
    /// A 64-bit float (epsilon, momentum).
    F64,
}

/// One kernel parameter: its name (see [`crate::KernelKind::params`] for the meanings) and type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Param {
    /// The parameter's name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: ParamType,
}

pub(super) const fn p(name: &'static str, ty: ParamType) -> Param {
    Param { name, ty }
}
