//! Collectives between replicas: the `Communicator` interface and its in-process (threads) form.
//!
//! The in-process all-reduce adds the group's contributions in replica order (`r0 + r1 + ...`),
//! whichever thread arrives last, so results are bit-identical run to run; a group of one replica
//! costs nothing. The f32 all-reduce (parameter gradients) is a reduce-scatter then an all-gather
//! (`split_sum`): every member sums its own slice of the payload over all members, in
//! replica order, so the work is split over the replicas' threads and the result is the same bits
//! as one thread's sum; it can be started when a gradient bucket is ready and finished when its sum
//! is needed, the slices summed in between ([`Communicator::progress`]). A replica that fails
//! calls [`Communicator::abort`]; every replica waiting or arriving later gets an error naming it.
//! Every wait is bounded by a timeout, after which the waiter aborts the run naming the replicas
//! that never arrived.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

pub use crate::comm_error::CommError;
use crate::split_sum::{SplitSum, Wait};

/// Which replicas an all-reduce spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The replicas of the caller's sync group (BatchNorm statistics and their backward sums).
    Group,
    /// Every replica of the run (parameter gradients).
    World,
}

impl Scope {
    /// The scope an `AllReduce` node's `scope` attribute names (`"group"`, the default, or `"world"`).
    pub fn of_node(node: &syncbn_ir::Node) -> Option<Scope> {
        match syncbn_ir::ops::lowered::SCOPE.read(&node.attrs) {
            "group" => Some(Scope::Group),
            "world" => Some(Scope::World),
            _ => None,
        }
    }
}

/// Collectives among the replicas of one run. Every replica calls the same collectives in the
/// same order (the execution plan guarantees it).
pub trait Communicator: Send + Sync {
    /// Replaces `data` on `replica` by the element-wise sum of `data` over the replicas of `scope`,
    /// added in replica order.
    fn all_reduce_sum(&self, replica: usize, scope: Scope, data: &mut [f64]) -> Result<(), CommError>;
    /// The same sum handed to `read` wherever it lies, so that large payloads are not copied back:
    /// `data` may come back holding another buffer (contents unspecified) for the caller to reuse.
    fn all_reduce_sum_with(
        &self,
        replica: usize,
        scope: Scope,
        data: &mut Vec<f64>,
        read: &mut dyn FnMut(&[f64]),
    ) -> Result<(), CommError> {
        self.all_reduce_sum(replica, scope, data)?;
        read(data);
        Ok(())
    }
    /// Replaces `data` on `replica` by the element-wise f32 sum of `data` over the replicas of
    /// `scope`, added in replica order (`((r0 + r1) + r2) + ...`, the same bits on every
    /// communicator): a sum started and finished at once.
    fn all_reduce_sum_f32(&self, replica: usize, scope: Scope, data: &mut [f32]) -> Result<(), CommError> {
        let pending = self.start_sum_f32(replica, scope, data.to_vec())?;
        data.copy_from_slice(&self.finish_sum_f32(replica, pending)?);
        Ok(())
    }
    /// Starts the f32 sum of `data` over the replicas of `scope` ([`Self::all_reduce_sum_f32`]'s
    /// sum), to be finished by [`Self::finish_sum_f32`]; replicas start and finish their sums in
    /// the same order.
    fn start_sum_f32(&self, replica: usize, scope: Scope, data: Vec<f32>) -> Result<PendingSum, CommError>;
    /// Advances the started sums of `replica` without waiting for other replicas (called between
    /// kernels). By default there is nothing to advance.
    fn progress(&self, _replica: usize) {}
    /// Waits for a started sum and returns it, in the buffer it was started with.
    fn finish_sum_f32(&self, replica: usize, pending: PendingSum) -> Result<Vec<f32>, CommError>;
    /// Waits for a started sum like [`Self::finish_sum_f32`] but returns only the part of the sum
    /// that `replica` computed (a reduce-scatter without its all-gather), for an optimizer that
    /// updates its replicas' shared parameters slice by slice. By default the whole sum, which is
    /// that part when one replica does all the summing.
    fn finish_own_slice_f32(&self, replica: usize, pending: PendingSum) -> Result<OwnSlice, CommError> {
        let sum = self.finish_sum_f32(replica, pending)?;
        Ok(OwnSlice { payload: Vec::new(), range: 0..sum.len(), sum })
    }
    /// Waits until every replica of the run (all groups) has arrived.
    fn barrier(&self, replica: usize) -> Result<(), CommError>;
    /// Marks `replica` as failed: pending and later calls on every replica return
    /// [`CommError::Aborted`] naming the first replica that aborted.
    fn abort(&self, replica: usize, reason: &str);
    /// The first abort, if any: the replica and its reason.
    fn aborted_by(&self) -> Option<(usize, String)>;
}

