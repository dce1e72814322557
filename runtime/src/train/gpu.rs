//! The GPUs of the training loop ([`Replicas`] for every GPU this process drives, emulated or
//! CUDA): each GPU keeps its own copy of every trained initializer, its momentum buffers and its
//! running statistics in device memory from the first step to the last. A step writes the batch
//! into the input buffers, runs the plan, reads back the scalar loss, and launches the generated
//! `SgdUpdate` kernel on each parameter and the `Copy` kernel on each running statistic; the
//! state is read back only for checkpoints and at the end.

use syncbn_codegen::{KernelKind, OpKernel};

use super::checkpoint::TrainState;
use super::replica::{Bound, Fill, ReplicaState, Replicas};
use super::sgd::SgdStep;
use crate::gpu_api::KernelArg;
use crate::gpu_device::GpuSession;
use crate::RunError;

/// The kernels the GPU loop launches besides the graph's: the update `sgd` of the options, and the
/// copy of the running statistics.
pub(super) fn extra_kernels(sgd: KernelKind) -> [KernelKind; 2] {
    [sgd, KernelKind::Op(OpKernel::Copy)]
}

/// Every GPU of a session, with its momentum buffers.
pub(super) struct GpuReplicas<'a> {
    session: GpuSession<'a>,
    bound: &'a Bound,
    /// Per local GPU, per parameter: its momentum buffer (none without momentum).
    momentum: Vec<Vec<u64>>,
    /// The host copy of one input being fed.
    staging: Vec<f32>,
}

impl<'a> GpuReplicas<'a> {
    /// The GPUs of `session` holding the state `start` (with momentum buffers when `momentum`).
    pub(super) fn new(
        session: GpuSession<'a>,
        bound: &'a Bound,
        start: &TrainState,
        momentum: bool,
    ) -> Result<Self, (usize, String)> {
        let mut gpus = GpuReplicas { session, bound, momentum: Vec::new(), staging: Vec::new() };
        for (local, r) in gpus.session.replicas().into_iter().enumerate() {
            let buffers = gpus.load(local, start, momentum).map_err(|m| (r, m))?;
            gpus.momentum.push(buffers);
        }
        Ok(gpus)
    }

    /// Aborts the GPUs' communicators after an error.
    pub(super) fn abort(&mut self) {
        self.session.abort();
    }

    /// Writes `start`'s tensors into local GPU `local`'s initializers; its momentum buffers.
    fn load(&mut self, local: usize, start: &TrainState, momentum: bool) -> Result<Vec<u64>, String> {
        for (name, index, _) in self.bound.params.iter().chain(&self.bound.stats) {
            if let Some((_, values)) = start.tensors.get(name) {
                let ptr = self.session.initializer_ptr(local, *index)?;
                self.session.write(local, ptr, values)?;
            }
        }
        let mut buffers = Vec::new();
        for (name, _, grad) in self.bound.params.iter().filter(|_| momentum) {
            let ptr = self.session.alloc(local, self.session.len(local, *grad)?)?;
            if let Some(values) = start.momentum.get(name) {
                self.session.write(local, ptr, values)?;
            }
            buffers.push(ptr);
        }
        Ok(buffers)
    }

    /// One SGD step of every parameter and the running statistics' copy on local GPU `local`.
    fn update_gpu(&mut self, local: usize, s: SgdStep, first: bool) -> Result<(), String> {
        let kind = KernelKind::SgdUpdate { momentum: s.kernel_momentum() };
        for (i, (_, index, grad)) in self.bound.params.iter().enumerate() {
            let len = self.session.len(local, *grad)?;
            let mut args = vec![
                KernelArg::Ptr(self.session.ptr(local, *grad)?),
                KernelArg::I64(len as i64),
                KernelArg::F32(s.lr),
                KernelArg::F32(s.weight_decay),
            ];
            if s.has_momentum {
                args.extend([KernelArg::F32(s.momentum), KernelArg::I64(i64::from(first))]);
            }
            args.push(KernelArg::Ptr(self.session.initializer_ptr(local, *index)?));
            if s.has_momentum {
                let buf = self.momentum[local].get(i).ok_or("no momentum buffer")?;
                args.push(KernelArg::Ptr(*buf));
            }
            self.session.launch(local, kind, len, &args)?;
        }
        for (_, index, updated) in &self.bound.stats {
            let len = self.session.len(local, *updated)?;
            let (from, to) = (self.session.ptr(local, *updated)?, self.session.initializer_ptr(local, *index)?);
            let args = [KernelArg::Ptr(from), KernelArg::I64(len as i64), KernelArg::Ptr(to)];
            self.session.launch(local, KernelKind::Op(OpKernel::Copy), len, &args)?;
        }
        Ok(())
    }
}

impl Replicas for GpuReplicas<'_> {
    fn replicas(&self) -> Vec<usize> {
        self.session.replicas()
    }

    fn feed(&mut self, local: usize, input: usize, fill: &mut Fill<'_>) -> Result<(), String> {
        fill(&mut self.staging).map_err(|e| e.to_string())?;
        self.session.write_input(local, input, &self.staging)
    }

    fn run_step(&mut self, step: usize) -> Result<(), (usize, String)> {
        self.session.step(step, None, None).map(|_| ()).map_err(|e| match e {
            RunError::ReplicaFailed { replica, message, .. } => (replica, message),
            other => (self.session.replicas().first().copied().unwrap_or(0), other.to_string()),
        })
    }

    fn loss(&mut self, local: usize) -> Result<f32, String> {
        let ptr = self.session.ptr(local, self.bound.loss)?;
        Ok(self.session.read(local, ptr, 1)?.first().copied().unwrap_or(f32::NAN))
    }

    fn update(&mut self, s: SgdStep, first: bool) -> Result<(), (usize, String)> {
        for (local, r) in self.session.replicas().into_iter().enumerate() {
            self.update_gpu(local, s, first).map_err(|m| (r, m))?;
        }
        Ok(())
    }

    fn state(&mut self, local: usize) -> Result<ReplicaState, String> {
        let mut tensors = Vec::new();
        for (_, index, value) in self.bound.params.iter().chain(&self.bound.stats) {
            let (ptr, len) = (self.session.initializer_ptr(local, *index)?, self.session.len(local, *value)?);
            tensors.push(self.session.read(local, ptr, len)?);
        }
        let mut momentum = Vec::new();
        for ((_, _, grad), &ptr) in self.bound.params.iter().zip(&self.momentum[local]) {
            let len = self.session.len(local, *grad)?;
            momentum.push(self.session.read(local, ptr, len)?);
        }
        Ok(ReplicaState { tensors, momentum })
    }
}
