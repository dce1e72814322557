//! Arithmetic on dimensions that may be names: broadcasting, window outputs and symbolic products.

use std::collections::BTreeMap;

use crate::infer_ctx::InferCtx;
use crate::{Dim, Shape};

/// Multidirectional (numpy) broadcasting of several shapes. A name against a fixed size `k > 1`
/// gives `k` (the name must be bound to `k` or 1); two different names give a fresh name.
pub fn broadcast(shapes: &[&Shape], ctx: &mut InferCtx) -> Result<Shape, String> {
    let rank = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = Vec::with_capacity(rank);
    for axis in 0..rank {
        let mut acc = Dim::Fixed(1);
        for s in shapes {
            let offset = rank - s.len();
            if axis < offset {
                continue;
            }
            acc = broadcast_dim(&acc, &s[axis - offset], ctx).map_err(|(a, b)| {
                let shown: Vec<String> = shapes.iter().map(|s| crate::shape::display_shape(s)).collect();
                format!("shapes {} do not broadcast: {a} against {b}", shown.join(" and "))
            })?;
        }
        out.push(acc);
    }
    Ok(out)
}

fn broadcast_dim(a: &Dim, b: &Dim, ctx: &mut InferCtx) -> Result<Dim, (Dim, Dim)> {
    match (a, b) {
        (Dim::Fixed(1), d) | (d, Dim::Fixed(1)) => Ok(d.clone()),
        (Dim::Fixed(x), Dim::Fixed(y)) if x == y => Ok(a.clone()),
        (Dim::Fixed(_), Dim::Fixed(_)) => Err((a.clone(), b.clone())),
        (Dim::Named(x), Dim::Named(y)) if x == y => Ok(a.clone()),
        (Dim::Named(_), Dim::Named(_)) => Ok(ctx.fresh_dim()),
        (Dim::Fixed(_), Dim::Named(_)) => Ok(a.clone()),
        (Dim::Named(_), Dim::Fixed(_)) => Ok(b.clone()),
    }
}

/// One spatial axis of a sliding window (Conv, pools).
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// Effective kernel extent, `(k - 1) * dilation + 1`.
    pub extent: u64,
    /// Stride, at least 1.
    pub stride: u64,
    /// Padding before and after.
    pub pads: (u64, u64),
    /// Round the output size up instead of down (pools' `ceil_mode`).
    pub ceil: bool,
}

impl Window {
    /// The output size along this axis, following ONNX (and PyTorch's rule that with `ceil` the last
    /// window must start inside the input or its leading padding).
    pub fn output(&self, input: &Dim, ctx: &mut InferCtx) -> Result<Dim, String> {
        let n = match input {
            Dim::Fixed(n) => *n,
            Dim::Named(_) if self.stride == 1 && self.pads.0 + self.pads.1 + 1 == self.extent => {
                return Ok(input.clone())
            }
            Dim::Named(_) => return Ok(ctx.fresh_dim()),
        };
        let padded = n.saturating_add(self.pads.0).saturating_add(self.pads.1);
        if padded < self.extent {
            return Err(format!("the window (extent {}) is larger than the padded input ({padded})", self.extent));
        }
        let span = padded - self.extent;
        let mut out = if self.ceil { span.div_ceil(self.stride) + 1 } else { span / self.stride + 1 };
        if self.ceil && (out - 1).saturating_mul(self.stride) >= n.saturating_add(self.pads.0) {
            out -= 1;
        }
        Ok(Dim::Fixed(out))
    }

    /// The output size with `auto_pad` SAME_UPPER / SAME_LOWER: `ceil(input / stride)`.
    pub fn same_output(stride: u64, input: &Dim, ctx: &mut InferCtx) -> Dim {
        match input {
            Dim::Fixed(n) => Dim::Fixed(n.div_ceil(stride)),
            Dim::Named(_) if stride == 1 => input.clone(),
            Dim::Named(_) => ctx.fresh_dim(),
        }
    }
}

/// A product of dimensions: a fixed factor times named factors (with multiplicity).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SymProduct {
    fixed: u64,
    names: BTreeMap<String, u32>,
}

impl SymProduct {
    /// The product of `dims`, saturating the fixed factor.
    pub fn of(dims: &[Dim]) -> SymProduct {
        let mut p = SymProduct { fixed: 1, names: BTreeMap::new() };
        for d in dims {
            p.push(d);
        }
        p
    }

    /// Multiplies by one dimension.
    pub fn push(&mut self, d: &Dim) {
        match d {
            Dim::Fixed(n) => self.fixed = self.fixed.saturating_mul(*n),
            Dim::Named(name) => *self.names.entry(name.clone()).or_insert(0) += 1,
        }
    }

    /// `self / other` when it divides exactly; `None` when it does not (or is unknown).
    pub fn divide(&self, other: &SymProduct) -> Option<SymProduct> {
        if other.fixed == 0 || self.fixed.checked_rem(other.fixed) != Some(0) {
            return None;
        }
        let mut names = self.names.clone();
        for (name, count) in &other.names {
            let have = names.get_mut(name)?;
            *have = have.checked_sub(*count)?;
            if *have == 0 {
                names.remove(name);
            }
        }
        Some(SymProduct { fixed: self.fixed / other.fixed, names })
    }

    /// The product as one dimension: fixed, a single name, or a fresh name.
    pub fn to_dim(&self, ctx: &mut InferCtx) -> Dim {
        if self.fixed == 0 {
            return Dim::Fixed(0);
        }
        if self.names.is_empty() {
            return Dim::Fixed(self.fixed);
        }
        match self.names.iter().next() {
            Some((name, 1)) if self.fixed == 1 && self.names.len() == 1 => Dim::Named(name.clone()),
            _ => ctx.fresh_dim(),
        }
    }
}
