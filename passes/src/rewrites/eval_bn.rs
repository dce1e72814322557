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
//! Conv or Gemm weights) to be initializers. Where folding applies, the affine form is not offered:
//! folding removes the per-channel work outright, whereas the two forms would otherwise cost about
//! the same to the extraction once an activation fuses into the affine.

use std::collections::BTreeMap;

use egg::Id;
use syncbn_ir::lowered::CHANNEL_AFFINE;
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION as BATCH_NORM;
use syncbn_ir::ops::batchnorm::{EPSILON, TRAINING_MODE};
use syncbn_ir::ops::gemm::{BETA, TRANS_B};
use syncbn_ir::ops::lowered::ACTIVATION;

use super::{ops_in, producers, union_output, CodeRule, OpView};
use crate::analysis::{add_constant, add_get, add_op, leaf_values, Attrs, EG};
use crate::fold::{affine, fold_conv, fold_gemm, BnConstants, GemmConstants};
use crate::lang::Sym;

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
        .filter(|v| v.args.len() == 5 && !TRAINING_MODE.read(eg.analysis.attrs(v.attrs)))
        .filter_map(|bn| {
            let value = |i: usize| leaf_values(eg, bn.args[i]).map(|(_, v)| v);
            let consts = BnConstants {
                scale: value(1)?,
                bias: value(2)?,
                mean: value(3)?,
                var: value(4)?,
                epsilon: EPSILON.read(eg.analysis.attrs(bn.attrs)),
            };
            let (mul, add) = affine(&consts)?;
            Some(EvalBn { bn, mul, add })
        })
        .collect()
}

fn none_activation() -> Attrs {
    BTreeMap::from([ACTIVATION.entry(ACTIVATION.default)])
}

impl CodeRule for EvalBnAffine {
    type Match = EvalBn;

    fn roots(&self) -> &'static [&'static str] {
        &[BATCH_NORM]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<EvalBn> {
        let folded: Vec<Sym> = folds(eg, class).iter().map(|f| f.eval.bn.name).collect();
        eval_bns(eg, class).into_iter().filter(|e| !folded.contains(&e.bn.name)).collect()
    }

    fn key(&self, eg: &EG, m: &EvalBn) -> String {
        format!("affine:{}", eg.analysis.str(m.bn.name))
    }

    fn apply(&self, eg: &mut EG, class: Id, m: &EvalBn) -> Vec<Id> {
        let base = eg.analysis.str(m.bn.name).to_string();
        let c = [m.mul.len() as u64];
        let mul = add_constant(eg, &format!("{base}.mul"), &c, m.mul.clone());
        let add = add_constant(eg, &format!("{base}.add"), &c, m.add.clone());
        let x = m.bn.args[0];
        let x_type = eg[x].data.outputs.first().cloned().flatten();
        let op =
            add_op(eg, CHANNEL_AFFINE, &format!("{base}.affine"), none_activation(), vec![x, mul, add], vec![x_type]);
        let y = add_get(eg, op, 0);
        union_output(eg, class, 0, y).into_iter().collect()
    }
}

/// A fold: the eval BatchNorm, the Conv or Gemm feeding it, and the folded constants.
#[derive(Clone, Debug)]
pub struct Fold {
    eval: EvalBn,
    producer: OpView,
    op: &'static str,
    plan: FoldPlan,
}

/// The folded node's new weight and bias and its attributes.
#[derive(Clone, Debug)]
pub struct FoldPlan {
    weight_dims: Vec<u64>,
    weight: Vec<f64>,
    bias: Vec<f64>,
    attrs: Attrs,
}

/// The folds possible for the eval BatchNorms in `class`.
fn folds(eg: &EG, class: Id) -> Vec<Fold> {
    let mut found = Vec::new();
    for eval in eval_bns(eg, class) {
        for op in ["Conv", "Gemm"] {
            for producer in producers(eg, eval.bn.args[0], 0, op) {
                if !eg.analysis.ctx.single_use.contains(eg.analysis.str(producer.name)) {
                    continue;
                }
                let plan = if op == "Conv" { conv_plan(eg, &producer, &eval) } else { gemm_plan(eg, &producer, &eval) };
                if let Some(plan) = plan {
                    found.push(Fold { eval: eval.clone(), producer, op, plan });
                }
            }
        }
    }
    found
}

