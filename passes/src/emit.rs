//! E-graph selection -> graph: the chosen nodes in dependency order, original tensor and node names
//! kept wherever the tensor or node survives, derived names (`<node>`, `<node>.<output>`) for new
//! tensors, and the initializers still in use.

use std::collections::{BTreeMap, BTreeSet};

use egg::{Id, Language};
use syncbn_ir::grad::GRAD_PREFIX;
use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::ops::lowered::PAYLOAD;
use syncbn_ir::shape::display_shape;
use syncbn_ir::{Graph, Node};

use crate::analysis::{lookup_get, EG};
use crate::extract::Selection;
use crate::lang::SyncNode;

/// Turns a selection back into a graph with `original`'s name, inputs and outputs.
pub fn emit(original: &Graph, eg: &EG, tensors: &BTreeMap<String, Id>, sel: &Selection) -> Graph {
    let mut e = Emitter::new(original, eg, tensors, sel);
    let roots: Vec<Id> = original.outputs.iter().map(|o| eg.find(tensors[o])).collect();
    let visit: Vec<Id> = visit_order(original).into_iter().map(|i| roots[i]).collect();
    let order = post_order(eg, sel, &visit);
    let node_names = node_names(original, eg, sel, &order, &mut e.taken_nodes);
    for (class, name) in order.into_iter().zip(node_names) {
        e.emit_op(class, name);
    }
    for (name, &root) in original.outputs.iter().zip(&roots) {
        e.alias_output(name, root);
    }
    let mut graph = Graph::new(original.name.clone());
    graph.inputs = original.inputs.clone();
    graph.outputs = original.outputs.clone();
    graph.base_dir = original.base_dir.clone();
    graph.source = original.source.clone();
    let used: BTreeSet<&str> =
        e.nodes.iter().flat_map(|n| n.inputs.iter()).chain(&original.outputs).map(String::as_str).collect();
    graph.initializers = original
        .initializers
        .iter()
        .chain(eg.analysis.new_initializers.values())
        .filter(|i| used.contains(i.name.as_str()))
        .cloned()
        .collect();
    graph.nodes = e.nodes;
    graph
}

/// The order in which the outputs' producers are emitted (indices into `original.outputs`): the
/// forward outputs first, then the parameter gradients, the parameter used last in the forward
/// first, then the other gradients. The backward then computes each layer's parameter gradients
/// as soon as its output gradient is there, as a backward pass does, so that gradient buckets fill
/// (and their all-reduces start) while the rest of the backward runs, and no output gradient is
/// kept alive until the end for a parameter gradient.
fn visit_order(original: &Graph) -> Vec<usize> {
    let first_use = |init: &str| original.nodes.iter().position(|n| n.inputs.iter().any(|i| i == init));
    let param_of = |output: &str| {
        let name = output.strip_prefix(GRAD_PREFIX)?;
        original.initializers.iter().any(|i| i.name == name).then(|| first_use(name))
    };
    let mut forward = Vec::new();
    let mut params = Vec::new();
    let mut other_grads = Vec::new();
    for (i, output) in original.outputs.iter().enumerate() {
        match param_of(output) {
            Some(used) => params.push((std::cmp::Reverse(used), i)),
            None if output.starts_with(GRAD_PREFIX) => other_grads.push(i),
            None => forward.push(i),
        }
    }
    params.sort();
    forward.into_iter().chain(params.into_iter().map(|(_, i)| i)).chain(other_grads).collect()
}

/// The op classes needed by `roots`, producers before consumers.
fn post_order(eg: &EG, sel: &Selection, roots: &[Id]) -> Vec<Id> {
    let mut done = BTreeSet::new();
    let mut order = Vec::new();
    let mut stack: Vec<(Id, bool)> = roots.iter().rev().map(|&r| (r, false)).collect();
    while let Some((class, expanded)) = stack.pop() {
        if expanded {
            if matches!(sel.choice.get(&class), Some(SyncNode::Op { .. })) {
                order.push(class);
            }
            continue;
        }
        if !done.insert(class) {
            continue;
        }
        stack.push((class, true));
        if let Some(node) = sel.choice.get(&class) {
            stack.extend(node.children().iter().rev().map(|&c| (eg.find(c), false)));
        }
    }
    order
}

/// Node names for the op classes in `order`: original names are kept (the first use of each),
/// derived names get a suffix when taken. Fills `taken` with all of them.
fn node_names(original: &Graph, eg: &EG, sel: &Selection, order: &[Id], taken: &mut BTreeSet<String>) -> Vec<String> {
    let originals: BTreeSet<&str> = original.nodes.iter().map(|n| n.name.as_str()).collect();
    let base = |class: &Id| match sel.choice.get(class) {
        Some(SyncNode::Op { name, .. }) => eg.analysis.str(*name),
        _ => "",
    };
    let mut names: Vec<Option<String>> = order
        .iter()
        .map(|c| {
            let b = base(c);
            (originals.contains(b) && taken.insert(b.to_string())).then(|| b.to_string())
        })
        .collect();
    for (slot, class) in names.iter_mut().zip(order) {
        if slot.is_none() {
            *slot = Some(Emitter::fresh(taken, base(class)));
        }
    }
    names.into_iter().flatten().collect()
}

