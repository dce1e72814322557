//! The optimizer's parameter buckets, each updated by one `SgdUpdate` call over its parameters,
//! gradients and momentum buffers laid out one after the other: a bucket per collective that sums
//! only parameter gradients (laid out as its payload, the summed payload itself serving as the
//! bucket's gradients), and one more for the other parameters (BatchNorm scales and biases, whose
//! gradients come from the synchronized statistics), their gradients gathered.

use crate::plan::{ExecutionPlan, Step, ValueId};
use crate::size::{Bindings, SizeExpr};
use crate::RunError;

/// Where a bucket's summed gradients lie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sums {
    /// In the payload of the collective at this plan step, as it sums them.
    Collective(usize),
    /// In the parameters' gradient tensors, gathered for the update.
    Gathered,
}

/// A parameter bucket.
pub(super) struct Bucket {
    /// Where its summed gradients lie.
    pub sums: Sums,
    /// Its parameters, one after the other.
    pub parts: Vec<Part>,
    /// Elements in all.
    pub len: usize,
}

/// One parameter of a bucket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Part {
    /// Its position among the trained parameters.
    pub param: usize,
    /// Its first element in the bucket.
    pub offset: usize,
    /// Its elements.
    pub len: usize,
}

/// The buckets of a training plan and where each parameter lies in them.
pub(super) struct Layout {
    /// The buckets.
    pub buckets: Vec<Bucket>,
    /// Per parameter, its bucket and its part there.
    pub places: Vec<(usize, usize)>,
}

/// The buckets of `plan` for the parameters whose gradients are `grads` (in parameter order).
pub(super) fn buckets(plan: &ExecutionPlan, grads: &[ValueId]) -> Result<Layout, RunError> {
    let mut buckets: Vec<Bucket> = Vec::new();
    for (plan_step, step) in plan.steps.iter().enumerate() {
        let Step::Collective(c) = step else { continue };
        let parts: Option<Vec<Part>> = (c.payload.iter())
            .map(|e| {
                let param = grads.iter().position(|&g| g == e.output)?;
                Some(Part { param, offset: usize::try_from(e.offset).ok()?, len: usize::try_from(e.len).ok()? })
            })
            .collect();
        let Some(parts) = parts.filter(|p| !p.is_empty()) else { continue };
        let len = parts.iter().try_fold(0usize, |next, p| (p.offset == next).then(|| next + p.len));
        if let Some(len) = len {
            buckets.push(Bucket { sums: Sums::Collective(plan_step), parts, len });
        }
    }
    let mut places = vec![None; grads.len()];
    for (bucket, b) in buckets.iter().enumerate() {
        for (part, p) in b.parts.iter().enumerate() {
            places[p.param] = Some((bucket, part));
        }
    }
    let mut rest = Bucket { sums: Sums::Gathered, parts: Vec::new(), len: 0 };
    for (param, place) in places.iter_mut().enumerate().filter(|(_, p)| p.is_none()) {
        let value = &plan.values[grads[param]];
        let len = (SizeExpr::of_shape(&value.ty.shape).and_then(|e| e.eval(&Bindings::new())))
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| RunError::unsupported(&value.name, "a parameter's gradient must have a fixed shape"))?;
        *place = Some((buckets.len(), rest.parts.len()));
        rest.parts.push(Part { param, offset: rest.len, len });
        rest.len += len;
    }
    if !rest.parts.is_empty() {
        buckets.push(rest);
    }
    Ok(Layout { buckets, places: places.into_iter().map(|p| p.unwrap_or_default()).collect() })
}
