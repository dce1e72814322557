//! Launch and bootstrap under `mpirun`: MPI initialization, this process's rank and node-local rank,
//! its communicator, and ending the whole job when a rank fails.
//!
//! A failed rank must take every rank down with a message naming it, in bounded time. The rank whose
//! own work failed (the origin) sends every other rank an abort notice ([`super::comm::TAG_ABORT`])
//! and waits, at most [`ACK_WAIT`], for each to acknowledge that it has printed its message; then it
//! calls `MPI_Abort`, which ends every process of the job. A rank that learns of another's failure
//! acknowledges and waits, at most [`FOLLOWER_WAIT`], for that abort before aborting itself. A
//! killed process is detected by `mpirun`, which then ends the job.

use std::time::{Duration, Instant};

use mpi::environment::Universe;
use mpi::point_to_point::{Destination, MatchedReceiveVec, Source};
use mpi::topology::{Communicator as _, SimpleCommunicator};
use mpi::Threading;

use super::comm::{MpiComm, TAG_ACK};
use crate::comm::Communicator;
use crate::RunError;

/// Longest wait of a failed rank for the others' acknowledgements.
pub const ACK_WAIT: Duration = Duration::from_secs(5);
/// Longest wait of a rank that acknowledged an abort notice for the job to end.
pub const FOLLOWER_WAIT: Duration = Duration::from_secs(15);

/// This process's place in an MPI job: one replica per rank.
pub struct MpiWorld {
    comm: MpiComm,
    local_rank: usize,
    local_size: usize,
    // Dropped last: finalizes MPI after the communicators are freed.
    _universe: Universe,
}

impl MpiWorld {
    /// Initializes MPI (thread level `MPI_THREAD_SERIALIZED`) and splits the world into sync groups
    /// of `group_size` consecutive ranks (`None`: one group), whose waits end after `timeout`.
    pub fn init(group_size: Option<usize>, timeout: Duration) -> Result<MpiWorld, RunError> {
        let unavailable = |m: &str| RunError::DeviceUnavailable(format!("MPI: {m}"));
        let (universe, level) = mpi::initialize_with_threading(Threading::Serialized)
            .ok_or_else(|| unavailable("MPI is already initialized in this process"))?;
        if level < Threading::Serialized {
            return Err(unavailable("the MPI library does not provide MPI_THREAD_SERIALIZED"));
        }
        let world = universe.world();
        let size = world.size() as usize;
        let group_size = group_size.unwrap_or(size);
        crate::plan::check_replicas(size, group_size)?;
        let node = world.split_shared(world.rank());
        let (local_rank, local_size) = (node.rank() as usize, node.size() as usize);
        let comm = MpiComm::new(world, group_size, timeout).map_err(|e| unavailable(&e.to_string()))?;
        Ok(MpiWorld { comm, local_rank, local_size, _universe: universe })
    }

    /// This process's rank: the replica it runs.
    pub fn rank(&self) -> usize {
        self.comm.rank()
    }

    /// The number of ranks: the replica count R.
    pub fn size(&self) -> usize {
        self.comm.size()
    }

    /// This process's rank among the ranks on its node (the GPU it drives).
    pub fn local_rank(&self) -> usize {
        self.local_rank
    }

    /// The number of ranks on this process's node.
    pub fn local_size(&self) -> usize {
        self.local_size
    }

    /// The communicator of the job.
    pub fn comm(&self) -> &MpiComm {
        &self.comm
    }

    /// Runs `f` on `MPI_COMM_WORLD` with the communicator's lock held.
    pub(super) fn with_world<T>(&self, f: impl FnOnce(&SimpleCommunicator) -> T) -> T {
        self.comm.with_handles(|h| f(&h.world))
    }

    /// Ends the whole job with exit status `code` after this rank failed with `message` (already
    /// printed by the caller) or learned of another rank's failure. Never returns.
    pub fn fail(&self, code: i32, message: &str) -> ! {
        match self.comm.aborted_by() {
            Some((origin, _)) if origin != self.rank() => self.follow(origin, code),
            _ => self.originate(code, message),
        }
    }

    /// This rank failed: notify the others, wait for their acknowledgements, end the job.
    fn originate(&self, code: i32, message: &str) -> ! {
        self.comm.abort(self.rank(), message);
        let deadline = Instant::now() + ACK_WAIT;
        let mut pending = self.size() - 1;
        while pending > 0 && Instant::now() < deadline {
            self.comm.with_handles(|h| {
                while let Some(ack) = h.world.any_process().immediate_matched_probe_with_tag(TAG_ACK) {
                    let _ = ack.matched_receive_vec::<u8>();
                    pending = pending.saturating_sub(1);
                }
                // Another rank that failed at the same time waits for this one's acknowledgement.
                while let Some((other, _)) = self.comm.take_notice(h) {
                    h.world.process_at_rank(other as i32).send_with_tag(&[0u8][..], TAG_ACK);
                }
            });
            std::thread::sleep(Duration::from_millis(2));
        }
        self.abort_job(code)
    }

    /// Rank `origin` failed and this rank has printed so: acknowledge, then wait for the job to end.
    fn follow(&self, origin: usize, code: i32) -> ! {
        self.comm.with_handles(|h| h.world.process_at_rank(origin as i32).send_with_tag(&[0u8][..], TAG_ACK));
        std::thread::sleep(FOLLOWER_WAIT);
        self.abort_job(code)
    }

    fn abort_job(&self, code: i32) -> ! {
        use std::io::Write;
        let _ = std::io::stderr().flush();
        let _ = std::io::stdout().flush();
        self.comm.with_handles(|h| h.world.abort(code));
        // MPI_Abort does not return; should it, this process ends anyway.
        std::process::exit(code)
    }
}