struct Emitter<'a> {
    eg: &'a EG,
    sel: &'a Selection,
    /// Preferred (original) names of tensor classes.
    original_names: BTreeMap<Id, &'a str>,
    /// Names given to emitted tensor classes.
    names: BTreeMap<Id, String>,
    taken_tensors: BTreeSet<String>,
    taken_nodes: BTreeSet<String>,
    nodes: Vec<Node>,
}

impl<'a> Emitter<'a> {
    fn new(original: &'a Graph, eg: &'a EG, tensors: &'a BTreeMap<String, Id>, sel: &'a Selection) -> Self {
        let mut original_names = BTreeMap::new();
        let node_outputs = original.nodes.iter().flat_map(|n| n.outputs.iter());
        for name in original.outputs.iter().chain(node_outputs).filter(|n| !n.is_empty()) {
            original_names.entry(eg.find(tensors[name])).or_insert(name.as_str());
        }
        let mut taken_tensors: BTreeSet<String> = tensors.keys().cloned().collect();
        taken_tensors.extend(eg.analysis.new_initializers.keys().cloned());
        Emitter {
            eg,
            sel,
            original_names,
            names: BTreeMap::new(),
            taken_tensors,
            taken_nodes: BTreeSet::new(),
            nodes: Vec::new(),
        }
    }

    /// The name of an emitted (or leaf) tensor class.
    fn tensor_name(&self, class: Id) -> String {
        let class = self.eg.find(class);
        match self.sel.choice.get(&class) {
            Some(SyncNode::Tensor(s)) => self.eg.analysis.str(*s).to_string(),
            _ => self.names.get(&class).cloned().unwrap_or_default(),
        }
    }

    /// `base`, or `base_2`, `base_3`, ... when taken.
    fn fresh(taken: &mut BTreeSet<String>, base: &str) -> String {
        let mut name = base.to_string();
        let mut k = 2;
        while taken.contains(&name) {
            name = format!("{base}_{k}");
            k += 1;
        }
        taken.insert(name.clone());
        name
    }

    fn emit_op(&mut self, class: Id, node_name: String) {
        let Some(SyncNode::Op { op, name, attrs, args }) = self.sel.choice.get(&class) else { return };
        let analysis = &self.eg.analysis;
        let arity = analysis.node_types(*name).map_or(1, <[_]>::len).max(1);
        let outputs = (0..arity as u32).map(|i| self.output_name(class, i, &node_name)).collect();
        let mut node = Node {
            name: node_name,
            op: analysis.str(*op).to_string(),
            inputs: args.iter().map(|&a| self.tensor_name(a)).collect(),
            outputs,
            attrs: analysis.attrs(*attrs).clone(),
        };
        if node.op == ALL_REDUCE {
            let payload = args.iter().zip(&node.inputs).map(|(&a, n)| self.payload_entry(a, n)).collect::<Vec<_>>();
            node.attrs.extend([PAYLOAD.entry(&payload.join(";"))]);
        }
        self.nodes.push(node);
    }

    /// The name of output `index` of the op in `class`: `""` when nothing reads it, except output 0,
    /// which every op must name (a fresh name, e.g. the norm_params of a BatchNorm whose only products
    /// are its running statistics).
    fn output_name(&mut self, class: Id, index: u32, node_name: &str) -> String {
        let out = lookup_get(self.eg, class, index).map(|g| self.eg.find(g));
        let produced_here = out.is_some_and(|out| {
            matches!(
                self.sel.choice.get(&out),
                Some(SyncNode::Get { index: i, arg }) if *i == index && self.eg.find(arg[0]) == class
            )
        });
        let Some(out) = out.filter(|_| produced_here) else {
            return if index == 0 { Self::fresh(&mut self.taken_tensors, node_name) } else { String::new() };
        };
        let name = match self.original_names.get(&out) {
            Some(&n) => n.to_string(),
            None if index == 0 => Self::fresh(&mut self.taken_tensors, node_name),
            None => Self::fresh(&mut self.taken_tensors, &format!("{node_name}.{index}")),
        };
        self.names.insert(out, name.clone());
        name
    }

    /// `name:dtype[shape]` of one AllReduce input.
    fn payload_entry(&self, class: Id, name: &str) -> String {
        match self.eg[self.eg.find(class)].data.outputs.first().cloned().flatten() {
            Some(t) => format!("{name}:{}{}", t.dtype, display_shape(&t.shape).replace(' ', "")),
            None => format!("{name}:f64[3,?]"),
        }
    }

    /// Makes graph output `name` available: an Identity when its class is emitted under another name.
    fn alias_output(&mut self, name: &str, class: Id) {
        let current = self.tensor_name(class);
        if current == name || current.is_empty() {
            return;
        }
        let node_name = Self::fresh(&mut self.taken_nodes, &format!("{name}.identity"));
        self.nodes.push(Node {
            name: node_name,
            op: "Identity".to_string(),
            inputs: vec![current],
            outputs: vec![name.to_string()],
            attrs: BTreeMap::new(),
        });
    }
}
