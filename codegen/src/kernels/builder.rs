//! The kernel builder: a thin layer over inkwell's IR builder (constants, loads and stores, loops,
//! branches, mutable variables, intrinsics) that every kernel of this crate is written with.

use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::intrinsics::Intrinsic;
use inkwell::module::Module;
use inkwell::types::{BasicMetadataTypeEnum, BasicTypeEnum, FloatType, IntType};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValue, BasicValueEnum, FloatMathValue, FloatValue, FunctionValue, IntValue,
    PointerValue, VectorValue,
};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};

use super::catalog::KernelKind;
use super::signature::{Param, ParamType};
use crate::error::{CodegenError, Result};

/// A float scalar or vector value the arithmetic helpers accept.
pub trait Num<'ctx>: FloatMathValue<'ctx> + TryFrom<BasicValueEnum<'ctx>> + Copy {
    /// The type of this value with `f64` elements (the same number of lanes).
    fn f64_type(self, ctx: &'ctx Context) -> Self::BaseType;
    /// The number of lanes of a vector; `None` for a scalar.
    fn lanes(self) -> Option<u32>;
}

impl<'ctx> Num<'ctx> for FloatValue<'ctx> {
    fn f64_type(self, ctx: &'ctx Context) -> FloatType<'ctx> {
        ctx.f64_type()
    }

    fn lanes(self) -> Option<u32> {
        None
    }
}

impl<'ctx> Num<'ctx> for VectorValue<'ctx> {
    fn f64_type(self, ctx: &'ctx Context) -> inkwell::types::VectorType<'ctx> {
        ctx.f64_type().vec_type(self.get_type().get_size())
    }

    fn lanes(self) -> Option<u32> {
        Some(self.get_type().get_size())
    }
}

/// Builds one kernel function: the function, its entry block and an IR builder positioned in it.
pub struct Kb<'a, 'ctx> {
    /// The LLVM context.
    pub ctx: &'ctx Context,
    /// The module the kernel is added to.
    pub module: &'a Module<'ctx>,
    /// The IR builder.
    pub b: Builder<'ctx>,
    /// The kernel function.
    pub func: FunctionValue<'ctx>,
    params: Vec<Param>,
}

impl<'a, 'ctx> Kb<'a, 'ctx> {
    /// Adds `void name(params...)` to `module` (pointers in address space `global`) and positions a
    /// builder at its entry.
    pub fn new(
        ctx: &'ctx Context,
        module: &'a Module<'ctx>,
        kind: KernelKind,
        name: &str,
        global: AddressSpace,
    ) -> Result<Self> {
        let params = kind.params();
        let types: Vec<BasicMetadataTypeEnum> = params.iter().map(|p| param_type(ctx, p.ty, global).into()).collect();
        let func = module.add_function(name, ctx.void_type().fn_type(&types, false), None);
        for (i, p) in params.iter().enumerate() {
            if let Some(v) = func.get_nth_param(i as u32) {
                v.set_name(p.name);
            }
        }
        let b = ctx.create_builder();
        b.position_at_end(ctx.append_basic_block(func, "entry"));
        Ok(Kb { ctx, module, b, func, params })
    }

