//! Reductions while the output is hot: which per-channel reductions of a CPU op's output (a
//! training BatchNorm's `LocalMoments` of a Conv's output, its `BnGradReduce` of a ConvGradInput's
//! `dX`) the plan runs inside the op's step, image by image as the op writes each output image and
//! while that image is in cache, instead of in a step of their own that reads the whole tensor
//! from memory again; and the order check of the images the op hands over. Their kernels reduce
//! image ranges in the order of one whole pass (`KernelKind::reduces_image_range`), so the
//! result is bit-identical either way.

use std::collections::HashMap;
use std::ops::Range;

use syncbn_ir::{Graph, Node};

/// The nodes that read each tensor of a graph.
pub(crate) struct Readers<'g> {
    graph: &'g Graph,
    by_tensor: HashMap<&'g str, Vec<usize>>,
}

impl<'g> Readers<'g> {
    /// The readers of every tensor of `graph`.
    pub fn new(graph: &'g Graph) -> Self {
        let mut by_tensor: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, node) in graph.nodes.iter().enumerate() {
            for input in node.inputs.iter().filter(|name| !name.is_empty()) {
                let readers = by_tensor.entry(input.as_str()).or_default();
                if readers.last() != Some(&i) {
                    readers.push(i);
                }
            }
        }
        Readers { graph, by_tensor }
    }

    /// The graph.
    pub fn graph(&self) -> &'g Graph {
        self.graph
    }

    /// The nodes (indices in the graph) that run inside `producer`'s step: when `producer` is a
    /// CPU op that writes its output image by image, the readers of that output whose host kernels
    /// all reduce image ranges and whose other inputs are `defined` by earlier steps.
    pub fn reductions_of(&self, producer: &Node, defined: impl Fn(&str) -> bool) -> Vec<usize> {
        let by_image = crate::cpu_ops::find(&producer.op).is_some_and(|op| op.writes_by_image());
        let Some(out) = producer.outputs.first().filter(|o| by_image && !o.is_empty()) else {
            return Vec::new();
        };
        let fits = |node: &Node| {
            syncbn_codegen::reduces_image_range(self.graph, node)
                && node.inputs.iter().all(|name| name.is_empty() || name == out || defined(name))
        };
        let readers = self.by_tensor.get(out.as_str()).map(Vec::as_slice).unwrap_or_default();
        readers.iter().copied().filter(|&i| fits(&self.graph.nodes[i])).collect()
    }
}

/// The images of `n` a producer has handed over so far, in order.
pub(crate) struct ImagesHandedOver {
    n: usize,
    next: usize,
    calls: usize,
}

impl ImagesHandedOver {
    /// None of `n` images yet.
    pub fn new(n: usize) -> Self {
        ImagesHandedOver { n, next: 0, calls: 0 }
    }

    /// Records `images` as handed over; they must follow the images before.
    pub fn record(&mut self, images: &Range<usize>) -> Result<(), String> {
        if images.start != self.next || images.end < images.start || images.end > self.n {
            return Err(format!("images {images:?} handed over after 0..{} of {}", self.next, self.n));
        }
        self.next = images.end;
        self.calls += 1;
        Ok(())
    }

    /// The range the reductions still need once the producer is done: the empty range when it
    /// handed nothing over (no image: the reductions must still start and end their sums), `None`
    /// when every image was handed over; an error when images are missing.
    pub fn remaining(&self) -> Result<Option<Range<usize>>, String> {
        match (self.calls, self.next == self.n) {
            (0, true) => Ok(Some(0..0)),
            (_, true) => Ok(None),
            _ => Err(format!("only images 0..{} of {} were handed over", self.next, self.n)),
        }
    }
}
