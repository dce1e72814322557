//! A host module loaded for calling: the LLVM IR of a CPU [`crate::KernelModule`] (the `kernels.ll`
//! that `--emit llvm` writes) JIT-compiled as it is, and the one checked call of its kernels through
//! their entry points (see `entry.rs`).
//!
//! [`HostModule::call`] checks every argument against the kernel's signature in the catalogue (kind,
//! element type, whether the kernel writes it, and each buffer's length from the dimensions) and
//! returns an error, never undefined behaviour, when they disagree.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::cache::{CacheStatus, KernelCache};
use super::compile::load_host_ir;
use super::entry::entry_symbol;
use super::object_jit::ObjectJit;
use crate::error::{CodegenError, Result};
use crate::kernels::{symbol, Extent, KernelKind, Param, ParamType};
use crate::module::compile_host_module;
use crate::HostTuning;

/// One argument of a host kernel call, in the order of [`KernelKind::params`].
#[derive(Debug)]
pub enum HostArg<'a> {
    /// An `f32` buffer the kernel reads.
    In32(&'a [f32]),
    /// An `f64` buffer the kernel reads.
    In64(&'a [f64]),
    /// An `f32` buffer the kernel writes.
    Out32(&'a mut [f32]),
    /// An `f64` buffer the kernel writes.
    Out64(&'a mut [f64]),
    /// An `i64` (a dimension).
    Int(i64),
    /// An `f32` constant (a clip bound).
    Float(f32),
    /// An `f64` constant (epsilon, momentum).
    Double(f64),
}

/// A JIT-compiled host module. `Send + Sync`: one instance serves every replica thread at once; the
/// kernels keep no state between calls.
pub struct HostModule {
    _jit: ObjectJit,
    entries: HashMap<KernelKind, usize>,
    ir: String,
    cache: CacheStatus,
}

impl HostModule {
    /// Builds the host kernels `kinds` for this CPU with `tuning` (the module
    /// [`crate::compile_kernels`] gives for `Target::Cpu` with [`HostTuning::for_this_machine`])
    /// and loads it through `cache`.
    pub fn compile(kinds: &[KernelKind], tuning: HostTuning, cache: &KernelCache) -> Result<HostModule> {
        HostModule::load(&compile_host_module(kinds, tuning)?, kinds, cache)
    }

    /// Turns the optimized host module text `ir`, which holds the kernels `kinds` and their entry
    /// points, into machine code exactly as given (no pass runs on it before the code generator),
    /// reusing the object code `cache` holds for this text and CPU.
    pub fn load(ir: &str, kinds: &[KernelKind], cache: &KernelCache) -> Result<HostModule> {
        let loaded = load_host_ir(ir, cache)?;
        let jit = loaded.jit;
        let entries = kinds.iter().map(|&k| Ok((k, jit.address(&entry_symbol(&symbol(k)))?))).collect::<Result<_>>()?;
        Ok(HostModule { _jit: jit, entries, ir: ir.to_string(), cache: loaded.status })
    }

    /// [`HostModule::load`], shared by every caller in this process that loads the same IR
    /// (loaded on first use; a failure is returned and retried by the next call).
    pub fn shared(ir: &str, kinds: &[KernelKind], cache: &KernelCache) -> Result<Arc<HostModule>> {
        static LOADED: Mutex<Vec<Arc<HostModule>>> = Mutex::new(Vec::new());
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(m) = loaded.iter().find(|m| m.ir == ir) {
            return Ok(Arc::clone(m));
        }
        let m = Arc::new(HostModule::load(ir, kinds, cache)?);
        loaded.push(Arc::clone(&m));
        Ok(m)
    }

    /// The LLVM IR this module was compiled from.
    pub fn llvm_ir(&self) -> &str {
        &self.ir
    }

    /// What the kernel cache did when this module was loaded.
    pub fn cache_status(&self) -> &CacheStatus {
        &self.cache
    }

    /// Calls kernel `kind` with `args`, one per parameter of [`KernelKind::params`]. Kernels over
    /// `[n, c, s]` with no element (`n * c * s = 0`) are not called: their per-channel outputs are
    /// set to 0 (empty counts and sums) and their element outputs are empty.
    pub fn call(&self, kind: KernelKind, args: &mut [HostArg<'_>]) -> Result<()> {
        let name = kind.name();
        let entry = *self
            .entries
            .get(&kind)
            .ok_or_else(|| CodegenError::llvm("calling a host kernel", format!("{name} is not in the host module")))?;
        let params = kind.params();
        if args.len() != params.len() {
            let names: Vec<&str> = params.iter().map(|p| p.name).collect();
            return Err(CodegenError::Arity {
                kernel: name,
                expected: params.len(),
                params: names.join(", "),
                got: args.len(),
            });
        }
        for (p, a) in params.iter().zip(args.iter()) {
            check_kind(&name, p, a)?;
        }
        let sizes = Sizes::of(&name, &params, args)?;
        for (p, a) in params.iter().zip(args.iter()) {
            check_len(&name, p, a, &sizes)?;
        }
        if sizes.batch_empty {
            for (p, a) in params.iter().zip(args.iter_mut()) {
                match a {
                    HostArg::Out32(b) if p.extent != Extent::Elements => b.fill(0.0),
                    HostArg::Out64(b) if p.extent != Extent::Elements => b.fill(0.0),
                    _ => {}
                }
            }
            return Ok(());
        }
        let slots: Vec<u64> = args.iter_mut().map(|a| a.slot()).collect();
        // SAFETY: `entry` is the entry point of `kind` in the module `self` keeps alive, and `slots`
        // holds one value per parameter of `kind`, each of the parameter's type (`check_kind`);
        // every buffer is at least as long as the kernel reads or writes for these dimensions
        // (`check_len`), and written buffers are `&mut` borrows, so they alias nothing.
        unsafe { call_entry(entry, &slots) };
        Ok(())
    }
}

/// The one call of JIT-compiled code in this crate.
///
/// # Safety
/// `entry` must be the address of an entry point (`void k.call(i64* args)`, see `entry.rs`) of a
/// live JIT, and `slots` must hold one value of the right type per parameter of kernel `k`, with
/// buffers valid for everything `k` reads and writes.
unsafe fn call_entry(entry: usize, slots: &[u64]) {
    // SAFETY: every entry point has the C type `void (const int64_t *)`; the caller guarantees that
    // `entry` is one.
    let f = unsafe { std::mem::transmute::<usize, unsafe extern "C" fn(*const u64)>(entry) };
    // SAFETY: the caller guarantees the arguments (see above).
    unsafe { f(slots.as_ptr()) }
}

impl HostArg<'_> {
    /// The argument as an entry point's 8-byte slot.
    fn slot(&mut self) -> u64 {
        match self {
            HostArg::In32(b) => b.as_ptr() as u64,
            HostArg::In64(b) => b.as_ptr() as u64,
            HostArg::Out32(b) => b.as_mut_ptr() as u64,
            HostArg::Out64(b) => b.as_mut_ptr() as u64,
            HostArg::Int(v) => *v as u64,
            HostArg::Float(v) => v.to_bits() as u64,
            HostArg::Double(v) => v.to_bits(),
        }
    }

    /// The buffer's length, `None` for a scalar.
    fn len(&self) -> Option<usize> {
        match self {
            HostArg::In32(b) => Some(b.len()),
            HostArg::In64(b) => Some(b.len()),
            HostArg::Out32(b) => Some(b.len()),
            HostArg::Out64(b) => Some(b.len()),
            _ => None,
        }
    }
}

/// Checks that the argument is what the parameter takes.
fn check_kind(kernel: &str, p: &Param, a: &HostArg<'_>) -> Result<()> {
    let fits = match (p.ty, a) {
        (ParamType::PtrF32, HostArg::In32(_)) | (ParamType::PtrF64, HostArg::In64(_)) => !p.writes,
        (ParamType::PtrF32, HostArg::Out32(_)) | (ParamType::PtrF64, HostArg::Out64(_)) => p.writes,
        (ParamType::I64, HostArg::Int(_))
        | (ParamType::F32, HostArg::Float(_))
        | (ParamType::F64, HostArg::Double(_)) => true,
        _ => false,
    };
    if fits && (!p.ty.is_pointer() || p.extent != Extent::Launch) {
        return Ok(());
    }
    let expected = match (p.ty, p.writes, p.extent) {
        (_, _, Extent::Launch) => "a buffer sized by a GPU launch, which no host kernel takes".to_string(),
        (ParamType::PtrF32, true, _) => "a writable f32 buffer".into(),
        (ParamType::PtrF32, false, _) => "a read-only f32 buffer".into(),
        (ParamType::PtrF64, true, _) => "a writable f64 buffer".into(),
        (ParamType::PtrF64, false, _) => "a read-only f64 buffer".into(),
        (ParamType::I64, ..) => "an i64".into(),
        (ParamType::F32, ..) => "an f32".into(),
        (ParamType::F64, ..) => "an f64".into(),
    };
    Err(CodegenError::Argument { kernel: kernel.to_string(), arg: p.name, expected })
}

/// The sizes a call's buffers must have, from its dimension arguments.
struct Sizes {
    /// `n * c * s`, or `len`.
    elements: usize,
    /// `c` (0 when the kernel has none).
    channels: i64,
    /// A kernel over `[n, c, s]` with `n * c * s = 0`.
    batch_empty: bool,
}

impl Sizes {
    /// Reads `n`, `c`, `s` and `len`; every dimension must be at least 0, and the element count
    /// and every per-channel length must fit `i64` (`usize` is at least as wide on 64-bit hosts).
    fn of(kernel: &str, params: &[Param], args: &[HostArg<'_>]) -> Result<Sizes> {
        let int = |name: &str| {
            params.iter().zip(args).find(|(p, _)| p.name == name).and_then(|(_, a)| match a {
                HostArg::Int(v) => Some(*v),
                _ => None,
            })
        };
        let dims: Vec<i64> = params
            .iter()
            .zip(args)
            .filter_map(|(_, a)| if let HostArg::Int(v) = a { Some(*v) } else { None })
            .collect();
        let overflow = || CodegenError::Overflow { kernel: kernel.to_string(), dims: dims.clone() };
        if dims.iter().any(|&d| d < 0) {
            return Err(overflow());
        }
        let channels = int("c").unwrap_or(0);
        let (elements, over_batch) = match (int("n"), int("s"), int("len")) {
            (Some(n), Some(s), _) => {
                (n.checked_mul(channels).and_then(|v| v.checked_mul(s)).ok_or_else(overflow)?, true)
            }
            (_, _, Some(len)) => (len, false),
            _ => (0, false),
        };
        for p in params {
            if let Extent::Channels(k) = p.extent {
                i64::try_from(k).ok().and_then(|k| k.checked_mul(channels)).ok_or_else(overflow)?;
            }
        }
        let elements = usize::try_from(elements).map_err(|_| overflow())?;
        Ok(Sizes { elements, channels, batch_empty: over_batch && elements == 0 })
    }
}

/// Checks a buffer's length against its extent.
fn check_len(kernel: &str, p: &Param, a: &HostArg<'_>, sizes: &Sizes) -> Result<()> {
    let Some(got) = a.len() else { return Ok(()) };
    let expected = match p.extent {
        Extent::Elements => sizes.elements,
        // `Sizes::of` checked that `k * c` fits.
        Extent::Channels(k) => (k as i64 * sizes.channels) as usize,
        Extent::Scalar | Extent::Launch => return Ok(()),
    };
    if expected == got {
        Ok(())
    } else {
        Err(CodegenError::Length { kernel: kernel.to_string(), arg: p.name, expected, got })
    }
}

impl std::fmt::Debug for HostModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostModule").field("kernels", &self.entries.len()).finish_non_exhaustive()
    }
}

const _: fn() = || {
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<HostModule>();
};
