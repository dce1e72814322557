//! DAG-aware extraction: choose one e-node per needed e-class so that the sum of node costs over the
//! *distinct* classes reachable from the roots is small.
//!
//! First a bottom-up pass finds which classes have a finite (executable) form and picks, per class,
//! the finite node of least own cost; ties break on names, never on e-class ids, so the result
//! depends only on the graph. Then a local search revisits every class that has several finite choices and keeps a
//! switch when the true DAG cost (maintained with reference counts, so shared classes count once)
//! goes down. The e-graph must be acyclic, which the rewrites of this crate preserve.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use egg::{Id, Language};

use crate::analysis::EG;
use crate::cost::CostModel;
use crate::lang::SyncNode;

/// The chosen node of every class needed by the roots.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// Class -> chosen node (children canonical).
    pub choice: BTreeMap<Id, SyncNode>,
    /// The DAG cost of the selection.
    pub cost: f64,
}

/// Why extraction failed.
#[derive(Clone, Debug, PartialEq)]
pub enum ExtractError {
    /// These roots have no finite-cost form.
    Infinite(Vec<Id>),
    /// The e-graph has a cycle through this class.
    Cycle(Id),
}

/// One candidate node of a class.
struct Candidate {
    node: SyncNode,
    cost: f64,
    children: Vec<usize>,
}

/// The e-graph flattened to dense indices.
struct Table {
    ids: Vec<Id>,
    /// Class id -> dense index.
    index: BTreeMap<Id, usize>,
    candidates: Vec<Vec<Candidate>>,
    /// The children of all candidates of each class.
    all_children: Vec<Vec<usize>>,
    /// Classes in an order where children come first.
    order: Vec<usize>,
}

impl Table {
    fn build(eg: &EG, model: &CostModel) -> Result<Table, ExtractError> {
        let ids: Vec<Id> = {
            let mut v: Vec<Id> = eg.classes().map(|c| c.id).collect();
            v.sort();
            v
        };
        let index: BTreeMap<Id, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        let candidates: Vec<Vec<Candidate>> = ids
            .iter()
            .map(|&id| {
                eg[id]
                    .nodes
                    .iter()
                    .map(|n| Candidate {
                        node: n.clone(),
                        cost: model.node_cost(eg, id, n),
                        children: n.children().iter().map(|c| index[&eg.find(*c)]).collect(),
                    })
                    .collect()
            })
            .collect();
        let all_children = candidates
            .iter()
            .map(|cands: &Vec<Candidate>| cands.iter().flat_map(|c| c.children.iter().copied()).collect())
            .collect();
        let mut table = Table { ids, index, candidates, all_children, order: Vec::new() };
        table.order = table.topological()?;
        Ok(table)
    }

    /// Children-first order of all classes; an error on a cycle.
    fn topological(&self) -> Result<Vec<usize>, ExtractError> {
        const NEW: u8 = 0;
        const OPEN: u8 = 1;
        const DONE: u8 = 2;
        let n = self.ids.len();
        let mut state = vec![NEW; n];
        let mut order = Vec::with_capacity(n);
        for start in 0..n {
            if state[start] != NEW {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = OPEN;
            while let Some(&mut (class, ref mut next)) = stack.last_mut() {
                if let Some(&child) = self.all_children[class].get(*next) {
                    *next += 1;
                    match state[child] {
                        NEW => {
                            state[child] = OPEN;
                            stack.push((child, 0));
                        }
                        OPEN => return Err(ExtractError::Cycle(self.ids[child])),
                        _ => {}
                    }
                } else {
                    state[class] = DONE;
                    order.push(class);
                    stack.pop();
                }
            }
        }
        Ok(order)
    }
}

/// Kind, op, name and output index of a candidate, for tie-breaking.
type NameKey<'a> = (u8, &'a str, &'a str, u32);

/// A total order on candidates that does not depend on e-class ids: by kind, op, node name, output
/// index, and for a projection the name of the op it projects from.
fn name_key<'a>(eg: &'a EG, node: &SyncNode, op_name_of: impl Fn(Id) -> &'a str) -> NameKey<'a> {
    match node {
        SyncNode::Tensor(s) => (0, "", eg.analysis.str(*s), 0),
        SyncNode::Get { index, arg } => (1, "", op_name_of(arg[0]), *index),
        SyncNode::Op { op, name, .. } => (2, eg.analysis.str(*op), eg.analysis.str(*name), 0),
    }
}

/// The initial choice, children first: per class the finite candidate (finite cost, all children
/// finite) of least own cost, ties broken by [`name_key`]. Sums over children are deliberately not
/// used: with shared subgraphs (x feeds both the statistics and the normalize) tree costs grow
/// exponentially with depth. The DAG-aware local search ([`improve`]) does the real choosing.
/// Returns the choice and which classes have a finite form.
fn greedy(eg: &EG, t: &Table) -> (Vec<usize>, Vec<bool>) {
    let n = t.ids.len();
    let mut choice = vec![0; n];
    let mut finite = vec![false; n];
    let mut op_names: Vec<&str> = vec![""; n];
    for &class in &t.order {
        let mut winner: Option<(f64, NameKey, usize)> = None;
        for (i, cand) in t.candidates[class].iter().enumerate() {
            if !cand.cost.is_finite() || !cand.children.iter().all(|&c| finite[c]) {
                continue;
            }
            let key = name_key(eg, &cand.node, |id| op_names[t.index[&eg.find(id)]]);
            let better = match &winner {
                None => true,
                Some((wc, wk, _)) => match cand.cost.partial_cmp(wc) {
                    Some(Ordering::Less) => true,
                    Some(Ordering::Equal) => key < *wk,
                    _ => false,
                },
            };
            if better {
                winner = Some((cand.cost, key, i));
            }
        }
        if let Some((_, key, i)) = winner {
            finite[class] = true;
            choice[class] = i;
            op_names[class] = key.2;
        }
    }
    (choice, finite)
}

/// The reference-counted DAG cost of a selection, with incremental switches.
struct Dag<'a> {
    t: &'a Table,
    choice: Vec<usize>,
    refs: Vec<u32>,
    total: f64,
}

