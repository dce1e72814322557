//! The cuBLAS call of one planned GEMM ([`crate::gemm_plan::Gemm`], row-major): row-major `C` is
//! column-major `C^T`, so cuBLAS computes `C^T = op(B)^T op(A)^T` with the operands swapped. Both
//! GPU stacks ([`crate::gpu_api::GpuApi::sgemm`]) receive exactly this call.

use crate::gemm_plan::Gemm;
use crate::gpu_api::SgemmCall;

/// The column-major cuBLAS call of `gemm`, or `None` when it has nothing to compute.
pub fn sgemm_call(gemm: &Gemm) -> Result<Option<SgemmCall>, String> {
    if gemm.m == 0 || gemm.n == 0 || gemm.batch.count == 0 {
        return Ok(None);
    }
    let int = |v: usize| i32::try_from(v.max(1)).map_err(|_| format!("GEMM dimension {v} exceeds i32"));
    let stride = |v: usize| i64::try_from(v).map_err(|_| format!("GEMM stride {v} exceeds i64"));
    Ok(Some(SgemmCall {
        trans_a: gemm.b.trans,
        trans_b: gemm.a.trans,
        m: int(gemm.n)?,
        n: int(gemm.m)?,
        k: i32::try_from(gemm.k).map_err(|_| "GEMM k exceeds i32")?,
        alpha: gemm.alpha,
        a: gemm.b.ptr,
        lda: int(gemm.b.ld)?,
        stride_a: stride(gemm.batch.b)?,
        b: gemm.a.ptr,
        ldb: int(gemm.a.ld)?,
        stride_b: stride(gemm.batch.a)?,
        beta: gemm.beta,
        c: gemm.c,
        ldc: int(gemm.ldc)?,
        stride_c: stride(gemm.batch.c)?,
        batch: i32::try_from(gemm.batch.count).map_err(|_| "GEMM batch exceeds i32")?,
    }))
}
