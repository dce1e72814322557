//! The in-process replicas of a run (`--run`, `--train`) as one team for weight-bound products
//! (`cpu_ops::weight_bound`): at such a product every replica posts where its operands and its
//! output lie, all meet, each computes its part of the output for every replica, and all meet
//! again before any replica reads its output or reuses its operands' buffers.

use std::ops::Range;
use std::sync::{Arc, Mutex};

use crate::comm::Communicator;

/// The posts of the replicas of one team.
#[derive(Debug)]
pub struct Team {
    posts: Mutex<Vec<Post>>,
}

/// Where one replica's operands and output of a weight-bound product lie (addresses and lengths
/// in f32 values), and its columns.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Post {
    /// Operands the team reads (which ones: the product's).
    reads: [(usize, usize); 3],
    /// Where the team writes this replica's output.
    out: (usize, usize),
    /// The replica's columns (images times positions).
    pub columns: usize,
    /// The replica computes its product alone (too many columns for the team's kernels).
    pub alone: bool,
}

/// A replica's membership of a team, for one product.
#[derive(Clone, Copy)]
pub struct TeamCall<'a> {
    team: &'a Team,
    comm: &'a dyn Communicator,
    replica: usize,
}

impl Team {
    /// A team of `replicas` replicas.
    pub fn new(replicas: usize) -> Team {
        Team { posts: Mutex::new(vec![Post::default(); replicas]) }
    }

    /// The team of a run's `replicas` in-process replicas, to share between their threads; none
    /// for one replica (nobody to share products with).
    pub fn of_run(replicas: usize) -> Option<Arc<Team>> {
        (replicas > 1).then(|| Arc::new(Team::new(replicas)))
    }

    /// Replica `replica`'s membership, meeting the others through `comm`.
    pub fn call<'a>(&'a self, comm: &'a dyn Communicator, replica: usize) -> TeamCall<'a> {
        TeamCall { team: self, comm, replica }
    }
}

impl Post {
    /// A post of `reads` (slices the team reads) and `out` (written by the team).
    pub(crate) fn new(reads: [&[f32]; 3], out: &mut [f32], columns: usize, alone: bool) -> Post {
        let at = |s: &[f32]| (s.as_ptr() as usize, s.len());
        Post { reads: reads.map(at), out: (out.as_mut_ptr() as usize, out.len()), columns, alone }
    }

    /// Operand `i`.
    ///
    /// # Safety
    /// Only between the meetings of [`TeamCall::share`] that handed this post over.
    pub(crate) unsafe fn read(&self, i: usize) -> &[f32] {
        let (address, len) = self.reads[i];
        // SAFETY: by the contract the poster keeps the operand alive and unwritten meanwhile.
        unsafe { std::slice::from_raw_parts(address as *const f32, len) }
    }

    /// Writes `value` at `index` of the output (ignored out of range).
    ///
    /// # Safety
    /// Only between the meetings of [`TeamCall::share`] that handed this post over, at an index
    /// of the caller's part of the output (no other replica reads or writes it meanwhile).
    pub(crate) unsafe fn write(&self, index: usize, value: f32) {
        let (address, len) = self.out;
        if index < len {
            // SAFETY: in bounds of the poster's output, which by the contract is this caller's
            // alone at this index.
            unsafe { *(address as *mut f32).add(index) = value };
        }
    }

    /// The address of operand `i` (posts that share an operand read the same data).
    pub(crate) fn address(&self, i: usize) -> usize {
        self.reads[i].0
    }

    /// The length of the output.
    pub(crate) fn out_len(&self) -> usize {
        self.out.1
    }

    /// The output, for reading.
    ///
    /// # Safety
    /// Only between the meetings of [`TeamCall::share`] that handed this post over, where no
    /// replica writes this output.
    pub(crate) unsafe fn out_read(&self) -> &[f32] {
        let (address, len) = self.out;
        // SAFETY: by the contract the output is alive and unwritten meanwhile.
        unsafe { std::slice::from_raw_parts(address as *const f32, len) }
    }

    /// Part `range` of the output, for writing.
    ///
    /// # Safety
    /// As for [`Self::write`], for every index of `range`.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn out_part(&self, range: Range<usize>) -> &mut [f32] {
        let (address, len) = self.out;
        let range = range.start.min(len)..range.end.min(len);
        // SAFETY: in bounds; by the contract the range is this caller's alone.
        unsafe { std::slice::from_raw_parts_mut((address as *mut f32).add(range.start), range.len()) }
    }
}

impl TeamCall<'_> {
    /// This replica's index in the team.
    pub(crate) fn replica(&self) -> usize {
        self.replica
    }

    /// Posts `post`, meets the team, runs `work` with every replica's post in replica order, and
    /// meets the team again: the posts' operands and outputs are the team's in between. The second
    /// meeting happens even when `work` fails or panics (the error or panic goes on after it), so
    /// that no replica drops a buffer the others still read.
    pub(crate) fn share(&self, post: Post, work: impl FnOnce(&[Post]) -> Result<(), String>) -> Result<(), String> {
        let posts = &self.team.posts;
        if let Some(slot) = posts.lock().unwrap_or_else(|p| p.into_inner()).get_mut(self.replica) {
            *slot = post;
        }
        self.comm.barrier(self.replica).map_err(|e| e.to_string())?;
        let all = posts.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let worked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&all)));
        let met = self.comm.barrier(self.replica).map_err(|e| e.to_string());
        match worked {
            Ok(result) => result.and(met),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comm::LocalComm;
    use std::time::Duration;

    /// Three replicas each write their share (two values) of every replica's output, from that
    /// replica's operand; replica 2 fails in its work: every replica still meets the team twice,
    /// replica 2 reports its error, the others get their outputs with replica 2's share unwritten.
    #[test]
    fn replicas_write_their_share_of_every_output_and_a_failure_still_meets() {
        let (team, comm) = (Team::new(3), LocalComm::new(3, 3, Duration::from_secs(20)));
        let results: Vec<Result<Vec<f32>, String>> = std::thread::scope(|s| {
            let replicas: Vec<_> = (0..3)
                .map(|r| {
                    let (team, comm) = (&team, &comm);
                    s.spawn(move || {
                        let operand = vec![r as f32; 4];
                        let mut out = vec![-1.0f32; 6];
                        let post = Post::new([&operand, &[], &[]], &mut out, 6, false);
                        let shared = team.call(comm, r).share(post, |posts| {
                            if r == 2 {
                                return Err("replica 2 fails".into());
                            }
                            for post in posts {
                                for i in [2 * r, 2 * r + 1] {
                                    // SAFETY: inside the meetings; indices 2r and 2r + 1 are r's.
                                    unsafe { post.write(i, post.read(0)[0] * 10.0 + r as f32) };
                                }
                            }
                            Ok(())
                        });
                        shared.map(|()| out)
                    })
                })
                .collect();
            replicas.into_iter().map(|h| h.join().expect("no panic")).collect()
        });
        assert_eq!(results[0], Ok(vec![0.0, 0.0, 1.0, 1.0, -1.0, -1.0]));
        assert_eq!(results[1], Ok(vec![10.0, 10.0, 11.0, 11.0, -1.0, -1.0]));
        assert_eq!(results[2], Err("replica 2 fails".to_string()));
    }
}
