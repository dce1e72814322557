//! The kernel table of a compiled module: which kernel runs for which node, how each parameter is
//! bound (a tensor, a scratch or workspace buffer, a dimension, a constant from the node's attributes)
//! and the launch rule. It is the one description of a kernel launch that every executor binds.

use serde::{Serialize, Serializer};

use super::launch::LaunchRule;
use crate::kernels::{KernelKind, ParamType};
use crate::target::Target;

/// The role of a dimension of a tensor viewed as `[N, C, S]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DimRole {
    /// Axis 0.
    N,
    /// Axis 1.
    C,
    /// The product of axes 2.. (1 for rank 2).
    S,
    /// The element count.
    Len,
    /// The size of axis `k` (an error past the rank).
    Axis(usize),
    /// The size of axis `rank - k` for `1 <= k`; 1 when `k > rank` (a right-aligned padded rank).
    FromEnd(usize),
    /// The product of the axes before axis `k` (1 for `k = 0`).
    Outer(usize),
    /// The product of axes `k..` (1 for `k >= rank`).
    Inner(usize),
}

impl DimRole {
    /// The axes of a tensor of rank `rank` whose sizes multiply to this dimension (empty: 1);
    /// `None` when the role does not fit the rank.
    pub fn axes(self, rank: usize) -> Option<std::ops::Range<usize>> {
        match self {
            DimRole::N => Some(0..1.min(rank)),
            DimRole::C => Some(1.min(rank)..2.min(rank)),
            DimRole::S => Some(2.min(rank)..rank),
            DimRole::Len => Some(0..rank),
            DimRole::Axis(k) => (k < rank).then_some(k..k + 1),
            DimRole::FromEnd(0) => None,
            DimRole::FromEnd(k) if k > rank => Some(0..0),
            DimRole::FromEnd(k) => Some(rank - k..rank - k + 1),
            DimRole::Outer(k) => (k <= rank).then_some(0..k),
            DimRole::Inner(k) => Some(k.min(rank)..rank),
        }
    }

    /// This dimension of a concrete shape (`None` when the role does not fit its rank).
    pub fn of(self, shape: &[usize]) -> Option<usize> {
        self.axes(shape.len()).map(|r| shape[r].iter().product())
    }
}

/// How the runtime fills one kernel parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum ParamSource {
    /// A tensor of the graph (a node input or output).
    Tensor {
        /// Tensor name.
        name: String,
    },
    /// A buffer the runtime allocates for this node (an absent optional output, or the moments
    /// partials, `f64 [C, parts, 2]`).
    Scratch {
        /// A name unique in the module: `<node>.<parameter>`.
        name: String,
    },
    /// A dimension of a tensor.
    Dim {
        /// Tensor name.
        tensor: String,
        /// Which dimension.
        dim: DimRole,
    },
    /// A constant from the node's attributes (infinities serialize as `"inf"` / `"-inf"`); integer
    /// parameters take it as an integer.
    Const {
        /// The value.
        #[serde(serialize_with = "finite_or_string")]
        value: f64,
    },
    /// The `parts` of the node's resolved `MomentsPartial` launch.
    Parts,
    /// A dimension of a tensor times a constant factor (an im2col's element count).
    Scaled {
        /// Tensor name.
        tensor: String,
        /// Which dimension.
        dim: DimRole,
        /// The factor.
        factor: u64,
    },
    /// An `f32` buffer of `dim(tensor) * factor` elements the runtime allocates for this node and
    /// keeps for the node's later kernels and GEMMs (an im2col matrix).
    Workspace {
        /// A name unique in the module: `<node>.<buffer>`.
        name: String,
        /// Tensor whose dimension sizes it.
        tensor: String,
        /// Which dimension.
        dim: DimRole,
        /// Elements per unit of the dimension.
        factor: u64,
    },
}

fn finite_or_string<S: Serializer>(v: &f64, s: S) -> std::result::Result<S::Ok, S::Error> {
    if v.is_finite() {
        s.serialize_f64(*v)
    } else if v.is_nan() {
        s.serialize_str("nan")
    } else {
        s.serialize_str(if *v > 0.0 { "inf" } else { "-inf" })
    }
}

/// One bound kernel parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamBinding {
    /// The kernel parameter's name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: ParamType,
    /// Where its value comes from.
    pub source: ParamSource,
}

/// One kernel call the runtime makes for a node (a node may need several, in order).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KernelInfo {
    /// The node's name.
    pub node: String,
    /// The node's op.
    pub op: String,
    /// The kernel's symbol in the module.
    pub kernel: String,
    /// The kernel's catalogue entry.
    pub kind: KernelKind,
    /// Its parameters, in call order.
    pub params: Vec<ParamBinding>,
    /// The launch rule (GPU targets; `None` on the CPU, where kernels are plain calls).
    pub launch: Option<LaunchRule>,
}

/// The compiled kernels of a graph.
#[derive(Clone, Debug, Serialize)]
pub struct KernelModule {
    /// The target compiled for.
    pub target: Target,
    /// The optimized LLVM IR of all kernels (`kernels.ll`).
    pub llvm_ir: String,
    /// The PTX (`kernels.ptx`) for GPU targets.
    pub ptx: Option<String>,
    /// The kernel table: one entry per kernel call, in node order.
    pub kernels: Vec<KernelInfo>,
}
