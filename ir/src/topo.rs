//! Topological ordering of a graph's nodes, with cycle detection that names a node on the cycle.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use foldhash::{HashMap, HashMapExt};

use crate::{Graph, IrError, Location};

impl Graph {
    /// Node indices in an order where every node comes after the producers of its inputs. Among the
    /// nodes ready at a time the one listed first comes first, so an already sorted graph keeps its
    /// order. Inputs no node produces (graph inputs, initializers, undefined names) impose no order.
    /// A cycle is an error naming a node on it and the cycle's path.
    pub fn topological_order(&self) -> Result<Vec<usize>, IrError> {
        let preds = self.predecessors();
        let mut succs: Vec<Vec<usize>> = vec![Vec::new(); self.nodes.len()];
        let mut waiting: Vec<usize> = vec![0; self.nodes.len()];
        for (i, ps) in preds.iter().enumerate() {
            waiting[i] = ps.len();
            for &p in ps {
                succs[p].push(i);
            }
        }
        let mut ready: BinaryHeap<Reverse<usize>> =
            (0..self.nodes.len()).filter(|&i| waiting[i] == 0).map(Reverse).collect();
        let mut order = Vec::with_capacity(self.nodes.len());
        while let Some(Reverse(i)) = ready.pop() {
            order.push(i);
            for &s in &succs[i] {
                waiting[s] -= 1;
                if waiting[s] == 0 {
                    ready.push(Reverse(s));
                }
            }
        }
        if order.len() == self.nodes.len() {
            Ok(order)
        } else {
            Err(self.cycle_error(&preds, &waiting))
        }
    }

    /// Puts the nodes in [`Graph::topological_order`].
    pub fn sort_topologically(&mut self) -> Result<(), IrError> {
        let order = self.topological_order()?;
        self.reorder(&order);
        Ok(())
    }

    /// Puts the nodes in `order`, a permutation of their indices.
    pub(crate) fn reorder(&mut self, order: &[usize]) {
        let mut slots: Vec<Option<crate::Node>> = std::mem::take(&mut self.nodes).into_iter().map(Some).collect();
        self.nodes = order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)).collect();
    }

    /// The index of the node producing each tensor (the first, should two claim it).
    pub fn producers(&self) -> HashMap<&str, usize> {
        let mut producer: HashMap<&str, usize> = HashMap::new();
        for (i, node) in self.nodes.iter().enumerate() {
            for out in node.outputs.iter().filter(|o| !o.is_empty()) {
                producer.entry(out.as_str()).or_insert(i);
            }
        }
        producer
    }

    /// For each node, the distinct indices of the nodes producing its inputs, ascending.
    pub fn predecessors(&self) -> Vec<Vec<usize>> {
        let producer = self.producers();
        self.nodes
            .iter()
            .map(|node| {
                let mut ps: Vec<usize> =
                    node.inputs.iter().filter_map(|name| producer.get(name.as_str()).copied()).collect();
                ps.sort_unstable();
                ps.dedup();
                ps
            })
            .collect()
    }

    /// Walks back from an unsorted node through unsorted predecessors until a node repeats: that
    /// node is on a cycle (every unsorted node has an unsorted predecessor).
    fn cycle_error(&self, preds: &[Vec<usize>], waiting: &[usize]) -> IrError {
        let stuck = |i: usize| waiting[i] > 0;
        let mut seen_at: HashMap<usize, usize> = HashMap::new();
        let mut path: Vec<usize> = Vec::new();
        let mut current = (0..self.nodes.len()).find(|&i| stuck(i)).unwrap_or(0);
        while !seen_at.contains_key(&current) {
            seen_at.insert(current, path.len());
            path.push(current);
            match preds[current].iter().copied().find(|&p| stuck(p)) {
                Some(p) => current = p,
                None => break,
            }
        }
        let start = seen_at.get(&current).copied().unwrap_or(0);
        let mut cycle: Vec<&str> = path[start..].iter().rev().map(|&i| self.nodes[i].name.as_str()).collect();
        cycle.insert(0, self.nodes[current].name.as_str());
        IrError::invalid(
            self.error_file(),
            Location::Node { node: self.nodes[current].name.clone(), input: None },
            format!("the graph has a cycle: {}; expected an acyclic graph", cycle.join(" -> ")),
        )
    }
}
