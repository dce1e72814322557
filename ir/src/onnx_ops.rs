//! The ONNX op names of the model format, as constants (the lowered ops' names are in
//! [`crate::lowered`], the gradient ops' in [`crate::grad`]); each op's schema is in [`crate::ops`].

/// `BatchNormalization` (opset 15).
pub const BATCH_NORMALIZATION: &str = "BatchNormalization";
/// `Conv`.
pub const CONV: &str = "Conv";
/// `MaxPool`.
pub const MAX_POOL: &str = "MaxPool";
/// `AveragePool`.
pub const AVERAGE_POOL: &str = "AveragePool";
/// `GlobalAveragePool`.
pub const GLOBAL_AVERAGE_POOL: &str = "GlobalAveragePool";
/// `LayerNormalization` (opset 17).
pub const LAYER_NORMALIZATION: &str = "LayerNormalization";
/// `Gemm`.
pub const GEMM: &str = "Gemm";
/// `MatMul`.
pub const MATMUL: &str = "MatMul";
/// `Relu`.
pub const RELU: &str = "Relu";
/// `Sigmoid`.
pub const SIGMOID: &str = "Sigmoid";
/// `Identity`.
pub const IDENTITY: &str = "Identity";
/// `Add`.
pub const ADD: &str = "Add";
/// `Mul`.
pub const MUL: &str = "Mul";
/// `Clip`.
pub const CLIP: &str = "Clip";
/// `Softmax` (opset 13).
pub const SOFTMAX: &str = "Softmax";
/// LogSoftmax along one axis (opset 13: default -1).
pub const LOG_SOFTMAX: &str = "LogSoftmax";
/// `Flatten`.
pub const FLATTEN: &str = "Flatten";
/// `Reshape`.
pub const RESHAPE: &str = "Reshape";
/// `Concat`.
pub const CONCAT: &str = "Concat";
/// `Resize` (opset 11+).
pub const RESIZE: &str = "Resize";
/// `ConvTranspose`.
pub const CONV_TRANSPOSE: &str = "ConvTranspose";
/// `Sub`.
pub const SUB: &str = "Sub";
/// `Div`.
pub const DIV: &str = "Div";
/// `Pow`.
pub const POW: &str = "Pow";
/// `Dropout` (opset 12+: ratio and training_mode as inputs or attributes).
pub const DROPOUT: &str = "Dropout";
/// `Transpose`.
pub const TRANSPOSE: &str = "Transpose";
/// `Slice`.
pub const SLICE: &str = "Slice";
/// `Pad`.
pub const PAD: &str = "Pad";
/// `ReduceSum`.
pub const REDUCE_SUM: &str = "ReduceSum";
/// `ReduceMean`.
pub const REDUCE_MEAN: &str = "ReduceMean";
