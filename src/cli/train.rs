//! `--train`: open the data, build the optimizer and the schedule from the arguments, run the
//! training loop on CPU replicas (threads, or one per MPI rank under `--comm mpi`) or on this
//! process's GPUs (`--device ptx-sim` or `cuda`), and fill the train part of the report.

use std::io::IsTerminal;

use syncbn_ir::Graph;
use syncbn_passes::training::TrainingGraph;
use syncbn_passes::Lowered;
use syncbn_runtime::train::data::{missing_input, read_labels, DataInput, Labels};
use syncbn_runtime::train::{checkpoint, initial_state, Dataset, LrSchedule, Sgd, TrainOptions};

use super::args::{Args, Comm};
use super::error::CliError;
use super::progress::Progress;
use super::report::{Report, TrainSection};

/// Trains `lowered`, the lowered form of `training`, as the arguments say; the text to print.
pub fn train(
    args: &Args,
    lowered: &Lowered,
    training: &TrainingGraph,
    report: &mut Report,
) -> Result<String, CliError> {
    let spec = crate::training::spec(training);
    let batch = args.batch.unwrap_or(1) as usize;
    let data = dataset(args, &lowered.graph, training, batch)?;
    let steps = match (args.steps, args.epochs) {
        (Some(s), _) => s as usize,
        (None, e) => e.unwrap_or(1) as usize * data.steps_per_epoch(batch),
    };
    let initial = initial_state(&lowered.graph, &spec)?;
    let state = match &args.resume {
        Some(path) => checkpoint::load(path, &initial, &spec.params, args.momentum != 0.0)?,
        None => initial,
    };
    let done = state.step;
    let progress = Progress::new(args.quiet, std::io::stderr().is_terminal(), args.log_every as usize, steps, done);
    let options = TrainOptions {
        replicas: args.replicas.unwrap_or(1) as usize,
        device: super::finish::base_options(args).device,
        group_size: args.group_size.map(|g| g as usize),
        batch,
        steps,
        stop_after: args.stop_after.map(|k| k as usize),
        shuffle: args.shuffle,
        sgd: sgd(args),
        save: args.save.clone(),
        save_every: args.save_every.map(|k| k as usize),
        timeout: super::finish::run_timeout(args),
        progress: progress.callback(),
        cache: super::finish::kernel_cache(args),
        profile: args.profile.is_some(),
        fault: None,
    };
    let result = if args.comm == Some(Comm::Mpi) {
        super::world::train(lowered, &spec, &data, state, &options)
    } else {
        syncbn_runtime::train::train(lowered, &spec, &data, state, &options).map(Some).map_err(CliError::from)
    };
    progress.finish();
    let Some(result) = result? else {
        return Ok(String::new());
    };
    let (first, last) = (result.losses.first().copied(), result.losses.last().copied());
    let mut text = format!(
        "trained: steps {}..{} of {steps}, global batch {batch} on {} replicas: loss {} -> {}, {:.1} images/s, step {:.3} ms median\n",
        done + 1,
        done + result.losses.len(),
        options.replicas,
        first.map_or("-".into(), |l| format!("{l:.6}")),
        last.map_or("-".into(), |l| format!("{l:.6}")),
        result.images_per_s,
        result.step_ms.median,
    );
    if let Some(path) = &args.save {
        text.push_str(&format!("saved: {}\n", path.display()));
    }
    if let (Some(path), Some((profile, plan))) = (&args.profile, &result.profile) {
        let first_step = usize::from(result.losses.len() > 1);
        text.push_str(&super::profile::write(path, &lowered.graph, plan, profile, done + first_step, report)?);
    }
    report.train = Some(TrainSection {
        replicas: options.replicas,
        batch,
        steps,
        first_step: done,
        loss: result.losses,
        images_per_s: result.images_per_s,
        step_ms: result.step_ms,
        jit_ms: result.jit_ms,
        update_calls: result.update_calls,
    });
    Ok(text)
}

fn sgd(args: &Args) -> Sgd {
    Sgd {
        lr: args.lr.unwrap_or(0.0),
        momentum: args.momentum,
        nesterov: args.nesterov,
        weight_decay: args.weight_decay,
        schedule: args.lr_schedule.unwrap_or(LrSchedule::Constant),
        warmup: args.warmup as usize,
    }
}

/// The mapped `--input` files and the `--labels`; every data input of the model must be given.
fn dataset(args: &Args, lowered: &Graph, t: &TrainingGraph, batch: usize) -> Result<Dataset, CliError> {
    let mut inputs = Vec::with_capacity(args.inputs.len());
    for named in &args.inputs {
        inputs.push(DataInput::open(lowered, &named.name, &named.file)?);
    }
    let given: Vec<&str> = args.inputs.iter().map(|n| n.name.as_str()).collect();
    let labels_input = t.labels.as_ref().map(|l| l.input.as_str());
    if let Some(name) = missing_input(lowered, &given, &t.seed, labels_input) {
        return Err(CliError::Usage(format!("--train needs --input {name}=DATA.npy for model input {name:?}")));
    }
    let labels = match (&t.labels, &args.labels) {
        (Some(l), Some(path)) => Some(Labels::new(
            lowered,
            &l.input,
            read_labels(path)?.view(),
            l.classes,
            l.ignore_index,
            path.display().to_string(),
        )?),
        (Some(l), None) => {
            return Err(CliError::Usage(format!(
                "the model's loss takes class labels (input {:?}); expected --labels LABELS.npy",
                l.input
            )))
        }
        (None, Some(path)) => {
            return Err(CliError::Usage(format!(
            "--labels {} is given but the loss takes no labels; expected --loss cross-entropy or a model whose loss \
                 has a labels input",
            path.display()
        )))
        }
        (None, None) => None,
    };
    Ok(Dataset::new(inputs, labels, batch)?)
}
