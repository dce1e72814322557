//! How a global batch is split over replicas and sync groups (docs/architecture.md section 5).

use std::ops::Range;

use crate::ReferenceError;

/// The rows of each replica: `n` rows split into `replicas` consecutive ranges as evenly as
/// possible, earlier replicas taking one more row when `n` does not divide; ranges may be empty.
/// `replicas` must be at least 1.
pub fn split_batch(n: usize, replicas: usize) -> Vec<Range<usize>> {
    let replicas = replicas.max(1);
    let (base, extra) = (n / replicas, n % replicas);
    let mut start = 0;
    (0..replicas)
        .map(|r| {
            let len = base + usize::from(r < extra);
            let range = start..start + len;
            start += len;
            range
        })
        .collect()
}

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
    fn earlier_replicas_take_the_remainder() {
        assert_eq!(split_batch(7, 3), vec![0..3, 3..5, 5..7]);
        assert_eq!(split_batch(2, 4), vec![0..1, 1..2, 2..2, 2..2]);
        assert_eq!(split_batch(0, 2), vec![0..0, 0..0]);
        assert_eq!(group_ranges(7, 4, 2), vec![0..4, 4..7]);
    }
}
