//! ONNX node attributes to [`Attr`] values: INT, FLOAT, INTS, FLOATS, STRING and STRINGS.

use super::proto::{attribute_type as ty, AttributeProto};
use crate::Attr;

/// The attribute as an [`Attr`]; TENSOR, GRAPH and other kinds are errors (Constant's tensor is
/// read by the caller). The error names the attribute and says what was expected.
pub(crate) fn convert(a: &AttributeProto) -> Result<Attr, String> {
    Ok(match a.r#type {
        ty::INT => Attr::Int(a.i),
        ty::FLOAT => Attr::Float(float(a.f)),
        ty::INTS => Attr::Ints(a.ints.clone()),
        ty::FLOATS => Attr::Floats(a.floats.iter().copied().map(float).collect()),
        ty::STRING => Attr::Str(text(&a.name, &a.s)?),
        ty::STRINGS => Attr::Strs(a.strings.iter().map(|s| text(&a.name, s)).collect::<Result<_, _>>()?),
        other => {
            return Err(format!(
                "attribute {:?} has type {} ({other}); expected INT, FLOAT, INTS, FLOATS, STRING or STRINGS",
                a.name,
                type_name(other)
            ))
        }
    })
}

/// An ONNX float attribute as the decimal number it was written from: the shortest decimal that
/// reads back as the same `f32` (PyTorch's `eps=1e-5` is stored as the `f32` nearest 1e-5, and
/// reads back as `1e-5`, not `9.99999974737875e-6`).
fn float(f: f32) -> f64 {
    f.to_string().parse::<f64>().unwrap_or(f as f64)
}

fn text(name: &str, bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec())
        .map_err(|_| format!("attribute {name:?} is not valid UTF-8; expected a text string"))
}

/// The ONNX name of an attribute type, for messages.
pub(crate) fn type_name(t: i32) -> &'static str {
    match t {
        ty::FLOAT => "FLOAT",
        ty::INT => "INT",
        ty::STRING => "STRING",
        ty::TENSOR => "TENSOR",
        ty::GRAPH => "GRAPH",
        ty::FLOATS => "FLOATS",
        ty::INTS => "INTS",
        ty::STRINGS => "STRINGS",
        0 => "UNDEFINED",
        _ => "unsupported",
    }
}
