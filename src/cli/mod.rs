//! The `syncbn-compile` command line: argument parsing ([`args`]), the compile pipeline
//! ([`compile`]), `--run` ([`run`], writing its results through [`finish`]; under MPI [`mpi`] starts
//! the rank and [`world`] holds its job), `--train` ([`train`], with [`progress`]), the printed summary ([`summary`]), the `--report` file
//! ([`report`]) and errors with their exit codes ([`error`]).

pub mod args;
pub mod compile;
pub mod error;
pub mod finish;
pub mod mpi;
pub mod profile;
pub mod progress;
pub mod report;
pub mod run;
pub mod summary;
pub mod train;
pub mod world;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
use syncbn_runtime::console;

pub use args::Args;
pub use error::CliError;

/// Runs the command line on `argv` (program name first): prints the summary on stdout, or exactly
/// one error line on stderr, and returns exit status 0, 1 (failure while running) or 2 (bad model
/// or bad arguments).
pub fn main(argv: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args = match Args::try_parse_from(argv) {
        Ok(args) => args,
        Err(e) => return clap_exit(e),
    };
    if let Some(message) = mpi_refusal(&args) {
        console::error_line(&format!("error: {message}"));
        return ExitCode::from(error::USAGE);
    }
    if let Err(message) = syncbn_runtime::cpu_ops::weight_bound_min_weights() {
        console::error_line(&format!("error: {message}"));
        return ExitCode::from(error::USAGE);
    }
    if args.comm == Some(args::Comm::Mpi) {
        return mpi::main(args);
    }
    match compile::run(&args) {
        Ok(text) => {
            console::stdout(&text);
            ExitCode::SUCCESS
        }
        Err(e) => {
            console::error_line(&format!("error: {}", error::one_line(&e.to_string())));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Why `args` cannot run as an MPI job, checked before MPI starts: `None` without `--comm mpi`.
fn mpi_refusal(args: &Args) -> Option<&'static str> {
    if args.comm != Some(args::Comm::Mpi) {
        return None;
    }
    if args.device == Some(args::Device::PtxSim) {
        return Some(
            "--device ptx-sim runs all its emulated GPUs in this one process and cannot join an MPI job; use \
             --comm local (the default)",
        );
    }
    if args.device == Some(args::Device::Cuda) && args.train {
        return Some(
            "--train --comm mpi runs one CPU replica per rank so far; use --device cpu, or --comm local to train \
             on this process's CUDA GPUs",
        );
    }
    if args.profile.is_some() {
        return Some("--profile records the replicas of this process; use --comm local (the default)");
    }
    None
}

/// Help and version go to stdout with status 0; usage errors become one line on stderr, status 2.
fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        console::stdout(&e.render().to_string());
        return ExitCode::SUCCESS;
    }
    let text = e.render().to_string();
    let lines: Vec<&str> = text.lines().map(str::trim).take_while(|l| !l.is_empty()).collect();
    let message = lines.join(" ");
    let message = message.trim_start_matches("error: ");
    console::error_line(&format!("error: {} (see --help)", error::one_line(message)));
    ExitCode::from(error::USAGE)
}
