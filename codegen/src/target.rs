//! Compilation targets: the host CPU or an NVIDIA GPU architecture, and the architectures the
//! NVPTX back end is asked for.

use std::str::FromStr;

use serde::Serialize;

use crate::error::{CodegenError, Result};

/// The GPU architectures (`sm_<n>`) this crate compiles for.
pub const GPU_ARCHS: [u32; 5] = [70, 72, 75, 80, 86];

/// Where kernels run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// The host CPU (native code, JIT-compiled).
    Cpu,
    /// An NVIDIA GPU of compute capability `sm_<n>` (PTX).
    Sm(u32),
}

impl Target {
    /// The default GPU target, `sm_80`.
    pub const DEFAULT_GPU: Target = Target::Sm(80);
}

impl FromStr for Target {
    type Err = CodegenError;

    /// Parses `cpu` or `sm_70`, `sm_72`, `sm_75`, `sm_80`, `sm_86`.
    fn from_str(s: &str) -> Result<Target> {
        if s == "cpu" {
            return Ok(Target::Cpu);
        }
        match s.strip_prefix("sm_").and_then(|n| n.parse::<u32>().ok()) {
            Some(arch) if GPU_ARCHS.contains(&arch) => Ok(Target::Sm(arch)),
            _ => Err(CodegenError::UnknownTarget(s.to_string())),
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Cpu => f.write_str("cpu"),
            Target::Sm(a) => write!(f, "sm_{a}"),
        }
    }
}
