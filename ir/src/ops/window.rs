//! The sliding-window attributes that Conv, the pools and their gradients share (`kernel_shape`,
//! `strides`, `pads`, `dilations`, `auto_pad`, `ceil_mode`), read once into [`WindowAttrs`], and the
//! window output sizes that inference derives from them.

use super::attrs::{Attrs, FlagAttr, IntsAttr, Rule, StrAttr};
use super::dims::Window;
use super::OpError;
use crate::infer_ctx::InferCtx;
use crate::shape::display_shape;
use crate::{Dim, Node};

/// `auto_pad`: how the padding is chosen (default `NOTSET`: explicit `pads`).
pub const AUTO_PAD: StrAttr = StrAttr {
    name: "auto_pad",
    rule: Rule::Words(&["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"]),
    default: "NOTSET",
};
/// `dilations`: one per spatial axis, default 1.
pub const DILATIONS: IntsAttr = IntsAttr { name: "dilations", rule: Rule::AllAtLeast(1) };
/// `kernel_shape`: one per spatial axis (Conv: default the weight's spatial shape).
pub const KERNEL_SHAPE: IntsAttr = IntsAttr { name: "kernel_shape", rule: Rule::AllAtLeast(1) };
/// `pads`: all begins, then all ends, default 0.
pub const PADS: IntsAttr = IntsAttr { name: "pads", rule: Rule::AllAtLeast(0) };
/// `strides`: one per spatial axis, default 1.
pub const STRIDES: IntsAttr = IntsAttr { name: "strides", rule: Rule::AllAtLeast(1) };
/// `ceil_mode` (pools): round the output size up.
pub const CEIL_MODE: FlagAttr = FlagAttr { name: "ceil_mode" };

/// How `auto_pad` pads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoPad {
    /// Explicit `pads`.
    NotSet,
    /// Output `ceil(input / stride)`, the odd padding at the end.
    SameUpper,
    /// Output `ceil(input / stride)`, the odd padding at the beginning.
    SameLower,
    /// No padding.
    Valid,
}

impl AutoPad {
    /// Whether the output size is `ceil(input / stride)` (SAME_UPPER, SAME_LOWER).
    pub fn is_same(self) -> bool {
        matches!(self, AutoPad::SameUpper | AutoPad::SameLower)
    }
}

/// A window op's attributes over its spatial axes, defaults filled in and list lengths checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowAttrs {
    /// `kernel_shape`, when given.
    pub kernel_shape: Option<Vec<u64>>,
    /// `strides`, one per axis.
    pub strides: Vec<u64>,
    /// `dilations`, one per axis.
    pub dilations: Vec<u64>,
    /// Explicit `pads`: all begins, then all ends.
    pub pads: Vec<u64>,
    /// `auto_pad`.
    pub auto_pad: AutoPad,
    /// `ceil_mode`.
    pub ceil_mode: bool,
}

impl WindowAttrs {
    /// Reads the window attributes of a node over `spatial` axes; an error names a list whose length
    /// or entries do not fit, or an unknown `auto_pad`.
    pub fn read(attrs: &Attrs, spatial: usize) -> Result<WindowAttrs, String> {
        let auto_pad = match AUTO_PAD.read(attrs) {
            "NOTSET" => AutoPad::NotSet,
            "SAME_UPPER" => AutoPad::SameUpper,
            "SAME_LOWER" => AutoPad::SameLower,
            "VALID" => AutoPad::Valid,
            other => return Err(format!("attribute \"auto_pad\" is {other:?}; expected one of {:?}", AUTO_PAD.rule)),
        };
        let kernel_shape = match KERNEL_SHAPE.get(attrs) {
            Some(_) => Some(list(attrs, KERNEL_SHAPE, 0, spatial, "one per spatial axis")?),
            None => None,
        };
        Ok(WindowAttrs {
            kernel_shape,
            strides: list(attrs, STRIDES, 1, spatial, "one per spatial axis")?,
            dilations: list(attrs, DILATIONS, 1, spatial, "one per spatial axis")?,
            pads: list(attrs, PADS, 0, 2 * spatial, "begin and end per spatial axis")?,
            auto_pad,
            ceil_mode: CEIL_MODE.read(attrs),
        })
    }

