//! The safe handle over the JIT-compiled host-native kernels that CPU replicas call.
//!
//! Every method checks its slices against the dimensions it is given and returns
//! [`CodegenError::Length`] (never undefined behaviour) when they disagree. Tensors are NCHW-contiguous
//! `f32`, viewed as `[N, C, S]` with `S` the product of the spatial dimensions (1 for rank 2).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use syncbn_ir::lowered::Activation;

use super::cache::{CacheStatus, KernelCache};
use super::compile::compile_host;
use super::lower::build_host_kernel;
use super::object_jit::ObjectJit;
use super::tuning::HostTuning;
use crate::error::{CodegenError, Result};
use crate::kernels::{symbol, Act, Elementwise, GradMask, KernelKind};

/// JIT-compiled host-native kernels for every lowered op. `Send + Sync`: one instance can serve all
/// replica threads at once; the kernels keep no state between calls.
pub struct HostKernels {
    _jit: ObjectJit,
    addrs: HashMap<KernelKind, usize>,
    ir: String,
    cache: CacheStatus,
}

type Moments = unsafe extern "C" fn(*const f32, i64, i64, i64, *mut f64);
type Finalize = unsafe extern "C" fn(
    *const f64,
    i64,
    *const f32,
    *const f32,
    *const f32,
    *const f32,
    f64,
    f64,
    *mut f32,
    *mut f32,
    *mut f32,
);
type GradReduce = unsafe extern "C" fn(*const f32, *const f32, *const f32, i64, i64, i64, *mut f64);
type GradReduceMasked = unsafe extern "C" fn(*const f32, *const f32, *const f32, *const f32, i64, i64, i64, *mut f64);
type GradReduceClip =
    unsafe extern "C" fn(*const f32, *const f32, *const f32, *const f32, i64, i64, i64, f32, f32, *mut f64);
type GradParams = unsafe extern "C" fn(*const f64, *const f32, i64, *mut f32, *mut f32);
type Unary = unsafe extern "C" fn(*const f32, i64, *mut f32);
type Binary = unsafe extern "C" fn(*const f32, *const f32, i64, *mut f32);
type UnaryClip = unsafe extern "C" fn(*const f32, i64, f32, f32, *mut f32);

/// Shape `[N, C, S]` of a tensor, checked for overflow.
#[derive(Clone, Copy)]
struct Ncs {
    n: i64,
    c: i64,
    s: i64,
    len: usize,
}

/// Checks that the element count and every dimension fit `i64`, and that `5 * c` (the longest
/// per-channel buffer) fits `usize`.
fn ncs(kernel: &'static str, n: usize, c: usize, s: usize) -> Result<Ncs> {
    let overflow = || CodegenError::Overflow { kernel, dims: vec![n, c, s] };
    let fits = |v: usize| i64::try_from(v).ok();
    let len = n.checked_mul(c).and_then(|v| v.checked_mul(s)).ok_or_else(overflow)?;
    let (n64, c64, s64) = (fits(n).ok_or_else(overflow)?, fits(c).ok_or_else(overflow)?, fits(s).ok_or_else(overflow)?);
    fits(len).and(c.checked_mul(5)).ok_or_else(overflow)?;
    Ok(Ncs { n: n64, c: c64, s: s64, len })
}

fn check(kernel: &'static str, arg: &'static str, expected: usize, got: usize) -> Result<()> {
    if expected == got {
        Ok(())
    } else {
        Err(CodegenError::Length { kernel, arg, expected, got })
    }
}

/// The compiled activation and its clip bounds.
fn act_of(a: Activation) -> (Act, f32, f32) {
    match a {
        Activation::None => (Act::None, f32::NEG_INFINITY, f32::INFINITY),
        Activation::Relu => (Act::Clip, 0.0, f32::INFINITY),
        Activation::Clip { min, max } => (Act::Clip, min, max),
    }
}

/// The compiled gradient mask of an activation and its clip bounds.
fn mask_of(a: Activation) -> (GradMask, f32, f32) {
    match a {
        Activation::None => (GradMask::None, f32::NEG_INFINITY, f32::INFINITY),
        Activation::Relu => (GradMask::Relu, 0.0, f32::INFINITY),
        Activation::Clip { min, max } => (GradMask::Clip, min, max),
    }
}

