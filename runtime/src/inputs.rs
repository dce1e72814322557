//! Run inputs: checking global-batch arrays against the model, seeded random inputs, and sharding.

use std::collections::BTreeMap;

use ndarray::{ArrayD, IxDyn};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use syncbn_ir::shape::display_shape;
use syncbn_ir::{DType, Dim, Graph, ValueInfo};

use crate::size::Bindings;
use crate::RunError;

/// Largest input tensor, in elements (generated inputs included).
pub const MAX_INPUT_ELEMENTS: usize = 1 << 30;

/// The global-batch inputs of a run, in the graph's input order, with the named dimensions they bind.
#[derive(Debug)]
pub struct GlobalInputs {
    /// One standard-layout array per graph input.
    pub arrays: Vec<ArrayD<f32>>,
    /// Named dimensions bound by the arrays; the batch dimension holds the global batch.
    pub bindings: Bindings,
    /// The name of the batch dimension (axis 0 of the inputs), if any input has one.
    pub batch_dim: Option<String>,
    /// Per input, whether its axis 0 is the batch dimension (so it is split over the replicas).
    pub batched: Vec<bool>,
}

/// How [`prepare`] fills inputs that the caller did not give.
#[derive(Clone, Copy, Debug)]
pub struct RandomInputs {
    /// Global batch size of generated inputs.
    pub batch: usize,
    /// Seed of the generator (ChaCha8).
    pub seed: u64,
}

/// Checks the given arrays against the model's inputs (names, dtype, rank, fixed dimensions,
/// consistent named dimensions). With no arrays at all, generates seeded random ones.
pub fn prepare(
    graph: &Graph,
    given: &BTreeMap<String, ArrayD<f32>>,
    random: RandomInputs,
) -> Result<GlobalInputs, RunError> {
    if let Some(unknown) = given.keys().find(|k| !graph.inputs.iter().any(|i| &i.name == *k)) {
        let known: Vec<&str> = graph.inputs.iter().map(|i| i.name.as_str()).collect();
        return Err(RunError::input(
            format!("input {unknown:?}"),
            format!("the model has no such input; its inputs are {known:?}"),
        ));
    }
    let mut bindings = Bindings::new();
    let mut arrays = Vec::with_capacity(graph.inputs.len());
    let mut rng = ChaCha8Rng::seed_from_u64(random.seed);
    for info in &graph.inputs {
        check_dtype(info)?;
        let array = match given.get(&info.name) {
            Some(a) => a.as_standard_layout().into_owned(),
            None if given.is_empty() => random_array(info, random.batch, &mut rng)?,
            None => {
                return Err(RunError::input(
                    format!("input {:?}", info.name),
                    "missing; every model input needs an array",
                ))
            }
        };
        bind_dims(info, array.shape(), &format!("input {:?}", info.name), &mut bindings)?;
        arrays.push(array);
    }
    let (batch_dim, batched) = batch_axes(graph);
    Ok(GlobalInputs { arrays, bindings, batch_dim, batched })
}

/// The batch dimension (the name of the first input's axis 0 that has one) and, per graph input,
/// whether its axis 0 is that dimension (so it is split over the replicas).
pub fn batch_axes(graph: &Graph) -> (Option<String>, Vec<bool>) {
    let batch_dim = graph.inputs.iter().find_map(|i| match i.shape.first() {
        Some(Dim::Named(n)) => Some(n.clone()),
        _ => None,
    });
    let batched = (graph.inputs.iter())
        .map(|i| matches!((i.shape.first(), &batch_dim), (Some(Dim::Named(n)), Some(b)) if n == b))
        .collect();
    (batch_dim, batched)
}

fn check_dtype(info: &ValueInfo) -> Result<(), RunError> {
    if info.dtype == DType::F32 {
        return Ok(());
    }
    Err(RunError::unsupported(
        &info.name,
        format!("model input has dtype {}; the runtime feeds f32 inputs only", info.dtype),
    ))
}

/// Checks rank and fixed dimensions of an array fed as model input `info` and binds the named
/// ones, consistently across inputs; errors name `source` (the file, or the input).
pub fn bind_dims(info: &ValueInfo, shape: &[usize], source: &str, bindings: &mut Bindings) -> Result<(), RunError> {
    let err = |m: String| RunError::input(source, m);
    let expected = display_shape(&info.shape);
    if shape.len() != info.shape.len() {
        return Err(err(format!(
            "has rank {} (shape {shape:?}); input {:?} of the model has rank {} {expected}",
            shape.len(),
            info.name,
            info.shape.len()
        )));
    }
    for (axis, (dim, &got)) in info.shape.iter().zip(shape).enumerate() {
        match dim {
            Dim::Fixed(want) if *want != got as u64 => {
                return Err(err(format!(
                    "axis {axis} is {got}; input {:?} of the model expects {want} (shape {expected})",
                    info.name
                )));
            }
            Dim::Fixed(_) => {}
            Dim::Named(name) => match bindings.insert(name.clone(), got as u64) {
                Some(prev) if prev != got as u64 => {
                    return Err(err(format!(
                        "axis {axis} ({name}) is {got}, but another input binds {name} to {prev}"
                    )));
                }
                _ => {}
            },
        }
    }
    Ok(())
}

/// A uniform random array in [-2, 2) whose axis-0 name takes `batch`; other names are not guessable.
fn random_array(info: &ValueInfo, batch: usize, rng: &mut ChaCha8Rng) -> Result<ArrayD<f32>, RunError> {
    let mut shape = Vec::with_capacity(info.shape.len());
    for (axis, dim) in info.shape.iter().enumerate() {
        shape.push(match dim {
            Dim::Fixed(n) => {
                usize::try_from(*n).map_err(|_| RunError::unsupported(&info.name, "dimension too large"))?
            }
            Dim::Named(_) if axis == 0 => batch,
            Dim::Named(n) => {
                return Err(RunError::input(
                    format!("input {:?}", info.name),
                    format!(
                        "dimension {n} (axis {axis}) cannot be chosen for random inputs; give the input explicitly"
                    ),
                ));
            }
        });
    }
    let len = shape.iter().try_fold(1usize, |a, &d| a.checked_mul(d));
    let len = len.filter(|&l| l <= MAX_INPUT_ELEMENTS).ok_or_else(|| {
        RunError::input(
            format!("input {:?}", info.name),
            format!("random input of shape {shape:?} is over the size limit"),
        )
    })?;
    let data = (0..len).map(|_| rng.gen_range(-2.0f32..2.0)).collect();
    ArrayD::from_shape_vec(IxDyn(&shape), data)
        .map_err(|e| RunError::input(format!("input {:?}", info.name), e.to_string()))
}
