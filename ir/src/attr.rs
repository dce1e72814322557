//! Node attributes, as in ONNX: integers, floats, strings and lists of them.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

/// One attribute value. JSON integers read as [`Attr::Int`], other numbers as [`Attr::Float`]; a
/// list of integers as [`Attr::Ints`], a list of numbers with a non-integer as [`Attr::Floats`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Attr {
    /// A single integer.
    Int(i64),
    /// A single float.
    Float(f64),
    /// A string.
    Str(String),
    /// A list of integers (an empty list reads as this).
    Ints(Vec<i64>),
    /// A list of floats.
    Floats(Vec<f64>),
    /// A list of strings.
    Strs(Vec<String>),
}

impl Attr {
    /// The value as a float, for integer or float attributes.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Attr::Int(i) => Some(*i as f64),
            Attr::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The value as an integer, for integer attributes.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Attr::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// The value as a list of integers.
    pub fn as_ints(&self) -> Option<&[i64]> {
        match self {
            Attr::Ints(v) => Some(v),
            _ => None,
        }
    }

    /// The value as a list of floats (integer lists convert).
    pub fn as_floats(&self) -> Option<Vec<f64>> {
        match self {
            Attr::Floats(v) => Some(v.clone()),
            Attr::Ints(v) => Some(v.iter().map(|&i| i as f64).collect()),
            _ => None,
        }
    }

    /// The value as a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Attr::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a list of strings.
    pub fn as_strs(&self) -> Option<&[String]> {
        match self {
            Attr::Strs(v) => Some(v),
            _ => None,
        }
    }

    /// A short name of the attribute's kind, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Attr::Int(_) => "integer",
            Attr::Float(_) => "float",
            Attr::Str(_) => "string",
            Attr::Ints(_) => "list of integers",
            Attr::Floats(_) => "list of floats",
            Attr::Strs(_) => "list of strings",
        }
    }
}

const EXPECTED: &str = "an integer, a number, a string, or a list of numbers or of strings";

impl<'de> Deserialize<'de> for Attr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AttrVisitor)
    }
}

struct AttrVisitor;

impl<'de> Visitor<'de> for AttrVisitor {
    type Value = Attr;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Attr, E> {
        Ok(Attr::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Attr, E> {
        i64::try_from(v).map(Attr::Int).map_err(|_| E::custom(format!("integer {v} does not fit in 64 bits")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Attr, E> {
        Ok(Attr::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Attr, E> {
        Ok(Attr::Str(v.to_string()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Attr, A::Error> {
        let mut items: Vec<Scalar> = Vec::new();
        while let Some(item) = seq.next_element::<Scalar>()? {
            items.push(item);
        }
        list_of(items).map_err(de::Error::custom)
    }
}

/// One list entry.
enum Scalar {
    Int(i64),
    Float(f64),
    Str(String),
}

/// A homogeneous list: all integers, all numbers, or all strings.
fn list_of(items: Vec<Scalar>) -> Result<Attr, String> {
    if items.iter().all(|i| matches!(i, Scalar::Int(_))) {
        return Ok(Attr::Ints(
            items.into_iter().filter_map(|i| if let Scalar::Int(v) = i { Some(v) } else { None }).collect(),
        ));
    }
    if items.iter().all(|i| matches!(i, Scalar::Str(_))) {
        return Ok(Attr::Strs(
            items.into_iter().filter_map(|i| if let Scalar::Str(v) = i { Some(v) } else { None }).collect(),
        ));
    }
    let numbers: Option<Vec<f64>> = items
        .iter()
        .map(|i| match i {
            Scalar::Int(v) => Some(*v as f64),
            Scalar::Float(v) => Some(*v),
            Scalar::Str(_) => None,
        })
        .collect();
    numbers.map(Attr::Floats).ok_or_else(|| "a list mixes numbers and strings; expected one kind".to_string())
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl Visitor<'_> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number or a string (lists do not nest)")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        i64::try_from(v).map(Scalar::Int).map_err(|_| E::custom(format!("integer {v} does not fit in 64 bits")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Str(v.to_string()))
    }
}
