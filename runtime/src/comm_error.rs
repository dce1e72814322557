//! The error of a collective ([`CommError`]), shared by the communicators and the split-phase sum.

/// Why a collective did not complete.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CommError {
    /// Another replica failed and aborted the run.
    #[error("aborted because replica {replica} failed: {reason}")]
    Aborted {
        /// The replica that failed first.
        replica: usize,
        /// Its error.
        reason: String,
    },
    /// Replicas did not arrive within the timeout.
    #[error("timed out after {seconds:.1} s waiting for replicas {missing:?}")]
    Timeout {
        /// The replicas that never arrived.
        missing: Vec<usize>,
        /// The timeout.
        seconds: f64,
    },
    /// The transport between processes failed or refused the payload (MPI).
    #[error("transport: {message}")]
    Transport {
        /// What failed.
        message: String,
    },
    /// Replicas of one group passed payloads of different lengths.
    #[error("replica {replica} passed {len} elements; replica {first} passed {first_len}")]
    LengthMismatch {
        /// The group's first replica.
        first: usize,
        /// Its payload length.
        first_len: usize,
        /// The disagreeing replica.
        replica: usize,
        /// Its payload length.
        len: usize,
    },
}
