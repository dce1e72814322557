//! Reading a node's operands and resolving axes in the reference interpreter (attributes are read
//! through the typed readers of [`syncbn_ir::ops`]).

use super::Tensor;

/// Input `i`, required.
pub fn arg<'a>(args: &[Option<&'a Tensor>], i: usize) -> Result<&'a Tensor, String> {
    args.get(i).copied().flatten().ok_or_else(|| format!("input {i} is missing"))
}

/// Input `i`, when present.
pub fn opt<'a>(args: &[Option<&'a Tensor>], i: usize) -> Option<&'a Tensor> {
    args.get(i).copied().flatten()
}

/// `axis` (negative counts from the end) as an index below `rank`.
pub fn resolve_axis(axis: i64, rank: usize) -> Result<usize, String> {
    let resolved = if axis < 0 { axis + rank as i64 } else { axis };
    usize::try_from(resolved)
        .ok()
        .filter(|&a| a < rank)
        .ok_or_else(|| format!("axis {axis} is out of range for rank {rank}"))
}
