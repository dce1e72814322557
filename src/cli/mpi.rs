//! `--run --comm mpi`: one replica per MPI process, under `mpirun -np R syncbn-compile MODEL --run
//! --comm mpi ...` (feature `mpi`).
//!
//! Every rank compiles the model and runs its replica on its rows of the inputs (and of the upstream
//! gradients of `--grad-output`, which are inputs of the training graph); rank 0 writes the
//! artifacts, the outputs and the report and prints the summary, exactly as a single-process run of
//! R replicas. An error on any rank is printed by every rank, prefixed with its rank, and ends the
//! whole job with a non-zero status (see `syncbn_runtime::mpi::world`).

use std::path::Path;
use std::process::ExitCode;

use syncbn_ir::Graph;

use super::args::Args;
use super::error::CliError;
use super::report::Report;

#[cfg(feature = "mpi")]
thread_local! {
    /// The MPI job of this process, set by [`main`] for the compile pipeline's `--run`.
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

/// Runs one rank of an MPI job: joins the job, takes R from its size, compiles and runs.
#[cfg(feature = "mpi")]
pub fn main(mut args: Args) -> ExitCode {
    use super::error::one_line;
    use syncbn_runtime::console;
    use syncbn_runtime::mpi::MpiWorld;
    let timeout = syncbn_runtime::RunOptions::default().timeout;
    let world = match MpiWorld::init(args.group_size.map(|g| g as usize), timeout) {
        Ok(world) => world,
        Err(e) => {
            console::error_line(&format!("error: {}", one_line(&e.to_string())));
            return ExitCode::from(CliError::from(e).exit_code());
        }
    };
    let (rank, ranks) = (world.rank(), world.size());
    if let Some(r) = args.replicas.filter(|&r| r as usize != ranks) {
        if rank == 0 {
            console::error_line(&format!(
                "error: --replicas {r} does not match the {ranks} MPI ranks; under --comm mpi each rank is one \
                 replica: omit --replicas or start {r} ranks (mpirun -np {r})"
            ));
        }
        return ExitCode::from(super::error::USAGE);
    }
    args.replicas = Some(ranks as u32);
    if rank != 0 {
        args.report = None;
    }
    WORLD.with(|w| *w.borrow_mut() = Some(world));
    let result = super::compile::run(&args);
    let Some(world) = WORLD.with(|w| w.borrow_mut().take()) else {
        return ExitCode::from(super::error::FAILURE);
    };
    match result {
        Ok(text) => {
            if rank == 0 {
                console::stdout(&text);
            }
            drop(world);
            ExitCode::SUCCESS
        }
        Err(e) => {
            let message = one_line(&e.to_string());
            console::error_line(&format!("error: rank {rank}: {message}"));
            world.fail(i32::from(e.exit_code()), &message)
        }
    }
}

/// Without the `mpi` feature, `--comm mpi` is a usage error.
#[cfg(not(feature = "mpi"))]
pub fn main(_args: Args) -> ExitCode {
    syncbn_runtime::console::error_line(
        "error: --comm mpi: this build has no MPI support; rebuild with `cargo build --features mpi`",
    );
    ExitCode::from(super::error::USAGE)
}

/// `--run` on this rank: its replica of `lowered`, and on rank 0 the outputs and the report.
#[cfg(feature = "mpi")]
pub fn run(args: &Args, lowered: &Graph, dir: &Path, report: &mut Report) -> Result<String, CliError> {
    let inputs = args.inputs.iter().map(|f| (f.name.clone(), f.file.clone()));
    let grads = args.grad_outputs.iter().map(|f| (syncbn_ir::grad::grad_output_name(&f.name), f.file.clone()));
    let files = inputs.chain(grads).collect();
    let options = super::run::base_options(args);
    let result = WORLD.with(|w| match w.borrow().as_ref() {
        Some(world) => syncbn_runtime::mpi::run_rank(world, lowered, &options, &files).map_err(CliError::from),
        None => Err(CliError::Usage("--comm mpi: MPI is not initialized".into())),
    })?;
    match result {
        Some(result) => super::run::finish(args, &options, result, dir, report),
        None => Ok(String::new()),
    }
}

/// Without the `mpi` feature, `--comm mpi` is a usage error.
#[cfg(not(feature = "mpi"))]
pub fn run(_args: &Args, _lowered: &Graph, _dir: &Path, _report: &mut Report) -> Result<String, CliError> {
    Err(CliError::Usage("--comm mpi: this build has no MPI support; rebuild with `cargo build --features mpi`".into()))
}
