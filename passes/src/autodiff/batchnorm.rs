//! Gradients of BatchNormalization: training mode through one BatchNormGrad over the global batch
//! (which the lowering synchronizes, see the backward lowering), eval mode through one
//! BatchNormEvalGrad per wanted input.

use std::collections::BTreeMap;

use syncbn_ir::grad::{BATCH_NORM_EVAL_GRAD, BATCH_NORM_GRAD};
use syncbn_ir::ops::batchnorm::{BatchNormAttrs, EPSILON, MOMENTUM};
use syncbn_ir::ops::bn_grad::{FORWARD, WRT as WRT_ATTR};
use syncbn_ir::Node;

use super::context::{base, RuleCtx};
use super::tape::Grad;
use crate::PassError;

/// The inputs X, scale and B, by index and by name in BatchNormEvalGrad's `wrt`.
const WRT: [(usize, &str); 3] = [(0, "X"), (1, "scale"), (2, "B")];

/// `BatchNormalization(X, scale, B, mean, var)`: the gradient of output 0 into X, scale and B.
/// Running-statistics outputs carry no gradient (as in PyTorch, running buffers are not differentiated).
pub fn batch_norm(node: &Node, dy: &str, cx: &mut RuleCtx) -> Result<(), PassError> {
    let wanted: Vec<(usize, &str)> = WRT.into_iter().filter(|&(i, _)| cx.wants(node, i)).collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let mut inputs = vec![dy.to_string()];
    inputs.extend(node.inputs.iter().cloned());
    let bn = BatchNormAttrs::read(&node.attrs);
    if bn.training_mode {
        let attrs = BTreeMap::from([EPSILON.entry(bn.epsilon), MOMENTUM.entry(bn.momentum), FORWARD.entry(&node.name)]);
        let outs = cx.tape.op(BATCH_NORM_GRAD, &base(node, "bn"), inputs, attrs, 3);
        for (index, _) in wanted {
            cx.give(node, index, Grad::owned(outs[index].clone()));
        }
        return Ok(());
    }
    for (index, wrt) in wanted {
        let attrs = BTreeMap::from([EPSILON.entry(bn.epsilon), WRT_ATTR.entry(wrt)]);
        let grad = cx.tape.op1(BATCH_NORM_EVAL_GRAD, &base(node, wrt), inputs.clone(), attrs);
        cx.give(node, index, grad);
    }
    Ok(())
}
