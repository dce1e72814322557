//! Checkpoints: safetensors files holding every trained initializer and running statistic under
//! its model name (PyTorch `state_dict` names for models from `torch.onnx.export`), each momentum
//! buffer under `optimizer.momentum_buffer.<name>` and the steps done under `optimizer.step`
//! (int64 scalar); written to a temporary file and renamed. `--weights` reads the model-named
//! tensors of such a file (or of any safetensors `state_dict`) into a model's initializers.

use std::collections::BTreeMap;
use std::path::Path;

use safetensors::tensor::{Dtype, SafeTensorError, TensorView};
use safetensors::SafeTensors;
use syncbn_ir::{DType, Graph, InitSource};

use crate::npy::DEFAULT_MAX_INPUT_BYTES;
use crate::RunError;

/// Key prefix of the momentum buffers.
pub const MOMENTUM_PREFIX: &str = "optimizer.momentum_buffer.";
/// Key of the number of steps done (int64 scalar).
pub const STEP_KEY: &str = "optimizer.step";

/// What training carries from step to step: the steps done, the trained initializers and running
/// statistics (shape and values, by initializer name), and the momentum buffers (by parameter).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainState {
    /// Steps done.
    pub step: usize,
    /// Parameters and running statistics: shape and values.
    pub tensors: BTreeMap<String, (Vec<usize>, Vec<f32>)>,
    /// Momentum buffers of the parameters that have one.
    pub momentum: BTreeMap<String, Vec<f32>>,
}

