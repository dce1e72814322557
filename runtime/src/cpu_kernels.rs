//! The CPU replicas' kernels: the lowered graph's host module (the kernels of
//! `syncbn_codegen::compile_graph` for `Target::Cpu`, whose optimized IR is the `kernels.ll` that
//! `--emit llvm` writes), loaded through the kernel cache once per process and module, with its kernel
//! table by node.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use syncbn_codegen::{kernel_table, HostModule, HostTuning, KernelCache, KernelInfo, KernelKind, Target};
use syncbn_ir::Typed;

use crate::RunError;

/// A graph's host module and the kernel calls of each node.
pub struct CpuKernels {
    module: Arc<HostModule>,
    calls: HashMap<String, Vec<KernelInfo>>,
}

impl CpuKernels {
    /// Compiles the host module of a lowered graph and loads it through `cache` (shared with every
    /// other run of this process that has the same module); when the cache directory is
    /// unwritable, loads without caching and writes one warning line to stderr. A cache hit builds
    /// the kernel table and the kernels' unoptimized IR, nothing more.
    pub fn compile(lowered: &dyn Typed, cache: &KernelCache) -> Result<CpuKernels, RunError> {
        CpuKernels::compile_with(lowered, &[], cache)
    }

    /// As [`CpuKernels::compile`], with the kernels `extra` in the module too (the optimizer's).
    pub fn compile_with(
        lowered: &dyn Typed,
        extra: &[KernelKind],
        cache: &KernelCache,
    ) -> Result<CpuKernels, RunError> {
        let compile_error = |e: syncbn_codegen::CodegenError| RunError::Compile(e.to_string());
        let table = kernel_table(lowered, Target::Cpu).map_err(compile_error)?;
        let kinds: Vec<KernelKind> =
            table.iter().map(|k| k.kind).chain(extra.iter().copied()).collect::<BTreeSet<_>>().into_iter().collect();
        let host = HostModule::shared_compiled(&kinds, HostTuning::for_this_machine(), cache).map_err(compile_error)?;
        crate::console::warn_unwritable(host.cache_status());
        let mut calls: HashMap<String, Vec<KernelInfo>> = HashMap::new();
        for k in table {
            calls.entry(k.node.clone()).or_default().push(k);
        }
        Ok(CpuKernels { module: host, calls })
    }

    /// What the kernel cache did when the module was loaded (`"hit"`, `"miss"`, ...).
    pub fn cache_status(&self) -> &'static str {
        self.module.cache_status().as_str()
    }

    /// The loaded host module.
    pub fn module(&self) -> &HostModule {
        &self.module
    }

    /// The kernel calls of `node`, in order (none: the node runs the CPU op table).
    pub fn calls(&self, node: &str) -> &[KernelInfo] {
        self.calls.get(node).map(Vec::as_slice).unwrap_or_default()
    }
}
