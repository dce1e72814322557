//! Host JIT compilation: the host target machine, the O3 pipeline and MCJIT engines that own their
//! LLVM context, so that compiled kernels can be kept and called from any thread.

use std::mem::ManuallyDrop;

use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::execution_engine::ExecutionEngine;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple};
use inkwell::OptimizationLevel;

use crate::error::{CodegenError, Result};

/// The target machine of the CPU this process runs on (its name and features, O3).
pub fn host_machine() -> Result<TargetMachine> {
    Target::initialize_native(&InitializationConfig::default())
        .map_err(|e| CodegenError::llvm("initializing the host target", e))?;
    let cpu = TargetMachine::get_host_cpu_name().to_string();
    let features = TargetMachine::get_host_cpu_features().to_string();
    cpu_machine(&TargetMachine::get_default_triple(), &cpu, &features)
}

/// An O3 target machine for a CPU named by triple, CPU name and feature string.
pub fn cpu_machine(triple: &TargetTriple, cpu: &str, features: &str) -> Result<TargetMachine> {
    Target::initialize_x86(&InitializationConfig::default());
    let target = Target::from_triple(triple).map_err(|e| CodegenError::llvm("looking up a CPU target", e))?;
    target
        .create_target_machine(
            triple,
            cpu,
            features,
            OptimizationLevel::Aggressive,
            RelocMode::Default,
            CodeModel::JITDefault,
        )
        .ok_or_else(|| CodegenError::llvm("creating a CPU target machine", format!("no machine for {cpu}")))
}

/// Sets the module's triple and data layout to the machine's, tags every defined function with its
/// CPU and features (so MCJIT's code generator uses them too), then verifies and optimizes with
/// `default<O3>`.
pub fn optimize_for_host(module: &Module, machine: &TargetMachine) -> Result<()> {
    prepare_for_host(module, machine);
    run_o3(module, machine)
}

/// Sets the module's triple and data layout to the machine's and tags every defined function with
/// its CPU and features.
pub fn prepare_for_host(module: &Module, machine: &TargetMachine) {
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    let ctx = module.get_context();
    let cpu = machine.get_cpu().to_string();
    let features = machine.get_feature_string().to_string_lossy().into_owned();
    for f in module.get_functions().filter(|f| f.count_basic_blocks() > 0) {
        f.add_attribute(AttributeLoc::Function, ctx.create_string_attribute("target-cpu", &cpu));
        f.add_attribute(AttributeLoc::Function, ctx.create_string_attribute("target-features", &features));
    }
}

/// Verifies `module`, then runs LLVM's `default<O3>` pipeline for `machine`.
pub fn run_o3(module: &Module, machine: &TargetMachine) -> Result<()> {
    module.verify().map_err(|e| CodegenError::llvm("verifying the kernel module", e))?;
    module
        .run_passes("default<O3>", machine, PassBuilderOptions::create())
        .map_err(|e| CodegenError::llvm("running the O3 pipeline", e))
}

/// A JIT-compiled module with its own LLVM context; function addresses stay valid while it lives.
pub struct Jit {
    engine: ManuallyDrop<ExecutionEngine<'static>>,
    _context: Box<Context>,
}

// SAFETY: after construction the engine is only read (`address`), never mutated, and the code it
// produced is plain machine code; the LLVM objects are dropped once, by whichever thread drops `Jit`.
unsafe impl Send for Jit {}
// SAFETY: as above: shared access only looks up symbol addresses, which MCJIT serves from a table.
unsafe impl Sync for Jit {}

impl Jit {
    /// Builds a module with `build` in a fresh context, optimizes it for the host, maps each
    /// `(symbol, address)` of `externals` onto the module's declaration of that name, and JIT-compiles it.
    /// Returns the engine and the optimized module's LLVM IR.
    pub fn compile(
        name: &str,
        externals: &[(&str, usize)],
        build: impl for<'c> FnOnce(&'c Context, &Module<'c>) -> Result<()>,
    ) -> Result<(Jit, String)> {
        let context = Box::new(Context::create());
        // SAFETY: the context is boxed (its address never moves) and `Jit` drops the engine, which
        // borrows it, before the box (see `Drop`).
        let ctx: &'static Context = unsafe { &*(context.as_ref() as *const Context) };
        let module = ctx.create_module(name);
        build(ctx, &module)?;
        optimize_for_host(&module, &host_machine()?)?;
        let ir = module.print_to_string().to_string();
        let engine = module
            .create_jit_execution_engine(OptimizationLevel::Aggressive)
            .map_err(|e| CodegenError::llvm("creating the JIT engine", e))?;
        for (symbol, addr) in externals {
            if let Some(f) = module.get_function(symbol) {
                engine.add_global_mapping(&f, *addr);
            }
        }
        Ok((Jit { engine: ManuallyDrop::new(engine), _context: context }, ir))
    }

    /// The address of the compiled function `name`.
    pub fn address(&self, name: &str) -> Result<usize> {
        self.engine
            .get_function_address(name)
            .map_err(|e| CodegenError::llvm(&format!("looking up `{name}` in the JIT"), e))
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        // SAFETY: dropped exactly once, before `_context` (fields drop after this body runs).
        unsafe { ManuallyDrop::drop(&mut self.engine) }
    }
}
