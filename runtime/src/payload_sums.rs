//! Sums of the in-process replicas' bucket payloads without a collective: where every replica writes
//! a bucket's parameter gradients in place into its payload buffer
//! (`ReplicaExecutor::defer_in_place`), the bucket's collective is left out and, after the step, each
//! replica's thread sums its slice of the bucket over every replica's payload, in replica order, a
//! chunk at a time (the bits of the collective's sum). The training optimizer updates each chunk at
//! once (`train::shared`); `--run` stores it in one shared copy of the sums (`summed_outputs`).
//!
//! The rules: a replica writes its payload only while it runs a step; the slices are summed after
//! every replica has finished its step and before any starts the next (between two barriers), when
//! nobody writes payloads; a replica's payloads live as long as its executor, so every replica waits
//! for the others to leave ([`Departures::leave`]) before it drops its executor.

use std::ops::Range;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Values summed at a time (64 KiB: the sum stays in cache).
const CHUNK: usize = 1 << 14;

/// Every replica's payload of one bucket, and the ranges that replica 0's holds already summed.
pub(crate) struct PayloadSums {
    /// Per replica, the address and length of its payload ([`Self::register`]).
    payloads: Mutex<Vec<Option<(usize, usize)>>>,
    /// Ranges of the bucket that replica 0's payload holds summed over the replicas (weight
    /// gradients a team computed, [`Self::summed_in_first`]), in order.
    summed_in_first: Mutex<Vec<Range<usize>>>,
}

impl PayloadSums {
    /// The sums of a bucket of `replicas` replicas, none registered yet.
    pub(crate) fn new(replicas: usize) -> Self {
        PayloadSums { payloads: Mutex::new(vec![None; replicas]), summed_in_first: Mutex::default() }
    }

    /// Registers replica `r`'s payload, `len` values at `address`, written in place while `r` runs
    /// a step and left alone otherwise, alive until `r` leaves ([`Departures::leave`]).
    pub(crate) fn register(&self, r: usize, (address, len): (*const f32, usize)) {
        if let Some(slot) = lock(&self.payloads).get_mut(r) {
            *slot = Some((address as usize, len));
        }
    }

    /// Registers `ranges` of the bucket as summed over the replicas in replica 0's payload (a team's
    /// weight gradients, `ReplicaExecutor::join_team`); every replica registers the same.
    pub(crate) fn summed_in_first(&self, mut ranges: Vec<Range<usize>>) {
        ranges.sort_by_key(|r| r.start);
        *lock(&self.summed_in_first) = ranges;
    }

    /// Whether every replica has registered its payload.
    pub(crate) fn complete(&self) -> bool {
        lock(&self.payloads).iter().all(Option::is_some)
    }

    /// Sums `own` (a slice of the bucket's `len` values) over every replica's payload in replica
    /// order, a chunk at a time, and hands `take` each chunk's range (relative to `own`) and sum.
    ///
    /// # Safety
    /// Only between the barriers that follow a step (nobody writes payloads then), while every
    /// registered payload's executor lives.
    pub(crate) unsafe fn sum_slice(
        &self,
        len: usize,
        own: Range<usize>,
        mut take: impl FnMut(Range<usize>, &[f32]) -> Result<(), String>,
    ) -> Result<(), String> {
        let registered = lock(&self.payloads).clone();
        let replicas = registered.len();
        let payloads: Vec<(usize, usize)> = registered.into_iter().flatten().collect();
        if payloads.len() != replicas || payloads.iter().any(|&(_, l)| l != len) || own.end > len {
            return Err(format!("a bucket of {len} values lacks a payload of that length on some replica"));
        }
        // SAFETY: by the contract each address and length is a live executor's payload buffer,
        // which nobody writes meanwhile.
        let payloads: Vec<&[f32]> =
            payloads.iter().map(|&(a, l)| unsafe { std::slice::from_raw_parts(a as *const f32, l) }).collect();
        let summed_in_first = lock(&self.summed_in_first).clone();
        let mut sum = vec![0.0f32; CHUNK.min(own.len())];
        for start in own.clone().step_by(CHUNK) {
            let chunk = start..(start + CHUNK).min(own.end);
            let sum = &mut sum[..chunk.len()];
            sum.copy_from_slice(&payloads[0][chunk.clone()]);
            for part in uncovered(chunk.clone(), &summed_in_first) {
                let to = part.start - chunk.start..part.end - chunk.start;
                for p in &payloads[1..] {
                    sum[to.clone()].iter_mut().zip(&p[part.clone()]).for_each(|(s, v)| *s += v);
                }
            }
            take(chunk.start - own.start..chunk.end - own.start, sum)?;
        }
        Ok(())
    }
}