/// One replica's part of an f32 sum ([`Communicator::finish_own_slice_f32`]).
#[derive(Debug)]
pub struct OwnSlice {
    /// The buffer the sum was started with, for reuse (contents unspecified; empty when it
    /// became `sum`).
    pub payload: Vec<f32>,
    /// Where the part lies in the payload.
    pub range: std::ops::Range<usize>,
    /// The part of the sum, `range.len()` values.
    pub sum: Vec<f32>,
}

/// An f32 sum begun by [`Communicator::start_sum_f32`].
#[derive(Debug)]
pub enum PendingSum {
    /// Already summed.
    Done(Vec<f32>),
    /// Round `round` of the replicas of `scope`, in flight.
    Started {
        /// Which replicas it spans.
        scope: Scope,
        /// The round's number among that scope's sums.
        round: u64,
    },
}

/// The in-process communicator for replicas that are threads of one process.
pub struct LocalComm {
    group_size: usize,
    groups: Vec<Rendezvous>,
    world: Rendezvous,
    abort: AbortState,
    timeout: Duration,
}

#[derive(Default)]
struct AbortState {
    flag: AtomicBool,
    first: Mutex<Option<(usize, String)>>,
}

/// A reusable meeting point of `members` replicas starting at replica `base`.
/// How long a member that arrives at a rendezvous yields the CPU before it sleeps until the last
/// member wakes it.
const YIELD_BEFORE_SLEEP: Duration = Duration::from_micros(200);

struct Rendezvous {
    base: usize,
    /// Each member's contribution to the current round, written before it marks its arrival.
    parts: Vec<Mutex<Vec<f64>>>,
    /// The members' f32 sums.
    f32_sums: SplitSum,
    state: Mutex<Round>,
    cv: Condvar,
    /// Rounds completed (`Round::generation`, readable without the lock).
    completed: AtomicU64,
}

struct Round {
    generation: u64,
    arrived: Vec<bool>,
    /// The last completed round's sum, shared with the members copying it out.
    result: Arc<Vec<f64>>,
}

impl LocalComm {
    /// A communicator for `replicas` replicas in consecutive sync groups of `group_size`, whose
    /// waits end with an error after `timeout`. `group_size` must divide `replicas`.
    pub fn new(replicas: usize, group_size: usize, timeout: Duration) -> Self {
        let group_size = group_size.clamp(1, replicas.max(1));
        let groups = (0..replicas / group_size).map(|g| Rendezvous::new(g * group_size, group_size)).collect();
        LocalComm { group_size, groups, world: Rendezvous::new(0, replicas), abort: AbortState::default(), timeout }
    }

    /// Runs `f` with this communicator's wait: aborts checked, the timeout from now.
    fn waiting<T>(&self, f: impl FnOnce(&Wait) -> T) -> T {
        let check_abort = || self.check_abort();
        let seconds = self.timeout.as_secs_f64();
        f(&Wait { check_abort: &check_abort, deadline: Instant::now() + self.timeout, seconds })
    }

