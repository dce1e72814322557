//! The e-graph language: one e-node per graph operation, tensor leaf, or output projection.
//!
//! An operation's e-class stands for the *tuple* of its outputs; `Get { index }` projects one output
//! out of it, so multi-output ops (training BatchNormalization, BnFinalize, bucketed AllReduce) need
//! no special casing. Strings (op names, node names) and attribute maps are interned per lowering in
//! the analysis ([`crate::analysis::GraphAnalysis`]), which keeps e-nodes small, hashable and
//! totally ordered without depending on a process-global symbol table.

use egg::{Id, Language};

/// An interned string (op name, node name or tensor name) of one lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// An interned attribute map of one lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AttrsId(pub u32);

/// One e-node.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SyncNode {
    /// A graph input or an initializer, by name (the empty name marks an absent optional input).
    Tensor(Sym),
    /// An operation; its e-class is the tuple of its outputs.
    Op {
        /// Op name (`"Conv"`, `"BnNormalize"`).
        op: Sym,
        /// Node name; part of the identity so that distinct nodes are never merged by hash-consing.
        name: Sym,
        /// Attributes.
        attrs: AttrsId,
        /// Input e-classes, in ONNX input order; an absent optional input (`""`) is the leaf
        /// `Tensor` of the empty name.
        args: Vec<Id>,
    },
    /// Output `index` of the operation in the child e-class.
    Get {
        /// Output index.
        index: u32,
        /// The operation's e-class.
        arg: [Id; 1],
    },
}

/// The discriminant of an e-node: everything but its children.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NodeHead {
    /// See [`SyncNode::Tensor`].
    Tensor(Sym),
    /// See [`SyncNode::Op`]; the last field is the arity.
    Op(Sym, Sym, AttrsId, usize),
    /// See [`SyncNode::Get`].
    Get(u32),
}

impl Language for SyncNode {
    type Discriminant = NodeHead;

    fn discriminant(&self) -> NodeHead {
        match self {
            SyncNode::Tensor(s) => NodeHead::Tensor(*s),
            SyncNode::Op { op, name, attrs, args } => NodeHead::Op(*op, *name, *attrs, args.len()),
            SyncNode::Get { index, .. } => NodeHead::Get(*index),
        }
    }

    fn matches(&self, other: &Self) -> bool {
        self.discriminant() == other.discriminant()
    }

    fn children(&self) -> &[Id] {
        match self {
            SyncNode::Tensor(_) => &[],
            SyncNode::Op { args, .. } => args,
            SyncNode::Get { arg, .. } => arg,
        }
    }

    fn children_mut(&mut self) -> &mut [Id] {
        match self {
            SyncNode::Tensor(_) => &mut [],
            SyncNode::Op { args, .. } => args,
            SyncNode::Get { arg, .. } => arg,
        }
    }
}
