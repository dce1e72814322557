//! cuBLAS for the CUDA device (feature `cuda`): one [`Gemm`] of a BLAS node's plan
//! ([`crate::gemm_plan`]) as `cublasSgemm` on the handle's stream.

use cudarc::cublas::sys::cublasOperation_t;
use cudarc::cublas::{result as cublas, CudaBlas};

use crate::gemm_plan::Gemm;

/// Issues the GEMM on the handle's stream: row-major `C` is column-major `C^T`, so cuBLAS
/// computes `C^T = op(B)^T op(A)^T` with the operands swapped.
pub fn run(gemm: &Gemm, handle: &CudaBlas) -> Result<(), String> {
    if gemm.m == 0 || gemm.n == 0 {
        return Ok(());
    }
    let int = |v: usize| i32::try_from(v.max(1)).map_err(|_| format!("GEMM dimension {v} exceeds i32"));
    let op = |t: bool| if t { cublasOperation_t::CUBLAS_OP_T } else { cublasOperation_t::CUBLAS_OP_N };
    let (m, n, k) = (int(gemm.m)?, int(gemm.n)?, i32::try_from(gemm.k).map_err(|_| "GEMM k exceeds i32")?);
    // SAFETY: the pointers are live device buffers the plan sized for these shapes, and the
    // leading dimensions are their row strides; alpha and beta are host scalars (the default
    // pointer mode).
    unsafe {
        cublas::sgemm(
            *handle.handle(),
            op(gemm.b.trans),
            op(gemm.a.trans),
            n,
            m,
            k,
            &gemm.alpha,
            gemm.b.ptr as *const f32,
            int(gemm.b.ld)?,
            gemm.a.ptr as *const f32,
            int(gemm.a.ld)?,
            &gemm.beta,
            gemm.c as *mut f32,
            int(gemm.ldc)?,
        )
    }
    .map_err(|e| format!("cuBLAS sgemm: {e:?}"))
}
