//! `syncbn-compile`: compiles (and later runs) a syncbn-ir model; see `syncbn-compile --help`.

fn main() -> std::process::ExitCode {
    syncbn::cli::main(std::env::args_os())
}
