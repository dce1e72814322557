//! The options of a lowering: sync groups, debugging switches and saturation limits.

use std::time::Duration;

use crate::PassError;

/// Limits on equality saturation. Hitting one stops saturation early; the result is still a
/// correct lowering, only possibly less fused. The node and iteration limits keep the result
/// deterministic; the time limit is a safety net that a normal graph never reaches.
#[derive(Clone, Debug, PartialEq)]
pub struct SaturationLimits {
    /// Most e-nodes.
    pub nodes: usize,
    /// Most iterations.
    pub iterations: usize,
    /// Most wall-clock time.
    pub time: Duration,
}

impl Default for SaturationLimits {
    fn default() -> Self {
        SaturationLimits { nodes: 2_000_000, iterations: 32, time: Duration::from_secs(60) }
    }
}

/// How to lower a graph.
#[derive(Clone, Debug, PartialEq)]
pub struct LowerOptions {
    /// Replicas per sync group; 0 means all replicas.
    pub group_size: usize,
    /// Replicas in all (at least 1); `group_size` must divide it.
    pub replicas: usize,
    /// Training BatchNorm nodes (by node name) left with local statistics: LocalMoments feeds
    /// BnFinalize directly, with no AllReduce. For debugging.
    pub unsynchronized: Vec<String>,
    /// Whether to fuse activations and residual Adds into normalizes.
    pub fuse: bool,
    /// Saturation limits.
    pub limits: SaturationLimits,
    /// Most bytes of parameter gradients one world AllReduce carries (a bucket holds at least one
    /// gradient, however large), as DDP's `bucket_cap_mb`.
    pub bucket_cap_bytes: u64,
}

impl Default for LowerOptions {
    fn default() -> Self {
        LowerOptions {
            group_size: 0,
            replicas: 1,
            unsynchronized: Vec::new(),
            fuse: true,
            limits: SaturationLimits::default(),
            bucket_cap_bytes: 25 << 20,
        }
    }
}

impl LowerOptions {
    /// The largest bucket cap, in MiB (1 TiB).
    pub const MAX_BUCKET_CAP_MB: f64 = (1u64 << 20) as f64;

    /// A bucket cap given in MiB (fractions allowed), in bytes: `None` unless it is above 0 and at
    /// most [`Self::MAX_BUCKET_CAP_MB`].
    pub fn bucket_cap_from_mb(mb: f64) -> Option<u64> {
        let mib = (1u64 << 20) as f64;
        (mb > 0.0 && mb <= Self::MAX_BUCKET_CAP_MB).then(|| ((mb * mib).round() as u64).max(1))
    }

    /// Checks the replica count and the group size.
    pub fn check(&self) -> Result<(), PassError> {
        check_groups(self.replicas, self.group_size).map(|_| ())
    }
}

/// Checks that `replicas >= 1` and that `group_size` (0 = all) divides `replicas`; returns the
/// effective group size.
pub fn check_groups(replicas: usize, group_size: usize) -> Result<usize, PassError> {
    if replicas == 0 {
        return Err(PassError::Options { option: "replicas", message: "is 0; expected at least 1".into() });
    }
    let group = if group_size == 0 { replicas } else { group_size };
    if replicas % group != 0 {
        return Err(PassError::Options {
            option: "group-size",
            message: format!("{group} does not divide the replica count {replicas}"),
        });
    }
    Ok(group)
}