/// Checks that the mask source `y` is given exactly when the activation masks, and has `len` elements.
fn mask_source(kernel: &'static str, act: Activation, y: Option<&[f32]>, len: usize) -> Result<GradMask> {
    let (mask, _, _) = mask_of(act);
    let problem = match (mask, y) {
        (GradMask::None, Some(_)) => "takes no mask source y",
        (GradMask::Relu | GradMask::Clip, None) => "needs the mask source y",
        (_, y) => {
            if let Some(y) = y {
                check(kernel, "y", len, y.len())?;
            }
            return Ok(mask);
        }
    };
    Err(CodegenError::MaskSource { kernel, activation: format!("{act:?}"), problem })
}

impl HostKernels {
    /// Generates every host kernel (see [`KernelKind::host_set`]), optimizes them with O3 for this
    /// CPU (and [`HostTuning::for_this_machine`]) and JIT-compiles them, through the kernel cache of
    /// [`KernelCache::from_env`]. Share the result between replicas.
    pub fn compile() -> Result<HostKernels> {
        HostKernels::compile_cached(HostTuning::for_this_machine(), &KernelCache::from_env())
    }

    /// [`HostKernels::compile`] with an explicit tuning (tests use it to force streaming stores).
    pub fn compile_with(tuning: HostTuning) -> Result<HostKernels> {
        HostKernels::compile_cached(tuning, &KernelCache::from_env())
    }

    /// [`HostKernels::compile`] with an explicit tuning and kernel cache: a cache hit loads the
    /// stored machine code without running the optimizer or the code generator.
    pub fn compile_cached(tuning: HostTuning, cache: &KernelCache) -> Result<HostKernels> {
        let kinds = KernelKind::host_set();
        let compiled = compile_host("syncbn_host", cache, |ctx, module| {
            kinds.iter().try_for_each(|&k| build_host_kernel(ctx, module, k, &symbol(k), tuning))
        })?;
        let addrs = kinds.iter().map(|&k| Ok((k, compiled.jit.address(&symbol(k))?))).collect::<Result<_>>()?;
        Ok(HostKernels { _jit: compiled.jit, addrs, ir: compiled.ir, cache: compiled.status })
    }

    /// What the kernel cache did when these kernels were compiled.
    pub fn cache_status(&self) -> &CacheStatus {
        &self.cache
    }

    /// The process-wide instance, compiled on first use (about 2 s on a loaded 2-core machine) and
    /// shared afterwards; a failed compilation is returned and retried by the next call.
    pub fn shared() -> Result<Arc<HostKernels>> {
        static SHARED: Mutex<Option<Arc<HostKernels>>> = Mutex::new(None);
        let mut slot = SHARED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = slot.as_ref() {
            return Ok(Arc::clone(k));
        }
        let k = Arc::new(HostKernels::compile()?);
        *slot = Some(Arc::clone(&k));
        Ok(k)
    }

    /// The LLVM IR of all host kernels for this CPU as handed to the optimizer (for inspection).
    pub fn llvm_ir(&self) -> &str {
        &self.ir
    }

    fn addr(&self, kind: KernelKind) -> Result<usize> {
        // Every kind of `host_set` was looked up in `compile`; a miss is an internal error.
        self.addrs
            .get(&kind)
            .copied()
            .ok_or_else(|| CodegenError::llvm("calling a host kernel", format!("{kind:?} was not compiled")))
    }

    /// `LocalMoments`: `out` (`f64 [3, C]`) = per-channel count, sum and sum of squares of
    /// `x` (`[n, c, s]`), accumulated in f64. `n = 0` gives counts and sums of 0.
    pub fn local_moments(&self, x: &[f32], n: usize, c: usize, s: usize, out: &mut [f64]) -> Result<()> {
        const K: &str = "local_moments";
        let d = ncs(K, n, c, s)?;
        check(K, "x", d.len, x.len())?;
        check(K, "moments", 3 * c, out.len())?;
        if d.len == 0 {
            // No element: counts and sums are 0 (and the kernel's loops over n and c are skipped).
            out.fill(0.0);
            return Ok(());
        }
        let f: Moments = unsafe { std::mem::transmute(self.addr(KernelKind::LocalMoments)?) };
        // SAFETY: the slices have the lengths the kernel reads and writes for these dimensions.
        unsafe { f(x.as_ptr(), d.n, d.c, d.s, out.as_mut_ptr()) };
        Ok(())
    }

