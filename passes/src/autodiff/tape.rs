//! The tape of the backward pass: the gradient nodes built so far, fresh node and tensor names, and
//! the adjoint of each forward tensor, accumulated with Add when several consumers contribute.

use std::collections::{BTreeMap, BTreeSet};

use syncbn_ir::{Attr, Graph, Node};

/// One contribution to a tensor's adjoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grad {
    /// The tensor holding it.
    pub name: String,
    /// Whether a gradient node made this tensor for this contribution alone (it may be renamed);
    /// `false` when it is another tensor's adjoint passed through (Add, Identity) or a graph input.
    pub owned: bool,
}

impl Grad {
    /// A tensor a gradient node made for this contribution alone.
    pub fn owned(name: String) -> Grad {
        Grad { name, owned: true }
    }

    /// Another tensor passed through unchanged.
    pub fn shared(name: &str) -> Grad {
        Grad { name: name.to_string(), owned: false }
    }
}

/// The gradient nodes and adjoints of one differentiation.
pub struct Tape {
    /// Gradient nodes, in the order built (a topological order of the backward).
    pub nodes: Vec<Node>,
    taken: BTreeSet<String>,
    adjoints: BTreeMap<String, Vec<Grad>>,
    /// Where each owned tensor is produced: node index and output index.
    producer: BTreeMap<String, (usize, usize)>,
}

impl Tape {
    /// An empty tape for `graph`, whose node and tensor names (and `reserved` ones) are taken.
    pub fn new(graph: &Graph, reserved: impl IntoIterator<Item = String>) -> Tape {
        let mut taken: BTreeSet<String> = reserved.into_iter().collect();
        taken.extend(graph.inputs.iter().map(|i| i.name.clone()));
        taken.extend(graph.initializers.iter().map(|i| i.name.clone()));
        for node in &graph.nodes {
            taken.insert(node.name.clone());
            taken.extend(node.outputs.iter().filter(|o| !o.is_empty()).cloned());
        }
        Tape { nodes: Vec::new(), taken, adjoints: BTreeMap::new(), producer: BTreeMap::new() }
    }

    /// `base`, or `base_2`, `base_3`, ... when taken; reserves it.
    pub fn fresh(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut k = 2;
        while self.taken.contains(&name) {
            name = format!("{base}_{k}");
            k += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// Appends node `op` named after `base` with `outputs` outputs (named `<node>` for one,
    /// `<node>.<i>` for several); returns the output names.
    pub fn op(
        &mut self,
        op: &str,
        base: &str,
        inputs: Vec<String>,
        attrs: BTreeMap<String, Attr>,
        outputs: usize,
    ) -> Vec<String> {
        let name = self.fresh(base);
        let outs: Vec<String> = match outputs {
            1 => vec![name.clone()],
            n => (0..n).map(|i| self.fresh(&format!("{name}.{i}"))).collect(),
        };
        for (i, out) in outs.iter().enumerate() {
            self.producer.insert(out.clone(), (self.nodes.len(), i));
        }
        self.nodes.push(Node { name, op: op.to_string(), inputs, outputs: outs.clone(), attrs });
        outs
    }

    /// A one-output node; returns its output as an owned contribution.
    pub fn op1(&mut self, op: &str, base: &str, inputs: Vec<String>, attrs: BTreeMap<String, Attr>) -> Grad {
        Grad::owned(self.op(op, base, inputs, attrs, 1).remove(0))
    }

    /// Records a contribution to the adjoint of forward tensor `tensor`.
    pub fn contribute(&mut self, tensor: &str, grad: Grad) {
        self.adjoints.entry(tensor.to_string()).or_default().push(grad);
    }

    /// The adjoint of `tensor`: `None` when nothing contributed, the single contribution, or the
    /// Add of all of them in contribution order. With `name`, the result is a tensor of that name
    /// (the last Add's output, a renamed owned contribution, or an Identity of a shared one).
    pub fn total(&mut self, tensor: &str, name: Option<&str>) -> Option<String> {
        let parts = self.adjoints.remove(tensor)?;
        let mut parts = parts.into_iter();
        let mut acc = parts.next()?;
        let base = format!("grad/{tensor}/sum");
        for part in parts.by_ref() {
            acc = self.op1("Add", &base, vec![acc.name, part.name], BTreeMap::new());
        }
        let Some(name) = name else { return Some(acc.name) };
        match (acc.owned, self.producer.get(&acc.name).copied()) {
            (true, Some((node, output))) => {
                self.taken.insert(name.to_string());
                self.nodes[node].outputs[output] = name.to_string();
                self.producer.insert(name.to_string(), (node, output));
            }
            _ => self.op_into("Identity", &format!("{name}/identity"), vec![acc.name], BTreeMap::new(), name),
        }
        Some(name.to_string())
    }

    /// Appends a one-output node named after `base` whose output is `output` (a reserved name).
    pub fn op_into(&mut self, op: &str, base: &str, inputs: Vec<String>, attrs: BTreeMap<String, Attr>, output: &str) {
        let name = self.fresh(base);
        self.taken.insert(output.to_string());
        self.producer.insert(output.to_string(), (self.nodes.len(), 0));
        self.nodes.push(Node { name, op: op.to_string(), inputs, outputs: vec![output.to_string()], attrs });
    }
}
