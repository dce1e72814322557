//! Training data: graph inputs fed from memory-mapped `.npy` files or from arrays in memory, and
//! int64 labels (`[N]`, or `[N, d1, ..., dk]` per pixel), checked against the model once, and the rows of each step (in order, or a seeded
//! permutation per epoch; the last partial batch of an epoch is dropped).

use std::fs::File;
use std::path::Path;

use memmap2::Mmap;
use ndarray::{ArrayD, ArrayViewD};
use ndarray_npy::ViewNpyExt;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use syncbn_ir::{Dim, Graph};

use crate::npy::view_error;
use crate::RunError;

/// Where a data input's values live.
enum Rows {
    /// A memory-mapped `.npy` file.
    Mapped(Mmap),
    /// Values in C order, owned.
    Owned(Vec<f32>),
}

/// The f32 data fed to one graph input, whose axis 0 is the sample axis: a memory-mapped `.npy`
/// file or an array in memory.
pub struct DataInput {
    /// The graph input's index.
    pub input: usize,
    source: String,
    values: Rows,
    row: usize,
    rows: usize,
}

/// The data of a training run: every batched input and the labels, all with the same row count.
pub struct Dataset {
    /// The data inputs.
    pub inputs: Vec<DataInput>,
    /// The labels, when the loss takes them.
    pub labels: Option<Labels>,
    /// Rows (samples) in the data.
    pub rows: usize,
}

/// Class labels for a training run, checked: the labels input's index, every label row by row
/// (one per row of `[N]` labels, `per_row` per row of `[N, d1, ..., dk]` ones: a segmentation
/// network's per-pixel labels), and where they came from (for messages).
pub struct Labels {
    /// The labels input's index in the graph.
    pub input: usize,
    /// Every label, row by row, as f32 (exact below 2^24).
    pub classes: Vec<f32>,
    /// Labels per row: the product of `d1..dk` (1 for `[N]` labels).
    pub per_row: usize,
    /// The file or argument the labels came from.
    pub source: String,
}

impl Labels {
    /// Checks `labels` (rows first), from `source`, against the labels input `name` of `graph` (its
    /// shape after the rows) and the loss's `classes` and `ignore`d label.
    pub fn new(
        graph: &Graph,
        name: &str,
        labels: ArrayViewD<'_, i64>,
        classes: u64,
        ignore: Option<i64>,
        source: String,
    ) -> Result<Self, RunError> {
        let (input, info) = (graph.inputs.iter().enumerate().find(|(_, i)| i.name == name))
            .ok_or_else(|| RunError::unsupported(name, "the training graph has no such labels input"))?;
        let per_row_shape = &labels.shape()[labels.ndim().min(1)..];
        let fits = |want: &[Dim]| {
            want.len() == per_row_shape.len()
                && want.iter().zip(per_row_shape).all(|(w, &g)| w.fixed().is_none_or(|w| w == g as u64))
        };
        if labels.ndim() == 0 || !fits(&info.shape[1..]) {
            return Err(RunError::input(
                &source,
                format!(
                    "has class labels of shape {:?}; expected {}, one label per {} of the model's scores",
                    labels.shape(),
                    syncbn_ir::shape::display_shape(&info.shape),
                    if info.shape.len() > 1 { "pixel" } else { "row" }
                ),
            ));
        }
        let per_row = per_row_shape.iter().product();
        let values = labels.as_standard_layout();
        let flat = values.as_slice().unwrap_or_default();
        let classes = check_labels(flat, per_row_shape, classes, ignore, &source)?;
        Ok(Labels { input, classes, per_row, source })
    }
}

/// The first input of the training graph `graph` that has no data among `given`: every input but
/// the loss's upstream-gradient `seed` and the `labels` input needs rows.
pub fn missing_input<'g>(graph: &'g Graph, given: &[&str], seed: &str, labels: Option<&str>) -> Option<&'g str> {
    (graph.inputs.iter().map(|i| i.name.as_str()))
        .find(|&name| !given.contains(&name) && name != seed && Some(name) != labels)
}

impl DataInput {
    /// Maps `path`, checks it against model input `name` and returns it with its row count.
    pub fn open(graph: &Graph, name: &str, path: &Path) -> Result<Self, RunError> {
        let source = path.display().to_string();
        let io = |e: std::io::Error| RunError::input(&source, format!("cannot read: {e}"));
        let file = File::open(path).map_err(io)?;
        // SAFETY: the mapping is only read; the file must not be truncated or rewritten while the
        // run reads it (the same condition as for any reader of an input file).
        let map = unsafe { Mmap::map(&file) }.map_err(io)?;
        let view = ArrayViewD::<f32>::view_npy(&map).map_err(|e| view_error(&source, e))?;
        let shape = view.shape().to_vec();
        DataInput::checked(graph, name, &shape, source, Rows::Mapped(map))
    }

    /// Takes `array` (any memory order) for model input `name`, checked like a file.
    pub fn from_array(graph: &Graph, name: &str, array: ArrayViewD<'_, f32>) -> Result<Self, RunError> {
        let shape = array.shape().to_vec();
        let values = array.as_standard_layout().iter().copied().collect();
        DataInput::checked(graph, name, &shape, format!("input {name:?}"), Rows::Owned(values))
    }

