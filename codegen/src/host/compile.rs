//! Loading an optimized host module (the `kernels.ll` text of a CPU kernel module) as callable
//! machine code through the kernel cache: a hit links the stored object without running the code
//! generator; a miss generates the object from the text, stores it and links it.

use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::targets::FileType;

use super::cache::{cache_key, CacheStatus, KernelCache};
use super::jit::host_machine;
use super::object_jit::ObjectJit;
use crate::error::{CodegenError, Result};

/// What the code generator is run with (part of the cache key): the module is already optimized.
const CODEGEN: &str = "O3 code generation of optimized IR";

/// Loaded host code and what the cache did.
pub struct LoadedHost {
    /// The linked code.
    pub jit: ObjectJit,
    /// Hit, miss, off or unwritable.
    pub status: CacheStatus,
}

/// Loads the optimized host module `ir` for this CPU from `cache`, or generates, stores and loads
/// its object code.
pub fn load_host_ir(ir: &str, cache: &KernelCache) -> Result<LoadedHost> {
    let machine = host_machine()?;
    let features = machine.get_feature_string().to_string_lossy().into_owned();
    let triple = machine.get_triple().as_str().to_string_lossy().into_owned();
    let key = cache_key(&triple, &machine.get_cpu().to_string(), &features, CODEGEN, ir);
    if let Some(object) = cache.load(&key) {
        return Ok(LoadedHost { jit: ObjectJit::load(&object)?, status: CacheStatus::Hit });
    }
    let context = Context::create();
    let buffer = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "kernels.ll");
    let module = context.create_module_from_ir(buffer).map_err(|e| CodegenError::llvm("parsing the host module", e))?;
    module.verify().map_err(|e| CodegenError::llvm("verifying the host module", e))?;
    let object = machine
        .write_to_memory_buffer(&module, FileType::Object)
        .map_err(|e| CodegenError::llvm("emitting the host object", e))?;
    let status = cache.store(&key, object.as_slice());
    Ok(LoadedHost { jit: ObjectJit::load(object.as_slice())?, status })
}
