//! Sharded input: each rank memory-maps the global-batch `.npy` files and copies only its own rows.
//!
//! The header is checked by the same parser and with the same messages as a single-process run
//! (`ndarray_npy`'s view over the mapped bytes, which checks the dtype, the byte order and the
//! file's length against the shape without touching the data); then only the pages of this rank's
//! rows are read. Inputs whose axis 0 is not the batch go whole to every rank. Without input files,
//! every rank generates the run's seeded random global batch and keeps its rows, so the run sees
//! the same numbers as a single-process run with that seed.

use std::collections::BTreeMap;
use std::fs::File;
use std::ops::Range;
use std::path::PathBuf;

use memmap2::Mmap;
use ndarray::{ArrayViewD, Axis, Slice};
use ndarray_npy::ViewNpyExt;
use syncbn_ir::Graph;

use crate::inputs::MAX_INPUT_ELEMENTS;
use crate::inputs::{batch_axes, bind_dims, prepare, RandomInputs};
use crate::npy::{model_input, view_error};
use crate::size::Bindings;
use crate::RunError;
use syncbn_ir::shard::split_batch;

/// One rank's inputs: its shard of every graph input and the global dimension bindings.
#[derive(Debug)]
pub struct LocalInputs {
    /// Per graph input (graph order), this rank's rows (or the whole tensor when it is not batched).
    pub shards: Vec<Vec<f32>>,
    /// Named dimensions bound by the global inputs; the batch dimension holds the global batch.
    pub global: Bindings,
    /// The batch dimension, if any input has one.
    pub batch_dim: Option<String>,
    /// The global batch (0 without a batch dimension).
    pub batch: usize,
}

/// Rank `rank` of `ranks`'s inputs: its rows of the files `files` (input name to `.npy` path), or of
/// the seeded random global batch `random` when there are no files.
pub fn local_inputs(
    graph: &Graph,
    files: &BTreeMap<String, PathBuf>,
    random: RandomInputs,
    rank: usize,
    ranks: usize,
) -> Result<LocalInputs, RunError> {
    if files.is_empty() {
        return random_shard(graph, random, rank, ranks);
    }
    if let Some((unknown, path)) = files.iter().find(|(k, _)| !graph.inputs.iter().any(|i| &i.name == *k)) {
        model_input(graph, unknown, &path.display().to_string())?;
    }
    let mut global = Bindings::new();
    let mut maps = Vec::with_capacity(graph.inputs.len());
    for info in &graph.inputs {
        let path = files.get(&info.name).ok_or_else(|| {
            RunError::input(format!("input {:?}", info.name), "missing; every model input needs an array")
        })?;
        let mapped = MappedNpy::open(path)?;
        model_input(graph, &info.name, &mapped.source)?;
        bind_dims(info, mapped.view()?.shape(), &mapped.source, &mut global)?;
        maps.push(mapped);
    }
    let (batch_dim, batched) = batch_axes(graph);
    let batch = batch_of(&global, batch_dim.as_deref());
    let rows = split_batch(batch, ranks).swap_remove(rank);
    let shards = (maps.iter().zip(&batched))
        .map(|(m, &b)| m.rows(if b { Some(rows.clone()) } else { None }))
        .collect::<Result<_, _>>()?;
    Ok(LocalInputs { shards, global, batch_dim, batch })
}

/// Every rank generates the same global random batch and keeps its rows.
fn random_shard(graph: &Graph, random: RandomInputs, rank: usize, ranks: usize) -> Result<LocalInputs, RunError> {
    let globals = prepare(graph, &BTreeMap::new(), random)?;
    let batch = batch_of(&globals.bindings, globals.batch_dim.as_deref());
    let rows = split_batch(batch, ranks).swap_remove(rank);
    let shards = (globals.arrays.iter().zip(&globals.batched))
        .map(|(a, &b)| copy_rows(a.view(), if b { Some(rows.clone()) } else { None }))
        .collect();
    Ok(LocalInputs { shards, global: globals.bindings, batch_dim: globals.batch_dim, batch })
}

fn batch_of(bindings: &Bindings, batch_dim: Option<&str>) -> usize {
    batch_dim.and_then(|d| bindings.get(d)).copied().unwrap_or(0) as usize
}

/// A mapped `.npy` file.
struct MappedNpy {
    source: String,
    map: Mmap,
}

impl MappedNpy {
    fn open(path: &std::path::Path) -> Result<Self, RunError> {
        let source = path.display().to_string();
        let io = |e: std::io::Error| RunError::input(&source, format!("cannot read: {e}"));
        let file = File::open(path).map_err(io)?;
        // SAFETY: the mapping is only read; the file must not be truncated or rewritten while the
        // run reads it (the same condition as for any reader of an input file).
        let map = unsafe { Mmap::map(&file) }.map_err(io)?;
        Ok(MappedNpy { source, map })
    }

    /// The file as an array, its header and length checked.
    fn view(&self) -> Result<ArrayViewD<'_, f32>, RunError> {
        ArrayViewD::<f32>::view_npy(&self.map).map_err(|e| view_error(&self.source, e))
    }

    /// A copy of rows `rows` (axis 0), or of the whole tensor for `None`, in standard order.
    fn rows(&self, rows: Option<Range<usize>>) -> Result<Vec<f32>, RunError> {
        let view = self.view()?;
        let row: usize = view.shape().iter().skip(1).product();
        let len = rows.as_ref().map_or(view.len(), |r| r.len().saturating_mul(row));
        if len > MAX_INPUT_ELEMENTS {
            return Err(RunError::input(
                &self.source,
                format!("this rank's shard has {len} elements; the input size limit is {MAX_INPUT_ELEMENTS}"),
            ));
        }
        Ok(copy_rows(view, rows))
    }
}

fn copy_rows(view: ArrayViewD<'_, f32>, rows: Option<Range<usize>>) -> Vec<f32> {
    match rows {
        Some(r) => view.slice_axis(Axis(0), Slice::from(r)).iter().copied().collect(),
        None => view.iter().copied().collect(),
    }
}
