//! The rewrite rules, one file per topic, and the adapter that runs Rust-coded rules under egg.
//!
//! Each rule is a [`CodeRule`]: `find` lists the matches rooted in one e-class and `apply` adds the
//! right-hand side and unions it with the matched tensors. Rules only ever *add* alternatives; the
//! original form stays in the e-graph, and extraction ([`crate::extract`]) picks the cheapest. The
//! original high-level ops that need rewriting (BatchNormalization) cost infinity, so extraction can
//! only succeed through their lowering.
//!
//! - [`train_bn`]: training-mode BatchNormalization -> LocalMoments -> AllReduce -> BnFinalize ->
//!   BnNormalize.
//! - [`eval_bn`]: eval-mode BatchNormalization -> ChannelAffine, or folded into a Conv or Gemm.
//! - [`fusion`]: activations and residual Adds folded into the normalize.
//! - [`conv_taps`]: convolution taps that read only padding cut out of constant kernels.

pub mod conv_taps;
pub mod eval_bn;
pub mod fusion;
pub mod train_bn;

use egg::{Applier, Id, PatternAst, Rewrite, SearchMatches, Searcher, Subst, Symbol, Var};

use crate::analysis::{GraphAnalysis, EG};
use crate::lang::{AttrsId, Sym, SyncNode};

/// A rewrite written in Rust over the e-graph.
pub trait CodeRule: Send + Sync {
    /// A match found in one e-class.
    type Match;
    /// The ops one of which the matched e-class must contain (a cheap pre-filter).
    fn roots(&self) -> &'static [&'static str];
    /// The matches rooted in `class`.
    fn find(&self, eg: &EG, class: Id) -> Vec<Self::Match>;
    /// A name for a match that determines its right-hand side, so that a match applied once is not
    /// applied again in later iterations (its result is already in the e-graph).
    fn key(&self, eg: &EG, m: &Self::Match) -> String;
    /// Adds the right-hand side of one match and unions it in; returns the classes that changed.
    fn apply(&self, eg: &mut EG, class: Id, m: &Self::Match) -> Vec<Id>;
}

/// Runs a [`CodeRule`] as both the searcher and the applier of an egg [`Rewrite`]: the searcher
/// reports the classes with matches not yet applied, and the applier recomputes and applies that
/// class's matches (so that a match never refers to a stale e-node).
#[derive(Clone)]
pub struct CodeRewrite<R>(pub R);

impl<R: CodeRule> Searcher<SyncNode, GraphAnalysis> for CodeRewrite<R> {
    fn search_with_limit(&self, egraph: &EG, limit: usize) -> Vec<SearchMatches<'_, SyncNode>> {
        let roots: Vec<Sym> = self.0.roots().iter().filter_map(|op| egraph.analysis.lookup(op)).collect();
        if roots.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        for class in egraph.classes() {
            if found.len() >= limit {
                break;
            }
            let rooted = class.nodes.iter().any(|n| matches!(n, SyncNode::Op { op, .. } if roots.contains(op)));
            if rooted {
                found.extend(self.search_eclass_with_limit(egraph, class.id, limit - found.len()));
            }
        }
        found
    }

    fn search_eclass_with_limit(&self, egraph: &EG, eclass: Id, limit: usize) -> Option<SearchMatches<'_, SyncNode>> {
        let applied = &egraph.analysis.applied;
        let fresh = self.0.find(egraph, eclass).iter().any(|m| !applied.contains(&self.0.key(egraph, m)));
        if limit == 0 || !fresh {
            return None;
        }
        Some(SearchMatches { eclass, substs: vec![Subst::with_capacity(0)], ast: None })
    }

    fn vars(&self) -> Vec<Var> {
        Vec::new()
    }
}

