//! The step profile of `--profile`: timed slices of every step, launch, collective and collective
//! wait on each replica (a GPU's from the marks on its stream, `gpu_profile`), written as a Chrome
//! trace-event file (Perfetto, `chrome://tracing`) and summed per node and per node kind for the
//! report.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::{json, Value};

use crate::plan::{ExecutionPlan, Step};

/// What a slice times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A whole step, barrier to barrier.
    Step,
    /// One plan step: a kernel launch or a collective.
    Node {
        /// Index into [`ExecutionPlan::steps`].
        plan_step: usize,
    },
    /// Inside a collective: waiting for the group until the sum is available.
    Wait {
        /// Index into [`ExecutionPlan::steps`] of the collective.
        plan_step: usize,
    },
    /// The optimizer's update after a training step (`--train`): every bucket's SGD kernel, and
    /// the barriers around a shared update.
    Update,
}

/// The name and kind a [`Part::Update`] has in traces and summaries.
pub const UPDATE: (&str, &str) = ("sgd_update", "SgdUpdate");

/// One timed interval of one replica.
#[derive(Clone, Debug, PartialEq)]
pub struct Slice {
    /// What was timed.
    pub part: Part,
    /// The run step (0 is the real step, then the bench steps).
    pub run_step: usize,
    /// Start, from the run's epoch.
    pub start: Duration,
    /// Length.
    pub duration: Duration,
    /// Bytes the node read (inputs, or the collective's payload).
    pub bytes_read: u64,
    /// Bytes the node wrote (outputs, or the collective's payload).
    pub bytes_written: u64,
}

/// Records one replica's slices against the run's epoch.
#[derive(Clone, Debug)]
pub struct Recorder {
    epoch: Instant,
    run_step: usize,
    slices: Vec<Slice>,
}

impl Recorder {
    /// A recorder whose times count from `epoch` (the same for every replica of a run).
    pub fn new(epoch: Instant) -> Recorder {
        Recorder { epoch, run_step: 0, slices: Vec::new() }
    }

    /// Later slices belong to run step `step`.
    pub fn set_step(&mut self, step: usize) {
        self.run_step = step;
    }

    /// Records `part` from `start` to now with the bytes it moved.
    pub fn record(&mut self, part: Part, start: Instant, bytes: (u64, u64)) {
        self.record_until(part, start, Instant::now(), bytes);
    }

    /// Records `part` from `start` to `end`.
    pub fn record_until(&mut self, part: Part, start: Instant, end: Instant, bytes: (u64, u64)) {
        self.slices.push(Slice {
            part,
            run_step: self.run_step,
            start: start.saturating_duration_since(self.epoch),
            duration: end.saturating_duration_since(start),
            bytes_read: bytes.0,
            bytes_written: bytes.1,
        });
    }

    /// The slices recorded so far.
    pub fn into_slices(self) -> Vec<Slice> {
        self.slices
    }
}

/// The slices of every replica of one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    /// Per replica, its slices in the order they ended.
    pub replicas: Vec<Vec<Slice>>,
}

/// Time and traffic of one node or node kind, per replica and step.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NodeTime {
    /// The node (or the node kind).
    pub name: String,
    /// The node's op (for a kind: the kind again).
    pub kind: String,
    /// Mean time per replica and step, ms.
    pub ms: f64,
    /// Bytes read per replica and step.
    pub bytes_read: u64,
    /// Bytes written per replica and step.
    pub bytes_written: u64,
    /// `(bytes_read + bytes_written) / ms`, in GB/s (10^9 bytes).
    pub gb_per_s: f64,
}

/// The report's `profile`: time per node kind and per node, slowest first, over the timed steps.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ProfileSummary {
    /// Run steps summed (the bench steps, or the real step when there are none).
    pub steps: usize,
    /// Per node kind (the graph op: `Conv`, `BnNormalize`, `AllReduce`, ...).
    pub kinds: Vec<NodeTime>,
    /// Per node.
    pub nodes: Vec<NodeTime>,
}

/// The graph node and op a plan step runs.
fn node_of(plan: &ExecutionPlan, plan_step: usize, ops: &BTreeMap<&str, &str>) -> (String, String) {
    let node = match plan.steps.get(plan_step) {
        Some(Step::Launch(l)) => l.node.as_str(),
        Some(Step::Collective(c)) => c.node.as_str(),
        None => "?",
    };
    (node.to_string(), ops.get(node).copied().unwrap_or("?").to_string())
}

