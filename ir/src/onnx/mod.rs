//! ONNX import: an `.onnx` model (protobuf, decoded with prost from hand-written message
//! definitions) converted to a validated, topologically sorted [`Graph`] with inline initializers.
//!
//! What is read: the default-domain opset ([`MIN_OPSET`]..=[`MAX_OPSET`]), graph inputs (minus
//! initializers), outputs, initializers (`raw_data`, typed data fields, or external data inside the
//! model's folder), Constant nodes (become initializers), nodes of the ops syncbn knows with INT,
//! FLOAT, INTS, FLOATS, STRING and STRINGS attributes. Unnamed nodes get unique names. The unused
//! running-statistics outputs of training-mode BatchNormalization become graph outputs named
//! `<running stat>_out`. Momentum is ONNX's convention in both formats, so it is copied as is. The
//! transposed `onnx::MatMul_*` weights of exported Linears get back their `state_dict` names and
//! layout (`names`).

mod attrs;
mod convert;
mod names;
pub mod proto;
mod tensor;
mod wire;

use std::fs;
use std::io::Read;
use std::path::Path;

use prost::Message;

use crate::{Graph, GraphInfo, IrError, Limits, Location};

/// The oldest default-domain opset imported (PyTorch's exporters emit 9 and later).
pub const MIN_OPSET: i64 = 9;
/// The newest default-domain opset imported.
pub const MAX_OPSET: i64 = 22;
/// Largest `.onnx` file read unless the caller sets another limit: 1 GiB, so that a model whose
/// weights are inline (Wide-ResNet-50 is 276 MB) loads.
pub const DEFAULT_MAX_ONNX_BYTES: u64 = 1 << 30;
/// Decoding may take at most this many times `Limits::max_model_bytes` in memory, plus
/// [`DECODE_MEMORY_SLACK`] (estimated from the wire data before decoding; models whose size is
/// mostly weights take about their file size).
pub const DECODE_MEMORY_FACTOR: u64 = 4;
/// Bytes of decoded messages always allowed, so that small models with many nodes pass.
pub const DECODE_MEMORY_SLACK: u64 = 16 << 20;

/// Reads an `.onnx` file and converts it: the file's size is checked against
/// `limits.max_onnx_bytes` before it is read, external data files are resolved inside the model's
/// folder, and the result is validated and topologically sorted. Every error names `path`.
pub fn load_onnx(path: &Path, limits: &Limits) -> Result<Graph, IrError> {
    load_onnx_typed(path, limits).map(|(graph, _)| graph)
}

/// [`load_onnx`], with the facts validation computed.
pub fn load_onnx_typed(path: &Path, limits: &Limits) -> Result<(Graph, GraphInfo), IrError> {
    let io = |e: std::io::Error| IrError::Io { file: path.to_path_buf(), reason: e.to_string() };
    let file = fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    check_size(len, path, limits)?;
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(limits.max_onnx_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(io)?;
    check_size(bytes.len() as u64, path, limits)?;
    let dir = path.parent().unwrap_or(Path::new(""));
    typed_from_bytes(&bytes, path, dir, limits)
}

/// Converts an ONNX model held in memory; `file` names it in errors and `dir` is the folder that
/// external data locations are relative to. Validates and sorts the result like [`load_onnx`].
pub fn from_bytes(bytes: &[u8], file: &Path, dir: &Path, limits: &Limits) -> Result<Graph, IrError> {
    typed_from_bytes(bytes, file, dir, limits).map(|(graph, _)| graph)
}

/// [`from_bytes`], with the facts validation computed.
pub fn typed_from_bytes(bytes: &[u8], file: &Path, dir: &Path, limits: &Limits) -> Result<(Graph, GraphInfo), IrError> {
    check_size(bytes.len() as u64, file, limits)?;
    check_decoded_size(bytes, file, limits)?;
    let model = proto::ModelProto::decode(bytes).map_err(|e| undecodable(file, e))?;
    let folder = tensor::Folder { file, dir, limits };
    let mut graph = convert::to_graph(&model, &folder)?;
    crate::fold::fold_shapes(&mut graph, limits, file)?;
    let info = crate::validate::validate_sorted(&mut graph, limits, file)?;
    Ok((graph, info))
}

/// Refuses wire data whose decoded messages would take more than [`DECODE_MEMORY_FACTOR`] times
/// the model-size limit plus [`DECODE_MEMORY_SLACK`] (many tiny messages), before prost
/// allocates them.
fn check_decoded_size(bytes: &[u8], file: &Path, limits: &Limits) -> Result<(), IrError> {
    let estimate = wire::decoded_size(bytes).map_err(|e| undecodable(file, e))?;
    let budget = limits.max_model_bytes.saturating_mul(DECODE_MEMORY_FACTOR).saturating_add(DECODE_MEMORY_SLACK);
    if estimate <= budget {
        return Ok(());
    }
    Err(IrError::Limit {
        file: file.to_path_buf(),
        location: Location::Model,
        message: format!(
            "decoding would take about {estimate} bytes; the limit is {budget} ({DECODE_MEMORY_FACTOR} x the model-size limit + {DECODE_MEMORY_SLACK})"
        ),
    })
}

fn undecodable(file: &Path, reason: impl std::fmt::Display) -> IrError {
    let message = format!("not an ONNX model: the protobuf does not decode ({reason})");
    IrError::invalid(file, Location::Model, message)
}

fn check_size(len: u64, file: &Path, limits: &Limits) -> Result<(), IrError> {
    if len <= limits.max_onnx_bytes {
        return Ok(());
    }
    Err(IrError::Limit {
        file: file.to_path_buf(),
        location: Location::Model,
        message: format!("the model is {len} bytes; the limit is {}", limits.max_onnx_bytes),
    })
}
