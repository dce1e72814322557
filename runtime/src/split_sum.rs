//! The in-process f32 all-reduce of one group of replicas in two halves, so that a parameter
//! gradient bucket's reduction overlaps the rest of the backward: `start` hands a member's payload
//! over and returns at once; `progress` (called between kernels) sums this member's slice of every
//! round whose payloads have all arrived; `finish` waits for the rest and gathers the sum.
//!
//! Each member sums its own slice of the payload over all members in member order
//! (`((p0 + p1) + p2) + ...`, a reduce-scatter), then every member copies every slice (an
//! all-gather): the work is split over the replicas' threads and the bits do not depend on which
//! thread arrives first or when a slice is summed. A member that needs only its own slice of the
//! sum (the optimizer's sharded update) finishes without the all-gather. Rounds are numbered by each member's count of
//! starts, so several buckets can be in flight; every member starts and finishes them in the same
//! order (the execution plan guarantees it).

use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Instant;

use crate::comm_error::CommError;

/// The split-phase f32 sums of the `members` replicas starting at replica `base`.
pub(crate) struct SplitSum {
    base: usize,
    members: usize,
    state: Mutex<Rounds>,
    cv: Condvar,
}

/// Every round in flight and each member's count of starts.
struct Rounds {
    started: Vec<u64>,
    rounds: BTreeMap<u64, Round>,
}

/// One all-reduce: every member's payload, the slices of the sum summed so far, and how many
/// members have gathered the sum.
struct Round {
    parts: Vec<Option<Arc<Vec<f32>>>>,
    sums: Vec<Option<Arc<Vec<f32>>>>,
    /// How many members have stored their slice's sum (a sum taken by its member stays counted).
    summed: usize,
    gathered: usize,
}

/// What a wait checks: whether the run was aborted, and the time after which it gives up.
pub(crate) struct Wait<'a> {
    /// Fails when another replica has aborted the run.
    pub check_abort: &'a dyn Fn() -> Result<(), CommError>,
    /// When the wait times out.
    pub deadline: Instant,
    /// The timeout, for the error.
    pub seconds: f64,
}

impl SplitSum {
    /// The sums of `members` replicas starting at replica `base`.
    pub(crate) fn new(base: usize, members: usize) -> Self {
        let state = Rounds { started: vec![0; members], rounds: BTreeMap::new() };
        SplitSum { base, members, state: Mutex::new(state), cv: Condvar::new() }
    }

    /// Hands member `local`'s payload `data` to its next round; returns the round's number.
    /// Fails when another member's payload of that round has a different length.
    pub(crate) fn start(&self, local: usize, data: Vec<f32>) -> Result<u64, CommError> {
        let mut state = self.lock();
        let seq = state.started[local];
        state.started[local] += 1;
        let members = self.members;
        let round = state.rounds.entry(seq).or_insert_with(|| Round::new(members));
        if let Some((i, other)) = round.parts.iter().enumerate().find_map(|(i, p)| Some((i, p.as_ref()?.len()))) {
            if other != data.len() {
                // Named in member order, whichever arrived first.
                let ((first, first_len), (replica, len)) =
                    if i < local { ((i, other), (local, data.len())) } else { ((local, data.len()), (i, other)) };
                let (first, replica) = (self.base + first, self.base + replica);
                return Err(CommError::LengthMismatch { first, first_len, replica, len });
            }
        }
        round.parts[local] = Some(Arc::new(data));
        self.cv.notify_all();
        Ok(seq)
    }

    /// Sums member `local`'s slice of every round whose payloads have all arrived and whose slice
    /// it has not summed yet; never waits for other members.
    pub(crate) fn progress(&self, local: usize) {
        loop {
            let ready = {
                let state = self.lock();
                state.rounds.iter().find_map(|(&seq, r)| r.ready_to_sum(local).map(|parts| (seq, parts)))
            };
            let Some((seq, parts)) = ready else { return };
            self.store_slice(local, seq, parts);
        }
    }

    /// Finishes round `seq` for member `local`: waits for every payload, sums this member's slice
    /// if `progress` has not, waits for every slice and returns the sum, in the buffer this member
    /// started the round with.
    pub(crate) fn finish(&self, local: usize, seq: u64, wait: &Wait) -> Result<Vec<f32>, CommError> {
        self.finish_with(local, seq, wait, |round, out| {
            let len = out.len();
            for (i, sum) in round.sums.iter().enumerate() {
                let sum = sum.as_ref().ok_or_else(|| gone(seq))?;
                out[syncbn_ir::shard::part(len, self.members, i)].copy_from_slice(sum);
            }
            Ok(())
        })
    }