    /// Where `replica` meets the others of `scope`.
    fn place(&self, replica: usize, scope: Scope) -> &Rendezvous {
        match scope {
            Scope::Group => &self.groups[replica / self.group_size],
            Scope::World => &self.world,
        }
    }

    /// Aborts the run for `e`, which `replica` met (unless another replica's abort caused it);
    /// returns `e`.
    fn fail(&self, replica: usize, e: CommError) -> CommError {
        if !matches!(e, CommError::Aborted { .. }) {
            self.abort(replica, &e.to_string());
        }
        e
    }

    fn check_abort(&self) -> Result<(), CommError> {
        if !self.abort.flag.load(Ordering::SeqCst) {
            return Ok(());
        }
        let (replica, reason) = self.aborted_by().unwrap_or((usize::MAX, String::new()));
        Err(CommError::Aborted { replica, reason })
    }

    /// Contributes `data` to `place` (swapping it with the member's buffer of the last round),
    /// waits for the round to complete and hands the sum to `read`, outside the round's lock. A
    /// place of one member returns at once: its sum is `data`.
    fn meet(
        &self,
        place: &Rendezvous,
        replica: usize,
        data: &mut Vec<f64>,
        read: &mut dyn FnMut(&[f64]),
    ) -> Result<(), CommError> {
        self.check_abort()?;
        if place.parts.len() == 1 {
            read(data);
            return Ok(());
        }
        let deadline = Instant::now() + self.timeout;
        let local = replica - place.base;
        {
            let mut part = lock(&place.parts[local]);
            if data.is_empty() {
                part.clear();
            } else {
                std::mem::swap(&mut *part, data);
            }
        }
        let mut round = lock(&place.state);
        self.check_abort()?;
        round.arrived[local] = true;
        if round.arrived.iter().all(|&a| a) {
            if let Err(e) = place.sum_in_order(&mut round) {
                drop(round);
                self.abort(replica, &e.to_string());
                return Err(e);
            }
            round.arrived.fill(false);
            round.generation += 1;
            place.completed.store(round.generation, Ordering::Release);
            place.cv.notify_all();
        } else {
            let generation = round.generation;
            drop(round);
            place.yield_until_past(generation);
            round = lock(&place.state);
            while round.generation == generation {
                self.check_abort()?;
                let now = Instant::now();
                if now >= deadline {
                    let missing = round.missing(place.base);
                    drop(round);
                    let err = CommError::Timeout { missing, seconds: self.timeout.as_secs_f64() };
                    self.abort(replica, &err.to_string());
                    return Err(err);
                }
                round =
                    place.cv.wait_timeout(round, deadline - now).map(|(g, _)| g).unwrap_or_else(|p| p.into_inner().0);
            }
        }
        let result = Arc::clone(&round.result);
        drop(round);
        read(&result);
        Ok(())
    }
}

impl Communicator for LocalComm {
    fn all_reduce_sum(&self, replica: usize, scope: Scope, data: &mut [f64]) -> Result<(), CommError> {
        let mut own = data.to_vec();
        self.all_reduce_sum_with(replica, scope, &mut own, &mut |sum| data.copy_from_slice(sum))
    }

    fn all_reduce_sum_with(
        &self,
        replica: usize,
        scope: Scope,
        data: &mut Vec<f64>,
        read: &mut dyn FnMut(&[f64]),
    ) -> Result<(), CommError> {
        self.meet(self.place(replica, scope), replica, data, read)
    }

    fn start_sum_f32(&self, replica: usize, scope: Scope, data: Vec<f32>) -> Result<PendingSum, CommError> {
        self.check_abort()?;
        let place = self.place(replica, scope);
        if place.parts.len() == 1 {
            return Ok(PendingSum::Done(data));
        }
        match place.f32_sums.start(replica - place.base, data) {
            Ok(round) => Ok(PendingSum::Started { scope, round }),
            Err(e) => Err(self.fail(replica, e)),
        }
    }