    /// Checks `shape` (rows first) against model input `name`.
    fn checked(graph: &Graph, name: &str, shape: &[usize], source: String, values: Rows) -> Result<Self, RunError> {
        let info = crate::npy::model_input(graph, name, &source)?;
        let input = graph.inputs.iter().position(|i| i.name == name).unwrap_or_default();
        if !matches!(info.shape.first(), Some(Dim::Named(_))) {
            return Err(RunError::input(&source, format!("model input {name:?} has no batch axis to train over")));
        }
        let mut sample = shape.to_vec();
        if let Some(first) = sample.first_mut() {
            *first = 1;
        }
        let mut per_sample = info.clone();
        per_sample.shape[0] = Dim::Fixed(1);
        crate::inputs::bind_dims(&per_sample, &sample, &source, &mut Default::default())?;
        let (rows, row) = (shape[0], shape[1..].iter().product());
        Ok(DataInput { input, source, values, row, rows })
    }

    /// Appends the given rows to `out`.
    pub fn gather(&self, rows: &[usize], out: &mut Vec<f32>) -> Result<(), RunError> {
        let view;
        let data = match &self.values {
            Rows::Owned(values) => values.as_slice(),
            Rows::Mapped(map) => {
                view = ArrayViewD::<f32>::view_npy(map).map_err(|e| view_error(&self.source, e))?;
                view.to_slice().ok_or_else(|| RunError::input(&self.source, "not in C order"))?
            }
        };
        out.clear();
        for &r in rows {
            out.extend_from_slice(&data[r * self.row..(r + 1) * self.row]);
        }
        Ok(())
    }
}

/// Reads int64 class labels from `path`: `[N]`, or `[N, d1, ..., dk]` per-pixel labels.
pub fn read_labels(path: &Path) -> Result<ArrayD<i64>, RunError> {
    ndarray_npy::read_npy(path).map_err(|e| {
        RunError::input(
            path.display().to_string(),
            format!("cannot read class labels: {e}; expected an int64 .npy file of shape [N] or [N, d1, ..., dk]"),
        )
    })
}

/// Checks class labels `[N, row...]` for `classes` classes (every value in `0..classes`, or
/// `ignore`, which must be exact in f32) and returns them as f32; the message names the first
/// bad label's row (and its position in the row for per-pixel labels).
fn check_labels(
    labels: &[i64],
    row: &[usize],
    classes: u64,
    ignore: Option<i64>,
    source: &str,
) -> Result<Vec<f32>, RunError> {
    let limit = classes.min(1 << 24);
    let exact = |l: i64| l.unsigned_abs() < 1 << 24;
    let bad = |&l: &i64| Some(l) != ignore && (l < 0 || l as u64 >= limit) || !exact(l);
    if let Some((i, &l)) = labels.iter().enumerate().find(|(_, l)| bad(l)) {
        let also = match ignore {
            Some(g) => format!(" or the ignored label {g}"),
            None => format!(" (if {l} marks unlabelled items, ignore it: --ignore-index {l})"),
        };
        return Err(RunError::input(
            source,
            format!("label {l} at {} is out of range; expected a class in 0..{classes}{also}", position(i, row)),
        ));
    }
    Ok(labels.iter().map(|&l| l as f32).collect())
}

/// Where label `i` (flat) of labels `[N, row...]` is: `row 4`, or `row 4, position [2, 3]`.
fn position(i: usize, row: &[usize]) -> String {
    let per_row: usize = row.iter().product();
    if row.is_empty() || per_row == 0 {
        return format!("row {i}");
    }
    let mut rest = i % per_row;
    let mut at = vec![0; row.len()];
    for (a, &d) in at.iter_mut().zip(row).rev() {
        (*a, rest) = (rest % d, rest / d);
    }
    let at: Vec<String> = at.iter().map(usize::to_string).collect();
    format!("row {}, position [{}]", i / per_row, at.join(", "))
}

impl Dataset {
    /// Checks that every input and the labels have the same number of rows and that a batch of
    /// `batch` fits in them.
    pub fn new(inputs: Vec<DataInput>, labels: Option<Labels>, batch: usize) -> Result<Self, RunError> {
        let first = inputs.first().ok_or_else(|| RunError::input("--input", "training needs at least one input"))?;
        let rows = first.rows;
        for m in &inputs[1..] {
            if m.rows != rows {
                return Err(RunError::input(
                    &m.source,
                    format!("has {} rows; expected {rows}, as {}", m.rows, first.source),
                ));
            }
        }
        if let Some(l) = &labels {
            if l.classes.len() != rows * l.per_row {
                let count = l.classes.len() / l.per_row.max(1);
                let what = if l.per_row == 1 { "labels" } else { "rows of labels" };
                return Err(RunError::input(
                    &l.source,
                    format!("has {count} {what}; expected one per row of {} ({rows})", first.source),
                ));
            }
        }
        if batch == 0 || batch > rows {
            return Err(RunError::Options {
                option: "batch",
                message: format!("--batch {batch} does not fit the data: {} has {rows} rows", first.source),
            });
        }
        Ok(Dataset { inputs, labels, rows })
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

    #[test]
    fn a_bad_label_is_named_by_its_row_and_position() {
        assert_eq!(position(4, &[]), "row 4");
        assert_eq!(position(2 * 35 + 5 * 2 + 3, &[7, 5]), "row 2, position [2, 3]");
        let err = check_labels(&[0, 1, 255, 3, 0, 2], &[3], 3, Some(255), "l.npy").unwrap_err().to_string();
        assert!(err.contains("l.npy") && err.contains("label 3 at row 1, position [0]"), "{err}");
        assert!(err.contains("0..3 or the ignored label 255"), "{err}");
    }
}
