//! Completing and failing MPI calls: whether a nonblocking request has completed, and the error of
//! a call that returned an error code.

use mpi::ffi;

use crate::comm::CommError;

/// Whether the active `request` has completed (it is then freed and set to the null request).
pub(super) fn test(request: &mut ffi::MPI_Request) -> Result<bool, CommError> {
    let mut done = 0;
    // SAFETY: `request` is an active request this process started, or the null request.
    let rc = unsafe { ffi::MPI_Test(request, &mut done, ffi::RSMPI_STATUS_IGNORE) };
    if rc != 0 {
        return Err(mpi_error("MPI_Test", rc));
    }
    Ok(done != 0)
}

/// The error of a failed MPI call.
pub(super) fn mpi_error(call: &str, rc: i32) -> CommError {
    CommError::Transport { message: format!("{call} failed with MPI error code {rc}") }
}
