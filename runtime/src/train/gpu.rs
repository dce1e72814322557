//! The GPUs of the training loop ([`Replicas`] for every GPU this process drives, emulated or
//! CUDA): each GPU keeps its own copy of every trained initializer, its momentum buffers and its
//! running statistics in device memory from the first step to the last. Each gradient bucket's
//! parameters, gradients (summed in place by its all-reduce) and momentum buffers lie in one buffer
//! each, so that one generated `SgdUpdate` kernel updates the bucket. A step writes the batch into
//! the input buffers, runs the plan, reads back the scalar loss, and launches the update kernels
//! and the `Copy` kernel of each running statistic; the state is read back only for checkpoints
//! and at the end.

use syncbn_codegen::{KernelKind, OpKernel};

use super::checkpoint::TrainState;
use super::replica::{Bound, Fill, ReplicaState, Replicas};
use super::sgd::SgdStep;
use crate::gpu_api::KernelArg;
use crate::gpu_device::GpuSession;
use crate::plan::ValueId;
use crate::profile::Slice;
use crate::RunError;

/// The kernels the GPU loop launches besides the graph's: the update `sgd` of the options, and the
/// copy of the running statistics.
pub(super) fn extra_kernels(sgd: KernelKind) -> [KernelKind; 2] {
    [sgd, KernelKind::Op(OpKernel::Copy)]
}

/// A bucket's buffers on one GPU: parameters, summed gradients and momentum, each holding the
/// bucket's parameters one after the other.
struct GpuBucket {
    params: u64,
    grads: u64,
    momentum: Option<u64>,
}

/// Every GPU of a session, with its optimizer buffers.
pub(super) struct GpuReplicas<'a> {
    session: GpuSession<'a>,
    bound: &'a Bound,
    /// Per local GPU, per bucket, its buffers.
    buckets: Vec<Vec<GpuBucket>>,
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
        let mut gpus = GpuReplicas { session, bound, buckets: Vec::new(), staging: Vec::new() };
        for (local, r) in gpus.session.replicas().into_iter().enumerate() {
            let buckets = gpus.load(local, start, momentum).map_err(|m| (r, m))?;
            gpus.buckets.push(buckets);
        }
        Ok(gpus)
    }

    /// Aborts the GPUs' communicators after an error.
    pub(super) fn abort(&mut self) {
        self.session.abort();
    }

    /// Writes `start`'s tensors into local GPU `local`'s initializers, then moves each bucket's
    /// parameters and gradients into buffers of their own; the buckets' buffers.
    fn load(&mut self, local: usize, start: &TrainState, momentum: bool) -> Result<Vec<GpuBucket>, String> {
        let b = self.bound;
        for (name, index, _) in b.params.iter().chain(&b.stats) {
            if let Some((_, values)) = start.tensors.get(name) {
                let ptr = self.session.initializer_ptr(local, *index)?;
                self.session.write(local, ptr, values)?;
            }
        }
        let mut buckets = Vec::with_capacity(b.buckets.len());
        for bucket in &b.buckets {
            let grads: Vec<(ValueId, usize)> = bucket.parts.iter().map(|p| (b.params[p.param].2, p.len)).collect();
            let inits: Vec<(usize, usize)> = bucket.parts.iter().map(|p| (b.params[p.param].1, p.len)).collect();
            let grads = self.session.relocate(local, &grads)?;
            let params = self.session.gather_initializers(local, &inits)?;
            let momentum = if momentum {
                let ptr = self.session.alloc(local, bucket.len)?;
                let start_momentum = |p: &super::buckets::Part| {
                    start.momentum.get(&b.params[p.param].0).cloned().unwrap_or_else(|| vec![0.0; p.len])
                };
                let values: Vec<f32> = bucket.parts.iter().flat_map(start_momentum).collect();
                self.session.write(local, ptr, &values)?;
                Some(ptr)
            } else {
                None
            };
            buckets.push(GpuBucket { params, grads, momentum });
        }
        Ok(buckets)
    }

    /// One SGD step of every bucket (one kernel each) and the running statistics' copy on local
    /// GPU `local`.
    fn update_gpu(&mut self, local: usize, s: SgdStep, first: bool) -> Result<(), String> {
        let kind = KernelKind::SgdUpdate { momentum: s.kernel_momentum() };
        for (bucket, gpu) in self.bound.buckets.iter().zip(&self.buckets[local]) {
            let mut args = vec![KernelArg::Ptr(gpu.grads), KernelArg::I64(bucket.len as i64), KernelArg::F32(s.lr)];
            args.push(KernelArg::F32(s.weight_decay));
            if s.has_momentum {
                args.extend([KernelArg::F32(s.momentum), KernelArg::I64(i64::from(first))]);
            }
            args.push(KernelArg::Ptr(gpu.params));
            if s.has_momentum {
                args.push(KernelArg::Ptr(gpu.momentum.ok_or("no momentum buffer")?));
            }
            self.session.launch(local, kind, bucket.len, &args)?;
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

    fn start_profile(&mut self, epoch: std::time::Instant) {
        self.session.start_profile(epoch);
    }

    fn take_profile(&mut self) -> Vec<Vec<Slice>> {
        let mut tracks = self.session.finish_profile();
        let track = |r: usize| tracks.get_mut(r).map(std::mem::take).unwrap_or_default();
        self.session.replicas().into_iter().map(track).collect()
    }

    fn update(&mut self, s: SgdStep, first: bool) -> Result<(), (usize, String)> {
        for (local, r) in self.session.replicas().into_iter().enumerate() {
            self.update_gpu(local, s, first).map_err(|m| (r, m))?;
        }
        Ok(())
    }

    /// Reads whole buffers only (a bucket's, a running statistic's).
    fn state(&mut self, local: usize) -> Result<ReplicaState, String> {
        let b = self.bound;
        let (mut params, mut momenta) = (Vec::new(), Vec::new());
        for (bucket, gpu) in b.buckets.iter().zip(&self.buckets[local]) {
            params.push(self.session.read(local, gpu.params, bucket.len)?);
            momenta
                .push(gpu.momentum.map(|m| self.session.read(local, m, bucket.len)).transpose()?.unwrap_or_default());
        }
        let mut tensors = Vec::with_capacity(b.params.len() + b.stats.len());
        let mut momentum = Vec::with_capacity(b.params.len());
        for &(bucket, part) in &b.places {
            let p = b.buckets[bucket].parts[part];
            let range = p.offset..p.offset + p.len;
            tensors.push(params[bucket][range.clone()].to_vec());
            momentum.push(momenta[bucket].get(range).map(<[f32]>::to_vec).unwrap_or_default());
        }
        for (_, index, value) in &b.stats {
            let (ptr, len) = (self.session.initializer_ptr(local, *index)?, self.session.len(local, *value)?);
            tensors.push(self.session.read(local, ptr, len)?);
        }
        Ok(ReplicaState { tensors, momentum })
    }
}
