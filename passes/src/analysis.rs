//! The e-class analysis: each class's output types, and the per-lowering tables (interned strings
//! and attributes, constant values, new initializers, rule options) that the rewrites consult.

use std::collections::{BTreeMap, BTreeSet};

use egg::{Analysis, DidMerge, Id};
use syncbn_ir::{DType, Dim, Initializer};

use crate::lang::{AttrsId, Sym, SyncNode};

/// The e-graph type of this crate.
pub type EG = egg::EGraph<SyncNode, GraphAnalysis>;

/// The attributes of one node.
pub use syncbn_ir::ops::Attrs;

pub use syncbn_ir::TensorType;

/// How many elements a named (run-time) dimension is assumed to hold when estimating costs.
pub const NAMED_DIM_ESTIMATE: u64 = 8;

/// What the passes ask of a tensor type.
pub trait TypeFacts {
    /// The channel count (dimension 1), when fixed.
    fn channels(&self) -> Option<u64>;
    /// Estimated bytes, named dimensions counted as [`NAMED_DIM_ESTIMATE`].
    fn bytes_estimate(&self) -> f64;
}

impl TypeFacts for TensorType {
    fn channels(&self) -> Option<u64> {
        self.shape.get(1).and_then(Dim::fixed)
    }

    fn bytes_estimate(&self) -> f64 {
        let elements: f64 = self.shape.iter().map(|d| d.fixed().unwrap_or(NAMED_DIM_ESTIMATE) as f64).product();
        elements * self.dtype.size_bytes() as f64
    }
}

/// What the analysis knows about one e-class: the types of its outputs (one for a tensor class,
/// one per output for an operation's tuple class); `None` where unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassData {
    /// Output types.
    pub outputs: Vec<Option<TensorType>>,
}

/// Options the rewrites read.
#[derive(Clone, Debug, Default)]
pub struct RuleContext {
    /// Replicas per sync group written on every AllReduce (0 = all replicas).
    pub group_size: usize,
    /// Training BatchNorm nodes that keep local statistics (no AllReduce).
    pub unsynchronized: BTreeSet<String>,
    /// Nodes whose first output has exactly one consumer and is not a graph output.
    pub single_use: BTreeSet<String>,
    /// Every tensor name of the original graph, which new initializers must avoid.
    pub taken_names: BTreeSet<String>,
    /// The graph computes no parameter gradients, so its initializers stay constant for the whole
    /// run and rules may replace them by derived constants ([`crate::rewrites::conv_taps`]).
    pub forward_only: bool,
}

/// The analysis and the tables of one lowering.
#[derive(Debug, Default)]
pub struct GraphAnalysis {
    strings: Vec<String>,
    string_index: BTreeMap<String, u32>,
    attrs: Vec<Attrs>,
    attr_index: BTreeMap<String, u32>,
    leaf_types: BTreeMap<Sym, TensorType>,
    node_types: BTreeMap<Sym, Vec<Option<TensorType>>>,
    /// Values of the initializers that folding may read, by name.
    pub values: BTreeMap<String, Vec<f64>>,
    /// Initializers created by the rewrites (folded weights, affine parameters), by name.
    pub new_initializers: BTreeMap<String, Initializer>,
    /// Keys of the rule matches already applied (see [`crate::rewrites::CodeRule::key`]).
    pub applied: BTreeSet<String>,
    /// Rule options.
    pub ctx: RuleContext,
}

impl GraphAnalysis {
    /// An empty analysis with these rule options.
    pub fn new(ctx: RuleContext) -> Self {
        GraphAnalysis { ctx, ..Default::default() }
    }

    /// Interns a string.
    pub fn intern(&mut self, s: &str) -> Sym {
        if let Some(&i) = self.string_index.get(s) {
            return Sym(i);
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_string());
        self.string_index.insert(s.to_string(), i);
        Sym(i)
    }