    /// `BnFinalize` over `c = scale.len()` channels: `moments` `f64 [3, C]` (the group's sum), the
    /// affine `scale`, `bias` and the running statistics `rmean`, `rvar` (all `[C]`) give `params`
    /// (`f32 [5, C]`: mean_hi, mean_lo, inv_std, mul, add) and the updated `rmean_out`, `rvar_out`.
    #[allow(clippy::too_many_arguments)]
    pub fn bn_finalize(
        &self,
        moments: &[f64],
        scale: &[f32],
        bias: &[f32],
        rmean: &[f32],
        rvar: &[f32],
        eps: f64,
        momentum: f64,
        params: &mut [f32],
        rmean_out: &mut [f32],
        rvar_out: &mut [f32],
    ) -> Result<()> {
        const K: &str = "bn_finalize";
        let c = scale.len();
        check(K, "moments", 3 * c, moments.len())?;
        for (arg, len) in [("bias", bias.len()), ("running_mean", rmean.len()), ("running_var", rvar.len())] {
            check(K, arg, c, len)?;
        }
        check(K, "norm_params", 5 * c, params.len())?;
        check(K, "running_mean_out", c, rmean_out.len())?;
        check(K, "running_var_out", c, rvar_out.len())?;
        let f: Finalize = unsafe { std::mem::transmute(self.addr(KernelKind::BnFinalize)?) };
        // SAFETY: all lengths checked against c above.
        unsafe {
            f(
                moments.as_ptr(),
                c as i64,
                scale.as_ptr(),
                bias.as_ptr(),
                rmean.as_ptr(),
                rvar.as_ptr(),
                eps,
                momentum,
                params.as_mut_ptr(),
                rmean_out.as_mut_ptr(),
                rvar_out.as_mut_ptr(),
            )
        };
        Ok(())
    }

    /// `BnNormalize`: `y = act(((x - mean_hi) - mean_lo) * mul + add [+ residual])` per channel, with
    /// `params` `f32 [5, C]` from [`HostKernels::bn_finalize`].
    #[allow(clippy::too_many_arguments)]
    pub fn bn_normalize(
        &self,
        x: &[f32],
        params: &[f32],
        residual: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
        y: &mut [f32],
    ) -> Result<()> {
        const K: &str = "bn_normalize";
        let d = ncs(K, n, c, s)?;
        check(K, "x", d.len, x.len())?;
        check(K, "norm_params", 5 * c, params.len())?;
        check(K, "y", d.len, y.len())?;
        let (act, lo, hi) = act_of(act);
        let mut ptrs = vec![x.as_ptr(), params.as_ptr()];
        if let Some(r) = residual {
            check(K, "residual", d.len, r.len())?;
            ptrs.push(r.as_ptr());
        }
        let kind = KernelKind::BnNormalize { act, residual: residual.is_some() };
        // SAFETY: every input has the length checked above for its role.
        unsafe { self.call_family(kind, &ptrs, d, lo, hi, y) }
    }

    /// `BnNormalizePair`: `y = act(norm(x1, params1) + norm(x2, params2))`.
    #[allow(clippy::too_many_arguments)]
    pub fn bn_normalize_pair(
        &self,
        x1: &[f32],
        params1: &[f32],
        x2: &[f32],
        params2: &[f32],
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
        y: &mut [f32],
    ) -> Result<()> {
        const K: &str = "bn_normalize_pair";
        let d = ncs(K, n, c, s)?;
        check(K, "x1", d.len, x1.len())?;
        check(K, "x2", d.len, x2.len())?;
        check(K, "norm_params1", 5 * c, params1.len())?;
        check(K, "norm_params2", 5 * c, params2.len())?;
        check(K, "y", d.len, y.len())?;
        let (act, lo, hi) = act_of(act);
        let ptrs = [x1.as_ptr(), params1.as_ptr(), x2.as_ptr(), params2.as_ptr()];
        // SAFETY: lengths checked above.
        unsafe { self.call_family(KernelKind::BnNormalizePair { act }, &ptrs, d, lo, hi, y) }
    }

    /// `ChannelAffine`: `y = act(x * mul[c] + add[c])`.
    #[allow(clippy::too_many_arguments)]
    pub fn channel_affine(
        &self,
        x: &[f32],
        mul: &[f32],
        add: &[f32],
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
        y: &mut [f32],
    ) -> Result<()> {
        const K: &str = "channel_affine";
        let d = ncs(K, n, c, s)?;
        check(K, "x", d.len, x.len())?;
        check(K, "mul", c, mul.len())?;
        check(K, "add", c, add.len())?;
        check(K, "y", d.len, y.len())?;
        let (act, lo, hi) = act_of(act);
        // SAFETY: lengths checked above.
        unsafe {
            self.call_family(KernelKind::ChannelAffine { act }, &[x.as_ptr(), mul.as_ptr(), add.as_ptr()], d, lo, hi, y)
        }
    }

