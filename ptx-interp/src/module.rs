//! A parsed PTX module: its kernels, and launches with CUDA's argument and geometry rules.

use crate::error::{PtxError, Result};
use crate::exec::run_grid;
use crate::instr::Inst;
use crate::memory::DeviceMemory;
use crate::parse::parse_kernels;

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
}

impl LaunchConfig {
    /// A 1-D launch of `grid` blocks of `block` threads with the default budget.
    pub fn linear(grid: u32, block: u32) -> Self {
        LaunchConfig { grid: [grid, 1, 1], block: [block, 1, 1], dynamic_shared_bytes: 0, step_budget: 1 << 34 }
    }
}

/// What a launch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LaunchStats {
    /// Instructions executed over all threads.
    pub instructions: u64,
}

/// Shared memory a block may use (static plus dynamic), as on sm_80 without opt-in.
pub const MAX_SHARED_BYTES: u64 = 48 << 10;

/// A parsed PTX module.
#[derive(Clone, Debug)]
pub struct Module {
    kernels: Vec<Kernel>,
    lines: Vec<String>,
}

impl Module {
    /// Parses and decodes PTX text; an instruction this interpreter does not implement is an error
    /// naming it and its line.
    pub fn parse(text: &str) -> Result<Module> {
        let kernels = parse_kernels(text)?;
        Ok(Module { kernels, lines: text.lines().map(|l| l.trim().to_string()).collect() })
    }

    /// The kernels in text order.
    pub fn kernels(&self) -> &[Kernel] {
        &self.kernels
    }

    /// The kernel called `name`.
    pub fn kernel(&self, name: &str) -> Option<&Kernel> {
        self.kernels.iter().find(|k| k.name == name)
    }

    /// Line `line` (1-based) of the PTX text, trimmed.
    pub fn line(&self, line: u32) -> &str {
        self.lines.get(line.saturating_sub(1) as usize).map_or("", String::as_str)
    }

    /// Launches kernel `name` on `memory` with one byte string per parameter (exactly the
    /// parameter's size, as `cuLaunchKernel` copies them), block by block in index order.
    pub fn launch(
        &self,
        name: &str,
        config: &LaunchConfig,
        args: &[&[u8]],
        memory: &mut DeviceMemory,
    ) -> Result<LaunchStats> {
        let launch_err = |message: String| PtxError::Launch { kernel: name.to_string(), message };
        let kernel = self.kernel(name).ok_or_else(|| launch_err("no such kernel in the module".into()))?;
        if args.len() != kernel.params.len() {
            return Err(launch_err(format!("{} arguments for {} parameters", args.len(), kernel.params.len())));
        }
        let mut params = vec![0u8; kernel.param_bytes as usize];
        for (i, (p, a)) in kernel.params.iter().zip(args).enumerate() {
            if a.len() != p.size as usize {
                return Err(launch_err(format!(
                    "argument {i} (`{}`) has {} bytes; the parameter has {}",
                    p.name,
                    a.len(),
                    p.size
                )));
            }
            params[p.offset as usize..(p.offset + p.size) as usize].copy_from_slice(a);
        }
        check_geometry(kernel, config).map_err(launch_err)?;
        run_grid(self, kernel, config, &params, memory)
    }
}

fn check_geometry(kernel: &Kernel, c: &LaunchConfig) -> std::result::Result<(), String> {
    let [bx, by, bz] = c.block;
    let [gx, gy, gz] = c.grid;
    if c.block.contains(&0) || c.grid.contains(&0) {
        return Err(format!("empty launch: grid {:?}, block {:?}", c.grid, c.block));
    }
    if bx > 1024 || by > 1024 || bz > 64 || u64::from(bx) * u64::from(by) * u64::from(bz) > 1024 {
        return Err(format!("block {:?} exceeds 1024 threads", c.block));
    }
    if gx > i32::MAX as u32 || gy > 65_535 || gz > 65_535 {
        return Err(format!("grid {:?} exceeds the grid limits", c.grid));
    }
    let shared = kernel.shared_bytes + u64::from(c.dynamic_shared_bytes);
    if shared > MAX_SHARED_BYTES {
        return Err(format!("{shared} bytes of shared memory per block exceed {MAX_SHARED_BYTES}"));
    }
    Ok(())
}
