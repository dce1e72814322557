//! A host module loaded for calling: the kernels of a CPU [`crate::KernelModule`] built and loaded
//! through the kernel cache, or its LLVM IR (the `kernels.ll` that `--emit llvm` writes)
//! JIT-compiled as it is, and the one checked call of its kernels through their entry points (see
//! `entry.rs`).
//!
//! [`HostModule::call`] checks every argument against the kernel's signature in the catalogue (kind,
//! element type, whether the kernel writes it, and each buffer's length from the dimensions) and
//! returns an error, never undefined behaviour, when they disagree.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use super::cache::{CacheStatus, KernelCache};
use super::compile::{compile_host, load_host_ir, LoadedHost};
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
    entries: HashMap<KernelKind, Entry>,
    source: Source,
    ir: OnceLock<String>,
    cache: CacheStatus,
}

/// A kernel's entry point and its parameters (read from the catalogue once, at load).
struct Entry {
    address: usize,
    params: Vec<Param>,
}

/// What a host module was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Source {
    /// The kernels `kinds`, built with `tuning` (their optimized IR is made when asked for).
    Built { kinds: Vec<KernelKind>, tuning: HostTuning },
    /// An optimized module text (kept in `ir`).
    Text,
}

impl HostModule {
    /// Builds the host kernels `kinds` for this CPU with `tuning` (the module
    /// [`crate::compile_kernels`] gives for `Target::Cpu` with [`HostTuning::for_this_machine`])
    /// and loads them through `cache`: a hit runs neither the optimizer nor the code generator.
    pub fn compile(kinds: &[KernelKind], tuning: HostTuning, cache: &KernelCache) -> Result<HostModule> {
        let loaded = compile_host(kinds, tuning, cache)?;
        let source = Source::Built { kinds: kinds.to_vec(), tuning };
        HostModule::linked(loaded, kinds, source, OnceLock::new())
    }

    /// Turns the optimized host module text `ir`, which holds the kernels `kinds` and their entry
    /// points, into machine code exactly as given (no pass runs on it before the code generator),
    /// reusing the object code `cache` holds for this text and CPU.
    pub fn load(ir: &str, kinds: &[KernelKind], cache: &KernelCache) -> Result<HostModule> {
        let loaded = load_host_ir(ir, cache)?;
        HostModule::linked(loaded, kinds, Source::Text, OnceLock::from(ir.to_string()))
    }

    fn linked(loaded: LoadedHost, kinds: &[KernelKind], source: Source, ir: OnceLock<String>) -> Result<HostModule> {
        let jit = loaded.jit;
        let entry = |k: KernelKind| -> Result<(KernelKind, Entry)> {
            Ok((k, Entry { address: jit.address(&entry_symbol(&symbol(k)))?, params: k.params() }))
        };
        let entries = kinds.iter().map(|&k| entry(k)).collect::<Result<_>>()?;
        Ok(HostModule { _jit: jit, entries, source, ir, cache: loaded.status })
    }

    /// [`HostModule::compile`], shared by every caller in this process that compiles the same
    /// kernels with the same tuning (loaded on first use; a failure is returned and retried by the
    /// next call).
    pub fn shared_compiled(kinds: &[KernelKind], tuning: HostTuning, cache: &KernelCache) -> Result<Arc<HostModule>> {
        let source = Source::Built { kinds: kinds.to_vec(), tuning };
        shared(|m| m.source == source, || HostModule::compile(kinds, tuning, cache))
    }

    /// [`HostModule::load`], shared by every caller in this process that loads the same IR
    /// (loaded on first use; a failure is returned and retried by the next call).
    pub fn shared(ir: &str, kinds: &[KernelKind], cache: &KernelCache) -> Result<Arc<HostModule>> {
        shared(
            |m| m.source == Source::Text && m.ir.get().is_some_and(|t| t == ir),
            || HostModule::load(ir, kinds, cache),
        )
    }