    /// Finishes round `seq` for member `local` without the all-gather: waits as [`Self::finish`]
    /// does, then returns the payload this member started the round with, unchanged, and the sum
    /// of this member's slice (`syncbn_ir::shard::part(len, members, local)` of the payload).
    pub(crate) fn finish_own_slice(
        &self,
        local: usize,
        seq: u64,
        wait: &Wait,
    ) -> Result<(Vec<f32>, Vec<f32>), CommError> {
        let mut own = None;
        let payload = self.finish_with(local, seq, wait, |round, _| {
            let sum = round.sums[local].take().ok_or_else(|| gone(seq))?;
            own = Some(Arc::try_unwrap(sum).unwrap_or_else(|shared| shared.to_vec()));
            Ok(())
        })?;
        Ok((payload, own.ok_or_else(|| gone(seq))?))
    }

    /// Waits until every member has summed its slice of round `seq`, takes member `local`'s
    /// payload back and lets `take` read the round's sums into it before the member leaves.
    fn finish_with(
        &self,
        local: usize,
        seq: u64,
        wait: &Wait,
        take: impl FnOnce(&mut Round, &mut Vec<f32>) -> Result<(), CommError>,
    ) -> Result<Vec<f32>, CommError> {
        let arrived = |r: &Round| r.sums[local].is_some() || r.parts.iter().all(Option::is_some);
        self.wait_for(seq, wait, arrived, |r| &r.parts)?;
        let todo = self.lock().rounds.get(&seq).and_then(|r| r.ready_to_sum(local));
        if let Some(parts) = todo {
            self.store_slice(local, seq, parts);
        }
        self.wait_for(seq, wait, |r| r.summed == self.members, |r| &r.sums)?;
        let mut state = self.lock();
        let round = state.rounds.get_mut(&seq).ok_or_else(|| gone(seq))?;
        let own = round.parts[local].take().ok_or_else(|| gone(seq))?;
        let mut out = Arc::try_unwrap(own).unwrap_or_else(|shared| shared.to_vec());
        take(round, &mut out)?;
        round.gathered += 1;
        if round.gathered == self.members {
            state.rounds.remove(&seq);
        }
        Ok(out)
    }

    /// Wakes every waiter (after an abort).
    pub(crate) fn wake(&self) {
        let _state = self.lock();
        self.cv.notify_all();
    }

    /// Waits until round `seq` satisfies `done`; `slots` names, for a timeout, the members not
    /// yet there.
    fn wait_for(
        &self,
        seq: u64,
        wait: &Wait,
        done: impl Fn(&Round) -> bool,
        slots: impl Fn(&Round) -> &Vec<Option<Arc<Vec<f32>>>>,
    ) -> Result<(), CommError> {
        let mut state = self.lock();
        loop {
            (wait.check_abort)()?;
            let members = self.members;
            let round = state.rounds.entry(seq).or_insert_with(|| Round::new(members));
            if done(round) {
                return Ok(());
            }
            let now = Instant::now();
            if now >= wait.deadline {
                let missing =
                    (slots(round).iter().enumerate()).filter(|(_, s)| s.is_none()).map(|(i, _)| self.base + i);
                return Err(CommError::Timeout { missing: missing.collect(), seconds: wait.seconds });
            }
            state =
                self.cv.wait_timeout(state, wait.deadline - now).map(|(g, _)| g).unwrap_or_else(|p| p.into_inner().0);
        }
    }

    /// Sums member `local`'s slice of round `seq` over `parts` (outside the lock) and stores it,
    /// after letting go of the payloads (so that their owners get them back without a copy).
    fn store_slice(&self, local: usize, seq: u64, parts: Vec<Arc<Vec<f32>>>) {
        let range = syncbn_ir::shard::part(parts[0].len(), self.members, local);
        let mut sum = parts[0][range.clone()].to_vec();
        for part in &parts[1..] {
            sum.iter_mut().zip(&part[range.clone()]).for_each(|(s, p)| *s += p);
        }
        drop(parts);
        let mut state = self.lock();
        if let Some(round) = state.rounds.get_mut(&seq) {
            round.sums[local] = Some(Arc::new(sum));
            round.summed += 1;
        }
        self.cv.notify_all();
    }

    fn lock(&self) -> MutexGuard<'_, Rounds> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Round {
    fn new(members: usize) -> Self {
        Round { parts: vec![None; members], sums: vec![None; members], summed: 0, gathered: 0 }
    }

    /// Every payload, when all have arrived and member `local` has not summed its slice.
    fn ready_to_sum(&self, local: usize) -> Option<Vec<Arc<Vec<f32>>>> {
        if self.sums[local].is_some() {
            return None;
        }
        self.parts.iter().cloned().collect()
    }
}

/// The error of a round that vanished under a member (a broken invariant, reported, not panicked).
fn gone(seq: u64) -> CommError {
    CommError::Transport { message: format!("f32 all-reduce round {seq} lost its payloads") }
}
