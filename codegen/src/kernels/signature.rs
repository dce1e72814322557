//! Kernel signatures: the name and type of each kernel parameter, and for buffers how many elements
//! the kernel touches and whether it writes them.

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

impl ParamType {
    /// Whether the parameter is a buffer.
    pub fn is_pointer(self) -> bool {
        matches!(self, ParamType::PtrF32 | ParamType::PtrF64)
    }
}

/// How many elements a buffer parameter spans, from the kernel's dimension parameters; the host
/// binding checks every buffer against it before a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extent {
    /// Not a buffer (a dimension or a constant).
    Scalar,
    /// `n * c * s` for kernels with dimensions `n`, `c`, `s`; `len` for element-wise kernels.
    Elements,
    /// `k * c`: `k` values per channel.
    Channels(u64),
    /// Sized by the GPU launch (partial sums) or by an op kernel's own geometry: GPU only.
    Launch,
}

/// One kernel parameter: its name (see [`crate::KernelKind::params`] for the meanings), its type,
/// and for a buffer its extent and whether the kernel writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Param {
    /// The parameter's name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: ParamType,
    /// The elements of a buffer the kernel touches.
    #[serde(skip)]
    pub extent: Extent,
    /// Whether the kernel writes the buffer (an output).
    #[serde(skip)]
    pub writes: bool,
}

/// A scalar parameter, or a buffer sized by the launch.
pub(super) const fn p(name: &'static str, ty: ParamType) -> Param {
    let extent = if matches!(ty, ParamType::PtrF32 | ParamType::PtrF64) { Extent::Launch } else { Extent::Scalar };
    Param { name, ty, extent, writes: false }
}

/// A buffer the kernel reads.
pub(super) const fn input(name: &'static str, ty: ParamType, extent: Extent) -> Param {
    Param { name, ty, extent, writes: false }
}

/// A buffer the kernel writes.
pub(super) const fn output(name: &'static str, ty: ParamType, extent: Extent) -> Param {
    Param { name, ty, extent, writes: true }
}
