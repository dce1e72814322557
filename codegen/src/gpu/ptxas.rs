//! The `ptxas` check: finds NVIDIA's assembler, assembles PTX for a given architecture with spills as
//! errors, and reads registers and spills per kernel from its `-v` report.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use crate::error::{CodegenError, Result};

/// Environment variable naming the `ptxas` binary.
pub const PTXAS_ENV: &str = "SYNCBN_PTXAS";

/// Resource usage of one kernel as `ptxas -v` reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KernelResources {
    /// The kernel's name.
    pub name: String,
    /// The architecture it was assembled for (`sm_80`).
    pub arch: String,
    /// Registers per thread.
    pub registers: u32,
    /// Bytes of spill stores.
    pub spill_stores: u32,
    /// Bytes of spill loads.
    pub spill_loads: u32,
    /// Bytes of stack frame (local memory).
    pub stack_frame: u32,
}

/// Finds `ptxas`: `$SYNCBN_PTXAS`, else the workspace's `.venv` (PyPI `nvidia-cuda-nvcc-cu12`), else
/// `ptxas` on `PATH`. `None` when none exists.
pub fn find_ptxas() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(PTXAS_ENV).map(PathBuf::from).filter(|p| p.is_file()) {
        return Some(p);
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?;
    let lib = workspace.join(".venv/lib");
    let venv = std::fs::read_dir(lib).ok().into_iter().flatten().flatten().find_map(|entry| {
        let p = entry.path().join("site-packages/nvidia/cuda_nvcc/bin/ptxas");
        (entry.file_name().to_string_lossy().starts_with("python3") && p.is_file()).then_some(p)
    });
    venv.or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|d| d.join("ptxas")).find(|p| p.is_file())
    })
}

/// Assembles `ptx` for `arch` (`sm_80`) with `--warn-on-spills --warning-as-error -v`; returns the
/// resources of each kernel, or the assembler's messages as an error.
pub fn assemble(ptxas: &Path, ptx: &str, arch: &str) -> Result<Vec<KernelResources>> {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let stem = format!("syncbn-{}-{}-{arch}", std::process::id(), SEQ.fetch_add(1, Ordering::Relaxed));
    let dir = std::env::temp_dir();
    let (src, out) = (dir.join(format!("{stem}.ptx")), dir.join(format!("{stem}.cubin")));
    std::fs::write(&src, ptx).map_err(|e| CodegenError::Ptxas(format!("writing {}: {e}", src.display())))?;
    let result = Command::new(ptxas)
        .arg(format!("-arch={arch}"))
        .args(["--warn-on-spills", "--warning-as-error", "-v"])
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .output();
    let _ = std::fs::remove_file(&src);
    let _ = std::fs::remove_file(&out);
    let output = result.map_err(|e| CodegenError::Ptxas(format!("running {}: {e}", ptxas.display())))?;
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if !output.status.success() {
        return Err(CodegenError::Ptxas(format!(
            "{} -arch={arch} failed ({}):\n{log}",
            ptxas.display(),
            output.status
        )));
    }
    Ok(parse_report(&log, arch))
}

/// Parses `ptxas -v` output: `Compiling entry function 'k' for 'sm_80'`, then the stack/spill line
/// and `Used N registers`.
pub fn parse_report(log: &str, arch: &str) -> Vec<KernelResources> {
    let mut out: Vec<KernelResources> = Vec::new();
    for line in log.lines() {
        if let Some(rest) = line.split("Compiling entry function '").nth(1) {
            let name = rest.split('\'').next().unwrap_or_default().to_string();
            out.push(KernelResources {
                name,
                arch: arch.to_string(),
                registers: 0,
                spill_stores: 0,
                spill_loads: 0,
                stack_frame: 0,
            });
        } else if let Some(k) = out.last_mut() {
            if let Some(n) = number_before(line, " registers") {
                k.registers = n;
            }
            if let Some(n) = number_before(line, " bytes spill stores") {
                k.spill_stores = n;
            }
            if let Some(n) = number_before(line, " bytes spill loads") {
                k.spill_loads = n;
            }
            if let Some(n) = number_before(line, " bytes stack frame") {
                k.stack_frame = n;
            }
        }
    }
    out
}

/// The integer right before `suffix` in `line`.
fn number_before(line: &str, suffix: &str) -> Option<u32> {
    let head = &line[..line.find(suffix)?];
    let digits: String = head.chars().rev().take_while(char::is_ascii_digit).collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ptxas_verbose_output() {
        let log = "ptxas info    : 0 bytes gmem\n\
                   ptxas info    : Compiling entry function 'syncbn_relu' for 'sm_80'\n\
                   ptxas info    : Function properties for syncbn_relu\n\
                   \x20   16 bytes stack frame, 8 bytes spill stores, 4 bytes spill loads\n\
                   ptxas info    : Used 12 registers, 380 bytes cmem[0]\n\
                   ptxas info    : Compiling entry function 'syncbn_add' for 'sm_80'\n\
                   ptxas info    : Used 40 registers, 388 bytes cmem[0]\n";
        let r = parse_report(log, "sm_80");
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].name.as_str(), r[0].registers, r[0].spill_stores, r[0].spill_loads, r[0].stack_frame),
            ("syncbn_relu", 12, 8, 4, 16)
        );
        assert_eq!((r[1].name.as_str(), r[1].registers), ("syncbn_add", 40));
    }
}
