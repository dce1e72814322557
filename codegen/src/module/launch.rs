//! Launch shape rules: how the runtime sizes the grid (and the moments partials) of each GPU kernel
//! from the run-time dimensions. Rules are data, serialized into the kernel table.

use serde::Serialize;

use crate::kernels::KernelKind;

/// Threads per block of every GPU kernel.
pub const BLOCK: u32 = 256;
/// Largest grid the rules produce (kernels are grid-stride, so any grid is correct).
pub const MAX_GRID: u32 = 65_535;

/// How a kernel's grid follows from the dimensions `n`, `c`, `s` (element-wise and op kernels:
/// `len, 1, 1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum GridRule {
    /// `grid = ceil(n * c * s / (block * per_thread))`.
    Elements {
        /// Elements each thread handles per grid-stride step.
        per_thread: u32,
    },
    /// `grid = ceil(c / block)`: one thread per channel.
    Channels,
    /// `parts = clamp(ceil(n * s / per_part), 1, max_parts)`, `grid = c * parts`; the kernel's `parts`
    /// argument, and the partials buffer holds `c * parts * 2` f64.
    ChannelParts {
        /// Target elements per part.
        per_part: u64,
        /// Most parts per channel.
        max_parts: u64,
    },
}

/// A kernel's launch rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LaunchRule {
    /// Threads per block.
    pub block: u32,
    /// The grid rule.
    pub grid: GridRule,
    /// Upper bound of the grid.
    pub max_grid: u32,
}

/// A resolved launch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Launch {
    /// Blocks.
    pub grid: u32,
    /// Threads per block.
    pub block: u32,
    /// Parts per channel (the `parts` argument of the moments kernels; 1 for others).
    pub parts: u64,
}

impl KernelKind {
    /// The launch rule of this GPU kernel. `MomentsCombine` (`BnGradCombine`) must use the `parts`
    /// of the `MomentsPartial` (`BnGradPartial`) launch it follows.
    pub fn launch_rule(self) -> LaunchRule {
        let grid = match self {
            KernelKind::MomentsPartial | KernelKind::BnGradPartial { .. } => {
                GridRule::ChannelParts { per_part: 4096, max_parts: 1024 }
            }
            KernelKind::MomentsCombine
            | KernelKind::BnFinalize
            | KernelKind::BnGradCombine
            | KernelKind::BnGradParams => GridRule::Channels,
            KernelKind::Op(op) if op.per_channel() => GridRule::Channels,
            KernelKind::Op(_) => GridRule::Elements { per_thread: 1 },
            _ => GridRule::Elements { per_thread: 4 },
        };
        LaunchRule { block: BLOCK, grid, max_grid: MAX_GRID }
    }
}

impl LaunchRule {
    /// The launch for dimensions `n`, `c`, `s`; the grid is at least 1 (empty launches do nothing).
    pub fn resolve(&self, n: u64, c: u64, s: u64) -> Launch {
        let block = self.block as u64;
        let (grid, parts) = match self.grid {
            GridRule::Elements { per_thread } => {
                (n.saturating_mul(c).saturating_mul(s).div_ceil(block * per_thread as u64), 1)
            }
            GridRule::Channels => (c.div_ceil(block), 1),
            GridRule::ChannelParts { per_part, max_parts } => {
                let parts = n.saturating_mul(s).div_ceil(per_part).clamp(1, max_parts);
                (c.saturating_mul(parts), parts)
            }
        };
        Launch { grid: grid.clamp(1, self.max_grid as u64) as u32, block: self.block, parts }
    }
}