    fn progress(&self, replica: usize) {
        for scope in [Scope::Group, Scope::World] {
            let place = self.place(replica, scope);
            place.f32_sums.progress(replica - place.base);
        }
    }

    fn finish_sum_f32(&self, replica: usize, pending: PendingSum) -> Result<Vec<f32>, CommError> {
        let (scope, round) = match pending {
            PendingSum::Done(data) => return self.check_abort().map(|()| data),
            PendingSum::Started { scope, round } => (scope, round),
        };
        let place = self.place(replica, scope);
        let finished = self.waiting(|wait| place.f32_sums.finish(replica - place.base, round, wait));
        finished.map_err(|e| self.fail(replica, e))
    }

    fn finish_own_slice_f32(&self, replica: usize, pending: PendingSum) -> Result<OwnSlice, CommError> {
        let (scope, round) = match pending {
            PendingSum::Done(sum) => {
                self.check_abort()?;
                return Ok(OwnSlice { payload: Vec::new(), range: 0..sum.len(), sum });
            }
            PendingSum::Started { scope, round } => (scope, round),
        };
        let place = self.place(replica, scope);
        let local = replica - place.base;
        let finished = self.waiting(|wait| place.f32_sums.finish_own_slice(local, round, wait));
        let (payload, sum) = finished.map_err(|e| self.fail(replica, e))?;
        let range = syncbn_ir::shard::part(payload.len(), place.parts.len(), local);
        Ok(OwnSlice { payload, range, sum })
    }

    fn barrier(&self, replica: usize) -> Result<(), CommError> {
        self.meet(&self.world, replica, &mut Vec::new(), &mut |_| ())
    }

    fn abort(&self, replica: usize, reason: &str) {
        {
            let mut first = self.abort.first.lock().unwrap_or_else(|p| p.into_inner());
            if first.is_none() {
                *first = Some((replica, reason.to_string()));
            }
            self.abort.flag.store(true, Ordering::SeqCst);
        }
        for place in self.groups.iter().chain(std::iter::once(&self.world)) {
            {
                let _guard = lock(&place.state);
                place.cv.notify_all();
            }
            place.f32_sums.wake();
        }
    }

