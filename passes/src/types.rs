//! The tensor types a lowering starts from.

use std::collections::BTreeMap;

use syncbn_ir::Graph;

use crate::analysis::TensorInfo;
use crate::PassError;

/// The known type of every tensor of `graph`.
pub fn tensor_types(graph: &Graph) -> Result<BTreeMap<String, TensorInfo>, PassError> {
    let mut types = BTreeMap::new();
    for input in &graph.inputs {
        types.insert(input.name.clone(), TensorInfo { dtype: input.dtype, shape: input.shape.clone() });
    }
    for init in &graph.initializers {
        types.insert(init.name.clone(), TensorInfo::fixed(init.dtype, &init.shape));
    }
    Ok(types)
}
