//! Eval-mode BatchNormalization: a per-channel affine, or folded into the preceding Conv or Gemm.
//!
//! ```text
//! Y = BatchNormalization[training_mode=0, eps](X, s, B, mean, var)
//!   ==>  Y = ChannelAffine[activation=none](X, mul, add)
//!        mul = s / sqrt(var + eps),  add = B - mean * mul            (computed at compile time)
//!
//! Y = BatchNormalization[training_mode=0](Conv(X, W, b), s, B, mean, var)      Conv output used once
//!   ==>  Y = Conv(X, W * mul[m], b * mul + add)                      (per output channel m)
//!
//! Y = BatchNormalization[training_mode=0](Gemm[alpha, beta](A, Bw, C), ...)     Gemm output used once
//!   ==>  Y = Gemm[alpha, beta=1](A, Bw', beta * C * mul + add)       (op(Bw) column n scaled by mul[n])
//! ```
//!
//! Eval mode uses the stored statistics, so neither form needs a collective. The constants are
//! computed in f64 and stored inline (`data`); both rules need the BatchNorm's parameters (and the
//! Conv or Gemm weights) to be initializers.

use std::collections::BTreeMap;

use egg::Id;
use syncbn_ir::lowered::CHANNEL_AFFINE;
use syncbn_ir::Attr;

use super::train_bn::{attr_f64, is_training, BATCH_NORM};
use super::{ops_in, producers, union_output, CodeRule, OpView};
use crate::analysis::{add_constant, add_get, add_op, leaf_values, Attrs, EG};
use crate::fold::{affine, fold_conv, fold_gemm, BnConstants, GemmConstants};

/// Matches an eval-mode BatchNormalization whose parameters are known constants.
#[derive(Clone, Copy, Debug)]
pub struct EvalBnAffine;

/// Matches an eval-mode BatchNormalization on the single-use output of a Conv or Gemm.
#[derive(Clone, Copy, Debug)]
pub struct EvalBnFold;

/// An eval BatchNorm with its affine constants.
#[derive(Clone, Debug)]
pub struct EvalBn {
    bn: OpView,
    mul: Vec<f64>,
    add: Vec<f64>,
}

/// The eval-mode BatchNorms in `class` whose parameters are known.
fn eval_bns(eg: &EG, class: Id) -> Vec<EvalBn> {
    ops_in(eg, class, BATCH_NORM)
        .into_iter()
        .filter(|v| v.args.len() == 5 && !is_training(eg.analysis.attrs(v.attrs)))
        .filter_map(|bn| {
            let value = |i: usize| leaf_values(eg, bn.args[i]).map(|(_, v)| v);
            let consts = BnConstants {
                scale: value(1)?,
                bias: value(2)?,
                mean: value(3)?,
                var: value(4)?,
                epsilon: attr_f64(eg.analysis.attrs(bn.attrs), "epsilon", 1e-5),
            };
            let (mul, add) = affine(&consts)?;
            Some(EvalBn { bn, mul, add })
        })
        .collect()
}

fn none_activation() -> Attrs {
    BTreeMap::from([("activation".to_string(), Attr::Str("none".to_string()))])
}

impl CodeRule for EvalBnAffine {
    type Match = EvalBn;

    fn find(&self, eg: &EG, class: Id) -> Vec<EvalBn> {
        eval_bns(eg, class)
    }

    fn apply(&self, eg: &mut EG, class: Id, m: &EvalBn) -> Vec<Id> {
        let base = eg.analysis.str(m.bn.name).to_string();
        let c = [m.mul.len() as u64];
        let mul = add_constant(eg, &format!("{base}.mul"), &c, m.mul.clone());
        let add = add_constant(eg, &format!("{base}.add"), &c, m.add.clone());
        let x = m.bn.args[0];
        let x_type = eg[x].data.outputs.first().cloned().flatten();
        let op = add_op(eg, CHANNEL_AFFINE, &format!("{base}.affine"), none_activation(), vec![x, mul, add], vec![
            x_type,
        ]);
        let y = add_get(eg, op, 0);
        union_output(eg, class, 0, y).into_iter().collect()
    }
}

