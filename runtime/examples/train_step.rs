//! Compile a model and run one SyncBN training step on R CPU replicas, then one layer on its own (`layer_train`).
//!
//! `cargo run -p syncbn-runtime --example train_step -- [MODEL.json] [REPLICAS] [GROUP_SIZE]`
//! (defaults: examples/bn_only.json, 4 replicas, one sync group).

use std::path::PathBuf;
use std::process::ExitCode;

use ndarray::{ArrayD, IxDyn};
use syncbn_ir::Limits;
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::{layer_train, run, BnOptions, ExecutionPlan, RunOptions};

fn main() -> ExitCode {
    match train_step() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn train_step() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let default_model = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/bn_only.json");
    let model = args.next().map(PathBuf::from).unwrap_or(default_model);
    let replicas: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(4);
    let group_size: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(replicas);

    // Compile: load, lower (SyncBN rewrite, fusion, bucketing) and plan.
    let graph = syncbn_ir::load_model(&model, &Limits::default())?;
    let lowered = lower(&graph, &LowerOptions { replicas, group_size, ..Default::default() })?;
    let plan = ExecutionPlan::build(&lowered.graph, replicas, group_size)?;
    println!(
        "{}: {} steps, {} collectives per step, {} buffers",
        graph.name,
        plan.steps.len(),
        plan.collectives(),
        plan.buffers.len()
    );

    // Run one real step and 5 timed steps on seeded random inputs (3 rows per replica).
    let options = RunOptions {
        replicas,
        group_size: Some(group_size),
        random_batch: Some(3 * replicas),
        bench_steps: 5,
        ..Default::default()
    };
    let result = run(&lowered.graph, &options)?;
    for o in &result.outputs {
        let mean = o.array.iter().map(|&v| v as f64).sum::<f64>() / o.array.len().max(1) as f64;
        println!("  {:<28} {:?} mean {mean:+.6}", o.name, o.array.shape());
    }
    let t = &result.timings;
    println!("  step {:.3} ms (median of {}), JIT {:.1} ms", t.step_ms.median, t.steps, t.jit_ms);

    // One layer on its own: SyncBN over a [6, 4, 5] batch on 3 replicas.
    let x = ArrayD::from_shape_fn(IxDyn(&[6, 4, 5]), |i| (i[0] * 20 + i[1] * 5 + i[2]) as f32 * 0.1);
    let c = 4;
    let bn = layer_train(
        &x,
        &vec![1.0; c],
        &vec![0.0; c],
        &vec![0.0; c],
        &vec![1.0; c],
        &BnOptions { replicas: 3, ..Default::default() },
    )?;
    println!("layer_train on 3 replicas: running_mean {:?}", bn.running_mean.as_slice().unwrap_or_default());
    Ok(())
}