impl<R: CodeRule> Applier<SyncNode, GraphAnalysis> for CodeRewrite<R> {
    fn apply_one(
        &self,
        egraph: &mut EG,
        eclass: Id,
        _subst: &Subst,
        _ast: Option<&PatternAst<SyncNode>>,
        _rule: Symbol,
    ) -> Vec<Id> {
        let eclass = egraph.find(eclass);
        let mut changed = Vec::new();
        for m in self.0.find(egraph, eclass) {
            let key = self.0.key(egraph, &m);
            if !egraph.analysis.applied.contains(&key) {
                changed.extend(self.0.apply(egraph, eclass, &m));
                egraph.analysis.applied.insert(key);
            }
        }
        changed
    }
}

/// Wraps a rule as an egg rewrite.
fn rewrite<R: CodeRule + Clone + 'static>(name: &str, rule: R) -> Rewrite<SyncNode, GraphAnalysis> {
    match Rewrite::new(name, CodeRewrite(rule.clone()), CodeRewrite(rule)) {
        Ok(rw) => rw,
        Err(reason) => unreachable!("a code rule binds no variables, so egg accepts it: {reason}"),
    }
}

/// The rules of one lowering: the BatchNorm lowerings and the tap crop always, the fusions when
/// `fuse` is set.
pub fn rules(fuse: bool) -> Vec<Rewrite<SyncNode, GraphAnalysis>> {
    let mut rules = vec![
        rewrite("lower-train-bn", train_bn::LowerTrainBn),
        rewrite("eval-bn-affine", eval_bn::EvalBnAffine),
        rewrite("eval-bn-fold", eval_bn::EvalBnFold),
        rewrite("crop-dead-taps", conv_taps::CropDeadTaps),
    ];
    if fuse {
        rules.push(rewrite("fuse-activation", fusion::FuseActivation));
        rules.push(rewrite("fuse-residual", fusion::FuseResidual));
        rules.push(rewrite("fuse-pair", fusion::FusePair));
    }
    rules
}

/// An operation e-node seen by a rule.
#[derive(Clone, Debug)]
pub struct OpView {
    /// Its tuple class.
    pub class: Id,
    /// Op name.
    pub op: Sym,
    /// Node name.
    pub name: Sym,
    /// Attributes.
    pub attrs: AttrsId,
    /// Input classes.
    pub args: Vec<Id>,
}

/// The operations named `op` in `class`.
pub fn ops_in(eg: &EG, class: Id, op: &str) -> Vec<OpView> {
    let class = eg.find(class);
    eg[class]
        .nodes
        .iter()
        .filter_map(|n| match n {
            SyncNode::Op { op: o, name, attrs, args } if eg.analysis.str(*o) == op => {
                Some(OpView { class, op: *o, name: *name, attrs: *attrs, args: args.clone() })
            }
            _ => None,
        })
        .collect()
}

/// The operations named `op` whose output `index` is the tensor class `tensor`.
pub fn producers(eg: &EG, tensor: Id, index: u32, op: &str) -> Vec<OpView> {
    let tensor = eg.find(tensor);
    eg[tensor]
        .nodes
        .iter()
        .filter_map(|n| match n {
            SyncNode::Get { index: i, arg } if *i == index => Some(arg[0]),
            _ => None,
        })
        .flat_map(|op_class| ops_in(eg, op_class, op))
        .collect()
}

/// The leaf tensor name of a class, if it is a graph input or initializer.
pub fn leaf_name(eg: &EG, class: Id) -> Option<&str> {
    eg[eg.find(class)].nodes.iter().find_map(|n| match n {
        SyncNode::Tensor(s) => Some(eg.analysis.str(*s)),
        _ => None,
    })
}

/// Unions output `index` of `from_op` (if that tensor is used) with the tensor class `to`; returns
/// the class when the union changed something.
pub fn union_output(eg: &mut EG, from_op: Id, index: u32, to: Id) -> Option<Id> {
    let out = crate::analysis::lookup_get(eg, from_op, index)?;
    eg.union(out, to).then(|| eg.find(out))
}
