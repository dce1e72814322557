//! The MPI communicator: [`Communicator`] over MPI processes (one replica per rank) with the
//! in-process communicator's fixed reduction order, a deadline on every wait and an out-of-band
//! abort notice.
//!
//! An f64 all-reduce (BatchNorm statistics) is a nonblocking all-gather of every member's payload,
//! polled until it completes, then a local sum in rank order (`r0 + r1 + ...`): every member adds the
//! same numbers in the same order, so the sum is bit-identical on every member, run to run, and equal
//! to [`crate::LocalComm`]'s (`MPI_Allreduce` leaves the order unspecified). An f32 all-reduce
//! (parameter gradients) is a reduce-scatter, each rank summing its slice in rank order, then an
//! all-gather, started and finished apart so that it overlaps the backward ([`super::split_sum`]).
//! While it polls, a rank watches for an abort notice (a point-to-point message with tag [`TAG_ABORT`] carrying the failed
//! rank's error) and for its deadline; either ends the wait with an error instead of a hang. The
//! buffers of a collective abandoned that way are leaked on purpose: MPI may still write into them,
//! and the process is about to end the job (see [`super::world::MpiWorld::fail`]).

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use mpi::datatype::Equivalence;
use mpi::ffi;
use mpi::point_to_point::{Destination, MatchedReceiveVec, Source};
use mpi::raw::AsRaw;
use mpi::topology::{Color, Communicator as _, SimpleCommunicator};

use super::request::{mpi_error, test};
use super::split_sum::SplitSums;
use crate::comm::{CommError, Communicator, PendingSum, Scope};

/// Tag of the abort notice a failed rank sends every other rank (its error text, UTF-8).
pub const TAG_ABORT: i32 = 0x5b01;
/// Tag of the acknowledgement a rank sends back once it has reported an abort notice.
pub const TAG_ACK: i32 = 0x5b02;
/// Longest error text an abort notice carries, in bytes.
const MAX_NOTICE: usize = 2048;

/// Collectives among the ranks of `MPI_COMM_WORLD`, each rank being the replica of the same index.
pub struct MpiComm {
    rank: usize,
    size: usize,
    group_size: usize,
    timeout: Duration,
    handles: Mutex<Handles>,
    first_abort: Mutex<Option<(usize, String)>>,
}

/// The MPI communicators; every MPI call goes through them with the lock held.
pub(super) struct Handles {
    /// `MPI_COMM_WORLD`.
    pub world: SimpleCommunicator,
    /// This rank's sync group: consecutive ranks of `group_size`, in world order.
    group: SimpleCommunicator,
    /// Whether this rank has sent its abort notice.
    notified: bool,
    /// The f32 sums in flight.
    sums: SplitSums,
}

// SAFETY: MPI is initialized with MPI_THREAD_SERIALIZED (checked by `MpiWorld::init`), so MPI may be
// called from any thread as long as calls never overlap; every MPI call made through an `MpiComm`
// holds the `handles` lock. The communicator handles are process-wide identifiers, valid on any thread.
unsafe impl Send for MpiComm {}
// SAFETY: as for `Send`: shared access reaches MPI only through the `handles` lock.
unsafe impl Sync for MpiComm {}

impl MpiComm {
    /// The communicator of `world` with sync groups of `group_size` consecutive ranks (which must
    /// divide the world size), whose waits end with an error after `timeout`.
    pub(super) fn new(world: SimpleCommunicator, group_size: usize, timeout: Duration) -> Result<Self, CommError> {
        let (rank, size) = (world.rank() as usize, world.size() as usize);
        let color = Color::with_value((rank / group_size.max(1)) as i32);
        let group = world
            .split_by_color_with_key(color, rank as i32)
            .ok_or_else(|| CommError::Transport { message: "MPI_Comm_split returned no group communicator".into() })?;
        let sums = SplitSums::new(&world, &group);
        let handles = Mutex::new(Handles { world, group, notified: false, sums });
        Ok(MpiComm { rank, size, group_size, timeout, handles, first_abort: Mutex::new(None) })
    }

    /// This process's rank in `MPI_COMM_WORLD`.
    pub fn rank(&self) -> usize {
        self.rank
    }

