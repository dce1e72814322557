//! Initializer values: inline data, fill, `.npy` files and `.safetensors` tensors, read only after
//! the path is confined to the model's folder and the sizes are checked against the shape and limits.
//! Data files are memory-mapped, so checking a file ([`check_initializer`]) reads its header only.

use std::fs;
use std::path::{Component, Path, PathBuf};

use memmap2::Mmap;
use ndarray::ArrayViewD;
use ndarray_npy::{ViewElement, ViewNpyExt};

use crate::{DType, Graph, InitSource, Initializer, IrError, Limits, Location};

/// The most bytes an `.npy` header may take (magic, version, length and a v1 dictionary).
const NPY_MAX_HEADER: u64 = 12 + 65_535;

/// The values of an initializer, row-major, as `f64`. Inline `data` must have the shape's element
/// count; `fill` repeats one value; a `.npy` file must hold exactly the declared dtype and shape; a
/// `.safetensors` file must hold the declared dtype and shape under `key`. File paths are relative
/// to the model's folder and may not leave it (absolute paths, `..` and symlinks pointing outside
/// are refused). Sizes are checked against `limits` before anything is allocated or read.
pub fn initializer_values(graph: &Graph, init: &Initializer, limits: &Limits) -> Result<Vec<f64>, IrError> {
    load(graph, init, limits, Want::Values)
}

/// Checks an initializer exactly as [`initializer_values`] does (count, path confinement, file size,
/// the file's dtype and shape) without reading its values: of a data file only the header is read
/// (`bool` `.npy` data excepted, whose bytes are checked to be 0 or 1).
pub fn check_initializer(graph: &Graph, init: &Initializer, limits: &Limits) -> Result<(), IrError> {
    load(graph, init, limits, Want::Check).map(drop)
}

/// Whether a load converts the values or only checks the source.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Values,
    Check,
}

fn load(graph: &Graph, init: &Initializer, limits: &Limits, want: Want) -> Result<Vec<f64>, IrError> {
    let count = check_size(graph, init, limits)?;
    match &init.source {
        InitSource::Data { data } => {
            if data.len() as u64 != count {
                return Err(at(
                    graph,
                    init,
                    format!("has {} values; expected {count} for shape {:?}", data.len(), init.shape),
                ));
            }
            Ok(if want == Want::Values { data.clone() } else { Vec::new() })
        }
        InitSource::Fill { fill } => Ok(if want == Want::Values { vec![*fill; count as usize] } else { Vec::new() }),
        InitSource::File { .. } => {
            let path = resolve_file(graph, init, limits)?;
            let expected = count * init.dtype.size_bytes();
            if is_safetensors(init) {
                read_safetensors(graph, init, &path, expected, want)
            } else {
                read_npy(graph, init, &path, expected, want)
            }
        }
    }
}

/// An error at an initializer.
fn at(graph: &Graph, init: &Initializer, message: String) -> IrError {
    IrError::invalid(graph.error_file(), Location::Tensor { kind: "initializer", name: init.name.clone() }, message)
}

/// The initializer's element count, within the rank and element limits.
pub(crate) fn check_size(graph: &Graph, init: &Initializer, limits: &Limits) -> Result<u64, IrError> {
    limits.check_tensor(init.shape.len(), init.shape.iter().copied()).map_err(|m| IrError::Limit {
        file: graph.error_file(),
        location: Location::Tensor { kind: "initializer", name: init.name.clone() },
        message: format!("shape {:?}: {m}", init.shape),
    })
}

fn is_safetensors(init: &Initializer) -> bool {
    matches!(&init.source, InitSource::File { file, .. } if file.ends_with(".safetensors"))
}

/// Checks a `file` source without touching the file system: a relative path without `..`, ending in
/// `.npy` (no key) or `.safetensors` (with a key).
pub fn check_file_syntax(graph: &Graph, init: &Initializer) -> Result<(), IrError> {
    let InitSource::File { file, key } = &init.source else { return Ok(()) };
    let path = Path::new(file);
    let confined = !file.is_empty()
        && !file.contains('\\')
        && !file.contains('\0')
        && path.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !confined {
        return Err(at(graph, init, format!("file {file:?} is not a relative path inside the model's folder")));
    }
    match (file.ends_with(".npy"), file.ends_with(".safetensors"), key) {
        (true, _, None) | (_, true, Some(_)) => Ok(()),
        (true, _, Some(_)) => {
            Err(at(graph, init, format!("file {file:?} is .npy but a key is given; keys are for .safetensors")))
        }
        (_, true, None) => Err(at(graph, init, format!("file {file:?} is .safetensors; expected a \"key\""))),
        _ => Err(at(graph, init, format!("file {file:?} has an unknown extension; expected .npy or .safetensors"))),
    }
}

