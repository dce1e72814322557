//! Dispatch of the gradient ops of [`syncbn_ir::grad`] in the reference interpreter: reads each
//! node's operands and attributes and calls the f64 implementation.

use syncbn_ir::grad::{
    ACTIVATION_GRAD, AVERAGE_POOL_GRAD, BATCH_NORM_EVAL_GRAD, BATCH_NORM_GRAD, BN_GRAD_INPUT, BN_GRAD_PARAMS,
    BN_GRAD_REDUCE, CHANNEL_SUM, CLIP_GRAD, CONCAT_GRAD, CONV_GRAD_INPUT, CONV_GRAD_WEIGHT, GEMM_GRAD_A, GEMM_GRAD_B,
    GLOBAL_AVERAGE_POOL_GRAD, LAYER_NORM_GRAD, LAYER_NORM_SCALE_GRAD, MATMUL_GRAD_A, MATMUL_GRAD_B, MAX_POOL_GRAD,
    PAD_GRAD, PARAM_GRAD_SUM, REDUCE_MEAN_GRAD, REDUCE_SUM_GRAD, REDUCE_TO_SHAPE, RELU_GRAD, RESHAPE_LIKE, RESIZE_GRAD,
    SIGMOID_GRAD, SLICE_GRAD, SOFTMAX_GRAD,
};
use syncbn_ir::ops::batchnorm::EPSILON;
use syncbn_ir::ops::bn_grad::EvalGradAttrs;
use syncbn_ir::ops::elementwise::SOFTMAX_AXIS;
use syncbn_ir::ops::gemm::{GemmAttrs, ALPHA};
use syncbn_ir::ops::grad::CONCAT_INDEX;
use syncbn_ir::ops::layer_norm::LayerNormAttrs;
use syncbn_ir::ops::lowered::{CLIP_MAX, CLIP_MIN};
use syncbn_ir::ops::reshape::CONCAT_AXIS;
use syncbn_ir::Node;

use super::attrs::{arg, opt};
use super::conv::ConvParams;
use super::grad_bn::{batch_norm_eval_grad, batch_norm_grad, bn_grad_input, bn_grad_params, bn_grad_reduce, Mask};
use super::grad_conv::{conv_grad_input, conv_grad_weight};
use super::grad_elementwise::{
    channel_sum, clip_grad, concat_grad, reduce_to_shape, relu_grad, reshape_like, sigmoid_grad, softmax_grad,
};
use super::grad_linear::{gemm_grad_a, gemm_grad_b, matmul_grad_a, matmul_grad_b};
use super::grad_window::{average_pool_grad, global_average_pool_grad, max_pool_grad};
use super::index_ops;
use super::pool::PoolParams;
use super::resize::ResizeMap;
use super::Tensor;

/// Evaluates a gradient op; `None` when `node` is not one.
pub fn eval_grad(node: &Node, args: &[Option<&Tensor>]) -> Option<Result<Vec<Tensor>, String>> {
    let one = |r: Result<Tensor, String>| r.map(|t| vec![t]);
    let result = match node.op.as_str() {
        BATCH_NORM_GRAD => batch_norm_grad_node(node, args),
        BN_GRAD_REDUCE | BN_GRAD_INPUT | BN_GRAD_PARAMS => lowered_bn_grad(node, args),
        BATCH_NORM_EVAL_GRAD => one(eval_bn_grad(node, args)),
        PARAM_GRAD_SUM => one(arg(args, 0).cloned()),
        CONV_GRAD_INPUT | CONV_GRAD_WEIGHT => one(conv_grad(node, args)),
        GEMM_GRAD_A | GEMM_GRAD_B | MATMUL_GRAD_A | MATMUL_GRAD_B => one(linear_grad(node, args)),
        MAX_POOL_GRAD | AVERAGE_POOL_GRAD | GLOBAL_AVERAGE_POOL_GRAD | RESIZE_GRAD => one(window_grad(node, args)),
        RELU_GRAD | CLIP_GRAD | SIGMOID_GRAD | SOFTMAX_GRAD => one(activation_grad(node, args)),
        ACTIVATION_GRAD => one(arg(args, 0).and_then(|dy| super::activation::activation_grad(node, dy, arg(args, 1)?))),
        REDUCE_TO_SHAPE | CHANNEL_SUM | RESHAPE_LIKE | CONCAT_GRAD => one(layout_grad(node, args)),
        REDUCE_SUM_GRAD | REDUCE_MEAN_GRAD | PAD_GRAD | SLICE_GRAD => one(index_grad(node, args)),
        LAYER_NORM_GRAD | LAYER_NORM_SCALE_GRAD => one(layer_norm_grad(node, args)),
        _ => return None,
    };
    Some(result)
}

fn batch_norm_grad_node(node: &Node, args: &[Option<&Tensor>]) -> Result<Vec<Tensor>, String> {
    let mut outs = batch_norm_grad(arg(args, 0)?, arg(args, 1)?, arg(args, 2)?, EPSILON.read(&node.attrs))?;
    outs.truncate(node.outputs.len());
    Ok(outs)
}