    /// The parameter called `name` (a bug in a kernel builder when absent).
    pub fn param(&self, name: &str) -> Result<BasicValueEnum<'ctx>> {
        let idx = self.params.iter().position(|p| p.name == name);
        idx.and_then(|i| self.func.get_nth_param(i as u32))
            .ok_or_else(|| CodegenError::Builder(format!("kernel has no parameter `{name}`")))
    }

    /// A pointer parameter.
    pub fn ptr(&self, name: &str) -> Result<PointerValue<'ctx>> {
        Ok(self.param(name)?.into_pointer_value())
    }

    /// An integer parameter.
    pub fn int(&self, name: &str) -> Result<IntValue<'ctx>> {
        Ok(self.param(name)?.into_int_value())
    }

    /// A float parameter.
    pub fn float(&self, name: &str) -> Result<FloatValue<'ctx>> {
        Ok(self.param(name)?.into_float_value())
    }

    /// `i64` type.
    pub fn i64t(&self) -> IntType<'ctx> {
        self.ctx.i64_type()
    }

    /// `f32` type.
    pub fn f32t(&self) -> FloatType<'ctx> {
        self.ctx.f32_type()
    }

    /// `f64` type.
    pub fn f64t(&self) -> FloatType<'ctx> {
        self.ctx.f64_type()
    }

    /// An `i64` constant.
    pub fn i64(&self, v: i64) -> IntValue<'ctx> {
        self.i64t().const_int(v as u64, true)
    }

    /// An `i32` constant.
    pub fn i32(&self, v: i32) -> IntValue<'ctx> {
        self.ctx.i32_type().const_int(v as u64, true)
    }

    /// An `f32` constant.
    pub fn f32(&self, v: f32) -> FloatValue<'ctx> {
        self.f32t().const_float(v as f64)
    }

    /// An `f64` constant.
    pub fn f64(&self, v: f64) -> FloatValue<'ctx> {
        self.f64t().const_float(v)
    }

    /// `&ptr[idx]`.
    pub fn at(&self, ptr: PointerValue<'ctx>, idx: IntValue<'ctx>) -> Result<PointerValue<'ctx>> {
        // SAFETY (of the IR, not of Rust): kernels index only inside the buffers their launch rules size.
        Ok(unsafe { self.b.build_in_bounds_gep(ptr, &[idx], "p") }?)
    }

    /// `ptr[idx]` as a float.
    pub fn load(&self, ptr: PointerValue<'ctx>, idx: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
        let p = self.at(ptr, idx)?;
        Ok(self.b.build_load(p, "v")?.into_float_value())
    }

    /// `ptr[idx] = v`.
    pub fn store(&self, ptr: PointerValue<'ctx>, idx: IntValue<'ctx>, v: impl BasicValue<'ctx>) -> Result<()> {
        let p = self.at(ptr, idx)?;
        self.b.build_store(p, v)?;
        Ok(())
    }

    /// Reinterprets `&ptr[idx]` as a pointer to `<lanes x elem>` in the same address space.
    pub fn vec_ptr(&self, ptr: PointerValue<'ctx>, idx: IntValue<'ctx>, lanes: u32) -> Result<PointerValue<'ctx>> {
        let p = self.at(ptr, idx)?;
        let elem = p.get_type().get_element_type().into_float_type();
        let vt = elem.vec_type(lanes).ptr_type(p.get_type().get_address_space());
        Ok(self.b.build_pointer_cast(p, vt, "vp")?)
    }

    /// Loads `lanes` floats from `&ptr[idx]` as one vector access, returned lane by lane.
    pub fn load_vec(
        &self,
        ptr: PointerValue<'ctx>,
        idx: IntValue<'ctx>,
        lanes: u32,
        align: u32,
    ) -> Result<Vec<FloatValue<'ctx>>> {
        let v = self.load_vector(ptr, idx, lanes, align)?;
        (0..lanes)
            .map(|l| Ok(self.b.build_extract_element(v, self.i32(l as i32), "lane")?.into_float_value()))
            .collect()
    }

    /// Stores `vals` as one vector to `&ptr[idx]` with the given alignment in bytes.
    pub fn store_vec(
        &self,
        ptr: PointerValue<'ctx>,
        idx: IntValue<'ctx>,
        vals: &[FloatValue<'ctx>],
        align: u32,
    ) -> Result<()> {
        let vp = self.vec_ptr(ptr, idx, vals.len() as u32)?;
        let mut v = vp.get_type().get_element_type().into_vector_type().get_undef();
        for (l, x) in vals.iter().enumerate() {
            v = self.b.build_insert_element(v, *x, self.i32(l as i32), "ins")?;
        }
        let st = self.b.build_store(vp, v)?;
        st.set_alignment(align).map_err(|e| CodegenError::Builder(e.to_string()))?;
        Ok(())
    }

    /// A mutable variable (an entry-block `alloca` that SROA promotes to registers) set to `init`.
    pub fn var(&self, init: BasicValueEnum<'ctx>) -> Result<PointerValue<'ctx>> {
        let entry = self.func.get_first_basic_block().ok_or_else(|| CodegenError::Builder("no entry block".into()))?;
        let tmp = self.ctx.create_builder();
        match entry.get_first_instruction() {
            Some(first) => tmp.position_before(&first),
            None => tmp.position_at_end(entry),
        }
        let slot = tmp.build_alloca(init.get_type(), "var")?;
        self.b.build_store(slot, init)?;
        Ok(slot)
    }

    /// Reads a variable.
    pub fn get(&self, var: PointerValue<'ctx>) -> Result<BasicValueEnum<'ctx>> {
        Ok(self.b.build_load(var, "get")?)
    }

    /// Reads a vector variable.
    pub fn getv(&self, var: PointerValue<'ctx>) -> Result<VectorValue<'ctx>> {
        Ok(self.get(var)?.into_vector_value())
    }

    /// Reads a float variable.
    pub fn getf(&self, var: PointerValue<'ctx>) -> Result<FloatValue<'ctx>> {
        Ok(self.get(var)?.into_float_value())
    }

    /// Writes a variable.
    pub fn set(&self, var: PointerValue<'ctx>, v: impl BasicValue<'ctx>) -> Result<()> {
        self.b.build_store(var, v)?;
        Ok(())
    }

    /// `for (i = start; i < end; i += step) body(i)` with signed `i64` comparison.
    pub fn for_range(
        &self,
        start: IntValue<'ctx>,
        end: IntValue<'ctx>,
        step: IntValue<'ctx>,
        body: impl FnOnce(IntValue<'ctx>) -> Result<()>,
    ) -> Result<()> {
        let pre = self.current_block()?;
        let head = self.ctx.append_basic_block(self.func, "loop");
        let body_bb = self.ctx.append_basic_block(self.func, "body");
        let exit = self.ctx.append_basic_block(self.func, "done");
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(head);
        let i = self.b.build_phi(start.get_type(), "i")?;
        i.add_incoming(&[(&start, pre)]);
        let iv = i.as_basic_value().into_int_value();
        let go = self.b.build_int_compare(IntPredicate::SLT, iv, end, "go")?;
        self.b.build_conditional_branch(go, body_bb, exit)?;
        self.b.position_at_end(body_bb);
        body(iv)?;
        let next = self.b.build_int_add(iv, step, "next")?;
        let latch = self.current_block()?;
        self.b.build_unconditional_branch(head)?;
        i.add_incoming(&[(&next, latch)]);
        self.b.position_at_end(exit);
        Ok(())
    }

    /// `if (cond) then()`.
    pub fn if_then(&self, cond: IntValue<'ctx>, then: impl FnOnce() -> Result<()>) -> Result<()> {
        self.if_else(cond, then, || Ok(()))
    }

    /// `if (cond) then() else otherwise()`.
    pub fn if_else(
        &self,
        cond: IntValue<'ctx>,
        then: impl FnOnce() -> Result<()>,
        otherwise: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        let t = self.ctx.append_basic_block(self.func, "then");
        let e = self.ctx.append_basic_block(self.func, "else");
        let j = self.ctx.append_basic_block(self.func, "join");
        self.b.build_conditional_branch(cond, t, e)?;
        self.b.position_at_end(t);
        then()?;
        self.b.build_unconditional_branch(j)?;
        self.b.position_at_end(e);
        otherwise()?;
        self.b.build_unconditional_branch(j)?;
        self.b.position_at_end(j);
        Ok(())
    }

    fn current_block(&self) -> Result<inkwell::basic_block::BasicBlock<'ctx>> {
        self.b.get_insert_block().ok_or_else(|| CodegenError::Builder("builder not positioned".into()))
    }

    /// `a + b` (i64).
    pub fn add(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_add(a, b, "add")?)
    }

    /// `a - b` (i64).
    pub fn sub(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_sub(a, b, "sub")?)
    }

    /// `a * b` (i64).
    pub fn mul(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_mul(a, b, "mul")?)
    }

    /// `a / b`, unsigned.
    pub fn udiv(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_unsigned_div(a, b, "div")?)
    }

    /// `a % b`, unsigned.
    pub fn urem(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_unsigned_rem(a, b, "rem")?)
    }

    /// Integer comparison.
    pub fn icmp(&self, op: IntPredicate, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_compare(op, a, b, "cmp")?)
    }

    /// Zero-extends an integer to `i64`.
    pub fn zext64(&self, v: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_z_extend_or_bit_cast(v, self.i64t(), "zext")?)
    }

    /// `a + b` (float; no fast-math flags).
    pub fn fadd<T: Num<'ctx>>(&self, a: T, b: T) -> Result<T> {
        Ok(self.b.build_float_add(a, b, "fadd")?)
    }

    /// `a - b` (float).
    pub fn fsub<T: Num<'ctx>>(&self, a: T, b: T) -> Result<T> {
        Ok(self.b.build_float_sub(a, b, "fsub")?)
    }

    /// `a * b` (float).
    pub fn fmul<T: Num<'ctx>>(&self, a: T, b: T) -> Result<T> {
        Ok(self.b.build_float_mul(a, b, "fmul")?)
    }

    /// `a / b` (float).
    pub fn fdiv<T: Num<'ctx>>(&self, a: T, b: T) -> Result<T> {
        Ok(self.b.build_float_div(a, b, "fdiv")?)
    }

    /// Float comparison.
    pub fn fcmp(&self, op: FloatPredicate, a: FloatValue<'ctx>, b: FloatValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_float_compare(op, a, b, "fcmp")?)
    }

    /// `cond ? a : b`.
    pub fn select<V: BasicValue<'ctx>>(&self, cond: IntValue<'ctx>, a: V, b: V) -> Result<BasicValueEnum<'ctx>> {
        Ok(self.b.build_select(cond, a, b, "sel")?)
    }

    /// `f32 -> f64`.
    pub fn ext(&self, v: FloatValue<'ctx>) -> Result<FloatValue<'ctx>> {
        Ok(self.b.build_float_ext(v, self.f64t(), "ext")?)
    }

    /// `f64 -> f32`, rounding to nearest.
    pub fn trunc(&self, v: FloatValue<'ctx>) -> Result<FloatValue<'ctx>> {
        Ok(self.b.build_float_trunc(v, self.f32t(), "trunc")?)
    }

    /// Signed `i64 -> f64`.
    pub fn i2f64(&self, v: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
        Ok(self.b.build_signed_int_to_float(v, self.f64t(), "i2f")?)
    }

    /// Calls the overloaded LLVM intrinsic `name` at the type of its first argument.
    pub fn intrinsic<T: Num<'ctx>>(&self, name: &str, args: &[T]) -> Result<T> {
        let ty: BasicTypeEnum = args[0].as_basic_value_enum().get_type();
        let decl = Intrinsic::find(name)
            .and_then(|i| i.get_declaration(self.module, &[ty]))
            .ok_or_else(|| CodegenError::Builder(format!("no LLVM intrinsic {name}")))?;
        let args: Vec<BasicMetadataValueEnum> = args.iter().map(|a| a.as_basic_value_enum().into()).collect();
        let r = self.b.build_call(decl, &args, "call")?.try_as_basic_value().basic();
        r.and_then(|v| T::try_from(v).ok())
            .ok_or_else(|| CodegenError::Builder(format!("{name} returned another type")))
    }

    /// `maxnum(a, b)` (the non-NaN operand when one is NaN).
    pub fn fmax<T: Num<'ctx>>(&self, a: T, b: T) -> Result<T> {
        self.intrinsic("llvm.maxnum", &[a, b])
    }

    /// `minnum(a, b)`.
    pub fn fmin<T: Num<'ctx>>(&self, a: T, b: T) -> Result<T> {
        self.intrinsic("llvm.minnum", &[a, b])
    }

    /// `f32 -> f64` of a scalar or of each lane.
    pub fn widen<T: Num<'ctx>>(&self, v: T) -> Result<T> {
        Ok(self.b.build_float_ext(v, v.f64_type(self.ctx), "widen")?)
    }

    /// The scalar `v` in the shape of `like`: itself for a scalar, `v` in every lane for a vector.
    pub fn broadcast<T: Num<'ctx>>(&self, v: FloatValue<'ctx>, like: T) -> Result<T> {
        let value = match like.lanes() {
            None => v.as_basic_value_enum(),
            Some(lanes) => self.splat(v, lanes)?.as_basic_value_enum(),
        };
        T::try_from(value).map_err(|_| CodegenError::Builder("broadcast to another type".into()))
    }

    /// `(a op b) ? then : otherwise`, lane by lane for vectors.
    pub fn select_cmp<T: Num<'ctx>>(&self, op: FloatPredicate, a: T, b: T, then: T, otherwise: T) -> Result<T> {
        let cond = self.b.build_float_compare(op, a, b, "cmp")?;
        let v = self.b.build_select(cond, then, otherwise, "sel")?;
        T::try_from(v).map_err(|_| CodegenError::Builder("select of another type".into()))
    }

    /// A vector of `lanes` copies of `v`.
    pub fn splat(&self, v: FloatValue<'ctx>, lanes: u32) -> Result<VectorValue<'ctx>> {
        let undef = v.get_type().vec_type(lanes).get_undef();
        let one = self.b.build_insert_element(undef, v, self.i32(0), "one")?;
        let zeros = self.ctx.i32_type().vec_type(lanes).const_zero();
        Ok(self.b.build_shuffle_vector(one, undef, zeros, "splat")?)
    }

    /// Loads `<lanes x elem>` from `&ptr[idx]` as one vector value.
    pub fn load_vector(
        &self,
        ptr: PointerValue<'ctx>,
        idx: IntValue<'ctx>,
        lanes: u32,
        align: u32,
    ) -> Result<VectorValue<'ctx>> {
        let v = self.b.build_load(self.vec_ptr(ptr, idx, lanes)?, "vec")?;
        set_align(v, align)?;
        Ok(v.into_vector_value())
    }

    /// Stores a vector to `&ptr[idx]` as a streaming store (`!nontemporal`, bypassing the caches);
    /// `align` must be the vector's size in bytes.
    pub fn store_streaming(
        &self,
        ptr: PointerValue<'ctx>,
        idx: IntValue<'ctx>,
        v: VectorValue<'ctx>,
        align: u32,
    ) -> Result<()> {
        let st = self.b.build_store(self.vec_ptr(ptr, idx, v.get_type().get_size())?, v)?;
        st.set_alignment(align).map_err(|e| CodegenError::Builder(e.to_string()))?;
        let one = self.ctx.metadata_node(&[self.i32(1).into()]);
        st.set_metadata(one, self.ctx.get_kind_id("nontemporal")).map_err(|e| CodegenError::Builder(e.to_string()))
    }

    /// Returns from the kernel.
    pub fn ret(&self) -> Result<()> {
        self.b.build_return(None)?;
        Ok(())
    }
}

/// The LLVM type of a parameter, with pointers in address space `global`.
pub fn param_type<'ctx>(ctx: &'ctx Context, ty: ParamType, global: AddressSpace) -> BasicTypeEnum<'ctx> {
    match ty {
        ParamType::PtrF32 => ctx.f32_type().ptr_type(global).into(),
        ParamType::PtrF64 => ctx.f64_type().ptr_type(global).into(),
        ParamType::I64 => ctx.i64_type().into(),
        ParamType::F32 => ctx.f32_type().into(),
        ParamType::F64 => ctx.f64_type().into(),
    }
}

fn set_align(v: BasicValueEnum, align: u32) -> Result<()> {
    let inst = v.as_instruction_value().ok_or_else(|| CodegenError::Builder("load is not an instruction".into()))?;
    inst.set_alignment(align).map_err(|e| CodegenError::Builder(e.to_string()))
}
