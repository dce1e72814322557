//! Reading a node's operands and attributes in the reference interpreter.

use syncbn_ir::{Attr, Node};

use super::Tensor;

/// Input `i`, required.
pub fn arg<'a>(args: &[Option<&'a Tensor>], i: usize) -> Result<&'a Tensor, String> {
    args.get(i).copied().flatten().ok_or_else(|| format!("input {i} is missing"))
}

/// Input `i`, when present.
pub fn opt<'a>(args: &[Option<&'a Tensor>], i: usize) -> Option<&'a Tensor> {
    args.get(i).copied().flatten()
}

/// A list-of-integers attribute as sizes, or `default`.
pub fn sizes_attr(node: &Node, name: &str, default: Vec<usize>) -> Result<Vec<usize>, String> {
    match node.attr(name).and_then(Attr::as_ints) {
        None => Ok(default),
        Some(v) => {
            v.iter().map(|&i| usize::try_from(i).map_err(|_| format!("{name} has negative entry {i}"))).collect()
        }
    }
}

/// A string attribute, or `default`.
pub fn str_attr<'a>(node: &'a Node, name: &str, default: &'a str) -> &'a str {
    node.attr(name).and_then(Attr::as_str).unwrap_or(default)
}

/// An axis attribute (negative counts from the end) resolved against `rank`.
pub fn axis_attr(node: &Node, name: &str, default: i64, rank: usize) -> Result<usize, String> {
    resolve_axis(node.attr_i64(name, default), rank)
}

/// `axis` (negative counts from the end) as an index below `rank`.
pub fn resolve_axis(axis: i64, rank: usize) -> Result<usize, String> {
    let resolved = if axis < 0 { axis + rank as i64 } else { axis };
    usize::try_from(resolved)
        .ok()
        .filter(|&a| a < rank)
        .ok_or_else(|| format!("axis {axis} is out of range for rank {rank}"))
}
