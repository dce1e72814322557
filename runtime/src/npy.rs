//! `.npy` input and output files: checked reading of run inputs and confined writing of outputs.

use std::io::Read;
use std::path::{Path, PathBuf};

use ndarray::{ArrayD, ArrayViewD};
use ndarray_npy::{ViewNpyError, ViewNpyExt, WriteNpyExt};

use crate::RunError;

/// Largest input file read, in bytes, unless the caller gives another limit (4 GiB).
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 4 << 30;
/// Largest input tensor, in elements (generated inputs included).
pub const MAX_INPUT_ELEMENTS: usize = 1 << 30;
/// Alignment of the copy the header is parsed from, so that the data can be viewed in place.
const ALIGN: usize = 16;

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

fn view_error(name: &str, e: ViewNpyError) -> RunError {
    let message = match e {
        ViewNpyError::WrongDescriptor(d) => format!("dtype is {d}; expected float32 ('<f4')"),
        ViewNpyError::NonNativeEndian => "data is big-endian; expected little-endian float32 ('<f4')".into(),
        ViewNpyError::MissingBytes(n) => format!("file is truncated: {n} bytes of data are missing"),
        ViewNpyError::ExtraBytes(n) => format!("file has {n} bytes after the data its header describes"),
        ViewNpyError::LengthOverflow => "the header's shape overflows".into(),
        ViewNpyError::ParseHeader(e) => format!("not a valid .npy file: {e}"),
        other => format!("not a valid float32 .npy file: {other}"),
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
