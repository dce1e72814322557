//! Console output that concurrent processes cannot garble: every message is formatted whole and
//! written to its stream with one `write` of the complete text.
//!
//! `eprintln!` with format arguments may issue several `write` calls on the unbuffered stderr, so the
//! lines of MPI ranks that share one stream can interleave mid-line. A pipe writes up to `PIPE_BUF`
//! bytes (4096 on Linux) atomically, so a message shorter than that, written by one call, always
//! arrives whole. Longer single lines are shortened to [`MAX_LINE`] bytes with a marker.

use std::io::Write;

/// The longest line written, in bytes: well under the 4096-byte atomic pipe write.
pub const MAX_LINE: usize = 3072;

/// Writes `text` (one or more complete lines) to stderr in one write.
pub fn stderr(text: &str) {
    write_whole(&mut std::io::stderr().lock(), text);
}

/// Writes `text` to stdout in one write and flushes it.
pub fn stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    write_whole(&mut out, text);
    let _ = out.flush();
}

/// Writes `message` as one line on stderr: `message` plus a line break, in one write.
pub fn error_line(message: &str) {
    stderr(&format!("{message}\n"));
}

/// Writes the one warning of a compilation whose code the kernel cache could not store.
pub fn warn_unwritable(status: &syncbn_codegen::CacheStatus) {
    if let syncbn_codegen::CacheStatus::Unwritable(reason) = status {
        error_line(&format!("warning: {reason}; compiled kernels are not cached"));
    }
}

/// Writes `text` with every line cut to [`MAX_LINE`] bytes, in a single `write_all` of the whole.
fn write_whole(out: &mut impl Write, text: &str) {
    let _ = out.write_all(bounded_lines(text).as_bytes());
}

/// `text` with every line longer than [`MAX_LINE`] bytes cut at a character boundary and marked.
pub fn bounded_lines(text: &str) -> String {
    if text.split('\n').all(|line| line.len() <= MAX_LINE) {
        return text.to_string();
    }
    let lines: Vec<String> = text.split('\n').map(bounded_line).collect();
    lines.join("\n")
}

fn bounded_line(line: &str) -> String {
    if line.len() <= MAX_LINE {
        return line.to_string();
    }
    const MARK: &str = " ... (line shortened)";
    let mut end = MAX_LINE - MARK.len();
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{MARK}", &line[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_unchanged() {
        assert_eq!(bounded_lines("error: a\nb\n"), "error: a\nb\n");
    }

    #[test]
    fn a_long_line_is_cut_at_a_char_boundary_and_marked() {
        let long = format!("error: {}\nnext\n", "é".repeat(4000));
        let out = bounded_lines(&long);
        let first = out.split('\n').next().unwrap();
        assert!(first.len() <= MAX_LINE, "{}", first.len());
        assert!(first.ends_with("(line shortened)"));
        assert!(out.ends_with("\nnext\n"));
    }
}