    /// The number of ranks.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Every member's `data` of `scope`, concatenated in rank order; `data` must have the same length
    /// on every member.
    pub fn all_gather<T: Equivalence + Copy + Default>(&self, scope: Scope, data: &[T]) -> Result<Vec<T>, CommError> {
        self.check_abort()?;
        let mut h = self.lock();
        let (comm, members) = match scope {
            Scope::Group => (&h.group, self.group_size),
            Scope::World => (&h.world, self.size),
        };
        let count = i32::try_from(data.len())
            .ok()
            .filter(|_| data.len().checked_mul(members).is_some_and(|n| n <= i32::MAX as usize))
            .ok_or_else(|| CommError::Transport { message: format!("payload of {} values is too long", data.len()) })?;
        let send = data.to_vec();
        let mut recv = vec![T::default(); data.len() * members];
        let dtype = T::equivalent_datatype().as_raw();
        // SAFETY: RSMPI_REQUEST_NULL is a constant handle.
        let mut request = unsafe { ffi::RSMPI_REQUEST_NULL };
        // SAFETY: `send` holds `count` values of `dtype` and `recv` `members * count`; both stay alive until the
        // request completes, or for the rest of the process when it is abandoned (leaked below).
        let rc = unsafe {
            ffi::MPI_Iallgather(
                send.as_ptr().cast(),
                count,
                dtype,
                recv.as_mut_ptr().cast(),
                count,
                dtype,
                comm.as_raw(),
                &mut request,
            )
        };
        let result =
            if rc == 0 { self.wait(&mut h, &mut request, scope) } else { Err(mpi_error("MPI_Iallgather", rc)) };
        match result {
            Ok(()) => Ok(recv),
            Err(e) => {
                std::mem::forget(send);
                std::mem::forget(recv);
                Err(e)
            }
        }
    }

    /// Runs `f` on the MPI handles with the lock held.
    pub(super) fn with_handles<T>(&self, f: impl FnOnce(&mut Handles) -> T) -> T {
        f(&mut self.lock())
    }

    /// Runs `f` on this rank's sync-group communicator with the lock held.
    #[cfg(feature = "cuda")]
    pub(super) fn with_group<T>(&self, f: impl FnOnce(&SimpleCommunicator) -> T) -> T {
        f(&self.lock().group)
    }

    /// Takes a pending abort notice from another rank, if one came: that rank and its error.
    pub(super) fn take_notice(&self, h: &Handles) -> Option<(usize, String)> {
        let notice = h.world.any_process().immediate_matched_probe_with_tag(TAG_ABORT)?;
        let (bytes, status) = notice.matched_receive_vec::<u8>();
        let from = status.source_rank() as usize;
        let reason = String::from_utf8_lossy(&bytes).into_owned();
        self.record_abort(from, &reason);
        Some((from, reason))
    }

    fn lock(&self) -> MutexGuard<'_, Handles> {
        self.handles.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn check_abort(&self) -> Result<(), CommError> {
        match self.aborted_by() {
            Some((replica, reason)) => Err(CommError::Aborted { replica, reason }),
            None => Ok(()),
        }
    }

    fn record_abort(&self, replica: usize, reason: &str) {
        let mut first = self.first_abort.lock().unwrap_or_else(|p| p.into_inner());
        first.get_or_insert_with(|| (replica, reason.to_string()));
    }

    /// Polls `request` until it completes, an abort notice arrives or the deadline passes.
    fn wait(&self, h: &mut Handles, request: &mut ffi::MPI_Request, scope: Scope) -> Result<(), CommError> {
        self.poll(h, scope, |_| Ok(test(request)?.then_some(())))
    }

    /// Calls `ready` until it has a value, an abort notice arrives or the deadline passes.
    fn poll<T>(
        &self,
        h: &mut Handles,
        scope: Scope,
        mut ready: impl FnMut(&mut Handles) -> Result<Option<T>, CommError>,
    ) -> Result<T, CommError> {
        let deadline = Instant::now() + self.timeout;
        let mut polls = 0u32;
        loop {
            if let Some(value) = ready(h)? {
                return Ok(value);
            }
            if let Some((replica, reason)) = self.take_notice(h) {
                return Err(CommError::Aborted { replica, reason });
            }
            if Instant::now() >= deadline {
                let err = CommError::Timeout { missing: self.others(scope), seconds: self.timeout.as_secs_f64() };
                self.record_abort(self.rank, &err.to_string());
                return Err(err);
            }
            back_off(&mut polls);
        }
    }

