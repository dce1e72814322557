//! What an op's shape inference may ask of the graph it is in: constant initializer values and
//! fresh dimension names.

use foldhash::HashMap;

use crate::{Dim, Graph, Initializer};

/// What an op's inference may ask of the graph: constant initializer values and fresh dimension names.
pub struct InferCtx<'g> {
    initializers: HashMap<&'g str, &'g Initializer>,
    graph: &'g Graph,
    fresh: usize,
}

impl<'g> InferCtx<'g> {
    pub(crate) fn new(graph: &'g Graph) -> Self {
        Self::resume(graph, 0)
    }

    /// A context whose next fresh dimension is `_d<fresh>` (inference resumed node by node).
    pub(crate) fn resume(graph: &'g Graph, fresh: usize) -> Self {
        let initializers = graph.initializers.iter().map(|i| (i.name.as_str(), i)).collect();
        InferCtx { initializers, graph, fresh }
    }

    /// How many fresh dimensions were handed out.
    pub(crate) fn fresh_count(&self) -> usize {
        self.fresh
    }

    /// A new dimension name (`_d0`, `_d1`, ...) for a size that depends on run-time dimensions in a way
    /// the shape cannot spell, as ONNX's `unk__N`.
    pub fn fresh_dim(&mut self) -> Dim {
        let d = Dim::Named(format!("_d{}", self.fresh));
        self.fresh += 1;
        d
    }

    /// The values of initializer `name` (`Ok(None)` when `name` is not an initializer), refusing one
    /// of more than `max_elements` elements (shape operands are small) before reading it.
    pub fn constant(&self, name: &str, max_elements: u64) -> Result<Option<Vec<f64>>, String> {
        let Some(init) = self.initializers.get(name) else { return Ok(None) };
        let count = crate::Limits::element_count(init.shape.iter().copied()).unwrap_or(u64::MAX);
        if count > max_elements {
            return Err(format!("initializer {name:?} has {count} elements; expected at most {max_elements}"));
        }
        crate::data::initializer_values(self.graph, init, &crate::Limits::default())
            .map(Some)
            .map_err(|e| e.to_string())
    }
}
