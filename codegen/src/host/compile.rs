//! Host code through the kernel cache. Built kernels are keyed by their unoptimized module (the input
//! of the O3 pipeline): a hit links the stored object without running the optimizer or the code
//! generator. An optimized module text (a `kernels.ll`) is keyed by that text: a hit skips the code
//! generator, a miss parses it and generates its object. Either miss stores the object it made.

use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Module;
use inkwell::targets::{FileType, TargetMachine};

use super::cache::{cache_key, CacheStatus, KernelCache};
use super::jit::{host_machine, run_o3};
use super::object_jit::ObjectJit;
use super::tuning::HostTuning;
use crate::error::{CodegenError, Result};
use crate::kernels::KernelKind;
use crate::module::build_host_module;

/// What the code generator is run with for an optimized module text (part of its cache key).
const CODEGEN: &str = "O3 code generation of optimized IR";
/// What turns an unoptimized module into code (part of its cache key).
const OPTIMIZE_AND_CODEGEN: &str = "default<O3> pipeline, then O3 code generation";

/// Loaded host code and what the cache did.
pub struct LoadedHost {
    /// The linked code.
    pub jit: ObjectJit,
    /// Hit, miss, off or unwritable.
    pub status: CacheStatus,
}

/// Builds the host kernels `kinds` (with entry points) for this CPU with `tuning` and loads them
/// from `cache`, or optimizes, generates, stores and loads their object code.
pub fn compile_host(kinds: &[KernelKind], tuning: HostTuning, cache: &KernelCache) -> Result<LoadedHost> {
    let machine = host_machine()?;
    let context = Context::create();
    let module = build_host_module(&context, kinds, &machine, tuning, true)?;
    let key = key_for(&machine, OPTIMIZE_AND_CODEGEN, &module.print_to_string().to_string());
    if let Some(object) = cache.load(&key) {
        return Ok(LoadedHost { jit: ObjectJit::load(&object)?, status: CacheStatus::Hit });
    }
    run_o3(&module, &machine)?;
    generate(&machine, &module, &key, cache)
}

/// Loads the optimized host module `ir` for this CPU from `cache`, or generates, stores and loads
/// its object code.
pub fn load_host_ir(ir: &str, cache: &KernelCache) -> Result<LoadedHost> {
    let machine = host_machine()?;
    let key = key_for(&machine, CODEGEN, ir);
    if let Some(object) = cache.load(&key) {
        return Ok(LoadedHost { jit: ObjectJit::load(&object)?, status: CacheStatus::Hit });
    }
    let context = Context::create();
    let buffer = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "kernels.ll");
    let module = context.create_module_from_ir(buffer).map_err(|e| CodegenError::llvm("parsing the host module", e))?;
    module.verify().map_err(|e| CodegenError::llvm("verifying the host module", e))?;
    generate(&machine, &module, &key, cache)
}

/// The cache key of `text` compiled by `how` for `machine`.
fn key_for(machine: &TargetMachine, how: &str, text: &str) -> [u8; 32] {
    let features = machine.get_feature_string().to_string_lossy().into_owned();
    let triple = machine.get_triple().as_str().to_string_lossy().into_owned();
    cache_key(&triple, &machine.get_cpu().to_string(), &features, how, text)
}

/// Generates the object of `module`, stores it under `key` and loads it.
fn generate(machine: &TargetMachine, module: &Module<'_>, key: &[u8; 32], cache: &KernelCache) -> Result<LoadedHost> {
    let object = machine
        .write_to_memory_buffer(module, FileType::Object)
        .map_err(|e| CodegenError::llvm("emitting the host object", e))?;
    let status = cache.store(key, object.as_slice());
    Ok(LoadedHost { jit: ObjectJit::load(object.as_slice())?, status })
}
