//! Helpers shared by the CLI integration tests: the repository root, running the binary, and
//! comparing arrays relative to a tensor's scale.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ndarray::ArrayD;
use ndarray_npy::read_npy;

/// The repository root (the CLI runs there, so relative fixture paths work).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `syncbn-compile` with `args` from the root and asserts that it succeeded.
pub fn syncbn(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_syncbn-compile")).current_dir(root()).args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

/// Reads an f32 `.npy` file, naming it when it cannot.
pub fn npy(path: &Path) -> ArrayD<f32> {
    read_npy(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Asserts equal shapes and `|got - want| <= tol * max|want|` element-wise.
pub fn assert_close_to_scale(got: &ArrayD<f32>, want: &ArrayD<f32>, tol: f64, what: &str) {
    assert_close(got, want, tol, 0.0, what);
}

/// The largest magnitude in `a`.
pub fn scale_of(a: &ArrayD<f32>) -> f64 {
    a.iter().fold(0.0f64, |m, v| m.max(v.abs() as f64))
}

/// Asserts equal shapes and `|got - want| <= tol * max(max|want|, floor)` element-wise: `floor`
/// keeps a tensor that is zero in exact arithmetic from being compared with its own rounding noise.
pub fn assert_close(got: &ArrayD<f32>, want: &ArrayD<f32>, tol: f64, floor: f64, what: &str) {
    assert_eq!(got.shape(), want.shape(), "{what}: shape");
    let scale = scale_of(want).max(floor).max(1e-30);
    for (i, (g, w)) in got.iter().zip(want.iter()).enumerate() {
        let err = (*g as f64 - *w as f64).abs();
        assert!(err <= tol * scale, "{what}[{i}]: {g} vs {w} (error {err:.3e}, scale {scale:.3e})");
    }
}
