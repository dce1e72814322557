//! Symbolic sizes: element counts that depend on dimensions bound per replica at run time.

use std::collections::BTreeMap;

use serde::Serialize;
use syncbn_ir::Dim;

/// Values of the named dimensions for one replica (`"N" -> 3`).
pub type Bindings = BTreeMap<String, u64>;

/// An element count `factor * product(symbols)`, where each symbol is a named dimension.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SizeExpr {
    /// The product of the fixed dimensions.
    pub factor: u64,
    /// Named dimensions, sorted, repeated as often as they occur.
    pub symbols: Vec<String>,
}

impl SizeExpr {
    /// A fixed count.
    pub fn fixed(factor: u64) -> Self {
        SizeExpr { factor, symbols: Vec::new() }
    }

    /// The element count of a shape; `None` when the fixed part overflows `u64`.
    pub fn of_shape(shape: &[Dim]) -> Option<Self> {
        let mut factor = 1u64;
        let mut symbols = Vec::new();
        for dim in shape {
            match dim {
                Dim::Fixed(n) => factor = factor.checked_mul(*n)?,
                Dim::Named(s) => symbols.push(s.clone()),
            }
        }
        symbols.sort();
        Some(SizeExpr { factor, symbols })
    }

    /// Whether the count is the same for every replica.
    pub fn is_fixed(&self) -> bool {
        self.symbols.is_empty()
    }

    /// The count for one replica; `None` if a symbol is unbound or the product overflows.
    pub fn eval(&self, bindings: &Bindings) -> Option<u64> {
        self.symbols.iter().try_fold(self.factor, |acc, s| acc.checked_mul(*bindings.get(s)?))
    }
}

impl std::fmt::Display for SizeExpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.factor)?;
        for s in &self.symbols {
            write!(f, "*{s}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbolic_shape_evaluates_per_replica() {
        let shape = vec![Dim::Named("N".into()), Dim::Fixed(3), Dim::Fixed(7), Dim::Fixed(5)];
        let size = SizeExpr::of_shape(&shape).unwrap();
        assert_eq!(size.to_string(), "105*N");
        assert!(!size.is_fixed());
        let mut b = Bindings::new();
        assert_eq!(size.eval(&b), None);
        b.insert("N".into(), 0);
        assert_eq!(size.eval(&b), Some(0));
        b.insert("N".into(), 4);
        assert_eq!(size.eval(&b), Some(420));
        b.insert("N".into(), u64::MAX);
        assert_eq!(size.eval(&b), None);
    }

    #[test]
    fn fixed_overflow_is_detected() {
        assert_eq!(SizeExpr::of_shape(&[Dim::Fixed(u64::MAX), Dim::Fixed(2)]), None);
    }
}
