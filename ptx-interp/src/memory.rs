//! Emulated device (global) memory: allocations at deterministic, well-separated addresses, every
//! access checked against its allocation's bounds.

use std::collections::BTreeMap;

use crate::error::{PtxError, Result};

/// The first allocation's address (far from zero, so a null or small pointer faults).
const BASE: u64 = 0x7f00_0000_0000;
/// Allocations start at multiples of this (cudaMalloc guarantees 256).
const ALIGN: u64 = 256;
/// Unmapped bytes between allocations, so that running off an allocation's end faults.
const GUARD: u64 = 1 << 16;
/// The byte newly allocated memory holds (`0xffffffff` is a NaN as `f32`, so a read of memory
/// never written shows up in results).
pub const UNINIT: u8 = 0xff;

/// The emulated GPU's global memory.
#[derive(Debug)]
pub struct DeviceMemory {
    allocations: BTreeMap<u64, Vec<u8>>,
    next: u64,
    capacity: u64,
    used: u64,
}

impl Default for DeviceMemory {
    fn default() -> Self {
        DeviceMemory::new(16 << 30)
    }
}

impl DeviceMemory {
    /// Empty memory holding at most `capacity` bytes.
    pub fn new(capacity: u64) -> Self {
        DeviceMemory { allocations: BTreeMap::new(), next: BASE, capacity, used: 0 }
    }

    /// Allocates `bytes` bytes (uninitialized: every byte [`UNINIT`]) and returns the address.
    pub fn alloc(&mut self, bytes: u64) -> Result<u64> {
        if self.used.saturating_add(bytes) > self.capacity {
            return Err(PtxError::Memory(format!(
                "out of memory: {bytes} bytes requested, {} of {} in use",
                self.used, self.capacity
            )));
        }
        let len = usize::try_from(bytes).map_err(|_| PtxError::Memory(format!("{bytes} bytes do not fit")))?;
        let address = self.next;
        self.allocations.insert(address, vec![UNINIT; len]);
        self.used += bytes;
        self.next = (address + bytes + GUARD).div_ceil(ALIGN) * ALIGN;
        Ok(address)
    }

    /// Frees the allocation at `address`.
    pub fn free(&mut self, address: u64) -> Result<()> {
        match self.allocations.remove(&address) {
            Some(v) => {
                self.used -= v.len() as u64;
                Ok(())
            }
            None => Err(PtxError::Memory(format!("free of {address:#x}, which is not an allocation"))),
        }
    }

    /// Bytes currently allocated.
    pub fn used(&self) -> u64 {
        self.used
    }

    /// The allocation holding `[address, address + len)` and the offset of `address` in it.
    fn locate(&self, address: u64, len: u64) -> Option<(u64, usize)> {
        let (&base, data) = self.allocations.range(..=address).next_back()?;
        let offset = address - base;
        (offset.checked_add(len)? <= data.len() as u64).then_some((base, offset as usize))
    }

    /// The bytes `[address, address + len)`, or `None` when they are not inside one allocation.
    pub fn bytes(&self, address: u64, len: usize) -> Option<&[u8]> {
        let (base, offset) = self.locate(address, len as u64)?;
        self.allocations.get(&base).map(|d| &d[offset..offset + len])
    }

    /// The bytes `[address, address + len)` for writing.
    pub fn bytes_mut(&mut self, address: u64, len: usize) -> Option<&mut [u8]> {
        let (base, offset) = self.locate(address, len as u64)?;
        self.allocations.get_mut(&base).map(|d| &mut d[offset..offset + len])
    }

    fn range_err(what: &str, address: u64, len: usize) -> PtxError {
        PtxError::Memory(format!("{what} of {len} bytes at {address:#x} is outside every allocation"))
    }

    /// Copies `data` to `address` (host to device).
    pub fn write(&mut self, address: u64, data: &[u8]) -> Result<()> {
        let dst = self.bytes_mut(address, data.len()).ok_or_else(|| Self::range_err("write", address, data.len()))?;
        dst.copy_from_slice(data);
        Ok(())
    }

    /// Copies `len` bytes from `address` (device to host).
    pub fn read(&self, address: u64, len: usize) -> Result<Vec<u8>> {
        self.bytes(address, len).map(<[u8]>::to_vec).ok_or_else(|| Self::range_err("read", address, len))
    }

    /// Sets `len` bytes at `address` to `value`.
    pub fn fill(&mut self, address: u64, len: usize, value: u8) -> Result<()> {
        let dst = self.bytes_mut(address, len).ok_or_else(|| Self::range_err("fill", address, len))?;
        dst.fill(value);
        Ok(())
    }

    /// Copies `len` bytes from `src` to `dst` (device to device).
    pub fn copy(&mut self, dst: u64, src: u64, len: usize) -> Result<()> {
        let data = self.read(src, len)?;
        self.write(dst, &data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_are_bounded_and_separated() {
        let mut m = DeviceMemory::new(1 << 20);
        let a = m.alloc(16).unwrap();
        let b = m.alloc(8).unwrap();
        assert!(b >= a + 16 + GUARD && b.is_multiple_of(ALIGN));
        m.write(a, &[1; 16]).unwrap();
        assert_eq!(m.read(a + 8, 8).unwrap(), vec![1; 8]);
        assert_eq!(m.read(b, 8).unwrap(), vec![UNINIT; 8]);
        assert!(m.read(a + 8, 9).is_err());
        assert!(m.write(a - 1, &[0]).is_err());
        assert!(m.alloc(1 << 20).is_err());
        m.free(a).unwrap();
        assert!(m.read(a, 1).is_err());
        assert!(m.free(a).is_err());
    }
}