    fn aborted_by(&self) -> Option<(usize, String)> {
        self.abort.first.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Rendezvous {
    fn new(base: usize, members: usize) -> Self {
        let round = Round { generation: 0, arrived: vec![false; members], result: Arc::new(Vec::new()) };
        let parts = (0..members).map(|_| Mutex::new(Vec::new())).collect();
        let f32_sums = SplitSum::new(base, members);
        Rendezvous { base, parts, f32_sums, state: Mutex::new(round), cv: Condvar::new(), completed: AtomicU64::new(0) }
    }

    /// Yields the CPU until round `generation` is complete, for at most [`YIELD_BEFORE_SLEEP`]:
    /// where replica threads outnumber the cores, the members still on their way run meanwhile,
    /// and a member that arrives early is back without sleeping and being woken.
    fn yield_until_past(&self, generation: u64) {
        let start = Instant::now();
        while self.completed.load(Ordering::Acquire) <= generation && start.elapsed() < YIELD_BEFORE_SLEEP {
            std::thread::yield_now();
        }
    }

    /// Adds every member's contribution in replica order into `round.result`: the first member's
    /// buffer becomes the sum, and the previous sum's buffer, when no member still reads it, takes
    /// its place for the next round.
    fn sum_in_order(&self, round: &mut Round) -> Result<(), CommError> {
        let mut sum = Arc::get_mut(&mut round.result).map(std::mem::take).unwrap_or_default();
        std::mem::swap(&mut sum, &mut *lock(&self.parts[0]));
        for (i, part) in self.parts.iter().enumerate().skip(1) {
            let part = lock(part);
            if part.len() != sum.len() {
                let (first, first_len, replica, len) = (self.base, sum.len(), self.base + i, part.len());
                return Err(CommError::LengthMismatch { first, first_len, replica, len });
            }
            sum.iter_mut().zip(part.iter()).for_each(|(s, p)| *s += p);
        }
        round.result = Arc::new(sum);
        Ok(())
    }
}

impl Round {
    fn missing(&self, base: usize) -> Vec<usize> {
        (self.arrived.iter().enumerate()).filter(|(_, &a)| !a).map(|(i, _)| base + i).collect()
    }
}

/// Locks a mutex, recovering from poisoning (a panicking replica must not wedge the others).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_all<F>(replicas: usize, f: F) -> Vec<Result<Vec<f64>, CommError>>
    where
        F: Fn(usize) -> Result<Vec<f64>, CommError> + Sync,
    {
        std::thread::scope(|s| {
            let f = &f;
            let handles: Vec<_> = (0..replicas).map(|r| s.spawn(move || f(r))).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        })
    }

    #[test]
    fn sums_per_group_in_replica_order() {
        let comm = LocalComm::new(4, 2, Duration::from_secs(10));
        let out = run_all(4, |r| {
            let mut d = vec![r as f64, 1.0, 0.1 * r as f64];
            comm.all_reduce_sum(r, Scope::Group, &mut d)?;
            Ok(d)
        });
        assert_eq!(out[0].as_ref().unwrap(), &vec![1.0, 2.0, 0.0 + 0.1]);
        assert_eq!(out[1], out[0]);
        assert_eq!(out[2].as_ref().unwrap(), &vec![5.0, 2.0, 0.2 + 0.30000000000000004]);
        assert_eq!(out[3], out[2]);
    }

    #[test]
    fn order_is_fixed_whatever_the_arrival_order() {
        // Values whose float sum depends on the order: 1e16 + 1 + -1e16 + 1.
        let vals = [1e16, 1.0, -1e16, 1.0];
        let expected: f64 = ((1e16 + 1.0) + -1e16) + 1.0;
        for delay_rank in 0..4 {
            let comm = LocalComm::new(4, 4, Duration::from_secs(10));
            let out = run_all(4, |r| {
                if r == delay_rank {
                    std::thread::sleep(Duration::from_millis(20));
                }
                let mut d = vec![vals[r]];
                comm.all_reduce_sum(r, Scope::Group, &mut d)?;
                Ok(d)
            });
            for o in out {
                assert_eq!(o.unwrap()[0].to_bits(), expected.to_bits());
            }
        }
    }

    #[test]
    fn abort_wakes_every_waiter_with_the_failing_replica() {
        let comm = LocalComm::new(3, 3, Duration::from_secs(30));
        let out = run_all(3, |r| {
            if r == 1 {
                comm.abort(1, "injected");
                return Err(CommError::Aborted { replica: 1, reason: "self".into() });
            }
            let mut d = vec![1.0];
            comm.all_reduce_sum(r, Scope::Group, &mut d)?;
            Ok(d)
        });
        for r in [0, 2] {
            assert_eq!(out[r], Err(CommError::Aborted { replica: 1, reason: "injected".into() }));
        }
        assert_eq!(comm.aborted_by(), Some((1, "injected".to_string())));
    }

    #[test]
    fn a_missing_replica_ends_in_a_timeout_naming_it() {
        let comm = LocalComm::new(2, 2, Duration::from_millis(50));
        let mut d = vec![1.0];
        let err = comm.all_reduce_sum(0, Scope::Group, &mut d).unwrap_err();
        assert_eq!(err, CommError::Timeout { missing: vec![1], seconds: 0.05 });
        // The late replica now finds the run aborted instead of waiting.
        let err = comm.all_reduce_sum(1, Scope::Group, &mut d).unwrap_err();
        assert!(matches!(err, CommError::Aborted { replica: 0, .. }), "{err:?}");
    }

    #[test]
    fn mismatched_payloads_abort_the_group() {
        let comm = LocalComm::new(2, 2, Duration::from_secs(10));
        let out = run_all(2, |r| {
            let mut d = vec![1.0; 2 + r];
            comm.all_reduce_sum(r, Scope::Group, &mut d).map(|_| d)
        });
        assert!(out.iter().all(Result::is_err), "{out:?}");
    }

    #[test]
    fn f32_sums_are_replica_order_sums_split_over_the_members() {
        for (replicas, group, len) in [(3, 3, 7), (4, 2, 5), (4, 4, 2), (2, 2, 0), (5, 5, 1003)] {
            let comm = LocalComm::new(replicas, group, Duration::from_secs(10));
            let value = |r: usize, i: usize| ((r * 31 + i * 7) % 13) as f32 * 0.1 + 1e7 * ((r + i) % 2) as f32;
            let out: Vec<Vec<f32>> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..replicas)
                    .map(|r| {
                        let comm = &comm;
                        s.spawn(move || {
                            let mut last = Vec::new();
                            for round in 0..3 {
                                let mut d: Vec<f32> = (0..len).map(|i| value(r, i + round)).collect();
                                comm.all_reduce_sum_f32(r, Scope::Group, &mut d).unwrap();
                                last = d;
                            }
                            last
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            for (r, got) in out.iter().enumerate() {
                let base = r / group * group;
                let want: Vec<f32> = (0..len)
                    .map(|i| (base + 1..base + group).fold(value(base, i + 2), |s, m| s + value(m, i + 2)))
                    .collect();
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(got), bits(&want), "R={replicas} G={group} len={len} replica {r}");
            }
        }
    }

    #[test]
    fn f32_payloads_of_different_lengths_abort_the_group() {
        let comm = LocalComm::new(2, 2, Duration::from_secs(10));
        let out = run_all(2, |r| {
            let mut d = vec![1.0f32; 3 + r];
            comm.all_reduce_sum_f32(r, Scope::World, &mut d)?;
            Ok(Vec::new())
        });
        for o in out {
            let e = o.unwrap_err().to_string();
            assert!(e.contains("replica 1 passed 4 elements; replica 0 passed 3"), "{e}");
        }
    }

    /// The f32 value replica `r` contributes at `i` of round `k`: sums of these depend on the order.
    fn f32_value(r: usize, i: usize, k: usize) -> f32 {
        ((r * 31 + i * 7 + k) % 13) as f32 * 0.1 + 1e7 * ((r + i + k) % 2) as f32
    }

    /// Every replica of `replicas` starts `rounds` f32 sums of `len` values ([`f32_value`]),
    /// sleeping a replica-dependent time after each and advancing them where `progresses` says,
    /// then finishes them in order with `finish`; each replica's results.
    fn started_rounds<T: Send>(
        (replicas, len, rounds): (usize, usize, usize),
        progresses: impl Fn(usize) -> bool + Sync,
        finish: impl Fn(&LocalComm, usize, PendingSum) -> T + Sync,
    ) -> Vec<Vec<T>> {
        let comm = LocalComm::new(replicas, replicas, Duration::from_secs(10));
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..replicas)
                .map(|r| {
                    let (comm, progresses, finish) = (&comm, &progresses, &finish);
                    s.spawn(move || {
                        let mut pending = Vec::new();
                        for k in 0..rounds {
                            let data: Vec<f32> = (0..len).map(|i| f32_value(r, i, k)).collect();
                            pending.push(comm.start_sum_f32(r, Scope::World, data).unwrap());
                            std::thread::sleep(Duration::from_millis((r * 3) as u64));
                            if progresses(r) {
                                comm.progress(r);
                            }
                        }
                        pending.into_iter().map(|p| finish(comm, r, p)).collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        })
    }

    #[test]
    fn started_sums_finish_later_in_any_progress_order_with_replica_order_bits() {
        let (replicas, len, rounds) = (3, 11, 4);
        let finish = |comm: &LocalComm, r, p| comm.finish_sum_f32(r, p).unwrap();
        let out = started_rounds((replicas, len, rounds), |r| r != 1, finish);
        for (r, sums) in out.iter().enumerate() {
            for (k, got) in sums.iter().enumerate() {
                let want: Vec<u32> = (0..len)
                    .map(|i| (1..replicas).fold(f32_value(0, i, k), |s, m| s + f32_value(m, i, k)).to_bits())
                    .collect();
                assert_eq!(got.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), want, "replica {r} round {k}");
            }
        }
    }

    #[test]
    fn own_slices_are_the_replica_order_sums_of_disjoint_parts_covering_the_payload() {
        let (replicas, len, rounds) = (3, 11, 3);
        let finish = |comm: &LocalComm, r, p| comm.finish_own_slice_f32(r, p).unwrap();
        let out = started_rounds((replicas, len, rounds), |_| true, finish);
        for k in 0..rounds {
            let mut covered = vec![0; len];
            for (r, slices) in out.iter().enumerate() {
                let OwnSlice { payload, range, sum } = &slices[k];
                let mine: Vec<u32> = (0..len).map(|i| f32_value(r, i, k).to_bits()).collect();
                assert_eq!(payload.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), mine, "payload comes back as sent");
                assert_eq!(sum.len(), range.len());
                for (i, got) in range.clone().zip(sum) {
                    covered[i] += 1;
                    let want = (1..replicas).fold(f32_value(0, i, k), |s, m| s + f32_value(m, i, k));
                    assert_eq!(got.to_bits(), want.to_bits(), "replica {r} round {k} element {i}");
                }
            }
            assert_eq!(covered, vec![1; len], "round {k}: the slices cover the payload once");
        }
    }

    #[test]
    fn one_replica_gets_its_whole_sum_as_its_own_slice() {
        let comm = LocalComm::new(1, 1, Duration::from_secs(1));
        let pending = comm.start_sum_f32(0, Scope::World, vec![1.5, 2.5]).unwrap();
        let OwnSlice { payload, range, sum } = comm.finish_own_slice_f32(0, pending).unwrap();
        assert_eq!((payload.len(), range, sum), (0, 0..2, vec![1.5, 2.5]));
    }

    #[test]
    fn a_started_sum_that_a_replica_never_joins_times_out_naming_it() {
        let comm = LocalComm::new(2, 2, Duration::from_millis(50));
        let pending = comm.start_sum_f32(0, Scope::World, vec![1.0; 3]).unwrap();
        let err = comm.finish_sum_f32(0, pending).unwrap_err();
        assert_eq!(err, CommError::Timeout { missing: vec![1], seconds: 0.05 });
        let err = comm.start_sum_f32(1, Scope::World, vec![1.0; 3]).unwrap_err();
        assert!(matches!(err, CommError::Aborted { replica: 0, .. }), "{err:?}");
    }

    #[test]
    fn an_abort_wakes_a_replica_finishing_a_started_sum() {
        let comm = LocalComm::new(2, 2, Duration::from_secs(30));
        let out = run_all(2, |r| {
            if r == 1 {
                std::thread::sleep(Duration::from_millis(20));
                comm.abort(1, "injected");
                return Ok(Vec::new());
            }
            let pending = comm.start_sum_f32(0, Scope::World, vec![1.0])?;
            comm.finish_sum_f32(0, pending).map(|_| Vec::new())
        });
        assert_eq!(out[0], Err(CommError::Aborted { replica: 1, reason: "injected".into() }));
    }

    #[test]
    fn many_rounds_stay_consistent() {
        let comm = LocalComm::new(3, 3, Duration::from_secs(10));
        let out = run_all(3, |r| {
            let mut total = 0.0;
            for k in 0..200 {
                let mut d = vec![(r * k) as f64];
                comm.all_reduce_sum(r, Scope::Group, &mut d)?;
                total += d[0];
                comm.barrier(r)?;
            }
            Ok(vec![total])
        });
        let expected: f64 = (0..200).map(|k| (3 * k) as f64).sum();
        for o in out {
            assert_eq!(o.unwrap(), vec![expected]);
        }
    }
}
