//! Node attributes, as in ONNX: integers, floats, strings and lists of them.

use serde::{Deserialize, Serialize};

/// One attribute value. JSON integers read as [`Attr::Int`], other numbers as [`Attr::Float`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
