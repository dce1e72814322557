//! Lowering of training-mode BatchNormalization to synchronized statistics.
//!
//! ```text
//! (Y, rm', rv') = BatchNormalization[training_mode=1, eps, mom](X, s, B, rm, rv)
//!   ==>
//! M          = LocalMoments(X)                      f64 [3, C]: count, sum, sum of squares
//! M_g        = AllReduce[sum, group_size](M)        the same rows over the sync group
//! (P, rm', rv') = BnFinalize[eps, mom](M_g, s, B, rm, rv)
//! Y          = BnNormalize[activation=none](X, P)
//! ```
//!
//! Why this is BatchNorm over the group's batch: the rows of `M` are sums over the elements of each
//! channel, and sums over disjoint shards add, so `M_g` holds the count, sum and sum of squares of
//! the concatenated batch whatever the shard sizes (an empty shard contributes zeros). BnFinalize
//! forms `mean = sum / n` and `var = sumsq / n - mean^2` from them in f64 (see
//! [`syncbn_ir::lowered`] for why f64 rows keep the `|mean|/std = 1e4` case accurate), and the
//! unbiased `var * n / (n - 1)` for the running variance. The payload is `3 * C * 8` bytes: O(C),
//! independent of R, and one collective per layer. A layer named in
//! [`crate::LowerOptions::unsynchronized`] skips the AllReduce and keeps local statistics.

use std::collections::BTreeMap;

use egg::Id;
use syncbn_ir::lowered::{ALL_REDUCE, BN_FINALIZE, BN_NORMALIZE, LOCAL_MOMENTS};
use syncbn_ir::onnx_ops::BATCH_NORMALIZATION as BATCH_NORM;
use syncbn_ir::ops::batchnorm::{BatchNormAttrs, EPSILON, MOMENTUM, TRAINING_MODE};
use syncbn_ir::ops::lowered::{ACTIVATION, GROUP_SIZE, LAYERS, REDUCTION};
use syncbn_ir::DType;

use super::{ops_in, union_output, CodeRule, OpView};
use crate::analysis::{add_get, add_op, Attrs, TensorType, TypeFacts, EG};

/// Matches a training-mode BatchNormalization.
#[derive(Clone, Copy, Debug)]
pub struct LowerTrainBn;

/// The payload type `f64 [3, C]` of a BatchNorm whose input has type `x`.
fn payload_type(x: Option<&TensorType>) -> Option<TensorType> {
    let c = x?.channels()?;
    Some(TensorType::fixed(DType::F64, &[3, c]))
}

/// The norm_params type `f32 [5, C]`.
fn params_type(x: Option<&TensorType>) -> Option<TensorType> {
    let c = x?.channels()?;
    Some(TensorType::fixed(DType::F32, &[5, c]))
}

impl CodeRule for LowerTrainBn {
    type Match = OpView;

    fn roots(&self) -> &'static [&'static str] {
        &[BATCH_NORM]
    }

    fn find(&self, eg: &EG, class: Id) -> Vec<OpView> {
        ops_in(eg, class, BATCH_NORM)
            .into_iter()
            .filter(|v| v.args.len() == 5 && TRAINING_MODE.read(eg.analysis.attrs(v.attrs)))
            .collect()
    }

    fn key(&self, eg: &EG, bn: &OpView) -> String {
        format!("train:{}", eg.analysis.str(bn.name))
    }

    fn apply(&self, eg: &mut EG, class: Id, bn: &OpView) -> Vec<Id> {
        let base = eg.analysis.str(bn.name).to_string();
        let attrs = BatchNormAttrs::read(eg.analysis.attrs(bn.attrs));
        let x = bn.args[0];
        let x_type = eg[x].data.outputs.first().cloned().flatten();
        let bn_types = eg[class].data.outputs.clone();
        let moments = payload_type(x_type.as_ref());

        let m_op = add_op(eg, LOCAL_MOMENTS, &format!("{base}.moments"), Attrs::new(), vec![x], vec![moments.clone()]);
        let mut stats = add_get(eg, m_op, 0);
        if !eg.analysis.ctx.unsynchronized.contains(&base) {
            let ar_attrs = BTreeMap::from([
                GROUP_SIZE.entry(eg.analysis.ctx.group_size as i64),
                LAYERS.entry(vec![base.clone()]),
                REDUCTION.entry(REDUCTION.default),
            ]);
            let ar = add_op(eg, ALL_REDUCE, &format!("{base}.moments_sum"), ar_attrs, vec![stats], vec![moments]);
            stats = add_get(eg, ar, 0);
        }
        let fin_attrs = BTreeMap::from([EPSILON.entry(attrs.epsilon), MOMENTUM.entry(attrs.momentum)]);
        let fin_types =
            vec![params_type(x_type.as_ref()), bn_types.get(1).cloned().flatten(), bn_types.get(2).cloned().flatten()];
        let mut fin_args = vec![stats];
        fin_args.extend_from_slice(&bn.args[1..]);
        let fin = add_op(eg, BN_FINALIZE, &format!("{base}.norm_params"), fin_attrs, fin_args, fin_types);
        let params = add_get(eg, fin, 0);
        let norm_attrs = BTreeMap::from([ACTIVATION.entry(ACTIVATION.default)]);
        let norm = add_op(eg, BN_NORMALIZE, &format!("{base}.normalize"), norm_attrs, vec![x, params], vec![x_type]);
        let y = add_get(eg, norm, 0);
        let rm = add_get(eg, fin, 1);
        let rv = add_get(eg, fin, 2);
        [(0, y), (1, rm), (2, rv)].into_iter().filter_map(|(i, to)| union_output(eg, class, i, to)).collect()
    }
}
