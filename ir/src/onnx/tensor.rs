//! ONNX tensors to initializers: element types, dimensions, and values from `raw_data`, the typed
//! data fields or an external file inside the model's folder, each size checked before allocation.

use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::proto::{data_type, TensorProto, DATA_LOCATION_EXTERNAL};
use crate::{DType, InitSource, Initializer, IrError, Limits, Location};

/// The largest integer an `f64` holds exactly; integer initializers beyond it are refused.
const MAX_EXACT_INT: i64 = 1 << 53;

/// The model being imported: its file (named in errors), its folder (where external data files are
/// looked for) and the limits.
pub(crate) struct Folder<'a> {
    /// The model file.
    pub file: &'a Path,
    /// The model's folder.
    pub dir: &'a Path,
    /// Size limits.
    pub limits: &'a Limits,
}

/// Our element type for an ONNX `data_type`.
pub(crate) fn dtype_of(data_type: i32) -> Result<DType, String> {
    match data_type {
        data_type::FLOAT => Ok(DType::F32),
        data_type::DOUBLE => Ok(DType::F64),
        data_type::INT64 => Ok(DType::I64),
        data_type::INT32 => Ok(DType::I32),
        data_type::BOOL => Ok(DType::Bool),
        other => Err(format!("element type {other} is not supported; expected float, double, int64, int32 or bool")),
    }
}

/// The tensor as an initializer named `name`, with its values inline; errors are at `location`.
/// The declared dims are checked against the limits, and the data's length against the dims,
/// before any values are converted or external data is read.
pub(crate) fn to_initializer(
    name: &str,
    t: &TensorProto,
    folder: &Folder,
    location: Location,
) -> Result<Initializer, IrError> {
    let invalid = |m: String| IrError::invalid(folder.file, location.clone(), m);
    let dtype = dtype_of(t.data_type).map_err(invalid)?;
    let shape = t
        .dims
        .iter()
        .map(|&d| u64::try_from(d).map_err(|_| format!("dimension {d} is negative; expected dims >= 0")))
        .collect::<Result<Vec<u64>, String>>()
        .map_err(invalid)?;
    let count = folder.limits.check_tensor(shape.len(), shape.iter().copied()).map_err(|m| IrError::Limit {
        file: folder.file.to_path_buf(),
        location: location.clone(),
        message: format!("dims {shape:?}: {m}"),
    })?;
    let data = values(t, dtype, count, folder).map_err(invalid)?;
    Ok(Initializer { name: name.to_string(), dtype, shape, source: InitSource::Data { data } })
}

/// The `count` values of the tensor, from whichever source it uses.
fn values(t: &TensorProto, dtype: DType, count: u64, folder: &Folder) -> Result<Vec<f64>, String> {
    if t.data_location == DATA_LOCATION_EXTERNAL {
        let bytes = external_bytes(t, count.saturating_mul(dtype.size_bytes()), folder)?;
        return from_le_bytes(&bytes, dtype);
    }
    if !t.raw_data.is_empty() {
        let expected = count.saturating_mul(dtype.size_bytes());
        if t.raw_data.len() as u64 != expected {
            return Err(format!(
                "raw_data has {} bytes; expected {expected} for {count} {dtype} values",
                t.raw_data.len()
            ));
        }
        return from_le_bytes(&t.raw_data, dtype);
    }
    let (found, field, data): (usize, &str, Vec<f64>) = match dtype {
        DType::F32 => (t.float_data.len(), "float_data", t.float_data.iter().map(|&v| v as f64).collect()),
        DType::F64 => (t.double_data.len(), "double_data", t.double_data.clone()),
        DType::I64 => (t.int64_data.len(), "int64_data", ints(t.int64_data.iter().copied())?),
        DType::I32 => (t.int32_data.len(), "int32_data", t.int32_data.iter().map(|&v| v as f64).collect()),
        DType::Bool => {
            (t.int32_data.len(), "int32_data", t.int32_data.iter().map(|&v| (v != 0) as u8 as f64).collect())
        }
    };
    if found as u64 != count {
        return Err(format!("{field} has {found} values; expected {count} for dims {:?}", t.dims));
    }
    Ok(data)
}

/// 64-bit integers as `f64`, each of which must convert exactly.
fn ints(values: impl Iterator<Item = i64>) -> Result<Vec<f64>, String> {
    values
        .map(|v| {
            if v.abs() <= MAX_EXACT_INT {
                Ok(v as f64)
            } else {
                Err(format!("integer {v} is beyond 2^53 and has no exact value in the model format"))
            }
        })
        .collect()
}

