//! The persistent kernel cache: a hit loads code that computes bit-identical results to a fresh
//! compile; a flipped byte, a truncated entry or a valid entry of another key is rebuilt, never run;
//! an unwritable directory still compiles; the size cap evicts the least recently used entry.

use std::fs;
use std::path::{Path, PathBuf};

use syncbn_codegen::{CacheStatus, Elementwise, HostArg, HostModule, HostTuning, KernelCache, KernelKind};

const THIS_MACHINE: HostTuning = HostTuning { stream_min_bytes: u64::MAX };
const OTHER_TUNING: HostTuning = HostTuning { stream_min_bytes: 0 };

fn compile(tuning: HostTuning, cache: &KernelCache) -> HostModule {
    HostModule::compile(&KernelKind::host_set(), tuning, cache).expect("host kernels compile")
}

/// The single entry in `dir`.
fn entry(dir: &Path) -> PathBuf {
    let entries: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(entries.len(), 1, "expected one entry in {}: {entries:?}", dir.display());
    entries.into_iter().next().unwrap()
}

/// Moments, normalize and an element-wise kernel on an odd shape (3 images, 7 channels, 5x7), as bits.
fn outputs(k: &HostModule) -> Vec<u64> {
    let (n, c, s) = (3, 7, 35);
    let x: Vec<f32> = (0..n * c * s).map(|i| ((i * 37 % 101) as f32 - 50.0) / 7.0).collect();
    let mut moments = vec![0.0; 3 * c];
    let [dn, dc, ds] = [n, c, s].map(|d| HostArg::Int(d as i64));
    let range = [HostArg::Int(0), HostArg::Int(n as i64)];
    let [first, end] = range;
    k.call(KernelKind::LocalMoments, &mut [HostArg::In32(&x), dn, dc, ds, first, end, HostArg::Out64(&mut moments)])
        .unwrap();
    let mut sig = vec![0.0; x.len()];
    let sigmoid = KernelKind::Elementwise(Elementwise::Sigmoid);
    k.call(sigmoid, &mut [HostArg::In32(&x), HostArg::Int(x.len() as i64), HostArg::Out32(&mut sig)]).unwrap();
    let bits = moments.iter().map(|v| v.to_bits());
    bits.chain(sig.iter().map(|v| u64::from(v.to_bits()))).collect()
}

#[test]
fn a_hit_loads_code_with_bit_identical_results() {
    let dir = tempfile::tempdir().unwrap();
    let cache = KernelCache::at(dir.path());
    let miss = compile(THIS_MACHINE, &cache);
    assert_eq!(miss.cache_status(), &CacheStatus::Miss);
    let hit = compile(THIS_MACHINE, &cache);
    assert_eq!(hit.cache_status(), &CacheStatus::Hit);
    let off = compile(THIS_MACHINE, &KernelCache::disabled());
    assert_eq!(off.cache_status(), &CacheStatus::Off);
    assert_eq!(outputs(&hit), outputs(&miss));
    assert_eq!(outputs(&off), outputs(&miss));
    let optimized = miss.llvm_ir().unwrap();
    assert!(optimized.contains("define void @syncbn_local_moments("), "{optimized}");
    assert_eq!(hit.llvm_ir().unwrap(), optimized, "a hit's code comes from the same optimized IR");
}

/// Damages the cache's one entry with `damage`, then checks that the next compile rebuilds it (a
/// miss that works) and that the rebuilt entry hits.
fn rebuilt_after(damage: impl FnOnce(&Path, &[u8])) {
    let dir = tempfile::tempdir().unwrap();
    let cache = KernelCache::at(dir.path());
    let reference = outputs(&compile(THIS_MACHINE, &cache));
    let path = entry(dir.path());
    damage(&path, &fs::read(&path).unwrap());
    let rebuilt = compile(THIS_MACHINE, &cache);
    assert_eq!(rebuilt.cache_status(), &CacheStatus::Miss, "a damaged entry must be rebuilt");
    assert_eq!(outputs(&rebuilt), reference);
    assert_eq!(compile(THIS_MACHINE, &cache).cache_status(), &CacheStatus::Hit);
}

#[test]
fn an_entry_with_a_flipped_byte_is_rebuilt() {
    rebuilt_after(|path, bytes| {
        let mut bytes = bytes.to_vec();
        let at = bytes.len() / 2;
        bytes[at] ^= 0x01;
        fs::write(path, bytes).unwrap();
    });
}

#[test]
fn a_truncated_entry_is_rebuilt() {
    rebuilt_after(|path, bytes| fs::write(path, &bytes[..bytes.len() - 100]).unwrap());
    rebuilt_after(|path, bytes| fs::write(path, &bytes[..40]).unwrap());
    rebuilt_after(|path, _| fs::write(path, b"").unwrap());
}

#[test]
fn a_valid_entry_of_another_key_is_rebuilt() {
    let other = tempfile::tempdir().unwrap();
    compile(OTHER_TUNING, &KernelCache::at(other.path()));
    let foreign = fs::read(entry(other.path())).unwrap();
    rebuilt_after(|path, _| fs::write(path, &foreign).unwrap());
}

#[test]
fn an_unwritable_directory_still_compiles() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let cache = KernelCache::at(file.path().join("cache"));
    let k = compile(THIS_MACHINE, &cache);
    let CacheStatus::Unwritable(reason) = k.cache_status() else { panic!("{:?}", k.cache_status()) };
    assert!(reason.contains(&file.path().display().to_string()), "{reason}");
    assert_eq!(outputs(&k), outputs(&compile(THIS_MACHINE, &KernelCache::disabled())));
}

#[test]
fn the_size_cap_evicts_the_least_recently_used_entry() {
    let dir = tempfile::tempdir().unwrap();
    // Streaming stores everywhere make the larger object, so a cap of its size fits either entry alone.
    compile(OTHER_TUNING, &KernelCache::at(dir.path()));
    let first = entry(dir.path());
    let cap = fs::metadata(&first).unwrap().len();
    std::thread::sleep(std::time::Duration::from_millis(20));
    compile(THIS_MACHINE, &KernelCache::at(dir.path()).with_max_bytes(cap));
    let second = entry(dir.path());
    assert_ne!(first, second, "the older entry is evicted, the new one kept");
}
