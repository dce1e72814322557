//! `--profile` on the GPU path: timing marks on every GPU's stream before and after each plan step
//! of a run step (CUDA events on real GPUs, the host clock under the emulator, which runs the GPUs
//! one after the other), turned into the slices CPU replicas record (a step, then a launch or
//! collective per plan step, with the bytes it read and wrote), one track per replica. A
//! collective's waiting happens inside the GPU and is part of its slice.

use std::time::{Duration, Instant};

use crate::profile::{Part, Profile, Recorder};

/// The recorders of one run's GPUs.
pub(crate) struct GpuProfile {
    recorders: Vec<Recorder>,
}

impl GpuProfile {
    /// Recorders for `replicas` replicas timed from `epoch`.
    pub(crate) fn new(epoch: Instant, replicas: usize) -> Self {
        GpuProfile { recorders: (0..replicas).map(|_| Recorder::new(epoch)).collect() }
    }

    /// Records run step `run_step` of replica `replica`, begun at `start` on the host: `marks` are
    /// its stream's marks (ms after the first), taken before and after each plan step, `bytes` the
    /// bytes read and written by each plan step.
    pub(crate) fn record(
        &mut self,
        replica: usize,
        run_step: usize,
        start: Instant,
        marks: &[f64],
        bytes: &[(u64, u64)],
    ) -> Result<(), String> {
        let recorder = self.recorders.get_mut(replica).ok_or_else(|| format!("no track for replica {replica}"))?;
        if marks.len() != 2 * bytes.len() {
            return Err(format!("{} timing marks for {} plan steps", marks.len(), bytes.len()));
        }
        recorder.set_step(run_step);
        let at = |ms: f64| start + Duration::from_secs_f64(ms.max(0.0) / 1e3);
        for (plan_step, (pair, &b)) in marks.chunks(2).zip(bytes).enumerate() {
            recorder.record_until(Part::Node { plan_step }, at(pair[0]), at(pair[1]), b);
        }
        recorder.record_until(Part::Step, start, at(marks.last().copied().unwrap_or(0.0)), (0, 0));
        Ok(())
    }

    /// The slices of every replica.
    pub(crate) fn finish(self) -> Profile {
        Profile { replicas: self.recorders.into_iter().map(Recorder::into_slices).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_a_slice_per_plan_step_inside_the_step() {
        let epoch = Instant::now();
        let start = epoch + Duration::from_millis(10);
        let mut profile = GpuProfile::new(epoch, 2);
        profile.record(1, 3, start, &[0.0, 1.5, 1.5, 4.0], &[(8, 4), (16, 16)]).unwrap();
        let p = profile.finish();
        assert!(p.replicas[0].is_empty());
        let slices = &p.replicas[1];
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let nodes: Vec<(Part, f64, f64, u64)> =
            slices.iter().map(|s| (s.part, ms(s.start), ms(s.duration), s.bytes_read)).collect();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        assert_eq!(nodes.len(), 3);
        assert!(nodes[0].0 == Part::Node { plan_step: 0 } && close(nodes[0].1, 10.0) && close(nodes[0].2, 1.5));
        assert!(nodes[1].0 == Part::Node { plan_step: 1 } && close(nodes[1].1, 11.5) && close(nodes[1].2, 2.5));
        assert_eq!((nodes[0].3, nodes[1].3), (8, 16));
        assert!(nodes[2].0 == Part::Step && close(nodes[2].1, 10.0) && close(nodes[2].2, 4.0));
        assert!(slices.iter().all(|s| s.run_step == 3));
    }

    #[test]
    fn a_mark_missing_is_an_error_not_a_shifted_trace() {
        let mut profile = GpuProfile::new(Instant::now(), 1);
        let err = profile.record(0, 0, Instant::now(), &[0.0, 1.0, 2.0], &[(0, 0), (0, 0)]).unwrap_err();
        assert!(err.contains("3 timing marks for 2 plan steps"), "{err}");
        assert!(profile.record(4, 0, Instant::now(), &[], &[]).is_err(), "no track for replica 4");
    }
}