fn eval_bn_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let params = [arg(args, 1)?, arg(args, 2)?, arg(args, 3)?, arg(args, 4)?, arg(args, 5)?];
    let EvalGradAttrs { epsilon, wrt } = EvalGradAttrs::read(&node.attrs)?;
    batch_norm_eval_grad(arg(args, 0)?, params, epsilon, wrt)
}

fn lowered_bn_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Vec<Tensor>, String> {
    let act = Mask::of_node(node)?;
    match node.op.as_str() {
        BN_GRAD_REDUCE => Ok(vec![bn_grad_reduce(arg(args, 0)?, arg(args, 1)?, arg(args, 2)?, opt(args, 3), act)?]),
        BN_GRAD_INPUT => {
            let (dy, x, np, sums) = (arg(args, 0)?, arg(args, 1)?, arg(args, 2)?, arg(args, 3)?);
            Ok(vec![bn_grad_input(dy, x, np, sums, opt(args, 4), act)?])
        }
        _ => {
            let mut outs = bn_grad_params(arg(args, 0)?, arg(args, 1)?)?;
            outs.truncate(node.outputs.len());
            Ok(outs)
        }
    }
}

fn conv_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let (dy, second, third) = (arg(args, 0)?, arg(args, 1)?, arg(args, 2)?);
    let (x, w) =
        if node.op == CONV_GRAD_INPUT { (third.shape(), second.shape()) } else { (second.shape(), third.shape()) };
    let p = ConvParams::of_node(node, x.get(2..).unwrap_or(&[]), w.get(2..).unwrap_or(&[]))?;
    if node.op == CONV_GRAD_INPUT {
        conv_grad_input(dy, second, third.shape(), &p)
    } else {
        conv_grad_weight(dy, second, third.shape(), &p)
    }
}

fn linear_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let (dy, a, b) = (arg(args, 0)?, arg(args, 1)?, arg(args, 2)?);
    let at = GemmAttrs::read(&node.attrs);
    match node.op.as_str() {
        GEMM_GRAD_A => gemm_grad_a(dy, a, b, at),
        GEMM_GRAD_B => gemm_grad_b(dy, a, b, at),
        MATMUL_GRAD_A => matmul_grad_a(dy, a, b),
        _ => matmul_grad_b(dy, a, b),
    }
}

fn window_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let (dy, x) = (arg(args, 0)?, arg(args, 1)?);
    let pool = || PoolParams::of_node(node, x.shape().get(2..).unwrap_or(&[]));
    match node.op.as_str() {
        MAX_POOL_GRAD => max_pool_grad(dy, x, &pool()?),
        AVERAGE_POOL_GRAD => average_pool_grad(dy, x, &pool()?),
        GLOBAL_AVERAGE_POOL_GRAD => global_average_pool_grad(dy, x),
        _ => ResizeMap::of_node(node, x.shape(), opt(args, 3), opt(args, 4))?.adjoint(dy),
    }
}

fn activation_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let (dy, y) = (arg(args, 0)?, arg(args, 1)?);
    match node.op.as_str() {
        RELU_GRAD => relu_grad(dy, y),
        CLIP_GRAD => {
            let (lo, hi) = (CLIP_MIN.read(&node.attrs), CLIP_MAX.read(&node.attrs));
            clip_grad(dy, y, lo, hi)
        }
        SIGMOID_GRAD => sigmoid_grad(dy, y),
        _ => softmax_grad(dy, y, SOFTMAX_AXIS.read(&node.attrs)),
    }
}

fn layer_norm_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let (dy, x, a) = (arg(args, 0)?, arg(args, 1)?, LayerNormAttrs::read(&node.attrs));
    if node.op == LAYER_NORM_GRAD {
        super::layer_norm::layer_norm_grad(dy, x, arg(args, 2)?, a)
    } else {
        super::layer_norm::layer_norm_scale_grad(dy, x, a)
    }
}

fn index_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let (dy, x) = (arg(args, 0)?, arg(args, 1)?.shape());
    match node.op.as_str() {
        REDUCE_SUM_GRAD => index_ops::reduce_grad(node, dy, x, false),
        REDUCE_MEAN_GRAD => index_ops::reduce_grad(node, dy, x, true),
        PAD_GRAD => index_ops::pad_grad(node, dy, x),
        _ => index_ops::slice_grad(node, dy, x),
    }
}

fn layout_grad(node: &Node, args: &[Option<&Tensor>]) -> Result<Tensor, String> {
    let dy = arg(args, 0)?;
    match node.op.as_str() {
        REDUCE_TO_SHAPE => reduce_to_shape(dy, arg(args, 1)?.shape(), ALPHA.read(&node.attrs)),
        CHANNEL_SUM => channel_sum(dy),
        RESHAPE_LIKE => reshape_like(dy, arg(args, 1)?),
        _ => {
            let xs = (1..args.len()).map(|i| arg(args, i)).collect::<Result<Vec<_>, _>>()?;
            let index = usize::try_from(CONCAT_INDEX.read(&node.attrs)).map_err(|_| "index is missing or negative")?;
            concat_grad(dy, &xs, CONCAT_AXIS.read(&node.attrs), index)
        }
    }
}
