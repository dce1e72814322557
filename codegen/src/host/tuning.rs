//! Machine-dependent choices of the host kernels, read from the machine they are compiled on.

use std::path::Path;

/// Tuning of the host-native kernels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostTuning {
    /// Output size in bytes from which normalize-family kernels use streaming (non-temporal)
    /// stores: smaller outputs stay in the cache for the op that reads them next; larger ones would
    /// not fit anyway, and streaming saves the read for ownership of every output line.
    pub stream_min_bytes: u64,
}

impl HostTuning {
    /// A fixed tuning (16 MiB), for LLVM IR that does not depend on the machine.
    pub const REFERENCE: HostTuning = HostTuning { stream_min_bytes: 16 << 20 };

    /// For the machine this runs on: half of its last-level cache as Linux reports it in sysfs, or
    /// [`HostTuning::REFERENCE`] when that is unknown.
    pub fn for_this_machine() -> HostTuning {
        match last_level_cache_bytes(Path::new("/sys/devices/system/cpu/cpu0/cache")) {
            Some(bytes) => HostTuning { stream_min_bytes: bytes / 2 },
            None => HostTuning::REFERENCE,
        }
    }
}

/// The size of the highest-level cache listed under `dir` (`index*/level`, `index*/size`).
fn last_level_cache_bytes(dir: &Path) -> Option<u64> {
    let read = |p: &Path| std::fs::read_to_string(p).ok().map(|s| s.trim().to_string());
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter_map(|e| {
            let level: u32 = read(&e.path().join("level"))?.parse().ok()?;
            Some((level, parse_size(&read(&e.path().join("size"))?)?))
        })
        .max()
        .map(|(_, bytes)| bytes)
}

/// Parses sysfs cache sizes: `32768K`, `8M`, `512`.
fn parse_size(text: &str) -> Option<u64> {
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => text.split_at(i),
        None => (text, ""),
    };
    let scale = match unit {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return None,
    };
    digits.parse::<u64>().ok()?.checked_mul(scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sysfs_cache_sizes() {
        assert_eq!(parse_size("32768K"), Some(32 << 20));
        assert_eq!(parse_size("8M"), Some(8 << 20));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("12Q"), None);
        assert_eq!(parse_size(""), None);
    }

    #[test]
    fn picks_the_highest_cache_level() {
        let dir = std::env::temp_dir().join(format!("syncbn-cache-{}", std::process::id()));
        for (index, level, size) in [("index0", "1", "32K"), ("index2", "2", "512K"), ("index3", "3", "32768K")] {
            std::fs::create_dir_all(dir.join(index)).unwrap();
            std::fs::write(dir.join(index).join("level"), level).unwrap();
            std::fs::write(dir.join(index).join("size"), size).unwrap();
        }
        assert_eq!(last_level_cache_bytes(&dir), Some(32 << 20));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(last_level_cache_bytes(&dir), None);
    }
}
