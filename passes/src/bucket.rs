//! Bucketing: AllReduces that do not depend on each other merge into one collective whose inputs,
//! outputs, payload and layers are the concatenation of theirs.
//!
//! ```text
//! r1 = AllReduce(m1); r2 = AllReduce(m2)    neither reaches the other in the DAG
//!   ==>  (r1, r2) = AllReduce(m1, m2)
//! ```
//!
//! The sum is element-wise, so one collective over the concatenated payload gives the same rows.
//! Which ones merge: the AllReduce deepest in the graph (largest ASAP level) is taken first, and
//! joins every independent AllReduce that may be delayed to that level without lengthening the
//! critical path (its ALAP level is at least the pivot's ASAP level). In a ResNet block with a
//! downsampling shortcut this pairs the main branch's last BatchNorm with the shortcut's, whose
//! results meet at the residual Add. Independence is exact: a reachability matrix between
//! AllReduces is kept transitively closed as buckets form, so merging never creates a cycle.

use std::collections::BTreeSet;

use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::ops::lowered::{GROUP_SIZE, LAYERS, PAYLOAD, SCOPE};
use syncbn_ir::{Graph, Node};

use crate::PassError;

/// A fixed-size set of AllReduce indices.
#[derive(Clone, Debug, PartialEq)]
struct BitSet(Vec<u64>);