    /// The optimized LLVM IR this module's code was generated from (for a module from
    /// [`HostModule::compile`], optimized again now if its code came from the cache).
    pub fn llvm_ir(&self) -> Result<&str> {
        if let (None, Source::Built { kinds, tuning }) = (self.ir.get(), &self.source) {
            let text = compile_host_module(kinds, *tuning)?;
            return Ok(self.ir.get_or_init(|| text));
        }
        Ok(self.ir.get().map(String::as_str).unwrap_or_default())
    }

    /// What the kernel cache did when this module was loaded.
    pub fn cache_status(&self) -> &CacheStatus {
        &self.cache
    }

    /// Calls kernel `kind` with `args`, one per parameter of [`KernelKind::params`]. Kernels over
    /// `[n, c, s]` with no element (`n * c * s = 0`) are not called: their per-channel outputs are
    /// set to 0 (empty counts and sums) and their element outputs are empty.
    pub fn call(&self, kind: KernelKind, args: &mut [HostArg<'_>]) -> Result<()> {
        let Entry { address, params } = self.entries.get(&kind).ok_or_else(|| {
            CodegenError::llvm("calling a host kernel", format!("{} is not in the host module", kind.name()))
        })?;
        if args.len() != params.len() {
            let names: Vec<&str> = params.iter().map(|p| p.name).collect();
            return Err(CodegenError::Arity {
                kernel: kind.name(),
                expected: params.len(),
                params: names.join(", "),
                got: args.len(),
            });
        }
        for (p, a) in params.iter().zip(args.iter()) {
            check_kind(kind, p, a)?;
        }
        let sizes = Sizes::of(kind, params, args)?;
        for (p, a) in params.iter().zip(args.iter()) {
            check_len(kind, p, a, &sizes)?;
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
        unsafe { call_entry(*address, &slots) };
        Ok(())
    }
}

/// The module of this process's shared modules that `same` picks, or the one `load` makes (then
/// shared too).
fn shared(same: impl Fn(&HostModule) -> bool, load: impl FnOnce() -> Result<HostModule>) -> Result<Arc<HostModule>> {
    static LOADED: Mutex<Vec<Arc<HostModule>>> = Mutex::new(Vec::new());
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(m) = loaded.iter().find(|m| same(m)) {
        return Ok(Arc::clone(m));
    }
    let m = Arc::new(load()?);
    loaded.push(Arc::clone(&m));
    Ok(m)
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
fn check_kind(kind: KernelKind, p: &Param, a: &HostArg<'_>) -> Result<()> {
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
    Err(CodegenError::Argument { kernel: kind.name(), arg: p.name, expected })
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
    /// Reads `n`, `c`, `s` and `len`; every dimension must be at least 0, an image range
    /// `first..end` must lie within `0..n`, and the element count and every per-channel length must
    /// fit `i64` (`usize` is at least as wide on 64-bit hosts).
    fn of(kind: KernelKind, params: &[Param], args: &[HostArg<'_>]) -> Result<Sizes> {
        let int = |name: &str| {
            params.iter().zip(args).find(|(p, _)| p.name == name).and_then(|(_, a)| match a {
                HostArg::Int(v) => Some(*v),
                _ => None,
            })
        };
        let dims = || args.iter().filter_map(|a| if let HostArg::Int(v) = a { Some(*v) } else { None });
        let overflow = || CodegenError::Overflow { kernel: kind.name(), dims: dims().collect() };
        if dims().any(|d| d < 0) {
            return Err(overflow());
        }
        let channels = int("c").unwrap_or(0);
        if let (Some(first), Some(end)) = (int("first"), int("end")) {
            let n = int("n").unwrap_or(0);
            if first > end || end > n {
                return Err(CodegenError::ImageRange { kernel: kind.name(), first, end, n });
            }
        }
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
fn check_len(kind: KernelKind, p: &Param, a: &HostArg<'_>, sizes: &Sizes) -> Result<()> {
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
        Err(CodegenError::Length { kernel: kind.name(), arg: p.name, expected, got })
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
