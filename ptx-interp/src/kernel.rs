//! What a decoded kernel is and how it is launched: its parameters, instructions, launch geometry,
//! and the PTX source lines that errors quote.

use std::time::Instant;

use crate::instr::Inst;

/// One `.param` of a kernel.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamDecl {
    /// The parameter's name.
    pub name: String,
    /// Its offset in the parameter space.
    pub offset: u32,
    /// Its size in bytes.
    pub size: u32,
}

/// One `.entry` kernel, decoded.
#[derive(Clone, Debug)]
pub struct Kernel {
    /// The kernel's symbol.
    pub name: String,
    /// Its parameters in order.
    pub params: Vec<ParamDecl>,
    /// Bytes of the parameter space.
    pub param_bytes: u32,
    /// Bytes of static shared memory per block.
    pub shared_bytes: u64,
    /// Bytes of local memory per thread.
    pub local_bytes: u64,
    /// Registers per thread (every declared register, predicates included).
    pub regs: u32,
    /// The instructions.
    pub insts: Vec<Inst>,
}

/// A launch's geometry and limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaunchConfig {
    /// Blocks per grid (x, y, z).
    pub grid: [u32; 3],
    /// Threads per block (x, y, z).
    pub block: [u32; 3],
    /// Dynamic shared memory bytes per block.
    pub dynamic_shared_bytes: u32,
    /// The most instructions the whole launch may execute before it fails (catches endless loops).
    pub step_budget: u64,
    /// The watchdog: a launch still running at this instant fails (`None`: no deadline).
    pub deadline: Option<Instant>,
}

impl LaunchConfig {
    /// A 1-D launch of `grid` blocks of `block` threads with the default budget.
    pub fn linear(grid: u32, block: u32) -> Self {
        LaunchConfig {
            grid: [grid, 1, 1],
            block: [block, 1, 1],
            dynamic_shared_bytes: 0,
            step_budget: 1 << 34,
            deadline: None,
        }
    }
}

/// What a launch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LaunchStats {
    /// Instructions executed over all threads.
    pub instructions: u64,
}

/// The PTX text's lines, trimmed, for quoting an instruction in an error.
#[derive(Clone, Debug, Default)]
pub struct SourceLines(Vec<String>);

impl SourceLines {
    /// The trimmed lines of `text`.
    pub fn new(text: &str) -> Self {
        SourceLines(text.lines().map(|l| l.trim().to_string()).collect())
    }

    /// Line `line` (1-based), trimmed.
    pub fn line(&self, line: u32) -> &str {
        self.0.get(line.saturating_sub(1) as usize).map_or("", String::as_str)
    }
}
