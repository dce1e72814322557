//! The MPI f32 all-reduce in two halves, so that a parameter-gradient bucket's sum overlaps the rest
//! of the backward across processes as it does between threads ([`crate::split_sum`]).
//!
//! A round is a nonblocking reduce-scatter (`MPI_Ialltoallv`: each rank receives its slice of every
//! rank's payload), this rank's slice summed in rank order (`((p0 + p1) + p2) + ...`, the bits of the
//! in-process sum), then a nonblocking all-gather of the summed slices (`MPI_Iallgatherv`) into the
//! payload buffer the round was started with. [`SplitSums::advance`] moves rounds on without waiting
//! (called between kernels and while a finish polls). Scatters and gathers each have a communicator
//! of their own, duplicated from the scope's: rounds are started in the same order on every rank, and
//! gathers are started in round order, so each communicator sees its collectives in one order on
//! every rank however the phases of different rounds interleave in time with the other collectives.
//! A round abandoned while MPI may still write into its buffers leaks them ([`Round`]'s `Drop`).

use std::collections::BTreeMap;

use mpi::datatype::Equivalence;
use mpi::ffi;
use mpi::raw::AsRaw;
use mpi::topology::{Communicator as _, SimpleCommunicator};

use super::request::{mpi_error, test};
use crate::comm::{CommError, Scope};

/// The split-phase f32 sums in flight on this rank, by round number.
pub(super) struct SplitSums {
    world: PhaseComms,
    group: PhaseComms,
    rounds: BTreeMap<u64, Round>,
    next: u64,
}

/// The communicators of one scope's rounds: one for the scatters, one for the gathers.
struct PhaseComms {
    scatter: SimpleCommunicator,
    gather: SimpleCommunicator,
}

/// Where a round stands.
enum Phase {
    Scattering,
    Gathering,
    Done,
    /// Its gather could not start (MPI holds none of its buffers); finishing it reports the error.
    Failed(CommError),
}

/// One all-reduce and the buffers MPI reads and writes while it is in flight.
struct Round {
    scope: Scope,
    phase: Phase,
    request: ffi::MPI_Request,
    /// This rank's payload (sent by the scatter), then the whole sum (received by the gather).
    payload: Vec<f32>,
    /// This rank's slice of every member's payload, member after member.
    slices: Vec<f32>,
    /// This rank's slice of the sum.
    own: Vec<f32>,
    /// Each member's slice length and offset in the payload.
    counts: Vec<i32>,
    displs: Vec<i32>,
    /// This rank's slice length (`counts[local]`) for every member, and where each lands in `slices`.
    own_counts: Vec<i32>,
    own_displs: Vec<i32>,
}

impl SplitSums {
    /// The sums of `world` and of this rank's sync group `group` (each duplicated twice).
    pub(super) fn new(world: &SimpleCommunicator, group: &SimpleCommunicator) -> Self {
        let comms = |c: &SimpleCommunicator| PhaseComms { scatter: c.duplicate(), gather: c.duplicate() };
        SplitSums { world: comms(world), group: comms(group), rounds: BTreeMap::new(), next: 0 }
    }

    /// Starts the sum of `data` over the scope's members: scatters this rank's payload; returns the
    /// round's number.
    pub(super) fn start(&mut self, scope: Scope, data: Vec<f32>) -> Result<u64, CommError> {
        let comm = &self.comms(scope).scatter;
        let (members, local) = (comm.size() as usize, comm.rank() as usize);
        let len = i32::try_from(data.len())
            .map_err(|_| CommError::Transport { message: format!("payload of {} values is too long", data.len()) })?;
        let (counts, displs): (Vec<i32>, Vec<i32>) = (0..members)
            .map(|j| syncbn_ir::shard::part(len as usize, members, j))
            .map(|r| (r.len() as i32, r.start as i32))
            .unzip();
        let own_len = counts[local];
        let own_displs = (0..members as i32).map(|j| j * own_len).collect();
        let mut round = Round {
            scope,
            phase: Phase::Scattering,
            // SAFETY: RSMPI_REQUEST_NULL is a constant handle.
            request: unsafe { ffi::RSMPI_REQUEST_NULL },
            payload: data,
            slices: vec![0.0; own_len as usize * members],
            own: Vec::new(),
            counts,
            displs,
            own_counts: vec![own_len; members],
            own_displs,
        };
        let dtype = f32::equivalent_datatype().as_raw();
        // SAFETY: every buffer and count array lives in `round`, which the map keeps until the request
        // completes or leaks when it is abandoned; `slices` holds members * own_len values.
        let rc = unsafe {
            ffi::MPI_Ialltoallv(
                round.payload.as_ptr().cast(),
                round.counts.as_ptr(),
                round.displs.as_ptr(),
                dtype,
                round.slices.as_mut_ptr().cast(),
                round.own_counts.as_ptr(),
                round.own_displs.as_ptr(),
                dtype,
                comm.as_raw(),
                &mut round.request,
            )
        };
        if rc != 0 {
            round.phase = Phase::Done;
            return Err(mpi_error("MPI_Ialltoallv", rc));
        }
        let number = self.next;
        self.next += 1;
        self.rounds.insert(number, round);
        Ok(number)
    }

