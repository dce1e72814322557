//! `--run`: read the global-batch inputs, execute the lowered graph on R replicas, write every graph
//! output as `.npy` and fill the run part of the report.

use std::collections::BTreeMap;
use std::path::Path;

use syncbn_ir::grad::grad_output_name;
use syncbn_ir::Graph;
use syncbn_passes::Lowered;
use syncbn_runtime::npy::{read_input, DEFAULT_MAX_INPUT_BYTES};
use syncbn_runtime::{run as run_replicas, RunOptions};

use super::args::{Args, Comm};
use super::error::CliError;
use super::finish::{base_options, finish};
use super::report::Report;

/// Runs `lowered` as the arguments say; outputs go to `--output-dir`, or `dir` when absent. Returns
/// the text to print.
pub fn run(args: &Args, lowered: &Lowered, dir: &Path, report: &mut Report) -> Result<String, CliError> {
    if args.comm == Some(Comm::Mpi) {
        return super::world::run(args, lowered, dir, report);
    }
    let options = options(args, &lowered.graph)?;
    let mut result = run_replicas(lowered, &options)?;
    let profile = result.profile.take().map(|p| (p, result.plan.clone()));
    let mut text = finish(args, &options, result, dir, report)?;
    if let (Some(path), Some((profile, plan))) = (&args.profile, profile) {
        let first_step = usize::from(options.bench_steps > 0);
        text.push_str(&super::profile::write(path, &lowered.graph, &plan, &profile, first_step, report)?);
    }
    Ok(text)
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
    Ok(RunOptions { inputs, profile: args.profile.is_some(), ..base_options(args) })
}
