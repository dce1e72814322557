//! Compiling a host module to callable machine code through the kernel cache: a hit loads the stored
//! object without running the optimizer or the code generator; a miss runs O3 and the code generator,
//! stores the object and loads it.

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::FileType;

use super::cache::{cache_key, CacheStatus, KernelCache};
use super::jit::{host_machine, prepare_for_host, run_o3};
use super::object_jit::ObjectJit;
use crate::error::{CodegenError, Result};

/// The optimization level every host module is compiled with (part of the cache key).
const OPT_LEVEL: &str = "O3";

/// Loaded host code, the IR it was compiled from and what the cache did.
pub struct CompiledHost {
    /// The linked code.
    pub jit: ObjectJit,
    /// The module's IR for this CPU, before optimization (the cache key's input).
    pub ir: String,
    /// Hit, miss, off or unwritable.
    pub status: CacheStatus,
}

/// Builds a module with `build`, prepares it for this CPU, then loads its code from `cache` or
/// compiles and stores it.
pub fn compile_host(
    name: &str,
    cache: &KernelCache,
    build: impl for<'c> FnOnce(&'c Context, &Module<'c>) -> Result<()>,
) -> Result<CompiledHost> {
    let context = Context::create();
    let module = context.create_module(name);
    build(&context, &module)?;
    let machine = host_machine()?;
    prepare_for_host(&module, &machine);
    let ir = module.print_to_string().to_string();
    let features = machine.get_feature_string().to_string_lossy().into_owned();
    let triple = machine.get_triple().as_str().to_string_lossy().into_owned();
    let key = cache_key(&triple, &machine.get_cpu().to_string(), &features, OPT_LEVEL, &ir);
    if let Some(object) = cache.load(&key) {
        return Ok(CompiledHost { jit: ObjectJit::load(&object)?, ir, status: CacheStatus::Hit });
    }
    run_o3(&module, &machine)?;
    let object = machine
        .write_to_memory_buffer(&module, FileType::Object)
        .map_err(|e| CodegenError::llvm("emitting the host object", e))?;
    let status = cache.store(&key, object.as_slice());
    Ok(CompiledHost { jit: ObjectJit::load(object.as_slice())?, ir, status })
}
