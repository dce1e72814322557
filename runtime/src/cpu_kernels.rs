//! The CPU replicas' kernels: the lowered graph's host module (`syncbn_codegen::compile_graph` for
//! `Target::Cpu`, the `kernels.ll` that `--emit llvm` writes), JIT-compiled once per process and
//! module, with its kernel table by node.

use std::collections::HashMap;
use std::sync::Arc;

use syncbn_codegen::{
    compile_graph, CacheStatus, HostModule, KernelCache, KernelInfo, KernelKind, KernelModule, Target,
};
use syncbn_ir::Graph;

use crate::RunError;

/// A graph's host module and the kernel calls of each node.
pub struct CpuKernels {
    module: Arc<HostModule>,
    calls: HashMap<String, Vec<KernelInfo>>,
}

impl CpuKernels {
    /// Compiles the host module of a lowered graph and loads it through `cache` (shared with every
    /// other run of this process that has the same module); when the cache directory is
    /// unwritable, loads without caching and writes one warning line to stderr.
    pub fn compile(lowered: &Graph, cache: &KernelCache) -> Result<CpuKernels, RunError> {
        let module = compile_graph(lowered, Target::Cpu).map_err(|e| RunError::Compile(e.to_string()))?;
        CpuKernels::load(module, cache)
    }

    /// Loads a compiled host module through `cache`.
    pub fn load(module: KernelModule, cache: &KernelCache) -> Result<CpuKernels, RunError> {
        let mut kinds: Vec<KernelKind> = module.kernels.iter().map(|k| k.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let host = HostModule::shared(&module.llvm_ir, &kinds, cache).map_err(|e| RunError::Compile(e.to_string()))?;
        if let CacheStatus::Unwritable(reason) = host.cache_status() {
            crate::console::error_line(&format!("warning: {reason}; compiled kernels are not cached"));
        }
        let mut calls: HashMap<String, Vec<KernelInfo>> = HashMap::new();
        for k in module.kernels {
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
