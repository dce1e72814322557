//! The interpreter's error type: parse errors with their line, launch errors, and faults of a running
//! kernel naming the kernel, the instruction (with its PTX line) and the address.

use thiserror::Error;

/// Everything that can go wrong while parsing PTX or running a launch.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum PtxError {
    /// The PTX text does not parse.
    #[error("PTX line {line}: {message}")]
    Parse {
        /// 1-based line of the PTX text.
        line: u32,
        /// What was expected.
        message: String,
    },
    /// An instruction the interpreter does not implement.
    #[error("PTX line {line}: unsupported instruction `{instruction}` ({reason})")]
    Unsupported {
        /// 1-based line of the PTX text.
        line: u32,
        /// The instruction as written.
        instruction: String,
        /// What about it is not supported.
        reason: String,
    },
    /// A launch that cannot start: unknown kernel, wrong arguments, bad geometry.
    #[error("launch of `{kernel}`: {message}")]
    Launch {
        /// The kernel asked for.
        kernel: String,
        /// What is wrong.
        message: String,
    },
    /// A running kernel did something undefined on a GPU.
    #[error("kernel `{kernel}`, block {block:?}, thread {thread:?}, PTX line {line} `{instruction}`: {fault}")]
    Fault {
        /// The kernel.
        kernel: String,
        /// The block index (x, y, z).
        block: [u32; 3],
        /// The thread index (x, y, z).
        thread: [u32; 3],
        /// 1-based PTX line of the faulting instruction.
        line: u32,
        /// The instruction as written.
        instruction: String,
        /// What went wrong.
        fault: Fault,
    },
    /// A device-memory call on the host side (copy, free) outside any allocation.
    #[error("device memory: {0}")]
    Memory(String),
}

/// What a running kernel did wrong.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum Fault {
    /// A load or store outside every allocation of its state space.
    #[error("{space} access of {size} bytes at address {address:#x} is out of bounds")]
    OutOfBounds {
        /// `global`, `shared`, `local` or `param`.
        space: &'static str,
        /// The address.
        address: u64,
        /// The access size in bytes.
        size: u32,
    },
    /// A load or store not aligned to its size.
    #[error("{space} access of {size} bytes at address {address:#x} is misaligned")]
    Misaligned {
        /// `global`, `shared`, `local` or `param`.
        space: &'static str,
        /// The address.
        address: u64,
        /// The access size in bytes.
        size: u32,
    },
    /// `bar.sync` not reached by every thread of the block at the same instruction.
    #[error("divergent barrier: {0}")]
    DivergentBarrier(String),
    /// `shfl.sync` with a lane outside its member mask, or a member lane that does not reach it.
    #[error("shuffle: {0}")]
    Shuffle(String),
    /// Integer division or remainder by zero.
    #[error("integer division by zero")]
    DivisionByZero,
    /// The launch ran more instructions than its budget (an endless loop).
    #[error("exceeded the budget of {0} executed instructions")]
    StepBudget(u64),
    /// The launch was still running at its watchdog deadline (a hung kernel).
    #[error("still running at the watchdog deadline (the kernel hangs or is too slow for the timeout)")]
    Deadline,
}

/// The result type of this crate.
pub type Result<T> = std::result::Result<T, PtxError>;
