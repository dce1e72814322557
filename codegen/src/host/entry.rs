//! Host entry points: for every kernel `k` of a host module, `void k.call(i64* args)`, which loads
//! the kernel's parameters from an array of 8-byte slots (pointers, `i64` and `f64` as themselves,
//! `f32` in the low four bytes) and calls `k`. One function type for every kernel lets the runtime
//! call any kernel of the table through one binding, with no per-kernel Rust signature.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::types::BasicType;
use inkwell::values::BasicMetadataValueEnum;
use inkwell::AddressSpace;

use crate::error::{CodegenError, Result};
use crate::kernels::{param_type, KernelKind};

/// The suffix of an entry point's symbol: the entry of kernel `syncbn_relu` is `syncbn_relu.call`.
pub const ENTRY_SUFFIX: &str = ".call";

/// The entry point symbol of the kernel `symbol`.
pub fn entry_symbol(symbol: &str) -> String {
    format!("{symbol}{ENTRY_SUFFIX}")
}

/// Adds the entry point of the kernel `kind`, already in `module` as `symbol`. The kernel is called,
/// not inlined, so the kernel's own code stays what it is without the entry point.
pub fn add_entry_point<'ctx>(ctx: &'ctx Context, module: &Module<'ctx>, kind: KernelKind, symbol: &str) -> Result<()> {
    let kernel = module
        .get_function(symbol)
        .ok_or_else(|| CodegenError::Builder(format!("{symbol} is not in the host module")))?;
    let slot = ctx.i64_type().ptr_type(AddressSpace::default());
    let entry = module.add_function(&entry_symbol(symbol), ctx.void_type().fn_type(&[slot.into()], false), None);
    let args = entry.get_nth_param(0).ok_or_else(|| CodegenError::Builder("entry point without args".into()))?;
    let args = args.into_pointer_value();
    args.set_name("args");
    let b = ctx.create_builder();
    b.position_at_end(ctx.append_basic_block(entry, "entry"));
    let mut values: Vec<BasicMetadataValueEnum> = Vec::new();
    for (i, p) in kind.params().iter().enumerate() {
        // SAFETY: inkwell marks GEPs unsafe as they are unchecked; slot `i` exists for every parameter,
        // as the caller passes one slot per parameter.
        let at = unsafe { b.build_in_bounds_gep(args, &[ctx.i64_type().const_int(i as u64, false)], p.name) }?;
        let ty = param_type(ctx, p.ty, AddressSpace::default());
        let typed = b.build_pointer_cast(at, ty.ptr_type(AddressSpace::default()), p.name)?;
        values.push(b.build_load(typed, p.name)?.into());
    }
    let call = b.build_call(kernel, &values, "")?;
    let noinline = ctx.create_enum_attribute(Attribute::get_named_enum_kind_id("noinline"), 0);
    call.add_attribute(AttributeLoc::Function, noinline);
    b.build_return(None)?;
    Ok(())
}
