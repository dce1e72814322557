//! `.npy` input and output files: checked reading of run inputs and confined writing of outputs.

use std::io::Read;
use std::path::{Path, PathBuf};

use ndarray::{ArrayD, ArrayViewD};
use ndarray_npy::{ViewNpyError, ViewNpyExt, WriteNpyExt};

use crate::outputs::NamedOutput;
use crate::size::Bindings;
use crate::RunError;

/// Largest input file read, in bytes, unless the caller gives another limit (4 GiB).
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 4 << 30;
/// Alignment of the copy the header is parsed from, so that the data can be viewed in place.
const ALIGN: usize = 16;

/// Reads the global batch of model input `name` from an `.npy` file of at most `max_bytes` bytes,
/// checking that the model has that input and that dtype, rank and fixed dimensions match it.
/// Errors name the file.
pub fn read_input(graph: &syncbn_ir::Graph, name: &str, path: &Path, max_bytes: u64) -> Result<ArrayD<f32>, RunError> {
    let source = path.display().to_string();
    let info = model_input(graph, name, &source)?;
    let array = read_f32(path, max_bytes)?;
    crate::inputs::bind_dims(info, array.shape(), &source, &mut Bindings::new())?;
    Ok(array)
}

/// The model's f32 input `name`, which file `source` is given for.
pub(crate) fn model_input<'g>(
    graph: &'g syncbn_ir::Graph,
    name: &str,
    source: &str,
) -> Result<&'g syncbn_ir::ValueInfo, RunError> {
    let info = graph.inputs.iter().find(|i| i.name == name).ok_or_else(|| {
        let known: Vec<&str> = graph.inputs.iter().map(|i| i.name.as_str()).collect();
        RunError::input(
            source,
            format!("given for input {name:?}, which the model does not have; its inputs are {known:?}"),
        )
    })?;
    if info.dtype != syncbn_ir::DType::F32 {
        return Err(RunError::input(
            source,
            format!("model input {name:?} has dtype {}; only f32 inputs can be fed", info.dtype),
        ));
    }
    Ok(info)
}

/// Reads an `f32` `.npy` file of at most `max_bytes` bytes. The size is checked before anything
/// is read, and the header's shape is checked against the file's length before any array is made.
pub fn read_f32(path: &Path, max_bytes: u64) -> Result<ArrayD<f32>, RunError> {
    let name = path.display().to_string();
    let io = |e: std::io::Error| RunError::input(&name, format!("cannot read: {e}"));
    let mut file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > max_bytes {
        return Err(RunError::input(&name, format!("file is {size} bytes; the input size limit is {max_bytes}")));
    }
    let size = size as usize;
    // Read into an over-allocated buffer at an aligned offset so the data can be viewed as f32.
    let mut buf = vec![0u8; size + ALIGN];
    let offset = buf.as_ptr().align_offset(ALIGN).min(ALIGN);
    file.read_exact(&mut buf[offset..offset + size]).map_err(io)?;
    let view = ArrayViewD::<f32>::view_npy(&buf[offset..offset + size]).map_err(|e| view_error(&name, e))?;
    Ok(view.as_standard_layout().into_owned())
}

/// A clear message for a `.npy` view error of file `name`.
pub(crate) fn view_error(name: &str, e: ViewNpyError) -> RunError {
    let message = match e {
        ViewNpyError::WrongDescriptor(d) => format!("dtype is {d}; expected float32 ('<f4')"),
        ViewNpyError::NonNativeEndian => "data is big-endian; expected little-endian float32 ('<f4')".into(),
        ViewNpyError::MissingBytes(n) => format!("file is truncated: {n} bytes of data are missing"),
        ViewNpyError::ExtraBytes(n) => format!("file has {n} bytes after the data its header describes"),
        ViewNpyError::LengthOverflow => "the header's shape overflows".into(),
        ViewNpyError::ParseHeader(e) => format!("not a valid .npy file: {}", syncbn_ir::data::one_line(&e.to_string())),
        ViewNpyError::Io(e) => format!("not a valid .npy file: the header is incomplete ({e})"),
        other => format!("not a valid float32 .npy file: {}", syncbn_ir::data::one_line(&other.to_string())),
    };
    RunError::input(name, message)
}

/// The file name an output is written under: the name itself when it is a plain file name, else
/// the name with `%`, `/`, `\`, control characters and a leading `.` of `.`/`..` percent-escaped.
/// Distinct names give distinct files; the result never leaves the output folder.
pub fn output_file_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c == '%' || c == '/' || c == '\\' || c.is_control() {
            let mut bytes = [0u8; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    if out.is_empty() || out.chars().all(|c| c == '.') {
        out = out.replace('.', "%2E");
        if out.is_empty() {
            out.push_str("%00");
        }
    }
    out.push_str(".npy");
    out
}

/// Writes `array` as `dir/<escaped name>.npy` and returns the path.
pub fn write_output(dir: &Path, name: &str, array: &ArrayD<f32>) -> Result<PathBuf, RunError> {
    let path = dir.join(output_file_name(name));
    let err = |m: String| RunError::Write { path: path.clone(), message: m };
    let file = std::fs::File::create(&path).map_err(|e| err(e.to_string()))?;
    array.write_npy(std::io::BufWriter::new(file)).map_err(|e| err(e.to_string()))?;
    Ok(path)
}

/// Writes every output as `dir/<escaped name>.npy`, creating `dir`; returns the paths written.
pub fn write_outputs(dir: &Path, outputs: &[NamedOutput]) -> Result<Vec<PathBuf>, RunError> {
    std::fs::create_dir_all(dir).map_err(|e| RunError::Write { path: dir.to_path_buf(), message: e.to_string() })?;
    outputs.iter().map(|o| write_output(dir, &o.name, &o.array)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_kept_and_others_escaped() {
        assert_eq!(output_file_name("y"), "y.npy");
        assert_eq!(output_file_name("bn1.running_mean_out"), "bn1.running_mean_out.npy");
        assert_eq!(output_file_name("../etc/passwd"), "..%2Fetc%2Fpasswd.npy");
        assert_eq!(output_file_name(".."), "%2E%2E.npy");
        assert_eq!(output_file_name("."), "%2E.npy");
        assert_eq!(output_file_name(""), "%00.npy");
        assert_eq!(output_file_name("a\nb"), "a%0Ab.npy");
        assert_eq!(output_file_name("a%2Fb"), "a%252Fb.npy");
        assert_ne!(output_file_name("a/b"), output_file_name("a%2Fb"));
        for n in ["../x", "/abs", "a\\b", "..", "x/../../y"] {
            let f = output_file_name(n);
            assert!(!f.contains('/') && !f.contains('\\') && f != ".." && f != ".", "{n:?} -> {f:?}");
        }
    }
}
