//! The rows of each sync group (docs/architecture.md section 5), from ir's split of the batch over
//! replicas.

use std::ops::Range;

use crate::ReferenceError;

pub use syncbn_ir::shard::split_batch;

/// The rows of each sync group of `group` consecutive replicas: the union of its replicas' ranges.
pub fn group_ranges(n: usize, replicas: usize, group: usize) -> Vec<Range<usize>> {
    let shards = split_batch(n, replicas);
    shards.chunks(group.max(1)).map(|c| c[0].start..c[c.len() - 1].end).collect()
}

/// The sync group size for `replicas` replicas (`group_size` 0: all of them), which must divide the
/// replica count.
pub fn check_groups(replicas: usize, group_size: usize) -> Result<usize, ReferenceError> {
    if replicas == 0 {
        return Err(ReferenceError::Options { option: "replicas", message: "is 0; expected at least 1".into() });
    }
    let group = if group_size == 0 { replicas } else { group_size };
    if replicas % group != 0 {
        return Err(ReferenceError::Options {
            option: "group-size",
            message: format!("{group} does not divide the replica count {replicas}"),
        });
    }
    Ok(group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_holds_its_replicas_rows() {
        assert_eq!(group_ranges(7, 4, 2), vec![0..4, 4..7]);
    }
}