/// Little-endian values of `dtype`; the length was checked by the caller.
fn from_le_bytes(bytes: &[u8], dtype: DType) -> Result<Vec<f64>, String> {
    let width = dtype.size_bytes() as usize;
    let chunks = bytes.chunks_exact(width);
    Ok(match dtype {
        DType::F32 => chunks.map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64).collect(),
        DType::I32 => chunks.map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64).collect(),
        DType::F64 => chunks.map(|c| f64::from_le_bytes(eight(c))).collect(),
        DType::I64 => ints(chunks.map(|c| i64::from_le_bytes(eight(c))))?,
        DType::Bool => chunks.map(|c| (c[0] != 0) as u8 as f64).collect(),
    })
}

fn eight(c: &[u8]) -> [u8; 8] {
    let mut a = [0u8; 8];
    a.copy_from_slice(c);
    a
}

/// The `location`, `offset` and `length` entries of external data.
struct External<'a> {
    location: &'a str,
    offset: u64,
    length: Option<u64>,
}

fn external_entries(t: &TensorProto) -> Result<External<'_>, String> {
    let mut ext = External { location: "", offset: 0, length: None };
    let number = |key: &str, value: &str| {
        value.parse::<u64>().map_err(|_| format!("external data {key} {value:?} is not a non-negative integer"))
    };
    for entry in &t.external_data {
        match entry.key.as_str() {
            "location" => ext.location = &entry.value,
            "offset" => ext.offset = number("offset", &entry.value)?,
            "length" => ext.length = Some(number("length", &entry.value)?),
            _ => {}
        }
    }
    if ext.location.is_empty() {
        return Err("external data has no \"location\"; expected a file name".into());
    }
    Ok(ext)
}

/// Reads `expected` bytes of external data, from a file that must lie inside the model's folder.
fn external_bytes(t: &TensorProto, expected: u64, folder: &Folder) -> Result<Vec<u8>, String> {
    let ext = external_entries(t)?;
    let path = confined(folder.dir, ext.location)?;
    let io = |e: std::io::Error| format!("external data file {:?}: {e}", ext.location);
    let file_len = fs::metadata(&path).map_err(io)?.len();
    if file_len > folder.limits.max_initializer_file_bytes {
        return Err(format!(
            "external data file {:?} is {file_len} bytes; the limit is {}",
            ext.location, folder.limits.max_initializer_file_bytes
        ));
    }
    let length = ext.length.unwrap_or(file_len.saturating_sub(ext.offset));
    if length != expected {
        return Err(format!("external data length is {length} bytes; expected {expected} for dims {:?}", t.dims));
    }
    match ext.offset.checked_add(length) {
        Some(end) if end <= file_len => {}
        _ => {
            return Err(format!(
                "external data at offset {} length {length} runs past the end of {:?} ({file_len} bytes)",
                ext.offset, ext.location
            ))
        }
    }
    let mut file = fs::File::open(&path).map_err(io)?;
    file.seek(SeekFrom::Start(ext.offset)).map_err(io)?;
    let mut bytes = vec![0u8; length as usize];
    file.read_exact(&mut bytes).map_err(io)?;
    Ok(bytes)
}

/// The real path of `location`, which must be a relative path to a regular file inside `dir`
/// (after following symlinks). The ir crate's `data::resolve_file` confines `.npy`/`.safetensors`
/// initializer files only, so external ONNX data has this check of its own.
fn confined(dir: &Path, location: &str) -> Result<PathBuf, String> {
    let relative = Path::new(location);
    let plain = !location.contains('\0')
        && relative.components().all(|c| matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir));
    if !plain {
        return Err(format!("external data location {location:?} is not a relative path inside the model's folder"));
    }
    let io = |e: std::io::Error| format!("external data file {location:?}: {e}");
    let base = fs::canonicalize(if dir.as_os_str().is_empty() { Path::new(".") } else { dir }).map_err(io)?;
    let real = fs::canonicalize(base.join(relative)).map_err(io)?;
    if !real.starts_with(&base) {
        return Err(format!("external data location {location:?} leads outside the model's folder"));
    }
    if !fs::metadata(&real).map_err(io)?.is_file() {
        return Err(format!("external data location {location:?} is not a regular file"));
    }
    Ok(real)
}