impl Dag<'_> {
    fn cand(&self, class: usize) -> &Candidate {
        &self.t.candidates[class][self.choice[class]]
    }

    fn acquire(&mut self, classes: &[usize]) {
        let mut stack = classes.to_vec();
        while let Some(c) = stack.pop() {
            self.refs[c] += 1;
            if self.refs[c] == 1 {
                self.total += self.cand(c).cost;
                stack.extend_from_slice(&self.cand(c).children);
            }
        }
    }

    fn release(&mut self, classes: &[usize]) {
        let mut stack = classes.to_vec();
        while let Some(c) = stack.pop() {
            self.refs[c] -= 1;
            if self.refs[c] == 0 {
                self.total -= self.cand(c).cost;
                stack.extend_from_slice(&self.cand(c).children);
            }
        }
    }

    /// Switches active `class` to candidate `to`; returns the previous candidate.
    fn switch(&mut self, class: usize, to: usize) -> usize {
        let from = self.choice[class];
        let new_children = self.t.candidates[class][to].children.clone();
        let old_children = self.t.candidates[class][from].children.clone();
        self.acquire(&new_children);
        self.total += self.t.candidates[class][to].cost - self.t.candidates[class][from].cost;
        self.choice[class] = to;
        self.release(&old_children);
        from
    }
}

/// Extracts the cheapest DAG for `roots` (canonical or not).
pub fn extract(eg: &EG, roots: &[Id], model: &CostModel) -> Result<Selection, ExtractError> {
    let t = Table::build(eg, model)?;
    let roots: Vec<usize> = roots.iter().map(|r| t.index[&eg.find(*r)]).collect();
    let (choice, finite) = greedy(eg, &t);
    let infinite: Vec<Id> = roots.iter().filter(|&&r| !finite[r]).map(|&r| t.ids[r]).collect();
    if !infinite.is_empty() {
        return Err(ExtractError::Infinite(infinite));
    }
    let mut dag = Dag { t: &t, choice, refs: vec![0; t.ids.len()], total: 0.0 };
    dag.acquire(&roots);
    improve(&mut dag, &finite);
    let choice = (0..t.ids.len())
        .filter(|&c| dag.refs[c] > 0)
        .map(|c| (t.ids[c], dag.cand(c).node.clone().map_children(|id| eg.find(id))))
        .collect();
    Ok(Selection { choice, cost: dag.total })
}

/// Local search: try every finite alternative of every active multi-choice class, parents first,
/// keeping strict improvements, until a round changes nothing (at most a few rounds).
fn improve(dag: &mut Dag, finite: &[bool]) {
    const ROUNDS: usize = 4;
    let t = dag.t;
    let multi: Vec<usize> = t.order.iter().rev().copied().filter(|&c| t.candidates[c].len() > 1).collect();
    for _ in 0..ROUNDS {
        let mut improved = false;
        for &class in &multi {
            for alt in 0..t.candidates[class].len() {
                let cand = &t.candidates[class][alt];
                let usable = cand.cost.is_finite() && cand.children.iter().all(|&c| finite[c]);
                if dag.refs[class] == 0 || alt == dag.choice[class] || !usable {
                    continue;
                }
                let before = dag.total;
                let from = dag.switch(class, alt);
                if dag.total < before - 1e-6 * before.abs().max(1.0) {
                    improved = true;
                } else {
                    dag.switch(class, from);
                    dag.total = before;
                }
            }
        }
        if !improved {
            break;
        }
    }
}
