//! The GPU path under MPI (features `mpi` and `cuda`): each rank drives its visible GPU, or the GPU of
//! its node-local rank when it sees one per rank ([`crate::cuda::gpu_for_rank`]), and each sync
//! group's NCCL communicator (none for groups of one) is built from a unique id that the group's first rank
//! creates and broadcasts over MPI (the usual bootstrap of NCCL by MPI). With several sync groups,
//! all-reduces over every replica (parameter gradients) would need a second, world communicator;
//! they are refused for now.

use std::sync::Arc;

use cudarc::driver::CudaStream;
use cudarc::nccl::Id;
use mpi::collective::Root;
use mpi::topology::Communicator as _;
use syncbn_ir::Typed;

use super::world::MpiWorld;
use crate::comm::Scope;
use crate::device::Device;
use crate::RunError;

/// Length of an NCCL unique id, in bytes.
const ID_BYTES: usize = 128;

/// Opens this rank's GPU (its node-local rank) for `lowered` and prepares its group's NCCL
/// communicator: the id is created by the group's first rank and broadcast over MPI, then every
/// member joins with its rank in the group.
pub fn open(
    world: &MpiWorld,
    group_size: usize,
    lowered: &dyn Typed,
    cache: &syncbn_codegen::KernelCache,
) -> Result<(Box<dyn Device>, &'static str), RunError> {
    let world_scope = |n: &syncbn_ir::Node| n.op == "AllReduce" && Scope::of_node(n) == Some(Scope::World);
    if group_size < world.size() && lowered.graph().nodes.iter().any(world_scope) {
        return Err(RunError::DeviceUnavailable(
            "all-reduces over every replica (parameter gradients) with several sync groups are not implemented \
             on GPUs under MPI yet; run them with --device cpu, or with one sync group"
                .into(),
        ));
    }
    let count = crate::cuda::gpu_count()?;
    let gpu = crate::cuda::gpu_for_rank(world.local_rank(), world.local_size(), count)
        .map_err(|e| RunError::DeviceUnavailable(format!("rank {}: {e}", world.rank())))?;
    crate::cuda_libs::probe(&crate::cuda_libs::CUBLAS)?;
    if group_size > 1 {
        crate::cuda_libs::probe(&crate::cuda_libs::NCCL)?;
    }
    let id = if group_size > 1 { Some(group_id(world)?) } else { None };
    let group_rank = world.rank() % group_size;
    let make_comm: crate::cuda_device::CommFactory = Box::new(move |stream: Arc<CudaStream>| {
        let id = id.as_ref().ok_or("a group of one has no NCCL communicator")?;
        crate::cuda_nccl::NcclComm::for_rank(stream, group_rank, group_size, *id.internal())
    });
    let (module, status) = crate::cuda::compile_for_gpu(gpu, lowered, &[], cache)?;
    Ok((Box::new(crate::cuda_device::CudaDevice::for_process(gpu, world.rank(), module, make_comm)?), status))
}

/// The NCCL unique id of this rank's sync group: created by the group's first rank and broadcast to
/// the others over the group communicator, with a status byte so that a failure to create it fails
/// every member with the same message.
fn group_id(world: &MpiWorld) -> Result<Id, RunError> {
    let mut buf = [0u8; 1 + ID_BYTES];
    let created = world.comm().with_group(|g| g.rank() == 0).then(Id::new);
    if let Some(result) = &created {
        match result {
            Ok(id) => {
                buf[0] = 1;
                for (b, &c) in buf[1..].iter_mut().zip(id.internal().iter()) {
                    *b = c as u8;
                }
            }
            Err(_) => buf[0] = 0,
        }
    }
    world.comm().with_group(|g| g.process_at_rank(0).broadcast_into(&mut buf[..]));
    if buf[0] != 1 {
        let why = match created {
            Some(Err(e)) => format!("{e:?}"),
            _ => "the group's first rank could not create it".into(),
        };
        return Err(RunError::DeviceUnavailable(format!("NCCL unique id: {why}")));
    }
    let mut internal = [0 as std::ffi::c_char; ID_BYTES];
    for (c, &b) in internal.iter_mut().zip(&buf[1..]) {
        *c = b as std::ffi::c_char;
    }
    Ok(Id::uninit(internal))
}
