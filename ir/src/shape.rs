//! Tensor shapes whose dimensions are fixed integers or names bound at run time.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One dimension: a fixed size, or a name (such as `"N"`) bound at run time, possibly per replica.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dim {
    /// A size known when the model is compiled.
    Fixed(u64),
    /// A size bound at run time.
    Named(String),
}

/// A shape: one [`Dim`] per axis.
pub type Shape = Vec<Dim>;

impl Dim {
    /// The fixed size, if any.
    pub fn fixed(&self) -> Option<u64> {
        match self {
            Dim::Fixed(n) => Some(*n),
            Dim::Named(_) => None,
        }
    }
}

impl std::fmt::Display for Dim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Dim::Fixed(n) => write!(f, "{n}"),
            Dim::Named(s) => f.write_str(s),
        }
    }
}

/// Writes a shape as `[N, 3, 32, 32]`.
pub fn display_shape(shape: &[Dim]) -> String {
    let parts: Vec<String> = shape.iter().map(Dim::to_string).collect();
    format!("[{}]", parts.join(", "))
}

impl Serialize for Dim {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Dim::Fixed(n) => s.serialize_u64(*n),
            Dim::Named(name) => s.serialize_str(name),
        }
    }
}

impl<'de> Deserialize<'de> for Dim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DimVisitor;
        impl serde::de::Visitor<'_> for DimVisitor {
            type Value = Dim;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a non-negative integer dimension or a dimension name such as \"N\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Dim, E> {
                Ok(Dim::Fixed(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Dim, E> {
                u64::try_from(v).map(Dim::Fixed).map_err(|_| {
                    E::custom(format!("dimension {v} is negative; expected a non-negative integer or a name"))
                })
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Dim, E> {
                Err(E::custom(format!("dimension {v} is not an integer; expected a non-negative integer or a name")))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Dim, E> {
                let ok = !v.is_empty()
                    && v.len() <= 64
                    && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !v.starts_with(|c: char| c.is_ascii_digit());
                if ok {
                    Ok(Dim::Named(v.to_string()))
                } else {
                    Err(E::custom(format!(
                        "dimension name {v:?} is not an identifier (letters, digits, '_', at most 64 characters)"
                    )))
                }
            }
        }
        d.deserialize_any(DimVisitor)
    }
}
