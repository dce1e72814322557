//! The GPU kernels' PTX (what `ptxas` and the CUDA driver get) executed by the PTX interpreter
//! (`syncbn_ptx_interp`), behind the same launch API as [`crate::SimKernels`]: host buffers are
//! copied into bounded emulated device memory, the launch gets the exact parameter bytes, and the
//! output buffers are copied back. Every out-of-bounds access is an error, not a wrong number.

use std::collections::BTreeSet;
use std::sync::Mutex;

use syncbn_ptx_interp::{DeviceMemory, LaunchConfig, Module};

use crate::error::{CodegenError, Result};
use crate::{compile_kernels, symbol, KernelKind, ParamType, SimArg, Target};

/// The PTX of [`KernelKind::gpu_set`] for the default GPU target, parsed by the interpreter.
pub struct PtxKernels {
    module: Module,
    ptx: String,
    executed: Mutex<BTreeSet<KernelKind>>,
}

/// Host bytes of a buffer argument, and whether it is copied back.
fn buffer_bytes(arg: &SimArg) -> Option<(Vec<u8>, bool)> {
    fn bytes<T: Copy>(v: &[T], to: impl Fn(T) -> Vec<u8>) -> Vec<u8> {
        v.iter().flat_map(|&x| to(x)).collect()
    }
    match arg {
        SimArg::F32(s) => Some((bytes(s, |x: f32| x.to_le_bytes().to_vec()), false)),
        SimArg::F32Mut(s) => Some((bytes(s, |x: f32| x.to_le_bytes().to_vec()), true)),
        SimArg::F64(s) => Some((bytes(s, |x: f64| x.to_le_bytes().to_vec()), false)),
        SimArg::F64Mut(s) => Some((bytes(s, |x: f64| x.to_le_bytes().to_vec()), true)),
        _ => None,
    }
}

fn copy_back(arg: &mut SimArg, bytes: &[u8]) {
    match arg {
        SimArg::F32Mut(s) => {
            for (x, b) in s.iter_mut().zip(bytes.chunks_exact(4)) {
                *x = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            }
        }
        SimArg::F64Mut(s) => {
            for (x, b) in s.iter_mut().zip(bytes.chunks_exact(8)) {
                *x = f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
            }
        }
        _ => {}
    }
}

impl PtxKernels {
    /// Emits PTX for every GPU kernel ([`Target::DEFAULT_GPU`]) and parses it.
    pub fn compile() -> Result<PtxKernels> {
        let (_, ptx) = compile_kernels(&KernelKind::gpu_set(), Target::DEFAULT_GPU)?;
        let ptx = ptx.ok_or_else(|| CodegenError::Builder("a GPU target yielded no PTX".into()))?;
        Ok(PtxKernels { module: Module::parse(&ptx)?, ptx, executed: Mutex::new(BTreeSet::new()) })
    }

    /// The PTX text.
    pub fn ptx(&self) -> &str {
        &self.ptx
    }

    /// The kernels launched so far without an error.
    pub fn executed(&self) -> BTreeSet<KernelKind> {
        self.executed.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Runs kernel `kind` on a `grid x block` launch (1-D) with `args` in [`KernelKind::params`]
    /// order. Each buffer becomes its own device allocation of exactly its length, so an access
    /// beyond it fails the launch with the kernel, PTX line and address.
    pub fn launch(&self, kind: KernelKind, grid: u32, block: u32, args: &mut [SimArg]) -> Result<()> {
        let params = kind.params();
        if params.len() != args.len() {
            return Err(CodegenError::Simt(format!(
                "{}: {} arguments for {} parameters",
                kind.name(),
                args.len(),
                params.len()
            )));
        }
        let mut memory = DeviceMemory::default();
        let mut slots = Vec::with_capacity(args.len());
        let mut outputs = Vec::new();
        for (i, (p, a)) in params.iter().zip(args.iter_mut()).enumerate() {
            let bits = match buffer_bytes(a) {
                Some((bytes, out)) if matches!(p.ty, ParamType::PtrF32 | ParamType::PtrF64) => {
                    let address = memory.alloc(bytes.len() as u64)?;
                    memory.write(address, &bytes)?;
                    if out {
                        outputs.push((i, address, bytes.len()));
                    }
                    Some(address)
                }
                Some(_) => None,
                None => a.bits(p.ty),
            };
            let bits = bits.ok_or_else(|| {
                CodegenError::Simt(format!("{}: argument `{}` must be {:?}", kind.name(), p.name, p.ty))
            })?;
            slots.push(match p.ty {
                ParamType::F32 => (bits as u32).to_le_bytes().to_vec(),
                _ => bits.to_le_bytes().to_vec(),
            });
        }
        let refs: Vec<&[u8]> = slots.iter().map(Vec::as_slice).collect();
        self.module.launch(&symbol(kind), &LaunchConfig::linear(grid, block), &refs, &mut memory)?;
        for (i, address, len) in outputs {
            copy_back(&mut args[i], &memory.read(address, len)?);
        }
        if let Ok(mut set) = self.executed.lock() {
            set.insert(kind);
        }
        Ok(())
    }
}
