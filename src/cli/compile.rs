//! The compile pipeline behind `syncbn-compile`: check the arguments, load and validate the model
//! (JSON or ONNX), lower it for SyncBN, generate kernels, write the artifacts asked for, and hand over
//! to [`super::run`] for `--run`. Returns the text to print.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use syncbn_codegen::Target;
use syncbn_ir::{data, load_typed, Graph, InitSource, Limits, Typed, TypedGraph};
use syncbn_passes::autodiff::differentiate;
use syncbn_passes::training::{self, LossChoice, TrainingGraph};
use syncbn_passes::{lower, LowerOptions, Lowered};

use crate::Compiled;

use super::args::{Args, Emit, Loss};
use super::error::CliError;
use super::report::{Phases, Report};
use super::summary::Summary;

/// Runs one invocation; the text to print on success.
pub fn run(args: &Args) -> Result<String, CliError> {
    args.check().map_err(CliError::Usage)?;
    let started = Instant::now();
    let mut phases = Phases::default();
    let limits = Limits::default();
    let (mut graph, info) = timed(&mut phases.load_ms, || load_typed(&args.model, &limits))?;
    timed(&mut phases.validate_ms, || -> Result<_, CliError> {
        if let Some(path) = &args.weights {
            syncbn_runtime::train::checkpoint::apply_weights(&mut graph, path)?;
        }
        check_initializer_data(&graph, &limits)
    })?;
    let summary = Summary::of(&graph, &info.types);
    let (trainer, input, lowered) = timed(&mut phases.lower_ms, move || -> Result<_, CliError> {
        let model = TypedGraph { graph: &graph, info: &info };
        let trainer = if args.train { Some(loss_graph(args, &model)?) } else { None };
        let gradients = if trainer.is_none() { training_graph(args, &model)? } else { None };
        let lowered = match (&trainer, &gradients) {
            (Some(t), _) => lower_graph(args, t)?,
            (None, Some(g)) => lower_graph(args, g)?,
            (None, None) => lower_graph(args, &model)?,
        };
        let input = match (&trainer, gradients) {
            (Some(t), _) => t.graph.clone(),
            (None, Some(g)) => g,
            (None, None) => graph,
        };
        Ok((trainer, input, lowered))
    })?;
    let mut report = Report::new(summary, &lowered);
    let dir = out_dir(args);
    let replicas = args.replicas.unwrap_or(1) as usize;
    let group_size = args.group_size.map_or(replicas, |g| g as usize);
    let compiled = Compiled::new(input, lowered, replicas, group_size);
    let written = if super::world::writes_artifacts() { emit(args, &compiled, &dir, &mut phases)? } else { Vec::new() };
    phases.compile_ms = ms(started.elapsed());
    report.phases = phases;
    let mut text = report.summary.render();
    text.push_str(&format!("{}\n", compiled.report()));
    text.push_str(&format!("wrote: {} in {}\n", written.join(", "), dir.display()));
    if args.run {
        text.push_str(&super::run::run(args, compiled.lowered(), &dir, &mut report)?);
    }
    if let Some(t) = &trainer {
        text.push_str(&super::train::train(args, compiled.lowered(), t, &mut report)?);
    }
    report.phases.jit_ms =
        report.run.as_ref().map(|r| r.timings.jit_ms).or(report.train.as_ref().map(|t| t.jit_ms)).unwrap_or(0.0);
    if let Some(path) = &args.report {
        write_file(path, &report.to_json())?;
    }
    Ok(text)
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Runs `f`, adding its wall time to `total`.
fn timed<T>(total: &mut f64, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let value = f();
    *total += ms(t.elapsed());
    value
}

fn lower_graph(args: &Args, graph: &dyn Typed) -> Result<Lowered, CliError> {
    let options = LowerOptions {
        replicas: args.replicas.unwrap_or(1) as usize,
        group_size: args.group_size.unwrap_or(0) as usize,
        unsynchronized: args.unsynchronized.clone(),
        fuse: !args.no_fuse,
        bucket_cap_bytes: args.bucket_cap_bytes.unwrap_or(LowerOptions::default().bucket_cap_bytes),
        ..LowerOptions::default()
    };
    lower(graph, &options).map_err(|error| CliError::Lower { file: args.model.clone(), error: Box::new(error) })
}

/// With `--grad-output`, the training graph (forward, backward, gradient outputs) of the outputs
/// named there.
fn training_graph(args: &Args, model: &dyn Typed) -> Result<Option<Graph>, CliError> {
    if args.grad_outputs.is_empty() {
        return Ok(None);
    }
    let graph = model.graph();
    for named in &args.grad_outputs {
        if !graph.outputs.contains(&named.name) {
            return Err(CliError::Usage(format!(
                "--grad-output {}={}: {:?} is not an output of {}; expected one of {}",
                named.name,
                named.file.display(),
                named.name,
                args.model.display(),
                graph.outputs.join(", ")
            )));
        }
    }
    let outputs: Vec<String> = args.grad_outputs.iter().map(|n| n.name.clone()).collect();
    differentiate(model, &outputs)
        .map(Some)
        .map_err(|error| CliError::Lower { file: args.model.clone(), error: Box::new(error) })
}

/// With `--train`: the model with its loss, differentiated in every parameter.
fn loss_graph(args: &Args, graph: &dyn Typed) -> Result<TrainingGraph, CliError> {
    let choice = match &args.loss {
        Some(Loss::CrossEntropy(output)) => LossChoice::CrossEntropy(output.clone()),
        None => LossChoice::ModelOutput,
    };
    training::training_graph(graph, &choice, args.ignore_index)
        .map_err(|error| CliError::Lower { file: args.model.clone(), error: Box::new(error) })
}

/// Checks every initializer's data file (path, size, the header's dtype and shape; not its data), so
/// that a bad data file is a bad model (exit 2) now, not later.
fn check_initializer_data(graph: &Graph, limits: &Limits) -> Result<(), CliError> {
    for init in graph.initializers.iter().filter(|i| matches!(i.source, InitSource::File { .. })) {
        data::check_initializer(graph, init, limits)?;
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

/// Writes the artifacts asked for into `dir`, timing kernel generation (`--emit llvm`, `ptx`) and the
/// other files apart; returns the file names.
fn emit(args: &Args, compiled: &Compiled, dir: &Path, phases: &mut Phases) -> Result<Vec<String>, CliError> {
    let emits = args.emits();
    if emits.contains(&Emit::Ptx) {
        gpu_target(args)?;
    }
    let mut names = Vec::new();
    for emit in emits {
        let phase = if matches!(emit, Emit::Llvm | Emit::Ptx) { &mut phases.codegen_ms } else { &mut phases.write_ms };
        let written = timed(phase, || compiled.write(dir, &[emit.artifact()], args.target.unwrap_or(Target::Cpu)))
            .map_err(|e| CliError::from_library(e, &args.model))?;
        names.extend(written.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()));
    }
    Ok(names)
}

/// The GPU target for `--emit ptx`: `--target` when it names one, `sm_80` when absent.
fn gpu_target(args: &Args) -> Result<Target, CliError> {
    match args.target {
        None => Ok(Target::DEFAULT_GPU),
        Some(Target::Cpu) => {
            Err(CliError::Usage("--emit ptx needs a GPU target; expected --target sm_70 to sm_86, not cpu".into()))
        }
        Some(t) => Ok(t),
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), CliError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(|e| CliError::write(parent, e))?;
    }
    fs::write(path, text).map_err(|e| CliError::write(path, e))
}