    /// The kernel's effective extent along `axis`, `(kernel - 1) * dilation + 1`.
    pub fn extent(&self, axis: usize, kernel: u64) -> u64 {
        (kernel.max(1) - 1).saturating_mul(self.dilations[axis]).saturating_add(1)
    }

    /// The padding `(begin, end)` along `axis` of a window of `kernel` over `input` elements giving
    /// `output`: explicit `pads`, none for VALID, and for SAME the total that makes
    /// `output = ceil(input / stride)`, its odd element at the end (UPPER) or beginning (LOWER).
    pub fn pads_of(&self, axis: usize, kernel: u64, input: u64, output: u64) -> (u64, u64) {
        let n = self.strides.len();
        match self.auto_pad {
            AutoPad::NotSet => (self.pads[axis], self.pads[axis + n]),
            AutoPad::Valid => (0, 0),
            AutoPad::SameUpper | AutoPad::SameLower => {
                let reach = output.saturating_sub(1).saturating_mul(self.strides[axis]);
                let total = reach.saturating_add(self.extent(axis, kernel)).saturating_sub(input);
                let small = total / 2;
                if self.auto_pad == AutoPad::SameLower {
                    (total - small, small)
                } else {
                    (small, total - small)
                }
            }
        }
    }
}

/// List attribute `attr` of `len` non-negative entries, or `default` everywhere when absent.
fn list(attrs: &Attrs, attr: IntsAttr, default: u64, len: usize, what: &str) -> Result<Vec<u64>, String> {
    match attr.get(attrs) {
        None => Ok(vec![default; len]),
        Some(v) if v.len() != len => {
            Err(format!("attribute {:?} has {} entries; expected {len} ({what})", attr.name, v.len()))
        }
        Some(v) => v
            .iter()
            .map(|&x| u64::try_from(x).map_err(|_| format!("attribute {:?} has negative entry {x}", attr.name)))
            .collect(),
    }
}

/// `pads` and a non-default `auto_pad` cannot be given together.
pub(crate) fn check_auto_pad(node: &Node) -> Result<(), OpError> {
    let auto = AUTO_PAD.read(&node.attrs);
    if auto != AUTO_PAD.default && PADS.get(&node.attrs).is_some() {
        return Err(OpError::node(format!("attributes \"pads\" and auto_pad {auto:?} are both given; expected one")));
    }
    Ok(())
}

/// Output spatial sizes of a sliding window over `input` with kernel `kernel`, from the node's
/// window attributes; `ceil_mode` rounds up (pools).
pub(crate) fn window_outputs(
    node: &Node,
    input: &[Dim],
    kernel: &[u64],
    ctx: &mut InferCtx,
) -> Result<Vec<Dim>, OpError> {
    let n = input.len();
    if kernel.len() != n {
        return Err(OpError::node(format!(
            "attribute \"kernel_shape\" has {} entries; expected {n} (one per spatial axis)",
            kernel.len()
        )));
    }
    let window = WindowAttrs::read(&node.attrs, n).map_err(OpError::node)?;
    if let Some(axis) = kernel.iter().position(|&k| k == 0) {
        return Err(OpError::node(format!("the kernel is empty along spatial axis {axis}; expected sizes >= 1")));
    }
    let mut out = Vec::with_capacity(n);
    for axis in 0..n {
        let stride = window.strides[axis];
        if window.auto_pad.is_same() {
            out.push(Window::same_output(stride, &input[axis], ctx));
            continue;
        }
        let extent = window.extent(axis, kernel[axis]);
        let pads = window.pads_of(axis, kernel[axis], 0, 0);
        let axis_window = Window { extent, stride, pads, ceil: window.ceil_mode };
        let dim = axis_window
            .output(&input[axis], ctx)
            .map_err(|e| OpError::input(0, format!("spatial axis {axis} of input {}: {e}", display_shape(input))))?;
        out.push(dim);
    }
    Ok(out)
}
