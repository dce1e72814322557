//! Training data: memory-mapped `.npy` inputs and int64 labels, checked against the model once,
//! and the rows of each step (in order, or a seeded permutation per epoch; the last partial batch
//! of an epoch is dropped).

use std::fs::File;
use std::path::{Path, PathBuf};

use memmap2::Mmap;
use ndarray::ArrayViewD;
use ndarray_npy::ViewNpyExt;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use syncbn_ir::{Dim, Graph};

use crate::npy::view_error;
use crate::RunError;

/// One memory-mapped f32 `.npy` file fed to a graph input, whose axis 0 is the sample axis.
pub struct MappedInput {
    /// The graph input's index.
    pub input: usize,
    path: PathBuf,
    map: Mmap,
    row: usize,
    rows: usize,
}

/// The data of a training run: every batched input and the labels, all with the same row count.
pub struct Dataset {
    /// The mapped inputs.
    pub inputs: Vec<MappedInput>,
    /// The labels input's index and the class of every row (as f32, exact below 2^24 classes).
    pub labels: Option<(usize, Vec<f32>)>,
    /// Rows (samples) in the data.
    pub rows: usize,
}

impl MappedInput {
    /// Maps `path`, checks it against model input `name` and returns it with its row count.
    pub fn open(graph: &Graph, name: &str, path: &Path) -> Result<Self, RunError> {
        let source = path.display().to_string();
        let info = crate::npy::model_input(graph, name, &source)?;
        let input = graph.inputs.iter().position(|i| i.name == name).unwrap_or_default();
        let io = |e: std::io::Error| RunError::input(&source, format!("cannot read: {e}"));
        let file = File::open(path).map_err(io)?;
        // SAFETY: the mapping is only read; the file must not be truncated or rewritten while the
        // run reads it (the same condition as for any reader of an input file).
        let map = unsafe { Mmap::map(&file) }.map_err(io)?;
        let view = ArrayViewD::<f32>::view_npy(&map).map_err(|e| view_error(&source, e))?;
        let shape = view.shape().to_vec();
        if !matches!(info.shape.first(), Some(Dim::Named(_))) {
            return Err(RunError::input(&source, format!("model input {name:?} has no batch axis to train over")));
        }
        let mut sample = shape.clone();
        if let Some(first) = sample.first_mut() {
            *first = 1;
        }
        let mut per_sample = info.clone();
        per_sample.shape[0] = Dim::Fixed(1);
        crate::inputs::bind_dims(&per_sample, &sample, &source, &mut Default::default())?;
        let (rows, row) = (shape[0], shape[1..].iter().product());
        Ok(MappedInput { input, path: path.to_path_buf(), map, row, rows })
    }

    /// Appends the given rows to `out`.
    pub fn gather(&self, rows: &[usize], out: &mut Vec<f32>) -> Result<(), RunError> {
        let view =
            ArrayViewD::<f32>::view_npy(&self.map).map_err(|e| view_error(&self.path.display().to_string(), e))?;
        let data = view.as_slice().ok_or_else(|| RunError::input(self.path.display().to_string(), "not in C order"))?;
        out.clear();
        for &r in rows {
            out.extend_from_slice(&data[r * self.row..(r + 1) * self.row]);
        }
        Ok(())
    }
}

/// Reads int64 class labels from `path` for `classes` classes: a 1-D array, every value in `0..classes`.
pub fn read_labels(path: &Path, classes: u64) -> Result<Vec<f32>, RunError> {
    let source = path.display().to_string();
    let labels: ndarray::Array1<i64> = ndarray_npy::read_npy(path).map_err(|e| {
        RunError::input(&source, format!("cannot read class labels: {e}; expected a 1-D int64 .npy file"))
    })?;
    let limit = classes.min(1 << 24);
    if let Some((i, &bad)) = labels.iter().enumerate().find(|(_, &l)| l < 0 || l as u64 >= limit) {
        return Err(RunError::input(
            &source,
            format!("label {bad} at row {i} is out of range; expected a class in 0..{classes}"),
        ));
    }
    Ok(labels.iter().map(|&l| l as f32).collect())
}

impl Dataset {
    /// Checks that every input and the labels have the same number of rows and that a batch of
    /// `batch` fits in them.
    pub fn new(
        inputs: Vec<MappedInput>,
        labels: Option<(usize, Vec<f32>, PathBuf)>,
        batch: usize,
    ) -> Result<Self, RunError> {
        let first =
            inputs.first().ok_or_else(|| RunError::input("--input", "training needs at least one input file"))?;
        let rows = first.rows;
        for m in &inputs[1..] {
            if m.rows != rows {
                return Err(RunError::input(
                    m.path.display().to_string(),
                    format!("has {} rows; expected {rows}, as {}", m.rows, first.path.display()),
                ));
            }
        }
        if let Some((_, l, path)) = &labels {
            if l.len() != rows {
                return Err(RunError::input(
                    path.display().to_string(),
                    format!("has {} labels; expected one per row of {} ({rows})", l.len(), first.path.display()),
                ));
            }
        }
        if batch == 0 || batch > rows {
            return Err(RunError::Options {
                option: "batch",
                message: format!("--batch {batch} does not fit the data: {} has {rows} rows", first.path.display()),
            });
        }
        Ok(Dataset { inputs, labels: labels.map(|(i, l, _)| (i, l)), rows })
    }

    /// Full batches per epoch.
    pub fn steps_per_epoch(&self, batch: usize) -> usize {
        self.rows / batch.max(1)
    }
}

/// The row order of `epoch`: `0..rows`, or with a seed a permutation drawn from ChaCha8 seeded by
/// the seed and the epoch.
pub fn epoch_order(rows: usize, shuffle: Option<u64>, epoch: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows).collect();
    if let Some(seed) = shuffle {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (epoch as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        order.shuffle(&mut rng);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epochs_are_permutations_that_differ() {
        let (a, b) = (epoch_order(10, Some(3), 0), epoch_order(10, Some(3), 1));
        assert_ne!(a, b);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..10).collect::<Vec<_>>());
        assert_eq!(a, epoch_order(10, Some(3), 0));
        assert_eq!(epoch_order(4, None, 5), vec![0, 1, 2, 3]);
    }
}