/// The file's real path, which must be a regular file inside the model's folder (after following
/// symlinks) and within the file-size limit.
pub fn resolve_file(graph: &Graph, init: &Initializer, limits: &Limits) -> Result<PathBuf, IrError> {
    check_file_syntax(graph, init)?;
    let InitSource::File { file, .. } = &init.source else { return Err(at(graph, init, "has no file".into())) };
    let base = graph
        .base_dir
        .as_ref()
        .ok_or_else(|| at(graph, init, format!("file {file:?} has no model folder to be relative to")))?;
    let io = |e: std::io::Error| at(graph, init, format!("file {file:?}: {e}"));
    let base = fs::canonicalize(if base.as_os_str().is_empty() { Path::new(".") } else { base }).map_err(io)?;
    let real = fs::canonicalize(base.join(file)).map_err(io)?;
    if !real.starts_with(&base) {
        return Err(at(graph, init, format!("file {file:?} leads outside the model's folder")));
    }
    let meta = fs::metadata(&real).map_err(io)?;
    if !meta.is_file() {
        return Err(at(graph, init, format!("file {file:?} is not a regular file")));
    }
    if meta.len() > limits.max_initializer_file_bytes {
        return Err(IrError::Limit {
            file: graph.error_file(),
            location: Location::Tensor { kind: "initializer", name: init.name.clone() },
            message: format!(
                "file {file:?} is {} bytes; the limit is {}",
                meta.len(),
                limits.max_initializer_file_bytes
            ),
        });
    }
    Ok(real)
}

/// Checks that a file's size fits `expected` data bytes plus up to `slack` bytes of header.
fn check_file_size(graph: &Graph, init: &Initializer, path: &Path, expected: u64, slack: u64) -> Result<(), IrError> {
    let len = fs::metadata(path).map(|m| m.len()).map_err(|e| at(graph, init, format!("{}: {e}", path.display())))?;
    if len < expected || len > expected.saturating_add(slack) {
        return Err(at(
            graph,
            init,
            format!(
                "data file is {len} bytes; expected {expected} data bytes for {} {:?} (plus a header)",
                init.dtype, init.shape
            ),
        ));
    }
    Ok(())
}

/// The data file mapped into memory: pages are read when first touched.
fn map_file(graph: &Graph, init: &Initializer, path: &Path) -> Result<Mmap, IrError> {
    let cannot = |e: std::io::Error| at(graph, init, format!("cannot read data file: {e}"));
    let file = fs::File::open(path).map_err(cannot)?;
    // SAFETY: the map is read-only and lives only while this initializer is read; a data file
    // truncated by another process meanwhile is outside what loading a model guards against.
    unsafe { Mmap::map(&file) }.map_err(cannot)
}

/// Reads a `.npy` file of the declared dtype and shape. The header length is checked against the
/// file before the library parses it, and the data is viewed in place (in the mapped file when it is
/// aligned, else in an aligned copy), never sized by the header.
fn read_npy(graph: &Graph, init: &Initializer, path: &Path, expected: u64, want: Want) -> Result<Vec<f64>, IrError> {
    check_file_size(graph, init, path, expected, NPY_MAX_HEADER)?;
    let map = map_file(graph, init, path)?;
    let bad = |m: String| at(graph, init, format!("bad .npy file: {m}"));
    let data_offset = npy_data_offset(&map).map_err(bad)?;
    let copy;
    let buf = if (map.as_ptr() as usize + data_offset) % ALIGN == 0 {
        &map[..]
    } else {
        copy = aligned(&map, data_offset);
        &copy.0[copy.1..]
    };
    let (values, shape) = match init.dtype {
        DType::F32 => view::<f32>(buf, want, |&v| v as f64),
        DType::F64 => view::<f64>(buf, want, |&v| v),
        DType::I64 => view::<i64>(buf, want, |&v| v as f64),
        DType::I32 => view::<i32>(buf, want, |&v| v as f64),
        DType::Bool => view::<bool>(buf, want, |&v| v as u8 as f64),
    }
    .map_err(|e| bad(format!("{e} (expected dtype {})", init.dtype)))?;
    check_shape(graph, init, &shape)?;
    Ok(values)
}

