//! Constant operands that become attributes at load, so that the kept node is in the attribute form
//! its schema and the runtimes read: ReduceSum/ReduceMean `axes`, Pad `pads` and `constant_value`,
//! Slice `starts`/`ends`/`axes`/`steps`, Dropout `ratio`/`training_mode` (in a graph with shape
//! arithmetic; elsewhere the Dropout pass of [`super`] does it); and Split, rewritten into one Slice
//! per output.

use crate::ops::batchnorm::TRAINING_MODE;
use crate::ops::dropout::RATIO;
use crate::ops::pad::{PADS, PAD_AXES, PAD_VALUE};
use crate::ops::reduce::REDUCE_AXES;
use crate::ops::shape_ops::SPLIT;
use crate::ops::slice::{ENDS, SLICE_AXES, STARTS, STEPS};
use crate::ops::{FlagAttr, FloatAttr, IntsAttr};
use crate::{Graph, IrError, Limits, Location, Node};

/// The attribute an operand becomes.
#[derive(Clone, Copy)]
enum Operand {
    /// A list of integers.
    Ints(IntsAttr),
    /// One number.
    Float(FloatAttr),
    /// One number, non-zero meaning set.
    Flag(FlagAttr),
    /// A list that must be empty (an operand form not supported).
    Empty(IntsAttr),
}

impl Operand {
    fn name(self) -> &'static str {
        match self {
            Operand::Ints(a) | Operand::Empty(a) => a.name,
            Operand::Float(a) => a.name,
            Operand::Flag(a) => a.name,
        }
    }
}

/// Per op, the operands that become attributes: (input index, attribute).
const OPERANDS: &[(&str, &[(usize, Operand)])] = &[
    ("ReduceSum", &[(1, Operand::Ints(REDUCE_AXES))]),
    ("ReduceMean", &[(1, Operand::Ints(REDUCE_AXES))]),
    ("Pad", &[(1, Operand::Ints(PADS)), (2, Operand::Float(PAD_VALUE)), (3, Operand::Empty(PAD_AXES))]),
    (
        "Slice",
        &[
            (1, Operand::Ints(STARTS)),
            (2, Operand::Ints(ENDS)),
            (3, Operand::Ints(SLICE_AXES)),
            (4, Operand::Ints(STEPS)),
        ],
    ),
    ("Split", &[(1, Operand::Ints(SPLIT))]),
    ("Dropout", &[(1, Operand::Float(RATIO)), (2, Operand::Flag(TRAINING_MODE))]),
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
    for &(index, operand) in *operands {
        let attr = operand.name();
        let Some(name) = node.input(index).map(str::to_string) else { continue };
        let at = |m: String| IrError::invalid(file, Location::Node { node: node.name.clone(), input: Some(index) }, m);
        let init = graph.initializer(&name).ok_or_else(|| {
            at(format!("input {index} ({attr}) {name:?} is computed at run time; expected a constant"))
        })?;
        let values = crate::data::initializer_values(graph, init, limits)?;
        let (key, value) = match (operand, values.as_slice()) {
            (Operand::Float(a), [v]) => a.entry(*v),
            (Operand::Flag(a), [v]) => a.entry(*v != 0.0),
            (Operand::Float(_) | Operand::Flag(_), other) => {
                return Err(at(format!("input {index} ({attr}) has {} values; expected one", other.len())))
            }
            (Operand::Empty(_), v) if !v.is_empty() => {
                return Err(at(format!(
                    "input {index} (axes) {v:?}: Pad with an axes operand is not supported; expected pads for every \
                     axis"
                )))
            }
            (Operand::Ints(a) | Operand::Empty(a), v) => a.entry(v.iter().map(|&x| x as i64).collect()),
        };
        node.attrs.insert(key, value);
        read.push(name);
    }
    node.inputs.truncate(1);
    Ok(read)
}

/// The sizes of the parts of a Split of an axis of size `n` into `parts` outputs: attribute `split`
/// when given (after [`to_attrs`]), else equal parts of `ceil(n / parts)` with a smaller last one.
pub(super) fn split_sizes(node: &Node, n: u64, parts: usize) -> Result<Vec<u64>, String> {
    if let Some(split) = SPLIT.get(&node.attrs) {
        let total = split.iter().try_fold(0i64, |a, &s| if s < 0 { None } else { a.checked_add(s) });
        if split.len() != parts || total != Some(n as i64) {
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
        let attrs = [STARTS.entry(vec![start]), ENDS.entry(vec![offset]), SLICE_AXES.entry(vec![axis])].into();
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
