//! `--run`: read the global-batch inputs, execute the lowered graph on R replicas, write every graph
//! output as `.npy` and fill the run part of the report.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use syncbn_ir::grad::{grad_output_name, GRAD_PREFIX};
use syncbn_ir::Graph;
use syncbn_runtime::npy::{read_input, write_outputs, DEFAULT_MAX_INPUT_BYTES};
use syncbn_runtime::{run as run_replicas, DeviceKind, NamedOutput, RunOptions, RunResult};

use super::args::{Args, Comm, Device};
use super::error::CliError;
use super::report::{Report, RunSection};

/// Runs `lowered` as the arguments say; outputs go to `--output-dir`, or `dir` when absent. Returns
/// the text to print.
pub fn run(args: &Args, lowered: &Graph, dir: &Path, report: &mut Report) -> Result<String, CliError> {
    if args.comm == Some(Comm::Mpi) {
        return super::mpi::run(args, lowered, dir, report);
    }
    let options = options(args, lowered)?;
    let result = run_replicas(lowered, &options)?;
    finish(args, &options, result, dir, report)
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

fn options(args: &Args, lowered: &Graph) -> Result<RunOptions, CliError> {
    let mut inputs = BTreeMap::new();
    for named in &args.inputs {
        let array = read_input(lowered, &named.name, &named.file, DEFAULT_MAX_INPUT_BYTES)?;
        inputs.insert(named.name.clone(), array);
    }
    for named in &args.grad_outputs {
        let name = grad_output_name(&named.name);
        let array = read_input(lowered, &name, &named.file, DEFAULT_MAX_INPUT_BYTES)?;
        inputs.insert(name, array);
    }
    Ok(RunOptions { inputs, ..base_options(args) })
}

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
        ..RunOptions::default()
    }
}