/// Where the data of an `.npy` file starts, checking the magic string and that the header fits.
fn npy_data_offset(bytes: &[u8]) -> Result<usize, String> {
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err("missing the \\x93NUMPY magic string".into());
    }
    let (len_bytes, header_len) = match bytes[6] {
        1 => (2, u16::from_le_bytes([bytes[8], bytes[9]]) as usize),
        2 | 3 if bytes.len() >= 12 => (4, u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize),
        v => return Err(format!("format version {v} is not supported; expected 1, 2 or 3")),
    };
    let offset = 8 + len_bytes + header_len;
    if offset > bytes.len() {
        return Err(format!("the header claims {header_len} bytes but the file has {}", bytes.len()));
    }
    Ok(offset)
}

/// The alignment `.npy` data is viewed at (enough for every dtype).
const ALIGN: usize = 16;

/// A copy of `bytes` whose data at `offset` is [`ALIGN`]-byte aligned, and where the copy starts.
fn aligned(bytes: &[u8], offset: usize) -> (Vec<u8>, usize) {
    let mut buffer = Vec::with_capacity(bytes.len() + ALIGN);
    let misalignment = (buffer.as_ptr() as usize + offset) % ALIGN;
    let pad = (ALIGN - misalignment) % ALIGN;
    buffer.resize(pad, 0);
    buffer.extend_from_slice(bytes);
    (buffer, pad)
}

/// The values (with [`Want::Values`]) and the shape of the `.npy` file `buf`.
fn view<T: ViewElement>(buf: &[u8], want: Want, to_f64: impl Fn(&T) -> f64) -> Result<(Vec<f64>, Vec<usize>), String> {
    let array = ArrayViewD::<T>::view_npy(buf).map_err(|e| one_line(&e.to_string()))?;
    let values = if want == Want::Values { array.iter().map(to_f64).collect() } else { Vec::new() };
    Ok((values, array.shape().to_vec()))
}

/// An `.npy` header error on one line: the header parser's multi-line report (position, the
/// quoted header line with a caret, what was expected) keeps its message, position and expectation;
/// control characters of the quoted file are dropped.
pub fn one_line(message: &str) -> String {
    let kept: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('|') && !l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    kept.join(" ").replace(" --> ", " at header line:column ").chars().filter(|c| !c.is_control()).collect()
}

fn check_shape(graph: &Graph, init: &Initializer, found: &[usize]) -> Result<(), IrError> {
    let same = found.len() == init.shape.len() && found.iter().zip(&init.shape).all(|(&a, &b)| a as u64 == b);
    if same {
        Ok(())
    } else {
        Err(at(graph, init, format!("data file holds shape {found:?}; expected {:?}", init.shape)))
    }
}

/// Reads tensor `key` of a `.safetensors` file; it must have the declared dtype and shape.
fn read_safetensors(
    graph: &Graph,
    init: &Initializer,
    path: &Path,
    expected: u64,
    want: Want,
) -> Result<Vec<f64>, IrError> {
    let InitSource::File { key: Some(key), .. } = &init.source else {
        return Err(at(graph, init, "a .safetensors file needs a \"key\"".into()));
    };
    let len = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if len < expected {
        return Err(at(graph, init, format!("data file is {len} bytes; expected at least {expected}")));
    }
    let map = map_file(graph, init, path)?;
    let bad = |m: String| at(graph, init, format!("bad .safetensors file: {m}"));
    let tensors = safetensors::SafeTensors::deserialize(&map).map_err(|e| bad(e.to_string()))?;
    let view = tensors.tensor(key).map_err(|_| {
        let mut names: Vec<&String> = tensors.names();
        names.sort();
        names.truncate(8);
        bad(format!("no tensor {key:?}; the file has {names:?}"))
    })?;
    use safetensors::Dtype as S;
    let width = match (init.dtype, view.dtype()) {
        (DType::F32, S::F32) | (DType::I32, S::I32) => 4,
        (DType::F64, S::F64) | (DType::I64, S::I64) => 8,
        (DType::Bool, S::BOOL) => 1,
        (_, found) => return Err(bad(format!("tensor {key:?} has dtype {found:?}; expected {}", init.dtype))),
    };
    check_shape(graph, init, view.shape())?;
    if want == Want::Check {
        return Ok(Vec::new());
    }
    let chunks = view.data().chunks_exact(width);
    Ok(match init.dtype {
        DType::F32 => chunks.map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64).collect(),
        DType::I32 => chunks.map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64).collect(),
        DType::F64 => chunks.map(|c| f64::from_le_bytes(eight(c))).collect(),
        DType::I64 => chunks.map(|c| i64::from_le_bytes(eight(c)) as f64).collect(),
        DType::Bool => chunks.map(|c| (c[0] != 0) as u8 as f64).collect(),
    })
}

fn eight(c: &[u8]) -> [u8; 8] {
    let mut a = [0u8; 8];
    a.copy_from_slice(c);
    a
}
