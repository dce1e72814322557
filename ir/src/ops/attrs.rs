//! Typed attribute descriptors: the one place that knows an attribute's name, type, range and default.
//!
//! Each op file declares its attributes as constants of the types below (`EPSILON`, `STRIDES`, ...);
//! the op's schema lists their [`AttrSpec`]s for validation, and every crate reads a node's attributes
//! through the same constants (or the op's typed reader built from them), so a default is written once.

use std::collections::BTreeMap;

use crate::Attr;

/// A node's attributes by name.
pub type Attrs = BTreeMap<String, Attr>;

/// The type an attribute must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrKind {
    /// An integer.
    Int,
    /// A number (integers accepted).
    Float,
    /// A string.
    Str,
    /// A list of integers.
    Ints,
    /// A list of numbers.
    Floats,
    /// A list of strings.
    Strs,
}

impl AttrKind {
    fn name(self) -> &'static str {
        match self {
            AttrKind::Int => "an integer",
            AttrKind::Float => "a number",
            AttrKind::Str => "a string",
            AttrKind::Ints => "a list of integers",
            AttrKind::Floats => "a list of numbers",
            AttrKind::Strs => "a list of strings",
        }
    }

    fn accepts(self, value: &Attr) -> bool {
        let empty_list = matches!(value, Attr::Ints(v) if v.is_empty());
        match self {
            AttrKind::Int => matches!(value, Attr::Int(_)),
            AttrKind::Float => matches!(value, Attr::Int(_) | Attr::Float(_)),
            AttrKind::Str => matches!(value, Attr::Str(_)),
            AttrKind::Ints => matches!(value, Attr::Ints(_)),
            AttrKind::Floats => matches!(value, Attr::Ints(_) | Attr::Floats(_)),
            AttrKind::Strs => matches!(value, Attr::Strs(_)) || empty_list,
        }
    }
}

/// The range an attribute's value must lie in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rule {
    /// Any value of the right kind.
    Any,
    /// A number greater than 0 (and finite).
    Positive,
    /// A finite number.
    Finite,
    /// A number in [0, 1].
    UnitInterval,
    /// An integer that is one of these.
    OneOf(&'static [i64]),
    /// A string that is one of these.
    Words(&'static [&'static str]),
    /// A list whose entries are all at least this.
    AllAtLeast(i64),
}

/// One attribute an op accepts: what validation checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AttrSpec {
    /// Attribute name.
    pub name: &'static str,
    /// Required type.
    pub kind: AttrKind,
    /// Allowed values.
    pub rule: Rule,
}

impl AttrSpec {
    /// A spec of this name, kind and rule.
    pub const fn new(name: &'static str, kind: AttrKind, rule: Rule) -> AttrSpec {
        AttrSpec { name, kind, rule }
    }

    /// Checks one value against the spec; the error says what was expected.
    pub(crate) fn check(&self, value: &Attr) -> Result<(), String> {
        if !self.kind.accepts(value) {
            return Err(format!("attribute {:?} is {}; expected {}", self.name, value.kind(), self.kind.name()));
        }
        let bad = |expected: String| Err(format!("attribute {:?} is {}; expected {expected}", self.name, show(value)));
        match self.rule {
            Rule::Any => Ok(()),
            Rule::Positive => match value.as_f64() {
                Some(x) if x > 0.0 && x.is_finite() => Ok(()),
                _ => bad("a finite number > 0".into()),
            },
            Rule::Finite => match value.as_f64() {
                Some(x) if x.is_finite() => Ok(()),
                _ => bad("a finite number".into()),
            },
            Rule::UnitInterval => match value.as_f64() {
                Some(x) if (0.0..=1.0).contains(&x) => Ok(()),
                _ => bad("a number in [0, 1]".into()),
            },
            Rule::OneOf(allowed) => match value.as_i64() {
                Some(x) if allowed.contains(&x) => Ok(()),
                _ => bad(format!("one of {allowed:?}")),
            },
            Rule::Words(allowed) => match value.as_str() {
                Some(s) if allowed.contains(&s) => Ok(()),
                _ => bad(format!("one of {allowed:?}")),
            },
            Rule::AllAtLeast(min) => match value.as_ints() {
                Some(v) if v.iter().all(|&x| x >= min) => Ok(()),
                _ => bad(format!("entries >= {min}")),
            },
        }
    }
}

/// An attribute value written for a message.
fn show(value: &Attr) -> String {
    match value {
        Attr::Int(i) => i.to_string(),
        Attr::Float(f) => f.to_string(),
        Attr::Str(s) => format!("{s:?}"),
        Attr::Ints(v) => format!("{v:?}"),
        Attr::Floats(v) => format!("{v:?}"),
        Attr::Strs(v) => format!("{v:?}"),
    }
}

/// A float attribute with its range and default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FloatAttr {
    /// Attribute name.
    pub name: &'static str,
    /// Allowed values.
    pub rule: Rule,
    /// The value when absent.
    pub default: f64,
}

