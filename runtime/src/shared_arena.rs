//! One f32 buffer that the in-process replicas of a training run share (a parameter bucket and its
//! momentum buffer): every replica's kernels read it, and the optimizer's sharded update writes it
//! slice by slice, each replica its own slice, between two barriers of all replicas.
//!
//! The buffer hands out plain slices without a lock, so its users keep to phases that the training
//! loop enforces (`train::cpu`): reads happen only while no replica writes, and the writes of one
//! update phase go to disjoint slices, with a barrier of every replica before and after the phase.

use std::ptr::NonNull;

/// An f32 buffer shared by the replica threads of one process (see the module docs for the rules).
pub struct SharedArena {
    ptr: NonNull<f32>,
    len: usize,
}

// SAFETY: the buffer is plain f32 memory owned by the arena; concurrent access follows the phase
// rules of the module docs, which the callers of the unsafe accessors uphold.
unsafe impl Send for SharedArena {}
// SAFETY: as for `Send`.
unsafe impl Sync for SharedArena {}

impl SharedArena {
    /// An arena holding `values`.
    pub fn new(values: Vec<f32>) -> SharedArena {
        let len = values.len();
        let boxed: Box<[f32]> = values.into_boxed_slice();
        // SAFETY: `Box::into_raw` never returns null.
        let ptr = unsafe { NonNull::new_unchecked(Box::into_raw(boxed).cast::<f32>()) };
        SharedArena { ptr, len }
    }

    /// Its length.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no values.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every value.
    ///
    /// # Safety
    /// No replica may write the arena while the returned slice lives (a read phase).
    pub unsafe fn read(&self) -> &[f32] {
        // SAFETY: the pointer and length describe the owned allocation; no writer, by the contract.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }

    /// The values in `range` for writing, or `None` when `range` is not inside the arena.
    ///
    /// # Safety
    /// While the returned slice lives, nothing else may read or write the arena's values in
    /// `range` (an update phase, in which every replica writes only its own, disjoint slice).
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn write(&self, range: std::ops::Range<usize>) -> Option<&mut [f32]> {
        if range.start > range.end || range.end > self.len {
            return None;
        }
        // SAFETY: in bounds (checked); exclusive for the slice's life, by the contract.
        Some(unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr().add(range.start), range.len()) })
    }
}

impl Drop for SharedArena {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len);
        // SAFETY: the pointer came from `Box::into_raw` of a boxed slice of this length, dropped once.
        drop(unsafe { Box::from_raw(slice) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disjoint_slices_written_by_threads_read_back_whole() {
        let arena = std::sync::Arc::new(SharedArena::new(vec![0.0; 1001]));
        std::thread::scope(|s| {
            for t in 0..3 {
                let arena = &arena;
                s.spawn(move || {
                    let range = syncbn_ir::shard::part(1001, 3, t);
                    // SAFETY: each thread writes only its own part; nobody reads until the join.
                    let slice = unsafe { arena.write(range.clone()) }.unwrap();
                    slice.iter_mut().zip(range).for_each(|(v, i)| *v = i as f32);
                });
            }
        });
        // SAFETY: every writer has been joined.
        let all = unsafe { arena.read() };
        assert!(all.iter().enumerate().all(|(i, &v)| v == i as f32));
        // SAFETY: no reader or writer of that range lives.
        assert!(unsafe { arena.write(1000..1002) }.is_none());
    }
}