/// How many replicas have left a run whose payloads they share.
pub(crate) struct Departures {
    left: Mutex<usize>,
    all_left: Condvar,
    replicas: usize,
}

impl Departures {
    /// No replica of `replicas` has left yet.
    pub(crate) fn new(replicas: usize) -> Self {
        Departures { left: Mutex::new(0), all_left: Condvar::new(), replicas }
    }

    /// A replica leaves: waits (at most `timeout`) until every replica has, so that no sum still
    /// reads its payloads when it drops them. False when the wait timed out.
    pub(crate) fn leave(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut left = lock(&self.left);
        *left += 1;
        self.all_left.notify_all();
        while *left < self.replicas {
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            left =
                self.all_left.wait_timeout(left, deadline - now).map(|(g, _)| g).unwrap_or_else(|p| p.into_inner().0);
        }
        true
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The parts of `range` outside `covered` (sorted by start, not overlapping), in order.
fn uncovered(range: Range<usize>, covered: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut at = range.start;
    for c in covered.iter().filter(|c| c.end > range.start && c.start < range.end) {
        if c.start > at {
            parts.push(at..c.start);
        }
        at = at.max(c.end);
    }
    if at < range.end {
        parts.push(at..range.end);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uncovered_parts_are_what_the_ranges_leave_of_a_chunk() {
        assert_eq!(uncovered(0..10, &[]), vec![0..10]);
        assert_eq!(uncovered(0..10, &[2..4, 6..8]), vec![0..2, 4..6, 8..10]);
        assert_eq!(uncovered(5..10, &[0..6, 9..20]), vec![6..9]);
        assert_eq!(uncovered(5..10, &[0..3, 3..20]), Vec::<Range<usize>>::new());
        assert_eq!(uncovered(5..10, &[0..5, 10..12]), vec![5..10]);
    }

    /// Three payloads of 40,000 values (more than two chunks), summed in replica order, except the
    /// ranges replica 0 holds summed already (registered out of order); in slices or whole, the same
    /// bits.
    #[test]
    fn slices_are_replica_order_sums_chunk_by_chunk() {
        let len = 40_000;
        let payloads: Vec<Vec<f32>> =
            (0..3).map(|r| (0..len).map(|i| ((i * 7 + r * 13) % 101) as f32 * 0.37 - 11.0).collect()).collect();
        let sums = PayloadSums::new(3);
        assert!(!sums.complete());
        for (r, p) in payloads.iter().enumerate() {
            sums.register(r, (p.as_ptr(), p.len()));
        }
        assert!(sums.complete());
        sums.summed_in_first(vec![30_000..30_500, 100..200]);
        let expected: Vec<f32> = (0..len)
            .map(|i| {
                if (30_000..30_500).contains(&i) || (100..200).contains(&i) {
                    payloads[0][i]
                } else {
                    payloads[0][i] + payloads[1][i] + payloads[2][i]
                }
            })
            .collect();
        for parts in [1, 3, 7] {
            let mut got = vec![f32::NAN; len];
            for k in 0..parts {
                let own = syncbn_ir::shard::part(len, parts, k);
                let take = |at: Range<usize>, sum: &[f32]| {
                    got[own.start + at.start..own.start + at.end].copy_from_slice(sum);
                    Ok(())
                };
                // SAFETY: the payloads live and nobody writes them.
                unsafe { sums.sum_slice(len, own.clone(), take) }.unwrap();
            }
            assert!(got.iter().zip(&expected).all(|(a, b)| a.to_bits() == b.to_bits()), "{parts} slices");
        }
        // SAFETY: as above.
        let short = unsafe { sums.sum_slice(len + 1, 0..1, |_, _| Ok(())) };
        assert!(short.unwrap_err().contains("lacks a payload"));
    }
}