    /// The members of `scope` other than this rank (the ones a timed-out wait was waiting for).
    fn others(&self, scope: Scope) -> Vec<usize> {
        let members = match scope {
            Scope::Group => {
                let base = self.rank / self.group_size * self.group_size;
                base..base + self.group_size
            }
            Scope::World => 0..self.size,
        };
        members.filter(|&r| r != self.rank).collect()
    }

    /// Sends this rank's abort notice to every other rank, once.
    fn notify(&self, h: &mut Handles, reason: &str) {
        if std::mem::replace(&mut h.notified, true) {
            return;
        }
        let mut end = reason.len().min(MAX_NOTICE);
        while !reason.is_char_boundary(end) {
            end -= 1;
        }
        let bytes = &reason.as_bytes()[..end];
        for peer in (0..self.size).filter(|&p| p != self.rank) {
            h.world.process_at_rank(peer as i32).send_with_tag(bytes, TAG_ABORT);
        }
    }
}

impl Communicator for MpiComm {
    fn all_reduce_sum(&self, _replica: usize, scope: Scope, data: &mut [f64]) -> Result<(), CommError> {
        let all = self.all_gather(scope, data)?;
        sum_in_rank_order(&all, data);
        Ok(())
    }

    /// Starts the round's reduce-scatter ([`super::split_sum`]); a scope of one rank is summed at once.
    fn start_sum_f32(&self, _replica: usize, scope: Scope, data: Vec<f32>) -> Result<PendingSum, CommError> {
        self.check_abort()?;
        if self.others(scope).is_empty() {
            return Ok(PendingSum::Done(data));
        }
        let round = self.lock().sums.start(scope, data)?;
        Ok(PendingSum::Started { scope, round })
    }

    /// Moves the started sums on; an error is left for the finish that waits on it to report.
    fn progress(&self, _replica: usize) {
        let _ = self.lock().sums.advance();
    }

    fn finish_sum_f32(&self, _replica: usize, pending: PendingSum) -> Result<Vec<f32>, CommError> {
        let (scope, round) = match pending {
            PendingSum::Done(data) => return self.check_abort().map(|()| data),
            PendingSum::Started { scope, round } => (scope, round),
        };
        self.check_abort()?;
        self.poll(&mut self.lock(), scope, |h| {
            h.sums.advance()?;
            h.sums.take(round)
        })
    }

    fn barrier(&self, _replica: usize) -> Result<(), CommError> {
        self.check_abort()?;
        let mut h = self.lock();
        // SAFETY: RSMPI_REQUEST_NULL is a constant handle.
        let mut request = unsafe { ffi::RSMPI_REQUEST_NULL };
        // SAFETY: a barrier has no buffers; `request` receives the new handle.
        let rc = unsafe { ffi::MPI_Ibarrier(h.world.as_raw(), &mut request) };
        if rc != 0 {
            return Err(mpi_error("MPI_Ibarrier", rc));
        }
        self.wait(&mut h, &mut request, Scope::World)
    }

    /// Records the abort; when `replica` is this rank, also sends every other rank the notice.
    fn abort(&self, replica: usize, reason: &str) {
        self.record_abort(replica, reason);
        if replica == self.rank {
            self.notify(&mut self.lock(), reason);
        }
    }

    fn aborted_by(&self) -> Option<(usize, String)> {
        self.first_abort.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// `data` = the sum of the gathered members' payloads (`all`, rank after rank), added in rank order.
fn sum_in_rank_order<T: Copy + std::ops::AddAssign>(all: &[T], data: &mut [T]) {
    let mut parts = all.chunks_exact(data.len().max(1));
    if let Some(first) = parts.next() {
        data.copy_from_slice(&first[..data.len()]);
    }
    for part in parts {
        data.iter_mut().zip(part).for_each(|(s, &p)| *s += p);
    }
}

/// Yields the processor while polling (ranks may outnumber cores), then sleeps briefly.
fn back_off(polls: &mut u32) {
    *polls = polls.saturating_add(1);
    if *polls < 64 {
        std::thread::yield_now();
    } else {
        std::thread::sleep(Duration::from_micros(50));
    }
}
