//! A CPU replica of the training loop ([`Replicas`] for one replica on a host thread or an MPI
//! rank): its own copy of every trained initializer and momentum buffer in host memory, the plan
//! run by its [`ReplicaExecutor`], SGD through the generated `SgdUpdate` host kernel.

use super::replica::{Bound, Fill, Job, ReplicaState, Replicas};
use super::sgd::{sgd_update, SgdStep};
use crate::comm::Communicator;
use crate::cpu_kernels::CpuKernels;
use crate::executor::{PhaseTimes, ReplicaExecutor};

/// Replica `r` of a CPU training run.
pub(super) struct CpuReplica<'a> {
    r: usize,
    ex: ReplicaExecutor<'a>,
    kernels: &'a CpuKernels,
    comm: &'a dyn Communicator,
    bound: &'a Bound,
    /// Per parameter, its momentum buffer.
    momentum: Vec<Vec<f32>>,
}

impl<'a> CpuReplica<'a> {
    /// Replica `r` of `job` holding the job's start state.
    pub(super) fn new(
        job: &Job<'a>,
        r: usize,
        kernels: &'a CpuKernels,
        comm: &'a dyn Communicator,
    ) -> Result<Self, String> {
        let bound = job.bound;
        let empty: Vec<&[f32]> = vec![&[]; bound.inputs];
        let mut ex = ReplicaExecutor::new(job.plan, job.shared, empty, job.bindings(r))?;
        for (name, index, _) in bound.params.iter().chain(&bound.stats) {
            if let Some((_, values)) = job.start.tensors.get(name) {
                *ex.own_initializer(*index) = values.clone();
            }
        }
        let mut momentum = Vec::with_capacity(bound.params.len());
        for (name, index, _) in &bound.params {
            let len = ex.own_initializer(*index).len();
            momentum.push(job.start.momentum.get(name).cloned().unwrap_or_else(|| vec![0.0; len]));
        }
        Ok(CpuReplica { r, ex, kernels, comm, bound, momentum })
    }
}

impl Replicas for CpuReplica<'_> {
    fn replicas(&self) -> Vec<usize> {
        vec![self.r]
    }

    fn feed(&mut self, _local: usize, input: usize, fill: &mut Fill<'_>) -> Result<(), String> {
        fill(self.ex.own_input(input)).map_err(|e| e.to_string())
    }

    fn run_step(&mut self, step: usize) -> Result<(), (usize, String)> {
        let mut phases = PhaseTimes::default();
        (self.ex.run_step(self.r, step, self.kernels, self.comm, None, &mut phases))
            .map_err(|e| (self.r, e.to_string()))
    }

    fn loss(&mut self, _local: usize) -> Result<f32, String> {
        Ok(self.ex.value_f32(self.bound.loss)?.first().copied().unwrap_or(f32::NAN))
    }

    fn update(&mut self, s: SgdStep, first: bool) -> Result<(), (usize, String)> {
        let fail = |m: String| (self.r, m);
        for ((_, index, grad), buf) in self.bound.params.iter().zip(&mut self.momentum) {
            let buf: &mut [f32] = if s.has_momentum { buf } else { &mut [] };
            let module = self.kernels.module();
            (self.ex.update_initializer(*index, *grad, |p, g| sgd_update(module, p, g, buf, first, s)))
                .map_err(fail)?
                .map_err(fail)?;
        }
        for (_, index, updated) in &self.bound.stats {
            self.ex.update_initializer(*index, *updated, |p, v| p.copy_from_slice(v)).map_err(fail)?;
        }
        Ok(())
    }

    fn state(&mut self, _local: usize) -> Result<ReplicaState, String> {
        let names = self.bound.params.iter().chain(&self.bound.stats);
        let tensors = names.map(|(_, index, _)| self.ex.own_initializer(*index).clone()).collect();
        Ok(ReplicaState { tensors, momentum: self.momentum.clone() })
    }
}
