//! The adapter that gives codegen's JIT-compiled `HostKernels` the runtime's `KernelSet` interface.

use std::sync::{Arc, Mutex};

use syncbn_codegen::{CacheStatus, HostKernels, HostTuning, KernelCache};
use syncbn_ir::lowered::Activation;

use crate::kernels::{Dims, FinalizeArgs, FinalizeOut, GradInputs, KernelSet};
use crate::RunError;

/// Host-native kernels from `syncbn_codegen`, JIT-compiled once and shared by all replica threads.
pub struct HostKernelSet {
    kernels: HostKernels,
}

/// The process's compiled kernels: JIT compilation happens once, on first use.
static SHARED: Mutex<Option<Arc<HostKernelSet>>> = Mutex::new(None);

impl HostKernelSet {
    /// JIT-compiles the host kernels for this machine through `cache`; when the cache directory is
    /// unwritable, compiles without caching and writes one warning line to stderr.
    pub fn compile(cache: &KernelCache) -> Result<Self, RunError> {
        let kernels = HostKernels::compile_cached(HostTuning::for_this_machine(), cache)
            .map_err(|e| RunError::Compile(e.to_string()))?;
        if let CacheStatus::Unwritable(reason) = kernels.cache_status() {
            crate::console::error_line(&format!("warning: {reason}; compiled kernels are not cached"));
        }
        Ok(HostKernelSet { kernels })
    }

    /// The kernels shared by every run in this process, compiled on first use through `cache`.
    pub fn shared(cache: &KernelCache) -> Result<Arc<Self>, RunError> {
        let mut shared = SHARED.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(k) = shared.as_ref() {
            return Ok(Arc::clone(k));
        }
        let k = Arc::new(Self::compile(cache)?);
        *shared = Some(Arc::clone(&k));
        Ok(k)
    }

    /// What the kernel cache did when these kernels were compiled (`"hit"`, `"miss"`, ...).
    pub fn cache_status(&self) -> &'static str {
        self.kernels.cache_status().as_str()
    }
}

fn text<E: std::fmt::Display>(r: Result<(), E>) -> Result<(), String> {
    r.map_err(|e| e.to_string())
}

impl KernelSet for HostKernelSet {
    fn local_moments(&self, x: &[f32], d: Dims, moments: &mut [f64]) -> Result<(), String> {
        text(self.kernels.local_moments(x, d.batch, d.channels, d.inner, moments))
    }

    fn bn_finalize(&self, a: &FinalizeArgs<'_>, o: FinalizeOut<'_>) -> Result<(), String> {
        text(self.kernels.bn_finalize(
            a.moments,
            a.scale,
            a.bias,
            a.running_mean,
            a.running_var,
            a.epsilon,
            a.momentum,
            o.norm_params,
            o.running_mean,
            o.running_var,
        ))
    }

    fn bn_normalize(
        &self,
        x: &[f32],
        params: &[f32],
        residual: Option<&[f32]>,
        act: Activation,
        d: Dims,
        y: &mut [f32],
    ) -> Result<(), String> {
        text(self.kernels.bn_normalize(x, params, residual, act, d.batch, d.channels, d.inner, y))
    }

    fn bn_normalize_pair(
        &self,
        x1: &[f32],
        p1: &[f32],
        x2: &[f32],
        p2: &[f32],
        act: Activation,
        d: Dims,
        y: &mut [f32],
    ) -> Result<(), String> {
        text(self.kernels.bn_normalize_pair(x1, p1, x2, p2, act, d.batch, d.channels, d.inner, y))
    }

    fn channel_affine(
        &self,
        x: &[f32],
        mul: &[f32],
        add: &[f32],
        act: Activation,
        d: Dims,
        y: &mut [f32],
    ) -> Result<(), String> {
        text(self.kernels.channel_affine(x, mul, add, act, d.batch, d.channels, d.inner, y))
    }

    fn bn_grad_reduce(&self, g: &GradInputs<'_>, d: Dims, sums: &mut [f64]) -> Result<(), String> {
        text(self.kernels.bn_grad_reduce(g.dy, g.x, g.params, g.y, g.act, d.batch, d.channels, d.inner, sums))
    }

    fn bn_grad_input(&self, g: &GradInputs<'_>, sums: &[f64], d: Dims, dx: &mut [f32]) -> Result<(), String> {
        text(self.kernels.bn_grad_input(g.dy, g.x, g.params, sums, g.y, g.act, d.batch, d.channels, d.inner, dx))
    }

    fn bn_grad_params(
        &self,
        sums: &[f64],
        params: &[f32],
        d_scale: &mut [f32],
        d_bias: &mut [f32],
    ) -> Result<(), String> {
        text(self.kernels.bn_grad_params(sums, params, d_scale, d_bias))
    }

    fn relu(&self, x: &[f32], y: &mut [f32]) -> Result<(), String> {
        text(self.kernels.relu(x, y))
    }

    fn add(&self, a: &[f32], b: &[f32], y: &mut [f32]) -> Result<(), String> {
        text(self.kernels.add(a, b, y))
    }
}
