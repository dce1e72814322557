//! Helpers shared by the CLI integration tests: the repository root, running the binary, and
//! comparing arrays relative to a tensor's scale.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use ndarray::ArrayD;
use ndarray_npy::read_npy;

/// The repository root (the CLI runs there, so relative fixture paths work).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The kernel cache directory of this test process: fresh per run (under Cargo's temporary folder for
/// tests), shared by the tests of one binary so that only the first run compiles the host kernels.
pub fn test_cache_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::Builder::new().prefix("kernel-cache-").tempdir_in(env!("CARGO_TARGET_TMPDIR"));
        dir.expect("temporary kernel cache folder").keep()
    })
}

/// `syncbn-compile`, to run from the root with this test process's kernel cache.
pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_syncbn-compile"));
    cmd.current_dir(root()).env("SYNCBN_CACHE_DIR", test_cache_dir());
    cmd.env(WEIGHT_BOUND_FROM.0, WEIGHT_BOUND_FROM.1);
    cmd
}

/// Weights from which the runs of the tests count a layer as weight-bound (the default is
/// 1,048,576): wide_mini's Conv (147,456) and Linear layer (131,072) and the larger layers of the
/// full-size models go through the weight-bound kernels and, on threads, the team.
pub const WEIGHT_BOUND_FROM: (&str, &str) = ("SYNCBN_WEIGHT_BOUND_MIN_WEIGHTS", "131072");

/// Runs `syncbn-compile` with `args` from the root and asserts that it succeeded.
pub fn syncbn(args: &[&str]) -> Output {
    let output = command().args(args).output().unwrap();
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
