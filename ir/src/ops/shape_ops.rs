//! The attributes of the shape ops that [`crate::fold`] evaluates at load (Constant,
//! ConstantOfShape, Gather, Cast, Shape, Squeeze, Unsqueeze, Split): they never reach validation or a
//! lowered graph, so they have no schema, but their names and defaults are written here, once, like
//! every other op's.

use super::attrs::{Attrs, IntAttr, IntsAttr, Rule};
use crate::{Attr, DType};

/// Gather's `axis`.
pub const GATHER_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: 0 };
/// Cast's `to`: the ONNX element type code (1 is f32).
pub const CAST_TO: IntAttr = IntAttr { name: "to", rule: Rule::Any, default: 1 };
/// Shape's `start` (opset 15): the first axis kept.
pub const SHAPE_START: IntAttr = IntAttr { name: "start", rule: Rule::Any, default: 0 };
/// Shape's `end` (opset 15): one past the last axis kept; absent, every axis (the default clamps to
/// the rank).
pub const SHAPE_END: IntAttr = IntAttr { name: "end", rule: Rule::Any, default: i64::MAX };
/// Split's `axis`.
pub const SPLIT_AXIS: IntAttr = IntAttr { name: "axis", rule: Rule::Any, default: 0 };
/// Split's `split`: the sizes of the parts (absent: equal parts).
pub const SPLIT: IntsAttr = IntsAttr { name: "split", rule: Rule::AllAtLeast(0) };
/// Squeeze's and Unsqueeze's `axes` (an input from opset 13).
pub const SQUEEZE_AXES: IntsAttr = IntsAttr { name: "axes", rule: Rule::Any };

/// Constant's value in the attribute form (ONNX's `value_int`, `value_ints`, `value_float`,
/// `value_floats`; the `value` tensor form is an initializer already): exactly one of the four.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstantValue {
    /// `value_int`: an i64 scalar.
    Int(i64),
    /// `value_ints`: an i64 list.
    Ints(Vec<i64>),
    /// `value_float`: an f32 scalar.
    Float(f64),
    /// `value_floats`: an f32 list.
    Floats(Vec<f64>),
}

impl ConstantValue {
    /// The value of a Constant's attributes; an error unless they are exactly one of the four, holding
    /// numbers of its kind.
    pub fn read(attrs: &Attrs) -> Result<ConstantValue, String> {
        let value = match attrs.iter().collect::<Vec<_>>().as_slice() {
            [(name, value)] => match (name.as_str(), value) {
                ("value_int", Attr::Int(i)) => Some(ConstantValue::Int(*i)),
                ("value_ints", Attr::Ints(v)) => Some(ConstantValue::Ints(v.clone())),
                ("value_float", a) => a.as_f64().map(ConstantValue::Float),
                ("value_floats", a) => a.as_floats().map(ConstantValue::Floats),
                _ => None,
            },
            _ => None,
        };
        value.ok_or_else(|| "Constant needs one attribute value_int, value_ints, value_float or value_floats".into())
    }

    /// The element type: i64 or f32.
    pub fn dtype(&self) -> DType {
        match self {
            ConstantValue::Int(_) | ConstantValue::Ints(_) => DType::I64,
            ConstantValue::Float(_) | ConstantValue::Floats(_) => DType::F32,
        }
    }

    /// The shape: `[]` for a scalar, `[len]` for a list.
    pub fn shape(&self) -> Vec<usize> {
        match self {
            ConstantValue::Int(_) | ConstantValue::Float(_) => vec![],
            ConstantValue::Ints(v) => vec![v.len()],
            ConstantValue::Floats(v) => vec![v.len()],
        }
    }

    /// The numbers, as `f64` (what an initializer's `data` holds).
    pub fn to_f64(&self) -> Vec<f64> {
        match self {
            ConstantValue::Int(i) => vec![*i as f64],
            ConstantValue::Ints(v) => v.iter().map(|&i| i as f64).collect(),
            ConstantValue::Float(f) => vec![*f],
            ConstantValue::Floats(v) => v.clone(),
        }
    }
}

/// ConstantOfShape's `value`: the number every element of the output takes. The model format holds
/// ONNX's one-element tensor as a one-entry list: floats give f32, integers (and booleans) i64;
/// absent, f32 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FillValue {
    /// An f32 fill.
    Float(f64),
    /// An i64 fill.
    Int(i64),
}

impl FillValue {
    /// The attribute's name.
    pub const NAME: &'static str = "value";

    /// The fill of a ConstantOfShape's attributes; an error when `value` holds other than one number.
    pub fn read(attrs: &Attrs) -> Result<FillValue, String> {
        match attrs.get(FillValue::NAME) {
            Some(Attr::Ints(v)) if v.len() == 1 => Ok(FillValue::Int(v[0])),
            Some(Attr::Floats(v)) if v.len() == 1 => Ok(FillValue::Float(v[0])),
            None => Ok(FillValue::Float(0.0)),
            Some(_) => Err(format!("attribute {:?} must hold exactly one number", FillValue::NAME)),
        }
    }

    /// The attribute entry holding it.
    pub fn entry(self) -> (String, Attr) {
        let value = match self {
            FillValue::Float(v) => Attr::Floats(vec![v]),
            FillValue::Int(v) => Attr::Ints(vec![v]),
        };
        (FillValue::NAME.to_string(), value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(list: &[(&str, Attr)]) -> Attrs {
        list.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    #[test]
    fn constant_values_are_read_by_name_with_their_type_and_shape() {
        let int = ConstantValue::read(&attrs(&[("value_int", Attr::Int(-3))])).unwrap();
        assert_eq!((int.dtype(), int.shape(), int.to_f64()), (DType::I64, vec![], vec![-3.0]));
        let ints = ConstantValue::read(&attrs(&[("value_ints", Attr::Ints(vec![2, 5]))])).unwrap();
        assert_eq!((ints.dtype(), ints.shape()), (DType::I64, vec![2]));
        let float = ConstantValue::read(&attrs(&[("value_float", Attr::Int(2))])).unwrap();
        assert_eq!(float, ConstantValue::Float(2.0), "a JSON integer is a float value");
        let floats = ConstantValue::read(&attrs(&[("value_floats", Attr::Floats(vec![0.5, 1.5, 2.5]))])).unwrap();
        assert_eq!((floats.dtype(), floats.shape()), (DType::F32, vec![3]));
    }

    #[test]
    fn constants_need_exactly_one_value_attribute_of_its_kind() {
        for bad in [
            attrs(&[]),
            attrs(&[("value_int", Attr::Float(1.5))]),
            attrs(&[("value", Attr::Int(1))]),
            attrs(&[("value_int", Attr::Int(1)), ("zzz", Attr::Int(2))]),
            attrs(&[("other", Attr::Int(2)), ("value_int", Attr::Int(1))]),
        ] {
            assert!(ConstantValue::read(&bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn fill_values_round_trip_and_default_to_f32_zero() {
        for fill in [FillValue::Float(0.25), FillValue::Int(-7)] {
            assert_eq!(FillValue::read(&Attrs::from([fill.entry()])), Ok(fill));
        }
        assert_eq!(FillValue::read(&attrs(&[])), Ok(FillValue::Float(0.0)));
        assert!(FillValue::read(&attrs(&[("value", Attr::Floats(vec![1.0, 2.0]))])).is_err());
    }
}