impl CodeRule for EvalBnFold {
    type Match = Fold;

    fn roots(&self) -> &'static [&'static str] {
        &[BATCH_NORM]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<Fold> {
        folds(eg, class)
    }

    fn key(&self, eg: &EG, f: &Fold) -> String {
        format!("fold:{}:{}", eg.analysis.str(f.eval.bn.name), eg.analysis.str(f.producer.name))
    }

    fn apply(&self, eg: &mut EG, class: Id, f: &Fold) -> Vec<Id> {
        let base = eg.analysis.str(f.eval.bn.name).to_string();
        let p = &f.plan;
        let w = add_constant(eg, &format!("{base}.folded_weight"), &p.weight_dims, p.weight.clone());
        let b = add_constant(eg, &format!("{base}.folded_bias"), &[p.bias.len() as u64], p.bias.clone());
        let name = eg.analysis.str(f.producer.name).to_string();
        let types = eg[f.producer.class].data.outputs.clone();
        let op = add_op(eg, f.op, &name, p.attrs.clone(), vec![f.producer.args[0], w, b], types);
        let y = add_get(eg, op, 0);
        union_output(eg, class, 0, y).into_iter().collect()
    }
}

/// The fixed dimensions of a class's type.
fn fixed_dims(eg: &EG, class: Id) -> Option<Vec<u64>> {
    let t = eg[eg.find(class)].data.outputs.first()?.as_ref()?;
    t.shape.iter().map(|d| d.fixed()).collect()
}

/// The values of an optional input (absent -> `Some(None)`, unknown -> `None`).
fn optional_values<'a>(eg: &'a EG, args: &[Id], index: usize) -> Option<Option<&'a [f64]>> {
    match args.get(index) {
        Some(&c) if !is_absent(eg, c) => Some(Some(leaf_values(eg, c)?.1)),
        _ => Some(None),
    }
}

/// Folding into a Conv: `W'[m] = W[m] * mul[m]`, `b' = b * mul + add`.
fn conv_plan(eg: &EG, conv: &OpView, eval: &EvalBn) -> Option<FoldPlan> {
    let (_, weight) = leaf_values(eg, *conv.args.get(1)?)?;
    let dims = fixed_dims(eg, conv.args[1])?;
    let bias = optional_values(eg, &conv.args, 2)?;
    let (weight, bias) = fold_conv(weight, *dims.first()? as usize, bias, &eval.mul, &eval.add)?;
    Some(FoldPlan { weight_dims: dims, weight, bias, attrs: eg.analysis.attrs(conv.attrs).clone() })
}

/// Folding into a Gemm: `op(B)` column `n` scaled by `mul[n]`, `C' = beta * C * mul + add`, `beta' = 1`.
fn gemm_plan(eg: &EG, gemm: &OpView, eval: &EvalBn) -> Option<FoldPlan> {
    let mut attrs = eg.analysis.attrs(gemm.attrs).clone();
    let (_, b) = leaf_values(eg, *gemm.args.get(1)?)?;
    let b_shape = fixed_dims(eg, gemm.args[1])?;
    let g = GemmConstants {
        b,
        b_shape: &b_shape,
        trans_b: TRANS_B.read(&attrs),
        c: optional_values(eg, &gemm.args, 2)?,
        beta: BETA.read(&attrs),
    };
    let (weight, bias) = fold_gemm(&g, &eval.mul, &eval.add)?;
    attrs.extend([BETA.entry(1.0)]);
    Some(FoldPlan { weight_dims: b_shape, weight, bias, attrs })
}

/// Whether a class is the absent-input leaf `""`.
fn is_absent(eg: &EG, class: Id) -> bool {
    super::leaf_name(eg, class) == Some("")
}
