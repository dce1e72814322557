//! Gathering every rank's step-0 outputs and step times on rank 0, in rank order.

use std::time::Duration;

use mpi::datatype::PartitionMut;
use mpi::topology::Communicator as _;
use mpi::traits::Root;

use super::world::MpiWorld;
use crate::comm::{CommError, Scope};
use crate::cpu::ReplicaRun;
use crate::executor::PhaseTimes;
use crate::RunError;

/// On rank 0, every rank's run (index = rank); `None` on the other ranks.
pub fn to_root(world: &MpiWorld, run: ReplicaRun) -> Result<Option<Vec<ReplicaRun>>, RunError> {
    let comm = world.comm();
    let fail = |e: CommError| RunError::ReplicaFailed { replica: world.rank(), step: 0, message: e.to_string() };
    let lens: Vec<f64> = run.outputs.iter().map(|o| o.len() as f64).collect();
    let all_lens = comm.all_gather(Scope::World, &lens).map_err(fail)?;
    let all_times = comm.all_gather(Scope::World, &flat_times(&run)).map_err(fail)?;
    let outputs_per_rank = lens.len().max(1);
    let mut gathered: Vec<Vec<Vec<f32>>> = vec![Vec::with_capacity(lens.len()); world.size()];
    for (i, mine) in run.outputs.iter().enumerate() {
        let counts: Vec<usize> = (0..world.size()).map(|r| all_lens[r * outputs_per_rank + i] as usize).collect();
        if let Some(parts) = gather_one(world, mine, &counts)? {
            for (r, part) in parts.into_iter().enumerate() {
                gathered[r].push(part);
            }
        }
    }
    if world.rank() != 0 {
        return Ok(None);
    }
    let steps = run.step_times.len();
    let runs = (gathered.into_iter().enumerate())
        .map(|(r, outputs)| {
            let times = &all_times[r * 3 * steps..(r + 1) * 3 * steps];
            let ms = |v: f64| Duration::from_secs_f64(v.max(0.0) / 1e3);
            ReplicaRun {
                outputs,
                step_times: times[..steps].iter().map(|&v| ms(v)).collect(),
                phases: (0..steps)
                    .map(|s| PhaseTimes { execute: ms(times[steps + s]), collectives: ms(times[2 * steps + s]) })
                    .collect(),
                slices: Vec::new(),
            }
        })
        .collect();
    Ok(Some(runs))
}

/// Step times, then execute times, then collective times, in ms.
fn flat_times(run: &ReplicaRun) -> Vec<f64> {
    let ms = |d: &Duration| d.as_secs_f64() * 1e3;
    (run.step_times.iter().map(ms))
        .chain(run.phases.iter().map(|p| ms(&p.execute)))
        .chain(run.phases.iter().map(|p| ms(&p.collectives)))
        .collect()
}

/// Gathers one output: on rank 0, every rank's part in rank order; `None` elsewhere.
fn gather_one(world: &MpiWorld, mine: &[f32], counts: &[usize]) -> Result<Option<Vec<Vec<f32>>>, RunError> {
    let total: usize = counts.iter().sum();
    if i32::try_from(total).is_err() {
        return Err(RunError::unsupported(
            "output",
            format!("an output of {total} values is too large to gather over MPI (limit {})", i32::MAX),
        ));
    }
    world.with_world(|w| {
        let root = w.process_at_rank(0);
        if w.rank() != 0 {
            root.gather_varcount_into(mine);
            return Ok(None);
        }
        let mut all = vec![0.0f32; total];
        let counts32: Vec<i32> = counts.iter().map(|&c| c as i32).collect();
        let displs: Vec<i32> = counts32.iter().scan(0, |at, &c| Some(std::mem::replace(at, *at + c))).collect();
        root.gather_varcount_into_root(mine, &mut PartitionMut::new(&mut all[..], &counts32[..], &displs[..]));
        let mut start = 0;
        Ok(Some(
            (counts.iter())
                .map(|&c| {
                    let part = all[start..start + c].to_vec();
                    start += c;
                    part
                })
                .collect(),
        ))
    })
}
