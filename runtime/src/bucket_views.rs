//! Parameter gradients written in place into their bucket's payload: where every input of an f32
//! collective is the one output of a CPU-table op that nothing else reads (a Conv's or Gemm's
//! weight gradient), the op writes it straight into the collective's payload buffer at its
//! offset, and starting the collective hands that buffer over instead of gathering a copy.
//!
//! A replica holds each such buffer from the collective's finish to its next start; the ops that
//! write into it run in between (before the start, in plan order).

use crate::plan::{ExecutionPlan, Launch, Step, ValueId};

/// The payload views of one replica's plan.
pub(crate) struct BucketViews {
    /// Per value: the plan step of the collective it feeds and its offset in the payload.
    views: Vec<Option<(usize, usize)>>,
    /// Per plan step: the payload buffer of a collective fed by views, while this replica holds it.
    buffers: Vec<Option<Vec<f32>>>,
    /// Per plan step: the payload length of a collective fed by views (0 for other steps).
    lens: Vec<usize>,
}

impl BucketViews {
    /// The views of `plan`, whose launch `l` runs the CPU op table when `runs_cpu_op(l)`.
    pub(crate) fn new(plan: &ExecutionPlan, runs_cpu_op: impl Fn(&Launch) -> bool) -> Self {
        let mut views = vec![None; plan.values.len()];
        let mut buffers: Vec<Option<Vec<f32>>> = plan.steps.iter().map(|_| None).collect();
        let mut lens = vec![0; plan.steps.len()];
        for (at, step) in plan.steps.iter().enumerate() {
            let Step::Collective(c) = step else { continue };
            let offset = |e: &crate::plan::PayloadEntry| usize::try_from(e.offset).ok();
            let placed: Option<Vec<(ValueId, usize)>> = (c.payload.iter())
                .map(|e| {
                    offset(e).filter(|_| written_by_cpu_op_for(plan, e.input, at, &runs_cpu_op)).map(|o| (e.input, o))
                })
                .collect();
            let (Some(placed), Ok(len @ 1..)) = (placed, usize::try_from(c.payload_len)) else { continue };
            for (value, offset) in placed {
                views[value] = Some((at, offset));
            }
            buffers[at] = Some(vec![0.0; len]);
            lens[at] = len;
        }
        BucketViews { views, buffers, lens }
    }

    /// Where value `v` lives when it is a view: its collective's plan step and its offset.
    pub(crate) fn view(&self, v: ValueId) -> Option<(usize, usize)> {
        self.views.get(v).copied().flatten()
    }

    /// The `len` values of view `v` (an error while its payload is handed over); `None` when `v`
    /// is not a view.
    pub(crate) fn read(&self, v: ValueId, len: usize) -> Option<Result<&[f32], String>> {
        let (at, offset) = self.view(v)?;
        let buffer = self.buffers[at].as_deref().and_then(|b| b.get(offset..offset + len));
        Some(buffer.ok_or_else(|| format!("value {v} is in a payload being summed")))
    }

    /// The address and length of the payload buffer of the collective at plan step `at`, while
    /// this replica holds it; `None` when that collective is not fed by views.
    pub(crate) fn address(&self, at: usize) -> Option<(*const f32, usize)> {
        self.buffers.get(at)?.as_ref().map(|b| (b.as_ptr(), b.len()))
    }

    /// Takes the payload buffer of the collective at plan step `at` (to hand it over, or for an op
    /// to write a view into); `None` when that collective is not fed by views.
    pub(crate) fn take(&mut self, at: usize) -> Option<Result<Vec<f32>, String>> {
        let fed = self.lens.get(at).is_some_and(|&len| len > 0);
        fed.then(|| self.buffers[at].take().ok_or_else(|| format!("the payload of plan step {at} is being summed")))
    }

    /// Gives back the payload buffer of the collective at plan step `at`, grown to its length
    /// where it came back shorter (a communicator kept it and returned another); a collective not
    /// fed by views gets `Some(buffer)` back, for the caller to reuse.
    pub(crate) fn give_back(&mut self, at: usize, mut buffer: Vec<f32>) -> Option<Vec<f32>> {
        let len = self.lens.get(at).copied().unwrap_or(0);
        if len == 0 {
            return Some(buffer);
        }
        buffer.resize(len, 0.0);
        self.buffers[at] = Some(buffer);
        None
    }
}

