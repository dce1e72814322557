//! Loading and saving the JSON model format, with line:column and JSON-path error locations.

use std::io::Read;
use std::path::Path;

use crate::{Graph, IrError, Location};

/// The value of the `format` field.
pub const FORMAT: &str = "syncbn-ir";
/// The format version this crate reads and writes.
pub const VERSION: u32 = 1;
/// Largest model file read, in bytes, unless the caller sets another limit.
pub const DEFAULT_MAX_MODEL_BYTES: u64 = 256 << 20;

/// Parses a model from JSON text; `file` names it in errors. Does not validate the graph.
pub fn from_str(text: &str, file: &Path) -> Result<Graph, IrError> {
    check_object(text, file)?;
    let graph = match serde_json::from_str::<Graph>(text) {
        Ok(graph) => graph,
        Err(_) => return Err(located_error(text, file)),
    };
    check_header(&graph, file)?;
    Ok(graph)
}

/// Parses a text that failed to parse again, tracking the JSON path (slower, so only on errors),
/// and returns the error with its path, line and column.
fn located_error(text: &str, file: &Path) -> IrError {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: Result<Graph, _> = serde_path_to_error::deserialize(&mut de);
    match parsed {
        Err(e) => {
            let path = e.path().to_string();
            syntax_error(file, &path, e.inner())
        }
        Ok(_) => match de.end() {
            Err(e) => syntax_error(file, "", &e),
            Ok(()) => IrError::Syntax {
                file: file.to_path_buf(),
                location: Location::Json { path: String::new(), line: 1, column: 1 },
                message: "the model does not parse".into(),
            },
        },
    }
}

/// The text must be a JSON object; an empty file or another JSON value says so plainly.
fn check_object(text: &str, file: &Path) -> Result<(), IrError> {
    let Some((offset, first)) = text.char_indices().find(|(_, c)| !c.is_whitespace()) else {
        return Err(IrError::Syntax {
            file: file.to_path_buf(),
            location: Location::Json { path: String::new(), line: 1, column: 1 },
            message: "the file is empty; expected a syncbn-ir model (a JSON object)".into(),
        });
    };
    if first == '{' {
        return Ok(());
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Err(IrError::Syntax {
        file: file.to_path_buf(),
        location: Location::Json { path: String::new(), line, column },
        message: format!("found {first:?}; expected a syncbn-ir model (a JSON object starting with '{{')"),
    })
}

fn syntax_error(file: &Path, path: &str, e: &serde_json::Error) -> IrError {
    let path = if path == "." { String::new() } else { escape_controls(path.trim_end_matches(".?")) };
    let message = escape_controls(&strip_position(&e.to_string()));
    IrError::Syntax {
        file: file.to_path_buf(),
        location: Location::Json { path, line: e.line(), column: e.column() },
        message,
    }
}

/// The text with control characters (line breaks, escapes) written as Rust escapes, so that an
/// error stays on one line whatever keys or values the file holds.
fn escape_controls(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

/// serde_json appends " at line L column C"; the location already says it.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Checks the `format` and `version` fields.
pub(crate) fn check_header(graph: &Graph, file: &Path) -> Result<(), IrError> {
    if graph.format != FORMAT {
        return Err(IrError::invalid(
            file,
            Location::Model,
            format!("format is {:?}; expected {FORMAT:?}", graph.format),
        ));
    }
    if graph.version != VERSION {
        return Err(IrError::invalid(
            file,
            Location::Model,
            format!("version is {}; expected {VERSION}", graph.version),
        ));
    }
    Ok(())
}

/// Reads and parses a model file (not validated), refusing files over `max_bytes`.
pub fn load_file(path: &Path, max_bytes: u64) -> Result<Graph, IrError> {
    let io = |e: std::io::Error| IrError::Io { file: path.to_path_buf(), reason: e.to_string() };
    let too_big = |size: String| IrError::Limit {
        file: path.to_path_buf(),
        location: Location::Model,
        message: format!("model file is {size} bytes; the limit is {max_bytes}"),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > max_bytes {
        return Err(too_big(size.to_string()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path).map_err(io)?.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_big("more than".to_string() + &format!(" {max_bytes}")));
    }
    let text = String::from_utf8(bytes).map_err(|e| IrError::Io {
        file: path.to_path_buf(),
        reason: format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()),
    })?;
    let mut graph = from_str(&text, path)?;
    graph.base_dir = Some(path.parent().map(Path::to_path_buf).unwrap_or_default());
    graph.source = Some(path.to_path_buf());
    Ok(graph)
}

/// Writes a graph as pretty JSON text.
pub fn to_string(graph: &Graph) -> String {
    let mut text = serde_json::to_string_pretty(graph).unwrap_or_default();
    text.push('\n');
    text
}
