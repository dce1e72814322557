//! A parsed PTX module: its kernels, and launches with CUDA's argument and geometry rules.

use crate::error::{PtxError, Result};
use crate::exec::run_grid;
use crate::kernel::{Kernel, LaunchConfig, LaunchStats, SourceLines};
use crate::memory::DeviceMemory;
use crate::parse::parse_kernels;

/// Shared memory a block may use (static plus dynamic), as on sm_80 without opt-in.
pub const MAX_SHARED_BYTES: u64 = 48 << 10;

/// A parsed PTX module.
#[derive(Clone, Debug)]
pub struct Module {
    kernels: Vec<Kernel>,
    lines: SourceLines,
}

impl Module {
    /// Parses and decodes PTX text; an instruction this interpreter does not implement is an error
    /// naming it and its line.
    pub fn parse(text: &str) -> Result<Module> {
        let kernels = parse_kernels(text)?;
        Ok(Module { kernels, lines: SourceLines::new(text) })
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
        self.lines.line(line)
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
        run_grid(&self.lines, kernel, config, &params, memory)
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