    /// The symbol of a string already interned.
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        self.string_index.get(s).map(|&i| Sym(i))
    }

    /// The string of an interned symbol.
    pub fn str(&self, s: Sym) -> &str {
        &self.strings[s.0 as usize]
    }

    /// Interns an attribute map.
    pub fn intern_attrs(&mut self, attrs: Attrs) -> AttrsId {
        let key = serde_json::to_string(&attrs).unwrap_or_default();
        if let Some(&i) = self.attr_index.get(&key) {
            return AttrsId(i);
        }
        let i = self.attrs.len() as u32;
        self.attrs.push(attrs);
        self.attr_index.insert(key, i);
        AttrsId(i)
    }

    /// The attribute map of an interned id.
    pub fn attrs(&self, id: AttrsId) -> &Attrs {
        &self.attrs[id.0 as usize]
    }

    /// The declared type of a leaf tensor.
    pub fn leaf_type(&self, name: Sym) -> Option<&TensorType> {
        self.leaf_types.get(&name)
    }

    /// The number of outputs and their types of the node with this name.
    pub fn node_types(&self, name: Sym) -> Option<&[Option<TensorType>]> {
        self.node_types.get(&name).map(Vec::as_slice)
    }
}

impl Analysis<SyncNode> for GraphAnalysis {
    type Data = ClassData;

    fn make(egraph: &mut EG, enode: &SyncNode) -> ClassData {
        let outputs = match enode {
            SyncNode::Tensor(s) => vec![egraph.analysis.leaf_types.get(s).cloned()],
            SyncNode::Op { name, .. } => egraph.analysis.node_types.get(name).cloned().unwrap_or_default(),
            SyncNode::Get { index, arg } => {
                vec![egraph[arg[0]].data.outputs.get(*index as usize).cloned().flatten()]
            }
        };
        ClassData { outputs }
    }

    fn merge(&mut self, to: &mut ClassData, from: ClassData) -> DidMerge {
        let mut changed = false;
        if to.outputs.len() < from.outputs.len() {
            to.outputs.resize(from.outputs.len(), None);
            changed = true;
        }
        for (slot, new) in to.outputs.iter_mut().zip(from.outputs) {
            if slot.is_none() && new.is_some() {
                *slot = new;
                changed = true;
            }
        }
        DidMerge(changed, true)
    }
}

/// Adds a leaf tensor (input, initializer, or `""` for an absent input) with its type.
pub fn add_leaf(eg: &mut EG, name: &str, info: Option<TensorType>) -> Id {
    let sym = eg.analysis.intern(name);
    if let Some(info) = info {
        eg.analysis.leaf_types.insert(sym, info);
    }
    eg.add(SyncNode::Tensor(sym))
}

/// Adds an operation with the types of its outputs; returns its tuple class.
pub fn add_op(eg: &mut EG, op: &str, name: &str, attrs: Attrs, args: Vec<Id>, outputs: Vec<Option<TensorType>>) -> Id {
    let op = eg.analysis.intern(op);
    let name = eg.analysis.intern(name);
    let attrs = eg.analysis.intern_attrs(attrs);
    eg.analysis.node_types.entry(name).or_insert(outputs);
    eg.add(SyncNode::Op { op, name, attrs, args })
}

/// Adds the projection of output `index` of the op class `op`.
pub fn add_get(eg: &mut EG, op: Id, index: u32) -> Id {
    eg.add(SyncNode::Get { index, arg: [op] })
}

/// The class of output `index` of the op class `op`, if that projection exists.
pub fn lookup_get(eg: &EG, op: Id, index: u32) -> Option<Id> {
    eg.lookup(SyncNode::Get { index, arg: [op] })
}

/// Adds a compile-time constant as a new `f32` initializer named `base` (or `base` with a suffix when
/// the original graph already uses that name) and returns its leaf class. Adding the same `base`
/// again returns the same leaf, so that re-applying a rule changes nothing.
pub fn add_constant(eg: &mut EG, base: &str, shape: &[u64], values: Vec<f64>) -> Id {
    let mut name = base.to_string();
    while eg.analysis.ctx.taken_names.contains(&name) {
        name.push_str("_folded");
    }
    if !eg.analysis.new_initializers.contains_key(&name) {
        let init = Initializer {
            name: name.clone(),
            dtype: DType::F32,
            shape: shape.to_vec(),
            source: syncbn_ir::InitSource::Data { data: values },
        };
        eg.analysis.new_initializers.insert(name.clone(), init);
    }
    add_leaf(eg, &name, Some(TensorType::fixed(DType::F32, shape)))
}

/// The name and preloaded values of a leaf class, when it is an initializer whose values are known.
pub fn leaf_values(eg: &EG, class: Id) -> Option<(String, &[f64])> {
    eg[eg.find(class)].nodes.iter().find_map(|n| match n {
        SyncNode::Tensor(s) => {
            let name = eg.analysis.str(*s);
            eg.analysis.values.get(name).map(|v| (name.to_string(), v.as_slice()))
        }
        _ => None,
    })
}
