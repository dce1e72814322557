//! A graph's facts, computed once by validation: every tensor's type and one topological order of the
//! nodes (what naga's `ModuleInfo` is to its back ends). Passes, codegen, the plan and the CLI take a
//! [`Typed`] graph and read these facts instead of inferring them again.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use crate::infer::{infer_added, infer_in};
use crate::{Graph, IrError, TensorType};

/// Every tensor's type, by name.
pub type Types = BTreeMap<String, TensorType>;

/// The types of every tensor of `graph`: inputs, initializers and node outputs, by name (the types of
/// [`GraphInfo::of`]). Nodes may come in any order. Errors name the graph's [`Graph::source`] file.
pub fn infer_types(graph: &Graph) -> Result<BTreeMap<String, TensorType>, IrError> {
    GraphInfo::of(graph).map(|info| info.types)
}

/// What validation knows about a graph.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphInfo {
    /// The type of every tensor: graph inputs, initializers and node outputs.
    pub types: Types,
    /// The node indices in ir's topological order ([`Graph::topological_order`]).
    pub order: Vec<usize>,
}

impl GraphInfo {
    /// The facts of `graph`: every node checked against its schema and its outputs typed (no limits
    /// checked: that is [`crate::validate::validate`]). Errors name the graph's [`Graph::source`].
    pub fn of(graph: &Graph) -> Result<GraphInfo, IrError> {
        let order = graph.topological_order()?;
        GraphInfo::in_order(graph, order, &graph.error_file())
    }

    /// The facts of `graph` whose topological order is `order`; errors name `file`.
    pub(crate) fn in_order(graph: &Graph, order: Vec<usize>, file: &Path) -> Result<GraphInfo, IrError> {
        let types = infer_in(graph, &order, file)?.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        Ok(GraphInfo { types, order })
    }

    /// The facts of `graph`, which is the graph these facts describe with inputs, initializers and
    /// nodes added (none removed; a changed node keeps its output types): only the added nodes are
    /// checked and typed, in `graph`'s topological order, which becomes the order. Errors name
    /// `graph`'s [`Graph::source`].
    pub fn extended(&self, graph: &Graph) -> Result<GraphInfo, IrError> {
        let order = graph.topological_order()?;
        let types = infer_added(graph, &order, &self.types, &graph.error_file())?;
        Ok(GraphInfo { types, order })
    }

    /// Puts `graph`'s nodes in this order (nodes ready at the same time keep their order); the order
    /// becomes the identity.
    pub fn sort(&mut self, graph: &mut Graph) {
        graph.reorder(&self.order);
        self.order = (0..graph.nodes.len()).collect();
    }
}

/// A graph whose facts are known, or inferred when asked: what the later stages take. A
/// [`TypedGraph`] (or an owner of a graph and its info) hands its facts over; a bare [`Graph`] is
/// checked and typed on the way in, once per call.
pub trait Typed {
    /// The graph.
    fn graph(&self) -> &Graph;
    /// Its facts: borrowed when known, inferred (checking every node) when not.
    fn info(&self) -> Result<Cow<'_, GraphInfo>, IrError>;
}

impl Typed for Graph {
    fn graph(&self) -> &Graph {
        self
    }

    fn info(&self) -> Result<Cow<'_, GraphInfo>, IrError> {
        GraphInfo::of(self).map(Cow::Owned)
    }
}

/// A graph and its facts, borrowed together.
#[derive(Clone, Copy, Debug)]
pub struct TypedGraph<'a> {
    /// The graph.
    pub graph: &'a Graph,
    /// Its facts.
    pub info: &'a GraphInfo,
}

impl Typed for TypedGraph<'_> {
    fn graph(&self) -> &Graph {
        self.graph
    }

    fn info(&self) -> Result<Cow<'_, GraphInfo>, IrError> {
        Ok(Cow::Borrowed(self.info))
    }
}
