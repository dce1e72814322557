//! The CUDA device entry point: opens CUDA replicas, or says clearly why it cannot.

use crate::device::Device;
use crate::RunError;

/// Opens one CUDA device per replica. Without the `cuda` feature this is always an error.
#[cfg(not(feature = "cuda"))]
pub fn open(_replicas: usize) -> Result<Box<dyn Device>, RunError> {
    Err(RunError::DeviceUnavailable("this build has no CUDA support; rebuild with `--features cuda`".into()))
}
