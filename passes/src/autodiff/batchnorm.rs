//! Gradients of BatchNormalization: training mode through one BatchNormGrad over the global batch
//! (which the lowering synchronizes, see the backward lowering), eval mode through one
//! BatchNormEvalGrad per wanted input.

use std::collections::BTreeMap;

use syncbn_ir::grad::{BATCH_NORM_EVAL_GRAD, BATCH_NORM_GRAD};
use syncbn_ir::{Attr, Node};

use super::context::{base, RuleCtx};
use super::tape::Grad;
use crate::rewrites::train_bn::is_training;
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
    let epsilon = Attr::Float(node.attr_f64("epsilon", 1e-5));
    if is_training(&node.attrs) {
        let attrs = BTreeMap::from([
            ("epsilon".to_string(), epsilon),
            ("momentum".to_string(), Attr::Float(node.attr_f64("momentum", 0.9))),
            ("forward".to_string(), Attr::Str(node.name.clone())),
        ]);
        let outs = cx.tape.op(BATCH_NORM_GRAD, &base(node, "bn"), inputs, attrs, 3);
        for (index, _) in wanted {
            cx.give(node, index, Grad::owned(outs[index].clone()));
        }
        return Ok(());
    }
    for (index, wrt) in wanted {
        let attrs =
            BTreeMap::from([("epsilon".to_string(), epsilon.clone()), ("wrt".to_string(), Attr::Str(wrt.to_string()))]);
        let grad = cx.tape.op1(BATCH_NORM_EVAL_GRAD, &base(node, wrt), inputs.clone(), attrs);
        cx.give(node, index, grad);
    }
    Ok(())
}
