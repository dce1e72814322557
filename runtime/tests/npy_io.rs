//! `.npy` inputs are checked (unreadable, malformed, truncated, wrong dtype, wrong shape, over the
//! size limit, hostile headers) with errors of exit class 2 naming the file; outputs are written
//! under escaped names inside the output folder only.

mod common;

use std::path::Path;

use common::*;
use ndarray::{Array, ArrayD, IxDyn, ShapeBuilder};
use ndarray_npy::{ReadNpyExt, WriteNpyExt};
use syncbn_runtime::npy::{read_f32, read_input, write_outputs, DEFAULT_MAX_INPUT_BYTES};
use syncbn_runtime::{run, RunError, RunOptions};

fn write<T: ndarray_npy::WritableElement>(path: &Path, a: &ArrayD<T>) {
    a.write_npy(std::fs::File::create(path).unwrap()).unwrap();
}

/// A `.npy` v1 file with the given header dict and data bytes.
fn raw_npy(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut header = dict.to_string();
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut bytes = b"\x93NUMPY\x01\x00".to_vec();
    bytes.extend((header.len() as u16).to_le_bytes());
    bytes.extend(header.as_bytes());
    bytes.extend(data);
    bytes
}

fn expect_err(r: Result<ArrayD<f32>, RunError>, file: &Path, needle: &str) {
    let err = r.expect_err("expected an error");
    assert_eq!(err.exit_code(), 2, "{err}");
    let text = err.to_string();
    assert!(text.contains(&file.display().to_string()), "{text} should name the file");
    assert!(text.contains(needle), "{text} should mention {needle:?}");
}

#[test]
fn good_files_read_back_exactly_fortran_order_included() {
    let dir = tempfile::tempdir().unwrap();
    let a = random_input(3, 2, &[4], 0.0, 1.0, 1);
    let p = dir.path().join("x.npy");
    write(&p, &a);
    assert_eq!(read_f32(&p, DEFAULT_MAX_INPUT_BYTES).unwrap(), a);
    let f = Array::from_shape_vec((2, 3).f(), vec![1f32, 2., 3., 4., 5., 6.]).unwrap().into_dyn();
    let p = dir.path().join("f.npy");
    write(&p, &f);
    let back = read_f32(&p, DEFAULT_MAX_INPUT_BYTES).unwrap();
    assert_eq!(back, f);
    assert!(back.is_standard_layout());
}

#[test]
fn broken_files_are_named_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let missing = d.join("missing.npy");
    expect_err(read_f32(&missing, DEFAULT_MAX_INPUT_BYTES), &missing, "cannot read");

    let garbage = d.join("garbage.npy");
    std::fs::write(&garbage, b"this is not numpy").unwrap();
    expect_err(read_f32(&garbage, DEFAULT_MAX_INPUT_BYTES), &garbage, "not a valid .npy");

    let empty = d.join("empty.npy");
    std::fs::write(&empty, b"").unwrap();
    expect_err(read_f32(&empty, DEFAULT_MAX_INPUT_BYTES), &empty, "not a valid .npy");

    let f64_file = d.join("f64.npy");
    write(&f64_file, &ArrayD::<f64>::zeros(IxDyn(&[2, 3])));
    expect_err(read_f32(&f64_file, DEFAULT_MAX_INPUT_BYTES), &f64_file, "<f8");

    let big_endian = d.join("be.npy");
    std::fs::write(&big_endian, raw_npy("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", &[0; 8])).unwrap();
    expect_err(read_f32(&big_endian, DEFAULT_MAX_INPUT_BYTES), &big_endian, "big-endian");

    let truncated = d.join("truncated.npy");
    std::fs::write(&truncated, raw_npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4, 3), }", &[0; 20]))
        .unwrap();
    expect_err(read_f32(&truncated, DEFAULT_MAX_INPUT_BYTES), &truncated, "truncated");

    let extra = d.join("extra.npy");
    std::fs::write(&extra, raw_npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", &[0; 8])).unwrap();
    expect_err(read_f32(&extra, DEFAULT_MAX_INPUT_BYTES), &extra, "after the data");
}

#[test]
fn hostile_headers_and_big_files_are_refused_before_allocation() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.npy");
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (4000000000, 4000000000), }";
    std::fs::write(&huge, raw_npy(dict, &[0; 16])).unwrap();
    let err = read_f32(&huge, DEFAULT_MAX_INPUT_BYTES).unwrap_err();
    assert_eq!(err.exit_code(), 2, "{err}");

    let ok = dir.path().join("ok.npy");
    write(&ok, &ArrayD::<f32>::zeros(IxDyn(&[64, 64])));
    expect_err(read_f32(&ok, 1024), &ok, "size limit");
}

#[test]
fn read_input_checks_the_name_and_shape_against_the_model() {
    let g = bn_graph(&[7, 5], &BnParams::new(3), 0);
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("x.npy");
    write(&good, &random_input(5, 3, &[7, 5], 0.0, 1.0, 2));
    assert_eq!(read_input(&g, "x", &good, DEFAULT_MAX_INPUT_BYTES).unwrap().shape(), &[5, 3, 7, 5]);
    expect_err(read_input(&g, "nope", &good, DEFAULT_MAX_INPUT_BYTES), &good, "\"nope\"");
    let wrong = dir.path().join("wrong.npy");
    write(&wrong, &ArrayD::<f32>::zeros(IxDyn(&[5, 4, 7, 5])));
    expect_err(read_input(&g, "x", &wrong, DEFAULT_MAX_INPUT_BYTES), &wrong, "axis 1 is 4");
    let rank = dir.path().join("rank.npy");
    write(&rank, &ArrayD::<f32>::zeros(IxDyn(&[5, 3])));
    expect_err(read_input(&g, "x", &rank, DEFAULT_MAX_INPUT_BYTES), &rank, "rank 2");
}

#[test]
fn outputs_are_written_inside_the_folder_under_escaped_names() {
    let p = BnParams::new(3);
    let mut g = bn_graph(&[2], &p, 0);
    // Rename the outputs to hostile names.
    let renames = [("y", "../escape"), ("bn.running_mean_out", ".."), ("bn.running_var_out", "sub/dir/y")];
    for (old, new) in renames {
        for t in
            g.nodes.iter_mut().flat_map(|n| n.inputs.iter_mut().chain(n.outputs.iter_mut())).chain(g.outputs.iter_mut())
        {
            if t == old {
                *t = new.to_string();
            }
        }
    }
    let x = random_input(4, 3, &[2], 0.0, 1.0, 3);
    let result = run(&g, &RunOptions { replicas: 2, inputs: inputs_x(x), ..Default::default() }).unwrap();
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    let paths = write_outputs(&out, &result.outputs).unwrap();
    assert_eq!(paths.len(), g.outputs.len());
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 1, "nothing written beside the output folder");
    for (path, o) in paths.iter().zip(&result.outputs) {
        assert_eq!(path.parent(), Some(out.as_path()), "{path:?}");
        let back = ArrayD::<f32>::read_npy(std::fs::File::open(path).unwrap()).unwrap();
        assert_eq!(back, o.array, "{}", o.name);
    }
    assert!(names.contains(&"..%2Fescape.npy".to_string()), "{names:?}");
    assert!(names.contains(&"%2E%2E.npy".to_string()), "{names:?}");
    assert!(names.contains(&"sub%2Fdir%2Fy.npy".to_string()), "{names:?}");
}
