//! Memory planning: assigns intermediate tensors to buffers, reusing a buffer once its tenant is dead.

use serde::Serialize;
use syncbn_ir::DType;

use crate::size::SizeExpr;

/// A tensor that needs storage: defined by one step, last read by another.
#[derive(Clone, Debug)]
pub struct Lifetime {
    /// Element type.
    pub dtype: DType,
    /// Element count.
    pub elements: SizeExpr,
    /// The step that writes it.
    pub def_step: usize,
    /// The last step that reads it (a graph output lives to the end: `usize::MAX`).
    pub last_use: usize,
}

/// One planned buffer: sized for the largest tensor it ever holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Buffer {
    /// Element type.
    pub dtype: DType,
    /// Element count (symbolic in the batch dimension).
    pub elements: SizeExpr,
    /// The tensors it holds over the step, in order.
    pub tenants: Vec<Tenant>,
}

/// One tensor held by a buffer, and when.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tenant {
    /// The tensor (the planner's input index; the plan's value id in a plan).
    pub value: usize,
    /// The step that writes it.
    pub first_step: usize,
    /// The last step that reads it; `None` for a graph output, live to the end.
    pub last_step: Option<usize>,
}

/// Assigns every tensor a buffer. Tensors whose lifetimes overlap never share one; a buffer is
/// reused only for the same dtype and the same symbolic dimensions (so it fits on every replica),
/// growing its fixed factor when needed. Tensors must be given in order of `def_step`.
/// Returns the buffers and, per tensor, its buffer index.
pub fn plan_buffers(lifetimes: &[Lifetime]) -> (Vec<Buffer>, Vec<usize>) {
    let mut buffers: Vec<Buffer> = Vec::new();
    let mut busy_until: Vec<usize> = Vec::new();
    let mut assignment = Vec::with_capacity(lifetimes.len());
    for (index, t) in lifetimes.iter().enumerate() {
        let free = (0..buffers.len()).filter(|&b| {
            busy_until[b] < t.def_step
                && buffers[b].dtype == t.dtype
                && buffers[b].elements.symbols == t.elements.symbols
        });
        // Prefer the smallest buffer that fits; otherwise grow the largest free one.
        let fits = free.clone().filter(|&b| buffers[b].elements.factor >= t.elements.factor);
        let chosen = fits
            .min_by_key(|&b| (buffers[b].elements.factor, b))
            .or_else(|| free.max_by_key(|&b| (buffers[b].elements.factor, usize::MAX - b)));
        let b = match chosen {
            Some(b) => {
                let e = &mut buffers[b].elements;
                e.factor = e.factor.max(t.elements.factor);
                b
            }
            None => {
                buffers.push(Buffer { dtype: t.dtype, elements: t.elements.clone(), tenants: Vec::new() });
                busy_until.push(0);
                buffers.len() - 1
            }
        };
        let last_step = (t.last_use != usize::MAX).then_some(t.last_use);
        buffers[b].tenants.push(Tenant { value: index, first_step: t.def_step, last_step });
        busy_until[b] = t.last_use;
        assignment.push(b);
    }
    (buffers, assignment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncbn_ir::Dim;

    fn batch(factor: u64) -> SizeExpr {
        let mut s = SizeExpr::of_shape(&[Dim::Named("N".into())]).unwrap();
        s.factor = factor;
        s
    }

    fn life(dtype: DType, elements: SizeExpr, def_step: usize, last_use: usize) -> Lifetime {
        Lifetime { dtype, elements, def_step, last_use }
    }

    #[test]
    fn dead_buffers_are_reused_and_live_ones_never_shared() {
        // A chain a -> b -> c -> d: each tensor dies at the next step.
        let ts = vec![
            life(DType::F32, batch(10), 0, 1),
            life(DType::F32, batch(10), 1, 2),
            life(DType::F32, batch(12), 2, 3),
            life(DType::F32, batch(10), 3, usize::MAX),
        ];
        let (buffers, asg) = plan_buffers(&ts);
        assert_eq!(buffers.len(), 2, "{buffers:?}");
        assert_eq!(asg, vec![0, 1, 0, 1]);
        assert_eq!(buffers[0].elements.factor, 12, "grown to the largest tenant");
        check_no_overlap(&ts, &asg);
    }

    #[test]
    fn dtype_and_symbols_must_match_for_reuse() {
        let ts = vec![
            life(DType::F64, SizeExpr::fixed(24), 0, 0),
            life(DType::F32, SizeExpr::fixed(24), 1, 1),
            life(DType::F32, batch(24), 2, 2),
            life(DType::F32, SizeExpr::fixed(8), 3, 3),
        ];
        let (buffers, asg) = plan_buffers(&ts);
        assert_eq!(asg, vec![0, 1, 2, 1]);
        assert_eq!(buffers.len(), 3);
    }

    #[test]
    fn overlapping_lifetimes_get_distinct_buffers() {
        let ts: Vec<Lifetime> =
            (0..6).map(|i| life(DType::F32, batch(4), i, if i % 2 == 0 { i + 3 } else { i + 1 })).collect();
        let (_, asg) = plan_buffers(&ts);
        check_no_overlap(&ts, &asg);
    }

    fn check_no_overlap(ts: &[Lifetime], asg: &[usize]) {
        for i in 0..ts.len() {
            for j in i + 1..ts.len() {
                let overlap = ts[j].def_step <= ts[i].last_use && ts[i].def_step <= ts[j].last_use;
                assert!(!(overlap && asg[i] == asg[j]), "tensors {i} and {j} share a buffer while both live");
            }
        }
    }
}
