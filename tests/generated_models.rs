//! Differential tests over generated models (`syncbn-testgen`): each random valid model is lowered
//! (forward, and its training graph through `differentiate` when it has batch outputs) for 1 to 4
//! replicas with uneven and empty shards and sync groups, run on CPU replicas through the runtime
//! API, and compared with the float64 reference interpreter over the global batch; the lowered
//! graph validates, a second run gives the same bytes, and the GPU form compiles for sm_80.
//!
//! Cases: `SYNCBN_GENERATED_CASES` (default 40, what CI runs). A long run:
//! `SYNCBN_GENERATED_CASES=10000 cargo test --release -p syncbn --test generated_models`.
//! A failing case shrinks; its model is written to `target/generated_failures/` and belongs, once
//! fixed, in `tests/regressions/` (every model there is checked by `regression_models`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ndarray::{ArrayD, IxDyn};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, RngSeed};
use syncbn_codegen::{compile_graph, Target};
use syncbn_ir::grad::GRAD_PREFIX;
use syncbn_ir::{infer_types, validate::validate, Dim, Graph, Limits};
use syncbn_passes::{differentiate, lower, LowerOptions};
use syncbn_reference::{run_global, split_batch, Tensor};
use syncbn_runtime::{run, RunOptions};
use syncbn_testgen::{build, cases, Case};

/// Replica counts, group sizes and global batches of one model's checks: one group, several
/// groups, uneven and empty shards.
const LAYOUTS: &[(usize, usize)] = &[(1, 1), (2, 2), (3, 3), (4, 2), (4, 4)];

/// Tolerance relative to each output's largest magnitude (f32 kernels against float64).
const TOLERANCE: f64 = 2e-4;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Parses and validates a model text; the generator promises validity, so failure is a bug.
fn load(text: &str, path: &Path) -> Graph {
    let graph = syncbn_ir::json::from_str(text, path).unwrap_or_else(|e| panic!("the generated model parses: {e}"));
    validate(&graph, &Limits::default(), path).unwrap_or_else(|e| panic!("the generated model validates: {e}"));
    graph
}

/// Whether some BatchNormalization trains (each sync group then needs 2 rows).
fn trains(graph: &Graph) -> bool {
    graph.nodes.iter().any(|n| {
        n.op == "BatchNormalization" && n.attr("training_mode").and_then(syncbn_ir::Attr::as_i64).unwrap_or(0) == 1
    })
}

/// Graph outputs with a batch axis (named first dimension): what a training step differentiates.
fn batch_outputs(graph: &Graph) -> Vec<String> {
    let types = infer_types(graph).expect("inference");
    let batch = |name: &String| types.get(name).is_some_and(|t| matches!(t.shape.first(), Some(Dim::Named(_))));
    graph.outputs.iter().filter(|o| batch(o)).cloned().collect()
}

/// The smallest global batch of at least `want` rows that gives each sync group 2 rows.
fn rows_for(want: usize, replicas: usize, group: usize, needs_two: bool) -> usize {
    let groups = replicas / group;
    (want..)
        .find(|&n| {
            let shards = split_batch(n, replicas);
            !needs_two || shards.chunks(group).all(|g| g.iter().map(|r| r.len()).sum::<usize>() >= 2)
        })
        .unwrap_or(2 * groups)
}

/// A seeded random tensor of `shape` (f32 values), with its f64 copy for the reference. The seed
/// goes through splitmix64 first: neighbouring seeds (the inputs of one case) give unrelated
/// streams. (Seeding xorshift with `seed | 1` gave seeds `2k` and `2k + 1` the same stream, so a
/// model's input and its upstream gradient could be the same tensor, which makes a BatchNorm's
/// input gradient an exact cancellation that no f32 computation can match.)
fn random(shape: &[usize], seed: u64, offset: f32) -> (ArrayD<f32>, Tensor) {
    let mut state = splitmix64(seed) | 1;
    let values: Vec<f32> = (0..shape.iter().product::<usize>())
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            ((state >> 11) as f64 / (1u64 << 53) as f64 * 3.0 - 1.5) as f32 + offset
        })
        .collect();
    let a = ArrayD::from_shape_vec(IxDyn(shape), values).expect("shape");
    let b = a.mapv(f64::from);
    (a, b)
}

