//! The compile pipeline behind `syncbn-compile`: check the arguments, load and validate the model,
//! read its initializer data, then write the artifacts asked for and return the summary text.
//! Lowering (passes), code generation and `--run` plug in here as later issues land.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use syncbn_ir::{data, dot, infer_types, json, load_model, Graph, InitSource, Limits, TensorType};

use super::args::{Args, Emit};
use super::error::CliError;
use super::summary::Summary;

/// Runs one invocation; the text to print on success.
pub fn run(args: &Args) -> Result<String, CliError> {
    args.check().map_err(CliError::Usage)?;
    check_available(args)?;
    let limits = Limits::default();
    let graph = load_model(&args.model, &limits)?;
    check_initializer_data(&graph, &limits)?;
    let types = infer_types(&graph)?;
    let summary = Summary::of(&graph, &types);
    let dir = out_dir(args);
    let written = emit(&graph, &types, &args.emits(), &dir)?;
    let mut text = summary.render();
    text.push_str(&format!("wrote: {} in {}\n", written.join(", "), dir.display()));
    Ok(text)
}

/// Flags whose features later issues implement fail clearly rather than being ignored.
fn check_available(args: &Args) -> Result<(), CliError> {
    let late_emit = args.emits().into_iter().find(|e| matches!(e, Emit::Llvm | Emit::Ptx | Emit::Plan));
    let pending: [(bool, String, &'static str); 6] = [
        (args.run, "--run".into(), "the runtime is not wired into the command line"),
        (args.replicas.is_some(), "--replicas".into(), "SyncBN lowering is not wired into the command line"),
        (args.group_size.is_some(), "--group-size".into(), "SyncBN lowering is not wired into the command line"),
        (args.target.is_some(), "--target".into(), "code generation is not wired into the command line"),
        (late_emit.is_some(), format!("--emit {}", emit_name(late_emit)), "code generation is not wired into the command line"),
        (args.report.is_some(), "--report".into(), "reports come with the runtime"),
    ];
    match pending.into_iter().find(|(given, _, _)| *given) {
        Some((_, flag, reason)) => Err(CliError::NotAvailable { flag, reason }),
        None => Ok(()),
    }
}

fn emit_name(emit: Option<Emit>) -> &'static str {
    match emit {
        Some(Emit::Graph) => "graph",
        Some(Emit::Dot) => "dot",
        Some(Emit::Llvm) => "llvm",
        Some(Emit::Ptx) => "ptx",
        Some(Emit::Plan) | None => "plan",
    }
}

/// Reads every initializer once, so that a bad data file is a bad model (exit 2) now, not later.
fn check_initializer_data(graph: &Graph, limits: &Limits) -> Result<(), CliError> {
    for init in graph.initializers.iter().filter(|i| matches!(i.source, InitSource::File { .. })) {
        data::initializer_values(graph, init, limits)?;
    }
    Ok(())
}

/// `-o DIR`, or `<model stem>.syncbn/` beside the model.
pub fn out_dir(args: &Args) -> PathBuf {
    if let Some(dir) = &args.out {
        return dir.clone();
    }
    let stem = args.model.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "model".into());
    args.model.with_file_name(format!("{stem}.syncbn"))
}

/// Writes the artifacts into `dir`; returns their file names.
fn emit(graph: &Graph, types: &BTreeMap<String, TensorType>, emits: &[Emit], dir: &Path) -> Result<Vec<String>, CliError> {
    fs::create_dir_all(dir).map_err(|e| CliError::write(dir, e))?;
    let mut written = Vec::new();
    for emit in emits {
        match emit {
            Emit::Graph => {
                write(dir, "graph.json", &json::to_string(graph))?;
                copy_data_files(graph, dir)?;
                written.push("graph.json".to_string());
            }
            Emit::Dot => {
                write(dir, "graph.dot", &dot::to_dot(graph, Some(types)))?;
                written.push("graph.dot".to_string());
            }
            Emit::Llvm | Emit::Ptx | Emit::Plan => {}
        }
    }
    Ok(written)
}

fn write(dir: &Path, name: &str, text: &str) -> Result<(), CliError> {
    let path = dir.join(name);
    fs::write(&path, text).map_err(|e| CliError::write(&path, e))
}

/// Copies the data files that `file` initializers name into `dir` at the same relative paths, so
/// that the written graph.json loads on its own.
fn copy_data_files(graph: &Graph, dir: &Path) -> Result<(), CliError> {
    let limits = Limits::default();
    let mut done: BTreeSet<&str> = BTreeSet::new();
    for init in &graph.initializers {
        let InitSource::File { file, .. } = &init.source else { continue };
        if !done.insert(file) {
            continue;
        }
        let source = data::resolve_file(graph, init, &limits)?;
        let target = dir.join(file);
        if fs::canonicalize(&target).is_ok_and(|t| t == source) {
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| CliError::write(parent, e))?;
        }
        fs::copy(&source, &target).map_err(|e| CliError::write(&target, e))?;
    }
    Ok(())
}
