//! A replica's trained state: its own inputs (training batches) and initializers, parameters
//! gathered into one buffer per bucket (its own, or the one the in-process replicas share), and the
//! optimizer's access to them with their gradients.

use std::sync::Arc;

use super::{Arena, ReplicaExecutor};
use crate::plan::ValueId;
use crate::shared_arena::SharedArena;

impl ReplicaExecutor<'_> {
    /// This replica's own data for graph input `index`, replacing its shard from now on; the caller
    /// fills it with as many elements as the input's shape on this replica holds.
    pub fn own_input(&mut self, index: usize) -> &mut Vec<f32> {
        self.own_inputs[index].get_or_insert_with(Vec::new)
    }

    /// This replica's own copy of f32 initializer `index` (made from the shared value on first use),
    /// which every later step reads instead of the shared value (a gathered initializer lives in
    /// its buffer instead: see [`Self::gather_initializers`]).
    pub fn own_initializer(&mut self, index: usize) -> &mut Vec<f32> {
        let shared = self.shared.initializers.get(index).and_then(Option::as_deref).unwrap_or_default();
        self.own_initializers[index].get_or_insert_with(|| shared.to_vec())
    }

    /// Moves f32 initializers `indices` into one buffer, one after the other in that order, with
    /// their current values on this replica; every later step reads them there. The buffer's index.
    pub fn gather_initializers(&mut self, indices: &[usize]) -> usize {
        let arena = self.arenas.len();
        let mut values = Vec::new();
        for &index in indices {
            let own = self.own_initializers.get_mut(index).and_then(Option::take);
            let shared = || self.shared.initializers.get(index).and_then(Option::as_deref).unwrap_or_default().to_vec();
            let v = own.unwrap_or_else(shared);
            if let Some(place) = self.gathered.get_mut(index) {
                *place = Some((arena, values.len(), v.len()));
            }
            values.extend(v);
        }
        self.arenas.push(Arena::Own(values));
        arena
    }

    /// Reads f32 initializers `indices` from now on from `arena`, which the in-process replicas
    /// share, laid out one after the other in that order (`lens` elements each) from its start.
    /// Fails when they do not fill the arena exactly.
    pub fn share_initializers(
        &mut self,
        indices: &[usize],
        lens: &[usize],
        arena: Arc<SharedArena>,
    ) -> Result<(), String> {
        if indices.len() != lens.len() || lens.iter().sum::<usize>() != arena.len() {
            return Err(format!(
                "{} initializers of {} values in all do not fill a shared buffer of {}",
                indices.len(),
                lens.iter().sum::<usize>(),
                arena.len()
            ));
        }
        let index_of_arena = self.arenas.len();
        let mut offset = 0;
        for (&index, &len) in indices.iter().zip(lens) {
            if let Some(own) = self.own_initializers.get_mut(index) {
                *own = None;
            }
            if let Some(place) = self.gathered.get_mut(index) {
                *place = Some((index_of_arena, offset, len));
            }
            offset += len;
        }
        self.arenas.push(Arena::Shared(arena));
        Ok(())
    }

    /// Calls `update` with the gathered initializers of buffer `arena` and the summed payload that
    /// the collective at plan step `plan_step` (kept by [`Self::keep_reduced`]) left after the
    /// last step.
    pub fn update_gathered<R>(
        &mut self,
        arena: usize,
        plan_step: usize,
        update: impl FnOnce(&mut [f32], &[f32]) -> R,
    ) -> Result<R, String> {
        let sums = (self.reduced.get(plan_step).and_then(Option::as_deref))
            .ok_or_else(|| format!("plan step {plan_step} keeps no summed payload"))?;
        let values = match self.arenas.get_mut(arena) {
            Some(Arena::Own(values)) => values,
            _ => return Err(format!("no own gathered buffer {arena}")),
        };
        if sums.len() != values.len() {
            return Err(format!("{} summed values for {} gathered ones", sums.len(), values.len()));
        }
        Ok(update(values, sums))
    }

    /// Calls `update` with the gathered initializers of buffer `arena` and the current values of
    /// the f32 tensors `values` (their gradients) copied one after the other.
    pub fn update_gathered_from<R>(
        &mut self,
        arena: usize,
        values: &[ValueId],
        update: impl FnOnce(&mut [f32], &[f32]) -> R,
    ) -> Result<R, String> {
        let mut staging = std::mem::take(&mut self.staging);
        staging.clear();
        for &v in values {
            match self.value_f32(v) {
                Ok(s) => staging.extend_from_slice(s),
                Err(e) => {
                    self.staging = staging;
                    return Err(e);
                }
            }
        }
        let result = match self.arenas.get_mut(arena) {
            Some(Arena::Own(target)) if target.len() == staging.len() => Ok(update(target, &staging)),
            Some(Arena::Own(target)) => {
                Err(format!("{} gradients for {} gathered values", staging.len(), target.len()))
            }
            _ => Err(format!("no own gathered buffer {arena}")),
        };
        self.staging = staging;
        result
    }

    /// The current value of f32 initializer `index` on this replica (empty for other dtypes).
    pub fn initializer(&self, index: usize) -> &[f32] {
        if let Some((arena, offset, len)) = self.gathered.get(index).copied().flatten() {
            return &self.arenas[arena].values()[offset..offset + len];
        }
        (self.own_initializers.get(index).and_then(Option::as_deref))
            .or_else(|| self.shared.initializers.get(index).and_then(Option::as_deref))
            .unwrap_or_default()
    }

    /// Calls `update` with this replica's own copy of initializer `index` and the current value of
    /// tensor `from` (a gradient, an updated running statistic), and returns what it returns.
    pub fn update_initializer<R>(
        &mut self,
        index: usize,
        from: ValueId,
        update: impl FnOnce(&mut [f32], &[f32]) -> R,
    ) -> Result<R, String> {
        let mut own = std::mem::take(self.own_initializer(index));
        let result = self.value_f32(from).map(|source| update(&mut own, source));
        self.own_initializers[index] = Some(own);
        result
    }
}
