//! A replica's membership of a team ([`crate::team`]): the plan steps it computes together with
//! the other in-process replicas of a run.

use std::ops::Range;
use std::sync::Arc;

use super::ReplicaExecutor;
use crate::cpu_kernels::CpuKernels;
use crate::cpu_ops::TeamOutput;
use crate::plan::Step;
use crate::team::Team;

impl ReplicaExecutor<'_> {
    /// From now on computes the weight-bound products of the plan ([`crate::cpu_ops::CpuOp::teams_up`])
    /// with `team`, whose replicas run the same plan: every launch of the CPU op table that teams
    /// up, except a sum into replica 0's output that is not a view into the payload of a bucket
    /// left out for the optimizer ([`Self::defer_in_place`], called before). Returns those views:
    /// the bucket's plan step and the range of its payload that replica 0's holds summed over the
    /// replicas after every step (the other replicas' payloads do not hold it).
    pub fn join_team(&mut self, team: Arc<Team>, kernels: &CpuKernels) -> Vec<(usize, Range<usize>)> {
        self.find_views(kernels);
        let mut summed = Vec::new();
        let mut steps = vec![false; self.plan.steps.len()];
        for (plan_step, step) in self.plan.steps.iter().enumerate() {
            let Step::Launch(l) = step else { continue };
            let op = crate::cpu_ops::find(&l.op).filter(|_| kernels.calls(&l.node).is_empty());
            let (Some(op), &[out]) = (op, &l.outputs[..]) else { continue };
            let inputs: Vec<Option<&[usize]>> = l.inputs.iter().map(|i| i.map(|v| self.shapes[v].as_slice())).collect();
            steps[plan_step] = match op.teams_up(&l.attrs, &inputs, &self.shapes[out]) {
                Some(TeamOutput::Own) => true,
                Some(TeamOutput::SummedIntoFirst) => match self.views.as_ref().and_then(|w| w.view(out)) {
                    Some((at, offset)) if self.deferred[at] => {
                        summed.push((at, offset..offset + self.lens[out]));
                        true
                    }
                    _ => false,
                },
                None => false,
            };
        }
        self.team = Some((team, steps));
        summed
    }
}
