//! What the CUDA path decides before it touches a GPU, tested without one: the code generation
//! target of a GPU's compute capability (older than sm_70 is refused plainly), the GPU a rank
//! drives among the visible ones, and where cuBLAS and NCCL are found (the loader's names, the PyPI
//! wheels' folders, NCCL's `libnccl.so.2` that cudarc never tries), each failure a clear error with
//! exit status 2.

use std::path::{Path, PathBuf};

use syncbn_codegen::Target;
use syncbn_runtime::cuda::{gpu_for_rank, target_for_arch};
use syncbn_runtime::cuda_libs::{locate, Found, CUBLAS, NCCL};
use syncbn_runtime::RunError;

fn message(e: RunError) -> String {
    assert_eq!(e.exit_code(), 2, "{e}");
    assert!(matches!(e, RunError::DeviceUnavailable(_)), "{e:?}");
    e.to_string()
}

#[test]
fn each_gpu_gets_the_newest_architecture_it_runs() {
    for (arch, want) in [(70, 70), (72, 72), (75, 75), (80, 80), (86, 86), (89, 86), (90, 86), (120, 86)] {
        assert_eq!(target_for_arch(0, arch).unwrap(), Target::Sm(want), "sm_{arch}");
    }
}

#[test]
fn gpus_older_than_sm_70_are_refused_plainly() {
    for arch in [35, 52, 61] {
        let m = message(target_for_arch(1, arch).unwrap_err());
        assert!(m.contains("CUDA device 1") && m.contains(&format!("sm_{arch}")) && m.contains("sm_70"), "{m}");
    }
}

#[test]
fn ranks_drive_their_visible_gpu() {
    assert_eq!(gpu_for_rank(3, 4, 1).unwrap(), 0, "one GPU per rank (the launcher's binding)");
    assert_eq!(gpu_for_rank(0, 1, 1).unwrap(), 0);
    assert_eq!(gpu_for_rank(2, 4, 4).unwrap(), 2, "all GPUs visible: the node-local rank's");
    assert_eq!(gpu_for_rank(1, 2, 8).unwrap(), 1);
    let m = message(gpu_for_rank(2, 4, 2).unwrap_err());
    assert!(m.contains("4 ranks") && m.contains("2 visible"), "{m}");
    let m = message(gpu_for_rank(0, 1, 0).unwrap_err());
    assert!(m.contains("no CUDA GPU"), "{m}");
}

/// A fake `site-packages` with the wheel folder `nvidia/<pkg>/lib` holding `files`.
fn wheel(root: &Path, pkg: &str, files: &[&str]) -> PathBuf {
    let site = root.join("lib/python3.11/site-packages");
    let lib = site.join("nvidia").join(pkg).join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    for f in files {
        std::fs::write(lib.join(f), b"not a library").unwrap();
    }
    site
}

#[test]
fn a_library_the_loader_finds_is_used_by_name() {
    let loads = |name: &str| name == "libcublas.so.12";
    assert_eq!(locate(&CUBLAS, &[], &loads).unwrap(), Found::ByName("libcublas.so.12"));
}

#[test]
fn a_wheel_library_under_a_name_cudarc_tries_is_loaded_from_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let site = wheel(dir.path(), "cublas", &["libcublas.so.12", "libcublasLt.so.12"]);
    let found = locate(&CUBLAS, std::slice::from_ref(&site), &|_| false).unwrap();
    assert_eq!(found, Found::AtPath(site.join("nvidia/cublas/lib/libcublas.so.12")));
}

#[test]
fn nccl_installed_only_as_libnccl_so_2_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let site = wheel(dir.path(), "nccl", &["libnccl.so.2"]);
    let m = message(locate(&NCCL, &[site], &|_| false).unwrap_err());
    assert!(
        m.contains("nvidia/nccl/lib/libnccl.so.2") && m.contains("libnccl.so") && m.contains("LD_LIBRARY_PATH"),
        "{m}"
    );
    let m = message(locate(&NCCL, &[], &|name| name == "libnccl.so.2").unwrap_err());
    assert!(m.contains("NCCL is installed as libnccl.so.2"), "{m}");
}

#[test]
fn a_missing_library_names_what_to_install() {
    let m = message(locate(&NCCL, &[], &|_| false).unwrap_err());
    assert!(m.contains("no NCCL library") && m.contains("nvidia-nccl-cu12"), "{m}");
    let m = message(locate(&CUBLAS, &[], &|_| false).unwrap_err());
    assert!(m.contains("no cuBLAS library") && m.contains("nvidia-cublas-cu12"), "{m}");
}
