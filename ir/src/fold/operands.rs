//! Constant operands that become attributes at load, so that the kept node is in the attribute form
//! its schema and the runtimes read: ReduceSum/ReduceMean `axes`, Pad `pads` and `constant_value`,
//! Slice `starts`/`ends`/`axes`/`steps`; and Split, rewritten into one Slice per output.

use crate::{Attr, Graph, IrError, Limits, Location, Node};

/// Per op, the operands that become attributes: (input index, attribute name).
const OPERANDS: &[(&str, &[(usize, &str)])] = &[
    ("ReduceSum", &[(1, "axes")]),
    ("ReduceMean", &[(1, "axes")]),
    ("Pad", &[(1, "pads"), (2, "value"), (3, "axes")]),
    ("Slice", &[(1, "starts"), (2, "ends"), (3, "axes"), (4, "steps")]),
    ("Split", &[(1, "split")]),
];

/// Whether `node` has operands that [`to_attrs`] moves, or is a Split.
pub(super) fn needs_rewrite(node: &Node) -> bool {
    node.op == "Split" || OPERANDS.iter().any(|(op, _)| *op == node.op && node.inputs.len() > 1)
}

/// Moves `node`'s constant operands into attributes (see [`OPERANDS`]) and returns the names of the
/// initializers it read; an operand computed at run time is an error naming the node and input.
pub(super) fn to_attrs(
    graph: &Graph,
    node: &mut Node,
    limits: &Limits,
    file: &std::path::Path,
) -> Result<Vec<String>, IrError> {
    let Some((_, operands)) = OPERANDS.iter().find(|(op, _)| *op == node.op) else { return Ok(Vec::new()) };
    let mut read = Vec::new();
    for &(index, attr) in *operands {
        let Some(name) = node.input(index).map(str::to_string) else { continue };
        let at = |m: String| IrError::invalid(file, Location::Node { node: node.name.clone(), input: Some(index) }, m);
        let init = graph.initializer(&name).ok_or_else(|| {
            at(format!("input {index} ({attr}) {name:?} is computed at run time; expected a constant"))
        })?;
        let values = crate::data::initializer_values(graph, init, limits)?;
        let value = match (attr, values.as_slice()) {
            ("value", [v]) => Attr::Float(*v),
            ("value", other) => {
                return Err(at(format!("input {index} (constant_value) has {} values; expected one", other.len())))
            }
            ("axes", v) if node.op == "Pad" && !v.is_empty() => {
                return Err(at(format!(
                    "input {index} (axes) {v:?}: Pad with an axes operand is not supported; expected pads for every \
                     axis"
                )))
            }
            (_, v) => Attr::Ints(v.iter().map(|&x| x as i64).collect()),
        };
        node.attrs.insert(attr.to_string(), value);
        read.push(name);
    }
    node.inputs.truncate(1);
    Ok(read)
}

/// The sizes of the parts of a Split of an axis of size `n` into `parts` outputs: attribute `split`
/// when given (after [`to_attrs`]), else equal parts of `ceil(n / parts)` with a smaller last one.
pub(super) fn split_sizes(node: &Node, n: u64, parts: usize) -> Result<Vec<u64>, String> {
    if let Some(split) = node.attr("split").and_then(Attr::as_ints) {
        if split.len() != parts || split.iter().any(|&s| s < 0) || split.iter().sum::<i64>() != n as i64 {
            return Err(format!("split {split:?}: expected {parts} sizes >= 0 adding up to the axis size {n}"));
        }
        return Ok(split.iter().map(|&s| s as u64).collect());
    }
    let chunk = n.div_ceil(parts.max(1) as u64);
    let sizes: Vec<u64> = (0..parts as u64).map(|k| chunk.min(n.saturating_sub(k * chunk))).collect();
    if sizes.contains(&0) {
        return Err(format!("an axis of size {n} does not split into {parts} non-empty parts"));
    }
    Ok(sizes)
}

/// One Slice node per output of Split `node` (sizes `sizes` along `axis`), named after the Split.
pub(super) fn split_to_slices(node: &Node, axis: i64, sizes: &[u64]) -> Vec<Node> {
    let mut offset = 0i64;
    let mut slices = Vec::with_capacity(sizes.len());
    for (k, (output, &size)) in node.outputs.iter().zip(sizes).enumerate() {
        let start = offset;
        offset += size as i64;
        if output.is_empty() {
            continue;
        }
        let attrs = [("starts", start), ("ends", offset), ("axes", axis)]
            .into_iter()
            .map(|(name, v)| (name.to_string(), Attr::Ints(vec![v])))
            .collect();
        slices.push(Node {
            name: format!("{}/part{k}", node.name),
            op: "Slice".to_string(),
            inputs: vec![node.inputs[0].clone()],
            outputs: vec![output.clone()],
            attrs,
        });
    }
    slices
}
