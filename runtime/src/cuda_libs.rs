//! Finding cuBLAS and NCCL before cudarc needs them. cudarc's loader tries a fixed list of names
//! and panics when none loads; the libraries are often installed elsewhere: the PyPI wheels
//! (`nvidia-cublas-cu12`, `nvidia-nccl-cu12`) put them in `site-packages/nvidia/<pkg>/lib`, off the
//! loader's path, and NCCL's packages and wheel ship only `libnccl.so.2`, a name cudarc 0.19 never
//! tries. `probe` (feature `cuda`) finds a library by the names cudarc tries, then in the wheels' folders (a
//! library found there is loaded by its full path and kept loaded, so that cudarc's later load by
//! its soname finds it), and otherwise says plainly what is missing and how to provide it.

use std::path::{Path, PathBuf};

use crate::RunError;

/// A library of the CUDA stack that cudarc loads on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CudaLib {
    /// What the library is, for messages (`cuBLAS`).
    pub what: &'static str,
    /// The names cudarc 0.19's loader tries (the Linux ones), in its order.
    pub cudarc_names: &'static [&'static str],
    /// The file names of the library in its packages, which cudarc may not try.
    pub package_names: &'static [&'static str],
    /// The PyPI wheel that ships it, and its folder under `site-packages/nvidia/`.
    pub wheel: (&'static str, &'static str),
}

/// cuBLAS (the wheel's `libcublas.so.12` has the soname that cudarc tries).
pub const CUBLAS: CudaLib = CudaLib {
    what: "cuBLAS",
    cudarc_names: &["libcublas.so", "libcublas.so.12", "libcublas.so.11", "libcublas.so.10", "libcublas.so.1"],
    package_names: &["libcublas.so.12", "libcublas.so.11"],
    wheel: ("nvidia-cublas-cu12", "cublas"),
};

/// NCCL (its packages ship `libnccl.so.2`, which cudarc does not try).
pub const NCCL: CudaLib = CudaLib {
    what: "NCCL",
    cudarc_names: &["libnccl.so", "libnccl.so.12", "libnccl.so.11", "libnccl.so.10", "libnccl.so.9", "libnccl.so.1"],
    package_names: &["libnccl.so.2"],
    wheel: ("nvidia-nccl-cu12", "nccl"),
};

/// Where a library was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// cudarc loads it by one of its names.
    ByName(&'static str),
    /// In a folder off the loader's path, under a name cudarc tries (loading it there first makes
    /// cudarc's load find it).
    AtPath(PathBuf),
}

/// Where `lib` is, searching the loader's path (through `loads`, which tries to load a name or
/// path) and then the wheel folders under `site_packages`; an error says what is missing or why
/// cudarc cannot load what was found.
pub fn locate(lib: &CudaLib, site_packages: &[PathBuf], loads: &dyn Fn(&str) -> bool) -> Result<Found, RunError> {
    if let Some(name) = lib.cudarc_names.iter().find(|n| loads(n)) {
        return Ok(Found::ByName(name));
    }
    let folders: Vec<PathBuf> = site_packages.iter().map(|s| s.join("nvidia").join(lib.wheel.1).join("lib")).collect();
    for folder in &folders {
        if let Some(name) = lib.cudarc_names.iter().find(|n| folder.join(n).is_file()) {
            return Ok(Found::AtPath(folder.join(name)));
        }
    }
    let elsewhere = lib.package_names.iter().filter(|n| !lib.cudarc_names.contains(n));
    let unusable = elsewhere
        .flat_map(|n| {
            let on_path = loads(n).then(|| n.to_string());
            let in_wheels = folders.iter().map(|f| f.join(n)).find(|p| p.is_file()).map(|p| p.display().to_string());
            on_path.into_iter().chain(in_wheels)
        })
        .next();
    Err(RunError::DeviceUnavailable(match unusable {
        Some(found) => format!(
            "{} is installed as {found}, a name cudarc 0.19 does not load (it tries {}); make it loadable as {}: \
             link it under that name in a folder on LD_LIBRARY_PATH",
            lib.what,
            lib.cudarc_names.join(", "),
            lib.cudarc_names[0]
        ),
        None => format!(
            "no {} library: none of {} loads and no `pip install {}` folder was found; install {} (or the wheel) \
             and put its lib folder on LD_LIBRARY_PATH",
            lib.what,
            lib.cudarc_names.join(", "),
            lib.wheel.0,
            lib.what
        ),
    }))
}

/// The Python `site-packages` folders where a wheel's libraries may be: the active virtual and
/// conda environments', the user's, the system's, and `.venv` in the working folder.
pub fn site_packages() -> Vec<PathBuf> {
    let mut prefixes: Vec<PathBuf> = ["VIRTUAL_ENV", "CONDA_PREFIX"]
        .iter()
        .filter_map(|v| std::env::var_os(v).map(PathBuf::from))
        .chain(std::env::var_os("HOME").map(|h| Path::new(&h).join(".local")))
        .chain(["/usr/local", "/usr", ".venv"].map(PathBuf::from))
        .collect();
    prefixes.dedup();
    let mut found = Vec::new();
    for prefix in prefixes {
        let Ok(entries) = std::fs::read_dir(prefix.join("lib")) else { continue };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with("python3") {
                found.extend(
                    ["site-packages", "dist-packages"].map(|s| entry.path().join(s)).into_iter().filter(|p| p.is_dir()),
                );
            }
        }
    }
    found
}

/// Makes `lib` loadable by cudarc, or says why it is not: a library found in a wheel folder is
/// loaded by its full path and stays loaded for the life of the process.
#[cfg(feature = "cuda")]
pub fn probe(lib: &CudaLib) -> Result<(), RunError> {
    // SAFETY: loading a CUDA library runs its initializers, as cudarc's own load would.
    let loads = |name: &str| unsafe { libloading::Library::new(name) }.is_ok();
    match locate(lib, &site_packages(), &loads)? {
        Found::ByName(_) => Ok(()),
        Found::AtPath(path) => {
            // SAFETY: as above.
            let library = unsafe { libloading::Library::new(&path) }.map_err(|e| {
                RunError::DeviceUnavailable(format!("{} at {} cannot be loaded: {e}", lib.what, path.display()))
            })?;
            std::mem::forget(library);
            Ok(())
        }
    }
}
