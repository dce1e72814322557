//! NCCL communicators on real GPUs (feature `cuda`), held by their raw handle through cudarc's
//! result- and sys-level API: creation, the sum all-reduce, polling for an asynchronous error
//! (`ncclCommGetAsyncError`) and abort (`ncclCommAbort`). cudarc's safe `Comm` hides the handle,
//! so the watchdog could neither poll nor abort it, and its drop panics when the abort fails.

use std::sync::Arc;

use cudarc::driver::{CudaStream, DevicePtr, DevicePtrMut};
use cudarc::nccl::result::{self, NcclStatus};
use cudarc::nccl::sys::{ncclComm_t, ncclRedOp_t, ncclResult_t, ncclUniqueId};
use cudarc::nccl::NcclType;

/// The message of a failed NCCL call.
fn nccl(call: &str, e: result::NcclError) -> String {
    format!("NCCL: {call} failed: {:?}", e.0)
}

/// One member of an NCCL communicator, bound to the stream its collectives run on; dropping it
/// aborts it (`ncclCommAbort`), which also releases a peer blocked in a collective with it.
pub struct NcclComm {
    raw: ncclComm_t,
    stream: Arc<CudaStream>,
}

impl NcclComm {
    /// One communicator over the GPUs of `streams`, a member per stream with ranks in their order
    /// (`ncclCommInitAll`).
    pub fn for_devices(streams: &[Arc<CudaStream>]) -> Result<Vec<NcclComm>, String> {
        let count = i32::try_from(streams.len()).map_err(|_| "NCCL: too many GPUs".to_string())?;
        let ordinals: Vec<i32> = streams.iter().map(|s| s.context().ordinal() as i32).collect();
        let mut raw: Vec<ncclComm_t> = vec![std::ptr::null_mut(); streams.len()];
        // SAFETY: `raw` and `ordinals` hold `count` entries each, as ncclCommInitAll reads and writes.
        unsafe { result::comm_init_all(raw.as_mut_ptr(), count, ordinals.as_ptr()) }
            .map_err(|e| nccl("ncclCommInitAll", e))?;
        Ok(raw.into_iter().zip(streams).map(|(raw, stream)| NcclComm { raw, stream: stream.clone() }).collect())
    }

    /// Member `rank` of a communicator of `size` members that share the unique id `internal`
    /// (`ncclCommInitRank`; every member calls it with the same id).
    pub fn for_rank(
        stream: Arc<CudaStream>,
        rank: usize,
        size: usize,
        internal: [std::ffi::c_char; 128],
    ) -> Result<NcclComm, String> {
        let (rank, size) = (i32::try_from(rank), i32::try_from(size));
        let (Ok(rank), Ok(size)) = (rank, size) else { return Err("NCCL: rank or size out of range".into()) };
        let mut raw: ncclComm_t = std::ptr::null_mut();
        // SAFETY: `raw` is a valid place for the new communicator's handle.
        unsafe { result::comm_init_rank(&mut raw, size, ncclUniqueId { internal }, rank) }
            .map_err(|e| nccl("ncclCommInitRank", e))?;
        Ok(NcclComm { raw, stream })
    }

    /// Enqueues the sum all-reduce of `send` into `recv` (of the same length) on the stream.
    pub fn all_reduce_sum<T: NcclType, S: DevicePtr<T>, R: DevicePtrMut<T>>(
        &self,
        send: &S,
        recv: &mut R,
    ) -> Result<(), String> {
        let count = send.len();
        if recv.len() != count {
            return Err(format!("NCCL: all-reduce of {count} elements into {}", recv.len()));
        }
        let (src, _read) = send.device_ptr(&self.stream);
        let (dst, _write) = recv.device_ptr_mut(&self.stream);
        let (op, stream) = (ncclRedOp_t::ncclSum, self.stream.cu_stream() as _);
        // SAFETY: `src` and `dst` are live device buffers of `count` elements of `T` on this
        // communicator's GPU, kept alive (and ordered on the stream) by the guards until the call
        // has enqueued the collective.
        unsafe { result::all_reduce(src as _, dst as _, count, T::as_nccl_type(), op, self.raw, stream) }
            .map(|_| ())
            .map_err(|e| nccl("ncclAllReduce", e))
    }

    /// The communicator's asynchronous error (`ncclCommGetAsyncError`): a collective that failed,
    /// or a peer that the network reports lost, after the call that enqueued it returned.
    pub fn async_error(&self) -> Result<(), String> {
        let mut state = ncclResult_t::ncclSuccess;
        // SAFETY: the handle is alive until `self` drops, and `state` is a valid place to write.
        let polled = unsafe { cudarc::nccl::sys::ncclCommGetAsyncError(self.raw, &mut state) };
        polled.result().map_err(|e| nccl("ncclCommGetAsyncError", e))?;
        match state.result() {
            Ok(NcclStatus::Success | NcclStatus::InProgress | NcclStatus::NumResults) => Ok(()),
            Err(e) => Err(format!("NCCL: the communicator reports an asynchronous error: {:?}", e.0)),
        }
    }
}

impl Drop for NcclComm {
    /// Aborts the communicator: its pending collectives end, and no peer stays blocked in one.
    fn drop(&mut self) {
        // SAFETY: the handle came from ncclCommInitAll/ncclCommInitRank and is aborted only here.
        // A failed abort leaves nothing better to do while tearing down.
        let _ = unsafe { result::comm_abort(self.raw) };
    }
}