    /// Moves every round on as far as it goes without waiting: a finished scatter has its slice summed
    /// and its gather started (in round order: a round still scattering holds back the later ones), a
    /// finished gather completes its round.
    pub(super) fn advance(&mut self) -> Result<(), CommError> {
        let SplitSums { world, group, rounds, .. } = self;
        for round in rounds.values_mut() {
            match round.phase {
                Phase::Scattering if !test(&mut round.request)? => return Ok(()),
                Phase::Scattering => {
                    let comms = if round.scope == Scope::World { &*world } else { &*group };
                    round.gather(&comms.gather)?;
                }
                Phase::Gathering if test(&mut round.request)? => round.phase = Phase::Done,
                Phase::Gathering | Phase::Done | Phase::Failed(_) => {}
            }
        }
        Ok(())
    }

    /// The sum of round `number` when it is complete (the round is then forgotten).
    pub(super) fn take(&mut self, number: u64) -> Result<Option<Vec<f32>>, CommError> {
        match self.rounds.get(&number).map(|r| &r.phase) {
            None => Err(CommError::Transport { message: format!("f32 sum round {number} was not started here") }),
            Some(Phase::Done) => Ok(self.rounds.remove(&number).map(|mut r| std::mem::take(&mut r.payload))),
            Some(Phase::Failed(e)) => Err(e.clone()),
            Some(Phase::Scattering | Phase::Gathering) => Ok(None),
        }
    }

    fn comms(&self, scope: Scope) -> &PhaseComms {
        match scope {
            Scope::World => &self.world,
            Scope::Group => &self.group,
        }
    }
}

impl Round {
    /// Sums this rank's slice over the members in rank order and starts gathering every slice into
    /// the payload.
    fn gather(&mut self, comm: &SimpleCommunicator) -> Result<(), CommError> {
        let own_len = self.own_counts[0] as usize;
        self.own = self.slices[..own_len].to_vec();
        if own_len > 0 {
            for part in self.slices.chunks_exact(own_len).skip(1) {
                self.own.iter_mut().zip(part).for_each(|(s, &p)| *s += p);
            }
        }
        self.phase = Phase::Gathering;
        let dtype = f32::equivalent_datatype().as_raw();
        // SAFETY: as for the scatter: `own` holds own_len values and `payload` the sum of every
        // member's count; all stay in the round until the request completes or leak with it.
        let rc = unsafe {
            ffi::MPI_Iallgatherv(
                self.own.as_ptr().cast(),
                own_len as i32,
                dtype,
                self.payload.as_mut_ptr().cast(),
                self.counts.as_ptr(),
                self.displs.as_ptr(),
                dtype,
                comm.as_raw(),
                &mut self.request,
            )
        };
        if rc != 0 {
            self.phase = Phase::Failed(mpi_error("MPI_Iallgatherv", rc));
            return Err(mpi_error("MPI_Iallgatherv", rc));
        }
        Ok(())
    }
}

impl Drop for Round {
    /// A round dropped in flight (its run failed) leaks its buffers: MPI may still write into them.
    fn drop(&mut self) {
        if matches!(self.phase, Phase::Scattering | Phase::Gathering) {
            for buffer in [&mut self.payload, &mut self.slices, &mut self.own] {
                std::mem::forget(std::mem::take(buffer));
            }
            for counts in [&mut self.counts, &mut self.displs, &mut self.own_counts, &mut self.own_displs] {
                std::mem::forget(std::mem::take(counts));
            }
        }
    }
}