fn bytes_of(values: &[f32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Writes `state` to `path` through a temporary file in the same folder and a rename.
pub fn save(state: &TrainState, path: &Path) -> Result<(), RunError> {
    let write_err = |e: String| RunError::Write { path: path.to_path_buf(), message: e };
    let mut blobs: Vec<(String, Vec<usize>, Vec<u8>, Dtype)> = Vec::new();
    for (name, (shape, values)) in &state.tensors {
        blobs.push((name.clone(), shape.clone(), bytes_of(values), Dtype::F32));
        if let Some(buf) = state.momentum.get(name) {
            blobs.push((format!("{MOMENTUM_PREFIX}{name}"), shape.clone(), bytes_of(buf), Dtype::F32));
        }
    }
    blobs.push((STEP_KEY.into(), vec![], (state.step as i64).to_le_bytes().to_vec(), Dtype::I64));
    let views = (blobs.iter())
        .map(|(name, shape, data, dtype)| {
            TensorView::new(*dtype, shape.clone(), data)
                .map(|v| (name.clone(), v))
                .map_err(|e| write_err(e.to_string()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let bytes = safetensors::serialize(views, &None).map_err(|e| write_err(e.to_string()))?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "checkpoint".into());
    let tmp = path.with_file_name(format!(".{file_name}.tmp.{}", std::process::id()));
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| write_err(e.to_string()))?;
    }
    std::fs::write(&tmp, bytes).map_err(|e| write_err(e.to_string()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        write_err(e.to_string())
    })
}

/// The bytes of a safetensors file of at most the input size limit.
fn read_file(path: &Path) -> Result<Vec<u8>, RunError> {
    let source = path.display().to_string();
    let io = |e: std::io::Error| RunError::input(&source, format!("cannot read: {e}"));
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > DEFAULT_MAX_INPUT_BYTES {
        return Err(RunError::input(&source, format!("is {size} bytes; the limit is {DEFAULT_MAX_INPUT_BYTES}")));
    }
    std::fs::read(path).map_err(io)
}

fn parse<'a>(path: &Path, bytes: &'a [u8]) -> Result<SafeTensors<'a>, RunError> {
    SafeTensors::deserialize(bytes)
        .map_err(|e| RunError::input(path.display().to_string(), format!("not a valid safetensors file: {}", why(&e))))
}

/// What a safetensors parse error says about the file, as a sentence.
fn why(e: &SafeTensorError) -> String {
    match e {
        SafeTensorError::HeaderTooSmall => "it is shorter than the 8-byte header length".into(),
        SafeTensorError::HeaderTooLarge => "its header length (the first 8 bytes) is over the 100 MB limit".into(),
        SafeTensorError::InvalidHeaderLength => "its header length (the first 8 bytes) runs past the file's end".into(),
        SafeTensorError::InvalidHeader => "its header is not UTF-8 text".into(),
        SafeTensorError::InvalidHeaderStart => "its header does not start with '{'".into(),
        SafeTensorError::InvalidHeaderDeserialization => "its header is not a safetensors JSON header".into(),
        SafeTensorError::JsonError(json) => format!("its header is not a safetensors JSON header ({json})"),
        SafeTensorError::TensorInvalidInfo => "a tensor's dtype and shape do not match its data offsets".into(),
        SafeTensorError::InvalidOffset(name) => {
            format!("tensor {name:?} has data offsets outside its place in the data")
        }
        SafeTensorError::MetadataIncompleteBuffer => {
            "the tensors' data offsets do not cover the data that follows the header (a truncated or padded file)"
                .into()
        }
        SafeTensorError::ValidationOverflow => "a tensor's shape overflows its byte size".into(),
        other => other.to_string(),
    }
}

/// An f32 tensor of `file` under `key`, checked to have `shape`.
fn f32_tensor(file: &SafeTensors<'_>, path: &Path, key: &str, shape: &[usize]) -> Result<Option<Vec<f32>>, RunError> {
    let Ok(view) = file.tensor(key) else { return Ok(None) };
    let bad = |m: String| RunError::input(path.display().to_string(), format!("tensor {key:?} {m}"));
    if view.dtype() != Dtype::F32 {
        return Err(bad(format!("has dtype {:?}; expected F32", view.dtype())));
    }
    if view.shape() != shape {
        return Err(bad(format!("has shape {:?}; expected {shape:?}, the model's", view.shape())));
    }
    Ok(Some(view.data().chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect()))
}

/// Reads a checkpoint for resuming `template` (the state a fresh run starts from): every tensor of
/// the template, the step, and a momentum buffer for every parameter in `params` when
/// `momentum` is set and the step is past 0.
pub fn load(path: &Path, template: &TrainState, params: &[String], momentum: bool) -> Result<TrainState, RunError> {
    let bytes = read_file(path)?;
    let file = parse(path, &bytes)?;
    let missing = |key: &str| {
        RunError::input(
            path.display().to_string(),
            format!("has no tensor {key:?}; expected a checkpoint of this model"),
        )
    };
    let step = match file.tensor(STEP_KEY) {
        Ok(v) if v.dtype() == Dtype::I64 && v.shape().is_empty() => {
            let b = v.data();
            usize::try_from(i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
                .map_err(|_| RunError::input(path.display().to_string(), format!("{STEP_KEY} is negative")))?
        }
        _ => return Err(missing(STEP_KEY)),
    };
    let mut state = TrainState { step, ..TrainState::default() };
    for (name, (shape, _)) in &template.tensors {
        let values = f32_tensor(&file, path, name, shape)?.ok_or_else(|| missing(name))?;
        state.tensors.insert(name.clone(), (shape.clone(), values));
    }
    if momentum && step > 0 {
        for name in params {
            let key = format!("{MOMENTUM_PREFIX}{name}");
            let shape = &template.tensors.get(name).ok_or_else(|| missing(name))?.0;
            state.momentum.insert(name.clone(), f32_tensor(&file, path, &key, shape)?.ok_or_else(|| missing(&key))?);
        }
    }
    Ok(state)
}

/// Replaces the f32 initializers of `graph` that `path` holds under their names (shapes must match;
/// other tensors, such as `num_batches_tracked` or optimizer keys, are left out). Returns how many
/// were replaced; a file that replaces none is an error.
pub fn apply_weights(graph: &mut Graph, path: &Path) -> Result<usize, RunError> {
    let bytes = read_file(path)?;
    let file = parse(path, &bytes)?;
    let mut replaced = 0;
    for init in graph.initializers.iter_mut().filter(|i| i.dtype == DType::F32) {
        let shape: Option<Vec<usize>> = init.shape.iter().map(|&d| usize::try_from(d).ok()).collect();
        let Some(shape) = shape else { continue };
        if let Some(values) = f32_tensor(&file, path, &init.name, &shape)? {
            init.source = InitSource::Data { data: values.into_iter().map(f64::from).collect() };
            replaced += 1;
        }
    }
    if replaced == 0 {
        return Err(RunError::input(
            path.display().to_string(),
            "holds no tensor named like an f32 initializer of the model; expected a checkpoint of this model",
        ));
    }
    Ok(replaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_state_loads_back_bit_for_bit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ck.safetensors");
        let mut state = TrainState { step: 7, ..Default::default() };
        state.tensors.insert("w".into(), (vec![2, 1], vec![1.5, -0.0]));
        state.tensors.insert("bn.running_mean".into(), (vec![1], vec![f32::MIN_POSITIVE]));
        state.momentum.insert("w".into(), vec![0.25, 3.0]);
        save(&state, &path).unwrap();
        let back = load(&path, &state, &["w".to_string()], true).unwrap();
        assert_eq!(back, state);
        assert!(back.tensors["w"].1[1].is_sign_negative());
        let err = load(&path, &state, &["bn.running_mean".to_string()], true).unwrap_err();
        assert!(err.to_string().contains("optimizer.momentum_buffer.bn.running_mean"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
    }

    /// Broken files get a sentence naming the file and what is wrong with it.
    #[test]
    fn broken_files_are_explained() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ck.safetensors");
        let state = TrainState { step: 1, ..Default::default() };
        save(&state, &path).unwrap();
        let good = std::fs::read(&path).unwrap();
        let mut huge = good.clone();
        huge[..8].copy_from_slice(&(1u64 << 40).to_le_bytes());
        let cases: [(&[u8], &str); 3] = [
            (&good[..4], "shorter than the 8-byte header length"),
            (&good[..good.len() - 1], "do not cover the data"),
            (&huge, "over the 100 MB limit"),
        ];
        for (bytes, needle) in cases {
            std::fs::write(&path, bytes).unwrap();
            let err = load(&path, &state, &[], true).unwrap_err().to_string();
            assert!(err.contains("ck.safetensors") && err.contains(needle), "{err}");
        }
    }
}
