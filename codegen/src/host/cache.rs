//! The persistent kernel cache: compiled code on disk (host object files, and GPU modules' PTX with
//! their optimized IR, see `gpu/ptx_cache.rs`), keyed by everything that changes the code, checked by a checksum before use and published atomically (temporary file, then
//! rename), so that concurrent processes never read a partial entry.
//!
//! An entry is `<key in hex>.o` in the cache directory: the magic `SYNCBNK1`, the 32-byte key, the
//! SHA-256 of the object, its length (u64, little-endian), then the object file. An entry whose magic,
//! key, length or checksum disagrees is ignored and rebuilt, never executed.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

/// The environment variable naming the cache directory.
pub const CACHE_DIR_ENV: &str = "SYNCBN_CACHE_DIR";
/// The default size cap of the cache directory's entries.
pub const DEFAULT_MAX_BYTES: u64 = 512 << 20;
const MAGIC: &[u8; 8] = b"SYNCBNK1";
const HEADER: usize = 8 + 32 + 32 + 8;
const SUFFIX: &str = "o";

/// Where compiled host code is kept between processes, or that it is not kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KernelCache {
    dir: Option<PathBuf>,
    max_bytes: u64,
}

/// What the kernel cache did for one compilation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheStatus {
    /// A valid entry was loaded; no code was generated.
    Hit,
    /// Code was generated and stored.
    Miss,
    /// Caching is off (`--no-cache`, or no cache directory is known).
    Off,
    /// Code was generated but could not be stored; the reason names the directory.
    Unwritable(String),
}

impl CacheStatus {
    /// `"hit"`, `"miss"`, `"off"` or `"unwritable"`, as reports write it.
    pub fn as_str(&self) -> &'static str {
        match self {
            CacheStatus::Hit => "hit",
            CacheStatus::Miss => "miss",
            CacheStatus::Off => "off",
            CacheStatus::Unwritable(_) => "unwritable",
        }
    }
}

impl Default for KernelCache {
    fn default() -> Self {
        KernelCache::from_env()
    }
}

impl KernelCache {
    /// `$SYNCBN_CACHE_DIR` when set and not empty, else `syncbn` in the platform cache directory
    /// (`~/.cache/syncbn` on Linux); off when neither is known.
    pub fn from_env() -> KernelCache {
        let dir = match std::env::var_os(CACHE_DIR_ENV) {
            Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
            _ => dirs::cache_dir().map(|d| d.join("syncbn")),
        };
        KernelCache { dir, max_bytes: DEFAULT_MAX_BYTES }
    }

    /// A cache in `dir`.
    pub fn at(dir: impl Into<PathBuf>) -> KernelCache {
        KernelCache { dir: Some(dir.into()), max_bytes: DEFAULT_MAX_BYTES }
    }

    /// No caching: every compilation generates code.
    pub fn disabled() -> KernelCache {
        KernelCache { dir: None, max_bytes: DEFAULT_MAX_BYTES }
    }

    /// The same cache with its entries capped at `max_bytes` in total (oldest evicted first).
    pub fn with_max_bytes(self, max_bytes: u64) -> KernelCache {
        KernelCache { max_bytes, ..self }
    }

    /// The cache directory, if caching is on.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The path of the entry for `key`.
    pub(crate) fn entry_path(dir: &Path, key: &[u8; 32]) -> PathBuf {
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        dir.join(format!("{hex}.{SUFFIX}"))
    }

    /// The object stored under `key`, if a valid entry exists (its modification time is refreshed, so
    /// eviction removes the least recently used entries first).
    pub(crate) fn load(&self, key: &[u8; 32]) -> Option<Vec<u8>> {
        let path = Self::entry_path(self.dir.as_deref()?, key);
        let bytes = fs::read(&path).ok()?;
        let object = decode(&bytes, key)?.to_vec();
        if let Ok(f) = fs::File::options().append(true).open(&path) {
            let _ = f.set_modified(SystemTime::now());
        }
        Some(object)
    }

    /// Stores `object` under `key` atomically, then evicts the oldest entries above the size cap.
    /// Returns the status of this (missed) compilation.
    pub(crate) fn store(&self, key: &[u8; 32], object: &[u8]) -> CacheStatus {
        let Some(dir) = self.dir.as_deref() else { return CacheStatus::Off };
        match write_entry(dir, key, object) {
            Ok(()) => {
                evict(dir, self.max_bytes);
                CacheStatus::Miss
            }
            Err(e) => CacheStatus::Unwritable(format!("kernel cache directory {}: {e}", dir.display())),
        }
    }
}

/// The key of a compilation: SHA-256 over the cache format, crate and LLVM versions, the target
/// (triple, CPU, features), the optimization level and the module's IR text.
pub(crate) fn cache_key(triple: &str, cpu: &str, features: &str, opt: &str, ir: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    for part in [
        std::str::from_utf8(MAGIC).unwrap_or_default(),
        env!("CARGO_PKG_VERSION"),
        llvm_version(),
        triple,
        cpu,
        features,
        opt,
        ir,
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().into()
}

/// The LLVM release the code generator is built against (`llvm-sys` 140 links LLVM 14).
fn llvm_version() -> &'static str {
    "LLVM 14 (llvm-sys 140)"
}

/// The object of a valid entry for `key`, or `None`.
fn decode<'a>(bytes: &'a [u8], key: &[u8; 32]) -> Option<&'a [u8]> {
    let (header, object) = bytes.split_at_checked(HEADER)?;
    let (magic, rest) = header.split_at(8);
    let (stored_key, rest) = rest.split_at(32);
    let (sum, len) = rest.split_at(32);
    let len = u64::from_le_bytes(len.try_into().ok()?);
    let valid =
        magic == MAGIC && stored_key == key && len == object.len() as u64 && Sha256::digest(object).as_slice() == sum;
    valid.then_some(object)
}

fn write_entry(dir: &Path, key: &[u8; 32], object: &[u8]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new().prefix(".partial-").tempfile_in(dir)?;
    let mut bytes = Vec::with_capacity(HEADER + object.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(key);
    bytes.extend_from_slice(&Sha256::digest(object));
    bytes.extend_from_slice(&(object.len() as u64).to_le_bytes());
    bytes.extend_from_slice(object);
    tmp.write_all(&bytes)?;
    tmp.persist(KernelCache::entry_path(dir, key)).map_err(|e| e.error)?;
    Ok(())
}

/// Removes the least recently used entries until the entries fit `max_bytes`; failures (another
/// process removed the file first) are ignored.
fn evict(dir: &Path, max_bytes: u64) {
    let Ok(read) = fs::read_dir(dir) else { return };
    let mut entries: Vec<(SystemTime, u64, PathBuf)> = read
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == SUFFIX))
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            Some((meta.modified().ok()?, meta.len(), e.path()))
        })
        .collect();
    let mut total: u64 = entries.iter().map(|e| e.1).sum();
    entries.sort();
    for (_, len, path) in entries {
        if total <= max_bytes {
            break;
        }
        if fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}
