//! Constant operands that become attributes at load, so that the kept node is in the attribute form
//! its schema and the runtimes read: ReduceSum/ReduceMean `axes`, Pad `pads`, `constant_value` and
//! `axes` (opset 18; spread into `pads` over every axis), Slice `starts`/`ends`/`axes`/`steps`,
//! Dropout `ratio`/`training_mode` (in a graph with shape arithmetic; elsewhere the Dropout pass of
//! [`super`] does it); and Split, rewritten into one Slice per output.

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
    /// Pad's opset-18 `axes`: the axes its `pads` are given for, spread over every axis.
    PadAxes(IntsAttr),
}

impl Operand {
    fn name(self) -> &'static str {
        match self {
            Operand::Ints(a) | Operand::PadAxes(a) => a.name,
            Operand::Float(a) => a.name,
            Operand::Flag(a) => a.name,
        }
    }
}

/// Per op, the operands that become attributes: (input index, attribute).
const OPERANDS: &[(&str, &[(usize, Operand)])] = &[
    ("ReduceSum", &[(1, Operand::Ints(REDUCE_AXES))]),
    ("ReduceMean", &[(1, Operand::Ints(REDUCE_AXES))]),
    ("Pad", &[(1, Operand::Ints(PADS)), (2, Operand::Float(PAD_VALUE)), (3, Operand::PadAxes(PAD_AXES))]),
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
/// Pad's opset-18 `axes` (pads given for those axes only) becomes `pads` over every axis of its
/// input, of rank `input_rank`.
pub(super) fn to_attrs(
    graph: &Graph,
    node: &mut Node,
    input_rank: Option<usize>,
    limits: &Limits,
    file: &std::path::Path,
) -> Result<Vec<String>, IrError> {
    let Some((_, operands)) = OPERANDS.iter().find(|(op, _)| *op == node.op) else { return Ok(Vec::new()) };
    let mut read = Vec::new();
    let mut pad_axes = None;
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
            (Operand::PadAxes(_), v) if !v.is_empty() => {
                pad_axes = Some((index, v.iter().map(|&x| x as i64).collect::<Vec<_>>()));
                read.push(name);
                continue;
            }
            (Operand::Ints(a) | Operand::PadAxes(a), v) => a.entry(v.iter().map(|&x| x as i64).collect()),
        };
        node.attrs.insert(key, value);
        read.push(name);
    }
    if let Some((index, axes)) = pad_axes {
        let at = |m: String| IrError::invalid(file, Location::Node { node: node.name.clone(), input: Some(index) }, m);
        let rank = input_rank.ok_or_else(|| at("Pad's input 0 has no known rank to apply axes to".into()))?;
        let full = pads_over_every_axis(PADS.get(&node.attrs).unwrap_or_default(), &axes, rank).map_err(at)?;
        node.attrs.extend([PADS.entry(full)]);
    }
    node.inputs.truncate(1);
    Ok(read)
}

/// ONNX Pad's `pads` given for `axes` only (begins, then ends, in the order of `axes`; negative
/// axes count from the end), spread over all `rank` axes with 0 for the others.
fn pads_over_every_axis(pads: &[i64], axes: &[i64], rank: usize) -> Result<Vec<i64>, String> {
    let k = axes.len();
    if pads.len() != 2 * k {
        return Err(format!(
            "input 3 (axes) {axes:?} names {k} axes but input 1 (pads) has {} values; expected {} (a begin and \
             an end per axis)",
            pads.len(),
            2 * k
        ));
    }
    let r = rank as i64;
    let mut full = vec![0; 2 * rank];
    let mut seen = vec![false; rank];
    for (i, &axis) in axes.iter().enumerate() {
        let resolved = if axis < 0 { axis + r } else { axis };
        let a = usize::try_from(resolved).ok().filter(|&a| a < rank).ok_or_else(|| {
            format!(
                "input 3 (axes) {axes:?}: axis {axis} is out of range for rank {rank}; expected {} to {}",
                -r,
                r - 1
            )
        })?;
        if std::mem::replace(&mut seen[a], true) {
            return Err(format!("input 3 (axes) {axes:?}: axis {a} appears twice; expected distinct axes"));
        }
        (full[a], full[rank + a]) = (pads[i], pads[k + i]);
    }
    Ok(full)
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
