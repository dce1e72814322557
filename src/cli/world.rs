//! The MPI job of this process (feature `mpi`): whether this rank writes the compile artifacts, and
//! `--run --comm mpi` and `--train --comm mpi` on this rank's replica.

use std::path::Path;

use syncbn_passes::Lowered;
use syncbn_runtime::train::{Dataset, TrainOptions, TrainResult, TrainSpec, TrainState};

use super::args::Args;
use super::error::CliError;
#[cfg(feature = "mpi")]
use super::finish::{base_options, finish};
use super::report::Report;

#[cfg(feature = "mpi")]
thread_local! {
    /// The MPI job of this process, installed by the MPI `main` for the compile pipeline's `--run`.
    static WORLD: std::cell::RefCell<Option<syncbn_runtime::mpi::MpiWorld>> = const { std::cell::RefCell::new(None) };
}

/// Whether this process writes the compile artifacts: always, except MPI ranks other than 0.
pub fn writes_artifacts() -> bool {
    #[cfg(feature = "mpi")]
    {
        WORLD.with(|w| !matches!(w.borrow().as_ref(), Some(world) if world.rank() != 0))
    }
    #[cfg(not(feature = "mpi"))]
    {
        true
    }
}

/// Makes `world` this process's MPI job for the compile pipeline that follows.
#[cfg(feature = "mpi")]
pub fn install(world: syncbn_runtime::mpi::MpiWorld) {
    WORLD.with(|w| *w.borrow_mut() = Some(world));
}

/// Ends this process's MPI job, handing it back (`None` when none was installed).
#[cfg(feature = "mpi")]
pub fn take() -> Option<syncbn_runtime::mpi::MpiWorld> {
    WORLD.with(|w| w.borrow_mut().take())
}

/// `--run` on this rank: its replica of `lowered`, and on rank 0 the outputs and the report.
#[cfg(feature = "mpi")]
pub fn run(args: &Args, lowered: &Lowered, dir: &Path, report: &mut Report) -> Result<String, CliError> {
    let inputs = args.inputs.iter().map(|f| (f.name.clone(), f.file.clone()));
    let grads = args.grad_outputs.iter().map(|f| (syncbn_ir::grad::grad_output_name(&f.name), f.file.clone()));
    let files = inputs.chain(grads).collect();
    let options = base_options(args);
    let result = WORLD.with(|w| match w.borrow().as_ref() {
        Some(world) => syncbn_runtime::mpi::run_rank(world, lowered, &options, &files).map_err(CliError::from),
        None => Err(CliError::Usage("--comm mpi: MPI is not initialized".into())),
    })?;
    match result {
        Some(result) => finish(args, &options, result, dir, report),
        None => Ok(String::new()),
    }
}

/// Without the `mpi` feature, `--comm mpi` is a usage error.
#[cfg(not(feature = "mpi"))]
pub fn run(_args: &Args, _lowered: &Lowered, _dir: &Path, _report: &mut Report) -> Result<String, CliError> {
    Err(CliError::Usage("--comm mpi: this build has no MPI support; rebuild with `cargo build --features mpi`".into()))
}

/// `--train` on this rank: its replica of the training loop; the result on rank 0, `None` elsewhere.
#[cfg(feature = "mpi")]
pub fn train(
    lowered: &Lowered,
    spec: &TrainSpec,
    data: &Dataset,
    state: TrainState,
    options: &TrainOptions,
) -> Result<Option<TrainResult>, CliError> {
    WORLD.with(|w| match w.borrow().as_ref() {
        Some(world) => {
            syncbn_runtime::train::mpi::train_rank(world, lowered, spec, data, state, options).map_err(CliError::from)
        }
        None => Err(CliError::Usage("--comm mpi: MPI is not initialized".into())),
    })
}

/// Without the `mpi` feature, `--comm mpi` is a usage error.
#[cfg(not(feature = "mpi"))]
pub fn train(
    _lowered: &Lowered,
    _spec: &TrainSpec,
    _data: &Dataset,
    _state: TrainState,
    _options: &TrainOptions,
) -> Result<Option<TrainResult>, CliError> {
    Err(CliError::Usage("--comm mpi: this build has no MPI support; rebuild with `cargo build --features mpi`".into()))
}
