//! The persistent kernel cache through the CLI: two processes filling an empty cache at once both
//! succeed with the same outputs, the next run hits and gives bit-identical outputs, the report says
//! hit or miss, `--no-cache` bypasses the cache, an unwritable cache directory still runs with one
//! warning, and the emulated GPU's PTX is cached the same way.

mod common;

use std::path::Path;
use std::process::{Child, Output, Stdio};

/// Starts `--run` of the BatchNorm example on 2 replicas with `cache` as the cache directory, writing
/// the outputs and the report into `out`.
fn start(cache: &Path, out: &Path, extra: &[&str]) -> Child {
    let mut cmd = common::command();
    cmd.env("SYNCBN_CACHE_DIR", cache).args(["examples/bn_only.json", "--run", "--replicas", "2", "-o"]);
    cmd.arg(out).arg("--report").arg(out.join("report.json")).args(extra);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("the binary starts")
}

fn finished(child: Child) -> Output {
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    output
}

fn kernel_cache(out: &Path) -> String {
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap()).unwrap();
    report["run"]["kernel_cache"].as_str().unwrap_or_default().to_string()
}

fn output_bytes(out: &Path) -> Vec<u8> {
    std::fs::read(out.join("y.npy")).expect("the output y.npy")
}

#[test]
fn concurrent_fills_succeed_and_the_next_run_hits_bit_identically() {
    let cache = tempfile::tempdir().unwrap();
    let outs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let a = start(cache.path(), outs[0].path(), &[]);
    let b = start(cache.path(), outs[1].path(), &[]);
    finished(a);
    finished(b);
    for out in &outs[..2] {
        assert!(["miss", "hit"].contains(&kernel_cache(out.path()).as_str()));
    }
    finished(start(cache.path(), outs[2].path(), &[]));
    assert_eq!(kernel_cache(outs[2].path()), "hit");
    assert_eq!(output_bytes(outs[0].path()), output_bytes(outs[1].path()));
    assert_eq!(output_bytes(outs[0].path()), output_bytes(outs[2].path()));
    let entries = std::fs::read_dir(cache.path()).unwrap().map(|e| e.unwrap().file_name()).collect::<Vec<_>>();
    assert_eq!(entries.len(), 1, "one entry, no partial files left: {entries:?}");
}

#[test]
fn no_cache_neither_reads_nor_writes_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    finished(start(cache.path(), out.path(), &["--no-cache"]));
    assert_eq!(kernel_cache(out.path()), "off");
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0);
}

#[test]
fn an_unwritable_cache_directory_runs_with_one_warning() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = finished(start(&file.path().join("cache"), out.path(), &[]));
    assert_eq!(kernel_cache(out.path()), "unwritable");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let warnings: Vec<_> = stderr.lines().filter(|l| l.starts_with("warning: kernel cache")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains(&file.path().display().to_string()), "{stderr}");
}

/// The emulated GPU's PTX goes through the same cache: the second run hits with bit-identical
/// outputs, and an entry with a flipped byte is rebuilt (a miss with the same outputs).
#[test]
fn ptx_for_the_emulated_gpu_is_cached_and_a_damaged_entry_rebuilt() {
    let cache = tempfile::tempdir().unwrap();
    let outs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let ptx_sim = ["--device", "ptx-sim"];
    finished(start(cache.path(), outs[0].path(), &ptx_sim));
    assert_eq!(kernel_cache(outs[0].path()), "miss");
    finished(start(cache.path(), outs[1].path(), &ptx_sim));
    assert_eq!(kernel_cache(outs[1].path()), "hit");
    let entries: Vec<_> = std::fs::read_dir(cache.path()).unwrap().map(|e| e.unwrap().path()).collect();
    let [entry] = &entries[..] else { panic!("expected one entry: {entries:?}") };
    let mut bytes = std::fs::read(entry).unwrap();
    let at = bytes.len() - 10;
    bytes[at] ^= 0x20;
    std::fs::write(entry, bytes).unwrap();
    finished(start(cache.path(), outs[2].path(), &ptx_sim));
    assert_eq!(kernel_cache(outs[2].path()), "miss", "a damaged entry is rebuilt");
    assert_eq!(output_bytes(outs[0].path()), output_bytes(outs[1].path()));
    assert_eq!(output_bytes(outs[0].path()), output_bytes(outs[2].path()));
}
