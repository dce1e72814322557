//! Reverse-mode differentiation: a model and the outputs to differentiate in, the *training graph*
//! of [`syncbn_ir::grad`] out (forward nodes, then gradient nodes; upstream gradients as inputs;
//! input and parameter gradients as outputs).
//!
//! The pass infers every tensor's type, marks the tensors that depend on a float graph input or a
//! parameter through differentiable operands, and walks the nodes the requested outputs depend on in
//! reverse topological order. Each node's output adjoint is the Add of its consumers' contributions
//! ([`tape`]); its rule ([`rules`]) adds gradient nodes and contributes to its inputs. Every
//! container is ordered, so the same graph gives the same training graph, byte for byte.
//!
//! A gradient the outputs do not produce is zero: a parameter's is a `fill: 0` initializer named
//! `grad/<p>/zero` through ParamGradSum; a graph input's is a `fill: 0` initializer through an
//! Identity when its shape is fixed, else `ReduceToShape[alpha=0](x, x)`.

mod batchnorm;
pub mod context;
mod elementwise;
mod layer_norm;
mod layout;
mod linear;
pub mod rules;
pub mod tape;

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::grad::{grad_name, grad_output_name, PARAM_GRAD_SUM, REDUCE_TO_SHAPE};
use syncbn_ir::{Attr, Graph, InitSource, Initializer, Node, TensorType, Typed, ValueInfo};

use crate::PassError;
use context::RuleCtx;
use rules::differentiable_inputs;
use tape::{Grad, Tape};

/// The training graph of `graph` for the gradients of `outputs` (graph outputs of float type, each
/// given once): see [`syncbn_ir::grad`] for its inputs, outputs and ops. Errors name the node that
/// has no gradient rule, or the output that cannot be differentiated. `graph`'s facts are read, not
/// inferred again, when it has them ([`Typed`]).
pub fn differentiate(graph: &dyn Typed, outputs: &[String]) -> Result<Graph, PassError> {
    let info = graph.info()?;
    let (graph, types, order) = (graph.graph(), &info.types, &info.order);
    check_outputs(graph, outputs, types)?;
    let params = parameters(graph);
    let float_inputs: Vec<&ValueInfo> = graph.inputs.iter().filter(|i| i.dtype.is_float()).collect();
    let reserved: Vec<String> = outputs
        .iter()
        .map(|y| grad_output_name(y))
        .chain(float_inputs.iter().map(|x| grad_name(&x.name)))
        .chain(params.iter().map(|p| grad_name(&p.name)))
        .collect();
    check_reserved(graph, &reserved)?;
    let leaves = float_inputs.iter().map(|x| x.name.as_str()).chain(params.iter().map(|p| p.name.as_str()));
    let needs = needs_gradient(graph, order, leaves);
    let relevant = relevant_nodes(graph, order, outputs);
    let constants = crate::values::fold_constants(graph)?;
    let mut tape = Tape::new(graph, reserved);
    for y in outputs {
        tape.contribute(y, Grad::shared(&grad_output_name(y)));
    }
    let mut cx = RuleCtx { tape: &mut tape, types, needs: &needs, constants: &constants };
    for &index in order.iter().rev().filter(|i| relevant.contains(i)) {
        let node = &graph.nodes[index];
        let dys: Vec<Option<String>> =
            node.outputs.iter().map(|o| if needs.contains(o) { cx.tape.total(o, None) } else { None }).collect();
        rules::apply(node, &dys, &mut cx)?;
    }
    Ok(assemble(graph, outputs, types, &float_inputs, &params, tape))
}

/// The training graph: `graph` with the upstream-gradient inputs, the gradient nodes and outputs.
fn assemble(
    graph: &Graph,
    outputs: &[String],
    types: &BTreeMap<String, TensorType>,
    float_inputs: &[&ValueInfo],
    params: &[&Initializer],
    mut tape: Tape,
) -> Graph {
    let mut training = graph.clone();
    for y in outputs {
        let t = &types[y];
        training.inputs.push(ValueInfo { name: grad_output_name(y), dtype: t.dtype, shape: t.shape.clone() });
    }
    let mut zeros = Vec::new();
    for x in float_inputs {
        let name = grad_name(&x.name);
        if tape.total(&x.name, Some(&name)).is_none() {
            zero_input_gradient(&mut tape, x, &name, &mut zeros);
        }
        training.outputs.push(name);
    }
    for p in params {
        let name = grad_name(&p.name);
        let g = tape.total(&p.name, None).unwrap_or_else(|| {
            let zero = zero_initializer(&mut tape, &name, p.dtype, p.shape.clone());
            let g = zero.name.clone();
            zeros.push(zero);
            g
        });
        tape.op_into(PARAM_GRAD_SUM, &format!("{name}/sum"), vec![g], Default::default(), &name);
        training.outputs.push(name);
    }
    training.initializers.extend(zeros);
    training.nodes.extend(tape.nodes);
    training
}

