//! cuBLAS for the CUDA device (feature `cuda`): one [`Gemm`] of a BLAS node's plan
//! ([`crate::gemm_plan`]) as `cublasSgemm` (`cublasSgemmStridedBatched` for a batch) on the
//! handle's stream.

use cudarc::cublas::sys::cublasOperation_t;
use cudarc::cublas::{result as cublas, CudaBlas};

use crate::gemm_plan::Gemm;

/// Issues the GEMM on the handle's stream: row-major `C` is column-major `C^T`, so cuBLAS
/// computes `C^T = op(B)^T op(A)^T` with the operands swapped.
pub fn run(gemm: &Gemm, handle: &CudaBlas) -> Result<(), String> {
    if gemm.m == 0 || gemm.n == 0 || gemm.batch.count == 0 {
        return Ok(());
    }
    let int = |v: usize| i32::try_from(v.max(1)).map_err(|_| format!("GEMM dimension {v} exceeds i32"));
    let op = |t: bool| if t { cublasOperation_t::CUBLAS_OP_T } else { cublasOperation_t::CUBLAS_OP_N };
    let (m, n, k) = (int(gemm.m)?, int(gemm.n)?, i32::try_from(gemm.k).map_err(|_| "GEMM k exceeds i32")?);
    let op_a = op(gemm.a.trans);
    let op_b = op(gemm.b.trans);
    let (lda, ldb, ldc) = (int(gemm.a.ld)?, int(gemm.b.ld)?, int(gemm.ldc)?);
    let (a, b, c) = (gemm.a.ptr as *const f32, gemm.b.ptr as *const f32, gemm.c as *mut f32);
    let h = *handle.handle();
    let result = if gemm.batch.count == 1 {
        // SAFETY: the pointers are live device buffers the plan sized for these shapes, and the
        // leading dimensions are their row strides; alpha and beta are host scalars (the default
        // pointer mode).
        unsafe { cublas::sgemm(h, op_b, op_a, n, m, k, &gemm.alpha, b, ldb, a, lda, &gemm.beta, c, ldc) }
    } else {
        let stride = |v: usize| i64::try_from(v).map_err(|_| format!("GEMM stride {v} exceeds i64"));
        let (sa, sb, sc) = (stride(gemm.batch.a)?, stride(gemm.batch.b)?, stride(gemm.batch.c)?);
        let count = i32::try_from(gemm.batch.count).map_err(|_| "GEMM batch exceeds i32")?;
        // SAFETY: as above, for every product of the batch at its strides.
        unsafe {
            cublas::sgemm_strided_batched(
                h,
                op_b,
                op_a,
                n,
                m,
                k,
                &gemm.alpha,
                b,
                ldb,
                sb,
                a,
                lda,
                sa,
                &gemm.beta,
                c,
                ldc,
                sc,
                count,
            )
        }
    };
    result.map_err(|e| format!("cuBLAS sgemm: {e:?}"))
}
