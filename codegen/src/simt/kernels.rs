//! [`SimKernels`]: every GPU kernel JIT-compiled for the host against the SIMT emulator, with a
//! launch API that checks each argument against the kernel's parameter list.

use std::collections::HashMap;
use std::ffi::c_void;
use std::time::Duration;

use super::lowering::{SimDevice, LAUNCH_SUFFIX};
use super::machine;
use crate::error::{CodegenError, Result};
use crate::gpu::build_gpu_kernel;
use crate::host::Jit;
use crate::kernels::{symbol, KernelKind, ParamType};

/// One argument of an emulated launch; its variant must match the kernel parameter's type.
pub enum SimArg<'a> {
    /// An `f32` input buffer.
    F32(&'a [f32]),
    /// An `f32` output buffer.
    F32Mut(&'a mut [f32]),
    /// An `f64` input buffer.
    F64(&'a [f64]),
    /// An `f64` output buffer.
    F64Mut(&'a mut [f64]),
    /// A 64-bit integer.
    I64(i64),
    /// A 32-bit float.
    Float(f32),
    /// A 64-bit float.
    Double(f64),
}

impl SimArg<'_> {
    /// The argument's launch bits when its variant matches `want` (a buffer's host address).
    pub(crate) fn bits(&mut self, want: ParamType) -> Option<u64> {
        match (self, want) {
            (SimArg::F32(s), ParamType::PtrF32) => Some(s.as_ptr() as u64),
            (SimArg::F32Mut(s), ParamType::PtrF32) => Some(s.as_mut_ptr() as u64),
            (SimArg::F64(s), ParamType::PtrF64) => Some(s.as_ptr() as u64),
            (SimArg::F64Mut(s), ParamType::PtrF64) => Some(s.as_mut_ptr() as u64),
            (SimArg::I64(v), ParamType::I64) => Some(*v as u64),
            (SimArg::Float(v), ParamType::F32) => Some(v.to_bits() as u64),
            (SimArg::Double(v), ParamType::F64) => Some(v.to_bits()),
            _ => None,
        }
    }
}

/// The GPU kernels of [`KernelKind::gpu_set`], JIT-compiled for the host against the SIMT emulator.
pub struct SimKernels {
    jit: Jit,
    entries: HashMap<KernelKind, usize>,
    timeout: Duration,
    ir: String,
}

impl SimKernels {
    /// Builds every GPU kernel with [`SimDevice`] and JIT-compiles them.
    pub fn compile() -> Result<SimKernels> {
        let kinds = KernelKind::gpu_set();
        let (jit, ir) = Jit::compile("syncbn_sim", &machine::externals(), |ctx, module| {
            let dev = SimDevice::default();
            kinds.iter().try_for_each(|&k| build_gpu_kernel(&dev, ctx, module, k, &symbol(k)))
        })?;
        let entries = kinds
            .iter()
            .map(|&k| Ok((k, jit.address(&format!("{}{LAUNCH_SUFFIX}", symbol(k)))?)))
            .collect::<Result<_>>()?;
        Ok(SimKernels { jit, entries, timeout: Duration::from_secs(20), ir })
    }

    /// Sets how long a barrier waits for the rest of its block before the launch fails.
    pub fn with_barrier_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The optimized LLVM IR of the emulated kernels.
    pub fn llvm_ir(&self) -> &str {
        &self.ir
    }

    /// Runs kernel `kind` on a `grid x block` launch (1-D) with `args` in [`KernelKind::params`] order.
    ///
    /// # Safety
    /// Each buffer must be as long as the kernel accesses for the scalar arguments given (as the
    /// kernel table's shape rules describe); the emulator does not bound-check kernel memory accesses.
    pub unsafe fn launch(&self, kind: KernelKind, grid: u32, block: u32, args: &mut [SimArg]) -> Result<()> {
        let entry =
            *self.entries.get(&kind).ok_or_else(|| CodegenError::Simt(format!("{kind:?} is not a GPU kernel")))?;
        let params = kind.params();
        if params.len() != args.len() {
            return Err(CodegenError::Simt(format!(
                "{}: {} arguments for {} parameters",
                kind.name(),
                args.len(),
                params.len()
            )));
        }
        let mut slots = Vec::with_capacity(args.len());
        for (p, a) in params.iter().zip(args.iter_mut()) {
            let bits = a.bits(p.ty).ok_or_else(|| {
                CodegenError::Simt(format!("{}: argument `{}` must be {:?}", kind.name(), p.name, p.ty))
            })?;
            slots.push(bits);
        }
        let ptrs: Vec<*mut c_void> = slots.iter_mut().map(|s| (s as *mut u64).cast::<c_void>()).collect();
        let _keep = &self.jit;
        // SAFETY: `entry` is a launch wrapper of this JIT; argument types were checked above and buffer
        // sizes are the caller's obligation.
        unsafe { machine::run_grid(entry, grid, block, ptrs.as_ptr(), self.timeout) }
    }
}