    /// `BnGradReduce`: this shard's backward payload `sums` (`f64 [3, C]`: element count,
    /// `sum(dZ)`, `sum(dZ * ((x - mean_hi) - mean_lo))`, each term in f64) from `dy` and `x`
    /// (`[n, c, s]`) and `params` (`f32 [5, C]`); `dZ` is `dy` masked by `act` evaluated on `y`, the
    /// normalize's output, which must be given exactly when `act` is not `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn bn_grad_reduce(
        &self,
        dy: &[f32],
        x: &[f32],
        params: &[f32],
        y: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
        sums: &mut [f64],
    ) -> Result<()> {
        const K: &str = "bn_grad_reduce";
        let d = ncs(K, n, c, s)?;
        check(K, "dy", d.len, dy.len())?;
        check(K, "x", d.len, x.len())?;
        check(K, "norm_params", 5 * c, params.len())?;
        check(K, "sums", 3 * c, sums.len())?;
        let mask = mask_source(K, act, y, d.len)?;
        if d.len == 0 {
            sums.fill(0.0);
            return Ok(());
        }
        let (_, lo, hi) = mask_of(act);
        let addr = self.addr(KernelKind::BnGradReduce { mask })?;
        let (dy, x, p, out) = (dy.as_ptr(), x.as_ptr(), params.as_ptr(), sums.as_mut_ptr());
        // SAFETY: every slice has the length checked above for these dimensions, and the function
        // type is the kernel's parameter list for this mask (see `KernelKind::params`).
        unsafe {
            match (mask, y) {
                (GradMask::Clip, Some(y)) => {
                    std::mem::transmute::<usize, GradReduceClip>(addr)(dy, x, p, y.as_ptr(), d.n, d.c, d.s, lo, hi, out)
                }
                (_, Some(y)) => {
                    std::mem::transmute::<usize, GradReduceMasked>(addr)(dy, x, p, y.as_ptr(), d.n, d.c, d.s, out)
                }
                (_, None) => std::mem::transmute::<usize, GradReduce>(addr)(dy, x, p, d.n, d.c, d.s, out),
            }
        }
        Ok(())
    }

    /// `BnGradInput`: `dx = mul * (dZ - sums[1] / n - ((x - mean_hi) - mean_lo) * inv_std^2 * sums[2] / n)`
    /// with `sums` the group's summed payload (`f64 [3, C]`, `n = sums[0]`; `dx = 0` where `n = 0`) and
    /// `dZ` as in [`HostKernels::bn_grad_reduce`].
    #[allow(clippy::too_many_arguments)]
    pub fn bn_grad_input(
        &self,
        dy: &[f32],
        x: &[f32],
        params: &[f32],
        sums: &[f64],
        y: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
        dx: &mut [f32],
    ) -> Result<()> {
        const K: &str = "bn_grad_input";
        let d = ncs(K, n, c, s)?;
        check(K, "dy", d.len, dy.len())?;
        check(K, "x", d.len, x.len())?;
        check(K, "norm_params", 5 * c, params.len())?;
        check(K, "sums", 3 * c, sums.len())?;
        check(K, "dx", d.len, dx.len())?;
        let mask = mask_source(K, act, y, d.len)?;
        let (_, lo, hi) = mask_of(act);
        // The kernel reads `sums` through a pointer parameter like the others; the cast keeps the
        // address (pointers share one ABI class).
        let mut ptrs = vec![dy.as_ptr(), x.as_ptr(), params.as_ptr(), sums.as_ptr().cast::<f32>()];
        ptrs.extend(y.map(<[f32]>::as_ptr));
        // SAFETY: every input has the length checked above for its role.
        unsafe { self.call_family(KernelKind::BnGradInput { mask }, &ptrs, d, lo, hi, dx) }
    }

    /// `BnGradParams` over `c = d_scale.len()` channels: `d_scale = sums[2] * inv_std` and
    /// `d_bias = sums[1]` from a payload `sums` (`f64 [3, C]`) and `params` (`f32 [5, C]`).
    pub fn bn_grad_params(&self, sums: &[f64], params: &[f32], d_scale: &mut [f32], d_bias: &mut [f32]) -> Result<()> {
        const K: &str = "bn_grad_params";
        let c = d_scale.len();
        check(K, "sums", 3 * c, sums.len())?;
        check(K, "norm_params", 5 * c, params.len())?;
        check(K, "d_bias", c, d_bias.len())?;
        let f: GradParams = unsafe { std::mem::transmute(self.addr(KernelKind::BnGradParams)?) };
        // SAFETY: all lengths checked against c above.
        unsafe { f(sums.as_ptr(), params.as_ptr(), c as i64, d_scale.as_mut_ptr(), d_bias.as_mut_ptr()) };
        Ok(())
    }

    /// Calls a normalize-family kernel: `(inputs..., n, c, s[, lo, hi], y)`.
    ///
    /// # Safety
    /// `inputs` must point to buffers as long as the kernel's parameters of that position require.
    unsafe fn call_family(
        &self,
        kind: KernelKind,
        inputs: &[*const f32],
        d: Ncs,
        lo: f32,
        hi: f32,
        y: &mut [f32],
    ) -> Result<()> {
        if d.len == 0 {
            return Ok(());
        }
        let addr = self.addr(kind)?;
        let clip = kind.params().iter().any(|p| p.name == "lo");
        let (n, c, s, yp) = (d.n, d.c, d.s, y.as_mut_ptr());
        macro_rules! call {
            ($($i:ident),*) => {{
                let [$($i),*] = inputs else { unreachable!() };
                if clip {
                    let f: unsafe extern "C" fn($(call!(@t $i)),*, i64, i64, i64, f32, f32, *mut f32) = std::mem::transmute(addr);
                    f($(*$i),*, n, c, s, lo, hi, yp)
                } else {
                    let f: unsafe extern "C" fn($(call!(@t $i)),*, i64, i64, i64, *mut f32) = std::mem::transmute(addr);
                    f($(*$i),*, n, c, s, yp)
                }
            }};
            (@t $i:ident) => { *const f32 };
        }
        match inputs.len() {
            2 => call!(a, b),
            3 => call!(a, b, r),
            4 => call!(a, b, e, f),
            5 => call!(a, b, e, f, g),
            other => return Err(CodegenError::llvm("calling a host kernel", format!("{other} inputs for {kind:?}"))),
        }
        Ok(())
    }

    /// `y = max(x, 0)`.
    pub fn relu(&self, x: &[f32], y: &mut [f32]) -> Result<()> {
        self.unary(Elementwise::Relu, x, y)
    }

    /// `y = 1 / (1 + exp(-x))`.
    pub fn sigmoid(&self, x: &[f32], y: &mut [f32]) -> Result<()> {
        self.unary(Elementwise::Sigmoid, x, y)
    }

    /// `y = min(max(x, lo), hi)`.
    pub fn clip(&self, x: &[f32], lo: f32, hi: f32, y: &mut [f32]) -> Result<()> {
        check("clip", "y", x.len(), y.len())?;
        let f: UnaryClip = unsafe { std::mem::transmute(self.addr(KernelKind::Elementwise(Elementwise::Clip))?) };
        // SAFETY: x and y have the same length.
        unsafe { f(x.as_ptr(), x.len() as i64, lo, hi, y.as_mut_ptr()) };
        Ok(())
    }

    /// `y = a + b` (same shapes, no broadcasting).
    pub fn add(&self, a: &[f32], b: &[f32], y: &mut [f32]) -> Result<()> {
        self.binary(Elementwise::Add, a, b, y)
    }

    /// `y = a * b` (same shapes, no broadcasting).
    pub fn mul(&self, a: &[f32], b: &[f32], y: &mut [f32]) -> Result<()> {
        self.binary(Elementwise::Mul, a, b, y)
    }

    fn unary(&self, op: Elementwise, x: &[f32], y: &mut [f32]) -> Result<()> {
        check(op.name(), "y", x.len(), y.len())?;
        let f: Unary = unsafe { std::mem::transmute(self.addr(KernelKind::Elementwise(op))?) };
        // SAFETY: x and y have the same length.
        unsafe { f(x.as_ptr(), x.len() as i64, y.as_mut_ptr()) };
        Ok(())
    }

    fn binary(&self, op: Elementwise, a: &[f32], b: &[f32], y: &mut [f32]) -> Result<()> {
        check(op.name(), "b", a.len(), b.len())?;
        check(op.name(), "y", a.len(), y.len())?;
        let f: Binary = unsafe { std::mem::transmute(self.addr(KernelKind::Elementwise(op))?) };
        // SAFETY: a, b and y have the same length.
        unsafe { f(a.as_ptr(), b.as_ptr(), a.len() as i64, y.as_mut_ptr()) };
        Ok(())
    }
}

impl std::fmt::Debug for HostKernels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostKernels").field("kernels", &self.addrs.len()).finish_non_exhaustive()
    }
}

const _: fn() = || {
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<HostKernels>();
};