impl Profile {
    /// The trace in the Chrome trace-event format: one track (thread) per replica, a slice per step,
    /// per launch and collective (named after its graph node, the op as category, the bytes as args)
    /// and per wait inside a collective. `ops` maps node names to their ops.
    pub fn chrome_trace(&self, plan: &ExecutionPlan, ops: &BTreeMap<&str, &str>) -> String {
        let mut events: Vec<Value> = Vec::new();
        for (r, slices) in self.replicas.iter().enumerate() {
            events.push(json!({"ph": "M", "name": "thread_name", "pid": 0, "tid": r,
                               "args": {"name": format!("replica {r}")}}));
            for s in slices {
                let (name, cat) = match s.part {
                    Part::Step => (format!("step {}", s.run_step), "step".to_string()),
                    Part::Node { plan_step } => node_of(plan, plan_step, ops),
                    Part::Wait { plan_step } => (format!("wait {}", node_of(plan, plan_step, ops).0), "wait".into()),
                    Part::Update => (UPDATE.0.to_string(), UPDATE.1.to_string()),
                };
                events.push(json!({
                    "ph": "X", "pid": 0, "tid": r, "name": name, "cat": cat,
                    "ts": s.start.as_secs_f64() * 1e6, "dur": s.duration.as_secs_f64() * 1e6,
                    "args": {"step": s.run_step, "bytes_read": s.bytes_read, "bytes_written": s.bytes_written},
                }));
            }
        }
        let mut text =
            serde_json::to_string(&json!({"traceEvents": events, "displayTimeUnit": "ms"})).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Time and bytes per node and per node kind over the run steps from `first_step` on, averaged
    /// over replicas and steps.
    pub fn summary(&self, plan: &ExecutionPlan, ops: &BTreeMap<&str, &str>, first_step: usize) -> ProfileSummary {
        // Plan steps by index; the optimizer's update after them.
        let mut nodes: BTreeMap<usize, (Duration, u64, u64)> = BTreeMap::new();
        let mut steps = std::collections::BTreeSet::new();
        for s in self.replicas.iter().flatten().filter(|s| s.run_step >= first_step) {
            steps.insert(s.run_step);
            let key = match s.part {
                Part::Node { plan_step } => plan_step,
                Part::Update => usize::MAX,
                Part::Step | Part::Wait { .. } => continue,
            };
            let entry = nodes.entry(key).or_default();
            entry.0 += s.duration;
            entry.1 += s.bytes_read;
            entry.2 += s.bytes_written;
        }
        let per = (self.replicas.len() * steps.len()).max(1);
        let time = |name: String, kind: String, (d, read, written): (Duration, u64, u64)| {
            let ms = d.as_secs_f64() * 1e3 / per as f64;
            let (bytes_read, bytes_written) = (read / per as u64, written / per as u64);
            let gb_per_s = if ms > 0.0 { (bytes_read + bytes_written) as f64 / (ms * 1e6) } else { 0.0 };
            NodeTime { name, kind, ms, bytes_read, bytes_written, gb_per_s }
        };
        let mut kinds: BTreeMap<String, (Duration, u64, u64)> = BTreeMap::new();
        let mut by_node = Vec::new();
        for (plan_step, total) in nodes {
            let (name, kind) = match plan_step {
                usize::MAX => (UPDATE.0.to_string(), UPDATE.1.to_string()),
                _ => node_of(plan, plan_step, ops),
            };
            let k = kinds.entry(kind.clone()).or_default();
            (k.0, k.1, k.2) = (k.0 + total.0, k.1 + total.1, k.2 + total.2);
            by_node.push(time(name, kind, total));
        }
        let mut by_kind: Vec<NodeTime> = kinds.into_iter().map(|(k, total)| time(k.clone(), k, total)).collect();
        for list in [&mut by_kind, &mut by_node] {
            list.sort_by(|a, b| b.ms.total_cmp(&a.ms));
        }
        ProfileSummary { steps: steps.len(), kinds: by_kind, nodes: by_node }
    }
}
