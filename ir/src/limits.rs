//! Size limits that bound what a model may ask for, checked before anything is allocated.

/// Bounds on model and tensor sizes. The defaults are generous for real CNNs (a ResNet-152 fits with
/// room to spare) and small enough that a hostile model cannot exhaust memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest tensor rank.
    pub max_rank: usize,
    /// Most elements in one tensor (its fixed dimensions multiplied).
    pub max_tensor_elements: u64,
    /// Most initializer elements in the whole model.
    pub max_total_elements: u64,
    /// Largest model (JSON) file, in bytes; an `.onnx` file decodes within 4 times this plus 16 MiB.
    pub max_model_bytes: u64,
    /// Largest `.onnx` file, in bytes (its weights are usually inside it).
    pub max_onnx_bytes: u64,
    /// Largest initializer data file (`.npy`, `.safetensors`), in bytes.
    pub max_initializer_file_bytes: u64,
    /// Most nodes in a graph.
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_rank: 8,
            max_tensor_elements: 1 << 31,
            max_total_elements: 1 << 32,
            max_model_bytes: crate::json::DEFAULT_MAX_MODEL_BYTES,
            max_onnx_bytes: crate::onnx::DEFAULT_MAX_ONNX_BYTES,
            max_initializer_file_bytes: 8 << 30,
            max_nodes: 1 << 20,
        }
    }
}

impl Limits {
    /// The product of `dims`, or `None` when it overflows `u64`.
    pub fn element_count(dims: impl IntoIterator<Item = u64>) -> Option<u64> {
        dims.into_iter().try_fold(1u64, u64::checked_mul)
    }

    /// Checks a tensor's rank and fixed element count; the error says which limit and by how much.
    pub fn check_tensor(&self, rank: usize, fixed_dims: impl IntoIterator<Item = u64>) -> Result<u64, String> {
        if rank > self.max_rank {
            return Err(format!("rank {rank} is over the limit of {}", self.max_rank));
        }
        match Self::element_count(fixed_dims) {
            Some(n) if n <= self.max_tensor_elements => Ok(n),
            Some(n) => Err(format!("{n} elements is over the limit of {} per tensor", self.max_tensor_elements)),
            None => Err(format!(
                "the element count overflows 64 bits; the limit is {} per tensor",
                self.max_tensor_elements
            )),
        }
    }
}
