//! The CPU replicas' kernels: the lowered graph's host module (`syncbn_codegen::compile_graph` for
//! `Target::Cpu`, the `kernels.ll` that `--emit llvm` writes), JIT-compiled once per process and
//! module, with its kernel table by node.

use std::collections::HashMap;
use std::sync::Arc;

use syncbn_codegen::{compile_graph, HostModule, KernelInfo, KernelKind, KernelModule, Target};
use syncbn_ir::Graph;

use crate::RunError;

/// A graph's host module and the kernel calls of each node.
pub struct CpuKernels {
    module: Arc<HostModule>,
    calls: HashMap<String, Vec<KernelInfo>>,
}

impl CpuKernels {
    /// Compiles the host module of a lowered graph and loads it (shared with every other run of
    /// this process that has the same module).
    pub fn compile(lowered: &Graph) -> Result<CpuKernels, RunError> {
        let module = compile_graph(lowered, Target::Cpu).map_err(|e| RunError::Compile(e.to_string()))?;
        CpuKernels::load(module)
    }

    /// Loads a compiled host module.
    pub fn load(module: KernelModule) -> Result<CpuKernels, RunError> {
        let mut kinds: Vec<KernelKind> = module.kernels.iter().map(|k| k.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let host = HostModule::shared(&module.llvm_ir, &kinds).map_err(|e| RunError::Compile(e.to_string()))?;
        let mut calls: HashMap<String, Vec<KernelInfo>> = HashMap::new();
        for k in module.kernels {
            calls.entry(k.node.clone()).or_default().push(k);
        }
        Ok(CpuKernels { module: host, calls })
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
