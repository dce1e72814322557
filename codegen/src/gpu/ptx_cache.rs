//! PTX through the kernel cache: a GPU module's optimized LLVM IR and PTX stored under the key of its
//! unoptimized NVPTX module (with the architecture, PTX version, LLVM and crate versions), so that a
//! hit skips the O3 pipeline and the PTX code generator. An entry's payload is the IR's length (u64,
//! little-endian), the IR, then the PTX; one that does not decode is rebuilt.

use inkwell::context::Context;
use inkwell::module::Module;

use super::build_gpu_kernel;
use super::nvptx::{emit_ptx, machine as nvptx_machine, set_target, Nvptx, TRIPLE};
use crate::error::Result;
use crate::host::{cache_key, CacheStatus, KernelCache};
use crate::kernels::{symbol, KernelKind};

/// What turns an unoptimized NVPTX module into PTX (part of the cache key).
const PIPELINE: &str = "NVPTX default<O3> pipeline, then PTX code generation";

/// The GPU kernels `kinds` in one module (unoptimized, no target set).
pub(crate) fn build_gpu_module<'c>(ctx: &'c Context, kinds: &[KernelKind]) -> Result<Module<'c>> {
    let module = ctx.create_module("syncbn");
    for &k in kinds {
        build_gpu_kernel(&Nvptx, ctx, &module, k, &symbol(k))?;
    }
    Ok(module)
}

/// `(optimized LLVM IR, PTX)` of the GPU kernels `kinds` for `sm_<arch>`, read from `cache` or
/// generated and stored there, with what the cache did.
pub(crate) fn cached_ptx(
    kinds: &[KernelKind],
    arch: u32,
    cache: &KernelCache,
) -> Result<(String, String, CacheStatus)> {
    let machine = nvptx_machine(arch)?;
    let ctx = Context::create();
    let module = build_gpu_module(&ctx, kinds)?;
    set_target(&module, &machine);
    let features = machine.get_feature_string().to_string_lossy().into_owned();
    let text = module.print_to_string().to_string();
    let key = cache_key(TRIPLE, &machine.get_cpu().to_string(), &features, PIPELINE, &text);
    if let Some((ir, ptx)) = cache.load(&key).as_deref().and_then(decode) {
        return Ok((ir, ptx, CacheStatus::Hit));
    }
    let (ir, ptx) = emit_ptx(&module, &machine)?;
    let status = cache.store(&key, &encode(&ir, &ptx));
    Ok((ir, ptx, status))
}

fn encode(ir: &str, ptx: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(8 + ir.len() + ptx.len());
    bytes.extend_from_slice(&(ir.len() as u64).to_le_bytes());
    bytes.extend_from_slice(ir.as_bytes());
    bytes.extend_from_slice(ptx.as_bytes());
    bytes
}

fn decode(bytes: &[u8]) -> Option<(String, String)> {
    let (len, rest) = bytes.split_at_checked(8)?;
    let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
    let (ir, ptx) = rest.split_at_checked(len)?;
    Some((String::from_utf8(ir.to_vec()).ok()?, String::from_utf8(ptx.to_vec()).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_and_damaged_ones_do_not_decode() {
        let bytes = encode("define void @k() {}", ".version 7.0");
        assert_eq!(decode(&bytes), Some(("define void @k() {}".into(), ".version 7.0".into())));
        assert_eq!(decode(&bytes[..5]), None);
        let mut long = bytes.clone();
        long[0] = 0xff;
        assert_eq!(decode(&long), None);
        assert_eq!(decode(&encode("", "")), Some((String::new(), String::new())));
    }
}
