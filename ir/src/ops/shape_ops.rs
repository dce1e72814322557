//! The attributes of the shape ops that [`crate::fold`] evaluates at load (Gather, Cast, Shape,
//! Squeeze, Unsqueeze, Split): they never reach validation or a lowered graph, so they have no
//! schema, but their names and defaults are written here, once, like every other op's.

use super::attrs::{IntAttr, IntsAttr, Rule};

/// Gather's `axis`.
pub const GATHER_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: 0 };
/// Cast's `to`: the ONNX element type code (1 is f32).
pub const CAST_TO: IntAttr = IntAttr { name: "to", rule: Rule::Any, default: 1 };
/// Shape's `start` (opset 15): the first axis kept.
pub const SHAPE_START: IntAttr = IntAttr { name: "start", rule: Rule::Any, default: 0 };
/// Shape's `end` (opset 15): one past the last axis kept; absent, every axis (the default clamps to
/// the rank).
pub const SHAPE_END: IntAttr = IntAttr { name: "end", rule: Rule::Any, default: i64::MAX };
/// Split's `axis`.
pub const SPLIT_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: 0 };
/// Split's `split`: the sizes of the parts (absent: equal parts).
pub const SPLIT: IntsAttr = IntsAttr { name: "split", rule: Rule::AllAtLeast(0) };
/// Squeeze's and Unsqueeze's `axes` (an input from opset 13).
pub const SQUEEZE_AXES: IntsAttr = IntsAttr { name: "axes", rule: Rule::Any };
