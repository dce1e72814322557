//! What every `--run` shares, in one process or under MPI: the run options the arguments give, and
//! writing the outputs and the run part of the report once the replicas are done.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use syncbn_codegen::KernelCache;
use syncbn_ir::grad::GRAD_PREFIX;
use syncbn_runtime::npy::write_outputs;
use syncbn_runtime::{DeviceKind, NamedOutput, RunOptions, RunResult};

use super::args::{Args, Device};
use super::error::CliError;
use super::report::{Report, RunSection};

/// The run options the arguments give, without inputs.
pub(super) fn base_options(args: &Args) -> RunOptions {
    RunOptions {
        replicas: args.replicas.unwrap_or(1) as usize,
        group_size: args.group_size.map(|g| g as usize),
        device: match args.device.unwrap_or(Device::Cpu) {
            Device::Cpu => DeviceKind::Cpu,
            Device::Cuda => DeviceKind::Cuda,
            Device::PtxSim => DeviceKind::PtxSim,
        },
        bench_steps: args.bench.unwrap_or(0) as usize,
        progress: std::io::stderr().is_terminal(),
        timeout: run_timeout(args),
        cache: kernel_cache(args),
        hot_reductions: !args.no_fuse,
        ..RunOptions::default()
    }
}

/// The bound on every wait of a run: `--timeout`, or the library's default.
pub(super) fn run_timeout(args: &Args) -> std::time::Duration {
    args.timeout.map_or(RunOptions::default().timeout, |s| std::time::Duration::from_secs(u64::from(s)))
}

/// The kernel cache the arguments ask for: off with `--no-cache`, else the environment's.
pub(super) fn kernel_cache(args: &Args) -> KernelCache {
    if args.no_cache {
        KernelCache::disabled()
    } else {
        KernelCache::from_env()
    }
}

/// Writes the outputs of `result` (the run `options` describe) and fills the report; the text to print.
pub(super) fn finish(
    args: &Args,
    options: &RunOptions,
    result: RunResult,
    dir: &Path,
    report: &mut Report,
) -> Result<String, CliError> {
    let out = args.output_dir.as_deref().unwrap_or(dir);
    let written = write_all(out, result.outputs)?;
    let group_size = options.group_size.unwrap_or(options.replicas);
    let t = &result.timings;
    let text = format!(
        "ran: {} replicas in groups of {group_size}, global batch {}, {} step(s): step {:.3} ms median \
         ({:.3} min, {:.3} max), collectives {:.3} ms\nwrote: {} outputs in {}\n",
        options.replicas,
        result.global_batch,
        t.steps,
        t.step_ms.median,
        t.step_ms.min,
        t.step_ms.max,
        t.collectives_ms.median,
        written.len(),
        out.display()
    );
    report.run = Some(RunSection {
        replicas: options.replicas,
        group_size,
        global_batch: result.global_batch,
        timings: result.timings,
    });
    Ok(text)
}

/// Writes the graph outputs into `out` and the gradients (`grad/<name>`) into `out/grad/<name>.npy`.
fn write_all(out: &Path, outputs: Vec<NamedOutput>) -> Result<Vec<PathBuf>, CliError> {
    let (mut grads, plain): (Vec<NamedOutput>, Vec<NamedOutput>) =
        outputs.into_iter().partition(|o| o.name.starts_with(GRAD_PREFIX));
    for g in &mut grads {
        g.name = g.name[GRAD_PREFIX.len()..].to_string();
    }
    let mut written = write_outputs(out, &plain)?;
    if !grads.is_empty() {
        written.extend(write_outputs(&out.join("grad"), &grads)?);
    }
    Ok(written)
}
