//! cuBLAS for the CUDA stack (feature `cuda`): one [`SgemmCall`] as `cublasSgemm`
//! (`cublasSgemmStridedBatched` for a batch) on the handle's stream.

use cudarc::cublas::sys::cublasOperation_t;
use cudarc::cublas::{result as cublas, CudaBlas};

use crate::gpu_api::SgemmCall;

/// Issues `call` on the handle's stream.
pub fn run(call: &SgemmCall, handle: &CudaBlas) -> Result<(), String> {
    let op = |t: bool| if t { cublasOperation_t::CUBLAS_OP_T } else { cublasOperation_t::CUBLAS_OP_N };
    let c = call;
    let (a, b, out) = (c.a as *const f32, c.b as *const f32, c.c as *mut f32);
    let h = *handle.handle();
    let result = if c.batch == 1 {
        // SAFETY: the pointers are live device buffers the plan sized for these shapes, and the
        // leading dimensions are their strides; alpha and beta are host scalars (the default
        // pointer mode).
        unsafe {
            cublas::sgemm(
                h,
                op(c.trans_a),
                op(c.trans_b),
                c.m,
                c.n,
                c.k,
                &c.alpha,
                a,
                c.lda,
                b,
                c.ldb,
                &c.beta,
                out,
                c.ldc,
            )
        }
    } else {
        // SAFETY: as above, for every product of the batch at its strides.
        unsafe {
            cublas::sgemm_strided_batched(
                h,
                op(c.trans_a),
                op(c.trans_b),
                c.m,
                c.n,
                c.k,
                &c.alpha,
                a,
                c.lda,
                c.stride_a,
                b,
                c.ldb,
                c.stride_b,
                &c.beta,
                out,
                c.ldc,
                c.stride_c,
                c.batch,
            )
        }
    };
    result.map_err(|e| format!("cuBLAS sgemm: {e:?}"))
}
