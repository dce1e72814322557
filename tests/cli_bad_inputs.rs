//! Runs `syncbn-compile` on every broken or hostile model under tests/bad_inputs/models and every
//! argument set of tests/bad_inputs/args.txt: each must exit 2 with exactly one line on stderr and
//! no panic; the messages are snapshot-tested together.

use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &str = "examples/bn_only.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary from the repository root (so paths in messages are relative) and checks the
/// contract; returns the stderr line.
fn refuse(case: &str, args: &[String]) -> String {
    let out_dir = tempfile::tempdir().expect("temporary folder");
    let output = Command::new(env!("CARGO_BIN_EXE_syncbn-compile"))
        .current_dir(root())
        .args(args)
        .arg("-o")
        .arg(out_dir.path())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{case}: expected exit 2; stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{case}: panicked: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{case}: expected one line on stderr, got {stderr:?}");
    assert!(stderr.ends_with('\n'), "{case}: the line is not terminated: {stderr:?}");
    assert!(output.stdout.is_empty(), "{case}: wrote to stdout: {}", String::from_utf8_lossy(&output.stdout));
    stderr.trim_end().replace(&out_dir.path().display().to_string(), "[OUT]")
}

fn model_cases() -> Vec<PathBuf> {
    let dir = root().join("tests/bad_inputs/models");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/bad_inputs/models")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn bad_models_exit_2_with_one_line() {
    let cases = model_cases();
    assert!(cases.len() >= 30, "the corpus has only {} models", cases.len());
    let mut report = String::new();
    for path in cases {
        let relative = path.strip_prefix(root()).expect("inside the repository").to_path_buf();
        let name = relative.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let line = refuse(&name, &[relative.display().to_string()]);
        assert!(line.contains(&relative.display().to_string()), "{name}: the message does not name the file: {line}");
        report.push_str(&format!("{name}\n    {line}\n"));
    }
    insta::assert_snapshot!("bad_models", report);
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let text = std::fs::read_to_string(root().join("tests/bad_inputs/args.txt")).expect("args.txt");
    let mut report = String::new();
    let mut count = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let (name, rest) = line.split_once(':').expect("a case is `name: arguments`");
        let args: Vec<String> = rest.split_whitespace().map(|a| a.replace("{good}", GOOD)).collect();
        let message = refuse(name, &args);
        report.push_str(&format!("{name}: {}\n    {message}\n", args.join(" ")));
        count += 1;
    }
    assert!(count >= 20, "only {count} argument cases");
    insta::assert_snapshot!("bad_arguments", report);
}

#[test]
fn good_model_is_accepted_by_the_same_harness() {
    let out_dir = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_syncbn-compile"))
        .current_dir(root())
        .args([GOOD, "-o"])
        .arg(out_dir.path())
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(0), "{}", String::from_utf8_lossy(&status.stderr));
    assert!(Path::new(&out_dir.path().join("graph.json")).is_file());
}