/// Whether `value` is the only output of a CPU-table launch without reductions, read by nothing
/// but the collective at plan step `at`, and not a graph output.
fn written_by_cpu_op_for(
    plan: &ExecutionPlan,
    value: ValueId,
    at: usize,
    runs_cpu_op: &impl Fn(&Launch) -> bool,
) -> bool {
    let f32_value = plan.values.get(value).is_some_and(|v| v.ty.dtype == syncbn_ir::DType::F32);
    let is_output = plan.outputs.iter().any(|o| o.value == value);
    let mut producer = None;
    for (i, step) in plan.steps.iter().enumerate() {
        match step {
            Step::Launch(l) => {
                if l.with_reductions().any(|r| r.inputs.contains(&Some(value))) {
                    return false;
                }
                if l.with_reductions().any(|r| r.outputs.contains(&value)) {
                    producer = Some((i, l));
                }
            }
            Step::Collective(c) => {
                let reads = c.payload.iter().any(|e| e.input == value);
                let writes = c.payload.iter().any(|e| e.output == value);
                if writes || (reads && i != at) {
                    return false;
                }
            }
        }
    }
    let sole = |l: &Launch| l.outputs == [value] && l.reductions.is_empty() && runs_cpu_op(l);
    f32_value && !is_output && producer.is_some_and(|(i, l)| i < at && sole(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Collective;
    use syncbn_ir::Limits;
    use syncbn_passes::{differentiate, lower, LowerOptions};

    /// The plan of examples/conv_bn_relu.json differentiated in `y`, lowered for 2 replicas.
    fn training_plan() -> ExecutionPlan {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/conv_bn_relu.json");
        let graph = syncbn_ir::load_model(&path, &Limits::default()).unwrap();
        let training = differentiate(&graph, &["y".to_string()]).unwrap();
        let lowered = lower(&training, &LowerOptions { replicas: 2, ..Default::default() }).unwrap().graph;
        ExecutionPlan::build(&lowered, 2, 2).unwrap()
    }

    fn f32_buckets(plan: &ExecutionPlan) -> Vec<(usize, &Collective)> {
        let f32s = |c: &Collective| c.payload.iter().all(|e| plan.values[e.input].ty.dtype == syncbn_ir::DType::F32);
        (plan.steps.iter().enumerate())
            .filter_map(|(i, s)| match s {
                Step::Collective(c) if f32s(c) => Some((i, c)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn weight_gradients_of_cpu_ops_are_views_into_their_bucket_payload() {
        let plan = training_plan();
        let buckets = f32_buckets(&plan);
        assert!(!buckets.is_empty(), "the conv weight's gradient is summed by an f32 collective");
        let mut views = BucketViews::new(&plan, |_| true);
        for &(at, c) in &buckets {
            for e in &c.payload {
                assert_eq!(views.view(e.input), Some((at, e.offset as usize)), "{}", plan.values[e.input].name);
                assert!(views.view(e.output).is_none(), "a sum is not a view");
            }
            let payload = views.take(at).expect("fed by views").unwrap();
            assert_eq!(payload.len(), c.payload_len as usize);
            assert!(views.take(at).unwrap().is_err(), "a payload handed over is not there twice");
            let input = c.payload[0].input;
            assert!(views.read(input, 1).unwrap().is_err(), "a view cannot be read while summed");
            assert!(views.give_back(at, Vec::new()).is_none());
            assert_eq!(views.read(input, 1).unwrap().unwrap().len(), 1, "given back at its length");
        }
        for (i, step) in plan.steps.iter().enumerate() {
            if let Step::Collective(c) = step {
                if views.take(i).is_none() {
                    assert!(c.payload.iter().all(|e| views.view(e.input).is_none()), "no partial views");
                    assert_eq!(views.give_back(i, vec![1.0]), Some(vec![1.0]), "not ours: back to the caller");
                }
            }
        }
    }

    #[test]
    fn launches_that_do_not_run_the_cpu_op_table_write_their_own_buffers() {
        let plan = training_plan();
        let mut views = BucketViews::new(&plan, |_| false);
        for (at, c) in f32_buckets(&plan) {
            assert!(views.take(at).is_none());
            assert!(c.payload.iter().all(|e| views.view(e.input).is_none()));
        }
    }
}