/// A fold: the eval BatchNorm and the Conv or Gemm feeding it.
#[derive(Clone, Debug)]
pub struct Fold {
    eval: EvalBn,
    producer: OpView,
    op: &'static str,
}

impl CodeRule for EvalBnFold {
    type Match = Fold;

    fn find(&self, eg: &EG, class: Id) -> Vec<Fold> {
        let mut found = Vec::new();
        for eval in eval_bns(eg, class) {
            for op in ["Conv", "Gemm"] {
                for producer in producers(eg, eval.bn.args[0], 0, op) {
                    if eg.analysis.ctx.single_use.contains(eg.analysis.str(producer.name)) {
                        found.push(Fold { eval: eval.clone(), producer, op });
                    }
                }
            }
        }
        found
    }

    fn apply(&self, eg: &mut EG, class: Id, f: &Fold) -> Vec<Id> {
        let folded = match f.op {
            "Conv" => folded_conv_args(eg, f),
            _ => folded_gemm_args(eg, f),
        };
        let Some((args, attrs)) = folded else { return Vec::new() };
        let name = eg.analysis.str(f.producer.name).to_string();
        let types = eg[f.producer.class].data.outputs.clone();
        let op = add_op(eg, f.op, &name, attrs, args, types);
        let y = add_get(eg, op, 0);
        union_output(eg, class, 0, y).into_iter().collect()
    }
}

/// The folded Conv's inputs `[X, W', b']` and attributes.
fn folded_conv_args(eg: &mut EG, f: &Fold) -> Option<(Vec<Id>, Attrs)> {
    let args = &f.producer.args;
    let (_, weight) = leaf_values(eg, *args.get(1)?)?;
    let shape = eg[args[1]].data.outputs.first()?.as_ref()?.shape.clone();
    let dims: Vec<u64> = shape.iter().map(|d| d.fixed()).collect::<Option<_>>()?;
    let bias = match args.get(2) {
        Some(&b) if !is_absent(eg, b) => Some(leaf_values(eg, b)?.1),
        _ => None,
    };
    let (w, b) = fold_conv(weight, *dims.first()? as usize, bias, &f.eval.mul, &f.eval.add)?;
    let base = eg.analysis.str(f.eval.bn.name).to_string();
    let w = add_constant(eg, &format!("{base}.folded_weight"), &dims, w);
    let b = add_constant(eg, &format!("{base}.folded_bias"), &[dims[0]], b);
    Some((vec![args[0], w, b], eg.analysis.attrs(f.producer.attrs).clone()))
}

/// The folded Gemm's inputs `[A, B', C']` and attributes (`beta = 1`).
fn folded_gemm_args(eg: &mut EG, f: &Fold) -> Option<(Vec<Id>, Attrs)> {
    let args = &f.producer.args;
    let mut attrs = eg.analysis.attrs(f.producer.attrs).clone();
    let (_, b) = leaf_values(eg, *args.get(1)?)?;
    let shape = eg[args[1]].data.outputs.first()?.as_ref()?.shape.clone();
    let b_shape: Vec<u64> = shape.iter().map(|d| d.fixed()).collect::<Option<_>>()?;
    let c = match args.get(2) {
        Some(&c) if !is_absent(eg, c) => Some(leaf_values(eg, c)?.1),
        _ => None,
    };
    let g = GemmConstants {
        b,
        b_shape: &b_shape,
        trans_b: attrs.get("transB").and_then(Attr::as_i64).unwrap_or(0) != 0,
        c,
        beta: attr_f64(&attrs, "beta", 1.0),
    };
    let (b, c) = fold_gemm(&g, &f.eval.mul, &f.eval.add)?;
    let n = c.len() as u64;
    let base = eg.analysis.str(f.eval.bn.name).to_string();
    let b = add_constant(eg, &format!("{base}.folded_weight"), &b_shape, b);
    let c = add_constant(eg, &format!("{base}.folded_bias"), &[n], c);
    attrs.insert("beta".to_string(), Attr::Float(1.0));
    Some((vec![args[0], b, c], attrs))
}

/// Whether a class is the absent-input leaf `""`.
fn is_absent(eg: &EG, class: Id) -> bool {
    super::leaf_name(eg, class) == Some("")
}