/// Makes `name` the zero gradient of input `x`: a zero initializer (added to `zeros`) through an
/// Identity when `x`'s shape is fixed, else `ReduceToShape[alpha=0](x, x)`.
fn zero_input_gradient(tape: &mut Tape, x: &ValueInfo, name: &str, zeros: &mut Vec<Initializer>) {
    let fixed: Option<Vec<u64>> = x.shape.iter().map(|d| d.fixed()).collect();
    match fixed {
        Some(shape) => {
            let zero = zero_initializer(tape, name, x.dtype, shape);
            let inputs = vec![zero.name.clone()];
            tape.op_into("Identity", &format!("{name}/identity"), inputs, Default::default(), name);
            zeros.push(zero);
        }
        None => {
            let attrs = BTreeMap::from([("alpha".to_string(), Attr::Float(0.0))]);
            let inputs = vec![x.name.clone(), x.name.clone()];
            tape.op_into(REDUCE_TO_SHAPE, &format!("{name}/zero"), inputs, attrs, name);
        }
    }
}

/// A `fill: 0` initializer `<grad>/zero` of this dtype and shape.
fn zero_initializer(tape: &mut Tape, grad: &str, dtype: syncbn_ir::DType, shape: Vec<u64>) -> Initializer {
    let name = tape.fresh(&format!("{grad}/zero"));
    Initializer { name, dtype, shape, source: InitSource::Fill { fill: 0.0 } }
}

/// Every requested output is a graph output of float type, named once.
fn check_outputs(graph: &Graph, outputs: &[String], types: &BTreeMap<String, TensorType>) -> Result<(), PassError> {
    let mut seen = BTreeSet::new();
    for y in outputs {
        if !graph.outputs.contains(y) {
            return Err(PassError::UnknownOutput { name: y.clone() });
        }
        let bad = |reason: String| PassError::NotDifferentiable { node: y.clone(), op: "output".into(), reason };
        if !seen.insert(y) {
            return Err(bad("is requested twice; expected each output once".into()));
        }
        match types.get(y) {
            Some(t) if t.dtype.is_float() => {}
            Some(t) => return Err(bad(format!("has dtype {}; expected f32 or f64", t.dtype))),
            None => return Err(PassError::UnknownOutput { name: y.clone() }),
        }
    }
    Ok(())
}

/// The names the training graph adds must be free in `graph`.
fn check_reserved(graph: &Graph, reserved: &[String]) -> Result<(), PassError> {
    let clash = |name: &String| {
        graph.inputs.iter().any(|i| &i.name == name)
            || graph.initializers.iter().any(|i| &i.name == name)
            || graph.nodes.iter().any(|n| n.outputs.contains(name))
    };
    match reserved.iter().find(|n| clash(n)) {
        Some(name) => Err(PassError::Options {
            option: "outputs",
            message: format!("tensor {name:?} already exists; the training graph needs that name for a gradient"),
        }),
        None => Ok(()),
    }
}

/// The parameters of `graph` (float initializers read as a differentiable operand, other than
/// [`exported_constant`]s), in initializer order.
pub fn parameters(graph: &Graph) -> Vec<&Initializer> {
    let mut read: BTreeSet<&str> = BTreeSet::new();
    for node in &graph.nodes {
        read.extend(rules::parameter_inputs(&node.op).iter().filter_map(|&i| node.input(i)));
    }
    let parameter =
        |i: &&Initializer| i.dtype.is_float() && read.contains(i.name.as_str()) && !exported_constant(&i.name);
    graph.initializers.iter().filter(parameter).collect()
}

/// Whether an initializer's name is one PyTorch's ONNX exporter gives a constant rather than a
/// parameter: a node output (`/blocks/gelu/Constant_output_0`, GELU's `sqrt(2)`) or a folded value
/// (`onnx::Mul_42`). Parameters keep their `state_dict` names, which never start so; the importer
/// gives a Linear's transposed `onnx::MatMul_*` weight its module's name before this is asked.
pub fn exported_constant(name: &str) -> bool {
    name.starts_with('/') || name.starts_with("onnx::")
}

/// The tensors that depend on a leaf through differentiable operands (every operand of an op
/// without a rule, so that differentiating through it is reported).
fn needs_gradient<'g>(graph: &'g Graph, order: &[usize], leaves: impl Iterator<Item = &'g str>) -> BTreeSet<String> {
    let mut needs: BTreeSet<String> = leaves.map(str::to_string).collect();
    for &index in order {
        let node = &graph.nodes[index];
        let positions =
            differentiable_inputs(&node.op, node.inputs.len()).unwrap_or_else(|| (0..node.inputs.len()).collect());
        if positions.iter().any(|&i| needs.contains(&node.inputs[i])) {
            needs.extend(node.outputs.iter().filter(|o| !o.is_empty()).cloned());
        }
    }
    needs
}

/// The node indices the tensors `outputs` depend on.
fn relevant_nodes(graph: &Graph, order: &[usize], outputs: &[String]) -> BTreeSet<usize> {
    let mut wanted: BTreeSet<&str> = outputs.iter().map(String::as_str).collect();
    let mut relevant = BTreeSet::new();
    for &index in order.iter().rev() {
        let node: &Node = &graph.nodes[index];
        if node.outputs.iter().any(|o| wanted.contains(o.as_str())) {
            relevant.insert(index);
            wanted.extend(node.inputs.iter().map(String::as_str));
        }
    }
    relevant
}