impl FloatAttr {
    /// What validation checks.
    pub const fn spec(&self) -> AttrSpec {
        AttrSpec::new(self.name, AttrKind::Float, self.rule)
    }

    /// The value in `attrs`, or the default.
    pub fn read(&self, attrs: &Attrs) -> f64 {
        attrs.get(self.name).and_then(Attr::as_f64).unwrap_or(self.default)
    }

    /// The value in `attrs`, if present.
    pub fn get(&self, attrs: &Attrs) -> Option<f64> {
        attrs.get(self.name).and_then(Attr::as_f64)
    }

    /// A map entry setting the attribute to `value`.
    pub fn entry(&self, value: f64) -> (String, Attr) {
        (self.name.to_string(), Attr::Float(value))
    }
}

/// An integer attribute with its range and default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IntAttr {
    /// Attribute name.
    pub name: &'static str,
    /// Allowed values.
    pub rule: Rule,
    /// The value when absent.
    pub default: i64,
}

impl IntAttr {
    /// What validation checks.
    pub const fn spec(&self) -> AttrSpec {
        AttrSpec::new(self.name, AttrKind::Int, self.rule)
    }

    /// The value in `attrs`, or the default.
    pub fn read(&self, attrs: &Attrs) -> i64 {
        self.get(attrs).unwrap_or(self.default)
    }

    /// The value in `attrs`, if present.
    pub fn get(&self, attrs: &Attrs) -> Option<i64> {
        attrs.get(self.name).and_then(Attr::as_i64)
    }

    /// A map entry setting the attribute to `value`.
    pub fn entry(&self, value: i64) -> (String, Attr) {
        (self.name.to_string(), Attr::Int(value))
    }
}

/// A 0/1 integer attribute read as a flag.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlagAttr {
    /// Attribute name.
    pub name: &'static str,
}

impl FlagAttr {
    /// What validation checks: 0 or 1.
    pub const fn spec(&self) -> AttrSpec {
        AttrSpec::new(self.name, AttrKind::Int, Rule::OneOf(&[0, 1]))
    }

    /// Whether the flag is set (absent: not set).
    pub fn read(&self, attrs: &Attrs) -> bool {
        attrs.get(self.name).and_then(Attr::as_i64).unwrap_or(0) != 0
    }

    /// A map entry setting the flag.
    pub fn entry(&self, value: bool) -> (String, Attr) {
        (self.name.to_string(), Attr::Int(i64::from(value)))
    }
}

/// A string attribute with its allowed words and default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrAttr {
    /// Attribute name.
    pub name: &'static str,
    /// Allowed values.
    pub rule: Rule,
    /// The value when absent.
    pub default: &'static str,
}

impl StrAttr {
    /// What validation checks.
    pub const fn spec(&self) -> AttrSpec {
        AttrSpec::new(self.name, AttrKind::Str, self.rule)
    }

    /// The value in `attrs`, or the default.
    pub fn read<'a>(&self, attrs: &'a Attrs) -> &'a str {
        attrs.get(self.name).and_then(Attr::as_str).unwrap_or(self.default)
    }

    /// The value in `attrs`, if present.
    pub fn get<'a>(&self, attrs: &'a Attrs) -> Option<&'a str> {
        attrs.get(self.name).and_then(Attr::as_str)
    }

    /// A map entry setting the attribute to `value`.
    pub fn entry(&self, value: &str) -> (String, Attr) {
        (self.name.to_string(), Attr::Str(value.to_string()))
    }
}

/// An integer-list attribute (no default: absent means "per the op").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IntsAttr {
    /// Attribute name.
    pub name: &'static str,
    /// Allowed values.
    pub rule: Rule,
}

impl IntsAttr {
    /// What validation checks.
    pub const fn spec(&self) -> AttrSpec {
        AttrSpec::new(self.name, AttrKind::Ints, self.rule)
    }

    /// The list in `attrs`, if present.
    pub fn get<'a>(&self, attrs: &'a Attrs) -> Option<&'a [i64]> {
        attrs.get(self.name).and_then(Attr::as_ints)
    }

    /// A map entry setting the attribute to `value`.
    pub fn entry(&self, value: Vec<i64>) -> (String, Attr) {
        (self.name.to_string(), Attr::Ints(value))
    }
}

/// A string-list attribute.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrsAttr {
    /// Attribute name.
    pub name: &'static str,
}

impl StrsAttr {
    /// What validation checks.
    pub const fn spec(&self) -> AttrSpec {
        AttrSpec::new(self.name, AttrKind::Strs, Rule::Any)
    }

    /// The list in `attrs`, if present.
    pub fn get<'a>(&self, attrs: &'a Attrs) -> Option<&'a [String]> {
        attrs.get(self.name).and_then(Attr::as_strs)
    }

    /// A map entry setting the attribute to `value`.
    pub fn entry(&self, value: Vec<String>) -> (String, Attr) {
        (self.name.to_string(), Attr::Strs(value))
    }
}