/// One step of splitmix64: a well-mixed 64-bit value for each seed.
fn splitmix64(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Global-batch inputs of every graph input (the batch axis has `rows` rows).
fn inputs(graph: &Graph, rows: usize, seed: u64) -> (BTreeMap<String, ArrayD<f32>>, BTreeMap<String, Tensor>) {
    let types = infer_types(graph).expect("inference");
    let mut f32s = BTreeMap::new();
    let mut f64s = BTreeMap::new();
    for (k, input) in graph.inputs.iter().enumerate() {
        let shape: Vec<usize> = types[&input.name]
            .shape
            .iter()
            .map(|d| match d {
                Dim::Fixed(n) => *n as usize,
                Dim::Named(_) => rows,
            })
            .collect();
        let offset = if seed % 5 == 0 { 2.5 } else { 0.0 };
        let (a, b) = random(&shape, seed.wrapping_mul(31).wrapping_add(k as u64), offset);
        f32s.insert(input.name.clone(), a);
        f64s.insert(input.name.clone(), b);
    }
    (f32s, f64s)
}

/// `|got - want| <= TOLERANCE * max(max|want|, floor)` elementwise, NaN only where the reference has
/// NaN. `floor` keeps a tensor that is zero in exact arithmetic (the bias gradient of a BatchNorm
/// followed by another) from being compared with its rounding noise: for gradients, the size of
/// the terms they sum (see [`gradient_floor`]), 1e-3 otherwise.
fn compare(got: &ArrayD<f32>, want: &Tensor, floor: f64, what: &str) -> Result<(), String> {
    if got.shape() != want.shape() {
        return Err(format!("{what}: shape {:?}, expected {:?}", got.shape(), want.shape()));
    }
    let scale = want.iter().filter(|v| v.is_finite()).fold(floor, |m, v| m.max(v.abs()));
    for (i, (&g, &w)) in got.iter().zip(want.iter()).enumerate() {
        let g = f64::from(g);
        let ok = if w.is_nan() { g.is_nan() } else { (g - w).abs() <= TOLERANCE * scale || g == w };
        if !ok {
            return Err(format!("{what}: element {i} is {g}, expected {w} (scale {scale:.3e})"));
        }
    }
    Ok(())
}

/// The floor of a gradient's scale: the magnitude of the products of upstream gradient and input
/// that it sums, relative to the unshifted draw (values in [-1.5, 1.5]): 1 for those, about 7 for
/// inputs shifted by 2.5. A gradient that is zero in exact arithmetic (an eval BatchNorm's scale
/// feeding training BatchNorms, which undo any scale) is a cancellation of such terms, and its f32
/// value is their rounding (each per-channel mean of the upstream gradient rounds once, and that
/// error repeats over every element of the channel), so its error grows with them.
///
/// The terms can be larger than that: a training BatchNorm over a channel that is constant in the
/// batch (a Clip that saturates) multiplies its input gradient by `scale / sqrt(epsilon)`, about
/// 300 times, and a gradient that sums those (the bias gradient of the BatchNorm before it) carries
/// their rounding, in PyTorch's float32 as in ours. So the floor is at least the largest
/// intermediate gradient (`grad/...` tensors of the training graph) of the reference run.
fn gradient_floor(graph: &Graph, inputs: &BTreeMap<String, Tensor>, replicas: usize, group: usize) -> f64 {
    let largest = inputs.values().flat_map(|t| t.iter()).fold(0.0f64, |m, v| m.max(v.abs()));
    let mut probe = graph.clone();
    let intermediate = graph.nodes.iter().flat_map(|n| &n.outputs).filter(|o| o.starts_with(GRAD_PREFIX));
    probe.outputs.extend(intermediate.filter(|o| !graph.outputs.contains(o)).cloned());
    let terms = run_global(&probe, inputs, replicas, group).map_or(0.0, |all| {
        all.values().flat_map(|t| t.iter()).filter(|v| v.is_finite()).fold(0.0f64, |m, v| m.max(v.abs()))
    });
    (largest / 1.5).powi(2).max(terms).max(1.0)
}

/// Lowers `graph` for `replicas`/`group`, runs it on CPU replicas and compares every output with
/// the reference over the global batch; with `twice`, a second run must give the same bytes.
fn check_layout(
    graph: &Graph,
    replicas: usize,
    group: usize,
    rows: usize,
    seed: u64,
    twice: bool,
) -> Result<Graph, String> {
    let what = format!("R={replicas} G={group} N={rows}");
    let options = LowerOptions { replicas, group_size: group, ..Default::default() };
    let lowered = lower(graph, &options).map_err(|e| format!("{what}: lower: {e}"))?.graph;
    let again = lower(graph, &options).map_err(|e| format!("{what}: lower again: {e}"))?.graph;
    if syncbn_ir::json::to_string(&again) != syncbn_ir::json::to_string(&lowered) {
        return Err(format!("{what}: lowering twice gives different graphs"));
    }
    validate(&lowered, &Limits::default(), Path::new("lowered.json")).map_err(|e| format!("{what}: {e}"))?;
    let (f32s, f64s) = inputs(graph, rows, seed);
    let want = run_global(graph, &f64s, replicas, group).map_err(|e| format!("{what}: reference: {e}"))?;
    let opts = RunOptions { replicas, group_size: Some(group), inputs: f32s, ..Default::default() };
    let got = run(&lowered, &opts).map_err(|e| format!("{what}: run: {e}"))?;
    let differentiated = graph.outputs.iter().any(|o| o.starts_with(GRAD_PREFIX));
    let grad_floor = if differentiated { gradient_floor(graph, &f64s, replicas, group) } else { 1.0 };
    for name in &graph.outputs {
        let g = got.output(name).ok_or_else(|| format!("{what}: no output {name}"))?;
        let floor = if name.starts_with(GRAD_PREFIX) { grad_floor } else { 1e-3 };
        compare(g, &want[name], floor, &format!("{what}: output {name}"))?;
    }
    if twice {
        let second = run(&lowered, &opts).map_err(|e| format!("{what}: second run: {e}"))?;
        for (a, b) in got.outputs.iter().zip(&second.outputs) {
            let bits = |x: &ArrayD<f32>| x.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            if bits(&a.array) != bits(&b.array) {
                return Err(format!("{what}: output {} differs between two runs", a.name));
            }
        }
    }
    Ok(lowered)
}

/// The training graph of `graph` for its batch outputs, with `grad_output/<y>` inputs.
fn training_graph(graph: &Graph) -> Result<Option<Graph>, String> {
    let outputs = batch_outputs(graph);
    if outputs.is_empty() {
        return Ok(None);
    }
    differentiate(graph, &outputs).map(Some).map_err(|e| format!("differentiate: {e}"))
}

/// Every check of one model; `seed` draws its inputs.
fn check_graph(graph: &Graph, seed: u64) -> Result<(), String> {
    let needs_two = trains(graph);
    let training = training_graph(graph)?;
    for (k, &(replicas, group)) in LAYOUTS.iter().enumerate() {
        let want = [replicas * 2 + 1, replicas - 1, 2 * (replicas / group), 2][(seed as usize + k) % 4];
        let rows = rows_for(want, replicas, group, needs_two);
        let lowered =
            check_layout(graph, replicas, group, rows, seed + k as u64, k == 0).map_err(|e| format!("forward {e}"))?;
        let trained = match &training {
            Some(t) => Some(
                check_layout(t, replicas, group, rows, seed + k as u64, k == 0).map_err(|e| format!("training {e}"))?,
            ),
            None => None,
        };
        if k == 0 {
            for (g, kind) in std::iter::once(&lowered).chain(trained.as_ref()).zip(["forward", "training"]) {
                compile_graph(g, Target::Sm(80)).map_err(|e| format!("{kind} graph for sm_80: {e}"))?;
            }
        }
    }
    Ok(())
}

/// Writes a failing model under `target/generated_failures/` and returns its path.
fn save_failure(text: &str, case: &Case) -> PathBuf {
    let dir = root().join("target/generated_failures");
    std::fs::create_dir_all(&dir).expect("target/generated_failures");
    let path = dir.join(format!("generated_{:016x}_{}.json", case.seed, case.choices.len()));
    std::fs::write(&path, text).expect("write the failing model");
    path
}

fn check_case(case: &Case) -> Result<(), TestCaseError> {
    let model = build(case);
    let text = model.text();
    let graph = load(&text, Path::new("generated.json"));
    if let Err(e) = check_graph(&graph, case.seed) {
        let path = save_failure(&text, case);
        return Err(TestCaseError::fail(format!("{e} (model: {})", path.display())));
    }
    Ok(())
}

fn case_count() -> u32 {
    std::env::var("SYNCBN_GENERATED_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(40)
}

/// The run's seed: `SYNCBN_GENERATED_SEED`, else fixed (CI runs the same cases every time).
fn seed() -> u64 {
    std::env::var("SYNCBN_GENERATED_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(15)
}

proptest! {
    #![proptest_config(Config {
        cases: case_count(),
        rng_seed: RngSeed::Fixed(seed()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..Config::default()
    })]

    #[test]
    fn generated_models_match_the_reference(case in cases()) {
        check_case(&case)?;
    }
}

/// The case seed in a name [`save_failure`] wrote (`generated_<seed>_<choices>.json`): the seed
/// that drew the failing case's inputs.
fn saved_seed(path: &Path) -> Option<u64> {
    let stem = path.file_stem()?.to_str()?;
    u64::from_str_radix(stem.strip_prefix("generated_")?.split('_').next()?, 16).ok()
}

/// Every committed regression model (minimized generated cases that once failed) passes the same checks.
#[test]
fn regression_models() {
    let dir = root().join("tests/regressions");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/regressions")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("read");
        let graph = load(&text, path);
        check_graph(&graph, saved_seed(path).unwrap_or(7)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    println!("{} regression models", paths.len());
}

/// The inputs of one case are drawn independently: no two of them are the same tensor.
#[test]
fn inputs_of_a_case_are_independent() {
    for seed in 0..64u64 {
        let base = seed.wrapping_mul(31);
        let (a, _) = random(&[2, 3, 7, 5], base, 0.0);
        let (b, _) = random(&[2, 3, 7, 5], base + 1, 0.0);
        let same = a.iter().zip(&b).filter(|(x, y)| x == y).count();
        assert!(same < 4, "seed {seed}: inputs 0 and 1 share {same} of {} values", a.len());
    }
}
