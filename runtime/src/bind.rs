//! The one binding of a kernel call, shared by every executor (CPU replicas, the GPU device): a
//! kernel table entry of `syncbn_codegen` ([`KernelInfo`], each parameter's [`ParamSource`]) becomes
//! the call's arguments, in parameter order.

use syncbn_codegen::{DimRole, Extent, KernelInfo, ParamSource, ParamType};

/// One bound argument: an executor's buffer or a scalar.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Arg<B> {
    /// A buffer (a device pointer, or a host buffer to borrow).
    Buffer(B),
    /// A 64-bit integer.
    I64(i64),
    /// A 32-bit float.
    F32(f32),
    /// A 64-bit float.
    F64(f64),
}

/// A buffer a parameter names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum BufferRef<'k> {
    /// A tensor of the plan.
    Tensor(&'k str),
    /// A buffer of `len` elements of type `ty` the executor keeps for this node across steps (an
    /// absent optional output, the GPU's partial sums).
    Scratch {
        /// `<node>.<parameter>`.
        name: &'k str,
        /// Element type.
        ty: ParamType,
        /// Elements.
        len: usize,
    },
    /// An `f32` buffer of `len` elements the executor keeps for this node (an im2col matrix).
    Workspace {
        /// `<node>.<buffer>`.
        name: &'k str,
        /// Elements.
        len: usize,
    },
}

/// The sizes of an executor's tensors on one replica.
pub(crate) trait Sizes {
    /// A dimension of a tensor.
    fn dim(&self, tensor: &str, role: DimRole) -> Result<i64, String>;
}

/// What an executor supplies to a binding: the sizes of its tensors and its buffers.
pub(crate) trait Buffers: Sizes {
    /// The executor's buffer handle.
    type Buf;
    /// The buffer `r`, allocated on first use.
    fn buffer(&mut self, r: BufferRef<'_>) -> Result<Self::Buf, String>;
}

/// Binds every parameter of the kernel call `k`; `parts` is the parts per channel of the node's
/// partial-sums launch (1 on the CPU).
pub(crate) fn bind<B: Buffers>(k: &KernelInfo, b: &mut B, parts: u64) -> Result<Vec<Arg<B::Buf>>, String> {
    let channels = match k.params.iter().find(|p| p.name == "c") {
        Some(p) => int(&p.source, &*b)?.unwrap_or(1).max(0) as u64,
        None => 1,
    };
    let mut args = Vec::with_capacity(k.params.len());
    for p in &k.params {
        args.push(match &p.source {
            ParamSource::Tensor { name } => Arg::Buffer(b.buffer(BufferRef::Tensor(name))?),
            ParamSource::Scratch { name } => {
                let per_channel = match k.kind.params().iter().find(|q| q.name == p.name).map(|q| q.extent) {
                    Some(Extent::Channels(k)) => k,
                    _ if p.ty == ParamType::PtrF64 => parts * 2,
                    _ => 1,
                };
                let len = (channels * per_channel).max(1) as usize;
                Arg::Buffer(b.buffer(BufferRef::Scratch { name, ty: p.ty, len })?)
            }
            ParamSource::Workspace { name, tensor, dim, factor } => {
                let len = b.dim(tensor, *dim)?.max(0) as u64 * factor;
                Arg::Buffer(b.buffer(BufferRef::Workspace { name, len: len.max(1) as usize })?)
            }
            ParamSource::Dim { .. } | ParamSource::Scaled { .. } => Arg::I64(int(&p.source, &*b)?.unwrap_or(0)),
            ParamSource::Parts => Arg::I64(parts as i64),
            ParamSource::Const { value } => match p.ty {
                ParamType::F32 => Arg::F32(*value as f32),
                ParamType::I64 => Arg::I64(*value as i64),
                _ => Arg::F64(*value),
            },
        });
    }
    Ok(args)
}

/// An integer parameter taken from the tensors' shapes; `None` for other sources.
pub(crate) fn int(source: &ParamSource, b: &impl Sizes) -> Result<Option<i64>, String> {
    match source {
        ParamSource::Dim { tensor, dim } => b.dim(tensor, *dim).map(Some),
        ParamSource::Scaled { tensor, dim, factor } => Ok(Some(b.dim(tensor, *dim)? * *factor as i64)),
        _ => Ok(None),
    }
}
