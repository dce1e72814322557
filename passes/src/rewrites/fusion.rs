//! Fusion of what follows a normalize into the normalize kernel.
//!
//! ```text
//! Relu(N[act=none](args))                 ==>  N[act=relu](args)
//! Clip[lo, hi](N[act=none](args))         ==>  N[act=clip, clip_min=lo, clip_max=hi](args)
//!     N in {BnNormalize, BnNormalizePair, ChannelAffine}
//! Add(BnNormalize(X, P), R)               ==>  BnNormalize(X, P, R)        R of X's shape
//! Add(R, BnNormalize(X, P))               ==>  BnNormalize(X, P, R)        (Add commutes)
//! Add(BnNormalize(X1, P1), BnNormalize(X2, P2))  ==>  BnNormalizePair(X1, P1, X2, P2)
//! ```
//!
//! With the activation rules these also give `Relu(Add(norm, R))` and `Relu(Add(norm, norm))`, the
//! ResNet join. The residual forms require the Add not to broadcast (all shapes known and equal).
//! Fused nodes are named `<normalize>+<fused node>`.

use egg::Id;
use syncbn_ir::lowered::{BN_NORMALIZE, BN_NORMALIZE_PAIR, CHANNEL_AFFINE};
use syncbn_ir::ops::elementwise;
use syncbn_ir::ops::lowered::{ACTIVATION, CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::FloatAttr;

use super::{leaf_name, ops_in, producers, union_output, CodeRule, OpView};
use crate::analysis::{add_get, add_op, leaf_values, TensorType, EG};

/// Fuses Relu or Clip into a preceding normalize or affine.
#[derive(Clone, Copy, Debug)]
pub struct FuseActivation;

/// Fuses a residual Add into a preceding BnNormalize.
#[derive(Clone, Copy, Debug)]
pub struct FuseResidual;

/// Fuses the Add of two BnNormalizes into one BnNormalizePair.
#[derive(Clone, Copy, Debug)]
pub struct FusePair;

/// A rewrite's outcome: the fused node to build.
#[derive(Clone, Debug)]
pub struct Fused {
    op: &'static str,
    name: String,
    attrs: crate::analysis::Attrs,
    args: Vec<Id>,
}

impl Fused {
    /// Adds the fused node and unions its output with output 0 of `class`.
    fn add(&self, eg: &mut EG, class: Id) -> Vec<Id> {
        let types = eg[class].data.outputs.clone();
        let op = add_op(eg, self.op, &self.name, self.attrs.clone(), self.args.clone(), types);
        let y = add_get(eg, op, 0);
        union_output(eg, class, 0, y).into_iter().collect()
    }
}

/// Whether a normalize-like node applies no activation yet.
fn unactivated(eg: &EG, v: &OpView) -> bool {
    ACTIVATION.read(eg.analysis.attrs(v.attrs)) == ACTIVATION.default
}

/// The normalizes with no activation whose output is `tensor`, with their op names.
fn plain_normalizes(eg: &EG, tensor: Id, ops: &[&'static str]) -> Vec<(&'static str, OpView)> {
    ops.iter()
        .flat_map(|&op| producers(eg, tensor, 0, op).into_iter().map(move |v| (op, v)))
        .filter(|(_, v)| unactivated(eg, v))
        .collect()
}

/// A Clip's bounds from its attributes (opset < 11) or constant inputs (opset >= 11).
fn clip_bounds(eg: &EG, clip: &OpView) -> Option<(f64, f64)> {
    let attrs = eg.analysis.attrs(clip.attrs);
    let bound = |index: usize, attr: FloatAttr| -> Option<f64> {
        match clip.args.get(index) {
            Some(&c) if leaf_name(eg, c) != Some("") => match leaf_values(eg, c)?.1 {
                [v] => Some(*v),
                _ => None,
            },
            _ => Some(attr.read(attrs)),
        }
    };
    Some((bound(1, elementwise::CLIP_MIN)?, bound(2, elementwise::CLIP_MAX)?))
}

impl CodeRule for FuseActivation {
    type Match = Fused;

    fn roots(&self) -> &'static [&'static str] {
        &["Relu", "Clip"]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<Fused> {
        let mut found = Vec::new();
        for act_op in ["Relu", "Clip"] {
            for act in ops_in(eg, class, act_op) {
                let Some(&input) = act.args.first() else { continue };
                let bounds = if act_op == "Clip" { clip_bounds(eg, &act) } else { Some((0.0, 0.0)) };
                let Some((lo, hi)) = bounds else { continue };
                for (op, norm) in plain_normalizes(eg, input, &[BN_NORMALIZE, BN_NORMALIZE_PAIR, CHANNEL_AFFINE]) {
                    let mut attrs = eg.analysis.attrs(norm.attrs).clone();
                    attrs.extend([ACTIVATION.entry(&act_op.to_lowercase())]);
                    if act_op == "Clip" {
                        // Infinite bounds are the defaults and cannot be written in JSON.
                        for (key, v) in [(CLIP_MIN, lo), (CLIP_MAX, hi)] {
                            if v.is_finite() {
                                attrs.extend([key.entry(v)]);
                            }
                        }
                    }
                    let name = format!("{}+{}", eg.analysis.str(norm.name), eg.analysis.str(act.name));
                    found.push(Fused { op, name, attrs, args: norm.args.clone() });
                }
            }
        }
        found
    }

    fn key(&self, _eg: &EG, m: &Fused) -> String {
        format!("fuse:{}", m.name)
    }

    fn apply(&self, eg: &mut EG, class: Id, m: &Fused) -> Vec<Id> {
        m.add(eg, class)
    }
}

/// The type of a tensor class.
fn tensor_type(eg: &EG, class: Id) -> Option<&TensorType> {
    eg[eg.find(class)].data.outputs.first()?.as_ref()
}

/// Whether all classes have the same known type.
fn same_types(eg: &EG, classes: &[Id]) -> bool {
    let types: Vec<_> = classes.iter().map(|&c| tensor_type(eg, c)).collect();
    types.iter().all(|t| t.is_some() && *t == types[0])
}

/// The two-input Adds in `class` (whose output is output 0 of that class).
fn adds(eg: &EG, class: Id) -> Vec<OpView> {
    ops_in(eg, class, "Add").into_iter().filter(|a| a.args.len() == 2).collect()
}

impl CodeRule for FuseResidual {
    type Match = Fused;

    fn roots(&self) -> &'static [&'static str] {
        &["Add"]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<Fused> {
        let mut found = Vec::new();
        let Some(out) = crate::analysis::lookup_get(eg, class, 0) else { return found };
        for add in adds(eg, class) {
            for side in 0..2 {
                let residual = add.args[1 - side];
                for (_, norm) in plain_normalizes(eg, add.args[side], &[BN_NORMALIZE]) {
                    if norm.args.len() != 2 || !same_types(eg, &[norm.args[0], residual, out]) {
                        continue;
                    }
                    let name = format!("{}+{}", eg.analysis.str(norm.name), eg.analysis.str(add.name));
                    let attrs = eg.analysis.attrs(norm.attrs).clone();
                    let args = vec![norm.args[0], norm.args[1], residual];
                    found.push(Fused { op: BN_NORMALIZE, name, attrs, args });
                }
            }
        }
        found
    }

    fn key(&self, _eg: &EG, m: &Fused) -> String {
        format!("fuse:{}", m.name)
    }

    fn apply(&self, eg: &mut EG, class: Id, m: &Fused) -> Vec<Id> {
        m.add(eg, class)
    }
}

impl CodeRule for FusePair {
    type Match = Fused;

    fn roots(&self) -> &'static [&'static str] {
        &["Add"]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<Fused> {
        let mut found = Vec::new();
        let Some(out) = crate::analysis::lookup_get(eg, class, 0) else { return found };
        for add in adds(eg, class) {
            let lefts = plain_normalizes(eg, add.args[0], &[BN_NORMALIZE]);
            let rights = plain_normalizes(eg, add.args[1], &[BN_NORMALIZE]);
            for (_, n1) in lefts.iter().filter(|(_, n)| n.args.len() == 2) {
                for (_, n2) in rights.iter().filter(|(_, n)| n.args.len() == 2) {
                    if !same_types(eg, &[n1.args[0], n2.args[0], out]) {
                        continue;
                    }
                    let name = format!("{}+{}", eg.analysis.str(n1.name), eg.analysis.str(n2.name));
                    let attrs = eg.analysis.attrs(n1.attrs).clone();
                    let args = vec![n1.args[0], n1.args[1], n2.args[0], n2.args[1]];
                    found.push(Fused { op: BN_NORMALIZE_PAIR, name, attrs, args });
                }
            }
        }
        found
    }

    fn key(&self, _eg: &EG, m: &Fused) -> String {
        format!("fuse:{}", m.name)
    }

    fn apply(&self, eg: &mut EG, class: Id, m: &Fused) -> Vec<Id> {
        m.add(eg, class)
    }
}