impl BitSet {
    fn new(n: usize) -> Self {
        BitSet(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 == 1
    }
    fn union_with(&mut self, other: &BitSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}

/// The DAG facts bucketing needs, over the AllReduce nodes.
struct Levels {
    /// Node indices of the AllReduces, in topological order.
    all_reduces: Vec<usize>,
    asap: Vec<usize>,
    alap: Vec<usize>,
    /// `reach[a]` holds the AllReduces that AllReduce `a` reaches.
    reach: Vec<BitSet>,
}

fn levels(graph: &Graph) -> Result<Levels, PassError> {
    let order = graph.topological_order()?;
    let preds = graph.predecessors();
    let n = graph.nodes.len();
    let mut asap = vec![0; n];
    for &i in &order {
        asap[i] = preds[i].iter().map(|&p| asap[p] + 1).max().unwrap_or(0);
    }
    let depth = asap.iter().copied().max().unwrap_or(0);
    let mut alap: Vec<usize> = vec![depth; n];
    for &i in order.iter().rev() {
        for &p in &preds[i] {
            alap[p] = alap[p].min(alap[i].saturating_sub(1));
        }
    }
    let all_reduces: Vec<usize> = order.iter().copied().filter(|&i| graph.nodes[i].op == ALL_REDUCE).collect();
    let k = all_reduces.len();
    let mut slot = vec![usize::MAX; n];
    for (a, &i) in all_reduces.iter().enumerate() {
        slot[i] = a;
    }
    // ancestors[i]: the AllReduces that reach node i (through at least one edge, or i itself).
    let mut ancestors = vec![BitSet::new(k); n];
    for &i in &order {
        let mut set = BitSet::new(k);
        for &p in &preds[i] {
            set.union_with(&ancestors[p]);
        }
        if slot[i] != usize::MAX {
            set.insert(slot[i]);
        }
        ancestors[i] = set;
    }
    let mut reach = vec![BitSet::new(k); k];
    for (b, &i) in all_reduces.iter().enumerate() {
        for (a, row) in reach.iter_mut().enumerate() {
            if a != b && ancestors[i].contains(a) {
                row.insert(b);
            }
        }
    }
    Ok(Levels { all_reduces, asap, alap, reach })
}

/// Merges independent AllReduces of `graph` into buckets; the node list stays topologically sorted.
pub fn bucket_all_reduces(graph: &mut Graph) -> Result<(), PassError> {
    let mut lv = levels(graph)?;
    let k = lv.all_reduces.len();
    let mut by_depth: Vec<usize> = (0..k).collect();
    by_depth.sort_by_key(|&a| (std::cmp::Reverse(lv.asap[lv.all_reduces[a]]), std::cmp::Reverse(a)));
    let mut grouped = vec![false; k];
    let mut buckets: Vec<Vec<usize>> = Vec::new();
    for (pos, &pivot) in by_depth.iter().enumerate() {
        if grouped[pivot] {
            continue;
        }
        grouped[pivot] = true;
        let level = lv.asap[lv.all_reduces[pivot]];
        let mut members = vec![pivot];
        for &other in &by_depth[pos + 1..] {
            let fits = !grouped[other]
                && lv.alap[lv.all_reduces[other]] >= level
                && same_group(graph, lv.all_reduces[pivot], lv.all_reduces[other])
                && members.iter().all(|&m| !lv.reach[m].contains(other) && !lv.reach[other].contains(m));
            if fits {
                grouped[other] = true;
                members.push(other);
            }
        }
        if members.len() > 1 {
            close(&mut lv.reach, &members);
            members.sort_unstable();
            buckets.push(members.iter().map(|&m| lv.all_reduces[m]).collect());
        }
    }
    merge(graph, &buckets)
}

/// Whether two AllReduces synchronize the same groups: the same scope and group size.
fn same_group(graph: &Graph, a: usize, b: usize) -> bool {
    let scope = |n: &Node| SCOPE.read(&n.attrs).to_string();
    let (a, b) = (&graph.nodes[a], &graph.nodes[b]);
    GROUP_SIZE.read(&a.attrs) == GROUP_SIZE.read(&b.attrs) && scope(a) == scope(b)
}

/// Keeps `reach` transitively closed once `members` act as one node: whatever reaches a member
/// now reaches whatever any member reaches, and the members themselves.
fn close(reach: &mut [BitSet], members: &[usize]) {
    let k = reach.len();
    let mut below = BitSet::new(k);
    for &m in members {
        below.union_with(&reach[m].clone());
        below.insert(m);
    }
    let above: Vec<usize> =
        (0..k).filter(|&x| members.contains(&x) || members.iter().any(|&m| reach[x].contains(m))).collect();
    for x in above {
        reach[x].union_with(&below);
    }
}

/// Replaces each bucket's AllReduces (node indices, topological order) with one node.
fn merge(graph: &mut Graph, buckets: &[Vec<usize>]) -> Result<(), PassError> {
    if buckets.is_empty() {
        return Ok(());
    }
    let mut removed = BTreeSet::new();
    for bucket in buckets {
        let members: Vec<&Node> = bucket.iter().map(|&i| &graph.nodes[i]).collect();
        let merged = merged_node(&members);
        removed.extend(bucket[1..].iter().copied());
        graph.nodes[bucket[0]] = merged;
    }
    let mut index = 0;
    graph.nodes.retain(|_| {
        index += 1;
        !removed.contains(&(index - 1))
    });
    Ok(graph.sort_topologically()?)
}

/// One AllReduce doing the work of `members`.
fn merged_node(members: &[&Node]) -> Node {
    let mut attrs = members[0].attrs.clone();
    let layers =
        || -> Vec<String> { members.iter().flat_map(|n| LAYERS.get(&n.attrs).unwrap_or(&[]).to_vec()).collect() };
    let payload: Vec<&str> = members.iter().filter_map(|n| PAYLOAD.get(&n.attrs)).collect();
    attrs.extend([PAYLOAD.entry(&payload.join(";")), LAYERS.entry(layers())]);
    let names: Vec<&str> = members.iter().map(|n| n.name.as_str()).collect();
    Node {
        name: names.join("+"),
        op: ALL_REDUCE.to_string(),
        inputs: members.iter().flat_map(|n| n.inputs.iter().cloned()).collect(),
        outputs: members.iter().flat_map(|n| n.outputs.iter().cloned()).collect(),
        attrs,
    }
}
