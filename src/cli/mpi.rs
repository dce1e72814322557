//! `--run --comm mpi`: one replica per MPI process, under `mpirun -np R syncbn-compile MODEL --run
//! --comm mpi ...` (feature `mpi`).
//!
//! Every rank compiles the model and runs its replica on its rows of the inputs (and of the upstream
//! gradients of `--grad-output`, which are inputs of the training graph); rank 0 writes the
//! artifacts, the outputs and the report and prints the summary, exactly as a single-process run of
//! R replicas. An error on any rank is printed by every rank, prefixed with its rank, and ends the
//! whole job with a non-zero status (see `syncbn_runtime::mpi::world`).

use std::process::ExitCode;

use super::args::Args;
#[cfg(feature = "mpi")]
use super::error::CliError;

/// Runs one rank of an MPI job: joins the job, takes R from its size, compiles and runs.
#[cfg(feature = "mpi")]
pub fn main(mut args: Args) -> ExitCode {
    use super::error::one_line;
    use syncbn_runtime::console;
    use syncbn_runtime::mpi::MpiWorld;
    let timeout = super::finish::run_timeout(&args);
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
    super::world::install(world);
    let result = super::compile::run(&args);
    let Some(world) = super::world::take() else {
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
